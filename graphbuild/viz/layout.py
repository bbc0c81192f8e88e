"""Node positions of the actor network, computed once in Python so the browser draws a
finished picture (no physics) however large the graph is.

Each connected group of actors is laid out on its own (force-directed, Fruchterman-Reingold
from python-igraph, in C, and unweighted: weighting by events pulled busy pairs on top of each
other) and the groups are packed in rows, biggest first: a corpus of many small unrelated pairs
would otherwise be flung to the edges of one huge empty picture.
"""
from __future__ import annotations

import math
import random
import sys

import networkx as nx

# igraph imports matplotlib.pyplot as it loads, for drawing this module never asks of it: half
# a second and about 45 MiB of a build. matplotlib is hidden from igraph while it loads (unless
# already loaded) and importable again afterwards, for the series plots.
if "matplotlib" in sys.modules:
    import igraph
else:
    sys.modules["matplotlib"] = None  # type: ignore[assignment]
    try:
        import igraph
    finally:
        del sys.modules["matplotlib"]

# Fixed seed: the same graph gets the same picture in every run.
SEED = 7
# Page pixels per actor, as the square root of a group's area grows with its size.
UNIT = 60.0
GAP = 60.0


def _group_layout(sub: nx.Graph) -> dict[str, tuple[float, float]]:
    nodes = list(sub)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {k: i for i, k in enumerate(nodes)}
    ig = igraph.Graph(n=n, edges=[(index[a], index[b]) for a, b in sub.edges()])
    # igraph draws its random numbers from the generator it is given: a seeded one of our own
    # (then its default, Python's random module, again), so a layout never depends on what ran
    # before it.
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        coords = ig.layout_fruchterman_reingold(niter=500 if n <= 500 else 200).coords
    finally:
        igraph.set_random_number_generator(random)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    r = UNIT * max(2.5, math.sqrt(n))
    return {k: ((x - cx) / half * r, (y - cy) / half * r) for k, (x, y) in zip(nodes, coords)}


def positions(g: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Actor id -> (x, y) in page pixels (y grows downwards, as on a screen)."""
    und = nx.Graph()
    und.add_nodes_from(sorted(g.nodes))
    for s, t, d in g.edges(data=True):
        if s != t:
            und.add_edge(s, t)
    groups = sorted(nx.connected_components(und), key=lambda c: (-len(c), min(c)))
    laid = []
    for nodes in groups:
        # A fresh graph, nodes and edges in sorted order: a subgraph view of a small group
        # iterates the group's set, in an order that changes with PYTHONHASHSEED, and the
        # layout, which depends on the order of the edges, would change with it.
        sub = nx.Graph()
        sub.add_nodes_from(sorted(nodes))
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in und.edges(nodes)))
        pos = _group_layout(sub)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        laid.append((pos, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    if not laid:
        return {}
    # Shelf packing: rows about as wide as the whole drawing is tall.
    area = sum((w + GAP) * (h + GAP) for _, _, _, w, h in laid)
    row_width = max(max(w for _, _, _, w, _ in laid), math.sqrt(area) * 1.3)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, x0, y0, w, h in laid:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        for k, (px, py) in pos.items():
            out[k] = (px - x0 + x, py - y0 + y)
        x += w + GAP
        row_height = max(row_height, h)
    cx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
    cy = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
    return {k: (round(px - cx, 1), round(py - cy, 1)) for k, (px, py) in out.items()}
