"""`graphbuild viz OUTDIR`: the actor network as a page, a picture or a graph file."""
from __future__ import annotations

import sys
from pathlib import Path

from ..network import build_graph, write_gexf, write_graphml
from ..records import read_events
from ..viz import write_page, write_picture


def viz(args) -> int:
    src = Path(args.outdir)
    g = build_graph(read_events(src))
    folder = src if src.is_dir() else src.parent
    out = Path(args.output) if args.output else folder / f"actors.{args.format}"
    writers = {
        "html": write_page,
        "png": lambda graph, path: write_picture(graph, path, "png"),
        "svg": lambda graph, path: write_picture(graph, path, "svg"),
        "graphml": write_graphml,
        "gexf": write_gexf,
    }
    writers[args.format](g, out)
    print(f"wrote {out} ({g.number_of_nodes()} actors, {g.number_of_edges()} links)", file=sys.stderr)
    return 0
