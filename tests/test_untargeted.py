"""Events with no target ("the minister resigned") through the records, the table, the
network, the page, the summary and the scorers."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from graphbuild import pipeline
from graphbuild.evaluate import article_predictions, score_records
from graphbuild.model import Actor, ArticleRef, Event
from graphbuild.network import build_graph, read_graphml, write_gexf, write_graphml
from graphbuild.records import dumps, event_from_record, read_events, write_events
from graphbuild.table import CSV_DATES, CSV_DTYPES, write_csv, write_parquet
from graphbuild.viz.html import page_data

SHARED_EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
ART = ArticleRef("a1", "Ceasefire declared", "2024-03-01")
HEZBOLLAH = Actor("hezbollah", "Hezbollah", "GROUP", "LBN", "LBNREB", "REB")
ISRAEL = Actor("israel", "Israel", "STATE", "ISR", "ISR")


def _event(source, target, cameo, plover, start, sentence, quad=1, goldstein=1.0) -> Event:
    return Event(doc_id=ART.id, sentence=sentence, char_start=start, char_end=start + len(sentence),
                 source=source, target=target, predicate="declare", cameo=cameo, plover=plover,
                 quad_class=quad, goldstein=goldstein, rule="verb:declare", article=ART,
                 extracted_at="2026-01-01T00:00:00Z")


UNTARGETED = _event(HEZBOLLAH, None, "0871", "RETREAT", 0, "Hezbollah declared a unilateral ceasefire.", 2, 9.0)
TARGETED = _event(HEZBOLLAH, ISRAEL, "111", "ACCUSE", 45, "Hezbollah condemned Israel.", 3, -2.0)


def test_jsonl_writes_null_and_reads_it_back(tmp_path):
    record = json.loads(dumps(UNTARGETED))
    assert record["target"] is None and record["source"]["id"] == "hezbollah"
    write_events([UNTARGETED, TARGETED], tmp_path / "events.jsonl")
    back = read_events(tmp_path)
    assert back == [UNTARGETED, TARGETED] and back[0].target is None
    # the id keys a missing target as "": stable, and not that of the same words with a target
    assert event_from_record(record).id == UNTARGETED.id
    assert UNTARGETED.id != _event(HEZBOLLAH, ISRAEL, "0871", "RETREAT", 0, UNTARGETED.sentence).id


def test_table_leaves_the_target_columns_empty(tmp_path):
    buf = io.StringIO()
    write_csv([UNTARGETED, TARGETED], buf)
    df = pd.read_csv(io.StringIO(buf.getvalue()), dtype=CSV_DTYPES, parse_dates=CSV_DATES,
                     keep_default_na=False, na_values=[""])
    target_columns = [c for c in df.columns if c.startswith("target_")]
    assert len(target_columns) == 5
    assert df.loc[0, target_columns].isna().all() and df.loc[0, "source_id"] == "hezbollah"
    assert df.loc[1, "target_id"] == "israel"
    write_parquet([UNTARGETED, TARGETED], tmp_path / "events.parquet")
    pq = pd.read_parquet(tmp_path / "events.parquet")
    assert pq.loc[0, target_columns].isna().all() and pq.loc[1, "target_cameo"] == "ISR"


def test_network_draws_no_link_and_counts_the_event_for_its_source(tmp_path):
    g = build_graph([UNTARGETED, TARGETED])
    assert list(g.edges) == [("hezbollah", "israel")]
    assert g.nodes["hezbollah"]["events"] == 2 and g.nodes["hezbollah"]["untargeted"] == 1
    assert g.nodes["israel"]["events"] == 1 and g.nodes["israel"]["untargeted"] == 0
    # an actor with untargeted events only is a node without links
    alone = build_graph([UNTARGETED])
    assert list(alone.nodes) == ["hezbollah"] and not alone.edges and alone.nodes["hezbollah"]["events"] == 1
    write_graphml([UNTARGETED, TARGETED], tmp_path / "g.graphml")
    assert read_graphml(tmp_path / "g.graphml").nodes["hezbollah"]["untargeted"] == 1
    write_gexf([UNTARGETED], tmp_path / "g.gexf")
    assert "hezbollah" in (tmp_path / "g.gexf").read_text(encoding="utf-8")
    data = page_data(g, "t")
    hez = next(a for a in data["actors"] if a["id"] == "hezbollah")
    assert hez["events"] == 2 and hez["untargeted"] == 1
    assert len(data["links"]) == 1 and len(data["events"]) == 1


def test_summary_counts_untargeted_events():
    result = pipeline.Result(keep=False)
    result.add(pipeline.ArticleEvents(ART.id, (UNTARGETED, TARGETED), ()))
    text = pipeline.summary(result)
    assert "2 actors, 2 events (1 with no target)" in text
    assert "Hezbollah -> Israel (1)" in text
    assert pipeline.criticisms([UNTARGETED, _event(ISRAEL, None, "111", "ACCUSE", 90, "Israel complained.")]) == []


RECORD_GOLD = [
    {"id": "r1", "text": "Hezbollah declared a unilateral ceasefire.", "noevents": False, "events": [
        {"source_code": "LBNREB", "target_code": None, "event": "RETREAT"}]},
    {"id": "r2", "text": "Hezbollah condemned Israel.", "noevents": False, "events": [
        {"source_code": "LBNREB", "target_code": "ISR", "event": "ACCUSE"}]},
]


def _pred(doc_id, event: Event) -> dict:
    return {**json.loads(dumps(event)), "doc_id": doc_id}


PRED = [_pred("r1", UNTARGETED), _pred("r2", TARGETED), _pred("r2", UNTARGETED)]
# (r1 LBN - RETREAT) finds the gold event with no target; (r2 LBN - RETREAT) is wrong: the gold
# event of r2 has a target. Events: P 2/3, R 2/2. Pairs: P 2/3, R 2/2.
RECORD_LINE = ("event_precision=0.667 event_recall=1.000 event_f1=0.800 pair_precision=0.667 "
               "pair_recall=1.000 pair_f1=0.800 no_event_records_clean=0/0 gold_events=2 predicted_events=3")


def test_record_scorer_meets_a_null_gold_target_with_a_null_prediction():
    s = score_records(RECORD_GOLD, PRED)
    assert (s.event_precision, s.event_recall, s.pair_recall) == (2 / 3, 1.0, 1.0)
    assert s.wrong == (("r2", "LBN", "", "CONCEDE"),)  # RETREAT is read as CONCEDE


@pytest.mark.skipif(not (SHARED_EVAL / "score_records.py").is_file(), reason=f"no reference scorers in {SHARED_EVAL}")
def test_record_figures_are_those_of_the_reference_scorer(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in RECORD_GOLD), encoding="utf-8")
    pred.write_text("".join(json.dumps(r) + "\n" for r in PRED), encoding="utf-8")
    ref = subprocess.run([sys.executable, str(SHARED_EVAL / "score_records.py"), str(gold), str(pred)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    ours = subprocess.run([sys.executable, "-m", "graphbuild", "evaluate", str(gold), str(pred)],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    assert ours[-1] == ref[-1] == RECORD_LINE


def test_article_scorer_leaves_untargeted_predictions_out():
    rows = list(enumerate([json.loads(dumps(UNTARGETED)), json.loads(dumps(TARGETED))], 1))
    kept = article_predictions(rows)
    assert [p.line for p in kept] == [2]
