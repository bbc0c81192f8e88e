"""Verbs: an active verb with its subject and object or preposition, particles, coordinated
subjects, participles and what a transfer verb gives."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("Germany condemned Iran on Tuesday.", has={("Germany", "11", "Iran")},
         id="an active verb with a direct object"),
    Case("Japan complained about China at the summit.", has={("Japan", "11", "China")},
         id="a verb with a preposition"),
    Case("Turkey lashed out at Greece over the islands.", has={("Turkey", "11", "Greece")},
         id="a phrasal verb with a preposition"),
    Case("France and Germany criticised Hungary.",
         has={("France", "11", "Hungary"), ("Germany", "11", "Hungary")},
         id="a coordinated subject gives one event per actor"),
    Case("Russia criticised Moscow's critics.", no_self=True,
         id="no event between an actor and itself"),
    Case("Russia sold missiles to Iran.", exactly={("Russia", None, "Iran")},
         id="a dative to and a particle read as a preposition"),
    Case("Indian troops opened fire on Pakistani soldiers.",
         has={("Indian military", "19", "Pakistani military")}, id="open fire on"),
    Case("Khartoum forced the UN food agency, WFP, out of the country following the election.",
         has={("Sudan", "166", "World Food Programme")}, lacks={(None, "170", None)},
         id="a particle after the object whose preposition the parser gave more words"),
    Case("Norway gave Kenya a grant of ten million dollars.", has={("Norway", "071", "Kenya")},
         id="what a transfer verb gives names the kind of aid: a grant"),
    Case("Iran kept sending arms to Yemen.", has={("Iran", "072", "Yemen")},
         id="what a transfer verb gives names the kind of aid: arms"),
    Case("Japan paid compensation to Chinese civilians.", has={("Japan", "071", "Chinese civilians")},
         id="what a transfer verb gives names the kind of aid: compensation"),
    Case("Ukraine received military aid from Germany.", has={("Germany", "072", "Ukraine")},
         id="what is received comes from the giver"),
    Case("Delegations met in Istanbul as Russian forces pressed their offensive in eastern Ukraine "
         "and Kyiv accused Moscow of stalling.", has={("Ukraine", "11", "Russia")},
         id="a name after and is the subject of a verb the parser left without one"),
    Case("Syrian rebels engaged Filipino peacekeepers in a firefight.",
         exactly={("Syrian rebels", "19", "Filipino military")},
         id="who engages whom in a fight is one way"),
    Case("Malian troops engaged Algerian rebels in a firefight near Kidal.",
         has={("Malian military", "19", "Algerian rebels")}, id="engaging someone in an event"),
    Case("China retaliated with tariffs on US goods.", has={("China", "16", "United States")},
         id="retaliating with a measure is the measure"),
    Case("Iran responded with missile strikes on Israel.", has={("Iran", "19", "Israel")},
         id="responding with strikes is striking"),
    Case("Liberian police used tear gas to disperse demonstrators in Monrovia.",
         has={("Liberian police", "17", "Liberian civilians")},
         id="an instrument is not the subject of what it is used for"),
    Case("Turkey recalled its ambassador from the Netherlands.", has={("Turkey", "16", "Netherlands")},
         id="a preposition hanging from the object"),
    Case("Russian troops withdrew from Kherson.", has={("Russian military", "0874", "Ukraine")},
         id="troops withdrawing retreat"),
    Case("Russia withdrew its ambassador from Lithuania.", has={("Russia", "166", "Lithuania")},
         id="an envoy withdrawn reduces relations"),
    Case("Venezuela recalled its ambassador to Guyana.", has={("Venezuela", "161", "Guyana")},
         id="recalling an envoy"),
    Case("France began withdrawing its troops from Niger.", has={("France", "0874", "Niger")},
         id="withdrawing troops"),
    Case("Palestinian police confiscated weapons from Palestinian armed groups.",
         has={("Palestinian police", "1711", "Palestinian armed groups")}, id="a seizure"),
    Case("Germany issued a statement condemning Russia.", has={("Germany", "11", "Russia")},
         id="who issues a statement does what it says"),
    Case("Police in Tbilisi arrested dozens of demonstrators protesting against the Georgian government.",
         has={("Georgian civilians", "14", "Georgian government")}, lacks={("Georgian police", "14", None)},
         id="a participle after a noun has that noun for subject"),
    Case("The EU imposed sanctions on three companies accused of supplying drones to Russia.",
         lacks={(None, None, "Russia")}, id="what a participle tells of a noun names no one else"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_verbs(case):
    case.check()
