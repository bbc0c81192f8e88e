"""Event nouns: a noun with its owner, modifier, by- or from-phrase ("Iraq's invasion of
Kuwait"), nouns under a light verb ("imposed sanctions on"), verbs that undo a noun's event
("lifted its sanctions"), multi-word nouns, and relations made or broken."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("Iraq's invasion of Kuwait shocked the region.", has={("Iraq", "19", "Kuwait")},
         id="a possessor is the source of a nominal event"),
    Case("Israeli air strikes on Lebanon continued for a week.", has={("Israel", "19", "Lebanon")},
         id="a modifier is the source of a nominal event"),
    Case("The criticism of Turkey from Germany grew louder.", has={("Germany", "11", "Turkey")},
         id="the source of a nominal event from a from-phrase"),
    Case("Israeli air strikes on Gaza continued overnight.", has={(None, "195", None)},
         id="a compound event noun is looked up whole"),
    Case("New probes are underway by Germany into the extent of Russian influence in the election.",
         has={("Germany", "09", "Russia")}, id="an event noun as subject takes its clause's prepositions"),
    Case("The Senate opened hearings into Russia's interference in the election.",
         has={(None, "090", "Russia")}, id="a hearing opened into what an actor did investigates it"),
    Case("Russia completed the withdrawal of its forces from Georgia.", has={("Russia", "08", "Georgia")},
         id="what a noun is of brings its prepositions: withdrawal of forces from"),
    Case("Russia began the delivery of arms to Syria.", has={("Russia", "07", "Syria")},
         id="what a noun is of brings its prepositions: delivery of arms to"),
    Case("Germany will send Patriot munitions to Ukraine.", has={("Germany", "03", "Ukraine")},
         id="a name before an event noun is no owner unless known"),
    Case("Serbia lodged an official protest with Albania.", has={("Serbia", "114", "Albania")},
         id="a protest lodged with a state is an official complaint"),
    Case("Iran's supreme leader Ali Khamenei vowed revenge against Israel.", has={("Ali Khamenei", "13", "Israel")},
         id="vowing revenge is a threat"),
    Case("Ukraine agreed to Turkish mediation in talks with Russia.", has={("Ukraine", "03", "Turkey")},
         lacks={(None, "04", None)}, id="mediation agreed to has not happened"),
    Case("Syria is opposed to Egyptian mediation in negotiations with Israel.", has={("Syria", "12", "Egypt")},
         lacks={(None, "04", None)}, id="mediation opposed has not happened"),
    Case("Qatar said it was ready to host a meeting between the Taliban and the United States.",
         has={("Qatar", "036", "Taliban")}, lacks={("Taliban", None, "United States")},
         id="a meeting one offers to host has not happened"),
    Case("Venezuela rejected US aid to Colombia.", has={("Venezuela", "12", "United States")},
         lacks={(None, "07", None)}, id="aid rejected has not happened"),
    Case("Serbia rejected the EU's criticism of Hungary.", has={("European Union", "11", "Hungary")},
         id="a criticism rejected was made"),
]

LIGHT_VERBS = [
    Case("The European Union imposed new sanctions on Belarus.", has={("European Union", "16", "Belarus")},
         id="the subject of a light verb is the source of its noun"),
    Case("Germany last week gave Niger 3 million euros of aid for schools.", has={("Germany", "07", "Niger")},
         id="a light verb with a recipient"),
    Case("Vietnamese forces launched artillery, mortar, and rocket fire against Cambodian guerrilla camps.",
         has={("Vietnamese military", "19", "Cambodia")}, id="a coordinated event noun takes the light verb"),
    Case("The United States struck a deal with Mexico on migration.", has={("United States", "05", "Mexico")},
         id="striking a deal"),
    Case("Taiwan deepened cooperation with the United States.", has={("Taiwan", "06", "United States")},
         id="deepening cooperation is cooperating"),
    Case("Army officers in Gabon placed President Ali Bongo under house arrest.",
         has={("Gabonese military", "17", "Ali Bongo")}, id="placing someone under arrest arrests them"),
    Case("Putin put Shoigu in charge of the army.", none=True, id="putting someone in charge is no charge"),
    Case("Japan offered humanitarian aid to Haiti.", has={("Japan", "033", "Haiti")}, lacks={(None, "07", None)},
         id="offering aid is the intent to give it"),
    Case("Qatar offered its mediation between Israel and Hamas.", has={("Qatar", "036", "Israel")},
         lacks={(None, "04", None)}, id="offering mediation is the intent to mediate"),
    Case("Japan gave humanitarian aid to Haiti.", has={("Japan", "073", "Haiti")}, id="giving aid gives it"),
    Case("The Thai military imposed martial law on opposition protesters in Bangkok.",
         has={("Thai military", "1724", "Thai civilians")}, id="imposing martial law is 1724"),
    Case("The Egyptian government said it was ready to impose martial law on the Muslim Brotherhood.",
         has={("Egyptian government", "137", "Muslim Brotherhood")}, lacks={(None, "03", None)},
         id="being ready to impose martial law threatens repression"),
]

UNDOING = [
    Case("The United States lifted its sanctions on Cuba.", has={(None, "085", None)},
         lacks={(None, "163", None), (None, "070", None), (None, "071", None)},
         id="lifting sanctions undoes them"),
    Case("Japan suspended its aid to Serbia.", has={(None, "162", None)},
         lacks={(None, "163", None), (None, "070", None), (None, "071", None)},
         id="suspending aid undoes it"),
    Case("France imposed sanctions on Syria.", has={(None, "163", None)},
         id="imposing sanctions undoes nothing"),
]

MULTIWORD = [
    Case("Serbia eased emergency measures in Montenegro province.", has={("Serbia", "0814", "Montenegro")},
         id="easing emergency measures"),
    Case("Israel and the Palestinians reached a consensus on water.", has={("Israel", "030", "Palestine")},
         id="reaching a consensus"),
    Case("The government of Haiti declared a state of siege in Haiti.",
         has={("Haitian government", "1724", "Haiti")}, id="declaring a state of siege"),
    Case("Syrian officers ended mediation efforts between rival militias in Lebanon.",
         has={("Syria", "165", "Lebanese armed groups")}, id="halted mediation"),
]

RELATIONS = [
    Case("Israel and Bahrain established diplomatic relations in 2020.",
         has={("Israel", "054", "Bahrain"), ("Bahrain", "054", "Israel")}, id="relations made are an event"),
    Case("Morocco severed ties with Iran.", exactly={("Morocco", "161", "Iran")}, id="ties broken are an event"),
    Case("Relations between Iran and Saudi Arabia are tense.", none=True, id="relations that are are no event"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_nouns(case):
    case.check()


@pytest.mark.parametrize("case", LIGHT_VERBS, ids=str)
def test_light_verbs(case):
    case.check()


@pytest.mark.parametrize("case", UNDOING, ids=str)
def test_verbs_that_undo_a_nominal_event(case):
    case.check()


@pytest.mark.parametrize("case", MULTIWORD, ids=str)
def test_multiword_event_nouns(case):
    case.check()


@pytest.mark.parametrize("case", RELATIONS, ids=str)
def test_relations(case):
    case.check()
