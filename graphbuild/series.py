"""Time series of the events of one actor, or between two: per period (month, week or day of
the event's date), the events by QuadClass, their mean Goldstein value and the most frequent
event types; as rows, a CSV file and a picture.

What is counted: incidents (distinct `incident` ids) when the records carry them, so a
happening reported ten times counts once; mentions (event records) otherwise. An incident
falls in the period of its earliest mention there, and is coded by its most frequent CAMEO
code among those mentions (ties: the lowest code). Negated events are left out. An event whose
date is less precise than the period (a month's date in a series by week) cannot be placed and
is counted in `unplaced`; an event with no date at all in `undated`.

    >>> s = series(read_events("out"), ["Russia", "United States"], by="month")
    >>> s.rows[0].period, s.rows[0].count, s.unit
    ('2017-04', 3, 'mentions')
"""
from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable

from .errors import InputError
from .model import Actor, Event

PERIODS = ("month", "week", "day")
TOP_TYPES = 3


@dataclass(frozen=True)
class Period:
    """One row of a series."""

    period: str  # 2024-04, 2024-W15 or 2024-04-13
    count: int  # incidents (or mentions) in the period
    quad: tuple[int, int, int, int]  # of which verbal/material cooperation, verbal/material conflict
    goldstein: float | None  # mean Goldstein value of what is counted
    top_types: tuple[tuple[str, int], ...]  # most frequent PLOVER types (CAMEO code when none)


@dataclass(frozen=True)
class Series:
    actors: tuple[str, ...]  # the actors' names
    by: str
    unit: str  # "incidents" or "mentions"
    rows: tuple[Period, ...]
    undated: int = 0
    unplaced: int = 0

    def header(self) -> str:
        who = " and ".join(self.actors)
        what = ("incidents (distinct incident ids)" if self.unit == "incidents"
                else "mentions (the records carry no incident ids)")
        return f"events of {who} by {self.by}, counting {what}"

    def table(self) -> str:
        """The series as a text table, with a header line saying what is counted."""
        lines = [self.header(),
                 f"{'period':<10} {self.unit:>9} {'coop-v':>6} {'coop-m':>6} {'conf-v':>6} {'conf-m':>6} {'goldstein':>9}  top types"]
        for r in self.rows:
            gold = f"{r.goldstein:+.2f}" if r.goldstein is not None else "-"
            types = ", ".join(f"{t} {n}" for t, n in r.top_types)
            lines.append(f"{r.period:<10} {r.count:>9} {r.quad[0]:>6} {r.quad[1]:>6} {r.quad[2]:>6} {r.quad[3]:>6} "
                         f"{gold:>9}  {types}")
        if not self.rows:
            lines.append("(no dated events)")
        left = [f"{n} {what}" for n, what in ((self.undated, "without a date"),
                                               (self.unplaced, f"dated less precisely than a {self.by}")) if n]
        if left:
            lines.append(f"left out: {', '.join(left)}")
        return "\n".join(lines)

    def write_csv(self, path: str | Path) -> None:
        from .fileio import atomic_write

        with atomic_write(path) as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["period", self.unit, "verbal_cooperation", "material_cooperation", "verbal_conflict",
                        "material_conflict", "mean_goldstein", "top_types"])
            for r in self.rows:
                w.writerow([r.period, r.count, *r.quad, "" if r.goldstein is None else round(r.goldstein, 3),
                            "; ".join(f"{t} {n}" for t, n in r.top_types)])

    def plot(self, path: str | Path) -> None:
        """A stacked bar per period by QuadClass, with the mean Goldstein value as a line on a
        second axis: a figure for a paper (PNG or SVG, by the file's extension)."""
        fmt = Path(path).suffix.lstrip(".").lower()
        if fmt not in ("png", "svg"):
            raise InputError(f"{path}: cannot draw a picture as {fmt!r}", "give a .png or .svg file")
        import matplotlib
        from matplotlib.figure import Figure

        from .fileio import atomic_write
        from .coding import QUAD_CLASS_LABELS
        from .viz.palette import QUAD_COLORS

        with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 9}):
            fig = Figure(figsize=(7, 3.6), dpi=200)
            ax = fig.add_subplot()
            xs = range(len(self.rows))
            bottom = [0] * len(self.rows)
            for q in (1, 2, 3, 4):
                heights = [r.quad[q - 1] for r in self.rows]
                if any(heights):
                    ax.bar(xs, heights, bottom=bottom, color=QUAD_COLORS[q], label=QUAD_CLASS_LABELS[q], width=0.7)
                    bottom = [b + h for b, h in zip(bottom, heights)]
            ax.set_ylabel(self.unit)
            ax.set_xticks(list(xs), [r.period for r in self.rows], rotation=45 if len(self.rows) > 6 else 0,
                          ha="right" if len(self.rows) > 6 else "center")
            ax.yaxis.get_major_locator().set_params(integer=True)
            ax.spines[["top"]].set_visible(False)
            gold = ax.twinx()
            points = [(x, r.goldstein) for x, r in zip(xs, self.rows) if r.goldstein is not None]
            if points:
                gold.plot(*zip(*points), color="black", marker="o", markersize=3, linewidth=1, label="mean Goldstein")
            gold.set_ylim(-10.5, 10.5)
            gold.axhline(0, color="0.8", linewidth=0.6, zorder=0)
            gold.set_ylabel("mean Goldstein")
            gold.spines[["top"]].set_visible(False)
            handles = ax.get_legend_handles_labels()[0] + gold.get_legend_handles_labels()[0]
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.12, 1), frameon=False)
            ax.set_title(_plain(self.header()), loc="left")
            with atomic_write(path, "wb", encoding=None) as fh:
                fig.savefig(fh, format=fmt, bbox_inches="tight", metadata=_METADATA[fmt])


# Fixed metadata, so the same series draws the same file.
_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None}}


def _plain(s: str) -> str:
    return s.replace("$", r"\$")  # matplotlib reads $...$ as mathematics


def find_actor(name: str, actors: dict[str, Actor]) -> Actor:
    """The actor a user named: its id, its name or an alias, any case ("russia", "Lavrov")."""
    key = name.strip().lower()
    for match in (lambda a: a.id.lower() == key, lambda a: a.name.lower() == key,
                  lambda a: key in (x.lower() for x in a.aliases)):
        found = sorted((a for a in actors.values() if match(a)), key=lambda a: a.id)
        if found:
            return found[0]
    known = sorted(actors.values(), key=lambda a: a.name)
    close = [a.name for a in known if key in a.name.lower()][:5]
    raise InputError(f"no actor {name!r} in the events",
                     f"did you mean {', '.join(close)}?" if close else "give an actor's name or id as in events.jsonl")


def period_of(iso: str | None, by: str) -> str | None:
    """The period of an ISO date of any precision, or None when it is less precise than `by`."""
    if not iso:
        return None
    if by == "month":
        return iso[:7] if len(iso) >= 7 else None
    if len(iso) < 10:
        return None
    if by == "day":
        return iso[:10]
    year, week, _ = date.fromisoformat(iso[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def series(events: Iterable[Event], actors: list[str], by: str = "month") -> Series:
    """The series of the events of `actors[0]` (with anyone), or between `actors[0]` and
    `actors[1]` (either way)."""
    if by not in PERIODS:
        raise InputError(f"unknown period {by!r}", f"give one of {', '.join(PERIODS)}")
    if not 1 <= len(actors) <= 2:
        raise InputError(f"{len(actors)} actors given", "give one actor, or two for the events between them")
    events = [e for e in events if not e.negated]
    known = {a.id: a for e in events for a in (e.source, e.target) if a is not None}
    chosen = [find_actor(name, known) for name in actors]
    ids = {a.id for a in chosen}

    def concerns(e: Event) -> bool:
        pair = {e.source.id, e.target.id if e.target is not None else None}
        return ids <= pair if len(ids) == 2 else bool(ids & pair)

    mine = [e for e in events if concerns(e)]
    by_incident = any(getattr(e, "incident", None) for e in mine)
    groups: dict[tuple[str, str], list[Event]] = defaultdict(list)
    undated = unplaced = 0
    for e in mine:
        p = period_of(e.date, by)
        if p is None:
            undated += not e.date
            unplaced += bool(e.date)
            continue
        key = getattr(e, "incident", None) if by_incident else None
        groups[key or e.id, p].append(e)
    # An incident in the period of its earliest mention.
    first: dict[str, str] = {}
    for key, p in sorted(groups):
        first.setdefault(key, p)
    per: dict[str, list[Event]] = defaultdict(list)
    for (key, p), members in sorted(groups.items()):
        if first[key] == p:
            per[p].append(_representative(members))
    rows = tuple(_row(p, per.get(p, [])) for p in _every(sorted(per), by))
    return Series(tuple(a.name for a in chosen), by, "incidents" if by_incident else "mentions", rows,
                  undated, unplaced)


def _every(periods: list[str], by: str) -> list[str]:
    """Every period from the first to the last, the empty ones too: a gap is a finding."""
    if not periods:
        return []
    first, last = periods[0], periods[-1]
    if by == "month":
        y, m = int(first[:4]), int(first[5:7])
        out = []
        while f"{y:04d}-{m:02d}" <= last:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    step = 7 if by == "week" else 1
    day = date.fromisoformat(first) if by == "day" else date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
    out = []
    while (p := period_of(day.isoformat(), by)) <= last:
        out.append(p)
        day += timedelta(days=step)
    return out


def _representative(members: list[Event]) -> Event:
    codes = Counter(e.cameo or "" for e in members)
    code = min(codes, key=lambda c: (-codes[c], c))
    return min((e for e in members if (e.cameo or "") == code), key=lambda e: (e.date or "", e.id))


def _row(period: str, counted: list[Event]) -> Period:
    quad = Counter(e.quad_class for e in counted)
    gold = [e.goldstein for e in counted if e.goldstein is not None]
    types = Counter(e.plover or e.cameo or "uncoded" for e in counted)
    top = tuple(sorted(types.items(), key=lambda x: (-x[1], x[0]))[:TOP_TYPES])
    return Period(period, len(counted), tuple(quad[q] for q in (1, 2, 3, 4)),
                  sum(gold) / len(gold) if gold else None, top)
