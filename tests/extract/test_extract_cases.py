"""How a case's patterns match an event, on events built by hand."""
from __future__ import annotations

import pytest
from extract_cases import like, matches

from graphbuild.model import Actor, Event


def _event(code: str, negated: bool = False) -> Event:
    return Event(doc_id="t", sentence="Chile attacked Peru.", char_start=0, char_end=20,
                 source=Actor(id="chile", name="Chile", type="STATE"),
                 target=Actor(id="peru", name="Peru", type="STATE"),
                 predicate="attack", cameo=code, negated=negated, modality="asserted")


@pytest.mark.parametrize("pattern, code, expected", [
    (("Chile", "19", "Peru"), "190", True),  # two digits: the root
    (("Chile", "19", "Peru"), "180", False),
    (("Chile", "190", "Peru"), "1901", False),  # three or more: the exact code
    (("Chile", "190", "Peru"), "190", True),
    ((None, None, "Peru"), "190", True),  # None: anything
    (("Peru", None, None), "190", False),
    ((like("Ch.*"), None, None), "190", True),  # a regular expression over the whole name
    ((like("hil"), None, None), "190", False),
    ((None, like(r"(?!19).*"), None), "190", False),
    (("Chile", "19", "Peru", False, "asserted"), "190", True),
    (("Chile", "19", "Peru", True, None), "190", False),
])
def test_a_pattern_matches_an_event(pattern, code, expected):
    assert matches(pattern, _event(code)) is expected
