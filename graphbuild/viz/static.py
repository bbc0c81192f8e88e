"""Static pictures of the actor network (PNG, SVG) with matplotlib, in the page's colours."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Iterable

import networkx as nx

from ..errors import ConfigError
from ..fileio import atomic_write
from ..model import Event
from ..network import build_graph
from .layout import positions
from .palette import KIND_COLORS, edge_color, kind_color, quad_legend

FORMATS = ("png", "svg")
# Above these sizes labels go to the busiest actors only and arrows are dropped:
# one arrow patch per edge would take minutes to draw.
MAX_LABELS = 60
MAX_ARROWS = 1500


def _text(s: str) -> str:
    # matplotlib reads $...$ as mathematics; an actor's name is plain text.
    return s.replace("$", r"\$")


def write_picture(events: Iterable[Event] | nx.DiGraph, path: str | Path, fmt: str | None = None,
                  *, title: str = "Actor network") -> None:
    """Draw the actor network of `events` to `path` as PNG or SVG (from the suffix, or `fmt`)."""
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ConfigError(f"{path}: cannot draw a picture as {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    import matplotlib

    # Text stays text in SVG, so names can be searched and edited in a paper's figure.
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        _draw(events, path, fmt, title)


def _draw(events, path, fmt, title) -> None:
    # A bare Figure, not pyplot: no display, and no change to the caller's backend.
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    g = events if isinstance(events, nx.DiGraph) else build_graph(events)
    pos = {n: (x, -y) for n, (x, y) in positions(g).items()}  # screen y grows down, the plot's up
    fig = Figure(figsize=(12, 9), dpi=150)
    ax = fig.subplots()
    ax.set_title(_text(title))
    ax.set_axis_off()
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no events", ha="center", va="center", transform=ax.transAxes)
    else:
        nodes = list(g.nodes)
        sizes = [80 + 120 * g.nodes[n]["events"] ** 0.5 for n in nodes]
        edge_list = list(g.edges)
        top = math.log1p(max((g.edges[e]["events"] for e in edge_list), default=1))
        widths = [1.0 + 4.0 * (math.log1p(g.edges[e]["events"]) / top - math.log(2) / top) for e in edge_list]
        colors = [edge_color(g.edges[e]["quad_class"]) for e in edge_list]
        arrows = len(edge_list) <= MAX_ARROWS
        arrow_opts = {"arrowsize": 12, "node_size": sizes, "nodelist": nodes,
                      "connectionstyle": "arc3,rad=0.12"} if arrows else {}
        nx.draw_networkx_edges(g, pos, ax=ax, edgelist=edge_list, width=widths, edge_color=colors,
                               alpha=0.8, arrows=arrows, **arrow_opts)
        nx.draw_networkx_nodes(g, pos, ax=ax, nodelist=nodes, node_size=sizes,
                               node_color=[kind_color(g.nodes[n]["type"]) for n in nodes],
                               edgecolors="#555555", linewidths=0.6)
        busiest = sorted(nodes, key=lambda n: (-g.nodes[n]["events"], n))[:MAX_LABELS]
        size_of = dict(zip(nodes, sizes))
        for n in busiest:
            # Above the dot: node_size is an area in points squared.
            ax.annotate(_text(g.nodes[n]["name"]), xy=pos[n], xytext=(0, size_of[n] ** 0.5 / 2 + 2),
                        textcoords="offset points", ha="center", va="bottom",
                        fontsize=8 if len(nodes) > 20 else 10)
        present = {g.nodes[n]["type"] for n in nodes}
        handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=c,
                          markeredgecolor="#555555", label=k.lower())
                   for k, c in KIND_COLORS.items() if k in present]
        quads = {g.edges[e]["quad_class"] or None for e in edge_list}
        handles += [Line2D([], [], color=c, linewidth=3, label=label) for label, c in quad_legend(quads)]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    ax.margins(0.08)
    with atomic_write(path, "wb", encoding=None) as fh:
        fig.savefig(fh, format=fmt, bbox_inches="tight")
