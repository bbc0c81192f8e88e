"""The alone rule: an act that needs no one to act on is an event with no target ("the
minister resigned", "Hezbollah declared a unilateral ceasefire", "the army mobilised").

It is read only where the other rules found no target for the same verb or noun, and only
when no actor is the verb's object or after one of its prepositions that bring a target: an
untargeted event never stands in for a targeted one. Which acts stand alone is data/alone.csv: CAMEO
codes, each covering the codes below it ("087" covers 0871 ceasefire and 0874 surrender),
for any word of that code or for one verb or noun ("190,offensive": an offensive stands
alone, an attack has its victims).
An agreement, threat or refusal to do such an act stands alone too ("Akayev agreed to
resign" 035, "X threatened to retaliate" 138).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..claims import Claim
from ..mentions import Found
from ..syntax import OBJ, PREP_DEPS, child, pobj
from ..tables import rows

if TYPE_CHECKING:
    from ..extract import Extractor

# Prepositions that bring whom an act is done to or with: "surrendered to", "protested at",
# "a ceasefire with", "withdrew from".
TARGET_PREPS = {"to", "at", "against", "on", "with", "into", "from", "between", "toward", "towards", "over", "of",
                "for"}


@lru_cache(maxsize=1)
def _alone_codes() -> frozenset[tuple[str, str]]:
    return frozenset((r["cameo"], r["lemma"].lower())
                     for _, r in rows("alone.csv", ("cameo", "lemma", "meaning"), codes=("cameo",)))


def stands_alone(code: str | None, lemma: str = "") -> bool:
    """Whether an event of `code` read from `lemma` needs no target (data/alone.csv):
    stands_alone("0871"), stands_alone("190", "offensive")."""
    table = _alone_codes()
    return bool(code) and any((code[:n], w) in table for n in range(2, len(code) + 1) for w in ("", lemma))


def bare(ex: Extractor, head: Token) -> bool:
    """No actor is acted on: none in the object of `head` nor after one of its prepositions
    that bring a target ("resigned his post" is bare, "surrendered to the army" is not). A
    state where the act happens ("declared a ceasefire in Lebanon") or one in a circumstance
    ("resigned without returning to Kyrgyzstan", "surrendered following a government
    offensive") is no one acted on."""
    if ex.actors(child(head, OBJ), depth=4):  # "protested the violations by Islamist groups"
        return False
    return not any(ex.actors(pobj(p), depth=2) for p in head.children if p.dep_ in PREP_DEPS and p.lower_ in TARGET_PREPS)


def alone(ex: Extractor, anchor: Token, sources: list[Found], code: str, predicate: str,
          lemma: str = "", row: str = "", acting: Token | None = None,
          act: tuple[str | None, str] | None = None) -> bool:
    """Emits an `alone` claim of `sources` with no target when the act (`act`, a code and its
    word, by default `code` and `lemma`) stands alone and nothing is acted on under `acting`
    (by default `anchor`, the word whose clause gives negation and modality); True when it did."""
    if not sources or not stands_alone(*(act or (code, lemma))):
        return False
    if not bare(ex, acting if acting is not None else anchor):
        ex.note(anchor, "alone: an actor is acted on")
        return False
    ex.emit(Claim(anchor, tuple(sources), (), code, predicate, "alone", lemma, "", row))
    return True
