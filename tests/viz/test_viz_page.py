"""The actor-network page in a real headless Chromium."""
from __future__ import annotations

import json
import re

import pytest

from graphbuild.incidents import assign
from graphbuild.network import MAX_PAIR_EVENTS, build_graph
from graphbuild.viz.html import page_data, render_page, script_json, script_json_parts, write_page
from viz_samples import ART1, LAVROV, USA, make_event


def drawn(p) -> tuple[int, int]:
    v = p.view()
    return v["nodes"], v["edges"]


def test_page_draws_every_actor_and_link_offline(tmp_path, artifacts, open_page, seed_like_events):
    path = tmp_path / "actors.html"
    write_page(seed_like_events, path)
    g = build_graph(seed_like_events)
    p = open_page(path)
    assert drawn(p) == (g.number_of_nodes(), g.number_of_edges()) == (5, 4)
    assert p.page.locator("#status").text_content() == "5 of 5 actors, 4 of 4 links, 5 of 5 incidents (5 events)"
    # Legend names the kinds present and the QuadClass colours.
    legend = p.page.locator("#legend").text_content()
    assert "person" in legend and "igo" in legend and "verbal conflict" in legend
    p.page.screenshot(path=str(artifacts / "actors-hand-made.png"))
    assert p.console_errors == [] and p.other_requests == [] and p.dialogs == []


def test_the_events_of_one_incident_count_once_in_widths_and_counts(tmp_path, open_page, seed_like_events):
    widths = {}
    for name, events in (("apart", seed_like_events), ("grouped", assign(seed_like_events))):
        write_page(events, tmp_path / f"{name}.html")
        p = open_page(tmp_path / f"{name}.html")
        widths[name] = sorted(p.page.evaluate("Object.values(graphView.network.body.edges).map((e) => e.options.width)"))
    # Lavrov's two criticisms of the United States in one article on one day are one incident.
    assert p.page.locator("#status").text_content() == "5 of 5 actors, 4 of 4 links, 4 of 4 incidents (5 events)"
    assert widths["grouped"] == [1, 1, 1, 1] and widths["apart"] == [1, 1, 1, 2.5]
    links = list(build_graph(seed_like_events).edges)
    p.page.evaluate(f"graphView.select({{link: {links.index(('sergey-lavrov', 'united-states'))}}})")
    assert p.page.locator("#details .meta").first.text_content() == "1 incident: 2 events shown of 2"
    assert p.console_errors == []


def test_filters_change_what_is_drawn(tmp_path, open_page, seed_like_events):
    path = tmp_path / "actors.html"
    write_page(seed_like_events, path)
    p = open_page(path)

    renders = p.view()["renders"]
    p.page.select_option("#filter-plover", "CONSULT")
    p.wait_for_render_after(renders)
    assert drawn(p) == (2, 2)  # Tillerson <-> Lavrov only

    renders = p.view()["renders"]
    p.page.select_option("#filter-plover", "")
    p.page.select_option("#filter-root", "11")
    p.wait_for_render_after(renders)
    assert drawn(p) == (4, 2)  # Lavrov -> US, Putin -> NATO

    renders = p.view()["renders"]
    p.page.fill("#filter-from", "2018-01-01")
    p.page.dispatch_event("#filter-from", "change")
    p.wait_for_render_after(renders)
    assert drawn(p) == (2, 1)  # only the 2018 article

    renders = p.view()["renders"]
    p.page.click("#reset")
    p.wait_for_render_after(renders)
    assert drawn(p) == (5, 4)

    renders = p.view()["renders"]
    p.page.fill("#filter-min-actor", "3")
    p.page.dispatch_event("#filter-min-actor", "change")
    p.wait_for_render_after(renders)
    assert drawn(p) == (1, 0)  # Lavrov alone has 3 or more events
    assert p.console_errors == []


def test_clicking_a_link_lists_its_evidence(tmp_path, artifacts, open_page, seed_like_events):
    path = tmp_path / "actors.html"
    write_page(seed_like_events, path)
    p = open_page(path)
    g = build_graph(seed_like_events)
    link = list(g.edges).index(("sergey-lavrov", "united-states"))
    at = p.page.evaluate(f"graphView.edgePoint({link})")
    p.page.mouse.click(at["x"], at["y"])
    details = p.page.locator("#details")
    assert details.locator("h2").text_content() == "Sergey Lavrov → United States"
    sentences = details.locator(".sentence").all_text_contents()
    assert sentences == ["Lavrov criticised the United States for its strike.",
                         "Lavrov accused Washington of lying."]
    article = details.locator(".article a").first
    assert article.text_content() == "Lavrov & Tillerson <meet> in Moscow"
    assert article.get_attribute("href") == "https://example.org/a?x=1&y=2"
    p.page.screenshot(path=str(artifacts / "actors-link-evidence.png"))
    assert p.console_errors == [] and p.other_requests == []


def test_hover_and_search_show_an_actor(tmp_path, open_page, seed_like_events):
    path = tmp_path / "actors.html"
    write_page(seed_like_events, path)
    p = open_page(path)
    index = list(build_graph(seed_like_events).nodes).index("sergey-lavrov")
    at = p.page.evaluate(f"graphView.nodePoint({index})")
    p.page.mouse.move(at["x"], at["y"])
    tip = p.page.locator("#tooltip")
    tip.wait_for(state="visible")
    assert tip.text_content() == "Sergey Lavrovcountry: RUScode: RUSGOV"

    p.page.fill("#search", "lavrov")  # an alias, in lower case
    p.page.press("#search", "Enter")
    assert p.page.locator("#details h2").text_content() == "Sergey Lavrov"
    assert "→ United States (2)" in p.page.locator("#details .counterparts").text_content()


def test_article_text_is_shown_as_text_and_never_runs(tmp_path, artifacts, open_page, evil_events):
    path = tmp_path / "actors.html"
    write_page(evil_events, path, title="<b>title</b>")
    html = path.read_text(encoding="utf-8")
    assert "<script>alert(" not in html and "<img src=x" not in html and "\u2028" not in html
    p = open_page(path)
    assert drawn(p) == (2, 2)
    p.page.fill("#search", "<script>alert(1)</script>")
    p.page.press("#search", "Enter")
    assert p.page.locator("#details h2").text_content() == "<script>alert(1)</script>"
    assert p.page.locator("#page-title").text_content() == "<b>title</b>"

    g = build_graph(evil_events)
    link = list(g.edges).index(("evil", "united-states"))
    at = p.page.evaluate(f"graphView.edgePoint({link})")
    p.page.mouse.click(at["x"], at["y"])
    details = p.page.locator("#details")
    assert details.locator(".sentence").text_content() == (
        "</script><script>alert(4)</script> <img src=x onerror=alert(5)> said \u2028 & more")
    # A javascript: URL is not made a link; the title stays text.
    assert details.locator(".article a").count() == 0
    assert "</title><script>alert(2)</script>" in details.locator(".article").text_content()
    assert p.page.locator("#details script, #details img, #details b").count() == 0
    p.page.screenshot(path=str(artifacts / "actors-escaping.png"))
    assert p.dialogs == [] and p.console_errors == [] and p.other_requests == []


def test_script_json_cannot_close_its_element():
    text = script_json({"s": "</script><!-- & \u2028\u2029 >"})
    assert re.search(r"[<>&\u2028\u2029]", text) is None
    assert json.loads(text) == {"s": "</script><!-- & \u2028\u2029 >"}


def test_the_page_written_in_pieces_is_the_page_as_one_text(tmp_path, evil_events):
    g = build_graph(evil_events)
    data = page_data(g, "t")
    assert "".join(script_json_parts(data)) == script_json(data)
    write_page(g, tmp_path / "actors.html", title="<b>t</b>")
    html = (tmp_path / "actors.html").read_text(encoding="utf-8")
    assert html == render_page(g, "<b>t</b>") and script_json(page_data(g, "<b>t</b>")) in html


def test_seed_build_page(request, artifacts, open_page):
    try:
        outdir = request.getfixturevalue("seed_outdir")
    except pytest.FixtureLookupError:
        pytest.skip("the seed build fixture (tests/conftest.py) is not available")
    from graphbuild.records import read_events

    g = build_graph(read_events(outdir))
    p = open_page(outdir / "actors.html")
    assert drawn(p) == (g.number_of_nodes(), g.number_of_edges())
    assert {"sergey-lavrov", "united-states", "vladimir-putin", "nato", "rex-tillerson"} <= set(g.nodes)
    p.page.screenshot(path=str(artifacts / "actors-seed.png"))
    links = list(g.edges)
    # Filter to CONSULT: only meetings remain, and fewer links than before.
    renders = p.view()["renders"]
    p.page.select_option("#filter-plover", "CONSULT")
    p.wait_for_render_after(renders)
    consult = {(s, t) for s, t, d in g.edges(data=True) if any(e["plover"] == "CONSULT" for e in d["event_list"])}
    assert drawn(p)[1] == len(consult) < len(links)
    assert ("rex-tillerson", "sergey-lavrov") in consult
    at = p.page.evaluate(f"graphView.edgePoint({links.index(('rex-tillerson', 'sergey-lavrov'))})")
    p.page.mouse.click(at["x"], at["y"])
    sentences = p.page.locator("#details .sentence").all_text_contents()
    expected = [e["sentence"] for e in g.edges["rex-tillerson", "sergey-lavrov"]["event_list"]
                if e["plover"] == "CONSULT"]
    assert sentences == expected and sentences
    assert p.console_errors == [] and p.other_requests == [] and p.dialogs == []


def test_a_busy_link_counts_all_its_events_though_the_page_holds_only_its_first(tmp_path, open_page):
    n = MAX_PAIR_EVENTS + 10
    events = [make_event(USA, LAVROV, "111", "ACCUSE", 3, -2.0, f"Washington criticised Lavrov again ({i}).", ART1,
                         start=100 * i) for i in range(n)]
    path = tmp_path / "actors.html"
    write_page(events, path)
    p = open_page(path)
    assert p.page.locator("#status").text_content() == f"2 of 2 actors, 1 of 1 links, {n} of {n} incidents ({n} events)"

    mid = p.page.evaluate("graphView.edgePoint(0)")
    renders = p.view()["renders"]
    p.page.mouse.click(mid["x"], mid["y"])
    p.wait_for_render_after(renders)
    assert (f"The page holds the first {MAX_PAIR_EVENTS} of this link's {n} events ({n} incidents in all)"
            in p.page.locator("#details").text_content())

    renders = p.view()["renders"]
    p.page.select_option("#filter-root", "11")  # a filter counts among the events the page holds
    p.wait_for_render_after(renders)
    assert p.page.locator("#status").text_content().startswith(f"2 of 2 actors, 1 of 1 links, {MAX_PAIR_EVENTS} of {n}")
