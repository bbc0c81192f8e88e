"""The actor network from per-pair aggregates: complete counts, a bounded event list, and
aggregates that do not depend on the order the events arrive in."""
from __future__ import annotations

import random

from graphbuild.model import Actor, ArticleRef, Event
from graphbuild.network import NetworkBuilder

CHILE = Actor(id="chile", name="Chile", type="STATE", country="CHL", cameo="CHL")
PERU = Actor(id="peru", name="Peru", type="STATE", country="PER", cameo="PER")


def _events(n: int) -> list[Event]:
    out = []
    for i in range(n):
        day = f"2024-01-{i % 28 + 1:02d}"
        out.append(Event(doc_id=f"d{i}", sentence=f"Chile criticised Peru ({i}).", char_start=0, char_end=30,
                         source=CHILE, target=PERU, predicate="criticise", cameo="111", quad_class=3 if i % 3 else 1,
                         goldstein=[-2.0, 0.1, 0.2, 0.7][i % 4], article=ArticleRef(id=f"d{i}", date=day)))
    return out


def _graph(events, cap):
    b = NetworkBuilder(max_pair_events=cap)
    for e in events:
        b.add(e)
    return b.graph()


def test_a_pair_counts_every_event_and_keeps_the_earliest_up_to_the_cap():
    events = _events(40)
    edge = _graph(events, cap=5).edges["chile", "peru"]
    assert edge["events"] == 40 and edge["events_q3"] + edge["events_q1"] == 40
    kept = sorted(events, key=lambda e: (e.date, e.doc_id))[:5]
    assert [x["id"] for x in edge["event_list"]] == [e.id for e in kept]
    assert edge["goldstein_mean"] == round(sum(e.goldstein for e in events) / 40, 3)


def test_the_aggregates_do_not_depend_on_the_order_of_arrival():
    events = _events(37)
    shuffled = events[:]
    random.Random(3).shuffle(shuffled)
    a, b = _graph(events, cap=4), _graph(shuffled, cap=4)
    assert a.edges["chile", "peru"] == b.edges["chile", "peru"]
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
