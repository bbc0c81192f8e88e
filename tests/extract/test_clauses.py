"""Events in clauses around the main one: a participial clause's own event with the main
clause's subject as its source, a "for" clause naming whom a call is about, a light verb's
participle after its event noun, phrasal idioms as rows, and a dateline that is no subject."""
from __future__ import annotations

import pytest
from extract_cases import Case, like

CASES = [
    Case("Addressing the European Parliament on Wednesday, Zelensky thanked Poland.",
         has={("Volodymyr Zelensky", "010", "European Parliament"), ("Volodymyr Zelensky", "05", "Poland")},
         id="a participial clause is its own event, with the main clause's subject"),
    Case("BRUSSELS — Addressing NATO, the Polish president criticised Russia.",
         has={("Polish government", "010", "NATO"), ("Polish government", "111", "Russia")},
         lacks={("Belgium", None, None)},
         id="a dateline before a dash is no subject"),
    Case("Kenya called for Somalia to be suspended from the bloc.", has={("Kenya", "10", "Somalia")},
         id="a call for X to be acted on is a demand on X"),
    Case("The opposition called for the election to be annulled.", none=True,
         id="a call about no actor is no event"),
    Case("Italian police broke into the Libyan embassy in Rome.",
         has={("Italian police", "171", like("Libyan? government|Libya"))},
         id="breaking into an embassy"),
    Case("Indian troops carried out raids into Pakistan on Sunday.", has={("Indian military", "19", "Pakistan")},
         id="carry out is a light verb; raids into a country"),
    Case("The United States sent $300 million in military aid to Ukraine.",
         has={("United States", "07", "Ukraine")}, id="a sum in aid: the verb of the sum carries the aid"),
    Case("Blinken announced $45 million in new humanitarian aid for Haiti on Thursday.",
         has={("Antony Blinken", "07", "Haiti")}, id="a sum in aid announced for a country"),
    Case("Germany spent $5 million in Berlin.", none=True, id="a sum in a place is no event"),
    Case("Turkey condemned as illegal Greece's decision to arm the islands.",
         has={("Turkey", "111", "Greece")}, id="a stance's object shifted behind its as-phrase"),
    Case("China praised as a model the cooperation with Pakistan.", has={("China", "05", "Pakistan")},
         id="praise with the object shifted"),
    Case("Germany criticised Poland as a spoiler.", one=("Germany", "111", "Poland"),
         id="an object in place is read as before"),
    Case("Praised by Washington, Kenya pledged more troops.", has={("United States", "05", "Kenya")},
         id="an opening passive participle: its agent acts on the main clause's subject"),
    Case("Dismissed by Moscow in 2020, the envoy returned.", none=True,
         id="an opening passive participle with no actor as subject"),
    Case("Russia, whose forces invaded Ukraine in 2022, denied the report.", has={("Russia", "19", "Ukraine")},
         id="a relative clause on whose: the antecedent acts"),
    Case("Russia fired back at the United States, calling the sanctions illegal.",
         one=("Russia", "111", "United States"), id="firing back in words is criticism"),
    Case("Israeli troops fired back at Hezbollah fighters.", has={("Israeli military", "19", "Hezbollah")},
         lacks={(None, "111", None)}, id="troops firing back fight"),
    Case("Mali threw out the UN mission.", has={("Mali", "166", "United Nations")}, id="throw out expels"),
    Case("Japan protested to China and South Korea criticised Beijing.",
         exactly={("Japan", "114", "China"), ("South Korea", "111", "China")},
         id="each clause of a coordination without comma: the second subject is no target"),
    Case("Egypt condemned Israel and Jordan recalled its ambassador from Tel Aviv.",
         exactly={("Egypt", "111", "Israel"), ("Jordan", "161", "Israel")},
         id="a coordination after a direct object"),
    Case("France recalled its ambassador from Iran, while Italy summoned the Iranian envoy.",
         has={("France", "161", "Iran"), ("Italy", None, like("Iran.*"))}, id="contrasted clauses"),
    Case("Egypt condemned Israel and Jordan.", has={("Egypt", "111", "Israel"), ("Egypt", "111", "Jordan")},
         id="coordinated objects stay targets"),
    Case("The treaty signed by Egypt and Israel in 1979 still holds.",
         has={("Egypt", "057", "Israel"), ("Israel", "057", "Egypt")},
         id="a light verb's participle after the noun names who made it"),
    Case("The treaty signed in 1979 still holds.", none=True, id="with no agent, no one signed"),
    Case("Bolivia announced the severance of ties with Israel.", one=("Bolivia", "161", "Israel"),
         id="the severance of ties is breaking relations"),
    Case("Morocco's rupture of relations with Iran surprised observers.", one=("Morocco", "161", "Iran"),
         id="a rupture of relations, its maker the possessor"),
    Case("The break of the ceasefire worried Egypt.", none=True, id="a break of anything else is no row"),
    Case("The sanctions imposed by the United States on Iran hurt its economy.",
         has={("United States", "163", "Iran")}, id="the participle's agent and its target"),
    Case("The attack carried out by Hamas on Israel killed hundreds.", has={("Hamas", "19", "Israel")},
         id="a phrasal light verb's participle"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_clauses(case):
    case.check()


# The last of coordinated actors set off by an inserted phrase that the parser hangs elsewhere.
ASIDES = [
    Case("Blinken met Lavrov on Tuesday and, later, Wang Yi.",
         has={("Antony Blinken", "040", "Sergey Lavrov"), ("Antony Blinken", "040", "Wang Yi")},
         id="met X on a day and, later, Y"),
    Case("Russia sold arms to Syria, Iraq and, through a broker, Libya.",
         has={("Russia", "061", "Syria"), ("Russia", "061", "Iraq"), ("Russia", "061", "Libya")},
         id="a list whose last actor follows an inserted phrase"),
    Case("France recalled its ambassador from Iran and, on Monday, from Syria.",
         has={("France", "161", "Iran"), ("France", "161", "Syria")}, id="the preposition said again"),
    Case("Chile attacked Peru and, in response, Bolivia condemned Chile.",
         has={("Bolivia", "111", "Chile")}, lacks={("Chile", None, "Bolivia")},
         id="an actor after an inserted phrase that is the subject of a clause of its own"),
]


@pytest.mark.parametrize("case", ASIDES, ids=str)
def test_asides(case):
    case.check()
