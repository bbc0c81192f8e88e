"""The noun rule finds a by-agent the parser hung under what the noun is of."""
from __future__ import annotations

import pytest

from graphbuild.explain import explain
from graphbuild.model import Article
from graphbuild.pipeline import extract_articles


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(e.source.name, e.cameo, e.target.name) for e in extract_articles([Article(id="t", text=text)]).events}


@pytest.mark.parametrize("text, expected", [
    ("The expulsion of British diplomats by Russia angered London.", ("Russia", "166", "British government")),
    ("The expulsion of Czech diplomats by Moscow drew protests.", ("Russia", "166", "Czech government")),
])
def test_by_agent_under_the_object_of_the_noun(text, expected):
    assert expected in triples(text), str(explain(text))


def test_a_by_agent_under_the_noun_still_wins():
    text = "The condemnation of the attack by France surprised Iran."
    assert not any(s == "Iran" for s, _, _ in triples(text)), str(explain(text))


@pytest.mark.parametrize("text, expected", [
    # The parser makes the object the subject of the participle after it and leaves "to" bare.
    ("Brazil has granted political asylum to four Venezuelan army officers holed up in its embassy since last "
     "week's coup.", ("Brazil", "075", "Venezuelan military")),
    ("Brazil has granted political asylum to four Venezuelan army officers holed up in a diplomatic residence "
     "since last week's coup, officials said.", ("Brazil", "075", "Venezuelan military")),
])
def test_an_object_taken_for_the_subject_of_a_participle(text, expected):
    assert expected in triples(text), str(explain(text))


def test_a_preposition_before_a_clause_of_its_own_keeps_no_object():
    # "to" introduces nothing here: Chile's statement is a clause with its own finite verb.
    text = "Argentina sent aid, according to Chile officials who said Bolivia refused it."
    assert ("Argentina", "07", "Chile") not in {(s, c[:2], t) for s, c, t in triples(text)}, str(explain(text))
