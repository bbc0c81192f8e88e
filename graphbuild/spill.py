"""What a build must remember of every event, kept on disk: a private temporary SQLite database
(the standard library's engine) whose pages beyond a small cache live in a file that is gone when
it is closed. Grouping, sorting and distinct counts run there, in bounded memory, however long
the archive.

    counts = Distinct()
    counts.add(("russia", "ukraine"), "incident-1"); counts.add(("russia", "ukraine"), "incident-1")
    counts.counts() == {("russia", "ukraine"): 1}
"""
from __future__ import annotations

import sqlite3

# Page cache of each database (sorts may use as much again); the rest is on disk. Small enough
# that a build of a few thousand events fills it, so the cache does not grow with the archive;
# an 8 MiB cache made the grouping no faster.
CACHE_KIB = 2048
FLUSH_ROWS = 5000  # rows gathered before one executemany
SEP = "\x1f"  # joins the parts of a key (no text graphbuild writes holds it)


def temporary_database() -> sqlite3.Connection:
    """A private on-disk database, deleted when closed; sorts and indexes spill to files too."""
    db = sqlite3.connect("")
    for pragma in (f"cache_size=-{CACHE_KIB}", "temp_store=FILE", "journal_mode=OFF", "synchronous=OFF"):
        db.execute(f"PRAGMA {pragma}")
    return db


class Inserts:
    """Rows for one statement, gathered in memory and inserted FLUSH_ROWS at a time."""

    def __init__(self, db: sqlite3.Connection, statement: str) -> None:
        self.db, self.statement, self.rows = db, statement, []

    def add(self, row: tuple) -> None:
        self.rows.append(row)
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        self.db.executemany(self.statement, self.rows)
        self.rows = []


class Distinct:
    """How many distinct values each key has (incidents per actor pair, per event type), counted
    on disk: memory holds the keys' counts, not the values."""

    def __init__(self) -> None:
        self.db = temporary_database()
        self.db.execute("CREATE TABLE seen (key TEXT, value TEXT)")
        self.rows = Inserts(self.db, "INSERT INTO seen VALUES (?, ?)")

    def add(self, key: tuple[str, ...], value: str) -> None:
        self.rows.add((SEP.join(key), value))

    def counts(self) -> dict[tuple[str, ...], int]:
        """Key -> number of distinct values, keys in sorted order."""
        self.rows.flush()
        rows = self.db.execute("SELECT key, COUNT(DISTINCT value) FROM seen GROUP BY key ORDER BY key")
        return {tuple(key.split(SEP)): n for key, n in rows}

    def close(self) -> None:
        self.db.close()


class Seen:
    """A set of strings on disk (the articles and incidents an export has written, the article
    ids a run has read): add() says whether the key is new and keeps a value beside a new key
    (where the article was read), which first() gives back.

        ids = Seen(); ids.add("a1", "x.jsonl:1") is True; ids.add("a1", "y.txt") is False
        ids.first("a1") == "x.jsonl:1"
    """

    def __init__(self) -> None:
        self.db = temporary_database()
        self.db.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")

    def add(self, key: str, value: str | None = None) -> bool:
        return self.db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?)", (key, value)).rowcount == 1

    def first(self, key: str) -> str | None:
        """The value kept when `key` was added first (None for a key never added)."""
        row = self.db.execute("SELECT value FROM seen WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.db.close()
