"""The alone rule: an act that needs no target is an event with none, read only where no rule
found a target and nothing is acted on (data/alone.csv)."""
from __future__ import annotations

import pytest
from extract_cases import NO_TARGET, Case, like

ALONE = [
    Case("The Kenyan foreign minister resigned on Monday.", one=(like("Kenya.*"), "0831", NO_TARGET),
         id="a resignation"),
    Case("The Chilean president stepped down after the vote.", one=(like("Chile.*"), "0831", NO_TARGET),
         id="a phrasal verb of stepping down"),
    Case("Hezbollah declared a unilateral ceasefire on Wednesday.", one=("Hezbollah", "087", NO_TARGET),
         id="a ceasefire under a light verb"),
    Case("Hezbollah declared a ceasefire on Wednesday in south Lebanon.", has={("Hezbollah", "087", NO_TARGET)},
         id="a state where the act happens is no one acted on"),
    Case("Ousted President Askar Akayev has agreed to resign.", one=("Askar Akayev", "035", NO_TARGET),
         id="an agreement to an act that stands alone"),
    Case("Iran threatened to retaliate.", one=("Iran", "138", NO_TARGET), id="a threat to use force"),
    Case("The Russian army mobilised on Friday.", one=("Russian military", "15", NO_TARGET), id="a mobilisation"),
    Case("The Philippine navy stepped up patrols on Monday.", one=(like("Filipino.*"), "150", NO_TARGET),
         id="patrols stepped up"),
    Case("The Greek government ordered patrols by police after the riots.", one=(like("Greek.*"), "150", NO_TARGET),
         id="patrols ordered"),
    Case("Syrian rebels launched an offensive on Sunday.", one=("Syrian rebels", "190", NO_TARGET),
         id="an offensive"),
    Case("Five hundred Ugandan rebels surrendered last week near the border.",
         one=("Ugandan rebels", "0874", NO_TARGET), id="a surrender with no state named"),
    Case("The Kenyan foreign minister did not resign.", one=(like("Kenya.*"), "0831", NO_TARGET, True, "asserted"),
         id="negation is read as for any event"),
]

TARGETED = [
    Case("Iran threatened to retaliate against Israel.", exactly={("Iran", "138", "Israel")},
         id="a threat with a target keeps it"),
    Case("Chinese ships stepped up patrols near Taiwan.", lacks={(None, None, NO_TARGET)},
         has={(like("Chin.*"), "150", "Taiwan")}, id="patrols near a state are a show of force at it"),
    Case("Hezbollah declared a ceasefire with Israel.", lacks={(None, None, NO_TARGET)},
         id="a ceasefire with a party is between the two"),
    Case("Five hundred Ugandan rebels surrendered to the Kenyan army.", lacks={(None, None, NO_TARGET)},
         has={("Ugandan rebels", "08", like("Kenya.*"))}, id="a surrender to an actor"),
    Case("Five hundred Ugandan rebels surrendered in Kampala.", lacks={(None, None, NO_TARGET)},
         has={("Ugandan rebels", "08", "Uganda")}, id="the location rule comes first"),
    Case("Iran urged the Iraqi prime minister to resign.", lacks={(None, None, NO_TARGET)},
         id="an appeal is addressed to someone"),
    Case("Ousted President Askar Akayev agreed to resign without returning to Kyrgyzstan.",
         has={("Askar Akayev", "035", NO_TARGET)}, id="a state in a circumstance is no target"),
    Case("Britain mobilised reservists for a war against Iraq.", lacks={(None, None, NO_TARGET)},
         id="an actor after a preposition of the act is acted on"),
]

NOT_ALONE = [
    Case("Syrian troops killed twelve people on Monday.", lacks={(None, None, NO_TARGET)},
         id="a killing has its victims"),
    Case("Syrian troops attacked on Monday.", lacks={(None, None, NO_TARGET)}, id="an attack has its target"),
    Case("The Kenyan minister refused to allow Somali planes to land and evacuate the wounded.",
         lacks={(like("Somali.*"), None, None)}, id="an act inside a frame is the frame's"),
    Case("The minister resigned.", none=True, id="no actor, no event"),
    Case("Iran and Iraq agreed to resign from the council.", lacks={(None, None, NO_TARGET)},
         id="an act with a preposition of its own is not read alone"),
]


@pytest.mark.parametrize("case", ALONE, ids=str)
def test_acts_that_stand_alone(case):
    case.check()


@pytest.mark.parametrize("case", TARGETED, ids=str)
def test_a_target_is_never_replaced(case):
    case.check()


@pytest.mark.parametrize("case", NOT_ALONE, ids=str)
def test_acts_that_need_a_target(case):
    case.check()
