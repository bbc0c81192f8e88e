"""Incidents: the mentions of one happening, grouped across sentences and articles.

A headline, the paragraph under it and ten other outlets may all report that Israel struck
Iran on Saturday; each is an event (the evidence), and together they are one incident (what
researchers count). Two events are mentions of one incident when they have

- the same source and the same target after resolution (`IncidentRule.actors`: the resolved
  actor id, or the actor's state), an untargeted event grouping with untargeted events of
  its source alone; in either order for the roots of `IncidentRule.undirected` (a meeting:
  "Tillerson met Lavrov" is read both ways, and is one meeting);
- the same code family (`IncidentRule.codes`: the CAMEO root, the PLOVER type or the full
  code) and the same polarity (a negated event is never a mention of the event it denies);
- event dates that agree within `IncidentRule.window_days`. A date is a span of days: a day,
  or a whole month or year when the text gives no more ("in December"); two spans agree
  when the days between them are at most the window, so a month agrees with any day in it.
  Mentions are chained (single linkage on the dates sorted per group): a mention joins an
  incident when it agrees with any mention already in it.

Events without a date (an undated article whose text names no date) cannot be placed in
time, so they group only with the undated mentions of the same article.

The result depends only on the set of events, never on their order or on how they were
split between workers: each group is sorted by (first day, last day, event id) before the
chaining, and an incident's id is a hash of its group key and its first event's id in that
order. Its representative code is the most frequent code of its mentions; a tie goes to the
most specific code (the longest), then the lowest.

    rule = IncidentRule(window_days=2)
    for incident in group_events(events, rule): print(incident.id, incident.mentions)
    events = assign(events, rule)   # the same events, each with its `incident` id

A build's events are too many to hold: `Grouping` keeps their sightings in a temporary database
on disk (spill.py), groups them there in the order the chaining needs, and gives back the
incidents by id and each event's incident in the order the events came; memory holds one
incident's mentions at a time.
"""
from __future__ import annotations

import calendar
import hashlib
import itertools
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path
from typing import Iterable, Iterator

from .fileio import atomic_write
from .model import Actor, Event
from .spill import SEP, Inserts, temporary_database

ACTOR_KEYS = ("id", "country")
CODE_KEYS = ("root", "plover", "code")


@dataclass(frozen=True)
class IncidentRule:
    """What makes two events mentions of one incident.

    window_days: largest number of days between two mentions' dates (0: the same day).
    actors: "id" (the same resolved actor) or "country" ("Lavrov" and "Russia" are one
        actor: the actor's country, else its CAMEO actor code's first three letters, else its id).
    codes: "root" (the CAMEO root, "112" and "111" are one: 11), "plover" (the PLOVER type)
        or "code" (the full CAMEO code).
    undirected: CAMEO roots whose events are one incident whichever actor is the source
        (04, consult: "X and Y met" gives X->Y and Y->X, and a visit is one meeting with its host)."""

    window_days: int = 2
    actors: str = "id"
    codes: str = "root"
    undirected: tuple[str, ...] = ("04",)

    def __post_init__(self) -> None:
        if self.window_days < 0:
            raise ValueError(f"window_days={self.window_days}: need 0 or more days")
        if self.actors not in ACTOR_KEYS:
            raise ValueError(f"actors={self.actors!r}: use one of {', '.join(ACTOR_KEYS)}")
        if self.codes not in CODE_KEYS:
            raise ValueError(f"codes={self.codes!r}: use one of {', '.join(CODE_KEYS)}")


DEFAULT_RULE = IncidentRule()


@dataclass(frozen=True, slots=True)
class Sighting:
    """What grouping needs of one event: a few strings and a span of days, so a build holds
    these rather than the events themselves."""

    event_id: str
    group: tuple[str, ...]  # source, target ("" for none), code family, "neg" or ""
    first_day: int | None  # proleptic ordinals of the span of the event's date; None: undated
    last_day: int | None
    article: str
    outlet: str | None
    published: str | None  # the article's date
    date: str | None  # the event's date as the record gives it
    cameo: str | None


@dataclass(frozen=True)
class Incident:
    """One happening and the mentions that report it.

    source/target: the group's actor keys (actor ids, or states with actors="country"), in
    alphabetical order for an undirected root; target None for untargeted events. family:
    the code family (a root with codes="root"); cameo: the representative CAMEO code. date:
    the earliest date of a mention (None when undated); first_report/last_report: the
    earliest and latest publication date of its articles. mentions, articles and sources
    (outlets) are counts; events are the member event ids, sorted."""

    id: str
    source: str
    target: str | None
    family: str
    cameo: str | None
    negated: bool
    date: str | None
    first_report: str | None
    last_report: str | None
    mentions: int
    articles: int
    sources: int
    events: tuple[str, ...]

    def record(self) -> dict:
        """The JSON object of one line of incidents.jsonl."""
        return {"id": self.id, "source": self.source, "target": self.target, "family": self.family,
                "cameo": self.cameo, "negated": self.negated, "date": self.date,
                "first_report": self.first_report, "last_report": self.last_report,
                "mentions": self.mentions, "articles": self.articles, "sources": self.sources,
                "events": list(self.events)}


def day_span(value: str | None, precision: str | None = None) -> tuple[int, int] | None:
    """The first and last day (ordinals) an ISO date stands for, or None when there is none.

    "2024-03-05" is one day; "2024-03" (or precision "month") the whole of March; "2024" the
    year. A precision finer than the text (None, or "day" on "2024-03") is read from the text.

        day_span("2024-02") == (Date(2024, 2, 1).toordinal(), Date(2024, 2, 29).toordinal())"""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        if precision == "year" or len(parts) == 1:
            return Date(year, 1, 1).toordinal(), Date(year, 12, 31).toordinal()
        month = int(parts[1])
        if precision == "month" or len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return Date(year, month, 1).toordinal(), Date(year, month, last).toordinal()
        day = Date(year, month, int(parts[2])).toordinal()
    except (ValueError, IndexError):
        return None  # not an ISO date: placed as undated rather than guessed
    return day, day


def _actor_key(a: Actor | None, rule: IncidentRule) -> str:
    if a is None:
        return ""
    if rule.actors == "country":
        return a.country or (a.cameo[:3] if a.cameo else None) or a.id
    return a.id


def _family(e: Event, rule: IncidentRule) -> str:
    code = e.cameo or ""
    if rule.codes == "plover":
        return e.plover or code[:2]
    return code[:2] if rule.codes == "root" else code


def sighting(e: Event, rule: IncidentRule = DEFAULT_RULE) -> Sighting:
    """The grouping key of one event. Its date is `Event.date` (the event's own date when the
    text gives one, else the article's) with `Event.date_precision` when the record has one."""
    span = day_span(e.date, getattr(e, "date_precision", None))
    art = e.article
    source, target = _actor_key(e.source, rule), _actor_key(e.target, rule)
    if (e.cameo or "")[:2] in rule.undirected and target:
        source, target = sorted((source, target))
    # Interned: a corpus repeats its actors, codes, articles and dates, read anew for each event.
    return Sighting(
        event_id=e.id,
        group=tuple(map(sys.intern, (source, target, _family(e, rule), "neg" if e.negated else ""))),
        first_day=span[0] if span else None, last_day=span[1] if span else None,
        article=sys.intern(e.doc_id), outlet=_interned(art.source if art else None),
        published=_interned(art.date if art else None), date=_interned(e.date), cameo=_interned(e.cameo))


def _interned(value: str | None) -> str | None:
    return sys.intern(value) if value is not None else None


def representative_code(codes: Iterable[str | None]) -> str | None:
    """The most frequent code; a tie goes to the most specific (longest), then the lowest.

        representative_code(["111", "112", "11", "112", "111"]) == "111" """
    counts = Counter(c for c in codes if c)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], -len(c), c))


def _incident_id(group: tuple[str, ...], first: str) -> str:
    key = "\x1f".join(("incident", *group, first))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _chains(members: Iterable[Sighting], window: int) -> Iterator[list[Sighting]]:
    """Single linkage on dates: members sorted by (first day, last day, event id), a new
    chain where the gap to every earlier span (the largest last day so far) exceeds the window."""
    chain: list[Sighting] = []
    reach = 0
    for s in members:
        if chain and s.first_day - reach > window:
            yield chain
            chain = []
        if not chain or s.last_day > reach:
            reach = s.last_day
        chain.append(s)
    if chain:
        yield chain


def _incident(group: tuple[str, ...], chain: list[Sighting]) -> Incident:
    dated = [s for s in chain if s.first_day is not None]
    first = min(dated, key=lambda s: (s.first_day, s.last_day, s.event_id)) if dated else None
    published = sorted(s.published for s in chain if s.published)
    return Incident(
        id=_incident_id(group, chain[0].event_id), source=group[0], target=group[1] or None,
        family=group[2], cameo=representative_code(s.cameo for s in chain), negated=group[3] == "neg",
        date=first.date if first else None,
        first_report=published[0] if published else None, last_report=published[-1] if published else None,
        mentions=len(chain), articles=len({s.article for s in chain}),
        sources=len({s.outlet for s in chain if s.outlet}), events=tuple(sorted(s.event_id for s in chain)))


def group_sightings(sightings: Iterable[Sighting], rule: IncidentRule = DEFAULT_RULE) -> list[Incident]:
    """The incidents of the events these sightings stand for, sorted by id."""
    groups: dict[tuple[str, ...], list[Sighting]] = defaultdict(list)
    for s in sightings:
        # Undated mentions cannot be placed in time: they group within their article only.
        groups[s.group if s.first_day is not None else (*s.group, "undated", s.article)].append(s)
    out: list[Incident] = []
    for key, members in groups.items():
        out.extend(_group_incidents(key[:4], sorted(members, key=_order), rule))
    return sorted(out, key=lambda i: i.id)


def _order(s: Sighting) -> tuple:
    return (s.first_day or 0, s.last_day or 0, s.event_id)


def _group_incidents(group: tuple[str, ...], members: list[Sighting] | Iterator[Sighting],
                     rule: IncidentRule) -> Iterator[Incident]:
    """The incidents of one group's members, sorted by _order (an undated group: by event id,
    all one incident)."""
    members = iter(members)
    first = next(members)
    if first.first_day is None:
        yield _incident(group, [first, *members])
    else:
        yield from (_incident(group, chain) for chain in _chains(itertools.chain([first], members), rule.window_days))


def group_events(events: Iterable[Event], rule: IncidentRule = DEFAULT_RULE) -> list[Incident]:
    """The incidents of `events` (see the module docstring for the rule)."""
    return group_sightings((sighting(e, rule) for e in events), rule)


def membership(incidents: Iterable[Incident]) -> dict[str, str]:
    """Event id -> incident id."""
    return {eid: i.id for i in incidents for eid in i.events}


def assign(events: Iterable[Event], rule: IncidentRule = DEFAULT_RULE) -> list[Event]:
    """The events, in their order, each with its `incident` id set."""
    events = list(events)
    of = membership(group_events(events, rule))
    return [replace(e, incident=of[e.id]) for e in events]


class Grouping:
    """The incidents of a stream of events of any length, grouped on disk.

        g = Grouping(rule)
        for e in events: g.add(e)
        g.write("incidents.jsonl")    # sorted by id, as write_incidents(g.incidents(), ...)
        for e, incident in zip(events_again, g.incident_ids()): ...   # in the order added

    Each event's sighting is one row; the grouping reads them back sorted by group and span,
    so memory holds one incident's mentions, and the incidents and memberships go to the
    database as they are made. The result is that of group_sightings."""

    _COLUMNS = ("event_id", "grp", "bucket", "first_day", "last_day", "article", "outlet", "published", "date", "cameo")

    def __init__(self, rule: IncidentRule = DEFAULT_RULE) -> None:
        self.rule = rule
        self.db = temporary_database()
        self.db.execute(f"CREATE TABLE sighting (seq INTEGER PRIMARY KEY, {', '.join(self._COLUMNS)})")
        self.rows = Inserts(self.db, f"INSERT INTO sighting ({', '.join(self._COLUMNS)}) "
                                     f"VALUES ({', '.join('?' * len(self._COLUMNS))})")
        self.grouped = False

    def add(self, e: Event) -> None:
        s = sighting(e, self.rule)
        grp = SEP.join(s.group)
        # Undated mentions cannot be placed in time: they group within their article only.
        bucket = grp if s.first_day is not None else SEP.join((grp, "undated", s.article))
        self.rows.add((s.event_id, grp, bucket, s.first_day, s.last_day, s.article, s.outlet, s.published,
                       s.date, s.cameo))

    def _group(self) -> None:
        self.rows.flush()
        self.db.execute("CREATE TABLE incident (id TEXT, record TEXT)")
        self.db.execute("CREATE TABLE member (event_id TEXT PRIMARY KEY, incident TEXT) WITHOUT ROWID")
        rows = self.db.execute("SELECT bucket, event_id, grp, first_day, last_day, article, outlet, published, date, "
                               "cameo FROM sighting ORDER BY bucket, first_day, last_day, event_id")
        found = Inserts(self.db, "INSERT INTO incident VALUES (?, ?)")
        members = Inserts(self.db, "INSERT OR REPLACE INTO member VALUES (?, ?)")  # as a dict would
        for _, group_rows in itertools.groupby(rows, key=lambda r: r[0]):
            sightings = (Sighting(r[1], tuple(r[2].split(SEP)), *r[3:]) for r in group_rows)
            first = next(sightings)
            for i in _group_incidents(first.group, itertools.chain([first], sightings), self.rule):
                found.add((i.id, json.dumps(i.record(), ensure_ascii=False)))
                for eid in i.events:
                    members.add((eid, i.id))
        found.flush()
        members.flush()
        self.grouped = True

    def incidents(self) -> Iterator[Incident]:
        """The incidents, sorted by id."""
        if not self.grouped:
            self._group()
        for (record,) in self.db.execute("SELECT record FROM incident ORDER BY id, rowid"):
            d = json.loads(record)
            yield Incident(**{**d, "events": tuple(d["events"])})

    def write(self, path: str | Path) -> None:
        """incidents.jsonl, as write_incidents(self.incidents(), path) writes it, from the
        records as they were stored."""
        if not self.grouped:
            self._group()
        with atomic_write(path) as fh:
            for (record,) in self.db.execute("SELECT record FROM incident ORDER BY id, rowid"):
                fh.write(record + "\n")

    def incident_ids(self) -> Iterator[str]:
        """The incident id of each event, in the order the events were added."""
        if not self.grouped:
            self._group()
        yield from (i for (i,) in self.db.execute(
            "SELECT m.incident FROM sighting s JOIN member m ON m.event_id = s.event_id ORDER BY s.seq"))

    def close(self) -> None:
        self.db.close()


def write_incidents(incidents: Iterable[Incident], path: str | Path) -> None:
    """incidents.jsonl: one Incident.record() per line, in the order given (build: by id)."""
    with atomic_write(path) as fh:
        for i in incidents:
            fh.write(json.dumps(i.record(), ensure_ascii=False) + "\n")
