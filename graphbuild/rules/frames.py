"""The inf rule and its frames: an event stated through an infinitive is the frame verb's.

    appeal    "urged Iran to stop": addressed to Iran (the object, or the subject of a
              "wants Putin to attack" clause); what is urged has not happened
    demand    "France said Iraq must cooperate" (or "needs to", "has to"): saying what
              another must do is 100
    intent    "agreed to meet X" 036, "threatened to attack X" 138 (intent_code)
    refusal   "refused to release X" 124 (refusal_code)
    alone     "Akayev agreed to resign" 035: an act that needs no target (framed_alone)
A threat or demand with no target named is aimed at the subject of its condition
("threatened to strike unless Israel withdrew").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..arguments import same
from ..claims import Claim
from ..coding import intent_codes, refusal_codes
from ..mentions import Found
from ..patterns import VerbPattern, behaves, cue
from ..syntax import OBJ, PASS_SUBJ, PREP_DEPS, SUBJ, child, infinitive, pobj, question, subject
from .alone import alone, stands_alone
from .vetoes import OBLIGATION_AUX, frames

if TYPE_CHECKING:
    from ..extract import Extractor

CONDITIONAL_MARKS = cue("conditional")
# Verbs that say what their subject is bound to do, with an infinitive: "needs to", "has to".
OBLIGATION_VERBS = {"need", "have"}
# Prepositions that bring the target of an infinitive's event ("threatened to retaliate against X"),
# searched shallowly: "in its war with Iraq" names Iraq, "in a statement carried by KCNA" no target.
CLAUSE_TARGET_PREPS = {"on", "against", "to", "with", "at", "into", "in", "from", "between"}


def inf(ex: Extractor, v: Token, pat: VerbPattern, sources: list[Found], predicate: str) -> bool:
    """X agreed to lift sanctions on Y / X urged Y to ... / X threatened to strike unless Y ...
    Reads the frame verb's infinitive (or a clause with its own subject), its addressee, the
    infinitive's targets. Emits one `inf` claim coded by intent_code/refusal_code; coordinated
    subjects agreeing with no target agree with each other (a `pair`). True when it emitted."""
    comps = [c for c in v.children if c.dep_ == "xcomp"]  # "re-open" may parse as three
    # "wants Putin to attack X" may parse as a clause whose subject is the addressee.
    told = [c for c in v.children if c.dep_ == "ccomp" and infinitive(c) and child(c, SUBJ) is not None]
    comps = comps or told
    if not comps or not frames(ex, v):
        ex.note(v, f"inf {pat.row}: no infinitive or no addressee")
        return False
    targets = appeal(ex, v, told) or next((found for c in comps if (found := clause_targets(ex, c, sources))), [])
    inner = next((c for c in map(ex.inner_code, comps) if c), None)
    code = refusal_code(pat.cameo, inner) or intent_code(pat.cameo, inner) or pat.cameo
    if not targets and behaves(code, "condition_target"):
        targets = condition_subjects(ex, v, comps, sources)
    if targets:
        ex.emit(Claim(v, tuple(sources), tuple(targets), code, predicate, "inf", pat.lemma, "", pat.row))
        return True
    if len(sources) > 1 and behaves(pat.cameo, "agree"):
        # "Seoul and Tokyo agreed to strengthen cooperation": with each other
        ex.pairs(Claim(v, tuple(sources), (), code, predicate, "inf", pat.lemma, "reciprocal", pat.row))
        return True
    ex.note(v, f"inf {pat.row}: no target")
    return False


def framed_alone(ex: Extractor, v: Token, rows: list[VerbPattern], sources: list[Found], predicate: str) -> bool:
    """"Akayev agreed to resign" 035, "X threatened to retaliate" 138: an agreement, threat or
    refusal to do an act that stands alone (rules/alone.py) has no target either. Only when
    nothing is acted on, neither by the frame ("urged Y to resign") nor the infinitive."""
    pat = next((p for p in rows if p.kind == "inf"), None)
    comp = child(v, {"xcomp"})
    if pat is None or comp is None or not any(behaves(pat.cameo, b) for b in ("agree", "threaten", "reject")):
        return False
    act = (ex.inner_code(comp), comp.lemma_.lower())
    if not stands_alone(*act) or ex.actors(child(v, OBJ)):
        return False
    code = refusal_code(pat.cameo, act[0]) or intent_code(pat.cameo, act[0]) or pat.cameo
    return alone(ex, v, sources, code, predicate, pat.lemma, pat.row, acting=comp, act=act)


def appeal(ex: Extractor, v: Token, told: list[Token]) -> list[Found]:
    """Whom a frame is addressed to: "urged Iran to stop" (the object), "wants Putin to
    attack X" parsed as a clause (its subject)."""
    return ex.actors(child(v, OBJ)) or [f for c in told for f in ex.actors(child(c, SUBJ))]


def intent_code(frame: str, inner: str | None) -> str | None:
    """An agreement or threat to do something is the intent to do it: "agreed to meet" 036;
    "vowed to retaliate" is a threat, 138; "threatened to attack" 138 (data/intents.csv)."""
    intent = intent_codes().get(inner[:2]) if inner else None
    if intent and behaves(frame, "agree") and (behaves(intent, "agree") or behaves(inner, "coercive")):
        return intent
    if intent and behaves(frame, "threaten") and behaves(intent, "threaten"):
        return intent
    return None


def refusal_code(frame: str, inner: str | None) -> str | None:
    """Refusing to do something is rejecting it: "refused to release" 124 (data/refusals.csv)."""
    if inner and behaves(frame, "reject"):
        return refusal_codes().get(inner[:2])
    return None


def demand(ex: Extractor, v: Token, predicate: str) -> None:
    """"France said Iraq must cooperate": a verb of saying whose clause has "must" is a
    demand (100) of the speaker on the clause's subject. Reads the subject and the clause;
    emits a `verb` claim."""
    said = child(v, {"ccomp"})
    if said is None:
        return
    # "said that while the mission needs to be renewed, it ...": a clause put before the
    # reported one is said too.
    for clause in (*(c for c in said.children if c.dep_ == "advcl" and c.i < said.i), said):
        if not obliged(clause) or question(clause):
            continue
        sources, targets = ex.actors(subject(v)), ex.actors(child(clause, SUBJ | PASS_SUBJ))
        if sources and targets:
            # the lemma is no verb of saying: a demand's target is what the clause is about,
            # never whom it was told to, so an outlet's test ("told Reuters") does not apply
            label = f"{predicate} (must)"
            ex.emit(Claim(v, tuple(sources), tuple(targets), "100", label, "verb", label))
            return


def obliged(clause: Token) -> bool:
    """"Iraq must cooperate", "the mission needs to be renewed", "Iran has to stop": what a
    clause says its subject is bound to do; "had to flee" tells what happened."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children):
        return True
    return clause.lemma_ in OBLIGATION_VERBS and clause.tag_ in {"VBZ", "VBP"} and \
        any(c.dep_ == "xcomp" and infinitive(c) for c in clause.children)


def clause_targets(ex: Extractor, comp: Token, sources: list[Found] = ()) -> list[Found]:
    """The target of the event an infinitive states: its object, an object of one of its
    prepositions, or that of an infinitive under it ("agreed to help defend X"). An actor
    that is one of the sources ("re-open its borders to X") is not the target."""
    def others(found: list[Found]) -> list[Found]:
        return [f for f in found if not any(f is s or same(f.mention, s.mention) for s in sources)]

    targets = others(ex.actors(child(comp, OBJ)))
    if not targets:  # "refused to allow UN planes to land": whom the infinitive lets, as a clause's subject
        told = next((c for c in comp.children if c.dep_ == "ccomp" and infinitive(c)), None)
        targets = others(ex.actors(child(told, SUBJ))) if told is not None else []
    if not targets:
        for p in comp.children:
            if p.dep_ in PREP_DEPS and p.lower_ in CLAUSE_TARGET_PREPS:
                targets = others(ex.actors(pobj(p), depth=2))
                if targets:
                    break
    if not targets:
        nested = child(comp, {"xcomp", "advcl"})
        if nested is not None:
            return clause_targets(ex, nested, sources)
    return targets


def condition_subjects(ex: Extractor, v: Token, comps: list[Token], sources: list[Found]) -> list[Found]:
    """"threatened to strike unless Israel withdrew": the threat is aimed at the subject of
    its condition."""
    for head in (v, *comps):
        for c in head.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children):
                found = [f for f in ex.actors(child(c, SUBJ)) if all(f is not s for s in sources)]
                if found:
                    return found
    return []
