"""Organisations after their first naming: "the court" after "the International Court of
Justice", "the embassy" after "the Mexican Embassy", and an organisation no table knows
placed in the one state its sentence names."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..actor_tables import transnational
from .found import ByToken, Found, has_the, sentence_state


def add_organisation_references(doc: Doc, tokens: list[Token], by_token: ByToken) -> None:
    """"the court" after "the International Court of Justice", "the bank" after "the World
    Bank": a definite noun that heads an organisation's name named before is that organisation."""
    heads: dict[str, Found] = {}
    for t in tokens:
        f = by_token.get(t.i)
        if f is not None:
            # A collective covers its head only, its text the whole name: "Mexican Embassy".
            if (f.end - f.start > 1 or " " in f.mention.text) and t.i == f.end - 1:
                root = Span(doc, f.start, f.end).root
                if _named_by_head(f, root):
                    heads[root.lower_] = f
            continue
        if heads and t.tag_ == "NN" and t.lower_ in heads and has_the(t) \
                and not any(c.dep_ in {"amod", "compound", "poss"} for c in t.lefts):
            org = heads[t.lower_]
            by_token[t.i] = Found(t.i, t.i + 1, replace(org.mention, via=f"the {t.lower_}"))


def _named_by_head(f: Found, root: Token) -> bool:
    """An organisation's name, or a state body's proper name ("the Mexican Embassy", whose
    "the embassy" follows; "the Syrian government" is no name, and "the government" may be
    another's)."""
    return f.mention.kind in {"IGO", "ORGANIZATION"} or \
        f.mention.role is not None and root.is_title and root.pos_ in {"PROPN", "NOUN"}


def place_unknown_organisations(doc: Doc, by_token: ByToken) -> None:
    """An organisation no table knows, named in a sentence about one state, is taken to be of
    that state ("the banned MASSOB" in a Nigerian story), unless its name is international;
    it stays flagged as unresolved."""
    seen = set()
    for f in list(by_token.values()):
        m = f.mention
        if id(f) in seen or m.kind != "ORGANIZATION" or m.key is not None or m.country or transnational(m.name):
            continue  # "the Association of African Jurists" is of no state the sentence names
        seen.add(id(f))
        country = sentence_state(doc[f.start], by_token)
        if country:
            f.mention = replace(m, country=country)
