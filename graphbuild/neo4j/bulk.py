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
empty string stays one), arrays are joined with U+001F (no alias contains it). The events'
rows are the loader's, turned into Arrow columns once; each file is a slice of those columns
written by Arrow's CSV writer, without Python work per value.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

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


# Arrow's CSV writer (in C++, column by column) writes what the importer reads: text always
# quoted (so an empty string stays one), a missing value as an empty unquoted field (no
# property), numbers bare, booleans as true and false.
_ID = pa.string()
_ARROW = {None: _ID, "long": pa.int64(), "double": pa.float64(), "boolean": pa.bool_(),
          "string[]": _ID}  # an array is written joined with ARRAY_DELIMITER
_WRITE = pacsv.WriteOptions(include_header=False, quoting_style="needed")


def _header(first: list[str], columns: dict[str, str | None]) -> str:
    return ",".join(first + [f"{c}:{t}" if t else c for c, t in columns.items()]) + "\n"


def _write(path: Path, header: str, columns: list[pa.Array]) -> bool:
    """One import file of equally long columns; whether a value in it holds a line break."""
    table = pa.Table.from_arrays(columns, names=[str(i) for i in range(len(columns))])
    with pa.OSFile(str(path), "wb") as out:
        out.write(header.encode("utf-8"))
        if table.num_rows:
            pacsv.write_csv(table, out, _WRITE)
    return any(pc.any(pc.match_substring_regex(c, "[\r\n]")).as_py()
               for c in table.columns if c.type == _ID and c.null_count < len(c))


def _typed(values, columns: dict[str, str | None]) -> list[pa.Array]:
    return [pa.array(v, type=_ARROW[t]) for v, t in zip(values, columns.values())]


def write_csv(events: Iterable[Event], folder: Path) -> tuple[dict[str, list[Path]], BulkReport, bool]:
    """The import files for events in `folder`, which label or type each one holds, and whether
    a value holds a line break (the importer reads such files more slowly, so only when needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    events, articles, actors, skipped = loader.prepare(list(events))
    codes = loader._cameo_rows()
    known = {c["code"] for c in codes}

    def props(rows: Iterable[dict], columns: dict) -> list:
        return list(zip(*(tuple(r["props"][k] for k in columns) for r in rows))) or [()] * len(columns)

    actor_values = props(actors.values(), _ACTOR)
    actor_values[_ALIASES] = [ARRAY_DELIMITER.join(a) if a else None for a in actor_values[_ALIASES]]
    broader = [(c["code"], c["root"]) for c in codes if c["root"] != c["code"] and c["root"] in known]
    # One row per event (the loader's), turned into columns once: the files are slices of them.
    rows = [loader._event_row(e) for e in events]
    column = {k: pa.array(v, type=_ARROW[_EVENT.get(k)] if k in _EVENT else _ID)
              for k, v in zip(loader.ROW_KEYS, zip(*rows) if rows else [()] * len(loader.ROW_KEYS))}
    del rows
    ids = column["id"]

    def where(mask, *arrays) -> list[pa.Array]:
        return [a.filter(mask) for a in arrays]

    files = {  # name -> (file, header, columns)
        "Actor": ("actors", _header(["id:ID(Actor)"], _ACTOR),
                  [pa.array(list(actors), type=_ID)] + _typed(actor_values, _ACTOR)),
        "Article": ("articles", _header(["id:ID(Article)"], _ARTICLE),
                    [pa.array(list(articles), type=_ID)] + _typed(props(articles.values(), _ARTICLE), _ARTICLE)),
        "CameoCode": ("codes", _header(["code:ID(CameoCode)"], _CODE),
                      [pa.array([c["code"] for c in codes], type=_ID)] + _typed(props(codes, _CODE), _CODE)),
        "Event": ("events", _header(["id:ID(Event)"], _EVENT), [ids] + [column[k] for k in _EVENT]),
        "SOURCE": ("source", _header([":START_ID(Event)", ":END_ID(Actor)"], {}), [ids, column["source"]]),
        # an event with no target has a SOURCE only
        "TARGET": ("target", _header([":START_ID(Event)", ":END_ID(Actor)"], {}),
                   where(pc.is_valid(column["target"]), ids, column["target"])),
        "REPORTED_IN": ("reported_in", _header([":START_ID(Event)", ":END_ID(Article)"], {}), [ids, column["article"]]),
        "OF_TYPE": ("of_type", _header([":START_ID(Event)", ":END_ID(CameoCode)"], {}),
                    where(pc.fill_null(pc.is_in(column["cameo"], value_set=pa.array(sorted(known))), False),
                          ids, column["cameo"])),
        "BROADER": ("broader", _header([":START_ID(CameoCode)", ":END_ID(CameoCode)"], {}),
                    [pa.array([c for c, _ in broader], type=_ID), pa.array([r for _, r in broader], type=_ID)]),
        "Incident": ("incidents", _header(["id:ID(Incident)"], {}),
                     [pc.unique(column["incident"].drop_null()).sort()]),
        "MENTION_OF": ("mention_of", _header([":START_ID(Event)", ":END_ID(Incident)"], {}),
                       where(pc.is_valid(column["incident"]), ids, column["incident"])),
        "direct": ("direct", _header([":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"], _DIRECT),
                   where(pc.is_valid(column["rel"]), *(column[k] for k in ("source", "target", "rel")),
                         *(column["id" if k == "event_id" else k] for k in _DIRECT))),
    }
    multiline = False
    for file, header, columns in files.values():
        multiline |= _write(folder / f"{file}.csv", header, columns)
    report = BulkReport(len(events), len(actors), len(articles), len(files["direct"][2][0]), DEFAULT_DATABASE,
                        Path(), folder, tuple(skipped))
    return {name: [folder / f"{f[0]}.csv"] for name, f in files.items()}, report, multiline


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


def importer_jvm(events: int, quiet: bool = False) -> tuple[tuple[str, ...], Path, Path | None]:
    """The importer's JVM options for `events` events, its class-data-sharing archive, and the
    file this import writes that archive to when there is none yet (else None).

    The importer loads some 6,000 classes from Neo4j's jars at each start. The first import
    writes them, parsed and verified, to an archive next to the jars (which costs it about 5 s
    of CPU time when it exits, once); later imports map that archive instead, which takes 0.5
    to 1 s off the importer's fixed 4 s or so of CPU time. The archive is kept per Java
    installation; one that no longer matches is ignored by the JVM."""
    java = Path(server._java()).resolve()
    lib = server.ensure_jars(quiet=quiet)
    stat = java.stat()
    key = hashlib.sha1(f"{java}|{stat.st_size}|{stat.st_mtime_ns}|{lib}".encode("utf-8")).hexdigest()[:12]
    archive = lib.parent / f"import-classes-{key}.jsa"
    options = QUICK_START_JVM if events < QUICK_START_EVENTS else ()
    if archive.is_file():
        return (*options, f"-XX:SharedArchiveFile={archive}", "-Xlog:disable"), archive, None
    dump = archive.with_name(f".{archive.name}.{os.getpid()}")
    return (*options, f"-XX:ArchiveClassesAtExit={dump}", "-Xlog:disable"), archive, dump


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
    jvm, archive, dump = importer_jvm(report.events, quiet=quiet)
    command, env = server.admin_tool(home, quiet=quiet, jvm=jvm)
    try:
        proc = subprocess.run(command + import_command(files, database, multiline), cwd=home,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if dump and proc.returncode == 0 and dump.is_file():
            os.replace(dump, archive)
    finally:
        if dump:
            dump.unlink(missing_ok=True)
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
