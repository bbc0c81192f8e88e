"""Mentions: which words name which actor. Capitals and seats of government, collectives
with an affiliation, persons with their title and state, organisations the tables do not
know, peoples and regions, and the words that name no actor."""
from __future__ import annotations

import pytest
from extract_cases import Case, like

TABLE_PHRASES = [
    Case("Beijing accused Washington of meddling.", has={("China", "11", "United States")},
         id="a capital stands for its state"),
    Case("The Kremlin criticised Kyiv.", has={("Russian government", "11", "Ukraine")},
         id="a seat of government stands for its government"),
    Case("Russian drones struck a grain terminal near Odesa.", has={("Russian military", "19", "Ukraine")},
         id="a city stands for its state"),
    Case("The Sudanese government accused Darfur rebels of violating the truce.",
         has={("Sudanese government", "11", "Sudanese rebels")}, id="a region stands for its state"),
    Case("The government of Sindh province condemned India.", has={("Pakistani government", "11", "India")},
         id="a collective of a region named with its place noun"),
    Case("The governor of Darfur region condemned the RSF.", has={("Sudanese government", "11", None)},
         id="an office of a region named with its place noun"),
    Case("They told us that nothing had happened.", none=True, id="lower-case us is not the United States"),
    Case("The group al-Shabab attacked Kenya on Friday.", has={("al-Shabaab", "19", "Kenya")},
         id="a name may begin with a lower-case particle"),
    Case("Gambia will mediate in a dispute between two West African neighbours.",
         lacks={(None, None, like(".*West.*"))}, id="West in West African is no actor"),
    Case("The West accused Iran of lying.", has={("the West", "11", "Iran")}, id="the West is an actor"),
    Case("Israel imposed a blockade on the West Bank.", exactly={(None, None, "Palestine")},
         id="the West Bank is not the West"),
    Case("European leaders threatened new sanctions on Moscow.", has={("European states", "13", "Russia")},
         id="a regional adjective names the states of a region"),
    Case("Russia deployed missiles in Europe.", none=True, id="a region is no target of a deployment"),
    Case("Ethnic Albanians attacked Serbian police.", lacks={("Albania", None, None)},
         id="an ethnic demonym is a people, not a state"),
]

PERSONS = [
    Case("Chinese Foreign Minister Wang Li denounced Japan.", has={("Wang Li", None, "Japan")},
         actors={"Wang Li": {"type": "PERSON", "country": "CHN", "cameo": "CHNGOV"}, "Japan": {"country": "JPN"}},
         id="a person's title and country come from the words before the name"),
    Case("U.N. Special Envoy Maria Lund criticised Myanmar on Monday.", has={("Maria Lund", None, None)},
         actors={"Maria Lund": {"country": None, "cameo": "IGOUNO"}},
         id="an official of an organisation takes its code"),
    Case("Turkish Foreign Minister Hakan Fidan met his Ukrainian counterpart Andrii Sybiha in Ankara.",
         has={("Hakan Fidan", "04", "Andrii Sybiha")}, id="a role noun followed by a name is that person"),
    Case("King Hassan of Morocco criticised Algeria.", has={("Hassan", None, None)},
         actors={"Hassan": {"country": "MAR"}}, id="the text's state after a name wins over the table's"),
    Case("Serbian President Vojislav Kostunica criticised Croatia.", has={("Vojislav Koštunica", None, None)},
         actors={"Vojislav Koštunica": {"country": "SRB"}}, id="the text's state before a name wins over the table's"),
    Case("President Bush has threatened further action against Russia.", exactly={("Bush", None, "Russia")},
         actors={"Bush": {"country": "USA"}}, id="a known surname keeps its state"),
    Case("President Amadou Kone threatened to impose a curfew in Bamako.", exactly={("Amadou Kone", None, None)},
         actors={"Amadou Kone": {"cameo": "MLIGOV"}},
         id="a titled person unknown to the tables belongs to the one state named"),
    Case("A member of the Syrian parliament, Omar Haddad, started a hunger strike to protest "
         "President Assad's policies.",
         exactly={("Omar Haddad", None, None)}, actors={"Omar Haddad": {"cameo": "SYRLEG"}},
         id="a person in apposition takes the affiliation of the noun"),
    Case("Iranian Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held talks in Muscat.",
         exactly={("Abbas Araghchi", None, None), ("Steve Witkoff", None, None)},
         actors={"Abbas Araghchi": {"country": "IRN"}, "Steve Witkoff": {"country": "USA"}},
         id="the words around another person do not place a person"),
    Case("Arab League Secretary General Chadli Klibi criticised Israel.", one=("Chadli Klibi", None, None),
         id="a given name shared with a table person is not that person"),
    Case("Iran's foreign minister criticised Israel.", has={("Iranian government", "11", "Israel")},
         id="an office named without its holder is its state's organ"),
    Case("President Obama met Putin.", has={("Barack Obama", "04", "Vladimir Putin")},
         id="a title before a name stays the person's"),
]

COLLECTIVES = [
    Case("Syrian rebels attacked Turkish troops near the border.",
         has={("Syrian rebels", "19", "Turkish military")}, id="a collective with an affiliation"),
    Case("Senior Danish and Dutch officials agreed on Friday to cooperate on fisheries.",
         has={("Danish government", "03", "Dutch government"), ("Dutch government", "03", "Danish government")},
         id="one collective for each coordinated affiliation"),
    Case("Critics of the Kenyan government marched in Nairobi.", has={("Kenyan opposition", "14", "Kenya")},
         id="a collective takes the affiliation of a collective named after it"),
    Case("Critics in Sweden accused Turkey of blackmail.", has={("Swedish opposition", "11", "Turkey")},
         id="people in a state are of that state"),
    Case("Georgian President Eduard Shevardnadze resigned as the opposition threatened to storm his residence "
         "in Tbilisi.", has={("Georgian opposition", "13", "Georgia")},
         id="an unaffiliated collective belongs to the one state its sentence names"),
    Case("Police arrested two diplomats in Paris and Moscow.", lacks={(like(".*police"), None, None)},
         id="a sentence naming two states gives police no state"),
    Case("The main Hutu rebel group insisted on its demands that Burundi's government grant more rights.",
         has={("Burundian rebels", "10", "Burundian government")},
         id="a rebel group of a one-state sentence is of that state"),
    Case("The UN called on all parties in Gabon to show restraint.", none=True,
         id="all parties and both sides stay unresolved"),
    Case("Israel reported contacts between Hamas and members of Saddam Hussein's Baath Party.",
         lacks={("Saddam Hussein", None, None), (None, None, "Saddam Hussein")},
         id="a possessor describes the organisation it owns"),
    Case("A close ally of Russia attacked Georgia.", none=True, id="an ally of an actor is not that actor"),
    Case("Hezbollah killed the deputy chief of Israel's militia ally.", lacks={(None, None, "Israel")},
         id="an actor's militia ally is not that actor"),
    Case("Greece demanded that its European Union partners act.", has={("Greece", "10", "European Union")},
         id="a modifier names who the partners are"),
]

PEOPLES = [
    Case("Turkish Kurds demonstrated in Ankara on Monday.", has={("Turkish civilians", "14", "Turkey")},
         id="ethnic and religious groups take their state from a modifier"),
    Case("Ethnic Turks in Bulgaria protested against the government in Sofia.",
         has={("Bulgarian civilians", "14", "Bulgarian government")}, id="a people named with the state it lives in"),
    Case("Hundreds of ethnic Hungarians marched in Romania on Sunday.",
         has={("Romanian civilians", "14", "Romania")}, lacks={(like(".*Hungar.*"), None, None)},
         id="ethnic people live in the other state their sentence names"),
]

ORGANISATIONS = [
    Case("The International Labor Office (ILO) demanded that Israel ease restrictions.",
         has={("International Labour Organization", "10", "Israel")},
         id="an acronym in brackets identifies an organisation"),
    Case("The Kenyan Union of Journalists criticised Uganda on Monday.",
         has={("Kenyan Union of Journalists", None, None)},
         actors={"Kenyan Union of Journalists": {"type": "ORGANIZATION", "country": "KEN"}},
         id="an unknown organisation named after a state is of that state"),
    Case("The Iranian Foreign Ministry condemned Israel.", has={("Iranian government", "11", "Israel")},
         id="a ministry keeps the state's role"),
    Case("The Ogoni Solidarity Front accused Nigerian police of torture.",
         exactly={("Ogoni Solidarity Front", None, None)},
         actors={"Ogoni Solidarity Front": {"country": "NGA", "resolved": False}},
         id="an unknown organisation of a one-state sentence is placed there but flagged"),
    Case("Nigerian police arrested leaders of MASSOB in Lagos.", one=(None, None, "MASSOB"),
         actors={"MASSOB": {"type": "ORGANIZATION"}}, id="an upper-case acronym is no person"),
    Case("Venezuela threatened the Essequibo region on Monday.", lacks={(None, None, "Essequibo")},
         id="a name before a place noun is no organisation"),
]


@pytest.mark.parametrize("case", TABLE_PHRASES, ids=str)
def test_table_phrases(case):
    case.check()


@pytest.mark.parametrize("case", PERSONS, ids=str)
def test_persons(case):
    case.check()


@pytest.mark.parametrize("case", COLLECTIVES, ids=str)
def test_collectives(case):
    case.check()


@pytest.mark.parametrize("case", PEOPLES, ids=str)
def test_peoples(case):
    case.check()


@pytest.mark.parametrize("case", ORGANISATIONS, ids=str)
def test_organisations(case):
    case.check()
