"""Visits: 042 from the visitor and 043 from a host who receives (a place hosts no one); going home, troops arriving and a
visit that did not happen are no visit; no one consults their own state."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("Italian Prime Minister Marco Sala visited Cairo.",
         has={("Marco Sala", "042", "Egypt")}, lacks={("Egypt", None, "Marco Sala")},
         id="a visit to a place gives 042 from the visitor and nothing from the place"),
    Case("Italian Prime Minister Marco Sala visited King Abdullah in Amman.",
         has={("Marco Sala", "042", "King Abdullah"), ("King Abdullah", "043", "Marco Sala")},
         id="a visit to a person gives 043 from the host"),
    Case("Sala's visit to Cairo underscores Italian support for Egypt.",
         lacks={("Egypt", "043", None)}, id="a visit noun to a place has no host either"),
    Case("Spanish Defence Minister Ana Ruiz visited Tokyo on Monday.", has={("Ana Ruiz", "042", "Japan")},
         id="a defence minister visiting is a visit"),
    Case("The Russian defence minister visited Syria.", has={("Russian military", "04", "Syria")},
         id="one office holder travelling is a visit"),
    Case("Putin received Modi in the Kremlin on Monday.",
         has={("Vladimir Putin", "043", "Narendra Modi"), ("Narendra Modi", "042", "Vladimir Putin")},
         id="a host receives a visitor"),
    Case("Egypt received a delegation from Hamas in Cairo.",
         has={("Egypt", "043", "Hamas"), ("Hamas", "042", "Egypt")},
         id="a host receives a delegation of whoever sent it"),
    Case("During a trip to Haiti on Thursday, Chilean Foreign Minister Ana Soto announced new aid.",
         has={("Ana Soto", "042", "Haiti")}, id="a trip that sets the clause is its subject's"),
    Case("On a visit to Cairo, Sala praised Egypt.", has={("Sala", "042", "Egypt")},
         id="a visit that sets the clause is its subject's"),
    Case("Sala praised the Pope's visit to Cairo.", lacks={("Sala", "042", "Egypt")},
         id="a visit the clause is about is not its subject's"),
    Case("Italian Prime Minister Marco Sala arrived in Rome on Friday.", none=True, id="going home is no visit"),
    Case("NATO peacekeeping troops have arrived in Bosnia.", none=True,
         id="troops arriving with an organisation are no visit"),
    Case("Bangladeshi troops arrived in Sierra Leone on Tuesday.", lacks={(None, "042", None), (None, "043", None)},
         id="troops arriving are no visit"),
    Case("Germany cancelled a planned visit to Chile.", exactly={("Germany", "164", "Chile")},
         id="an undone visit is one side's act, with no host"),
    Case("Gambian President Ali Sowe will visit Mauritania.", exactly={("Ali Sowe", "036", "Mauritania")},
         id="an intended visit is the visitor's alone"),
    Case("Chile and Peru will meet next week.", has={("Chile", "036", "Peru"), ("Peru", "036", "Chile")},
         id="an intended meeting is each side's intent"),
    Case("Putin attended the funeral in Moscow.", none=True, id="no one consults their own state"),
    Case("Biden attended the G7 summit in Japan.", has={("Joe Biden", "04", "G7")},
         id="attending a summit abroad consults its members"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_visits(case):
    case.check()
