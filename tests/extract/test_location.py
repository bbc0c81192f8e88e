"""Location: an act with no target is coded against the state where it happens, a protest
named nowhere against the protesters' own state, and an act with no agent from its own
modifier or from where it happens."""
from __future__ import annotations

import pytest
from extract_cases import Case, like

UNTARGETED = [
    Case("Five hundred Ugandan rebels surrendered last week in Kampala.", has={("Ugandan rebels", "08", "Uganda")},
         id="an untargeted act is coded against the state where it happens"),
    Case("Russian troops fought in Syria for years.", has={("Russian military", "19", "Syria")},
         id="foreign troops fighting in a state"),
    Case("Syrian troops fought in Aleppo on Monday.", has={("Syrian military", "19", "Syria")},
         id="a state's troops fighting at home"),
    Case("Syria fought in Aleppo on Monday.", none=True, id="a state is no target of itself"),
    Case("Somali gunmen killed twelve people in Nairobi on Sunday.", has={("Somali armed groups", "19", "Kenya")},
         id="a force verb whose object names no actor is coded against the place"),
    Case("Sudan's army and the RSF agreed to talks in Jeddah.", lacks={(None, None, "Saudi Arabia")},
         id="a place inside a prepositional target names where, not whom"),
]

PROTESTS = [
    Case("Kenyan students rioted at a university in Uganda on Friday.", has={("Kenyan students", "14", "Uganda")},
         id="the place of a protest may sit inside another place phrase"),
    Case("Peruvian miners rioted on Friday.", has={("Peruvian labour", "14", "Peru")},
         id="with no place named protesters protest against their own state"),
    Case("Chilean workers staged a general strike on Tuesday.", has={("Chilean labour", "14", "Chile")},
         id="a protest noun under a light verb is placed the same way"),
    Case("Protesters rioted on Friday.", none=True, id="an act with no known home stays uncoded"),
    Case("Refugees from Syria protested in Berlin.", has={("Syrian refugees", "14", "Germany")},
         id="refugees from a state protest where they are"),
]

NO_AGENT = [
    Case("Two Turkish soldiers were killed in Syria on Monday.", has={("Syria", "19", "Turkish military")},
         id="an act with no agent is coded from where it happens"),
    Case("There were three French soldiers killed in Mali.", has={("Mali", "19", "French military")},
         id="a participle after its noun"),
    Case("Two British soldiers were killed by a roadside bomb outside the Afghan city of Kandahar.",
         has={("Afghanistan", "19", "British military")}, id="a place behind outside of"),
    Case("Five Ukrainian civilians were killed in Russian shelling.", has={("Russia", "19", "Ukrainian civilians")},
         id="the act's own modifier names who did it"),
    Case("Four Kenyan police officers were killed in Kenya on Sunday.", none=True,
         id="a state is no agent against its own people killed at home"),
    Case("The islands, disputed by Japan and China, lie north of Taiwan.",
         lacks={(None, like(r"(?!13).*"), None)},  # any event is the dispute (13x)
         id="a participle's own subject is not searched inside the clause it heads"),
]


@pytest.mark.parametrize("case", UNTARGETED, ids=str)
def test_untargeted_acts(case):
    case.check()


@pytest.mark.parametrize("case", PROTESTS, ids=str)
def test_protests(case):
    case.check()


@pytest.mark.parametrize("case", NO_AGENT, ids=str)
def test_acts_with_no_agent(case):
    case.check()
