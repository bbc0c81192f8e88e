"""The command line as users meet it: exit codes, messages, files."""
from __future__ import annotations

import json
import subprocess
import sys

from graphbuild.cli import build_parser, main

GOOD = "Germany condemned Iran on Tuesday. France praised Egypt.\n"


def test_every_command_has_help_text():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(sub.choices) >= {"extract", "build", "evaluate", "neo4j", "load", "unload", "query", "export",
                                "validate", "viz"}
    helps = {a.dest: a.help for a in sub._choices_actions}
    for name, parser in sub.choices.items():
        assert helps.get(name), f"{name} has no help text"
        assert parser.format_help().startswith(f"usage: graphbuild {name}")
        for action in parser._actions:
            assert action.help, f"{name} {action.dest} has no help text"


def test_python_dash_m_runs_the_cli():
    out = subprocess.run([sys.executable, "-m", "graphbuild", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "extract" in out.stdout


def test_bad_inputs_are_skipped_with_one_line_each_and_the_rest_is_processed(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("Pr\xe9sident Macron".encode("latin-1"))
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "Japan criticised China."}\n{not json\n', encoding="utf-8")
    # -q: on a slow machine a run of over a few seconds would add progress lines to stderr
    code = main(["extract", "-q", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
                 str(tmp_path / "latin1.txt"), str(tmp_path / "bad.jsonl"), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 5
    for name in ("empty.txt", "binary.txt", "latin1.txt", "bad.jsonl:2", "missing.txt"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    events = [json.loads(line) for line in out.splitlines()]
    assert {(e["doc_id"], e["source"]["name"], e["target"]["name"]) for e in events} >= {
        ("good", "Germany", "Iran"), ("good", "France", "Egypt"), ("a", "Japan", "China")}


def test_strict_stops_at_the_first_bad_input(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["extract", "--strict", str(tmp_path / "empty.txt")]) == 2
    assert "empty.txt" in capsys.readouterr().err


def test_unknown_model_says_what_to_install(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", "--model", "xx_no_such_model", str(tmp_path / "good.txt")]) == 2
    err = capsys.readouterr().err
    assert "xx_no_such_model" in err and ("pip install" in err or "--model" in err)


def test_build_writes_every_output_whole_and_prints_the_summary(tmp_path, capsys):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in.txt"), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 article read\n" in printed and "Germany -> Iran (1, 1)" in printed
    assert "who criticised whom (incidents, events):" in printed
    assert sorted(p.name for p in out.iterdir()) == ["actors.html", "events.jsonl", "graph.graphml", "graph.ttl",
                                                     "incidents.jsonl", "report.json"]
    assert not list(out.glob(".*.tmp"))


def test_extract_output_file_is_not_left_half_written(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    target = tmp_path / "events.jsonl"
    assert main(["extract", str(tmp_path / "in.txt"), "-o", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_an_article_over_the_limit_is_one_line_and_the_others_are_written(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    huge = tmp_path / "dump.txt"
    huge.write_text("Germany condemned Iran. " * 45_000, encoding="utf-8")  # over spaCy's limit (E088)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path), "-o", str(out)]) == 1
    printed, err = capsys.readouterr()
    assert err.splitlines() == [f"graphbuild: skipped {huge}: article too long (1,080,000 characters; the limit is "
                                "1,000,000); split it into articles of at most 1,000,000 characters"]
    assert "Germany -> Iran (1, 1)" in printed
    assert {json.loads(line)["doc_id"] for line in (out / "events.jsonl").read_text().splitlines()} == {"good"}


def test_version():
    from importlib.metadata import version

    out = subprocess.run([sys.executable, "-m", "graphbuild", "--version"], capture_output=True, text=True)
    assert (out.returncode, out.stdout) == (0, f"graphbuild {version('graphbuild')}\n")


def test_dash_reads_articles_from_standard_input():
    records = '{"id": "s1", "text": "Germany condemned Iran on Tuesday."}\n{"id": "s2", "text": "France praised Egypt."}\n'
    out = subprocess.run([sys.executable, "-m", "graphbuild", "extract", "-q", "-"], input=records,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert [(e["doc_id"], e["source"]["name"], e["target"]["name"]) for e in map(json.loads, out.stdout.splitlines())] \
        == [("s1", "Germany", "Iran"), ("s2", "France", "Egypt")]
    out = subprocess.run([sys.executable, "-m", "graphbuild", "extract", "-q", "--format", "table", "-"], input=GOOD,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["source\tpredicate\tcameo\ttarget\tmodality",
                                       "Germany\tcondemn\t111\tIran\tasserted",
                                       "France\tpraise\t051\tEgypt\tasserted"]


def test_query_table_has_a_header_and_no_none(seed_outdir, seed_events, capsys):
    e = next(e for e in seed_events if e.article.date is None and not e.negated)
    assert main(["query", "edge_evidence", "--graph", str(seed_outdir), "--param", f"source={e.source.id}",
                 "--param", f"target={e.target.id}"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["article", "date", "cameo", "predicate", "sentence"]
    assert len(lines) > 2 and not any("None" in line.split() for line in lines)


def test_a_file_system_failure_is_one_error_line_and_a_hint(tmp_path, capsys):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("x")
    cases = [(tmp_path / "folder", "folder is a folder",
              f"give -o a file name, e.g. {tmp_path / 'folder' / 'events.jsonl'}"),
             (tmp_path / "file" / "events.jsonl", "cannot write to", "choose a file in a folder you can write to")]
    for target, why, hint in cases:
        assert main(["extract", "-q", str(tmp_path / "in.txt"), "-o", str(target)]) == 2
        err = capsys.readouterr().err.splitlines()
        assert err[0].startswith("graphbuild: error: ") and why in err[0]
        assert err[1:] == [f"graphbuild: hint: {hint}"]
    out = subprocess.run([sys.executable, "-m", "graphbuild", "extract", "-q", str(tmp_path / "in.txt"), "-o",
                          str(tmp_path / "folder")], capture_output=True, text=True)
    assert out.returncode == 2 and "Traceback" not in out.stderr and len(out.stderr.splitlines()) == 2


WARNS = '''
import warnings

def test_dependencies_and_ours():
    import spacy.cli  # noqa: F401  (click's old name, through spaCy)
    from rdflib.plugins.sparql import prepareQuery
    prepareQuery("SELECT ?s WHERE { ?s ?p ?o }")  # pyparsing's old names, through rdflib
    warnings.warn("a warning of our own", DeprecationWarning)
'''


def test_pytest_silences_the_dependencies_warnings_but_not_ours(tmp_path):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    (tmp_path / "test_warns.py").write_text(WARNS, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(root / "pyproject.toml"),
                          "--rootdir", str(tmp_path), str(tmp_path / "test_warns.py")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout
    assert "1 passed, 1 warning" in out.stdout and "a warning of our own" in out.stdout


def test_build_groups_incidents_within_the_window_given(tmp_path, capsys):
    articles = tmp_path / "in.jsonl"
    articles.write_text("".join(json.dumps({"id": f"a{d}", "text": "Germany condemned Iran.", "date": f"2024-05-0{d}"}) + "\n"
                                for d in (1, 6)), encoding="utf-8")
    for window, incidents in (("2", 2), ("7", 1)):
        out = tmp_path / f"out{window}"
        assert main(["build", "-q", str(articles), "-o", str(out), "--incident-window", window]) == 0
        assert len((out / "incidents.jsonl").read_text(encoding="utf-8").splitlines()) == incidents
    assert f"Germany -> Iran ({incidents}, 2)" in capsys.readouterr().out
    assert main(["build", str(articles), "-o", str(tmp_path / "bad"), "--incident-window", "-1"]) == 2
    assert capsys.readouterr().err.splitlines() == ["graphbuild: error: --incident-window -1: need 0 or more days",
                                                    "graphbuild: hint: give the number of days, e.g. --incident-window 2"]
