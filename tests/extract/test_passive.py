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


# The agent of a passive that the parser hangs after its gerund.
GERUND_AGENTS = [
    Case("Russia was accused of meddling in the elections by Britain.",
         has={("United Kingdom", "112", "Russia")}, id="by X under the gerund"),
    Case("Iran has been accused of arming the rebels, by the United States.",
         has={("United States", "112", "Iran")}, id="by X after a comma at the end of the sentence"),
    Case("Syria was accused of attacking a convoy escorted by UN troops.",
         lacks={(None, "11", "Syria")}, id="the agent of a participle in between is not the passive's"),
    Case("Serbia was accused of destabilising the region by arming rebels.",
         lacks={(None, "11", "Serbia")}, id="by doing something says how, it names no agent"),
]


@pytest.mark.parametrize("case", GERUND_AGENTS, ids=str)
def test_gerund_agents(case):
    case.check()


# What is launched is the subject: the target follows the row's preposition, the source is
# where it came from.
LAUNCHED_FROM = [
    Case("Two rockets were fired at Israel from Lebanon on Sunday.", has={("Lebanon", "190", "Israel")},
         id="fired at X from Y"),
    Case("Israel said a drone was launched at it from Syria.",
         has={("Syria", "190", "Israel"), ("Israel", "112", "Syria")},
         id="said to have been fired from Y: Y accused"),
    Case("Shots were fired at the convoy from a helicopter.", none=True, id="from no actor: no event"),
    Case("Aid was sent to Gaza from Egypt.", lacks={("Egypt", None, None)}, id="only violence is read so"),
]


@pytest.mark.parametrize("case", LAUNCHED_FROM, ids=str)
def test_launched_from(case):
    case.check()
