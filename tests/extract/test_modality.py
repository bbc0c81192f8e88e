"""Modality and negation: asserted, future, hypothetical, hedged and reported events, of
verbs and of event nouns; what was not done, failed or denied is negated."""
from __future__ import annotations

import pytest
from extract_cases import Case, check, events

MODALITY = [
    Case("Chile will meet Peru next week.", one=("Chile", None, "Peru", None, "future"), id="future"),
    Case("If talks fail, Chile could attack Peru.", one=("Chile", None, "Peru", None, "hypothetical"),
         id="hypothetical"),
    Case("Chile reportedly attacked Peru.", one=("Chile", None, "Peru", None, "hedged"), id="hedged"),
    Case("Officials said that Chile attacked Peru.", one=("Chile", None, "Peru", None, "reported"), id="reported"),
    Case("Chile attacked Peru.", one=("Chile", None, "Peru", None, "asserted"), id="asserted"),
    Case("Peru said on Monday that it would blockade Ecuadorian ports.",
         has={("Peru", "138", "Ecuador", False, "future")},
         id="would in reported speech is the future and a hostile intent is a threat"),
    Case("Critics asked whether officials like Tom Reed, who was honoured by Russia, would be too friendly.",
         has={("Russia", "051", "Tom Reed", False, "asserted")}, id="a relative clause keeps its own modality"),
]

NEGATION = [
    Case("Canada did not criticize Mexico.", exactly={(None, None, None, True, None)},
         id="negation is kept and marked"),
    Case("Chile failed to meet Peru.", exactly={(None, None, None, True, None)},
         id="what an actor failed to do is negated"),
    Case("Iran denied sending weapons to Russia.", one=("Iran", None, "Russia", True, None),
         id="a denied act is negated"),
    Case("Iran denied that it had sent weapons to Russia.", one=("Iran", None, "Russia", True, None),
         id="a denied clause is negated"),
    Case("Germany did not send troops to fight the Taliban.", has={("Germany", "190", "Taliban", True, None)},
         lacks={("Germany", "190", "Taliban", False, None)}, id="the purpose of what was not done is negated"),
]

# (sentence, target, modality): the modality of every event with that target.
NOUN_MODALITY = [
    ("Analysts recalled Iraq's invasion of Kuwait.", "Kuwait", "asserted"),
    ("Analysts feared a possible invasion of Kuwait by Iraq.", "Kuwait", "hypothetical"),
    ("Diplomats discussed the planned visit to Egypt by Chinese Premier Li Wei.", "Egypt", "future"),
    ("Kuwait condemned the alleged Iraqi attack on Saudi Arabia.", "Saudi Arabia", "hedged"),
]


@pytest.mark.parametrize("case", MODALITY, ids=str)
def test_modality(case):
    case.check()


@pytest.mark.parametrize("case", NEGATION, ids=str)
def test_negation(case):
    case.check()


@pytest.mark.parametrize("text, target, modality", NOUN_MODALITY, ids=[m for _, _, m in NOUN_MODALITY])
def test_modality_of_event_nouns(text, target, modality):
    found = {e.modality for e in events(text) if e.target.name == target}
    check(found == {modality}, text, f"modalities of events on {target}: {found}, wanted {modality}")


# An act an actor may do on a condition stated after it is a stated intention: a threat for
# a hostile act, an offer for a friendly one. A condition put first is a scenario.
CONDITIONS = [
    Case("Norway may halt aid to Chad if the junta delays the vote.", one=("Norway", "131", "Chad", False, "future"),
         id="may halt aid if is a threat to halt aid"),
    Case("Chile could attack Peru unless Lima withdraws its troops.", one=("Chile", "138", "Peru", False, "future"),
         id="could attack unless is a threat of force"),
    Case("Chile would meet Peru if the talks resumed.", one=("Chile", "036", "Peru", False, "future"),
         id="would meet if is an intent to meet"),
    Case("If talks fail, Chile could attack Peru.", one=("Chile", "190", "Peru", False, "hypothetical"),
         id="a condition put first is a scenario"),
    Case("Chile would have attacked Peru if the talks had failed.", one=("Chile", "190", "Peru", False, "hypothetical"),
         id="a counterfactual is no threat"),
]


@pytest.mark.parametrize("case", CONDITIONS, ids=str)
def test_conditions(case):
    case.check()
