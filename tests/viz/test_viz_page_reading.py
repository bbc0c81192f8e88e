"""What a reader sees on the actor-network page, measured in a real headless Chromium: the
highlight of a selection (in the drawn pixels), reset, the legend, label placement, link
colours under colour-vision deficiencies, and why a date filter leaves the page empty."""
from __future__ import annotations

import io
import itertools

import numpy as np
from colorspacious import cspace_convert, deltaE
from PIL import Image

from graphbuild.model import Actor, ArticleRef
from graphbuild.network import build_graph
from graphbuild.viz.html import write_page
from viz_samples import ART1, ART3, LAVROV, USA, make_event


def pixels(p, at: dict, r: int = 6) -> np.ndarray:
    """The RGB pixels of the screen square of half-side r around a point, as floats in 0..1."""
    png = p.page.screenshot(clip={"x": at["x"] - r, "y": at["y"] - r, "width": 2 * r, "height": 2 * r})
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=float) / 255


def ink(p, at: dict, r: int = 6) -> float:
    """How far a square of the screen is from white (0 white, 1 black or fully saturated)."""
    return float((1 - pixels(p, at, r).min(axis=-1)).mean())


def wait_for_render(p, action) -> None:
    renders = p.view()["renders"]
    action()
    p.wait_for_render_after(renders)


def test_a_selected_link_or_actor_stands_out_and_the_rest_fades(tmp_path, open_page, seed_like_events):
    path = tmp_path / "actors.html"
    write_page(seed_like_events, path)
    g = build_graph(seed_like_events)
    p = open_page(path)
    links = list(g.edges)
    chosen = links.index(("sergey-lavrov", "united-states"))
    other = links.index(("vladimir-putin", "nato"))
    putin = list(g.nodes).index("vladimir-putin")
    mid = {l: p.page.evaluate(f"graphView.edgePoint({l})") for l in (chosen, other)}
    putin_at = p.page.evaluate(f"graphView.nodePoint({putin})")
    before = {l: ink(p, mid[l]) for l in mid}
    putin_before = ink(p, putin_at, 3)
    assert min(before.values()) > 0.1  # both links are drawn

    wait_for_render(p, lambda: p.page.mouse.click(mid[chosen]["x"], mid[chosen]["y"]))
    assert p.page.locator("#details h2").text_content() == "Sergey Lavrov → United States"
    assert ink(p, mid[chosen]) > before[chosen] * 1.3  # wider, with a halo
    assert ink(p, mid[other]) < before[other] * 0.5  # faded
    assert ink(p, putin_at, 3) < putin_before * 0.5  # an actor not on the link fades too

    wait_for_render(p, lambda: p.page.mouse.click(putin_at["x"], putin_at["y"]))
    assert p.page.locator("#details h2").text_content() == "Vladimir Putin"
    assert ink(p, putin_at, 3) >= putin_before * 0.9
    assert ink(p, mid[other]) >= before[other] * 0.9  # Putin's own link is lit
    assert ink(p, mid[chosen]) < before[chosen] * 0.5

    box = p.page.locator("#graph").bounding_box()
    wait_for_render(p, lambda: p.page.mouse.click(box["x"] + 5, box["y"] + 5))  # empty space
    assert abs(ink(p, mid[chosen]) - before[chosen]) < 0.05 and abs(ink(p, mid[other]) - before[other]) < 0.05
    assert "Click a link" in p.page.locator("#details").text_content()
    assert p.console_errors == []


def control_values(p) -> dict:
    return p.page.evaluate("""Object.fromEntries([...document.querySelectorAll('#controls input, #controls select')]
        .map((c) => [c.id, c.type === 'checkbox' ? c.checked : c.value]))""")


def test_reset_puts_back_every_control_and_clears_the_side_panel(tmp_path, open_page, seed_like_events):
    path = tmp_path / "actors.html"
    write_page(seed_like_events, path)
    p = open_page(path)
    opened = control_values(p)
    status, legend, details = (p.page.locator(s).inner_text() for s in ("#status", "#legend", "#details"))
    link = list(build_graph(seed_like_events).edges).index(("sergey-lavrov", "united-states"))
    at = p.page.evaluate(f"graphView.edgePoint({link})")
    plain = ink(p, at)
    p.page.mouse.click(at["x"], at["y"])
    assert ink(p, at) > plain * 1.3
    # Change every control the page has, whatever it is, as a person would.
    for cid in opened:
        c = p.page.locator(f"#{cid}")
        kind = c.evaluate("(c) => c.tagName === 'SELECT' ? 'select' : c.type")
        if kind == "select":
            c.select_option(index=c.locator("option").count() - 1)
        elif kind == "checkbox":
            c.check()
        elif kind == "date":
            c.fill("2017-01-01")
        elif kind == "number":
            c.fill("2")
        else:
            c.fill("Putin")
        c.dispatch_event("change")
    changed = control_values(p)
    assert all(changed[k] != opened[k] for k in opened), changed

    wait_for_render(p, lambda: p.page.click("#reset"))
    assert control_values(p) == opened
    assert p.page.locator("#status").inner_text() == status
    assert p.page.locator("#legend").inner_text() == legend
    assert p.page.locator("#details").inner_text() == details
    assert p.page.locator("#tooltip").is_hidden() and p.page.locator("#empty").is_hidden()
    box = p.page.locator("#graph").bounding_box()
    p.page.mouse.move(box["x"] + 5, box["y"] + 5)  # off the link, which would show its hover width
    assert abs(ink(p, at) - plain) < 0.05  # no highlight left
    assert p.console_errors == []


def legend_rows(p) -> list[str]:
    return p.page.locator("#legend .legend-row").all_inner_texts()


def test_legend_lists_only_the_classes_on_the_page(tmp_path, open_page, seed_like_events):
    unknown = Actor("crowd", "A crowd", "GROUP", None, None)
    events = seed_like_events + [make_event(unknown, USA, "010", None, None, None, "A crowd spoke to the US.", ART1, 300)]
    path = tmp_path / "actors.html"
    write_page(events, path)
    p = open_page(path)
    assert legend_rows(p) == ["person", "state", "igo", "group",
                              "verbal cooperation", "verbal conflict", "no QuadClass"]
    wait_for_render(p, lambda: p.page.select_option("#filter-plover", "CONSULT"))
    assert legend_rows(p) == ["person", "verbal cooperation"]
    p.page.select_option("#color-by", "country")
    assert legend_rows(p) == ["RUS", "USA", "verbal cooperation"]
    assert p.console_errors == []


def test_labels_do_not_overlap_and_hidden_names_show_on_hover(tmp_path, open_page):
    hub = Actor("ministry", "Ministry of Foreign Affairs", "ORGANIZATION", "RUS", None)
    art = ArticleRef("art-many", "Many envoys", "2017-04-12", None)
    leaves = [Actor(f"envoy-{i}", f"Special envoy of the delegation number {i}", "PERSON", None, None)
              for i in range(40)]
    events = [make_event(hub, a, "040", "CONSULT", 1, 1.0, f"The ministry met envoy {i}.", art, 100 * i)
              for i, a in enumerate(leaves)]
    path = tmp_path / "actors.html"
    write_page(events, path)
    names = [d["name"] for _, d in build_graph(events).nodes(data=True)]
    p = open_page(path)
    boxes = p.page.evaluate("graphView.labelBoxes()")
    ids = [b["id"] for b in boxes]
    assert names.index(hub.name) in ids and len(boxes) < 41  # the busiest actor is named; some names would collide
    for a, b in itertools.combinations(boxes, 2):
        assert not (a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]), (a, b)
    # Each box holds the text as vis-network itself measured and placed it; the others draw none.
    drawn = p.page.evaluate("""Object.values(graphView.network.body.nodes).map((n) => {
        const s = n.labelModule.size, dy = n.options.font.vadjust || 0;
        return {id: n.id, label: n.options.label || '', x0: s.left, x1: s.left + s.width,
                y0: s.top + dy, y1: s.top + s.height + dy}; })""")
    by_id = {b["id"]: b for b in boxes}
    for n in drawn:
        if n["id"] not in by_id:
            assert n["label"] == ""
            continue
        b = by_id[n["id"]]
        assert n["label"] and b["x0"] <= n["x0"] and n["x1"] <= b["x1"] and b["y0"] <= n["y0"] and n["y1"] <= b["y1"]
    unnamed = next(i for i in range(41) if i not in by_id)
    at = p.page.evaluate(f"graphView.nodePoint({unnamed})")
    p.page.mouse.move(at["x"], at["y"])
    tip = p.page.locator("#tooltip")
    tip.wait_for(state="visible")
    assert tip.locator(".name").text_content() == names[unnamed]
    assert p.console_errors == []


CVD = [None, "deuteranomaly", "protanomaly", "tritanomaly"]


def test_link_colours_are_told_apart_with_each_colour_vision_deficiency(tmp_path, open_page):
    # One pair of states per QuadClass (and one with none), eight events each for a wide line.
    art = ArticleRef("art-q", "Quads", "2017-04-12", None)
    events = []
    for q in (1, 2, 3, 4, None):
        s = Actor(f"s{q}", f"Source {q}", "STATE", None, None)
        t = Actor(f"t{q}", f"Target {q}", "STATE", None, None)
        events += [make_event(s, t, "010", None, q, None, f"S{q} met T{q} ({k}).", art, 1000 * (q or 0) + 50 * k)
                   for k in range(8)]
    path = tmp_path / "actors.html"
    write_page(events, path)
    p = open_page(path)
    colours = []
    for l in range(5):
        at = p.page.evaluate(f"graphView.edgePoint({l})")
        px = pixels(p, at, 3).reshape(-1, 3)
        colours.append(px[(1 - px.min(axis=-1)).argmax()])  # the most saturated pixel: the line's own colour
    for cvd in CVD:
        seen = colours if cvd is None else [np.clip(cspace_convert(
            c, {"name": "sRGB1+CVD", "cvd_type": cvd, "severity": 100}, "sRGB1"), 0, 1) for c in colours]
        closest = min(deltaE(a, b, input_space="sRGB1") for a, b in itertools.combinations(seen, 2))
        assert closest > 9, (cvd, closest)  # CAM02-UCS; about 1 is a just-noticeable difference


def test_a_date_filter_that_empties_the_page_says_why(tmp_path, open_page, seed_like_events):
    undated = make_event(USA, LAVROV, "010", None, 1, 1.0, "The US spoke to Lavrov.", ART3, 0)
    path = tmp_path / "actors.html"
    write_page(seed_like_events + [undated], path)
    p = open_page(path)
    empty = p.page.locator("#empty")
    assert empty.is_hidden()
    wait_for_render(p, lambda: (p.page.fill("#filter-from", "2019-01-01"), p.page.dispatch_event("#filter-from", "change")))
    assert p.view()["edges"] == 0
    assert empty.is_visible()
    assert empty.text_content().startswith("No dated events in this date range match the filters; 1 undated event left out")
    assert p.page.locator("#status").text_content().endswith("(1 undated left out)")
    wait_for_render(p, lambda: p.page.check("#keep-undated"))
    assert p.view()["edges"] == 1 and empty.is_hidden()  # the undated event alone

    # A page where no event has a date: the filter names that as the cause.
    only_undated = tmp_path / "undated.html"
    write_page([undated, make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0, "Lavrov criticised the US.", ART3, 50)],
               only_undated)
    q = open_page(only_undated)
    assert q.page.locator("#date-note").text_content() == "no dated events"
    wait_for_render(q, lambda: (q.page.fill("#filter-to", "2020-01-01"), q.page.dispatch_event("#filter-to", "change")))
    assert q.view()["edges"] == 0
    assert q.page.locator("#empty").text_content().startswith("No dated events: none of the 2 events has a date")
    assert p.console_errors == [] and q.console_errors == []


def bars(p) -> dict[str, int]:
    return {b.get_attribute("data-period"): int(b.get_attribute("data-count"))
            for b in p.page.locator("#details .timeline rect").all()}


def test_a_selection_shows_its_events_per_month(tmp_path, open_page, seed_like_events):
    june = ArticleRef("art-6", "Lavrov again", "2017-06-20", None)
    events = seed_like_events + [
        make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0, "Lavrov criticised Washington again.", june, 0),
        make_event(USA, LAVROV, "010", None, 1, 1.0, "The US spoke to Lavrov.", ART3, 0)]
    path = tmp_path / "actors.html"
    write_page(events, path)
    g = build_graph(events)
    links = list(g.edges)
    p = open_page(path)
    p.page.evaluate(f"graphView.select({{link: {links.index(('sergey-lavrov', 'united-states'))}}})")
    assert bars(p) == {"2017-04": 2, "2017-06": 1}  # May has no bar but its place
    heights = {b.get_attribute("data-period"): float(b.get_attribute("height"))
               for b in p.page.locator("#details .timeline rect").all()}
    assert heights["2017-04"] == 2 * heights["2017-06"]
    xs = sorted(float(b.get_attribute("x")) for b in p.page.locator("#details .timeline rect").all())
    slot = float(p.page.locator("#details .timeline rect").first.get_attribute("width")) + 1
    assert abs((xs[1] - xs[0]) - 2 * slot) < 0.01  # June two places after April
    assert p.page.locator("#details .timeline text").all_text_contents() == ["2017-04", "2017-06"]

    p.page.evaluate(f"graphView.select({{node: {list(g.nodes).index('sergey-lavrov')}}})")
    assert bars(p) == {"2017-04": 4, "2017-06": 1}  # the undated event counts nowhere
    wait_for_render(p, lambda: (p.page.fill("#filter-from", "2017-05-01"), p.page.dispatch_event("#filter-from", "change")))
    assert bars(p) == {"2017-06": 1}

    p.page.click("#reset")
    p.page.evaluate(f"graphView.select({{link: {links.index(('united-states', 'sergey-lavrov'))}}})")
    assert p.page.locator("#details h2").text_content() == "United States → Sergey Lavrov"
    assert p.page.locator("#details .timeline").count() == 0  # no dated events, no chart
    assert p.console_errors == [] and p.other_requests == []


def test_a_long_span_is_charted_per_year(tmp_path, open_page):
    old = ArticleRef("art-old", "Long ago", "1990-05-01", None)
    new = ArticleRef("art-new", "Now", "2017-04-12", None)
    events = [make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0, text, art, 0)
              for text, art in (("Lavrov criticised the US.", old), ("Lavrov criticised the US.", new),
                                ("Lavrov criticised the US again.", new))]
    path = tmp_path / "actors.html"
    write_page(events, path)
    p = open_page(path)
    p.page.evaluate("graphView.select({link: 0})")
    assert p.page.locator("#details .timeline h3").text_content() == "Incidents per year"
    assert bars(p) == {"1990": 1, "2017": 2}
    assert len(p.page.locator("#details .timeline text").all_text_contents()) == 2
    assert p.console_errors == []


def test_the_timeline_counts_an_incident_once_in_the_month_it_was_first_reported(tmp_path, open_page):
    import dataclasses

    april, may = ArticleRef("art-a", "First", "2017-04-28", None), ArticleRef("art-b", "Again", "2017-05-02", None)
    first, again, other = (make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0, text, art, 0) for text, art in (
        ("Lavrov criticised the US.", april), ("Lavrov criticised the US, he said.", may),
        ("Lavrov criticised the US once more.", may)))
    events = [dataclasses.replace(first, incident="one"), dataclasses.replace(again, incident="one"),
              dataclasses.replace(other, incident="two")]
    path = tmp_path / "actors.html"
    write_page(events, path)
    p = open_page(path)
    p.page.evaluate("graphView.select({link: 0})")
    assert p.page.locator("#details .timeline h3").text_content() == "Incidents per month"
    assert bars(p) == {"2017-04": 1, "2017-05": 1}  # three events, two incidents
    assert p.console_errors == []


def test_the_date_filter_reads_the_event_date_and_a_month_overlaps_a_range(tmp_path, open_page):
    import dataclasses

    # Both read in an article of 2017-04-12; one happened "in March", one "on Monday" (10 April).
    march = dataclasses.replace(make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0, "Lavrov criticised the US in March.",
                                           ART1, 0), event_date="2017-03", date_precision="month", date_source="text")
    monday = dataclasses.replace(make_event(USA, LAVROV, "010", None, 1, 1.0, "The US spoke to Lavrov on Monday.",
                                            ART1, 40), event_date="2017-04-10", date_precision="day",
                                 date_source="text")
    path = tmp_path / "actors.html"
    write_page([march, monday], path)
    p = open_page(path)

    def dates(start, end):
        wait_for_render(p, lambda: (p.page.fill("#filter-from", start), p.page.fill("#filter-to", end),
                                    p.page.dispatch_event("#filter-to", "change")))
        return p.view()["edges"]

    assert dates("2017-03-15", "2017-03-20") == 1  # a day of March: the month's event
    assert dates("2017-04-10", "2017-04-10") == 1  # Monday's event, not the article's day
    assert dates("2017-04-11", "2017-04-30") == 0  # the article's date alone places nothing
    assert p.console_errors == []
