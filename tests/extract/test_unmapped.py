"""Predicates no table knows are kept for the unmapped report, never written as events."""
from __future__ import annotations

from extract_cases import check, extracted


def test_an_unmapped_predicate_is_kept_for_the_report_not_as_an_event():
    text = "Norway emulated Sweden in the negotiations."
    result = extracted(text)
    check(not result.events, text, "no event")
    check([(u.predicate, u.doc_id) for u in result.unmapped] == [("emulate", "t")], text, "reported as emulate")


def test_an_unknown_noun_under_a_light_verb_is_reported_with_the_verb():
    text = "Egypt imposed a blackout on Sudan."
    check([u.predicate for u in extracted(text).unmapped] == ["impose blackout"], text, "reported as impose blackout")
    text = "Egypt imposed a curfew on Sudan."
    check(not extracted(text).unmapped and extracted(text).events, text, "a known noun is an event, not unmapped")
