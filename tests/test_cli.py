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
    code = main(["extract", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
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
    assert "1 article read\n" in printed and "Germany -> Iran (1)" in printed
    assert sorted(p.name for p in out.iterdir()) == ["actors.html", "events.jsonl", "graph.graphml", "graph.ttl",
                                                     "report.json"]
    assert not list(out.glob(".*.tmp"))


def test_extract_output_file_is_not_left_half_written(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    target = tmp_path / "events.jsonl"
    assert main(["extract", str(tmp_path / "in.txt"), "-o", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
