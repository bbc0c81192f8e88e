"""Incidents: the rule on hand-built events, and on small article sets read by the real model."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest

from graphbuild import pipeline
from graphbuild import spill
from graphbuild.incidents import (Grouping, IncidentRule, assign, day_span, group_events, membership,
                                  representative_code, write_incidents)
from graphbuild.model import Actor, Article, ArticleRef, Event

RUS = Actor("russia", "Russia", "STATE", "RUS", "RUS")
LAVROV = Actor("sergey-lavrov", "Sergey Lavrov", "PERSON", "RUS", "RUSGOV")
USA = Actor("united-states", "United States", "STATE", "USA", "USA")
UKR = Actor("ukraine", "Ukraine", "STATE", "UKR", "UKR")


def ev(doc: str, start: int, source=RUS, target=USA, cameo="111", date="2024-03-04",
       outlet=None, negated=False, **kw) -> Event:
    if target is None:  # an untargeted event: its id given, as main's event_id needs a target
        kw.setdefault("id", f"{doc}-{start}-{cameo}")
    return Event(doc_id=doc, sentence=f"s{start}", char_start=start, char_end=start + 5, source=source,
                 target=target, predicate="criticize", cameo=cameo, negated=negated,
                 article=ArticleRef(doc, date=date, source=outlet), **kw)


def groups(events, rule=IncidentRule()) -> set[frozenset[str]]:
    return {frozenset(i.events) for i in group_events(events, rule)}


def test_a_month_spans_its_days_and_a_year_its_year():
    assert day_span("2024-02") == (day_span("2024-02-01")[0], day_span("2024-02-29")[0])
    assert day_span("2023") == (day_span("2023-01-01")[0], day_span("2023-12-31")[0])
    assert day_span("2024-02-10", "month") == day_span("2024-02")
    assert day_span(None) is None and day_span("not a date") is None


def test_mentions_within_the_window_are_one_incident_across_articles():
    a, b, c = ev("a", 0), ev("a", 40, cameo="112"), ev("b", 0, date="2024-03-06", outlet="VOA")
    [incident] = group_events([a, b, c])
    assert set(incident.events) == {a.id, b.id, c.id}
    assert (incident.mentions, incident.articles, incident.sources) == (3, 2, 1)
    assert (incident.first_report, incident.last_report) == ("2024-03-04", "2024-03-06")
    assert incident.source == "russia" and incident.target == "united-states" and incident.family == "11"


def test_dates_beyond_the_window_are_different_incidents_but_a_chain_links():
    first, week_later = ev("a", 0, date="2024-03-04"), ev("b", 0, date="2024-03-11")
    assert len(group_events([first, week_later])) == 2
    assert len(group_events([first, week_later], IncidentRule(window_days=7))) == 1
    # single linkage: each mention two days from the next, four from the first
    chain = [ev("c", 0, date="2024-03-04"), ev("d", 0, date="2024-03-06"), ev("e", 0, date="2024-03-08")]
    assert len(group_events(chain)) == 1
    assert len(group_events(chain, IncidentRule(window_days=1))) == 3


def test_a_month_precision_date_agrees_with_any_day_of_its_month():
    month = ev("a", 0, date="2024-03")
    late = ev("b", 0, date="2024-03-29")
    april = ev("c", 0, date="2024-04-09")
    assert groups([month, late, april]) == {frozenset({month.id, late.id}), frozenset({april.id})}


def test_other_actors_roots_and_polarity_are_other_incidents():
    base = ev("a", 0)
    others = [ev("a", 10, target=UKR), ev("a", 20, source=USA, target=RUS), ev("a", 30, cameo="042"),
              ev("a", 40, negated=True)]
    assert len(group_events([base, *others])) == 5


def test_what_counts_as_the_same_actor_and_code_is_a_parameter():
    a, b = ev("a", 0, source=RUS, cameo="111"), ev("b", 0, source=LAVROV, cameo="112")
    assert len(group_events([a, b])) == 2
    assert len(group_events([a, b], IncidentRule(actors="country"))) == 1
    assert len(group_events([a, b], IncidentRule(actors="country", codes="code"))) == 2
    with pytest.raises(ValueError, match="actors='name': use one of id, country"):
        IncidentRule(actors="name")


def test_a_meeting_is_one_incident_whichever_side_is_the_source():
    # "Russia and the United States met" is read both ways; a criticism is not symmetric.
    met = [ev("a", 0, cameo="040"), ev("a", 0, source=USA, target=RUS, cameo="040"),
           ev("b", 0, source=USA, target=RUS, cameo="042")]
    [meeting] = group_events(met)
    assert (meeting.source, meeting.target, meeting.mentions) == ("russia", "united-states", 3)
    assert len(group_events(met, IncidentRule(undirected=()))) == 2
    assert len(group_events([ev("a", 0), ev("a", 0, source=USA, target=RUS)])) == 2


def test_untargeted_events_group_by_source_and_root_alone():
    a, b = ev("a", 0, target=None), ev("b", 0, target=None, date="2024-03-05")
    targeted = ev("c", 0)
    [alone, pair] = sorted(group_events([a, b, targeted]), key=lambda i: i.mentions)
    assert pair.target is None and set(pair.events) == {a.id, b.id}
    assert alone.events == (targeted.id,)


def test_undated_events_group_within_their_article_only():
    a, b, c = ev("a", 0, date=None), ev("a", 30, date=None), ev("b", 0, date=None)
    dated = ev("a", 60)
    assert groups([a, b, c, dated]) == {frozenset({a.id, b.id}), frozenset({c.id}), frozenset({dated.id})}
    assert next(i for i in group_events([a, b]) if True).date is None


def test_the_representative_code_is_the_most_frequent_then_the_most_specific_then_the_lowest():
    assert representative_code(["111", "112", "112"]) == "112"
    assert representative_code(["11", "112", "111"]) == "111"
    assert representative_code(["11", "11", "112"]) == "11"
    assert representative_code([None]) is None


def test_the_same_incidents_whatever_the_order_or_the_partition():
    rng = random.Random(7)
    days = ["2024-03-01", "2024-03-02", "2024-03-05", "2024-03", "2024-03-20", None]
    events = [ev(f"d{i % 9}", i * 10, source=rng.choice([RUS, LAVROV]), target=rng.choice([USA, UKR, None]),
                 cameo=rng.choice(["111", "112", "042"]), date=rng.choice(days)) for i in range(120)]
    want = group_events(events)
    for _ in range(5):
        rng.shuffle(events)
        assert group_events(events) == want
    # Split into two halves whose sightings are grouped together: the same ids.
    halves = membership(group_events(events[:60] + events[60:]))
    assert halves == membership(want)
    assert len({i.id for i in want}) == len(want)


def test_assign_sets_the_incident_of_every_event_and_keeps_its_id():
    events = [ev("a", 0), ev("b", 0, date="2024-03-05")]
    out = assign(events)
    assert [e.id for e in out] == [e.id for e in events]
    assert out[0].incident == out[1].incident and out[0].incident
    assert replace(out[0], incident=None).id == events[0].id



@pytest.mark.parametrize("rule", [IncidentRule(), IncidentRule(window_days=0, actors="country", codes="plover")])
def test_grouping_on_disk_gives_what_grouping_in_memory_gives(monkeypatch, tmp_path, rule):
    monkeypatch.setattr(spill, "FLUSH_ROWS", 7)  # many small writes, as a long build makes
    rng = random.Random(11)
    days = ["2024-03-01", "2024-03-02", "2024-03-04", "2024-03", "2024", "2024-03-20", None]
    events = [ev(f"d{i % 13}", i * 10, source=rng.choice([RUS, LAVROV, UKR]), target=rng.choice([USA, UKR, RUS, None]),
                 cameo=rng.choice(["111", "112", "042", "190"]), date=rng.choice(days), outlet=rng.choice(["VOA", None]),
                 negated=rng.random() < 0.1) for i in range(300)]
    g = Grouping(rule)
    for e in events:
        g.add(e)
    assert list(g.incidents()) == group_events(events, rule)
    assert list(g.incident_ids()) == [e.incident for e in assign(events, rule)]
    g.write(tmp_path / "disk.jsonl")
    write_incidents(group_events(events, rule), tmp_path / "memory.jsonl")
    assert (tmp_path / "disk.jsonl").read_bytes() == (tmp_path / "memory.jsonl").read_bytes()
    g.close()

# Article sets written for these tests, extracted by the real model.
SAME_STRIKE = [
    Article("voa-1", "Russia Strikes Ukraine's Power Grid\n\nRussia attacked Ukraine's power grid "
            "on Saturday with drones and missiles, officials said.", title="Russia Strikes Ukraine's Power Grid",
            date="2024-03-09", source="Voice of America"),
    Article("wire-2", "Russia attacked Ukraine overnight, the Ukrainian air force said on Sunday.",
            date="2024-03-10", source="Wire"),
]
LATER_STRIKE = Article("wire-3", "Russia attacked Ukraine again, hitting a railway station.",
                       date="2024-03-25", source="Wire")


def test_a_headline_a_paragraph_and_a_second_article_are_one_incident():
    events = assign(pipeline.extract_articles(SAME_STRIKE + [LATER_STRIKE]).events)
    attacks = [e for e in events if (e.cameo or "")[:2] in {"18", "19"} and e.source.id == "russia"
               and e.target.id == "ukraine"]
    by_doc = {e.doc_id for e in attacks}
    assert by_doc == {"voa-1", "wire-2", "wire-3"}, [(e.doc_id, e.sentence, e.cameo) for e in events]
    first = {e.incident for e in attacks if e.doc_id != "wire-3"}
    later = {e.incident for e in attacks if e.doc_id == "wire-3"}
    assert len([e for e in attacks if e.doc_id == "voa-1"]) >= 2  # the headline and the paragraph
    assert len(first) == 1 and len(later) == 1 and first != later
