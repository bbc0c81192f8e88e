"""Vetoes: a verb the tables know that is nevertheless not an event of its own. VETOES is
applied in one place, Extractor.verb, before any rule reads the verb:

    inside a frame    "threatened to attack X": the threat is the event, not an attack
    demanded          "demanded that Y refuse ...", "said Y must ...": the demand is the event
    protest purpose   "rioted to demand reforms": the protest is the event
    noun codes it     "lifted the ban on X": the noun rule codes the ban and its lifting

`inside_frame` and `demanded` veto event nouns too ("threatened to impose sanctions").
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..patterns import behaves, cue, reversals
from ..syntax import OBJ, SPEECH_VERBS, SUBJ, PASS_SUBJ, child, infinitive, question

if TYPE_CHECKING:
    from ..extract import Extractor

OBLIGATION_AUX = cue("obligation_aux")
# Verbs of a protest's purpose, whose target is the protest's: "rioted to demand X's resignation".
PURPOSE_VERBS = cue("purpose_verb")
# Verbs whose object noun carries the event ("held talks", "imposed sanctions").
LIGHT_VERBS = cue("light_verb")


@dataclass(frozen=True)
class Veto:
    name: str
    applies: Callable[[Extractor, Token, str], bool]  # (extractor, verb, predicate)


def frames(ex: Extractor, v: Token) -> bool:
    """Whether v states its event through an infinitive (agree to, threaten to, refuse to).
    An appeal is a frame only with its addressee: "wants Putin to attack", "asked Obama to
    help", "was pressured to help" (not "wants to attack")."""
    addressed = child(v, OBJ | PASS_SUBJ) is not None or any(
        c.dep_ == "ccomp" and child(c, SUBJ) is not None for c in v.children)
    return any((p.kind == "inf" or (behaves(p.cameo, "appeal") and not p.prep))
               and (not behaves(p.cameo, "appeal") or addressed)
               for p in ex.verbs.get(v.lemma_.lower(), ()))


def inside_frame(ex: Extractor, v: Token, predicate: str = "") -> bool:
    """Whether v is an infinitive, however deep, under a frame verb ("willing to send
    troops to help defend X": the willingness is the event)."""
    while v.head.i != v.i and (v.dep_ == "xcomp" or (v.dep_ in {"advcl", "ccomp"} and infinitive(v))):
        v = v.head
        if frames(ex, v):
            return True
    return False


def demanded(ex: Extractor, tok: Token, predicate: str = "") -> bool:
    """Whether tok is in a clause that says what someone is asked or obliged to do:
    "demanded that Y refuse to recognise Z", "said Y must reach an agreement", "its demand
    that Israel ease restrictions". The demand is the event, not what it asks for."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i or t.dep_ == "relcl":
            return False  # "X, who was honoured by Y": a relative clause tells a fact
        if t.dep_ in {"ccomp", "acl"} and not question(t) and _asks(ex, t):
            return True
        t = t.head
    return False


def _asks(ex: Extractor, clause: Token) -> bool:
    """Whether the word above a clause asks it of someone: an appeal verb or noun (also the
    noun object of the verb the parser hung the clause from: "reiterated its demand that
    Israel ease restrictions"), a noun an appeal verb asks for ("demanded guarantees that
    Israel would not attack"), or a verb of saying with "must" in the clause."""
    h, lemma = clause.head, clause.head.lemma_.lower()
    obj = child(h, OBJ) if h.pos_ != "NOUN" else None
    if obj is not None and obj.pos_ == "NOUN" and obj.i < clause.i and \
            (asked := ex.nouns.get(obj.lemma_.lower())) is not None and behaves(asked.cameo, "appeal"):
        return True
    noun = ex.nouns.get(lemma) if h.pos_ == "NOUN" else None
    if (noun is not None and behaves(noun.cameo, "appeal")) or (h.pos_ != "NOUN" and _appeal_verb(ex, h)):
        return True
    if h.pos_ == "NOUN" and h.dep_ in OBJ and _appeal_verb(ex, h.head):
        return True  # "demanded an admission by Moscow that Soviet forces murdered ...": what is asked for
    return lemma in SPEECH_VERBS and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children)


def _appeal_verb(ex: Extractor, v: Token) -> bool:
    """Whether v asks its object of someone: a plain row of an appeal root (demand, urge)."""
    return any(behaves(p.cameo, "appeal") and not p.prep for p in ex.verbs.get(v.lemma_.lower(), ()))


def purpose_of_protest(ex: Extractor, v: Token, predicate: str = "") -> bool:
    """"staged demonstrations to demand reforms": the protest is the event."""
    if v.dep_ not in {"advcl", "xcomp"} or not infinitive(v) or v.lemma_.lower() not in PURPOSE_VERBS:
        return False
    head = v.head
    if any(behaves(p.cameo, "protest") for p in ex.verbs.get(head.lemma_.lower(), ())):
        return True
    obj = child(head, OBJ)
    noun = ex.noun_pattern(obj) if obj is not None else None
    return noun is not None and behaves(noun.cameo, "protest")


def noun_codes_it(ex: Extractor, v: Token, predicate: str) -> bool:
    """"lifted the ban on X", "held talks with X": a light or undoing verb whose object is an
    event noun; the noun rule codes the event."""
    if predicate not in LIGHT_VERBS and predicate not in reversals():
        return False  # most verbs: decided before looking at their children
    obj = child(v, OBJ)
    return obj is not None and obj.lemma_.lower() in ex.nouns


VETOES = (
    Veto("inside a frame", inside_frame),
    Veto("demanded", demanded),
    Veto("protest purpose", purpose_of_protest),
    Veto("noun codes it", noun_codes_it),
)


def vetoed(ex: Extractor, v: Token, predicate: str) -> Veto | None:
    """The first veto that stops the verb, if any."""
    return next((veto for veto in VETOES if veto.applies(ex, v, predicate)), None)
