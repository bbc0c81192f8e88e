"""Names that take no part in the events they stand near: news outlets that report ("told
Reuters", "a Reuters reporter asked", "CNN reported"), and documents named after a place or a
body ("the Vienna Convention", "the UN Charter"), which are no state and no actor, and a
region's adjective on states counted out ("the two West African neighbours"), which are states
named elsewhere.

An outlet stays an actor where the text acts on it ("Venezuela banned CNN"): news about the
press is news.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..model import Mention
from ..patterns import cue
from ..syntax import doc_text
from ..tables import rows
from .found import ByToken, Claims, Found, name_heads

# Verbs with which an outlet relays or asks: "CNN reported", "a Reuters reporter asked".
RELAY_VERBS = {"ask", "cite", "publish", "broadcast", "interview", "quote", "report"}
MODIFIER_DEPS = {"compound", "poss", "nmod", "amod"}
PLACE_VIA = {"capital", "place", "seat"}


@lru_cache(maxsize=1)
def outlets() -> dict[str, tuple[str, str]]:
    """Outlet name or alias as written -> (name, country), from data/media.csv."""
    out = {}
    for _, row in rows("media.csv", ("name", "aliases", "country")):
        for form in [row["name"], *row["aliases"].split("|")]:
            if form.strip():
                out[form.strip()] = (row["name"], row["country"])
    return out


def add_outlets(doc: Doc, tokens: list[Token], claims: Claims) -> None:
    """News outlets of data/media.csv: an organisation the model found ("Reuters") gets the
    outlet's name, country and the media role; an outlet's name no step took is added."""
    table, firsts, longest = outlets(), _first_ids(), _longest()
    for f in claims.found:
        text = f.mention.text.removeprefix("the ").removeprefix("The ")
        if f.mention.kind == "ORGANIZATION" and text in table:
            f.mention = _outlet(f.mention, *table[text])
    words = doc_text(doc)
    for start in (t.i for t in tokens if t.orth in firsts):
        begin = tokens[start].idx
        for n in range(min(longest, len(doc) - start), 0, -1):
            last = tokens[start + n - 1]
            text = words[begin:last.idx + len(last)]  # the span's text, without building the span
            if claims.free(start, start + n) and text in table:
                m = Mention(text=text, start=begin, end=last.idx + len(last), kind="ORGANIZATION", name=text)
                claims.add(Found(start, start + n, _outlet(m, *table[text])))
                break


@lru_cache(maxsize=1)
def _first_ids() -> frozenset[int]:
    """The first words of outlets' names, where a name can start, as spaCy's string ids (a
    token's `orth`): reading a token's text for every word costs more."""
    return frozenset(get_string_id(form.split()[0]) for form in outlets())


@lru_cache(maxsize=1)
def _longest() -> int:
    """The words of the longest outlet name."""
    return max((len(f.split()) for f in outlets()), default=0)


def _outlet(m: Mention, name: str, country: str) -> Mention:
    return replace(m, name=name, country=country or None, role="MED")


def drop_bystanders(doc: Doc, by_token: ByToken, lex: Lexicon) -> None:
    """Forget outlets where they report and names of documents: "a Reuters reporter asked
    Erdogan" asks nothing of Reuters; "violated the Vienna Convention" violates no Austria."""
    speech = cue("speech_verb") | cue("reporting_verb") | RELAY_VERBS
    heads = name_heads()
    for f in {id(f): f for f in by_token.values()}.values():
        root = Span(doc, f.start, f.end).root
        if f.mention.role == "MED" and _relays(root, speech, heads.get("journalist", frozenset())) \
                or _names_document(root, f, heads.get("document", frozenset()), lex) or _counted_region(root, f):
            for i in range(f.start, f.end):
                if by_token.get(i) is f:
                    del by_token[i]


def _counted_region(t: Token, f: Found) -> bool:
    """A region's adjective on states counted out ("a dispute between the two West African
    neighbours", "both Gulf states"): it describes states named elsewhere, not the region's."""
    m = f.mention
    if m.kind != "GROUP" or m.country or m.key is None or t.dep_ not in {"amod", "compound"}:
        return False
    return any(c.dep_ in {"nummod", "det", "predet"} and c.lower_ in _COUNTED for c in t.head.children)


_COUNTED = {"two", "three", "both"}


def _relays(t: Token, speech: set[str] | frozenset[str], journalists: frozenset[str]) -> bool:
    """"CNN reported", "an AFP correspondent said", "according to Reuters"."""
    if t.dep_ in MODIFIER_DEPS and t.head.lemma_.lower() in journalists:
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        return True
    return t.dep_ in {"nsubj", "nsubjpass"} and t.head.lemma_.lower() in speech


def _names_document(t: Token, f: Found, documents: frozenset[str], lex: Lexicon) -> bool:
    """A name before a document noun: "the Vienna Convention", "the UN Charter", "the Minsk
    agreements". A capitalised document is a proper name; a lower-case one only after a city
    ("the Iran deal" still names Iran)."""
    head = t.head
    # A proper noun keeps its plural as lemma: "Conventions".
    if t.dep_ not in MODIFIER_DEPS - {"poss"} or head.i < t.i \
            or not {head.lemma_.lower(), head.lower_.removesuffix("s")} & documents:
        return False
    if head.text[:1].isupper():
        return True
    entry = lex.lookup(f.mention.text)
    return entry is not None and entry.via in PLACE_VIA
