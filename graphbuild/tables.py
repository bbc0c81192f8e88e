"""The one reader of graphbuild's CSV tables: every table is read and checked the same way.

    for line, row in rows("verbs.csv", ("lemma", "prep", "cameo", "kind"), codes=("cameo",)):
        ...

A table must be UTF-8 text whose first line names its columns exactly; blank lines are
skipped; every other line has as many cells as there are columns, stripped of spaces; the
cells of the `codes` columns (empty allowed) are CAMEO event codes of data/cameo_codes.csv.
Every error is a ConfigError naming the file, the line and the value, with the fix.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from .errors import ConfigError
from .resources import data_path


def rows(table: str | Path, columns: tuple[str, ...], codes: tuple[str, ...] = ()
         ) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row dict) of a table (a name in graphbuild/data, or a path)."""
    path = data_path(table) if isinstance(table, str) else table
    known = _cameo_codes() if codes else frozenset()
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read table: {exc.strerror}",
                          "reinstall graphbuild or restore the file") from exc
    with fh:
        reader = csv.reader(fh)
        try:
            header = next(reader, None)
            if tuple(h.strip() for h in header or ()) != columns:
                raise ConfigError(f"{path}:1: header {','.join(header or [])!r} is not {','.join(columns)!r}",
                                  "the first row must name the columns exactly")
            for row in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(columns):
                    raise ConfigError(f"{path}:{line}: {len(row)} columns, expected {len(columns)}: {','.join(row)!r}",
                                      "quote cells that contain commas; separate several values with '|'")
                out = dict(zip(columns, (cell.strip() for cell in row)))
                for col in codes:
                    check(not out[col] or out[col] in known, path, line, f"unknown CAMEO event code in {col}:",
                          out[col], "use a code of data/cameo_codes.csv, as a string with its leading zero")
                yield line, out
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{path}: not UTF-8 text ({exc.reason})", "save the table as UTF-8") from exc


def check(ok: bool, path: str | Path, line: int, what: str, value: str, hint: str) -> None:
    """Reject a row: `path:line: what 'value' (hint)`."""
    if not ok:
        raise ConfigError(f"{path}:{line}: {what} {value!r}", hint)


def _cameo_codes() -> frozenset[str]:
    from .coding import cameo_table  # coding reads its table through this module

    return frozenset(cameo_table())
