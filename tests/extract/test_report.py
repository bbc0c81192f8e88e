"""Reports and allegations: saying that another attacked is the speaker's accusation (112)
and the attack a reported act; witnesses, agencies and police sources relay without
accusing; telling the media is how a statement is made, not an event."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("Ghana said that Togo attacked Ghanaian border posts.",
         has={("Togo", "190", "Ghana", False, "reported"), ("Ghana", "112", "Togo", False, "asserted")},
         id="a reported attack is the speaker's accusation and the actor's reported act"),
    Case("Ethiopia's government said Eritrea had attacked first.", has={("Ethiopian government", "11", "Eritrea")},
         id="saying someone attacked accuses them even with no target named"),
    Case("Ethiopia's government said Eritrea had attacked first and accused Asmara of violating the accord.",
         has={("Ethiopian government", "11", "Eritrea")}, lacks={("Eritrea", None, "Eritrea")},
         id="no actor accuses itself when the parser ties a verb to the wrong one"),
    Case("Chad said Sudanese troops attacked Chadian villages.", has={("Chad", "11", "Sudanese military")},
         id="a state saying another's troops attacked accuses them"),
    Case("Lebanese witnesses said Israeli jets bombed Tyre.", lacks={(None, "112", None)},
         id="witnesses relay an attack without accusing"),
    Case("The UN agency reported that Sudanese troops attacked Chad.", lacks={(None, "112", None)},
         id="an agency's report relays an attack without accusing"),
    Case("Sudanese troops attacked Chadian villages, Chadian military sources said.", lacks={(None, "112", None)},
         id="military sources relay an attack without accusing"),
    Case("Kenyan police said Somali militants attacked a Kenyan border post.", lacks={(None, "112", None)},
         id="police reporting an attack do not accuse"),
    Case("Ethiopian troops shelled Eritrean border towns on Monday, the Eritrean government said.",
         has={("Ethiopian military", "19", "Eritrea")}, lacks={(None, "112", None)},
         id="a speaker named after an unquoted report is its source, not an accuser"),
    Case("\"Ethiopian troops shelled our border towns,\" the Eritrean government said.",
         has={("Eritrean government", "112", "Ethiopian military")},
         id="quoted words before their speaker stay the speaker's accusation"),
    Case("Swiss doctors handed over medicine to Iraq, according to the Swiss government.",
         has={("Swiss health workers", "07", "Iraq")}, lacks={(None, None, "Swiss government")},
         id="according to names a source, not a target"),
    Case("Mattis told reporters that Syria must stop.", lacks={(None, "010", None)},
         id="telling reporters is no event"),
    Case("Mattis told CNN that the strikes would continue.", lacks={(None, "010", None)},
         id="telling a broadcaster is no event"),
    Case("A Swedish lawmaker told Swedish radio that Turkey must wait.", lacks={(None, "010", None)},
         id="telling the radio is no event"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_reports(case):
    case.check()
