"""The interactive actor-network page: one self-contained HTML file that works offline.

The page inlines vis-network (its standalone build, as shipped inside the pinned PyPI
package `pyvis`), our own page.js and page.css, and the graph as JSON inside
<script type="application/json">. Article text never becomes markup: the JSON is escaped
for the script element, and page.js writes every string with textContent.
"""
from __future__ import annotations

import calendar
import html
import importlib.util
import json
import re
from pathlib import Path
from typing import Iterable, Iterator

import networkx as nx

from ..coding import QUAD_CLASS_LABELS
from ..errors import ConfigError
from ..fileio import atomic_write
from ..model import Event
from ..network import build_graph, cameo_root_labels
from .layout import positions
from .palette import KIND_COLORS, NO_QUAD_COLOR, QUAD_COLORS, country_color

_HERE = Path(__file__).resolve().parent
LIBRARY_PACKAGE = "pyvis"
LIBRARY_FILE = "lib/vis-9.1.2/vis-network.min.js"
# Above this many links the page drops curves and hides edges while panning or zooming.
LARGE_LINKS = 3000
# Field order of one event in the page data (arrays keep a 20,000-event page small).
EVENT_FIELDS = ("link", "date", "plover", "cameo", "root", "quad", "goldstein", "modality",
                "predicate", "sentence", "article", "incident")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def library_js() -> str:
    """vis-network's standalone script from the installed `pyvis` package."""
    spec = importlib.util.find_spec(LIBRARY_PACKAGE)  # finds the folder without importing pyvis
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the Python package {LIBRARY_PACKAGE!r} is not installed",
                          "reinstall graphbuild: pip install graphbuild (it ships the page's graph library)")
    path = Path(list(spec.submodule_search_locations)[0]) / LIBRARY_FILE
    if not path.is_file():
        raise ConfigError(f"{path}: graph library script not found",
                          f"install the pinned version of {LIBRARY_PACKAGE} from pyproject.toml")
    return path.read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON that can sit inside a <script> element whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def script_json_parts(data: dict) -> Iterator[str]:
    """script_json(data) of a dict, a value or a list item at a time (the events of a page).

        "".join(script_json_parts({"a": [1, "<b>"]})) == script_json({"a": [1, "<b>"]})"""
    yield "{"
    for i, (key, value) in enumerate(data.items()):
        yield ("," if i else "") + script_json(key) + ":"
        if isinstance(value, list):
            yield "["
            yield from (("," if j else "") + script_json(item) for j, item in enumerate(value))
            yield "]"
        else:
            yield script_json(value)
    yield "}"


def _inline_script(code: str) -> str:
    # A literal "</script" or "<!--" inside a string would end or confuse the element.
    return re.sub(r"<(/script|!--)", r"<\\\1", code, flags=re.IGNORECASE)


def page_data(g: nx.DiGraph, title: str) -> dict:
    """Everything page.js needs: actors with positions, links, events, articles, colours."""
    pos = positions(g)
    ids = list(g.nodes)
    index = {a: i for i, a in enumerate(ids)}
    actors = []
    for a in ids:
        d = g.nodes[a]
        x, y = pos[a]
        actors.append({"id": a, "name": d["name"], "type": d["type"], "country": d.get("country"),
                       "cameo": d.get("cameo"), "aliases": d.get("aliases", []), "events": d["events"],
                       "incidents": d.get("incidents", d["events"]),
                       "untargeted": d.get("untargeted", 0), "x": x, "y": y})
    links, events, articles, art_index, incidents = [], [], [], {}, {}
    for li, (s, t, d) in enumerate(g.edges(data=True)):
        links.append({"s": index[s], "t": index[t], "events": d["events"],
                      "incidents": d.get("incidents", d["events"]), "quad": d["quad_class"] or 0})
        for ev in d["event_list"]:
            key = ev["article_id"]
            if key not in art_index:
                art_index[key] = len(articles)
                articles.append({"id": key, "title": ev["article_title"], "url": ev["article_url"],
                                 "date": ev.get("article_date")})
            events.append([li, ev["date"] or "", ev["plover"] or "", ev["cameo"] or "", ev["cameo_root"] or "",
                           ev["quad_class"] or 0, ev["goldstein"], ev["modality"], ev["predicate"],
                           ev["sentence"], art_index[key],
                           incidents.setdefault(ev.get("incident") or ev["id"], len(incidents))])
    dates = sorted(e[1][:10] for e in events if e[1])
    return {
        "title": title, "large": len(links) > LARGE_LINKS, "fields": list(EVENT_FIELDS),
        "actors": actors, "links": links, "events": events, "articles": articles,
        # an incident on each link it is on (a meeting's incident is on both links of its pair)
        "incidents": sum(k["incidents"] for k in links),
        "plover": sorted({e[2] for e in events if e[2]}),
        "roots": [[r, label] for r, label in cameo_root_labels(g).items()],
        "dates": [_first_day(dates[0]), _last_day(dates[-1])] if dates else None,
        "colors": {"quad": {str(q): c for q, c in QUAD_COLORS.items()}, "noQuad": NO_QUAD_COLOR,
                   "kind": KIND_COLORS,
                   "country": {c: country_color(c) for c in sorted({a["country"] for a in actors if a["country"]})},
                   "noCountry": country_color(None)},
        "quadLabels": {str(q): label for q, label in QUAD_CLASS_LABELS.items()},
    }


def render_page(g: nx.DiGraph, title: str = "Actor network") -> str:
    """The page's HTML text for graph `g`."""
    return "".join(page_parts(g, title))


def page_parts(g: nx.DiGraph, title: str = "Actor network") -> Iterator[str]:
    """The page's HTML text for graph `g`, in pieces: a large network's page is written
    without ever being one string (or several copies of one) in memory."""
    parts = {
        "TITLE": html.escape(title),
        "STYLE": (_HERE / "page.css").read_text(encoding="utf-8"),
        "DATA": script_json_parts(page_data(g, title)),
        "LIBRARY": _inline_script(library_js()),
        "SCRIPT": _inline_script((_HERE / "page.js").read_text(encoding="utf-8")),
    }
    template = (_HERE / "page.html").read_text(encoding="utf-8")
    # One pass over the template only, so no inserted text is ever read as a marker.
    at = 0
    for m in re.finditer(r"@@([A-Z]+)@@", template):
        yield template[at:m.start()]
        part = parts[m.group(1)]
        yield from [part] if isinstance(part, str) else part
        at = m.end()
    yield template[at:]


def write_page(events: Iterable[Event] | nx.DiGraph, path: str | Path, *, title: str = "Actor network") -> None:
    """Write the actor-network page of `events` (or of a graph from build_graph) to `path`."""
    g = events if isinstance(events, nx.DiGraph) else build_graph(events)
    with atomic_write(path) as fh:
        for part in page_parts(g, title):
            fh.write(part)


def _first_day(iso: str) -> str:
    """The first day of an ISO date of any precision: "2023-12" -> "2023-12-01"."""
    return iso + "-01-01"[len(iso) - 4:]


def _last_day(iso: str) -> str:
    """The last day of an ISO date of any precision: "2024-02" -> "2024-02-29"."""
    year = int(iso[:4])
    month = int(iso[5:7]) if len(iso) >= 7 else 12
    return iso[:10] if len(iso) >= 10 else f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
