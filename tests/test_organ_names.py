"""A state's organs are named after the state, as their codes are (USAGOV); a city where an
organisation sits is that organisation in news that names it."""
from __future__ import annotations

from graphbuild import pipeline
from graphbuild.model import Article


def events(text: str) -> list[tuple[str, str, str, str, str]]:
    result = pipeline.extract_articles([Article("t", text)])
    return [(e.source.id, e.source.name, e.source.cameo, e.cameo, e.target.name) for e in result.events]


def test_american_organs_are_the_united_states_organs_under_one_id():
    found = events("The American government condemned Iran on Tuesday. American intelligence services accused "
                   "Russia of hacking the election. American police arrested two Chinese diplomats. "
                   "The US government also criticised Syria.")
    assert [(i, n, c) for i, n, c, _, _ in found] == [
        ("united-states-government", "United States government", "USAGOV"),
        ("united-states-intelligence-services", "United States intelligence services", "USASPY"),
        ("united-states-police", "United States police", "USACOP"),
        ("united-states-government", "United States government", "USAGOV")]


def test_other_states_keep_their_adjective():
    assert events("The French government condemned Iran.")[0][:3] == ("french-government", "French government", "FRAGOV")


def test_brussels_is_the_eu_where_the_article_names_the_eu():
    assert events("The European Union warned Hungary over its media law. Brussels also criticised Poland.") == [
        ("eu", "European Union", "IGOEUREEC", "130", "Hungary"), ("eu", "European Union", "IGOEUREEC", "111", "Poland")]
    assert events("Brussels criticised Poland over its courts, the European Commission said.")[0][:3] == \
        ("eu", "European Union", "IGOEUREEC")


def test_brussels_is_belgium_in_news_without_the_eu():
    assert events("Brussels criticised the Netherlands over the border checks.") == [
        ("belgium", "Belgium", "BEL", "111", "Netherlands")]
