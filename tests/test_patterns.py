"""The event-pattern tables load, agree with themselves and stay sorted."""
from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from graphbuild.coding import cameo_table
from graphbuild.errors import ConfigError
from graphbuild.patterns import KINDS, noun_patterns, verb_patterns
from graphbuild.resources import data_path


def _table(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_tables_load():
    verbs = verb_patterns()
    nouns = noun_patterns()
    assert sum(len(v) for v in verbs.values()) == len(_table("verbs.csv"))
    assert len(nouns) == len([r for r in _table("nouns.csv") if not r["object"]])


def test_every_code_and_kind_is_known():
    codes = cameo_table()
    for pats in verb_patterns().values():
        for p in pats:
            assert p.cameo in codes and p.kind in KINDS, p
    for p in noun_patterns().values():
        assert p.cameo in codes and p.kind in KINDS, p
        assert p.preps and all(x == x.strip().lower() and x for x in p.preps), p


def test_no_verb_row_conflicts():
    # The same lemma and preposition may appear twice only to add the infinitive reading or
    # an object class, and then with the same code as the plain reading; two codes for one
    # slot would make the result depend on row order.
    codes = defaultdict(set)
    seen = set()
    for r in _table("verbs.csv"):
        key = (r["lemma"], r["prep"], r["kind"], r["object"])
        assert key not in seen, f"duplicate row {key}"
        seen.add(key)
        codes[(r["lemma"], r["prep"], r["object"])].add(r["cameo"])
    conflicting = {k: v for k, v in codes.items() if len(v) > 1}
    assert not conflicting


def test_no_duplicate_noun_lemma():
    lemmas = [(r["lemma"], r["object"]) for r in _table("nouns.csv")]
    assert len(lemmas) == len(set(lemmas))


@pytest.mark.parametrize("name,key", [("verbs.csv", ("lemma",)), ("nouns.csv", ("lemma", "object"))])
def test_rows_sorted(name, key):
    rows = [tuple(r[k] for k in key) for r in _table(name)]
    assert rows == sorted(rows)


def test_a_verbs_direct_rows_come_before_its_prepositional_rows():
    # Within a verb, the order of the prepositional rows is its priority (data/README.md);
    # the direct-object rows are tried first and are written first.
    for pats in verb_patterns().values():
        preps = [bool(p.prep) for p in pats]
        assert preps == sorted(preps), pats


def test_lemmas_are_clean():
    for r in _table("verbs.csv") + _table("nouns.csv"):
        assert r["lemma"] == r["lemma"].strip().lower() and "  " not in r["lemma"], r
    for r in _table("verbs.csv"):
        assert r["prep"] == r["prep"].strip().lower() and " " not in r["prep"], r


def test_phrasal_verbs_and_spellings_are_looked_up():
    verbs = verb_patterns()
    assert {p.cameo for p in verbs["lash out"]} == {"111"}
    assert verbs["criticise"][0].cameo == verbs["criticize"][0].cameo == "111"
    assert any(p.kind == "inf" for p in verbs["threaten"])
    assert verbs["visit"][0].kind == "visit"
    assert noun_patterns()["talk"].kind == "reciprocal"


def test_unknown_code_is_refused(tmp_path, monkeypatch):
    bad = tmp_path / "verbs.csv"
    bad.write_text("lemma,prep,cameo,kind,object\ncondemn,,999,,\n", encoding="utf-8")
    monkeypatch.setattr("graphbuild.patterns.data_path", lambda name: bad)
    verb_patterns.cache_clear()
    try:
        with pytest.raises(ConfigError, match="999"):
            verb_patterns()
    finally:
        verb_patterns.cache_clear()


def test_reversal_table_loads_and_prefers_the_longest_prefix():
    from graphbuild.patterns import reversed_code

    assert reversed_code("lift", "163") == "085"
    assert reversed_code("lift", "1723") == "0813"  # a curfew, more precise than any administrative sanction
    assert reversed_code("lift", "040") is None
