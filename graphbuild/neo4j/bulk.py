"""The first load of a large corpus: CSV files written here, read by Neo4j's own offline importer
(`neo4j-admin database import full`) into a new database of a stopped server.

The importer writes the store files directly, without transactions. It only creates a database
that does not exist yet; later loads into it are transactional. The importer of Neo4j Community
takes no schema commands, so the constraints and indexes of a transactional load are created
when the server of the home next starts (`graphbuild neo4j start`; the file
server.schema_pending_file names the databases still without them) or by the first
`graphbuild load` into it, whichever comes first. The graph is the one the transactional load
makes of the same events (the same rows, from loader.prepare and the loader's row functions):
same labels, relationship types and properties.

CSV files (in OUTDIR/neo4j-import, or a folder given): one per label and relationship type,
a header with the importer's types (`id:ID(Actor)`, `aliases:string[]`, `quad_class:long`,
...). A missing value is an empty unquoted field (no property), text is always quoted (so an
empty string stays one), arrays are joined with U+001F (no alias contains it).
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..coding import cameo_table
from ..errors import BackendError, ConfigError
from ..model import Event
from . import loader, server

DEFAULT_DATABASE = "neo4j"
ARRAY_DELIMITER = "\x1f"
# Below this many events the importer's own start outweighs its work: its JVM then compiles
# with C1 only and collects with one thread, leaving the cores to the import (on 2 busy cores,
# 100,000 events: 36 s -> 26 s). Larger imports keep the JVM's defaults.
QUICK_START_EVENTS = 1_000_000
QUICK_START_JVM = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")

# column -> importer type; None is a string
_ACTOR = {"name": None, "type": None, "country": None, "cameo": None, "role": None,
          "aliases": "string[]", "resolved": "boolean"}
_ARTICLE = {"title": None, "date": None, "url": None, "source": None}
_CODE = {"label": None, "root": None, "root_label": None, "level": "long", "goldstein": "double",
         "quad_class": "long", "plover": None, "plover_mode": None}
_EVENT = {"cameo": None, "root": None, "plover": None, "plover_mode": None, "quad_class": "long",
          "goldstein": "double", "negated": "boolean", "modality": None, "confidence": "double",
          "predicate": None, "rule": None, "sentence": None, "char_start": "long", "char_end": "long",
          "date": None, "article": None, "extracted_at": None, "event_date": None, "date_precision": None,
          "date_text": None, "date_source": None}
_DIRECT = {"event_id": None, "cameo": None, "plover": None, "quad_class": "long", "goldstein": "double",
           "modality": None, "date": None, "sentence": None, "article": None}
assert tuple(_EVENT) == loader.EVENT_KEYS and tuple(_DIRECT) == loader.DIRECT_KEYS
assert loader.ROW_KEYS[:5] == ("id", "source", "target", "rel", "cameo")
_ALIASES = list(_ACTOR).index("aliases")


@dataclass(frozen=True)
class BulkReport:
    events: int
    actors: int
    articles: int
    direct: int
    database: str
    home: Path
    csv_dir: Path
    skipped: tuple[str, ...] = ()


# The csv module (in C) quotes text and leaves numbers bare, but writes None as "", an empty
# string. A missing value goes through it as this stand-in and is then made an empty unquoted
# field: quoted, alone between delimiters, it cannot come from text (inner quotes are doubled).
# The first column (an id) is never missing.
_MISSING = "\x00"
_MISSING_FIELD = re.compile('(?<=,)"\x00"(?=[,\n])')
_BOOLEAN = {True: "true", False: "false"}  # the csv module would write True
_CHUNK_ROWS = 20_000


def _header(first: list[str], columns: dict[str, str | None]) -> str:
    return ",".join(first + [f"{c}:{t}" if t else c for c, t in columns.items()]) + "\n"


class _Csv:
    def __init__(self, path: Path, header: str, plain: bool = False) -> None:
        self.path = path
        self.fh = path.open("w", encoding="utf-8", newline="")
        self.fh.write(header)
        self.plain = plain  # its values are ids: never missing, never true or false
        self.pending: list[tuple] = []
        self.rows = 0
        self.multiline = False  # a value holds a line break

    def write(self, row: tuple) -> None:
        self.pending.append(row)
        if len(self.pending) == _CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        rows = self.pending if self.plain else [
            [_MISSING if f is None else _BOOLEAN[f] if f.__class__ is bool else f for f in row] for row in self.pending]
        buffer = io.StringIO()
        csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows(rows)
        text = buffer.getvalue()
        if text.count("\n") != len(rows) or "\r" in text:
            self.multiline = True
        self.fh.write(text if self.plain else _MISSING_FIELD.sub("", text))
        self.rows += len(rows)
        self.pending = []

    def close(self) -> None:
        self.flush()
        self.fh.close()


def write_csv(events: Iterable[Event], folder: Path) -> tuple[dict[str, list[Path]], BulkReport, bool]:
    """The import files for events in `folder`, which label or type each one holds, and whether
    a value holds a line break (the importer reads such files more slowly, so only when needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    events, articles, actors, skipped = loader.prepare(list(events))
    codes = loader._cameo_rows()
    known = {c["code"] for c in codes}

    def open_csv(name: str, first: list[str], columns: dict) -> _Csv:
        return _Csv(folder / f"{name}.csv", _header(first, columns), plain=not columns)

    files = {
        "Actor": open_csv("actors", ["id:ID(Actor)"], _ACTOR),
        "Article": open_csv("articles", ["id:ID(Article)"], _ARTICLE),
        "CameoCode": open_csv("codes", ["code:ID(CameoCode)"], _CODE),
        "Event": open_csv("events", ["id:ID(Event)"], _EVENT),
        "SOURCE": open_csv("source", [":START_ID(Event)", ":END_ID(Actor)"], {}),
        "TARGET": open_csv("target", [":START_ID(Event)", ":END_ID(Actor)"], {}),
        "REPORTED_IN": open_csv("reported_in", [":START_ID(Event)", ":END_ID(Article)"], {}),
        "OF_TYPE": open_csv("of_type", [":START_ID(Event)", ":END_ID(CameoCode)"], {}),
        "BROADER": open_csv("broader", [":START_ID(CameoCode)", ":END_ID(CameoCode)"], {}),
        "Incident": open_csv("incidents", ["id:ID(Incident)"], {}),
        "MENTION_OF": open_csv("mention_of", [":START_ID(Event)", ":END_ID(Incident)"], {}),
        "direct": open_csv("direct", [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"], _DIRECT),
    }
    try:
        for row in actors.values():
            values = [row["props"][k] for k in _ACTOR]
            values[_ALIASES] = ARRAY_DELIMITER.join(values[_ALIASES]) if values[_ALIASES] else None
            files["Actor"].write((row["id"], *values))
        for row in articles.values():
            files["Article"].write((row["id"], *(row["props"][k] for k in _ARTICLE)))
        for row in codes:
            files["CameoCode"].write((row["code"], *(row["props"][k] for k in _CODE)))
            if row["root"] != row["code"] and row["root"] in known:
                files["BROADER"].write((row["code"], row["root"]))
        for incident in sorted({e.incident for e in events if e.incident}):
            files["Incident"].write((incident,))
        direct = [loader.ROW_KEYS.index("id" if k == "event_id" else k) for k in _DIRECT]
        for e in events:
            row = loader._event_row(e)
            event, source, target, rel, cameo = row[:5]
            files["Event"].write((event, *row[loader.EVENT_PROPS]))
            files["SOURCE"].write((event, source))
            if target:  # an event with no target has a SOURCE only
                files["TARGET"].write((event, target))
            files["REPORTED_IN"].write((event, loader.article_id(e)))
            if cameo in known:
                files["OF_TYPE"].write((event, cameo))
            if e.incident:
                files["MENTION_OF"].write((event, e.incident))
            if rel:
                files["direct"].write((source, target, rel, *(row[i] for i in direct)))
    finally:
        for f in files.values():
            f.close()
    report = BulkReport(len(events), len(actors), len(articles), files["direct"].rows, DEFAULT_DATABASE,
                        Path(), folder, tuple(skipped))
    return {name: [f.path] for name, f in files.items()}, report, any(f.multiline for f in files.values())


def import_command(files: dict[str, list[Path]], database: str = DEFAULT_DATABASE,
                   multiline: bool = True) -> list[str]:
    """The arguments of `neo4j-admin database import full` for the files of write_csv (the same
    arguments work with the Docker image's neo4j-admin, on the paths as the container sees them)."""
    args = ["database", "import", "full"]
    for name, paths in files.items():
        joined = ",".join(str(p) for p in paths)
        if name[0].isupper() and not name.isupper():  # a label
            args.append(f"--nodes={name}={joined}")
        elif name == "direct":  # the type is in the :TYPE column
            args.append(f"--relationships={joined}")
        else:
            args.append(f"--relationships={name}={joined}")
    args += ["--delimiter=,", "--quote=\"", "--array-delimiter=U+001F",
             f"--multiline-fields={'true' if multiline else 'false'}", "--id-type=string"]
    return args + [database]


def bulk_load(events: Iterable[Event], home: Path, *, csv_dir: Path | None = None,
              database: str = DEFAULT_DATABASE, bolt_port: int | None = None, quiet: bool = False) -> BulkReport:
    """Write the CSV files of events and import them into a new database `database` of the
    stopped server in `home` (created when it does not exist; start it afterwards with
    `graphbuild neo4j start --home HOME`)."""
    home = Path(home).resolve()
    if server.running_pid(home) is not None:
        raise ConfigError(f"the Neo4j server of {home} is running; the importer needs it stopped",
                          f"stop it with `graphbuild neo4j stop --home {home}`, or load with `graphbuild load` instead")
    if (home / "data" / "databases" / database).exists():
        raise ConfigError(f"{home} already holds a database {database!r}; the importer only creates new ones",
                          "load into it with `graphbuild load` (transactional, idempotent), or give a new --home")
    csv_dir = Path(csv_dir or home / "import" / "graphbuild").resolve()
    files, report, multiline = write_csv(events, csv_dir)
    server.write_config(home, bolt_port or server.configured_port(home) or server.DEFAULT_BOLT_PORT)
    command, env = server.admin_tool(home, quiet=quiet,
                                     jvm=QUICK_START_JVM if report.events < QUICK_START_EVENTS else ())
    proc = subprocess.run(command + import_command(files, database, multiline), cwd=home,
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        lines = [ln.strip() for ln in proc.stdout.splitlines() if ln.strip()]
        cause = next((ln for ln in lines if "ERROR" in ln or "Exception" in ln or "rror" in ln), lines[-1] if lines else "")
        raise BackendError(f"neo4j-admin database import failed: {cause[:300]}",
                           f"the CSV files are in {csv_dir}; see {home / 'logs'}")
    pending = server.schema_pending_file(home)
    known = pending.read_text(encoding="utf-8").split() if pending.is_file() else []
    pending.write_text("\n".join(dict.fromkeys(known + [database])) + "\n", encoding="utf-8")
    return BulkReport(report.events, report.actors, report.articles, report.direct, database, home, csv_dir,
                      report.skipped)
