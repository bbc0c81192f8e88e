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
