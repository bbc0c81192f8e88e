"""The passive rule: Y was honoured by X; soldiers killed in Israeli shelling; Israel is
opposed to X (a participle that states its subject's stance); rockets were fired at X from Y."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..arguments import same
from ..claims import Claim
from ..patterns import behaves
from ..syntax import AGENT, PASS_SUBJ, PREP, agent, child, pobj, preps, subject
from ..syntax import passive as is_passive
from .location import place
from .verb import Trigger, object_class, select

if TYPE_CHECKING:
    from ..extract import Extractor


def passive(ex: Extractor, v: Token, trig: Trigger) -> None:
    """Y was honoured by X / diplomats were expelled by X / Criticised by X, Y defended ...
    Reads the agent ("by X") and the passive subject (or the noun a participle modifies, or
    the subject of the clause an opening participle stands before); emits a `passive` claim with the
    verb's direct-object row. With no agent: the act's own modifier ("killed in Israeli
    shelling"), else the `location` rule; or a stance participle ("is opposed to X")."""
    sources = ex.actors(agent(v)) or ex.actors(gerund_agent(v))
    subj = child(v, PASS_SUBJ)
    targets = ex.actors(subj) or (ex.actors(subject(v)) if v.dep_ == "advcl" else ex.actors(
        v.head if v.dep_ in {"relcl", "acl"} else None, depth=0 if v.dep_ == "acl" else 5))
    rows = select(trig.patterns, object_class(ex, subj, targets))
    pat = next((p for p in rows if p.prep == "" and p.kind != "inf"), None)
    if pat and sources:
        ex.emit(Claim(v, tuple(sources), tuple(targets), pat.cameo, trig.predicate, "passive", pat.lemma,
                      pat.kind, pat.row))
    elif pat and targets and pat.kind == "" and behaves(pat.cameo, "located"):
        agentless(ex, v, trig.predicate, pat, targets)
    elif not sources and not (not targets and launched_from(ex, v, trig)):
        stance(ex, v, trig, targets)


def launched_from(ex: Extractor, v: Token, trig: Trigger) -> bool:
    """"A rocket was fired at Israel from Lebanon": what is launched is the subject, so the
    target is the object of the row's preposition and the source the place it came from (a
    `location` claim, as an act with no agent is coded from where it happens)."""
    origin = next((pobj(p) for p in v.children if p.dep_ == PREP and p.lower_ == "from"), None)
    if origin is None:
        return False
    for pat in (p for p in trig.patterns if p.prep and p.kind == "" and behaves(p.cameo, "violence")):
        targets = [f for p in preps(v, pat.prep) for f in ex.actors(pobj(p))]
        sources = [f for f in ex.actors(origin, depth=2) if all(not same(f.mention, t.mention) for t in targets)]
        if targets and sources:
            ex.emit(Claim(v, tuple(sources), tuple(targets), pat.cameo, f"{trig.predicate} {pat.prep}", "location",
                          pat.lemma, pat.kind, pat.row))
            return True
    return False


def gerund_agent(v: Token) -> Token | None:
    """The agent of a passive that the parser hung after its gerund: "Iran was accused of
    arming the rebels by the United States", "X has been accused of misusing funds, much of
    it embezzled, by officials". An active gerund has no agent of its own, so a "by" phrase
    under it, or one that ends the sentence after a comma, is the passive verb's; not the
    agent of a participle between ("of attacking a convoy escorted by UN troops")."""
    gerund = next((g for c in v.children if c.dep_ == PREP for g in c.children
                   if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if gerund is None or child(v, {AGENT}) is not None:
        return None
    doc, end = v.doc, min(gerund.i + 30, len(v.doc))
    for j in range(gerund.i + 1, end):
        by = doc[j]
        if by.is_sent_start:
            return None
        if by.lower_ != "by" or by.dep_ not in {PREP, AGENT} or is_passive(by.head) and by.head.i != v.i:
            continue
        obj = pobj(by)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue  # "by arming rebels" says how
        after = obj.right_edge.i + 1
        last = after >= len(doc) or doc[after].is_sent_start or doc[after].text in {".", "!", "?"}
        if by.head.i == gerund.i or (last and doc[j - 1].text == ","):
            return obj
    return None


def agentless(ex: Extractor, v: Token, predicate: str, pat, targets) -> None:
    """"killed in Israeli shelling": the act's own modifier names who did it; failing that,
    an act with no agent is coded from the state where it happens ("soldiers killed in Ukraine"),
    unless the victims are that state's own ("Iraqi civilians killed in Baghdad")."""
    acts = [pobj(p) for p in v.children if p.dep_ == PREP and p.lower_ == "in"]
    sources = next((found for a in acts if a is not None and ex.noun_pattern(a) is not None
                    for c in a.children if c.dep_ in {"amod", "compound", "poss"}
                    if (found := ex.actors(c, depth=1))), [])
    if sources:
        ex.emit(Claim(v, tuple(sources), tuple(targets), pat.cameo, predicate, "passive", pat.lemma, pat.kind, pat.row))
    elif (places := place(ex, v)):
        # "Iraqi civilians were killed in Baghdad": a state is no agent against its own people.
        abroad = [t for t in targets if t.mention.country != places[0].mention.country]
        if abroad:
            ex.emit(Claim(v, tuple(places), tuple(abroad), pat.cameo, f"{predicate} in", "location", pat.lemma,
                          pat.kind, pat.row))
        else:
            ex.note(v, "passive: no agent, and the place is the victims' own state")
    else:
        ex.note(v, "passive: no agent and no place")


def stance(ex: Extractor, v: Token, trig: Trigger, targets) -> None:
    """A participle that states its subject's stance: "Israel is opposed to X", "is committed to"."""
    for pat in (p for p in trig.patterns if p.prep and p.kind != "inf" and behaves(p.cameo, "stance")):
        found = [f for p in preps(v, pat.prep) for f in ex.actors(pobj(p))]
        if found and targets:
            ex.emit(Claim(v, tuple(targets), tuple(found), pat.cameo, f"{trig.predicate} {pat.prep}", "passive",
                          pat.lemma, pat.kind, pat.row))
            return
