"""Passive clauses: the by-agent is the source, the subject the target; a participle can
state its subject's stance."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("Egypt was praised by France for its mediation.", has={("France", "05", "Egypt")},
         id="a passive with a by-agent"),
    Case("Obama was criticised by congress.", has={("United States legislature", "111", "Barack Obama")},
         id="a lower-case legislature as by-agent"),
    Case("The US presented evidence against Russia.", has={("United States", "11", "Russia")},
         id="evidence against an actor is an accusation: active"),
    Case("Evidence against Russia was presented by the US.", has={("United States", "11", "Russia")},
         id="evidence against an actor is an accusation: passive"),
    Case("Turkey is opposed to Greek plans for the islands.", has={("Turkey", "12", "Greece")},
         id="a participle can state its subject's stance"),
    Case("Italian troops were deployed in Lebanon.", none=True,
         id="troops deployed is no stance and no event"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_passive(case):
    case.check()
