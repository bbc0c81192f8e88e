"""What a rule hands to the output stage: a Claim (who did what to whom, with the code the
rule decided), and the pairs that are never an event, however a rule read them.

NOT_EVENTS is applied in one place, Extractor.emit, to every source-target pair of a claim:
    same actor        no actor acts on itself ("X said Eritrea had attacked and accused Asmara")
    own side          a speaker's "we" is the speaker's own side ("'We must act,' Biden said")
    told the media    "told reporters", "told CNN": how a statement was made, not to whom
    going home        "Sala arrived in Rome": a visit to one's own state is no visit
    troops arriving   "Russian troops arrived in Syria": a deployment, not a visit
    own state         "Putin attended the funeral in Moscow": no one consults their own state
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import Arguments, same
from .mentions import Found
from .patterns import behaves
from .syntax import SPEECH_VERBS


@dataclass(frozen=True)
class Claim:
    """An event as a rule decided it, before the fan-out to one event per pair."""
    anchor: Token  # the word whose clause gives negation and modality
    sources: tuple[Found, ...]
    targets: tuple[Found, ...]
    code: str | None  # None: a verb no table knows, kept for the unmapped report
    predicate: str  # "criticise", "expel (troops)", "lift sanction"
    rule: str  # verb, passive, inf, noun, pair, report, location
    lemma: str = ""  # the word that triggered it: "tell" in "told reporters"
    symmetry: str = ""  # "", reciprocal (both ways), visit (043 back), host (042 back)
    row: str = ""  # the table row used, "verbs.csv:216"


@dataclass(frozen=True)
class NotEvent:
    name: str
    test: Callable[[Claim, Found, Found, Arguments], bool]


def _same_actor(c: Claim, s: Found, t: Found, args: Arguments) -> bool:
    return s is t or same(s.mention, t.mention)


def _told_the_media(c: Claim, s: Found, t: Found, args: Arguments) -> bool:
    # An unknown organisation is taken for an outlet, unless its name holds a state: "told
    # the Bank Association of Turkey" is addressing Turkey's banks.
    return c.lemma in SPEECH_VERBS and (t.mention.role == "MED" or (
        t.mention.kind == "ORGANIZATION" and t.mention.key is None and not _names_its_state(t, args)))


def _names_its_state(t: Found, args: Arguments) -> bool:
    """Whether an organisation's name holds the state it is placed in: "Bank Association of
    Turkey", "Kenyan Bankers Association"."""
    m = t.mention
    words = m.text.replace("’s", "").replace("'s", "").split()
    phrases = [*words, m.text.rpartition(" of ")[2]] if " of " in m.text else words
    return bool(m.country) and any((e := args.lex.lookup(w)) is not None and e.kind == "STATE"
                                   and e.country == m.country for w in phrases)


def _going_home(c: Claim, s: Found, t: Found, args: Arguments) -> bool:
    return c.symmetry in {"visit", "host"} and bool(s.mention.country) and s.mention.country == t.mention.country


def _troops_arriving(c: Claim, s: Found, t: Found, args: Arguments) -> bool:
    return c.symmetry in {"visit", "host"} and args.armed(s.mention)


def _own_state(c: Claim, s: Found, t: Found, args: Arguments) -> bool:
    return behaves(c.code, "consult") and s.mention.kind == "PERSON" and t.mention.kind == "STATE" \
        and t.mention.role is None and s.mention.country == t.mention.country


def _own_side(c: Claim, s: Found, t: Found, args: Arguments) -> bool:
    # "'We must stand up to aggression,' Biden said": the speaker's "we" is his own side.
    return (t.mention.via or "").lower() in {"we", "us", "our"} and bool(s.mention.country) \
        and s.mention.country == t.mention.country


NOT_EVENTS = (
    NotEvent("same actor", _same_actor),
    NotEvent("own side", _own_side),
    NotEvent("told the media", _told_the_media),
    NotEvent("going home", _going_home),
    NotEvent("troops arriving", _troops_arriving),
    NotEvent("own state", _own_state),
)


def not_event(claim: Claim, s: Found, t: Found, args: Arguments) -> NotEvent | None:
    """The first NOT_EVENTS entry that rules the pair out, if any."""
    return next((f for f in NOT_EVENTS if f.test(claim, s, t, args)), None)
