"""The actor network: Events -> a networkx graph of actors, and its GraphML/GEXF files.

Nodes are actors merged by Actor.id; an edge is one directed (source, target) pair and
carries the events between them in that direction: their counts, the number of incidents
they mention (`incidents`; an event without an incident id counts as one), and up to
MAX_PAIR_EVENTS of them in `event_list` (the earliest). An event with no target ("the minister resigned")
makes no edge: it counts in its source's `events` and `untargeted`, so an actor's figures
are its own events, with or without a counterpart. The graph is built from per-pair aggregates
(NetworkBuilder), so it can be built from a stream of any length. Negated events ("did not criticise")
did not happen, so they are left out by default, as in the named queries.

GraphML and GEXF hold only scalar values: list and dict attributes (`aliases`,
`event_list`) are written as JSON strings, and attributes whose value is None are left off.
"""
from __future__ import annotations

import bisect
import json
from collections import Counter
from fractions import Fraction
from pathlib import Path
from typing import Iterable

import networkx as nx

from .coding import cameo_table
from .fileio import atomic_write
from .model import Actor, Event
from .spill import Distinct

QUAD_CLASSES = (1, 2, 3, 4)
# Event entries an edge keeps in `event_list` (its `events` counts them all): the page and
# the GraphML of a long archive stay the size of the network, not of the archive.
MAX_PAIR_EVENTS = 50
# Attributes holding lists or dicts; the file writers turn them into JSON text.
JSON_ATTRIBUTES = ("aliases", "event_list")


def cameo_root(code: str | None) -> str | None:
    """The two-digit root of a CAMEO event code ("112" -> "11")."""
    return code[:2] if code and len(code) >= 2 else None


def event_entry(e: Event) -> dict:
    """What an edge keeps of one event: its coding and where it was read."""
    art = e.article
    return {
        "id": e.id, "incident": e.incident or e.id, "sentence": e.sentence, "predicate": e.predicate,
        "cameo": e.cameo, "cameo_root": cameo_root(e.cameo), "plover": e.plover,
        "quad_class": e.quad_class, "goldstein": e.goldstein, "modality": e.modality,
        "negated": e.negated, "date": e.date, "article_date": art.date if art else None,
        "article_id": art.id if art else e.doc_id,
        "article_title": art.title if art else None, "article_url": art.url if art else None,
    }


def _merge_actor(seen: dict[str, dict], a: Actor, names: dict[str, Counter]) -> None:
    node = seen.get(a.id)
    names.setdefault(a.id, Counter())[a.name] += 1
    if node is None:
        seen[a.id] = {"name": a.name, "type": a.type, "country": a.country, "cameo": a.cameo,
                      "role": a.role, "aliases": set(a.aliases), "resolved": a.resolved, "events": 0, "incidents": 0,
                      "untargeted": 0}
        return
    # The same actor read in several articles: keep the first known value of each field.
    for key in ("country", "cameo", "role"):
        if node[key] is None:
            node[key] = getattr(a, key)
    if node["type"] == "UNKNOWN":
        node["type"] = a.type
    node["aliases"].update(a.aliases)
    node["resolved"] = node["resolved"] or a.resolved


def dominant_quad_class(counts: dict[int, int]) -> int | None:
    """The QuadClass with most events; a tie goes to the more conflictual class."""
    best = max(QUAD_CLASSES, key=lambda q: (counts.get(q, 0), q))
    return best if counts.get(best, 0) else None


class NetworkBuilder:
    """The actor graph from a stream of events, in memory that grows with actors and pairs.

    Each pair keeps counts, QuadClass counts, the exact Goldstein sum and at most
    MAX_PAIR_EVENTS event entries (the earliest by date, article, offset and id, the order of
    `event_list`); `events` always counts them all. The incidents of each pair are counted on
    disk (spill.Distinct), as an incident's mentions come from anywhere in the stream. Fields
    of an actor read in several articles are merged in input order (the first known value),
    so the graph depends only on the order of the events, never on where they were extracted.

        b = NetworkBuilder(); for e in events: b.add(e); g = b.graph()
    """

    def __init__(self, *, include_negated: bool = False, max_pair_events: int = MAX_PAIR_EVENTS) -> None:
        self.include_negated, self.cap = include_negated, max_pair_events
        self.actors: dict[str, dict] = {}
        self.names: dict[str, Counter] = {}
        self.pairs: dict[tuple[str, str], _Pair] = {}
        self.untargeted: Counter = Counter()
        self.incidents = Distinct()

    def add(self, e: Event) -> None:
        if e.negated and not self.include_negated:
            return
        _merge_actor(self.actors, e.source, self.names)
        if e.target is None:
            self.untargeted[e.source.id] += 1
            return
        _merge_actor(self.actors, e.target, self.names)
        pair = self.pairs.get((e.source.id, e.target.id))
        if pair is None:
            pair = self.pairs[e.source.id, e.target.id] = _Pair()
        pair.add(e, self.cap)
        self.incidents.add((e.source.id, e.target.id), e.incident or e.id)

    def graph(self) -> nx.DiGraph:
        g = nx.DiGraph()
        for aid in sorted(self.actors):
            node = dict(self.actors[aid])
            # The most frequent spelling names the actor; the others become aliases.
            name = sorted(self.names[aid].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            aliases = (node.pop("aliases") | set(self.names[aid])) - {name}
            own = self.untargeted[aid]
            g.add_node(aid, **{**node, "name": name, "aliases": sorted(aliases), "events": own, "untargeted": own})
        incidents = self.incidents.counts()
        for (s, t), pair in sorted(self.pairs.items()):
            n = incidents[s, t]
            attrs = {"events": pair.count, "incidents": n, "quad_class": dominant_quad_class(pair.quads),
                     "goldstein_mean": round(float(pair.gold_sum / pair.gold_n), 3) if pair.gold_n else None,
                     "event_list": [entry for _, entry in pair.entries]}
            attrs.update({f"events_q{q}": pair.quads.get(q, 0) for q in QUAD_CLASSES})
            g.add_edge(s, t, **attrs)
            g.nodes[s]["events"] += pair.count
            g.nodes[s]["incidents"] += n
            if t != s:
                g.nodes[t]["events"] += pair.count
                g.nodes[t]["incidents"] += n
        return g


class _Pair:
    """Aggregates of one directed actor pair: counts, and its `cap` earliest events."""

    __slots__ = ("count", "quads", "gold_sum", "gold_n", "entries")

    def __init__(self) -> None:
        self.count, self.quads, self.gold_sum, self.gold_n = 0, Counter(), Fraction(0), 0
        self.entries: list[tuple[tuple, dict]] = []  # sorted by key, never more than the cap

    def add(self, e: Event, cap: int) -> None:
        self.count += 1
        if e.quad_class in QUAD_CLASSES:
            self.quads[e.quad_class] += 1
        if e.goldstein is not None:
            self.gold_sum += Fraction(e.goldstein)  # exact: the mean does not depend on the order
            self.gold_n += 1
        key = (e.date or "", e.doc_id, e.char_start, e.id)
        if len(self.entries) >= cap:
            if cap == 0 or key >= self.entries[-1][0]:
                return  # later than every kept event: its entry is never made
            self.entries.pop()
        bisect.insort(self.entries, (key, event_entry(e)), key=lambda x: x[0])


def build_graph(events: Iterable[Event], *, include_negated: bool = False) -> nx.DiGraph:
    """The directed actor graph of `events` (see the module docstring for its attributes)."""
    b = NetworkBuilder(include_negated=include_negated)
    for e in events:
        b.add(e)
    return b.graph()


def cameo_root_labels(g: nx.DiGraph) -> dict[str, str]:
    """Root code -> label, for the roots that occur on the edges of `g`."""
    table = cameo_table()
    roots = {ev["cameo_root"] for _, _, d in g.edges(data=True) for ev in d["event_list"]}
    return {r: table[r].root_label if r in table else r for r in sorted(x for x in roots if x)}


def flat_graph(g: nx.DiGraph) -> nx.DiGraph:
    """A copy of `g` that GraphML and GEXF can hold: JSON text for lists/dicts, no None."""
    out = nx.DiGraph()

    def flat(d: dict) -> dict:
        return {k: (json.dumps(v, ensure_ascii=False, sort_keys=True) if k in JSON_ATTRIBUTES else v)
                for k, v in d.items() if v is not None}

    for n, d in g.nodes(data=True):
        out.add_node(n, **flat(d))
    for s, t, d in g.edges(data=True):
        out.add_edge(s, t, **flat(d))
    return out


def _graph_of(events_or_graph: Iterable[Event] | nx.DiGraph) -> nx.DiGraph:
    return events_or_graph if isinstance(events_or_graph, nx.DiGraph) else build_graph(events_or_graph)


def write_graphml(events: Iterable[Event] | nx.DiGraph, path: str | Path) -> None:
    """GraphML for Gephi, yEd, Cytoscape and networkx (`event_list`, `aliases` as JSON text)."""
    g = flat_graph(_graph_of(events))
    with atomic_write(path, "wb", encoding=None) as fh:
        nx.write_graphml(g, fh, encoding="utf-8", prettyprint=True)


def write_gexf(events: Iterable[Event] | nx.DiGraph, path: str | Path) -> None:
    """GEXF for Gephi, with the positions, sizes and colours of the network view."""
    from .viz.layout import positions
    from .viz.palette import edge_color, kind_color

    src = _graph_of(events)
    g = flat_graph(src)
    pos = positions(src)
    for n, d in g.nodes(data=True):
        x, y = pos[n]
        d["label"] = d["name"]
        d["viz"] = {"position": {"x": x, "y": -y, "z": 0.0}, "size": _size(src.nodes[n]["events"]),
                    "color": _rgb(kind_color(src.nodes[n]["type"]))}
    for s, t, d in g.edges(data=True):
        d["viz"] = {"color": _rgb(edge_color(src.edges[s, t]["quad_class"]))}
    with atomic_write(path, "wb", encoding=None) as fh:
        nx.write_gexf(g, fh, encoding="utf-8", prettyprint=True)


def read_graphml(path: str | Path) -> nx.DiGraph:
    """Read back a graph written by write_graphml, with its JSON attributes decoded."""
    g = nx.read_graphml(path)
    for _, d in list(g.nodes(data=True)) + [(None, d) for *_, d in g.edges(data=True)]:
        for key in JSON_ATTRIBUTES:
            if key in d:
                d[key] = json.loads(d[key])
    return g


def _size(events: int) -> float:
    return round(4.0 + 3.0 * events ** 0.5, 2)


def _rgb(hex_color: str) -> dict:
    h = hex_color.lstrip("#")
    return {"r": int(h[0:2], 16), "g": int(h[2:4], 16), "b": int(h[4:6], 16), "a": 1.0}
