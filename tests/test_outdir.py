"""OUTDIR is replaced whole or not at all, and a bad output place is refused before the work."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphbuild import parallel
from graphbuild.cli import main

GOOD = "Germany criticised Iran on Monday. France sent aid to Egypt."


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture()
def built(tmp_path):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "-q", str(tmp_path / "in.txt"), "-o", str(out)]) == 0
    return out


def _one_error(capsys, *words: str) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert lines[0].startswith("graphbuild: error: ") and all(w in lines[0] for w in words), err
    assert all(line.startswith("graphbuild: ") for line in lines) and "Traceback" not in err
    return err


def test_a_mistyped_path_leaves_a_good_outdir_as_it_was(built, tmp_path, capsys):
    before = _snapshot(built)
    capsys.readouterr()
    assert main(["build", str(tmp_path / "no-such-folder"), "-o", str(built)]) == 2
    err = _one_error(capsys, "no article was read", "no-such-folder")
    assert "nothing in" in err and _snapshot(built) == before


def test_the_count_of_other_problems_is_spelled_right(tmp_path, capsys):
    assert main(["build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "out")]) == 2
    assert "(and 1 other problem)" in capsys.readouterr().err
    assert main(["build", *(str(tmp_path / f"{c}.txt") for c in "abc"), "-o", str(tmp_path / "out")]) == 2
    assert "(and 2 other problems)" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_files_of_the_user_in_outdir_survive_a_new_build(built, tmp_path):
    (built / "notes.md").write_text("mine", encoding="utf-8")
    assert main(["build", "-q", str(tmp_path / "in.txt"), "-o", str(built)]) == 0
    assert (built / "notes.md").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in built.iterdir()) == ["actors.html", "events.jsonl", "graph.graphml", "graph.ttl",
                                                        "incidents.jsonl", "notes.md", "report.json"]


def test_a_build_killed_while_writing_leaves_the_old_set_and_the_next_run_cleans_up(built, tmp_path):
    before = _snapshot(built)
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "text": GOOD}) + "\n" for i in range(200)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild", "build", "-q", str(corpus), "-o", str(built)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    staged = []
    while time.monotonic() < deadline and proc.poll() is None:
        staged = list(tmp_path.glob(".out.new-*/.events.jsonl.*.tmp"))  # opened: the writing has begun
        if staged:
            break
        time.sleep(0.05)
    assert staged, "the build never started writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _snapshot(built) == before  # the old set, whole
    assert list(tmp_path.glob(".out.new-*"))  # what the killed run left behind...
    assert main(["build", "-q", str(tmp_path / "in.txt"), "-o", str(built)]) == 0
    assert not list(tmp_path.glob(".out.*")) and not list(built.glob(".*"))  # ...is gone
    report = json.loads((built / "report.json").read_text())
    assert report["events"] == len((built / "events.jsonl").read_text().splitlines()) > 0


def test_a_run_killed_between_the_two_renames_gets_the_old_set_back(built, tmp_path, capsys):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    before = _snapshot(built)
    os.rename(built, tmp_path / f".out.old-{dead.stdout.strip()}")  # as the killed run left it
    assert main(["build", str(tmp_path / "missing.txt"), "-o", str(built)]) == 2
    assert _snapshot(built) == before and not list(tmp_path.glob(".out.*"))


def test_build_to_a_file_is_refused_before_the_work(tmp_path, capsys):
    target = tmp_path / "out.txt"
    target.write_text("keep", encoding="utf-8")
    assert main(["build", str(tmp_path / "missing.txt"), "-o", str(target)]) == 2
    _one_error(capsys, str(target), "is a file")
    assert target.read_text(encoding="utf-8") == "keep"


def _unwritable(tmp_path: Path) -> Path:
    if os.geteuid() == 0:  # permissions do not stop root; /sys refuses new folders to anyone
        return Path("/sys/graphbuild-test/out")
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    return folder / "out"


def test_build_to_an_unwritable_folder_is_refused_before_the_work(built, tmp_path, capsys):
    target = _unwritable(tmp_path)
    assert main(["build", str(tmp_path / "in.txt"), "-o", str(target)]) == 2
    _one_error(capsys, "cannot write to", str(target.parent.parent if os.geteuid() == 0 else target))


def test_extract_to_a_folder_is_refused_before_the_work(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path)]) == 2
    err = _one_error(capsys, str(tmp_path), "is a folder")
    assert "events.jsonl" in err  # the hint shows a file name


def test_extract_to_an_unwritable_place_is_refused(tmp_path, capsys):
    target = _unwritable(tmp_path) / "events.jsonl"
    assert main(["extract", str(tmp_path / "missing.txt"), "-o", str(target)]) == 2
    _one_error(capsys, "cannot write to", str(target))


def test_progress_lines_go_to_a_log_when_stderr_is_no_terminal(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(parallel, "PLAIN_EVERY", 0.0)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith("graphbuild: 1/2 articles, ") and "articles/s" in line for line in err), err
    assert err[-1].startswith("graphbuild: 2 articles extracted in ") and err[-1].endswith(" events")
    assert main(["extract", "-q", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_extract_that_reads_nothing_leaves_its_output_file_as_it_was(tmp_path, capsys):
    target = tmp_path / "events.jsonl"
    target.write_text("previous\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "missing.txt"), "-o", str(target)]) == 2
    _one_error(capsys, "no article was read", "missing.txt")
    assert target.read_text(encoding="utf-8") == "previous\n"


def test_the_summary_says_1_article_and_2_incidents_of_2_events(tmp_path, capsys):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    assert main(["build", "-q", str(tmp_path / "in.txt"), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 article read (1 input skipped)"
    assert lines[1] == "4 actors, 2 incidents (2 events mention them)"
