"""A verb that is a charge in itself, said of a named actor in reported speech, is the
speaker's accusation (rules/report.py: charged); the speaker may come after the quote."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case('"Moscow is lying," the Ukrainian foreign minister said.',
         one=("Ukrainian government", "112", "Russia"), id="a quote with the speaker after it"),
    Case("The Chinese foreign ministry said Washington was lying about the balloon.",
         has={("Chinese government", "112", "United States")}, id="reported speech with the speaker first"),
    Case('"Iran cheated," Israel said.', has={("Israel", "112", "Iran")}, id="a past charge"),
    Case('"Gaza lies in ruins," the Egyptian president said.', none=True,
         id="a verb that places its subject is no charge"),
    Case('"Iran is not lying," the French minister said.', none=True, id="a denied charge is none"),
    Case("Moscow is lying about its losses.", none=True, id="no speaker, no accusation"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_quotes(case):
    case.check()
