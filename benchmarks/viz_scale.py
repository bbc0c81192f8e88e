"""How the actor-network page copes with a corpus-sized graph.

Builds the page for a small synthetic graph and for 2,000 actors / 20,000 events, opens
both in headless Chromium (Debian's /usr/bin/chromium through Playwright) and prints, for
each, the time of the layout and to write the page in Python, the time to first render (from navigation
start to the first frame the renderer drew) and the time to apply a filter (from the
control's change to the next frame drawn), with the large graph's figures as ratios of
the small one's measured in the same run.

    .venv/bin/python benchmarks/viz_scale.py [--events 20000] [--actors 2000]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import synthetic_events  # noqa: E402
from graphbuild.network import build_graph  # noqa: E402
from graphbuild.viz.html import write_page  # noqa: E402
from graphbuild.viz.layout import positions  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REPEATS = 3


def measure(browser, path: Path, plover: str) -> dict:
    first, filt, reset = [], [], []
    for _ in range(REPEATS):
        ctx = browser.new_context(viewport={"width": 1400, "height": 900})
        page = ctx.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_function("window.graphView && graphView.renders > 0", timeout=300_000)
        first.append(page.evaluate("graphView.firstRenderMs"))
        for value, into in ((plover, filt), ("", reset)):
            n = page.evaluate("graphView.renders")
            page.select_option("#filter-plover", value)
            page.wait_for_function(f"graphView.renders > {n}", timeout=300_000)
            into.append(page.evaluate("graphView.lastApplyMs"))
        drawn = page.evaluate("[graphView.drawnNodes, graphView.drawnEdges]")
        ctx.close()
        if errors:
            raise SystemExit(f"page errors in {path}: {errors}")
    return {"first": statistics.median(first), "filter": statistics.median(filt),
            "reset": statistics.median(reset), "drawn": drawn}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--actors", type=int, default=2_000)
    opts = ap.parse_args()
    from playwright.sync_api import sync_playwright

    sizes = {"small": (200, 50), "large": (opts.events, opts.actors)}
    results = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        for name, (n_events, n_actors) in sizes.items():
            events = synthetic_events(n_events, n_actors=n_actors)
            g = build_graph(events)
            t = time.perf_counter()
            positions(g)
            layout_s = time.perf_counter() - t
            path = Path(tmp) / f"{name}.html"
            t = time.perf_counter()
            write_page(g, path)
            write_s = time.perf_counter() - t
            plover = sorted({e.plover for e in events if e.plover})[0]
            r = measure(browser, path, plover)
            assert r["drawn"] == [g.number_of_nodes(), g.number_of_edges()], (r["drawn"], name)
            results[name] = {**r, "write": write_s * 1000, "layout": layout_s, "nodes": g.number_of_nodes(),
                             "edges": g.number_of_edges(), "events": n_events,
                             "mb": path.stat().st_size / 1e6}
        browser.close()
    print(f"{'graph':<6} {'actors':>6} {'links':>6} {'events':>6} {'page MB':>7} {'write ms':>9} "
          f"{'first render ms':>15} {'filter ms':>9} {'unfilter ms':>11}")
    for name, r in results.items():
        print(f"{name:<6} {r['nodes']:>6} {r['edges']:>6} {r['events']:>6} {r['mb']:>7.2f} {r['write']:>9.0f} "
              f"{r['first']:>15.0f} {r['filter']:>9.0f} {r['reset']:>11.0f}")
    s, lg = results["small"], results["large"]
    print(f"layout of the large graph: {lg['layout']:.2f} s (acceptance <= 2 s): "
          f"{'OK' if lg['layout'] <= 2 else 'BELOW'}")
    print(f"ratio large/small: write {lg['write'] / s['write']:.1f}x, first render {lg['first'] / s['first']:.1f}x, "
          f"filter {lg['filter'] / max(s['filter'], 0.1):.1f}x, unfilter {lg['reset'] / max(s['reset'], 0.1):.1f}x")


if __name__ == "__main__":
    main()
