"""The colours of the network view, shared by the HTML page, the pictures and GEXF.

Edges run from cooperation (bluish green, blue) to conflict (orange, vermilion) by
QuadClass: four hues of the Okabe-Ito palette, told apart with every common colour-vision
deficiency. Nodes are coloured by actor kind, or by country from a fixed palette so a
country keeps its colour between runs.
"""
from __future__ import annotations

import zlib

from ..coding import QUAD_CLASS_LABELS

QUAD_COLORS = {1: "#009e73", 2: "#0072b2", 3: "#e69f00", 4: "#d55e00"}
NO_QUAD_COLOR = "#b0b0b0"
KIND_COLORS = {"PERSON": "#4e79a7", "STATE": "#f28e2b", "IGO": "#76b7b2",
               "ORGANIZATION": "#b07aa1", "GROUP": "#edc948", "UNKNOWN": "#bab0ac"}
COUNTRY_PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                   "#ff9da7", "#9c755f", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                   "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939")
NO_COUNTRY_COLOR = "#bab0ac"


def edge_color(quad_class: int | None) -> str:
    return QUAD_COLORS.get(quad_class, NO_QUAD_COLOR)


def kind_color(kind: str | None) -> str:
    return KIND_COLORS.get(kind or "UNKNOWN", KIND_COLORS["UNKNOWN"])


def country_color(country: str | None) -> str:
    if not country:
        return NO_COUNTRY_COLOR
    return COUNTRY_PALETTE[zlib.crc32(country.encode("utf-8")) % len(COUNTRY_PALETTE)]


def quad_legend(present: set[int | None] | None = None) -> list[tuple[str, str]]:
    """(label, colour) from cooperation to conflict, then events with no QuadClass; only the
    classes in `present` (QuadClasses, None for none) when it is given."""
    rows = [(q, QUAD_CLASS_LABELS[q], QUAD_COLORS[q]) for q in (1, 2, 3, 4)] + [(None, "no QuadClass", NO_QUAD_COLOR)]
    return [(label, c) for q, label, c in rows if present is None or q in present]
