"""Frames: a verb whose clause or infinitive is what it is about. The frame is the event
(appeals, demands, intents, refusals, threats); what is urged, demanded or threatened has
not happened."""
from __future__ import annotations

import pytest
from extract_cases import Case, like

APPEALS = [
    Case("Egypt urged Israel to stop the raids on Gaza.",
         has={("Egypt", "020", "Israel", False, "asserted")}, lacks={("Israel", None, None)},
         id="urging someone is an appeal and what they are urged to do has not happened"),
    Case("Congress is asking Obama to help Iran.", one=("United States legislature", "020", "Barack Obama"),
         id="asking someone to act is an appeal only"),
    Case("Obama wants Putin to attack Switzerland.", one=("Barack Obama", "020", "Vladimir Putin"),
         id="an addressee in a clause of its own"),
    Case("Iran was pressured to help Syria.", none=True, id="a passive appeal names no one who appeals"),
    Case("Secretary of State Antony Blinken called Fidan on Wednesday.", lacks={(None, "020", None)},
         id="calling someone on a weekday is no appeal"),
]

DEMANDS = [
    Case("Brazil demanded that Argentina lower its tariffs.", has={("Brazil", "10", "Argentina")},
         id="the target of a demand is the subject of the demanded clause"),
    Case("France declared on Monday that Iraq must cooperate with the inspectors.", has={("France", "10", "Iraq")},
         id="saying what another must do is a demand"),
    Case("Egypt said the United States must mediate between Israel and Hamas.",
         one=("Egypt", "100", "United States"), id="what another must do has not happened"),
    Case("Egypt ordered Sudan to withdraw its troops.", has={("Egypt", "10", "Sudan")},
         id="an order to someone is a demand"),
    Case("Kenya demanded that the Ugandan government be dissolved.", has={("Kenya", "10", "Ugandan government")},
         id="the target of a demand may be a passive clause's subject"),
    Case("Greece demanded that the European Union refuse to recognize Kosovo.",
         exactly={("Greece", "100", "European Union")}, id="what is demanded is not an event of its own"),
    Case("Egypt renewed its call today that Israel end the blockade of Gaza.", lacks={("Israel", None, "Palestine")},
         id="what a demand noun asks is not an event, wherever the parser hangs its clause"),
    Case("Norway said Sudan and Chad must reach an agreement.", exactly={(None, "100", None)},
         id="an agreement others must reach is only demanded"),
]

INTENTS = [
    Case("Chile will meet Peru next week.", has={("Chile", "036", "Peru")},
         id="an announced meeting is an intent to meet"),
    Case("Syria said it was willing to withdraw its troops from Lebanon.", has={("Syria", "03", "Lebanon")},
         id="willing to withdraw is an intent"),
    Case("Ethiopia agreed to re-open its borders to Eritrea.", has={("Ethiopia", "03", "Eritrea")},
         id="agreeing to re-open borders is an intent"),
    Case("Japan will provide 5,000 tons of food aid to Sudan.", has={("Japan", "03", "Sudan")},
         id="aid that will be provided is an intent"),
    Case("Chile agreed to meet Peru.", exactly={("Chile", "036", "Peru", False, None)},
         id="agreeing to meet is an intent to meet"),
    Case("Norway is willing to send material to help defend Saudi Arabia.",
         has={("Norway", "03", "Saudi Arabia")}, lacks={(None, "05", None)},
         id="infinitives of purpose under a frame are the frame's"),
    Case("Qatar offered to mediate between Israel and Hamas.",
         has={("Qatar", "03", "Israel"), ("Qatar", "03", "Hamas")},
         id="an offer to mediate between two parties names both"),
]

REFUSALS = [
    Case("Chile will not meet Peru.", exactly={("Chile", "125", "Peru", False, None)},
         id="will not meet is a refusal to meet"),
    Case("Obama said he would not provide support to Israel.",
         exactly={("Barack Obama", "120", "Israel", False, None)}, id="would not provide support is a refusal"),
    Case("Serbia refused to allow Kosovo officials to enter the country.", has={("Serbia", "12", like("Kosov.*"))},
         id="a refusal to let someone act is aimed at them"),
]

ALLOWING = [
    Case("Egypt allowed Hamas leaders to travel to Cairo.", has={("Egypt", "086", "Hamas")},
         id="allowing someone to act is aimed at them, however the clause parses"),
    Case("Senegal's Supreme Court decided to allow candidate Omar Kane to run in the election.",
         has={(None, "086", "Omar Kane")}, id="an allowing under a decision"),
]

THREATS = [
    Case("Iran threatened to attack Iraqi towns.", exactly={("Iran", "13", "Iraq")},
         id="a threat to attack is a threat only"),
    Case("Iran threatened to impose sanctions on Iraq.", exactly={("Iran", "131", "Iraq", False, None)},
         id="a threat of sanctions is a threat"),
    Case("Peskov warned that Russia would respond.", lacks={(None, None, "Russia")},
         id="warning that another will act is not a warning to it"),
    Case("Russia threatened to halt the talks if the United States deployed new missiles.",
         has={("Russia", "13", "United States")}, id="a threat is aimed at the subject of its condition"),
    Case("Pakistan threatened to break off diplomatic relations with Bolivia and Costa Rica.",
         has={("Pakistan", "13", "Bolivia"), ("Pakistan", "13", "Costa Rica")},
         id="coordinated actors found inside a phrase all count"),
    Case("Iran vowed to retaliate against Israel.", has={("Iran", "13", "Israel")},
         id="promised force is a threat"),
]

PROTEST_PURPOSE = [
    Case("Algerian students began a hunger strike to demand the resignation of President Abdelaziz Bouteflika.",
         has={("Algerian students", "14", "Abdelaziz Bouteflika")}, exactly={(None, "142", None)},
         id="a protest takes the target of its purpose, which is part of the protest"),
    Case("Angry Pakistani traders blocked a highway in Peshawar to show their disapproval of the Afghan government.",
         has={("Pakistani business", "144", None)}, lacks={(None, "110", None)},
         id="the disapproval a protest shows is part of the protest"),
    Case("Chilean miners marched in Santiago to express their opposition to Argentina's border policy.",
         has={("Chilean labour", "141", "Argentina")}, lacks={(None, "120", None)},
         id="the opposition a protest expresses is part of the protest"),
]


@pytest.mark.parametrize("case", APPEALS, ids=str)
def test_appeals(case):
    case.check()


@pytest.mark.parametrize("case", DEMANDS, ids=str)
def test_demands(case):
    case.check()


@pytest.mark.parametrize("case", INTENTS, ids=str)
def test_intents(case):
    case.check()


@pytest.mark.parametrize("case", REFUSALS, ids=str)
def test_refusals(case):
    case.check()


@pytest.mark.parametrize("case", ALLOWING, ids=str)
def test_allowing(case):
    case.check()


@pytest.mark.parametrize("case", THREATS, ids=str)
def test_threats(case):
    case.check()


@pytest.mark.parametrize("case", PROTEST_PURPOSE, ids=str)
def test_protest_purpose(case):
    case.check()


# Saying what another is bound to do is a demand (100): "needs to" and "has to" as "must".
OBLIGATIONS = [
    Case("France said Iraq needs to cooperate with the inspectors.", has={("France", "100", "Iraq")},
         id="X said Y needs to"),
    Case("Kenya said Somalia has to withdraw its troops.", has={("Kenya", "100", "Somalia")}, id="X said Y has to"),
    Case("Kenya said Somalia had to withdraw its troops.", lacks={("Kenya", "100", "Somalia")},
         id="had to tells what happened"),
    Case("Kenya said that while Somalia needs to withdraw its troops, talks will go on.",
         has={("Kenya", "100", "Somalia")}, id="a clause put before the reported one is said too"),
    Case("Kenya asked whether Somalia needs to withdraw its troops.", lacks={("Kenya", "100", "Somalia")},
         id="an indirect question demands nothing"),
]


@pytest.mark.parametrize("case", OBLIGATIONS, ids=str)
def test_obligations(case):
    case.check()
