"""What a demand asks for did not happen: a clause under the noun a demand verb takes as its
object ("demanded an admission that X ...", "demanded guarantees that X ...") is the content
of the demand, not an event. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("Poland demanded an admission by Moscow that Soviet forces murdered Polish officers.",
         has={("Poland", "10", "Russia")}, lacks={(None, "18", None)},
         id="an admission demanded states no killing"),
    Case("Lebanon demanded guarantees that Israel would not attack its airports.", lacks={("Israel", None, None)},
         id="guarantees demanded state no attack"),
    Case("Israel said the evidence that Hamas attacked Egypt was clear.", has={("Hamas", "19", "Egypt")},
         id="a clause under a noun nobody demands is read"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_asked_for(case):
    case.check()
