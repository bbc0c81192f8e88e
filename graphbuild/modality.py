"""Negation and modality of an event, read from its clause and the clauses above it:
"did not meet" is negated; "will meet" future; "could attack" hypothetical; "reportedly
attacked" hedged; "said Russia attacked" reported; "urged Iran to stop" hypothetical (what
one is urged to do has not happened). The word lists are cue kinds of data/cues.csv.
"""
from __future__ import annotations

from spacy.tokens import Token

from .patterns import behaves, cue, verb_patterns
from .syntax import NEG, OBJ, PASS_SUBJ, SPEECH_VERBS, child, clause_chain, infinitive

FUTURE_AUX, HYPOTHETICAL_AUX, CONDITIONAL_MARKS = cue("future_aux"), cue("hypothetical_aux"), cue("conditional")
INTENT_VERBS, HEDGE_WORDS, HEDGE_VERBS = cue("intent_verb"), cue("hedge_word"), cue("hedge_verb")
OBLIGATION_AUX = cue("obligation_aux")
HYPOTHETICAL_ADJ, FUTURE_ADJ = cue("hypothetical_adj"), cue("future_adj")
# Verbs whose infinitive did not happen: "failed to reach an agreement".
NEGATING_VERBS = cue("negating_verb")
# The strongest reading wins when a clause has several.
ORDER = ("hypothetical", "future", "hedged", "reported")
# What an actor may do on a stated condition: "may halt aid if", "could cut supplies unless".
STATED_AUX = {"may", "might", "could", "would", "'d"}
STATED_CONDITIONS = {"if", "unless"}


def negated(tok: Token) -> bool:
    """"did not agree to meet", "failed to reach an agreement", "denied sending", "denied that it sent",
    "would not send troops to help Israel" (a purpose not pursued)."""
    if any(c.dep_ == NEG or c.lower_ == "never" for c in tok.children):
        return True
    return ((tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and infinitive(tok)))
            and any(c.dep_ == NEG for c in tok.head.children)) or \
        (tok.dep_ in {"xcomp", "ccomp", "pcomp"} and tok.head.lemma_ in NEGATING_VERBS)


def modality(tok: Token) -> str:
    """asserted, or the strongest of hypothetical, future, hedged and reported."""
    if tok.pos_ in {"NOUN", "PROPN"}:  # "a possible attack", "the alleged raid", "planned talks"
        mods = {c.lower_ for c in tok.children if c.dep_ in {"amod", "advmod"}}
        for m, words in (("hypothetical", HYPOTHETICAL_ADJ), ("future", FUTURE_ADJ), ("hedged", HEDGE_WORDS)):
            if mods & words:
                return m
        return "asserted"
    found: set[str] = set()
    for i, t in enumerate(clause_chain(tok)):
        found |= _clause_modality(t, i)
        if t.dep_ in {"relcl", "acl"}:
            break  # a relative clause states its own fact: "Tillerson, who was honoured by Russia"
    return next((m for m in ORDER if m in found), "asserted")


def _clause_modality(t: Token, i: int) -> set[str]:
    """What one clause of the chain (i: how far above the event) says of the event."""
    kids = list(t.children)
    reported = t.dep_ == "ccomp" and t.head.lemma_ in SPEECH_VERBS
    found = _auxiliaries(t, i, kids, reported) if i == 0 or t.dep_ != "ccomp" else set()
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
        found.add("hypothetical")
    if any(c.lower_ in HEDGE_WORDS for c in kids) or (i and t.lemma_ in HEDGE_VERBS):
        found.add("hedged")
    if i and t.lemma_ in INTENT_VERBS:
        found.add("future")
    if _urged(t):
        found.add("hypothetical")  # what one is urged to do has not happened
    if reported:
        found.add("reported")
    if t.dep_ in {"ccomp", "advcl"} and i == 0 and "going" in {c.lower_ for c in kids}:
        found.add("future")
    return found


def _auxiliaries(t: Token, i: int, kids: list[Token], reported: bool) -> set[str]:
    """"will meet" future; "must meet" and "could meet" hypothetical; "said it would attack"
    future (in reported speech "would" is a future, not a condition)."""
    aux = {c.lower_ for c in kids if c.dep_ == "aux"}
    found = set()
    if aux & FUTURE_AUX:
        found.add("future")
    if aux & OBLIGATION_AUX:
        found.add("hypothetical")  # what someone must do has not happened
    if aux & HYPOTHETICAL_AUX:
        found.add("future" if reported and aux <= {"would", "'d"} or i == 0 and conditioned(t, aux)
                  else "hypothetical")
    return found


def conditioned(v: Token, aux: set[str]) -> bool:
    """"The EU may halt aid to Chad if the junta stays": an act an actor may do on a condition
    stated after it is a stated intention (a threat or an offer), not a guess; CAMEO codes it
    as the intent (131 for halting aid). Not a counterfactual ("would have attacked if"), not a
    condition put first ("If talks fail, Chile could attack Peru": a scenario)."""
    if not aux & STATED_AUX or "have" in aux:
        return False
    doc, end = v.doc, min(v.i + 25, len(v.doc))
    for j in range(v.i + 1, end):
        t = doc[j]
        if t.is_sent_start or t.text in {";", ":"}:
            return False
        if t.lower_ in STATED_CONDITIONS and t.dep_ == "mark":
            return True
    return False


def _urged(t: Token) -> bool:
    """"urged Iran to stop": an infinitive under an appeal verb with its addressee."""
    return (t.dep_ == "xcomp" or (t.dep_ == "advcl" and infinitive(t))) and \
        child(t.head, OBJ | PASS_SUBJ) is not None and \
        any(behaves(p.cameo, "appeal") for p in verb_patterns().get(t.head.lemma_.lower(), ()))
