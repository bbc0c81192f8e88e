"""What every step of mention finding shares: a mention being assembled, and the few
readings of the parse the steps agree on (a noun phrase's own words, the state a sentence
names)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from ..actor_tables import name_heads
from ..lexicon import Entry
from ..model import Mention
from ..syntax import child, sentence, span_text

# Modifier dependencies that belong to a noun phrase's own words (not a prepositional phrase).
NP_MODIFIERS = {"compound", "amod", "nmod", "poss", "det", "nummod", "flat", "appos"}
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC"}

# Token index -> the mention covering that token.
ByToken = dict[int, "Found"]


@dataclass
class Found:
    """A mention while it is being assembled: token range, head and what it is."""

    start: int  # token indices, end exclusive
    end: int
    mention: Mention
    also: list[Mention] = field(default_factory=list)  # further actors of a shared head noun


@dataclass
class Claims:
    """The mentions found so far, in the order found, and the tokens they cover: a token
    belongs to one mention ("Jordan" inside "Michael Jordan" is no second one)."""

    found: list[Found]
    taken: list[bool]

    @classmethod
    def of(cls, n_tokens: int) -> Claims:
        """Nothing found yet in a text of n_tokens tokens."""
        return cls([], [False] * n_tokens)

    def free(self, start: int, end: int) -> bool:
        """Whether no mention found so far covers a token of start:end."""
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        """Mark start:end as covered."""
        for i in range(start, end):
            self.taken[i] = True

    def add(self, f: Found) -> None:
        """A new mention, covering its tokens."""
        self.found.append(f)
        self.take(f.start, f.end)

    def by_token(self) -> ByToken:
        """Token index -> mention, in the order found (later steps iterate it in that order)."""
        out: ByToken = {}
        for f in self.found:
            for i in range(f.start, f.end):
                out[i] = f
        return out


def mention_of(span: Span, entry: Entry | None, kind: str, name: str | None = None) -> Mention:
    """The mention a span makes, with what the table entry knows of it when there is one."""
    text = span_text(span)
    if entry is not None:
        return Mention(text=text, start=span.start_char, end=span.end_char, kind=entry.kind,
                       name=entry.name, key=entry.key, country=entry.country, role=entry.role,
                       title=entry.title)
    return Mention(text=text, start=span.start_char, end=span.end_char, kind=kind, name=name or text)


def modifier_tokens(head: Token, stop: int) -> list[Token]:
    """Words of the noun phrase before position `stop`, without prepositional phrases:
    "Russian", "Foreign" and "Minister" of "Russian Foreign Minister Sergey Lavrov"."""
    out, todo = [], [c for c in head.lefts]
    while todo:
        t = todo.pop()
        if t.i >= stop or t.dep_ in {"prep", "relcl", "acl", "punct", "cc"}:
            continue
        if t.dep_ in NP_MODIFIERS or t.head.i != head.i:
            out.append(t)
            todo.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def sentence_state(t: Token, by_token: ByToken) -> str | None:
    """The country of the one state t's sentence names, if it names exactly one."""
    # Persons count with their country: "Obama is pressured by Congress" names the United States.
    sent = sentence(t)
    states = {f.mention.country for i in range(sent.start, sent.end)
              if (f := by_token.get(i)) is not None and f.mention.kind in {"STATE", "PERSON"} and f.mention.country}
    return states.pop() if len(states) == 1 else None


def _aside(relcl: Token) -> bool:
    """A relative clause set off by a comma adds to what is known ("the Caribbean nation,
    which has been wracked by violence"); without one it tells which ("the group that seized
    Mosul")."""
    first = relcl.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == "," and first.lower_ in {"which", "who", "whose"}


_STANCES = {"pro", "anti"}


def stance(t: Token) -> bool:
    """Whether t is a word of a stance: "pro", "-" or "Russian" of "pro-Russian separatists",
    "American" of "anti-American protests" (a stance toward a state, not the state)."""
    doc = t.doc
    return t.lower_ in _STANCES or t.text == "-" and t.i and doc[t.i - 1].lower_ in _STANCES \
        or t.i > 1 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in _STANCES


def has_the(t: Token) -> bool:
    """Whether t has the definite article: "the court", "the envoy"."""
    det = child(t, {"det"})
    return det is not None and det.lower_ == "the"


@lru_cache(maxsize=1)
def anaphors() -> dict[str, str]:
    """Definite nouns that refer back, and the kind they refer to: "the group" -> group."""
    return {w: kind for kind in ("state", "group", "igo") for w in name_heads().get(kind, ())}


def refers_back(t: Token) -> bool:
    """A definite noun of data/name_heads.csv that names no new actor: "the group", "the
    Caribbean nation"; not "its group", "the largest group in Ulster", "the group that seized
    Mosul", "the rebel group, the FDD" (a phrase of its own tells which)."""
    if t.lower_ not in anaphors() or not has_the(t):
        return False
    return not any(c.dep_ in {"poss", "appos", "acl"} or c.tag_ in {"JJS", "RBS"}
                   or c.dep_ == "relcl" and not _aside(c)
                   # "in Northern Ireland" places a new one; "(accused the agency) of bias" or "of
                   # employing Hamas members" (a clause: what it did, not which it is) does not
                   or c.dep_ == "prep" and any(g.pos_ == "PROPN" for o in c.children if o.dep_ == "pobj"
                                               for g in o.subtree)
                   or c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in {"new", "other", "main"})
                   for c in t.children)
