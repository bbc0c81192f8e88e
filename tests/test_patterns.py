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


# -- the one table reader, the root table and the cue kinds ------------------------------

@pytest.mark.parametrize("text, message", [
    ("lemma,prep,cameo,kind,object\ncondemn,,111\n", r"t\.csv:2: 3 columns, expected 5"),
    ("lemma,cameo,kind,object\n", r"t\.csv:1: header"),
    ("lemma,prep,cameo,kind,object\n\ncondemn,,111,,\nrebuke,,1111,,\n", r"t\.csv:4: unknown CAMEO event code in cameo: '1111'"),
])
def test_table_errors_name_file_line_and_value(tmp_path, text, message):
    from graphbuild.tables import rows

    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        list(rows(path, ("lemma", "prep", "cameo", "kind", "object"), codes=("cameo",)))


def test_a_table_that_is_not_utf8_is_refused(tmp_path):
    from graphbuild.tables import rows

    path = tmp_path / "t.csv"
    path.write_bytes("word,cue\ncaf\xe9,hedge_word\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        list(rows(path, ("word", "cue")))


def test_roots_table_gives_each_behaviour_its_roots():
    from graphbuild.patterns import behaves

    assert behaves("190", "located") and behaves("1411", "protest") and behaves("020", "appeal")
    assert not behaves("040", "located") and not behaves(None, "force") and not behaves("111", "force")


def test_a_bad_root_behaviour_is_refused(tmp_path, monkeypatch):
    from graphbuild.patterns import ROOT_BEHAVIOURS, root_behaviours

    bad = tmp_path / "roots.csv"
    bad.write_text("root," + ",".join(ROOT_BEHAVIOURS) + "\n14,maybe" + "," * (len(ROOT_BEHAVIOURS) - 1) + "\n",
                   encoding="utf-8")
    monkeypatch.setattr("graphbuild.patterns.data_path", lambda name: bad)
    root_behaviours.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"roots\.csv:2: located must be 'yes' or empty, not 'maybe'"):
            root_behaviours()
    finally:
        root_behaviours.cache_clear()


def _readme() -> str:
    return data_path("README.md").read_text(encoding="utf-8")


def test_every_cue_kind_has_words_and_is_documented():
    from graphbuild.patterns import CUES, cue

    readme = _readme()
    for kind in CUES:
        assert cue(kind), f"no word of data/cues.csv has the cue {kind}"
        assert f"`{kind}`" in readme, f"cue kind {kind} is not documented in data/README.md"


def test_every_table_root_behaviour_and_object_class_is_documented():
    from graphbuild.patterns import OBJECT_CLASSES, ROOT_BEHAVIOURS

    readme = _readme()
    for p in sorted(data_path("README.md").parent.glob("*.csv")):
        assert p.name in readme, f"{p.name} is not documented in data/README.md"
    for name in (*ROOT_BEHAVIOURS, *OBJECT_CLASSES):
        assert f"`{name}`" in readme, f"{name} is not documented in data/README.md"
