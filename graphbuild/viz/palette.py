"""The colours of the network view, shared by the HTML page, the pictures and GEXF.

Edges run from cooperation (greens) to conflict (reds) by QuadClass; nodes are coloured
by actor kind, or by country from a fixed palette so a country keeps its colour between
runs.
"""
from __future__ import annotations

import zlib

from ..coding import QUAD_CLASS_LABELS

QUAD_COLORS = {1: "#66bd63", 2: "#1a9850", 3: "#f46d43", 4: "#d73027"}
NO_QUAD_COLOR = "#9e9e9e"
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


def quad_legend() -> list[tuple[str, str]]:
    """(label, colour) from cooperation to conflict, then events with no QuadClass."""
    return [(QUAD_CLASS_LABELS[q], QUAD_COLORS[q]) for q in (1, 2, 3, 4)] + [("no QuadClass", NO_QUAD_COLOR)]
