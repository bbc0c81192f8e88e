"""Finding actor mentions in a parsed article (spaCy side of actor resolution).

A mention is found three ways, in this order of trust: a phrase of the actor tables
(countries, capitals, seats of government, demonyms, organisations, people: `phrases`), a
named entity of the model (PERSON, ORG: `entities`), and a collective noun with an
affiliation ("Syrian rebels", "White House officials": `collectives`). Persons get their
title and country from the words before the name ("Russian Foreign Minister Sergey Lavrov")
or an apposition, and a title alone refers back to them (`titles`). The model's entity type
is corrected from the article: a name tagged PERSON anywhere in it is a person everywhere
("Trump" tagged ORG in one sentence). Organisations named again by their head noun ("the
court") are found by `organisations`. News outlets where they report and names of documents
("the Vienna Convention") are no actors (`bystanders`).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from .bystanders import add_outlets, drop_bystanders
from .collectives import add_collectives, add_residents
from .entities import add_named_entities, add_surnames
from .found import ByToken, Claims, Found
from .organisations import add_organisation_references, place_unknown_organisations
from .phrases import add_namesakes, add_organisation_seats, add_owned_seats, add_table_phrases, build_matcher
from .titles import add_title_references, add_titles

__all__ = ["Found", "build_matcher", "find_mentions"]


def find_mentions(doc: Doc, nlp, lex: Lexicon) -> ByToken:
    """Token index -> the mention covering that token: "Russian Foreign Minister Sergey Lavrov
    met Syrian rebels" maps "Sergey Lavrov" to the Russian foreign minister and "Syrian
    rebels" to the Syrian rebels. Each step sees what the steps before it found."""
    claims = Claims.of(len(doc))
    add_table_phrases(doc, nlp, lex, claims)
    add_organisation_seats(doc, lex, claims)
    add_namesakes(doc, lex, claims)
    add_owned_seats(doc, lex, claims)
    add_named_entities(doc, lex, claims)
    tokens = list(doc)  # iterating a Doc builds Token objects anew each time: once is enough
    add_outlets(doc, tokens, claims)
    add_surnames(tokens, claims)
    by_token = claims.by_token()
    add_titles(doc, by_token, lex)
    add_title_references(tokens, by_token, lex)
    add_organisation_references(doc, tokens, by_token)
    place_unknown_organisations(doc, by_token)  # before collectives copy them: "AKK officials"
    add_collectives(doc, tokens, by_token, lex)
    add_residents(tokens, by_token, lex)
    add_organisation_references(doc, tokens, by_token)  # again for bodies: "the Mexican Embassy"
    drop_bystanders(doc, by_token, lex)
    return by_token
