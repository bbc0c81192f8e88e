"""News outlets where they report, and documents named after a place or a body, are no actors;
an outlet the text acts on still is."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("A Reuters reporter asked Erdogan whether Turkey would expel the Swedish ambassador.",
         lacks={("Reuters", None, None)}, id="a reporter's outlet asks nothing"),
    Case("An AFP correspondent said Sudanese troops shelled a camp near the Chad border.",
         lacks={("Agence France-Presse", None, None)}, id="a correspondent's outlet charges no one"),
    Case("The BBC reported that Ethiopia had attacked Eritrean positions.",
         has={("Ethiopia", "19", "Eritrea")}, lacks={(None, "11", "Ethiopia")},
         id="an outlet reporting an attack accuses no one"),
    Case("Moldova criticised Moscow on Monday, according to Interfax.", lacks={("Interfax", None, None)},
         id="according to an outlet"),
    Case("Chile accused Peru of breaking the Vienna Convention.", exactly={("Chile", "11", "Peru")},
         id="a convention named after a city is no state"),
    Case("Ghana said Togo had violated the Geneva Conventions.", lacks={(None, None, "Switzerland")},
         id="conventions named after a city are no state"),
    Case("Armenia accused Azerbaijan of violating the UN Charter.",
         exactly={("Armenia", "11", "Azerbaijan")}, id="a charter named after a body is no actor"),
    Case("Venezuela banned CNN on Monday.", has={("Venezuela", "17", "CNN")},
         actors={"CNN": {"country": "USA"}}, id="an outlet the text acts on is an actor of its own state"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_bystanders(case):
    case.check()
