"""The flat event table: CSV and Parquet read back by pandas with the documented types and values."""
from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pytest

from graphbuild.cli import main
from graphbuild.table import COLUMNS, CSV_DATES, CSV_DTYPES, NAMES, arrow_schema


@pytest.fixture(scope="module")
def records(seed_outdir):
    return [json.loads(line) for line in (seed_outdir / "events.jsonl").read_text(encoding="utf-8").splitlines()]


def _check_values(df: pd.DataFrame, records: list[dict]) -> None:
    assert list(df.columns) == list(NAMES) and len(df) == len(records) > 0
    for (_, row), r in zip(df.iterrows(), records):
        assert row["event_id"] == r["id"] and row["cameo"] == r["cameo"]  # "042" stays "042"
        assert row["incident"] == r["incident"] and r["incident"]
        assert row["cameo_root"] == r["cameo"][:2] and row["quad_class"] == r["quad_class"]
        assert row["source_id"] == r["source"]["id"] and _value(row["target_cameo"]) == r["target"]["cameo"]
        assert [_value(row[k]) for k in ("event_date", "date_precision", "date_text", "date_source")] == \
            [r["event_date"], r["date_precision"], r["date_text"], r["date_source"]]
        assert row["goldstein"] == r["goldstein"] and bool(row["negated"]) is r["negated"]
        assert row["sentence"] == r["sentence"] and (row["char_start"], row["char_end"]) == (r["char_start"], r["char_end"])
        assert row["extracted_at"] == pd.Timestamp(r["extracted_at"])
        assert (pd.isna(row["date"]) and not r["article"]["date"]) or row["date"] == pd.Timestamp(r["article"]["date"])
    assert any(r["cameo"].startswith("0") for r in records)  # the leading-zero case is exercised
    assert {r["date_precision"] for r in records} >= {"day", None}  # dated and undated events are exercised


def _value(cell):
    return None if pd.isna(cell) else cell


def test_parquet_reads_back_with_its_arrow_types(seed_outdir, records, tmp_path):
    path = tmp_path / "events.parquet"
    assert main(["export", str(seed_outdir), "--format", "parquet", "-o", str(path)]) == 0
    df = pd.read_parquet(path, dtype_backend="pyarrow")
    assert {c: df[c].dtype for c in NAMES} == {f.name: pd.ArrowDtype(f.type) for f in arrow_schema()}
    assert df["date"].dtype == pd.ArrowDtype(pa.date32()) and df["quad_class"].dtype == pd.ArrowDtype(pa.int8())
    df["date"] = pd.to_datetime(df["date"].astype(str), errors="coerce")
    _check_values(df, records)


def test_csv_reads_back_with_the_documented_dtypes(seed_outdir, records, tmp_path):
    path = tmp_path / "events.csv"
    assert main(["export", str(seed_outdir), "--format", "csv", "-o", str(path)]) == 0
    df = pd.read_csv(path, dtype=CSV_DTYPES, parse_dates=CSV_DATES, keep_default_na=False, na_values=[""])
    documented = {name: dtype for name, _, dtype, _ in COLUMNS}
    for c in NAMES:
        if documented[c] == "datetime":
            assert pd.api.types.is_datetime64_any_dtype(df[c]), c
        else:
            assert df[c].dtype == pd.api.types.pandas_dtype(documented[c]), c
    _check_values(df, records)


def test_parquet_of_a_build_without_events_is_an_empty_table_with_the_columns(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "events.jsonl").write_text("", encoding="utf-8")
    assert main(["export", str(tmp_path / "out"), "--format", "parquet"]) == 0
    df = pd.read_parquet(tmp_path / "out" / "events.parquet")
    assert list(df.columns) == list(NAMES) and df.empty
