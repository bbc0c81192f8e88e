"""Time series of an actor's events: periods, what is counted, the CSV, the picture, the command."""
from __future__ import annotations

import csv
import dataclasses

import pytest

from graphbuild.cli import main
from graphbuild.errors import InputError
from graphbuild.model import Actor, ArticleRef, Event
from graphbuild.records import write_events
from graphbuild.series import series

RUS = Actor("russia", "Russia", "STATE", "RUS", "RUS")
USA = Actor("united-states", "United States", "STATE", "USA", "USA", aliases=("Washington",))
UKR = Actor("ukraine", "Ukraine", "STATE", "UKR", "UKR")
CODES = {"111": ("ACCUSE", 3, -2.0), "190": ("ASSAULT", 4, -10.0), "036": ("CONSULT", 1, 4.0),
         "042": ("CONSULT", 1, 1.9)}
HAS_INCIDENT = "incident" in {f.name for f in dataclasses.fields(Event)}


def ev(source, target, code, when, n, negated=False, precision="day", **extra):
    plover, quad, gold = CODES[code]
    return Event(doc_id=f"a{n}", sentence=f"sentence {n}", char_start=0, char_end=10, source=source, target=target,
                 predicate="p", cameo=code, plover=plover, quad_class=quad, goldstein=gold, negated=negated,
                 article=ArticleRef(f"a{n}", date="2024-04-30"), event_date=when, date_precision=precision,
                 date_source="text", **extra)


EVENTS = [
    ev(RUS, USA, "111", "2024-01-03", 1),
    ev(USA, RUS, "111", "2024-01-20", 2),
    ev(RUS, USA, "036", "2024-01-21", 3),
    ev(RUS, USA, "111", "2024-03-02", 4),
    ev(RUS, USA, "111", "2024-03-05", 5, negated=True),  # did not happen: not counted
    ev(RUS, UKR, "190", "2024-03-09", 6),
    ev(RUS, USA, "042", "2024", 7, precision="year"),  # cannot be placed in a month
]


def test_a_pair_by_month_counts_mentions_either_way_with_the_empty_months():
    s = series(EVENTS, ["Russia", "Washington"], by="month")
    assert s.unit == "mentions" and s.actors == ("Russia", "United States")
    assert [(r.period, r.count, r.quad) for r in s.rows] == [
        ("2024-01", 3, (1, 0, 2, 0)), ("2024-02", 0, (0, 0, 0, 0)), ("2024-03", 1, (0, 0, 1, 0))]
    assert s.rows[0].goldstein == pytest.approx((-2 - 2 + 4) / 3)
    assert s.rows[0].top_types == (("ACCUSE", 2), ("CONSULT", 1))
    assert s.unplaced == 1 and "left out: 1 dated less precisely than a month" in s.table()
    assert "counting mentions" in s.table().splitlines()[0]


def test_one_actor_with_anyone_by_week_and_day():
    weeks = series(EVENTS, ["russia"], by="week")
    assert [(r.period, r.count) for r in weeks.rows][-2:] == [("2024-W09", 1), ("2024-W10", 1)]
    days = series(EVENTS, ["Russia"], by="day")
    assert days.rows[0].period == "2024-01-03" and days.rows[-1].period == "2024-03-09"
    assert sum(r.count for r in days.rows) == 5


@pytest.mark.skipif(not HAS_INCIDENT, reason="the records carry no incident field")
def test_incidents_are_counted_once_in_the_period_of_their_first_mention():
    events = [ev(RUS, USA, "111", "2024-01-30", 1, incident="i1"), ev(RUS, USA, "111", "2024-02-01", 2, incident="i1"),
              ev(RUS, USA, "111", "2024-02-02", 3, incident="i1"),
              ev(RUS, USA, "190", "2024-02-03", 4, incident="i2")]
    s = series(events, ["Russia", "United States"])
    assert s.unit == "incidents"
    assert [(r.period, r.count) for r in s.rows] == [("2024-01", 1), ("2024-02", 1)]


def test_an_unknown_actor_names_the_close_ones():
    with pytest.raises(InputError) as err:
        series(EVENTS, ["Rus"])
    assert err.value.args[0] == "no actor 'Rus' in the events"


def test_the_command_prints_the_table_and_writes_csv_and_picture(tmp_path, capsys):
    write_events(EVENTS, tmp_path / "events.jsonl")
    out_csv, out_svg = tmp_path / "s.csv", tmp_path / "s.svg"
    assert main(["series", str(tmp_path), "--actor", "Russia", "--actor", "United States",
                 "--csv", str(out_csv), "--plot", str(out_svg)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "events of Russia and United States by month, counting mentions (the records carry no incident ids)"
    assert printed[2].split()[:2] == ["2024-01", "3"]
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert [(r["period"], r["mentions"], r["verbal_conflict"]) for r in rows] == [
        ("2024-01", "3", "2"), ("2024-02", "0", "0"), ("2024-03", "1", "1")]
    svg = out_svg.read_text(encoding="utf-8")
    assert "2024-03" in svg and "verbal conflict" in svg  # text stays text in the SVG
    assert main(["series", str(tmp_path), "--actor", "Russia", "--plot", str(tmp_path / "s.pdf")]) == 2
