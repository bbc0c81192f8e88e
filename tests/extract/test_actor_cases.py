"""Actors that depend on how the text names them: titles the parser hangs the name under,
and more cases of who an actor is."""
from __future__ import annotations

import pytest
from extract_cases import Case, like

TITLED = [
    Case("The Federal Minister for Interior Aftab Sherpao allowed the opposition to hold a rally in Lahore.",
         has={("Aftab Sherpao", "08", None)}, actors={"Aftab Sherpao": {"cameo": "PAKGOV"}},
         id="a title before a name the parser makes its object is the person's"),
    Case("The Minister of Foreign Affairs Halima Bako accused the Malawian opposition of lying.",
         has={("Halima Bako", "11", None)}, actors={"Halima Bako": {"cameo": "MWIGOV"}},
         id="a title with a prepositional phrase before a name is the person's"),
    Case("Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded that Iraq protect aid convoys.",
         has={("Kenzo Oshima", "10", "Iraq")}, actors={"Kenzo Oshima": {"type": "PERSON", "cameo": "IGOUNO"}},
         id="a name taken for a place with a title in apposition is a person"),
    Case("Havana, the capital of Cuba, hosted talks between Colombia and the FARC.",
         lacks={(like("Havana.*"), None, None)}, id="a place with an apposition that is no title stays a place"),
    Case("Ghana's foreign minister Samuel Ablakwa criticised Togo.", has={("Samuel Ablakwa", "11", "Togo")},
         actors={"Samuel Ablakwa": {"cameo": "GHAGOV"}}, id="a lower-case title the name is in apposition to"),
    Case("The foreign minister of Ghana, Samuel Ablakwa, criticised Togo.", has={("Samuel Ablakwa", "11", "Togo")},
         actors={"Samuel Ablakwa": {"cameo": "GHAGOV"}}, id="a title with its state before a name set off by commas"),
    Case("Former President Jair Bolsonaro accused Lula of fraud.", has={("Jair Bolsonaro", "11", None)},
         actors={"Jair Bolsonaro": {"cameo": "BRAELI"}}, id="a former office in the text wins over the table's"),
    Case("Former Pakistani prime minister Imran Khan accused the Pakistani army of rigging.",
         has={("Imran Khan", "11", "Pakistani military")}, actors={"Imran Khan": {"cameo": "PAKELI"}},
         id="a state's word inside a title does not hide the title"),
    Case("Rebels loyal to Halima Bako attacked Lilongwe.", lacks={("Halima Bako", None, None)},
         id="words that are no title give a person no office"),
]


@pytest.mark.parametrize("case", TITLED, ids=str)
def test_titled(case):
    case.check()


NAMESAKES = [
    Case("Syrian officers ended their mediation between rival militias in Tripoli, the north Lebanese port.",
         has={("Syria", "16", "Lebanese armed groups")}, id="a capital's namesake in the state its sentence names"),
    Case("Libyan forces shelled Tripoli while Lebanese envoys watched.", has={(None, "19", "Libya")},
         id="a capital stays its state's where the sentence names that state too"),
    Case("Egyptian troops shelled Tripoli on Monday.", has={(None, "19", "Libya")},
         id="a capital stays its state's where the sentence names no namesake's state"),
]


@pytest.mark.parametrize("case", NAMESAKES, ids=str)
def test_namesakes(case):
    case.check()


def test_namesakes_table_names_places_of_other_states():
    from graphbuild.lexicon import lexicon
    from graphbuild.mentions.phrases import namesakes

    lex = lexicon()
    table = namesakes(lex)
    assert "LBN" in table["tripoli"]
    for name, countries in table.items():
        assert all(lex.lookup(name).country != c for c in countries), name  # another state than the tables give


ORGANISATIONS = [
    Case("Members of the Association of African Jurists investigated the welfare of Libyans held in Chad.",
         has={("Association of African Jurists", "09", "Libya")},
         actors={"Association of African Jurists": {"country": None, "cameo": "NGO"}},
         id="an unknown organisation with an international name is an NGO of no state"),
    Case("The Ceasefire Violations Committee accused the Liberian Peace Council of attacking Greenville.",
         has={("Ceasefire Violations Committee", "11", None)},
         actors={"Ceasefire Violations Committee": {"cameo": "NGO", "resolved": False}},
         id="an unknown committee of no state is an NGO"),
    Case("The Lagos Teachers Committee accused Nigerian police of torture.",
         has={(like(".*Committee"), "11", None)}, actors={"Lagos Teachers Committee": {"country": "NGA"}},
         id="an NGO's head word does not take an organisation out of its state"),
]


@pytest.mark.parametrize("case", ORGANISATIONS, ids=str)
def test_organisations(case):
    case.check()


SEATS = [
    Case("Peru's Congress impeached President Pedro Castillo.", has={("Peruvian legislature", None, "Pedro Castillo")},
         actors={"Pedro Castillo": {"cameo": "PERGOV"}}, id="a seat written with another state's name is that state's"),
    Case("The Colombian Congress rejected the reform.", lacks={("United States legislature", None, None)},
         id="a seat with another state's adjective is that state's"),
    Case("South Korea's Congress criticised Japan.", has={("South Korean legislature", "11", "Japan")},
         id="a seat written with a state's name of two words is that state's"),
    Case("Congress criticised Iran on Monday.", has={("United States legislature", "11", "Iran")},
         id="a seat alone keeps its state"),
    Case("OFAC imposed sanctions on Venezuela on Tuesday.", has={("United States government", "16", "Venezuela")},
         id="the US Treasury's sanctions office is the US government"),
]


@pytest.mark.parametrize("case", SEATS, ids=str)
def test_seats(case):
    case.check()


GIVEN_NAMES = [
    Case("Jordan Bardella criticised Macron on Monday.", has={("Jordan Bardella", "11", "Emmanuel Macron")},
         lacks={("Jordan", None, None)}, id="a state's name that begins a person's name is a given name"),
    Case("Chad Wolf criticised Mexico on Monday.", lacks={("Chad", None, None)},
         id="a state's name before an unknown surname in one name is a given name"),
    Case("Israel Netanyahu met Biden in Washington.", has={("Benjamin Netanyahu", "04", "Joe Biden")},
         id="a state's name before a known person stays the state"),
    Case("Bosnian Serbs demanded the withdrawal of the Bosnian army.", lacks={("Bosnian Serbs", None, None)},
         id="a demonym that the model puts in a person's name is no given name"),
]


@pytest.mark.parametrize("case", GIVEN_NAMES, ids=str)
def test_given_names(case):
    case.check()


PEOPLES = [
    Case("Uighurs protested against China in Istanbul.", has={("Chinese civilians", "14", "China")},
         id="a people of one state is that state's civilians wherever they act"),
    Case("Uighur activists accused China of genocide.", has={("Chinese opposition", "11", "China")},
         id="a people of one state affiliates a collective"),
    Case("Jewish settlers attacked a Palestinian village near Nablus.", has={("Israeli civilians", "19", None)},
         lacks={("Palestinian civilians", None, None)}, id="Jewish settlers are Israeli in the West Bank too"),
    Case("Burmese troops captured a Karen guerrilla base near the Thai border.",
         has={("Burmese military", "17", "Burmese civilians")}, id="the Karen are a people of Myanmar"),
    Case("Karen Pierce criticised Russia on Monday.", has={("Karen Pierce", "11", "Russia")},
         id="a people's name that begins a person's name is a given name"),
    Case("Kurds in Syria accused Turkey of shelling their towns.", has={("Syrian civilians", "11", "Turkey")},
         id="a people of several states is of the state its sentence names"),
]


@pytest.mark.parametrize("case", PEOPLES, ids=str)
def test_peoples(case):
    case.check()


REFERENCES = [
    Case("UNRWA said on Monday it had run out of fuel. Israel accused the agency of employing Hamas members.",
         has={("Israel", "11", "UNRWA")}, lacks={("Israel", None, "Hamas")},
         id="a description followed by what it did still refers back"),
    Case("Haiti's prime minister resigned on Monday. The United States pledged new aid to the Caribbean nation.",
         has={("United States", None, "Haiti")}, id="a description is not the subject of its own clause"),
]


@pytest.mark.parametrize("case", REFERENCES, ids=str)
def test_references(case):
    case.check()


COUNTED = [
    Case("Gambia will mediate in a border dispute between the two West African neighbours.",
         lacks={(None, None, "African states")}, id="a region's adjective on states counted out names no actor"),
    Case("European leaders threatened new sanctions on Moscow.", has={("European states", "13", "Russia")},
         id="a region's adjective on its leaders still names the region's states"),
]


@pytest.mark.parametrize("case", COUNTED, ids=str)
def test_counted(case):
    case.check()


WEAPONS = [
    Case("The Malaysian airliner was blown up by a BAK missile over Ukraine.", lacks={("BAK", None, None)},
         id="a name before a weapon noun names no actor"),
]


@pytest.mark.parametrize("case", WEAPONS, ids=str)
def test_weapons(case):
    case.check()


STANCES = [
    Case("Pro-Russian separatists attacked Ukrainian troops in Donetsk.",
         has={("Ukrainian separatists", "19", "Ukrainian military")}, lacks={("Russian separatists", None, None)},
         id="a stance toward a state is not the state"),
    Case("Pro-Palestinian protesters clashed with British police in London.",
         lacks={("Palestinian civilians", None, None)},
         id="protesters for a state's cause are of the state they protest in"),
]


@pytest.mark.parametrize("case", STANCES, ids=str)
def test_stances(case):
    case.check()
