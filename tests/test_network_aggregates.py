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


def _mixed_events(n: int, seed: int) -> list[Event]:
    """Events among five states on many days, several to an incident, some negated or untargeted."""
    rng = random.Random(seed)
    states = [CHILE, PERU] + [Actor(id=c.lower(), name=c, type="STATE", country=c, cameo=c) for c in ("BOL", "ECU", "ARG")]
    out = []
    for i in range(n):
        s, t = rng.sample(states, 2)
        code, quad, gold = rng.choice([("111", 3, -2.0), ("042", 1, 1.9), ("190", 4, -10.0), ("057", 1, 8.0)])
        day = f"2024-0{rng.randint(1, 3)}-{rng.randint(1, 28):02d}"
        out.append(Event(doc_id=f"d{i // 3}", sentence=f"Sentence {i}.", char_start=i, char_end=i + 9, source=s,
                         target=None if rng.random() < 0.1 else t, predicate="p", cameo=code, quad_class=quad,
                         goldstein=gold, negated=rng.random() < 0.1, article=ArticleRef(id=f"d{i // 3}", date=day),
                         incident=f"inc-{rng.randrange(n // 4)}"))
    return out


def test_every_aggregate_equals_a_recount_of_all_events_and_no_pair_holds_more_than_its_cap():
    events = _mixed_events(600, seed=5)
    b = NetworkBuilder(max_pair_events=6)
    for e in events:
        b.add(e)
        assert all(len(p.entries) <= 6 for p in b.pairs.values())
    g = b.graph()
    kept = [e for e in events if not e.negated]
    linked = [e for e in kept if e.target is not None]
    pairs = {(e.source.id, e.target.id) for e in linked}
    assert set(g.edges) == pairs
    for s, t in pairs:
        mine = [e for e in linked if (e.source.id, e.target.id) == (s, t)]
        edge = g.edges[s, t]
        assert edge["events"] == len(mine) > 6
        assert edge["incidents"] == len({e.incident for e in mine})
        assert [edge[f"events_q{q}"] for q in (1, 2, 3, 4)] == [sum(e.quad_class == q for e in mine) for q in (1, 2, 3, 4)]
        assert edge["goldstein_mean"] == round(sum(e.goldstein for e in mine) / len(mine), 3)
        earliest = sorted(mine, key=lambda e: (e.date, e.doc_id, e.char_start, e.id))[:6]
        assert [x["id"] for x in edge["event_list"]] == [e.id for e in earliest]
    for a in g.nodes:
        links = [e for e in linked if a in (e.source.id, e.target.id)]
        alone = [e for e in kept if e.target is None and e.source.id == a]
        assert g.nodes[a]["events"] == len(links) + len(alone) and g.nodes[a]["untargeted"] == len(alone)
        assert g.nodes[a]["incidents"] == sum(g.edges[k]["incidents"] for k in g.edges if a in k)
