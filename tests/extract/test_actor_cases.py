"""Actors that depend on how the text names them: titles the parser hangs the name under,
and more cases of who an actor is."""
from __future__ import annotations

import pytest
from extract_cases import Case

TITLED = [
    Case("The Federal Minister for Interior Aftab Sherpao allowed the opposition to hold a rally in Lahore.",
         has={("Aftab Sherpao", "08", None)}, actors={"Aftab Sherpao": {"cameo": "PAKGOV"}},
         id="a title before a name the parser makes its object is the person's"),
    Case("The Minister of Foreign Affairs Halima Bako accused the Malawian opposition of lying.",
         has={("Halima Bako", "11", None)}, actors={"Halima Bako": {"cameo": "MWIGOV"}},
         id="a title with a prepositional phrase before a name is the person's"),
    Case("Rebels loyal to Halima Bako attacked Lilongwe.", lacks={("Halima Bako", None, None)},
         id="words that are no title give a person no office"),
]


@pytest.mark.parametrize("case", TITLED, ids=str)
def test_titled(case):
    case.check()
