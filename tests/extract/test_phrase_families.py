"""Phrase families of the event tables: a light verb with an event noun ("issued a stern
reminder to X", "gave a warm welcome to X", "set fire to X", "reopened its embassy in X"),
travel advisories ("advised against travel to X"), what is sent ("sent inspectors to X") and
what is threatened ("threatened sanctions against X"), on sentences written for these tests."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    # Travel advisories reduce relations with the state travel to which is advised against (160).
    Case("Britain advised against all travel to Libya on Friday.", has={("United Kingdom", "160", "Libya")},
         id="advising against travel to a state"),
    Case("Germany advised its citizens against travel to Haiti.", has={("Germany", "160", "Haiti")},
         id="advising one's citizens against travel to a state"),
    Case("The State Department issued a travel warning for Mali after the coup.",
         has={("United States government", "160", "Mali")}, lacks={(None, "130", None)},
         id="a travel warning is no threat"),
    Case("Canada kept its travel advisory for Lebanon in place.", has={("Canada", "160", "Lebanon")},
         lacks={(None, "130", None)}, id="a state's own travel advisory for a state"),
    Case("Many tourists ignored the travel warning.", none=True, id="a travel warning with no actor is no event"),
    # A reminder issued to an actor of what it must do is a demand (10).
    Case("The German chancellor issued a stern reminder to Poland that it must respect the rule of law.",
         has={("German government", "100", "Poland")}, id="a reminder issued to a state is a demand"),
    Case("The memorial is a reminder to Europe of the cost of war.", none=True,
         id="a reminder with no one issuing it is no event"),
    # A welcome given to a visitor is hosting the visit (043), and the visit back (042).
    Case("The French president gave a warm welcome to Chinese President Xi Jinping in Paris.",
         has={("French government", "043", "Xi Jinping"), ("Xi Jinping", "042", "French government")},
         id="a welcome given to a visitor hosts the visit"),
    Case("Egypt extended a warm welcome to the Sudanese delegation.",
         has={("Egypt", "043", "Sudanese government")}, id="a welcome extended to a delegation hosts it"),
    # Setting fire to an actor's property destroys it (1712), as torching it does.
    Case("Serbian nationalists set fire to the US embassy in Belgrade.",
         has={("Serbian radicals", "1712", "United States government")}, lacks={(None, "190", None)},
         id="setting fire to an embassy destroys property"),
    Case("Turkey set a deadline for Sweden to act on its demands.", lacks={(None, "1712", None)},
         id="setting anything but fire destroys nothing"),
    # An embassy opened in a state recognises it (054); closed or evacuated, relations are cut (161).
    Case("Saudi Arabia reopened its embassy in Damascus on Tuesday.", has={("Saudi Arabia", "054", "Syria")},
         id="an embassy reopened in a capital"),
    Case("Britain closed its embassy in Kabul.", has={("United Kingdom", "161", "Afghanistan")},
         lacks={(None, "054", None)}, id="an embassy closed in a capital"),
    Case("The United States evacuated its embassy in Khartoum.", has={("United States", "161", "Sudan")},
         lacks={(None, "07", None), (None, "087", None)}, id="an embassy evacuated is no aid and no retreat"),
    Case("The Turkish embassy in Baghdad said the report was false.", none=True,
         id="an embassy that nobody opens or closes is no event"),
    Case("Iran has an embassy in Lisbon.", none=True, id="an embassy a state has is no event"),
    Case("Russia has close ties with Iran.", none=True, id="ties a state has are no event"),
    # A light verb that institutes a measure: "instituted a curfew".
    Case("Algeria's president instituted a curfew in Algiers.", has={("Algerian government", "1723", "Algeria")},
         id="a curfew instituted in a city"),
    # Inspectors, observers or monitors sent to a state investigate there (090), as troops sent mobilise (154).
    Case("The IAEA sent inspectors to Iran.", has={("International Atomic Energy Agency", "090", "Iran")},
         lacks={(None, "154", None)}, id="inspectors sent to a state investigate"),
    Case("The EU dispatched a team of observers to Venezuela.", has={("European Union", "090", "Venezuela")},
         id="a team of observers dispatched to a state investigates"),
    Case("Russia sent troops to Syria.", has={("Russia", "154", "Syria")}, lacks={(None, "090", None)},
         id="troops sent are no inspectors"),
    # Forces mobilised for a war or an offensive against a state are mobilised against it (154).
    Case("Armenia mobilised its forces for a new offensive against Azerbaijan.",
         has={("Armenia", "154", "Azerbaijan")}, id="forces mobilised for an offensive against a state"),
    Case("The party mobilised supporters for the election.", none=True,
         id="supporters mobilised for an election face no one"),
    # A threat is coded by what is threatened: a phrasal verb's own row ("break off" relations,
    # not breaking into), or an event noun threatened ("threatened sanctions", "threatened retaliation").
    Case("Pakistan threatened to break off diplomatic relations with Costa Rica.",
         exactly={("Pakistan", "131", "Costa Rica")}, id="a threat to break off relations"),
    Case("The EU threatened sanctions against Belarus.", exactly={("European Union", "131", "Belarus")},
         id="sanctions threatened are a non-military threat"),
    Case("Iran threatened retaliation against Israel.", exactly={("Iran", "138", "Israel")},
         id="retaliation threatened is a threat of force"),
    Case("Hamas threatened Israel with war.", has={("Hamas", "13", "Israel")}, lacks={(None, "19", None)},
         id="threatening an actor with war is no war"),
    # Idioms of news: cutting off aid or ties, taking aim at, an olive branch, laying siege, a case filed.
    Case("Washington cut off aid to Niger after the coup.", has={("United States", "162", "Niger")},
         lacks={(None, "07", None)}, id="aid cut off is reduced, not given"),
    Case("Bolivia cut off diplomatic ties with Israel.", has={("Bolivia", "161", "Israel")},
         id="ties cut off are broken"),
    Case("Beijing took aim at Washington over its trade policy.", has={("China", "111", "United States")},
         id="taking aim at an actor criticises it"),
    Case("The aim of the talks with Iran is a deal.", lacks={(None, "111", None)},
         id="an aim no one takes is no criticism"),
    Case("India extended an olive branch to Pakistan.", has={("India", "050", "Pakistan")},
         id="an olive branch extended is a diplomatic overture"),
    Case("Serb forces laid siege to Sarajevo.", has={("Serbian military", "191", "Bosnia and Herzegovina")},
         id="laying siege to a city blockades it"),
    Case("South Africa filed a case against Israel at the International Court of Justice.",
         has={("South Africa", "115", "Israel")}, id="a case filed against a state is a lawsuit"),
    Case("The case against Iran is weak.", none=True, id="a case no one brings is no lawsuit"),
    # Examining what an actor holds or did investigates it (090), as inspecting does.
    Case("IAEA inspectors examined the nuclear sites in Iran.",
         has={("International Atomic Energy Agency", "090", "Iran")}, id="examining sites in a state"),
    Case("Doctors examined the wounded soldiers.", none=True, id="examining with no actor examined"),
    # One hosts or meets an actor, not what an actor owns: "received Washington's proposal" is no visit.
    Case("Iran received Washington's proposal on Monday.", lacks={(None, "04", None)},
         id="a proposal received is no visit hosted"),
    Case("Xi received the Brazilian president in Beijing.", has={("Xi Jinping", "043", "Brazilian government")},
         id="a president received is a visit hosted"),
    Case("Putin met Iran's president in Tehran.", has={("Vladimir Putin", "040", "Iranian government")},
         id="a state's president met is met"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_phrase_families(case):
    case.check()
