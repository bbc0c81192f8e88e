"""The README's examples, run in order in an empty folder, give the output the README shows.

Comments in the README (invisible on the rendered page) say what a code block is for:

    <!-- readme-examples: file NAME -->    the block is the content of the file NAME
    <!-- readme-examples: output -->       the block is the standard output of the sh block before it
    <!-- readme-examples: skip (WHY) -->   the block is not run
    <!-- readme-examples: needs neo4j -->  run only when the test Neo4j server answers
    <!-- readme-examples: needs GSR -->    run only when GRAPHBUILD_GSR names the benchmark file (GSR.jsonl)

An sh block runs as one bash script (set -e), with `graphbuild` and `python` of this
environment first on PATH (lines that create the environment, `python3 -m venv ...`, are
passed over), and must exit 0. A python block runs as a script; a `print(...)  # VALUE` line must print VALUE.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(?:[ \t]*<!-- readme-examples: (?P<mark>\w+)(?: (?P<arg>[^\n]*?))? -->\n)?"
                   r"[ \t]*```(?P<lang>\w*)\n(?P<body>.*?)```", re.S)
PRINTED = re.compile(r"^print\(.*\)\s+#\s+(?P<value>[\[({'\"\d].*)$")


def blocks(text: str) -> list[dict]:
    return [m.groupdict() for m in BLOCK.finditer(text)]


def _neo4j_env() -> dict[str, str] | None:
    from graphbuild.neo4j import server

    port = int(os.environ.get("GRAPHBUILD_TEST_NEO4J_PORT") or 7688)
    if not server.bolt_answers(port):
        return None
    return {"NEO4J_URI": f"bolt://127.0.0.1:{port}",
            "NEO4J_PASSWORD": os.environ.get("NEO4J_PASSWORD") or "graphbuild-test"}


def run_readme(readme: Path, where: Path) -> list[str]:
    """Runs the examples of `readme` in the folder `where`; returns what was passed over and why."""
    for name in ("seeds", "benchmarks"):
        (where / name).symlink_to(ROOT / name)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    env.pop("NEO4J_URI", None)
    neo4j = _neo4j_env()
    gsr = os.environ.get("GRAPHBUILD_GSR")
    all_blocks = blocks(readme.read_text(encoding="utf-8"))
    for b in all_blocks:  # the files the README gives are there from the start
        if b["mark"] == "file":
            (where / b["arg"]).write_text(b["body"], encoding="utf-8")
    passed_over, last_stdout = [], None
    for n, b in enumerate(all_blocks):
        mark, lang, body = b["mark"], b["lang"], b["body"]
        if mark == "skip" or (mark == "needs" and b["arg"] == "neo4j" and neo4j is None) \
                or (mark == "needs" and b["arg"] == "GSR" and not gsr):
            passed_over.append(f"block {n} ({mark} {b['arg'] or ''})")
            continue
        if mark == "needs" and b["arg"] == "GSR":
            (where / "GSR.jsonl").unlink(missing_ok=True)
            (where / "GSR.jsonl").symlink_to(Path(gsr).resolve())
        block_env = dict(env, **(neo4j or {})) if mark == "needs" else env
        if mark == "output":
            assert last_stdout == body, f"block {n}: the README shows\n{body}\nthe commands printed\n{last_stdout}"
        elif lang == "sh":
            script = "\n".join(line.strip().removeprefix(".venv/bin/") for line in body.splitlines()
                               if not line.strip().startswith("python3 -m venv"))
            out = subprocess.run(["bash", "-c", "set -eo pipefail\n" + script], cwd=where, env=block_env,
                                 capture_output=True, text=True, stdin=subprocess.DEVNULL)
            assert out.returncode == 0, f"block {n} exited {out.returncode}: {out.stderr[-2000:]}"
            last_stdout = out.stdout
        elif lang == "python":
            out = subprocess.run([sys.executable, "-c", body], cwd=where, env=block_env, capture_output=True,
                                 text=True, stdin=subprocess.DEVNULL)
            assert out.returncode == 0, f"block {n} (python) failed: {out.stderr[-2000:]}"
            printed = out.stdout.splitlines()
            for line in body.splitlines():
                m = PRINTED.match(line.strip())
                if m:
                    assert m["value"].strip() in printed, f"block {n}: `{line.strip()}` printed {printed[-5:]}"
    return passed_over


def test_the_readme_examples_give_the_output_the_readme_shows(tmp_path):
    passed_over = run_readme(ROOT / "README.md", tmp_path)
    assert passed_over[0].startswith("block 0 (skip")  # make run / make test: this very environment


def test_a_wrong_output_in_the_readme_is_caught(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("```sh\ngraphbuild --version\n```\n\n<!-- readme-examples: output -->\n```text\ngraphbuild 9.9\n```\n")
    (tmp_path / "run").mkdir()
    with pytest.raises(AssertionError, match="the README shows"):
        run_readme(readme, tmp_path / "run")


if __name__ == "__main__":  # python tests/test_readme.py: run them in a fresh folder and say so
    import tempfile

    with tempfile.TemporaryDirectory(prefix="graphbuild-readme-") as folder:
        skipped = run_readme(ROOT / "README.md", Path(folder))
    print("README examples: all gave the output the README shows" + (f"; passed over: {', '.join(skipped)}" if skipped else ""))
