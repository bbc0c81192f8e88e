"""No function of the extraction modules is longer than 60 lines or more complex than a
cyclomatic complexity of 25 (radon), so that each rule stays a unit one can read."""
from __future__ import annotations

from pathlib import Path

import pytest
from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parent.parent / "graphbuild"
MODULES = [
    "extract.py", "arguments.py", "claims.py", "syntax.py", "modality.py", "patterns.py", "coding.py",
    "tables.py", "explain.py", "rules/verb.py", "rules/passive.py", "rules/frames.py", "rules/noun.py",
    "rules/location.py", "rules/report.py", "rules/vetoes.py",
    "mentions/__init__.py", "mentions/found.py", "mentions/phrases.py", "mentions/entities.py",
    "mentions/titles.py", "mentions/collectives.py", "mentions/organisations.py", "mentions/bystanders.py",
    "headline.py", "dates.py",
]
MAX_LINES, MAX_COMPLEXITY = 60, 25


def _functions(blocks):
    for b in blocks:
        if hasattr(b, "methods"):  # a class: its methods count, not the class
            yield from _functions(b.methods)
        else:
            yield b
            yield from _functions(getattr(b, "closures", []))


@pytest.mark.parametrize("module", MODULES)
def test_functions_are_small(module):
    blocks = cc_visit((ROOT / module).read_text(encoding="utf-8"))
    big = [f"{f.name}:{f.lineno} ({f.endline - f.lineno + 1} lines, complexity {f.complexity})"
           for f in _functions(blocks)
           if f.endline - f.lineno + 1 > MAX_LINES or f.complexity > MAX_COMPLEXITY]
    assert not big, f"{module}: split these: {', '.join(big)}"


def test_every_extraction_module_is_covered():
    # A new module of the rules or mentions package is held to the same limits.
    found = {f"{pkg}/{p.name}" for pkg in ("rules", "mentions") for p in (ROOT / pkg).glob("*.py")}
    assert found - {"rules/__init__.py"} <= set(MODULES)
