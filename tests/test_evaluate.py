"""Scoring against both gold formats, on small gold and prediction files written here.

Expected figures are worked out by hand in the comments. When the reference scorers of the
evaluation data are present (../shared/eval, or $GRAPHBUILD_SHARED_EVAL), the summary line of
`graphbuild evaluate` must also equal theirs on the same files.
"""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.errors import InputError
from graphbuild.evaluate import ArticleScores, RecordScores, evaluate, event_type

SHARED_EVAL = Path(os.environ.get("GRAPHBUILD_SHARED_EVAL")
                   or Path(__file__).resolve().parents[2] / "shared" / "eval")

S1 = "Sweden criticised Norway over fishing quotas on Monday."
S2 = "Prime Minister Erna Solberg met Frederiksen in Copenhagen."
S3 = "Denmark agreed to host the next round, Sweden said."
S4 = "Critics recalled Norway's attack on Denmark in the novel."
S5 = "Oslo hinted at retaliation against Stockholm."

ARTICLE_GOLD = {
    "doc": "nordic.txt",
    "actors": {
        "NOR": ["norway", "oslo", "norwegian"],
        "DNK": ["denmark", "copenhagen", "danish"],
        "SWE": ["sweden", "stockholm"],
        "SOLBERG": ["erna solberg", "solberg"],
        "FREDERIKSEN": ["mette frederiksen", "frederiksen"],
    },
    "affiliation": {"SOLBERG": "NOR", "FREDERIKSEN": "DNK"},
    "core": [
        {"id": "C1", "source": "SWE", "target": "NOR", "root": "11", "cue": "Sweden criticised Norway"},
        {"id": "C2", "source": "SOLBERG", "target": "FREDERIKSEN", "root": "04", "symmetric": True,
         "cue": "Solberg met Frederiksen"},
        {"id": "C3", "source": "DNK", "target": "SWE", "root": "03", "alt_roots": ["05"], "cue": "Denmark agreed"},
    ],
    "extended": [
        {"id": "E1", "source": "NOR", "target": "DNK", "root": "19", "alt_roots": ["18"],
         "cue": "Norway\u2019s attack on Denmark"},  # curly in the gold, straight in the text
    ],
    "acceptable": [{"source": "NOR", "target": "SWE", "cue": "Oslo hinted"}],
}

ARTICLE_PRED = [
    # 1 finds C1; an actor given by name and by country
    {"sentence": S1, "source": {"name": "Sweden", "country": "SWE"}, "target": {"name": "Norway"}, "cameo": "111"},
    # 2 finds C2 the other way round (symmetric); titles and full names are fine
    {"sentence": S2, "source": {"name": "Mette Frederiksen"}, "target": {"name": "Erna Solberg"}, "cameo": "040"},
    # 3 finds C3 through an alternative root; a government stands for its state by its code
    {"sentence": S3, "source": {"name": "Danish government", "country": "DNK", "cameo": "DNKGOV"},
     "target": {"name": "Sweden"}, "cameo": "051"},
    # 4 right actors for E1 but a root (04) it does not allow: wrong
    {"sentence": S4, "source": {"name": "Norway"}, "target": {"name": "Denmark"}, "cameo": "042"},
    # 5 matches the acceptable event (any root): correct, found nothing
    {"sentence": S5, "source": {"name": "Oslo"}, "target": {"name": "Stockholm"}, "cameo": "138"},
    # 6 the same as 1 up to spacing: counted once
    {"sentence": "Sweden  criticised Norway over fishing quotas on Monday. ",
     "source": {"name": "Sweden", "country": "SWE"}, "target": {"name": "Norway"}, "cameo": "111"},
    # 7 negated: not scored
    {"sentence": S1, "source": {"name": "Sweden"}, "target": {"name": "Norway"}, "cameo": "111", "negated": True},
    # 8 no CAMEO code: scored only when untyped
    {"sentence": S3, "source": {"name": "Denmark"}, "target": {"name": "Sweden"}, "cameo": None},
    # 9 C1 reversed; not symmetric: wrong
    {"sentence": S1, "source": {"name": "Norway"}, "target": {"name": "Sweden"}, "cameo": "111"},
]
# Typed: 6 distinct predictions (1-5, 9); found C1 C2 C3 (core 3/3, all 3/4); correct 1 2 3 5.
ARTICLE_LINE = ("recall_core=1.00 recall_all=0.75 precision=0.67 f1_core=0.80 events=6 core_found=3 "
                "core_total=3 all_found=3 all_total=4 correct=4")
# Untyped: 8 joins (7 predictions); 4 now finds E1 (all 4/4); 8 matches C3; 9 still wrong: 6/7.
ARTICLE_LINE_UNTYPED = ("recall_core=1.00 recall_all=1.00 precision=0.86 f1_core=0.92 events=7 core_found=3 "
                        "core_total=3 all_found=4 all_total=4 correct=6")

RECORD_GOLD = [
    {"id": "r1", "text": "Norway and Denmark signed a fishing accord.", "noevents": False, "events": [
        {"source_code": "NORGOV", "target_code": "DNKGOV", "event": "AGREE"},
        {"source_code": "DNKGOV", "target_code": "NORGOV", "event": "AGREE"}]},
    {"id": "r2", "text": "Sweden condemned the Norwegian navy.", "noevents": False, "events": [
        {"source_code": "SWE", "target_code": "NORMIL", "event": "DISAPPROVE"}]},  # older name of ACCUSE
    {"id": "r3", "text": "Finland's president spoke on television.", "noevents": False, "events": [
        {"source_code": "FINGOV", "target_code": None, "event": "010"}]},  # CAMEO code, read as STATEMENT
    {"id": "r4", "text": "The weather was mild in Oslo.", "noevents": True, "events": []},
    {"id": "r5", "text": "Nothing happened in Riga.", "noevents": True, "events": []},
]
RECORD_PRED = [
    {"doc_id": "r1", "source": {"cameo": "NORGOV"}, "target": {"country": "DNK"}, "plover": "AGREE"},
    {"doc_id": "r1", "source": {"cameo": "DNKGOV"}, "target": {"cameo": "NORGOV"}, "plover": "CONSULT"},
    {"doc_id": "r2", "source": {"country": "SWE"}, "target": {"cameo": "NORMIL"}, "cameo": "112"},
    {"doc_id": "r3", "source": {"cameo": "FINGOV"}, "target": {"country": "RUS"}, "plover": None, "cameo": "012"},
    {"doc_id": "r4", "source": {"country": "NOR"}, "target": {"country": "SWE"}, "plover": "ASSAULT"},
    {"doc_id": "r2", "source": {"country": "SWE"}, "target": {"country": "NOR"}, "plover": "ACCUSE", "negated": True},
    {"doc_id": "not-in-gold", "source": {"country": "SWE"}, "target": {"country": "NOR"}, "plover": "ACCUSE"},
    {"doc_id": "r1", "source": {"cameo": "NORGOV"}, "target": {"country": "DNK"}, "plover": "AGREE"},
]
# Gold: (r1 NOR DNK AGREE) (r1 DNK NOR AGREE) (r2 SWE NOR ACCUSE) (r3 FIN - STATEMENT).
# Scored predictions: (r1 NOR DNK AGREE) ok, (r1 DNK NOR CONSULT) wrong type, (r2 SWE NOR ACCUSE) ok,
# (r3 FIN RUS STATEMENT) ok (the gold event has no target), (r4 NOR SWE ASSAULT) wrong.
# Events: P 3/5, R 3/4, F1 .667. Pairs: P 4/5, R 4/4, F1 .889. No-event records clean: r5 only.
RECORD_LINE = ("event_precision=0.600 event_recall=0.750 event_f1=0.667 pair_precision=0.800 "
               "pair_recall=1.000 pair_f1=0.889 no_event_records_clean=1/2 gold_events=4 predicted_events=5")


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def article_files(tmp_path):
    gold = tmp_path / "nordic.gold.json"
    gold.write_text(json.dumps(ARTICLE_GOLD, ensure_ascii=False), encoding="utf-8")
    return gold, write_jsonl(tmp_path / "nordic-events.jsonl", ARTICLE_PRED)


@pytest.fixture
def record_files(tmp_path):
    return write_jsonl(tmp_path / "records.gold.jsonl", RECORD_GOLD), write_jsonl(tmp_path / "pred.jsonl", RECORD_PRED)


def run_cli(capsys, *argv) -> tuple[int, list[str], str]:
    status = main(["evaluate", *map(str, argv)])
    out = capsys.readouterr()
    return status, out.out.splitlines(), out.err


def test_article_scores(article_files):
    s = evaluate(*article_files)
    assert isinstance(s, ArticleScores)
    assert (s.recall_core, s.recall_all, s.precision) == (1.0, 0.75, pytest.approx(4 / 6))
    assert s.f1_core == pytest.approx(0.8)
    assert (s.events, s.core_found, s.core_total, s.all_found, s.all_total, s.correct) == (6, 3, 3, 3, 4, 4)
    assert s.found == ("C1", "C2", "C3")
    assert [g.id for g in s.missed] == ["E1"]
    assert [p.line for p in s.wrong] == [4, 9]
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.precision = 1.0  # type: ignore[misc]


def test_article_scores_untyped(article_files):
    s = evaluate(*article_files, untyped=True)
    assert (s.events, s.all_found, s.correct, s.recall_all) == (7, 4, 6, 1.0)
    assert s.precision == pytest.approx(6 / 7)
    assert [p.line for p in s.wrong] == [9]


def test_record_scores(record_files):
    s = evaluate(*record_files)
    assert isinstance(s, RecordScores)
    assert (s.event_precision, s.event_recall) == (pytest.approx(0.6), 0.75)
    assert s.event_f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert (s.pair_precision, s.pair_recall) == (pytest.approx(0.8), 1.0)
    assert (s.no_event_clean, s.no_event_records, s.gold_events, s.predicted_events) == (1, 2, 4, 5)
    assert s.missed == (("r1", "DNK", "NOR", "AGREE"),)
    assert s.wrong == (("r1", "DNK", "NOR", "CONSULT"), ("r4", "NOR", "SWE", "ASSAULT"))


@pytest.mark.parametrize("value, expected", [
    ("AGREE", "AGREE"), ("demand", "REQUEST"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
    ("042", "CONSULT"), ("0211", "REQUEST"), ("195", "ASSAULT"), (11, "ACCUSE"), ("", None), (None, None),
])
def test_event_type(value, expected):
    assert event_type(value) == expected


def test_cli_article_summary_and_verbose(article_files, capsys):
    status, lines, _ = run_cli(capsys, *article_files)
    assert (status, lines) == (0, [ARTICLE_LINE])
    status, lines, _ = run_cli(capsys, *article_files, "--untyped")
    assert lines == [ARTICLE_LINE_UNTYPED]
    status, lines, _ = run_cli(capsys, *article_files, "-v")
    assert lines[0] == "found: C1, C2, C3"
    assert lines[1] == "missed: E1 NOR -> DNK root 18/19 | Norway\u2019s attack on Denmark"
    assert lines[2].startswith("wrong: line 4: 042 Norway -> Denmark | critics recalled norway's attack")
    assert lines[3].startswith("wrong: line 9: 111 Norway -> Sweden | sweden criticised norway")
    assert lines[4:] == [ARTICLE_LINE]


def test_cli_record_summary_and_verbose(record_files, capsys):
    status, lines, _ = run_cli(capsys, *record_files)
    assert (status, lines) == (0, [RECORD_LINE])
    _, lines, _ = run_cli(capsys, *record_files, "-v")
    assert lines == ["missed: r1: DNK -> NOR AGREE", "wrong: r1: DNK -> NOR CONSULT",
                     "wrong: r4: NOR -> SWE ASSAULT", RECORD_LINE]


def test_pred_may_be_an_output_folder(record_files, tmp_path, capsys):
    gold, pred = record_files
    outdir = tmp_path / "out"
    outdir.mkdir()
    (outdir / "events.jsonl").write_text(pred.read_text())
    assert run_cli(capsys, gold, outdir)[1] == [RECORD_LINE]


@pytest.mark.skipif(not (SHARED_EVAL / "score_events.py").is_file(), reason=f"no reference scorers in {SHARED_EVAL}")
@pytest.mark.parametrize("kind, extra", [("article", []), ("article", ["--untyped"]), ("records", [])])
def test_same_figures_as_reference_scorers(kind, extra, article_files, record_files, capsys):
    gold, pred = article_files if kind == "article" else record_files
    script = SHARED_EVAL / ("score_events.py" if kind == "article" else "score_records.py")
    ref = subprocess.run([sys.executable, str(script), str(gold), str(pred), *extra],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    _, ours, _ = run_cli(capsys, gold, pred, *extra)
    assert ours[-1] == ref[-1]
    expected = {"article": ARTICLE_LINE_UNTYPED if extra else ARTICLE_LINE, "records": RECORD_LINE}[kind]
    assert ours[-1] == expected


def test_malformed_prediction_line_names_file_and_line(record_files, capsys):
    gold, pred = record_files
    pred.write_text(pred.read_text() + '{"doc_id": "r1", \n')
    with pytest.raises(InputError) as info:
        evaluate(gold, pred)
    assert info.value.message.startswith(f"{pred}:{len(RECORD_PRED) + 1}: malformed JSON in events file")
    status, lines, err = run_cli(capsys, gold, pred)
    assert status == 2 and lines == []
    assert err.splitlines()[0].startswith(f"graphbuild: error: {pred}:9: malformed JSON in events file")


def test_bad_gold_files(tmp_path, record_files):
    _, pred = record_files
    bad_record = write_jsonl(tmp_path / "bad.jsonl", [RECORD_GOLD[0], {"id": "r9", "text": "No events list."}])
    with pytest.raises(InputError, match=r"bad\.jsonl:2: a gold record needs \"id\" and an \"events\" list"):
        evaluate(bad_record, pred)
    article = dict(ARTICLE_GOLD, core=[{"source": "SWE", "target": "NOR", "cue": "Sweden criticised"}])
    bad_article = tmp_path / "bad.gold.json"
    bad_article.write_text(json.dumps(article))
    with pytest.raises(InputError, match=r"bad\.gold\.json: core\[0\]: a core event needs an \"id\" and a CAMEO \"root\""):
        evaluate(bad_article, pred)
    with pytest.raises(InputError, match=r"missing\.jsonl: no such gold file"):
        evaluate(tmp_path / "missing.jsonl", pred)
