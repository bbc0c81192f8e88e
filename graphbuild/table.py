"""The flat event table: one row per event with GDELT-like columns, as CSV or Parquet.

For the tools analysts use at scale (pandas, DuckDB, Spark, R): `graphbuild export OUTDIR
--format csv|parquet`. The rows are read from OUTDIR/events.jsonl and written in chunks, so a
table of any length is written in bounded memory. COLUMNS is the one definition of the
columns: their order, Parquet (Arrow) type, pandas dtype for CSV, and meaning; the README's
table is the same list.

    import pandas as pd
    df = pd.read_parquet("events.parquet")
    df = pd.read_csv("events.csv", dtype=CSV_DTYPES, parse_dates=CSV_DATES,
                     keep_default_na=False, na_values=[""])
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from .fileio import atomic_write
from .model import Actor, Event
from .network import cameo_root

CHUNK_ROWS = 10_000  # rows per Parquet row group

# name, Arrow type name, pandas dtype of the CSV column, meaning
COLUMNS = (
    ("event_id", "string", "string", "stable event id (the id in events.jsonl, Neo4j and RDF)"),
    ("date", "date32", "datetime", "publication date of the article (empty when unknown)"),
    ("event_date", "string", "string", "when the event happened: YYYY-MM-DD, YYYY-MM or YYYY (empty when unknown)"),
    ("date_precision", "string", "string", "day, month or year"),
    ("date_text", "string", "string", "the words the event date came from, e.g. on Saturday"),
    ("date_source", "string", "string", "text (read from the event's clause) or article (the article's date)"),
    ("source_id", "string", "string", "source actor id, e.g. russia, sergey-lavrov"),
    ("source_name", "string", "string", "source actor name"),
    ("source_type", "string", "string", "PERSON, STATE, IGO, ORGANIZATION, GROUP or UNKNOWN"),
    ("source_country", "string", "string", "ISO 3166 alpha-3 country of the source actor"),
    ("source_cameo", "string", "string", "CAMEO actor code of the source, e.g. RUSGOV"),
    ("target_id", "string", "string", "target actor id"),
    ("target_name", "string", "string", "target actor name"),
    ("target_type", "string", "string", "kind of the target actor"),
    ("target_country", "string", "string", "ISO 3166 alpha-3 country of the target actor"),
    ("target_cameo", "string", "string", "CAMEO actor code of the target"),
    ("cameo", "string", "string", "CAMEO event code, leading zero kept, e.g. 042"),
    ("cameo_root", "string", "string", "its two-digit root, e.g. 04"),
    ("plover", "string", "string", "PLOVER event type, e.g. CONSULT"),
    ("plover_mode", "string", "string", "PLOVER mode, when the code has one"),
    ("quad_class", "int8", "Int8", "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
    ("goldstein", "float64", "Float64", "Goldstein scale value, -10 to +10"),
    ("negated", "bool", "boolean", "true when the text says it did not happen"),
    ("modality", "string", "string", "asserted, reported, future, hypothetical or hedged"),
    ("confidence", "float64", "Float64", "confidence of the extraction rule, 0 to 1"),
    ("predicate", "string", "string", "the cue's lemma, e.g. accuse"),
    ("rule", "string", "string", "the extraction rule that fired"),
    ("incident", "string", "string", "id of the incident the event mentions (incidents.jsonl; empty from extract)"),
    ("article_id", "string", "string", "article id (doc_id)"),
    ("article_url", "string", "string", "article URL"),
    ("article_title", "string", "string", "article title"),
    ("article_source", "string", "string", "publisher"),
    ("sentence", "string", "string", "the sentence the event was read from"),
    ("char_start", "int64", "Int64", "offset of the sentence's first character in the article text"),
    ("char_end", "int64", "Int64", "offset just after its last character"),
    ("extracted_at", "timestamp[ms, tz=UTC]", "datetime", "time of the extraction run (UTC)"),
)
NAMES = tuple(c[0] for c in COLUMNS)
CSV_DTYPES = {name: dtype for name, _, dtype, _ in COLUMNS if dtype != "datetime"}
CSV_DATES = [name for name, _, dtype, _ in COLUMNS if dtype == "datetime"]


def _actor(prefix: str, a: Actor) -> dict:
    return {f"{prefix}_id": a.id, f"{prefix}_name": a.name, f"{prefix}_type": a.type,
            f"{prefix}_country": a.country, f"{prefix}_cameo": a.cameo}


def row(e: Event) -> dict:
    """The table row of one event (Python values; None where the event has no value)."""
    art = e.article
    return {
        "event_id": e.id, "date": date.fromisoformat(e.article.date[:10]) if e.article and e.article.date else None,
        "event_date": e.event_date, "date_precision": e.date_precision, "date_text": e.date_text,
        "date_source": e.date_source,
        **_actor("source", e.source), **_actor("target", e.target),
        "cameo": e.cameo, "cameo_root": cameo_root(e.cameo), "plover": e.plover, "plover_mode": e.plover_mode,
        "quad_class": e.quad_class, "goldstein": e.goldstein, "negated": e.negated, "modality": e.modality,
        "confidence": e.confidence, "predicate": e.predicate, "rule": e.rule, "incident": e.incident,
        "article_id": art.id if art else e.doc_id, "article_url": art.url if art else None,
        "article_title": art.title if art else None, "article_source": art.source if art else None,
        "sentence": e.sentence, "char_start": e.char_start, "char_end": e.char_end,
        "extracted_at": _timestamp(e.extracted_at),
    }


def _timestamp(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _chunks(events: Iterable[Event], size: int) -> Iterator[list[dict]]:
    chunk = []
    for e in events:
        chunk.append(row(e))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "date32": pa.date32(), "int8": pa.int8(), "int64": pa.int64(),
             "float64": pa.float64(), "bool": pa.bool_(), "timestamp[ms, tz=UTC]": pa.timestamp("ms", tz="UTC")}
    return pa.schema([pa.field(name, types[arrow]) for name, arrow, _, _ in COLUMNS])


def write_parquet(events: Iterable[Event], path: str | Path) -> int:
    """Write the table as Parquet (zstd), CHUNK_ROWS rows per row group; the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    rows = 0
    with atomic_write(path, "wb", encoding=None) as fh:
        with pq.ParquetWriter(fh, schema, compression="zstd") as writer:
            for chunk in _chunks(events, CHUNK_ROWS):
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                rows += len(chunk)
            if not rows:
                writer.write_table(schema.empty_table())
    return rows


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    return str(value)


def write_csv(events: Iterable[Event], out) -> int:
    """Write the table as CSV (RFC 4180, a header row, empty cells for no value) to an open
    text file; the number of rows."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(NAMES)
    rows = 0
    for e in events:
        r = row(e)
        w.writerow([_csv_value(r[n]) for n in NAMES])
        rows += 1
    return rows


def export(args) -> int:
    """`graphbuild export OUTDIR --format csv|parquet [-o FILE]`."""
    from .records import iter_events

    events = iter_events(args.outdir)
    if args.format == "parquet":
        path = Path(args.output) if args.output else Path(args.outdir) / "events.parquet"
        rows = write_parquet(events, path)
    elif args.output:
        path = Path(args.output)
        with atomic_write(path) as fh:
            rows = write_csv(events, fh)
    else:
        write_csv(events, sys.stdout)
        return 0
    print(f"wrote {path} ({rows} rows, {args.format})", file=sys.stderr)
    return 0
