"""Coreference: surnames, pronouns, titles, "the group", "the court", a counterpart or a
visitor refer back to an actor named before in the article."""
from __future__ import annotations

import pytest
from extract_cases import Case, like

CASES = [
    Case("Police surrounded the Turkish Embassy in Stockholm on Monday. Sweden later accused the embassy of spying.",
         has={("Sweden", "11", "Turkish government")}, id="the embassy is the embassy named before"),
    Case("Iraq criticised the Syrian government. Jordan later accused the government of lying.",
         lacks={("Jordan", None, "Syrian government")}, id="a common noun is no name to refer back to"),
    Case("Macron flew to Haiti on Monday. Chile later criticised the Caribbean nation.",
         has={("Chile", "11", "Haiti")}, id="a described nation is the state named before"),
    Case("The European Union imposed sanctions on Belarus. The bloc also criticised Iran.",
         has={("European Union", "11", "Iran")}, id="the bloc is the international body named before"),
    Case("UNHCR runs camps in Chad. Sudan accused the agency of bias.",
         has={("Sudan", "11", like(".*Refugee.*"))}, id="the agency is the body named before"),
    Case("Hamas fired rockets at Israel. Israel later struck commanders of the Sunni militant group.",
         has={("Israel", "19", "Hamas")}, id="a described group inside a phrase is the group named before"),
    Case("Hamas fired rockets at Israel. Peru banned the largest rebel group in the Andes.",
         lacks={("Peru", None, "Hamas")},
         id="a group with a phrase of its own is a new actor"),
    Case("Defence Secretary Mary Holt arrived in Tokyo on Monday. "
         "Holt criticised China. Later the defence secretary met Indian officials.",
         has={("Mary Holt", "11", "China"), ("Mary Holt", "04", "Indian government")},
         id="a surname and a title refer back to the full name"),
    Case("Swedish Prime Minister Anna Berg spoke in Oslo. Later she accused Russia of espionage.",
         has={("Anna Berg", "11", "Russia")}, id="a pronoun refers to the last person subject"),
    Case("Norway said on Monday that it condemned Iran.", has={("Norway", "11", "Iran")},
         id="it refers to the last state subject"),
    Case("\u201cWe condemn Iran,\u201d Swiss Foreign Minister Karl Frei said on Monday.",
         has={("Switzerland", "11", "Iran")}, id="we in a quotation is the speaker's state"),
    Case("Hezbollah accused Israel of violating the truce. Later the group fired rockets at Israel.",
         has={("Hezbollah", "19", "Israel")}, id="the group refers to the last group named"),
    Case("Egypt and Qatar, which mediate between Israel and Hamas, met on Monday.",
         has={("Egypt", "04", None), ("Qatar", "04", None)},
         id="a relative pronoun stands for every coordinated antecedent"),
    Case("Obama and Putin said they will attack Iraq.",
         has={("Barack Obama", "13", "Iraq"), ("Vladimir Putin", "13", "Iraq")},
         id="they refers to coordinated people"),
    Case("Kenya hit the headlines after Somalia criticized it.", has={("Somalia", "11", "Kenya")},
         id="an object pronoun is not its own clause's subject"),
    Case("The Israeli military said its jets struck Hezbollah targets.", has={("Israeli military", "19", "Hezbollah")},
         id="their troops are the owner's"),
    Case("Iranian Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff held talks in Muscat. "
         "The envoy also spoke briefly with the Iranian minister.", has={("Steve Witkoff", "04", "Abbas Araghchi")},
         id="a title alone is its one holder of the state it names"),
    Case("Putin offered to negotiate with the president of Armenia.", lacks={(None, None, "Vladimir Putin")},
         id="the president of another state is not the one president named before"),
    Case("Guyana took the dispute to the International Court of Justice. Venezuela criticised the court on Monday.",
         has={("Venezuela", "11", "International Court of Justice")}, id="the court is the court named before"),
    Case("Chinese President Xi Jinping met Biden on Monday. "
         "The Chinese leader later warned Washington against arming Taiwan.",
         has={("Xi Jinping", "13", "United States")}, id="the leader of a state is its head named before"),
    Case("Lavrov met his Turkish counterpart Hakan Fidan in Ankara.", has={("Sergey Lavrov", "04", "Hakan Fidan")},
         id="a counterpart is the person named with it"),
    Case("Iran's foreign minister, Abbas Araghchi, told his Omani counterpart that Tehran was ready.",
         has={("Abbas Araghchi", "01", "Omani government")}, id="an unnamed counterpart is the state's organ"),
    Case("Dong Jun met his Vietnamese counterpart in Hanoi.", has={("Vietnamese government", "04", "Dong Jun")},
         id="an unnamed counterpart as subject of the pair"),
    Case("Merkel arrived in Paris on Monday. Macron told his visitor that Europe must act.",
         has={("Emmanuel Macron", "01", "Angela Merkel")}, id="his visitor is who visited him told before"),
    Case("Macron told his visitor that Europe must act. Merkel had arrived in Paris on Monday.",
         has={("Emmanuel Macron", "01", "Angela Merkel")}, id="his visitor is who visited him told after"),
    Case("Macron told his visitor that Europe must act.", lacks={(None, "01", None)},
         id="a visitor never named is no one"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_coreference(case):
    case.check()


# A pronoun stands for the name that says whose the subject's noun is: "the Fatah party ... it".
NAMED_SUBJECTS = [
    Case("The Fatah party said it would meet Hamas in Cairo.", has={("Fatah", "036", "Hamas")},
         id="the name before the subject's noun"),
    Case("The Hamas movement said it would boycott the talks with Egypt.", has={("Hamas", "13", "Egypt")},
         id="a movement named before its noun"),
]


@pytest.mark.parametrize("case", NAMED_SUBJECTS, ids=str)
def test_named_subjects(case):
    case.check()
