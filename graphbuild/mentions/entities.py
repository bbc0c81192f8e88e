"""Mentions the model names and the tables do not: people and organisations tagged as
entities, with the model's entity type corrected from the article ("Trump" tagged ORG in
one sentence is the person tagged PERSON in another; "MASSOB" tagged PERSON is an acronym),
and a surname alone after the full name was seen ("Holt" after "Mary Holt")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..actor_tables import name_heads
from ..lexicon import Entry, Lexicon
from ..model import Mention
from ..patterns import cue
from .found import ORG_LABELS, PERSON_LABELS, PLACE_LABELS, Claims, Found, mention_of

_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "sheikh"}
_LEADING = {"the"} | _HONORIFICS
# Nouns after a name that make it a place: "the Essequibo region".
PLACE_NOUNS = cue("place_noun")


def add_named_entities(doc: Doc, lex: Lexicon, claims: Claims) -> None:
    """People and organisations the model names: "Chadli Klibi", "the Ogoni Solidarity Front"."""
    spans = [(ent.label_, strip(ent)) for ent in doc.ents]  # building entity spans costs: once
    person_names = {span.text for label, span in spans if label in PERSON_LABELS}
    surnames = {n.split()[-1] for n in person_names if n}
    names = person_names | surnames
    for label, span in spans:
        if _meets_claims(label, span, claims, lex) or not _is_name(span):
            continue
        label = corrected_label(label, span, names)
        if label in PLACE_LABELS and (named := _titled_name(span, lex)) is not None and claims.free(named.start, named.end):
            label, span = "PERSON", named
        m = _entity_mention(label, span, lex)
        if m is not None:
            claims.add(Found(span.start, span.end, m))


def strip(span: Span) -> Span:
    """Drop a leading determiner/honorific and a trailing possessive from an entity span:
    "Mr Putin's" -> "Putin"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return Span(doc, start, end)  # doc[start:end] checks the slice in Python first


def _meets_claims(label: str, span: Span, claims: Claims, lex: Lexicon) -> bool:
    """Whether the entity is empty or overlaps a table phrase, which it then extends or
    absorbs: "Sergey Lavrov" over the table's "Lavrov", "the Syrian Observatory for Human
    Rights" over "Syrian"."""
    if not len(span):
        return True
    if claims.free(span.start, span.end):
        return False
    if label in ORG_LABELS:
        _organisation_of_state(span, claims, lex)
    elif label in PERSON_LABELS:
        _extend_person(span, claims, lex)
    return True


def _is_name(span: Span) -> bool:
    """Names are capitalised and name no place: not "the Essequibo region", "the Jordan Valley"."""
    doc = span.doc
    if span.text.islower():  # lower-case "entities" are noise
        return False
    return not (span.end < len(doc) and doc[span.end].lemma_.lower() in PLACE_NOUNS)


def _titled_name(span: Span, lex: Lexicon) -> Span | None:
    """A name the model took for a place, which the tables do not know, with a person's title
    in apposition is a person: "Kenzo Oshima, the UN Emergency Relief Coordinator, said" (the
    model tags "Oshima" GPE). The span grows over the given names before it."""
    root = span.root
    if not any(c.dep_ == "appos" and c.lower_ in lex.titles for c in root.children):
        return None
    doc, start = span.doc, span.start
    while start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == root.i \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start:span.end]


def corrected_label(label: str, span: Span, person_names: set[str]) -> str:
    """The model's entity type, corrected: a name tagged PERSON anywhere in the article (or its
    surname) is a person everywhere ("Trump" tagged ORG); an upper-case word of more than two
    letters is an organisation's acronym ("MASSOB" tagged PERSON)."""
    if label in ORG_LABELS and span.text in person_names:
        return "PERSON"
    if label in PERSON_LABELS and len(span) == 1 and len(span.text) > 2 and span.text.isupper():
        return "ORG"
    return label


def _entity_mention(label: str, span: Span, lex: Lexicon) -> Mention | None:
    """The mention of a person or an organisation the model named; None for other entities
    and for titles tagged ORG ("Foreign Minister")."""
    if label in PERSON_LABELS:
        entry = lex.phrases.get(span.text.lower())
        return mention_of(span, entry[0] if entry and entry[0].kind == "PERSON" else None, "PERSON")
    if label in ORG_LABELS and span.text[:1].isupper() and span.text.lower() not in lex.titles \
            and not _names_weapon(span):
        entry = _bracketed_acronym(span, lex)
        return mention_of(span, entry if entry is not None and entry.kind != "PERSON" else None, "ORGANIZATION")
    return None


def _names_weapon(span: Span) -> bool:
    """A name before a weapon noun names the weapon, not an actor: "a BAK missile", "Shahed
    drones" (data/name_heads.csv, kind weapon)."""
    root = span.root
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.i >= span.end \
        and root.head.lemma_.lower() in name_heads().get("weapon", frozenset())


def _bracketed_acronym(span: Span, lex: Lexicon) -> Entry | None:
    """"International Labor Office (ILO)": the acronym in brackets may be known."""
    doc = span.doc
    after = doc[span.end + 1] if span.end + 2 < len(doc) and doc[span.end].text == "(" else None
    if after is not None and after.text.isupper() and doc[span.end + 2].text == ")":
        return lex.lookup(after.text)
    return None


def _organisation_of_state(span: Span, claims: Claims, lex: Lexicon) -> None:
    """An organisation the tables do not know, named after one state ("the Movement for the
    Actualization of the Sovereign State of Biafra", "the Syrian Observatory for Human Rights"),
    is an organisation of that state, not the state. A ministry, army or court keeps the
    state's role instead ("the Iranian Foreign Ministry")."""
    inner = [f for f in claims.found if span.start <= f.start and f.end <= span.end]
    if not _named_after_one_state(span, inner, claims, lex):
        return  # "the Association of African Jurists" is of no state, but not Africa either
    for f in inner:
        claims.found.remove(f)
    claims.add(Found(span.start, span.end, Mention(
        text=span.text, start=span.start_char, end=span.end_char, kind="ORGANIZATION", name=span.text,
        country=inner[0].mention.country)))


def _named_after_one_state(span: Span, inner: list[Found], claims: Claims, lex: Lexicon) -> bool:
    """Whether the table phrases inside an organisation's name are those of one state, without
    a role, and the name has words of its own that are no group or title ("the Kenyan Union of
    Journalists", not "the Iranian Foreign Ministry")."""
    covered = sum(f.end - f.start for f in inner)
    head = span.root.lower_
    if len(span) < 3 or not inner or covered != sum(claims.taken[span.start:span.end]) or covered >= len(span):
        return False
    if head in lex.groups or head in lex.titles:
        return False
    if any(f.mention.kind not in {"STATE", "GROUP"} or f.mention.role for f in inner):
        return False
    return len({f.mention.country for f in inner}) == 1


def _extend_person(span: Span, claims: Claims, lex: Lexicon) -> bool:
    """A person name that extends a table match wins: "Sergey Lavrov" over "Lavrov"."""
    for f in claims.found:
        if f.mention.kind == "PERSON" and span.start <= f.start and f.end <= span.end \
                and (f.start, f.end) != (span.start, span.end):
            f.mention = _extended(f, span, lex)
            claims.take(span.start, span.end)
            f.start, f.end = span.start, span.end
            return True
    return False


def _extended(f: Found, span: Span, lex: Lexicon) -> Mention:
    """Who the longer name is: a table person, the same person ("Sergey Lavrov" over the
    surname "Lavrov"), or someone else ("Chadli Klibi" over the given name "Chadli")."""
    entry = lex.lookup(span.text)
    if entry is not None and entry.kind == "PERSON":
        return replace(f.mention, text=span.text, start=span.start_char, end=span.end_char, name=entry.name)
    if f.end == span.end:
        return replace(f.mention, text=span.text, start=span.start_char, end=span.end_char)
    return Mention(text=span.text, start=span.start_char, end=span.end_char, kind="PERSON", name=span.text)


def add_surnames(tokens: list[Token], claims: Claims) -> None:
    """A surname alone, where the model missed it, after the full name was seen: "Holt
    criticised China" after "Defence Secretary Mary Holt"."""
    surname_of: dict[int, Found] = {}  # by the surname's string id: a token's text costs more to read
    for f in sorted(claims.found, key=lambda f: f.start):
        if f.mention.kind == "PERSON" and f.end - f.start > 1:
            surname_of.setdefault(tokens[f.end - 1].orth, f)
    if not surname_of:
        return  # no full name seen: no surname to look for
    for t in tokens:
        full = surname_of.get(t.orth)
        if full is not None and not claims.taken[t.i] and t.pos_ == "PROPN" and t.i > full.start:
            claims.add(Found(t.i, t.i + 1, replace(full.mention, text=t.text, start=t.idx, end=t.idx + len(t))))
