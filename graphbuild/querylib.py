"""The named queries of queries/: finding them, reading their headers, checking parameters,
printing their rows. The same name has a Cypher file (Neo4j) and a SPARQL file (RDF).

A query file starts with header lines, `//` in Cypher and `#` in SPARQL:

    // who_criticised_whom: who criticised whom, most events first
    // param actor: actor name or id, either side (optional)
    // param date_from: ISO date, first day included (optional)
    // columns: source, target, events
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import ConfigError
from .resources import resource_dir

LANGUAGES = {"cypher": ".cypher", "sparql": ".rq"}
_HEADER = re.compile(r"^\s*(?://|#)\s?(.*)$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # a query is named, never given as a path
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Control characters (C0, DEL, C1) and the Unicode line separators: a table cell shows them
# escaped, so that text from articles cannot move the cursor or recolour a terminal.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    optional: bool
    default: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    language: str
    text: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    path: Path

    def bind(self, given: dict[str, str]) -> dict[str, str | None]:
        """Check given parameters against the header; fill optional ones with their default."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise ConfigError(f"query {self.name!r} has no parameter {unknown[0]!r}",
                              f"its parameters: {', '.join(known) or 'none'}")
        missing = [p.name for p in self.params if not p.optional and p.name not in given]
        if missing:
            raise ConfigError(f"query {self.name!r} needs parameter {missing[0]!r}",
                              f"add --param {missing[0]}=VALUE")
        return {p.name: given.get(p.name, p.default) for p in self.params}

    def typed(self, given: dict) -> dict[str, object]:
        """`bind`, then each value as its header says: "integer ..." and "boolean ..."
        parameters become int and bool; both stores take the same values."""
        out = {}
        for name, value in self.bind(given).items():
            desc = next(p.description for p in self.params if p.name == name).lower()
            if value is None or not isinstance(value, str):
                out[name] = value
            elif desc.startswith("integer"):
                try:
                    out[name] = int(value)
                except ValueError:
                    raise ConfigError(f"parameter {name!r} of query {self.name!r} must be an integer, not {value!r}",
                                      f"e.g. --param {name}=4") from None
                if out[name] < 1:
                    raise ConfigError(f"parameter {name!r} of query {self.name!r} must be a positive integer, "
                                      f"not {value!r}", f"e.g. --param {name}=4")
            elif desc.startswith("iso date"):
                if not _ISO_DATE.match(value) or not _is_date(value):
                    raise ConfigError(f"parameter {name!r} of query {self.name!r} must be an ISO date "
                                      f"(YYYY-MM-DD), not {value!r}", f"e.g. --param {name}=2017-04-12")
                out[name] = value
            elif desc.startswith("boolean"):
                if value.lower() not in ("true", "false"):
                    raise ConfigError(f"parameter {name!r} of query {self.name!r} must be true or false, not {value!r}",
                                      f"e.g. --param {name}=true")
                out[name] = value.lower() == "true"
            else:
                out[name] = value
        return out


def parse_query(path: Path, language: str) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    description, params, columns = "", [], ()
    for line in text.splitlines():
        m = _HEADER.match(line)
        if not m:
            if line.strip():
                break
            continue
        body = m.group(1).strip()
        if body.startswith("param "):
            name, _, desc = body[6:].partition(":")
            default = re.search(r"default[= ]+([^\s)]+)", desc)
            params.append(Param(name.strip(), desc.strip(), "optional" in desc or default is not None,
                                default.group(1) if default else None))
        elif body.startswith("columns:"):
            columns = tuple(c.strip() for c in body[8:].split(","))
        elif not description and ":" in body:
            description = body.partition(":")[2].strip()
    return NamedQuery(path.stem, language, text, description, tuple(params), columns, path)


def query_names(language: str = "cypher") -> list[str]:
    folder = resource_dir("queries") / language
    return sorted(p.stem for p in folder.glob(f"*{LANGUAGES[language]}"))


def get_query(name: str, language: str = "cypher") -> NamedQuery:
    path = resource_dir("queries") / language / f"{name}{LANGUAGES[language]}"
    if not _NAME.match(name) or not path.is_file():
        raise ConfigError(f"no query named {name!r}", f"named queries: {', '.join(query_names(language))}")
    return parse_query(path, language)


def parse_params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ConfigError(f"parameter {pair!r} is not KEY=VALUE", "write e.g. --param actor=Russia")
        out[key.strip()] = value
    return out


def format_rows(columns: tuple[str, ...], rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(lines)
