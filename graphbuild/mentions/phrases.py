"""Mentions the actor tables name: countries, capitals, seats of government, demonyms,
organisations and people, matched as phrases ("the Kremlin", "Russian", "U.N.")."""
from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..lexicon import Entry, Lexicon
from ..model import Mention
from ..syntax import sentence, span_text
from ..tables import check, rows
from .found import Claims, Found, mention_of, stance

_MATCHERS: dict[int, PhraseMatcher] = {}
# Lower-case particles that begin names: "al-Shabab", "bin Salman", "van der Leyen".
# Table columns whose one-word names are also given names ("Jordan", "Chad", "Karen").
_GIVEN = {"name", "alias", "capital", "seat"}
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|an|ar|at|bin|ibn|de|da|di|van|von|le|la)[- ][A-Z]")


def build_matcher(nlp, lex: Lexicon) -> PhraseMatcher:
    """One PhraseMatcher over every table phrase, made once per pipeline."""
    key = id(nlp.vocab)
    if key not in _MATCHERS:
        m = PhraseMatcher(nlp.vocab, attr="LOWER")
        m.add("ACTOR", list(nlp.tokenizer.pipe(lex.forms)))
        _MATCHERS[key] = m
    return _MATCHERS[key]


def add_table_phrases(doc: Doc, nlp, lex: Lexicon, claims: Claims) -> None:
    """Table phrases, longest first: "the West Bank" is Palestine before "the West" is anyone."""
    for s, e in _longest_first(doc, build_matcher(nlp, lex)(doc)):
        if not claims.free(s, e):
            continue
        span = Span(doc, s, e)  # doc[s:e] checks the slice in Python first
        entry = _entry(span, lex)
        if entry is not None:
            claims.add(Found(s, e, mention_of(span, entry, entry.kind)))


def add_organisation_seats(doc: Doc, lex: Lexicon, claims: Claims) -> None:
    """A city where an organisation sits ("Brussels") is that organisation where the article
    names it otherwise ("The European Union warned Hungary. Brussels also criticised Poland."),
    else its state ("Brussels criticised the Netherlands"). The EU, its Commission and its
    Council count as one: they share a code."""
    named = {lex.groups_by_id[f.mention.key].cameo for f in claims.found
             if (f.mention.key or "") in lex.groups_by_id}
    seats = organisation_seats(lex)
    for n, f in enumerate(claims.found):
        group = lex.groups_by_id.get(seats.get(f.mention.text.lower(), ""))
        if group is not None and f.mention.kind == "STATE" and group.cameo in named:
            claims.found[n] = Found(f.start, f.end, mention_of(doc[f.start:f.end], group, group.kind))


def add_owned_seats(doc: Doc, lex: Lexicon, claims: Claims) -> None:
    """A seat of government written with another state's name is that state's organ of the same
    role: "Peru's Congress" and "the Colombian Congress" are legislatures of Peru and Colombia,
    though "Congress" alone is the US one."""
    states = {i: f for f in claims.found if f.mention.kind == "STATE" and f.mention.role is None
              for i in range(f.start, f.end)}
    for n, f in enumerate(claims.found):
        if f.mention.role is None or f.mention.kind != "STATE" or not states:
            continue  # only seats carry a role here
        owner = next((states[c.i] for c in doc[f.start:f.end].root.children
                      if c.dep_ in {"poss", "amod", "compound"} and c.i in states), None)
        if owner is not None and owner.mention.country != f.mention.country:
            state = lex.states[owner.mention.country]
            claims.found[n] = Found(f.start, f.end, Mention(
                text=f.mention.text, start=f.mention.start, end=f.mention.end, kind="STATE", name=state.name,
                key=state.key, country=state.country, role=f.mention.role))


def add_namesakes(doc: Doc, lex: Lexicon, claims: Claims) -> None:
    """A place that the tables give to one state but that has a namesake in another is the
    namesake where its sentence names that other state and not the first: "Tripoli" is Libya's
    capital, but in "militias clashed in Tripoli, the north Lebanese port" a city of Lebanon."""
    others = namesakes(lex)
    for n, f in enumerate(claims.found):
        alternatives = others.get(f.mention.text.lower()) if f.mention.kind == "STATE" else None
        if not alternatives:
            continue  # most mentions have no namesake: decided before finding the sentence
        sent = sentence(doc[f.start])
        named = {o.mention.country for o in claims.found
                 if o is not f and sent.start <= o.start < sent.end and o.mention.kind == "STATE"}
        found = [c for c in alternatives if c in named]
        if len(found) == 1 and f.mention.country not in named:
            claims.found[n] = Found(f.start, f.end, mention_of(doc[f.start:f.end], lex.states[found[0]], "STATE"))


_NAMESAKES: dict[int, dict[str, tuple[str, ...]]] = {}


def namesakes(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Lower-cased place name -> the other states where a place of that name is in the news
    (namesakes.csv), read and checked once per lexicon."""
    key = id(lex)
    if key not in _NAMESAKES:
        out: dict[str, tuple[str, ...]] = {}
        for line, r in rows("namesakes.csv", ("name", "country")):
            check(r["country"] in lex.states, "namesakes.csv", line, "unknown country", r["country"],
                  "use an iso3 code of countries.csv")
            check(r["name"].lower() in lex.phrases, "namesakes.csv", line, "a name no table holds", r["name"],
                  "list only names countries.csv or places.csv give to another state")
            out[r["name"].lower()] = out.get(r["name"].lower(), ()) + (r["country"],)
        _NAMESAKES[key] = out
    return _NAMESAKES[key]


_SEATS: dict[int, dict[str, str]] = {}


def organisation_seats(lex: Lexicon) -> dict[str, str]:
    """Lower-cased city -> groups.csv id of the organisation seated there
    (organisation_seats.csv), read and checked once per lexicon."""
    key = id(lex)
    if key not in _SEATS:
        seats = {}
        for line, r in rows("organisation_seats.csv", ("city", "group")):
            check(r["group"] in lex.groups_by_id, "organisation_seats.csv", line, "unknown group", r["group"],
                  "use an id of groups.csv")
            seats[r["city"].lower()] = r["group"]
        _SEATS[key] = seats
    return _SEATS[key]


def _longest_first(doc: Doc, matches) -> list[tuple[int, int]]:
    """Match ranges, longest first; a leading "the" does not count ("the West" must not take
    "West Bank")."""
    ordered = sorted(matches, key=lambda m: (m[1] - m[2] + (doc[m[1]].lower_ == "the"), m[1]))
    return [(s, e) for _, s, e in ordered]


def _entry(span: Span, lex: Lexicon) -> Entry | None:
    """The table entry a matched phrase names here, if it names one."""
    text = span_text(span)
    entries = lex.phrases.get(text.lower())
    if not entries or not case_ok(text, entries[0]):
        return None
    entry, first = entries[0], span[0]
    # A table word inside a longer person name ("Jordan" in "Michael Jordan") is the person.
    if entry.kind != "PERSON" and first.ent_type_ == "PERSON" and len(span) == 1 \
            and (first.ent_iob_ != "B" or _given_name(span, entry, lex)):
        return None
    # "pro-Russian separatists", "anti-American protests": a stance toward a state, not the state.
    if stance(span[0]):
        return None
    # "ethnic Albanians" are a people, not Albania.
    if entry.via == "demonym" and span.start and span.doc[span.start - 1].lower_ == "ethnic":
        return None
    return entry


def _given_name(span: Span, entry: Entry, lex: Lexicon) -> bool:
    """Whether a one-word table phrase that begins a person's name is its given name: "Jordan
    Bardella", "Chad Wolf"; not "Jordan King Abdullah" or "Israel Netanyahu", where a title or a
    known person follows the state."""
    doc = span.doc
    if entry.via not in _GIVEN or span.end >= len(doc) or doc[span.end].ent_iob_ != "I":
        return False  # a demonym is no given name: "Bosnian Serbs" tagged PERSON are a people
    rest = doc[span.end]
    return rest.lower_ not in lex.title_heads and rest.lower_ not in lex.people


def case_ok(text: str, entry: Entry) -> bool:
    """Table phrases name actors when written as names: "US" not "us", "Turkey" not "turkey"."""
    text = text[4:] if text.lower().startswith("the ") else text  # "the West"
    if not text[:1].isupper() and not _PARTICLE_NAME.match(text):  # "al-Shabab" is a name
        return False
    if len(text) <= 3 and text.isalpha() and entry.kind != "PERSON":
        return text.isupper()
    return True
