// The actor-network page: reads the graph from #graph-data, draws it with vis-network
// at the positions computed in Python (no physics), and wires the controls.
// Every string from the data is written with textContent, never as markup.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("graph-data").textContent);
  const F = {};
  DATA.fields.forEach((name, i) => { F[name] = i; });
  const actors = DATA.actors, links = DATA.links, events = DATA.events, articles = DATA.articles;
  const LARGE = DATA.large;
  const MAX_LISTED = 200;

  // What the renderer drew, for people (status line) and for tests and benchmarks.
  const view = window.graphView = {
    drawnNodes: 0, drawnEdges: 0, renders: 0, firstRenderMs: null, lastApplyMs: null,
    totalNodes: actors.length, totalEdges: links.length, totalEvents: events.length, totalIncidents: DATA.incidents,
  };

  const $ = (id) => document.getElementById(id);
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function safeUrl(url) {
    // Only web links become clickable: a javascript: or data: URL stays plain text.
    try {
      const u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (err) { return null; }
  }

  const linkEvents = links.map(() => []);
  events.forEach((ev, i) => linkEvents[ev[F.link]].push(i));
  const nodeLinks = actors.map(() => []);
  links.forEach((k, l) => { nodeLinks[k.s].push(l); if (k.t !== k.s) nodeLinks[k.t].push(l); });

  // ---- filters -------------------------------------------------------------
  const filter = { plover: "", root: "", from: "", to: "", minActor: 1, minLink: 1, keepUndated: false };
  let colorBy = "kind";
  let selected = null;  // { node: i } or { link: l }: shown in the side panel, highlighted in the graph
  const undatedTotal = events.reduce((n, ev) => n + (ev[F.date] ? 0 : 1), 0);

  function passesCodes(ev) {
    return !(filter.plover && ev[F.plover] !== filter.plover) && !(filter.root && ev[F.root] !== filter.root);
  }
  const dateSet = () => Boolean(filter.from || filter.to);
  function passes(ev) {
    if (!passesCodes(ev)) return false;
    if (dateSet()) {
      const d = ev[F.date].slice(0, 10);
      if (!d) return filter.keepUndated;  // an undated event cannot be placed in a date range
      // A month ("2023-12") or a year is in the range when one of its days is.
      if (filter.from && d + "\uffff" < filter.from) return false;
      if (filter.to && d > filter.to) return false;
    }
    return true;
  }

  function dominantQuad(counts, l) {
    let best = 0, n = 0;
    for (let q = 1; q <= 4; q++) {
      const c = counts[l * 5 + q];
      if (c > 0 && c >= n) { best = q; n = c; }  // ties go to the more conflictual class
    }
    return best;
  }

  // Counts are of incidents (the events that mention one happening count once on a link); an
  // incident counts where one of its events passes the filters, its QuadClass that of the first
  // such event. A meeting's incident holds both directions, so it counts on both links.
  function computeState() {
    const lc = new Int32Array(links.length), lq = new Int32Array(links.length * 5), lm = new Int32Array(links.length);
    const counted = new Set();
    let shownEvents = 0, shownMentions = 0, passing = 0, undatedOut = 0;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i];
      if (!passes(ev)) {
        // Undated events the date range alone leaves out are counted, so the page can say so.
        if (!ev[F.date] && dateSet() && passesCodes(ev)) undatedOut++;
        continue;
      }
      passing++;
      lm[ev[F.link]]++;
      const key = ev[F.incident] * links.length + ev[F.link];
      if (counted.has(key)) continue;
      counted.add(key);
      lc[ev[F.link]]++;
      lq[ev[F.link] * 5 + (ev[F.quad] || 0)]++;
    }
    // A busy link brings only its first events to the page (network.MAX_PAIR_EVENTS); with no
    // filter on, its counts and class are its own totals, not those of the part it brought.
    if (!filter.plover && !filter.root && !dateSet()) {
      for (let l = 0; l < links.length; l++) {
        if (linkEvents[l].length >= links[l].events) continue;
        lc[l] = links[l].incidents;
        lm[l] = links[l].events;
        for (let q = 0; q <= 4; q++) lq[l * 5 + q] = 0;
        lq[l * 5 + links[l].quad] = lc[l];
      }
    }
    const nc = new Int32Array(actors.length);
    for (let l = 0; l < links.length; l++) {
      if (!lc[l]) continue;
      nc[links[l].s] += lc[l];
      if (links[l].t !== links[l].s) nc[links[l].t] += lc[l];
    }
    const minA = Math.max(1, filter.minActor), minL = Math.max(1, filter.minLink);
    const nodeOn = new Uint8Array(actors.length), linkOn = new Uint8Array(links.length);
    for (let i = 0; i < actors.length; i++) nodeOn[i] = nc[i] >= minA ? 1 : 0;
    for (let l = 0; l < links.length; l++) {
      const k = links[l];
      linkOn[l] = (lc[l] >= minL && nodeOn[k.s] && nodeOn[k.t]) ? 1 : 0;
      if (linkOn[l]) { shownEvents += lc[l]; shownMentions += lm[l]; }
    }
    return { lc, lq, nc, nodeOn, linkOn, shownEvents, shownMentions, passing, undatedOut };
  }

  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  // Why nothing is drawn, in words; "" when something is.
  function emptyReason(st) {
    if (st.shownEvents > 0) return "";
    if (st.passing > 0) return "No actor or link reaches the minimum number of incidents.";
    if (dateSet() && events.length && undatedTotal === events.length) {
      return `No dated events: none of the ${plural(events.length, "event")} has a date, so a date range ` +
        "leaves them all out. Tick “keep undated events” or clear the dates.";
    }
    if (dateSet() && st.undatedOut > 0) {
      return `No dated events in this date range match the filters; ${plural(st.undatedOut, "undated event")} ` +
        "left out (tick “keep undated events” to show them).";
    }
    if (dateSet()) return "No dated events in this date range match the filters.";
    return events.length ? "No events match the filters." : "No events.";
  }

  // ---- colours -------------------------------------------------------------
  const C = DATA.colors;
  // How much of its colour a link or actor keeps while something else is selected.
  const DIM = 0.15;
  const HALO = { enabled: true, color: "rgba(0,0,0,0.6)", size: 10, x: 0, y: 0 };
  function rgba(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
  }
  function baseColor(a) {
    return colorBy === "country" ? (a.country ? C.country[a.country] : C.noCountry) : (C.kind[a.type] || C.kind.UNKNOWN);
  }
  function nodeColor(a, faded) {
    const c = baseColor(a), bg = faded ? rgba(c, DIM) : c, border = faded ? rgba("#555555", DIM) : "#555555";
    return { background: bg, border, highlight: { background: c, border: "#000000" },
      hover: { background: bg, border: "#000000" } };
  }
  function edgeColor(q, faded) {
    const c = q ? C.quad[String(q)] : C.noQuad;
    return { color: c, highlight: c, hover: c, inherit: false, opacity: faded ? DIM : 0.85 };
  }

  // ---- sizes ---------------------------------------------------------------
  // Sizes on an absolute scale, so one busy actor does not shrink every other.
  const nodeSize = (n) => Math.min(60, 6 + 4 * Math.sqrt(n));
  const edgeWidth = (n) => Math.min(14, 1 + 1.5 * Math.log2(n));
  const FONT_SIZE = 14;

  // ---- labels --------------------------------------------------------------
  // Placed once the positions are known, busiest actor first: below its dot, else above,
  // else left off (the name then shows on hover). Dots and placed labels are obstacles.
  // Positions and font are in graph units, so a placement holds at every zoom.
  // vis-network writes a name from 11 to 25 graph units under its dot: boxes keep a margin.
  const LABEL_GAP = 8, LABEL_H = 20;
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = `${FONT_SIZE}px arial`;
  const labelWidth = actors.map((a) => measure.measureText(a.name).width + 6);  // + the white outline
  const labelOn = new Uint8Array(actors.length), labelShift = new Float64Array(actors.length);
  let labelBoxes = [];
  const CELL = 100;

  function placeLabels(st) {
    const grid = new Map();
    const cells = (b, fn) => {
      for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++) {
        for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) {
          if (fn(cx + "," + cy)) return true;
        }
      }
      return false;
    };
    const add = (b) => cells(b, (key) => { (grid.get(key) || grid.set(key, []).get(key)).push(b); return false; });
    const hits = (b) => cells(b, (key) => (grid.get(key) || []).some((o) => o.owner !== b.owner &&
      o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1));
    const order = [];
    for (let i = 0; i < actors.length; i++) {
      labelOn[i] = 0; labelShift[i] = 0;
      if (!st.nodeOn[i]) continue;
      order.push(i);
      const a = actors[i], r = nodeSize(st.nc[i]);
      add({ x0: a.x - r, x1: a.x + r, y0: a.y - r, y1: a.y + r, owner: i });
    }
    order.sort((p, q) => st.nc[q] - st.nc[p] || p - q);
    labelBoxes = [];
    for (const i of order) {
      const a = actors[i], r = nodeSize(st.nc[i]), w = labelWidth[i];
      const below = { x0: a.x - w / 2, x1: a.x + w / 2, y0: a.y + r + LABEL_GAP, y1: a.y + r + LABEL_GAP + LABEL_H,
        owner: i, id: i };
      const above = { x0: below.x0, x1: below.x1, y0: a.y - r - 2 - LABEL_H, y1: a.y - r - 2, owner: i, id: i };
      const box = !hits(below) ? below : !hits(above) ? above : null;
      if (!box) continue;
      labelOn[i] = 1; labelShift[i] = box.y0 - below.y0;
      add(box);
      labelBoxes.push(box);
    }
  }
  // The boxes of the labels drawn (graph units), for tests.
  view.labelBoxes = () => labelBoxes.map((b) => ({ id: b.id, x0: b.x0, x1: b.x1, y0: b.y0, y1: b.y1 }));

  // ---- drawing state -------------------------------------------------------
  let state = null;
  // What the selection lights up; the rest fades, except on large graphs, where fading every
  // link would take seconds: there the selection alone is drawn wider, with its halo.
  const focus = { node: new Uint8Array(actors.length), link: new Uint8Array(links.length), fade: false };
  const lastQuad = Int32Array.from(links, (k) => k.quad);  // a hidden link keeps its colour
  const lastNode = actors.map(() => []), lastEdge = links.map(() => []);

  function computeFocus() {
    focus.node.fill(0); focus.link.fill(0);
    focus.fade = selected !== null && !LARGE;
    if (!selected) return;
    const lit = (l) => { focus.link[l] = 1; focus.node[links[l].s] = 1; focus.node[links[l].t] = 1; };
    if (selected.link !== undefined) lit(selected.link);
    else {
      focus.node[selected.node] = 1;
      nodeLinks[selected.node].forEach((l) => { if (state.linkOn[l]) lit(l); });
    }
  }

  // An actor's or a link's look in parts, each with a short key that says when it changed:
  // vis-network is sent only the parts that did (a full update of 20,000 links takes seconds).
  // A hidden item's size, width and label wait until it shows again.
  const NODE_PARTS = {
    shown: (i) => [state.nodeOn[i] ? `1|${state.nc[i]}` : "0",
      () => ({ hidden: !state.nodeOn[i], size: nodeSize(state.nc[i] || actors[i].incidents) })],
    colour: (i) => [`${+isFaded(i)}|${colorBy}`, () => ({ color: nodeColor(actors[i], isFaded(i)) })],
    label: (i) => [state.nodeOn[i] ? `${labelOn[i]}${+isChosen(i)}${+isFaded(i)}|${labelShift[i]}` : "0", () => ({
      label: labelOn[i] || isChosen(i) ? actors[i].name : "",
      font: { color: isFaded(i) ? rgba("#222222", 0.3) : "#222222", vadjust: labelOn[i] ? labelShift[i] : 0 } })],
    chosen: (i) => [`${+isChosen(i)}`, () => ({ borderWidth: isChosen(i) ? 4 : 1, shadow: isChosen(i) ? HALO : false })],
  };
  const EDGE_PARTS = {
    shown: (l) => [state.linkOn[l] ? `1${focus.link[l]}|${state.lc[l]}` : "0", () => ({ hidden: !state.linkOn[l],
      width: edgeWidth(state.lc[l] || links[l].incidents) + (focus.link[l] ? 3 : 0) })],
    colour: (l) => {
      if (state.linkOn[l]) lastQuad[l] = dominantQuad(state.lq, l);
      const faded = focus.fade && !focus.link[l];
      return [`${lastQuad[l]}${+faded}`, () => ({ color: edgeColor(lastQuad[l], faded) })];
    },
    halo: (l) => [`${focus.link[l]}`, () => ({ shadow: focus.link[l] ? HALO : false })],
  };
  const isFaded = (i) => focus.fade && !focus.node[i];
  const isChosen = (i) => selected !== null && selected.node === i;

  // The style of item k from `parts`, whole (`last` row empty) or only its changed parts; null if none.
  function styleOf(parts, k, last) {
    let out = null;
    Object.keys(parts).forEach((name, j) => {
      const [key, make] = parts[name](k);
      if (last[j] === key) return;
      last[j] = key;
      out = Object.assign(out || { id: k }, make());
    });
    return out;
  }

  function restyle() {
    const nu = [], eu = [];
    for (let i = 0; i < actors.length; i++) {
      const s = styleOf(NODE_PARTS, i, lastNode[i]);
      if (s) nu.push(s);
    }
    for (let l = 0; l < links.length; l++) {
      const s = styleOf(EDGE_PARTS, l, lastEdge[l]);
      if (s) eu.push(s);
    }
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    if (!nu.length && !eu.length) network.redraw();
  }

  // ---- the network ---------------------------------------------------------
  // Drawn once in its opening state; later changes go through restyle().
  state = computeState();
  placeLabels(state);
  const nodes = new vis.DataSet(actors.map((a, i) => Object.assign({ x: a.x, y: a.y }, styleOf(NODE_PARTS, i, lastNode[i]))));
  const edges = new vis.DataSet(links.map((k, l) => Object.assign({ from: k.s, to: k.t }, styleOf(EDGE_PARTS, l, lastEdge[l]))));
  const options = {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: LARGE, hideEdgesOnZoom: LARGE,
      navigationButtons: false, keyboard: false },
    // Labels vanish when zoomed out so far that they would be unreadable (drawThreshold).
    nodes: { shape: "dot", borderWidth: 1, borderWidthSelected: 4,
      font: { size: FONT_SIZE, face: "arial", color: "#222222", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { enabled: false, drawThreshold: 6 } } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, arrowStrikethrough: false,
      selectionWidth: 2, hoverWidth: 0.5,
      // Curves keep A->B and B->A apart; straight lines are much cheaper on big graphs.
      smooth: LARGE ? false : { enabled: true, type: "curvedCW", roundness: 0.15 } },
  };
  const network = new vis.Network($("graph"), { nodes, edges }, options);
  view.network = network;

  let applyStarted = null;
  network.on("afterDrawing", () => {
    const now = performance.now();
    const body = network.body;
    view.drawnNodes = body.nodeIndices.length;
    view.drawnEdges = body.edgeIndices.filter((id) => body.edges[id].connected).length;
    view.renders += 1;
    if (view.firstRenderMs === null) view.firstRenderMs = now;
    if (applyStarted !== null) { view.lastApplyMs = now - applyStarted; applyStarted = null; }
    document.body.dataset.drawnNodes = String(view.drawnNodes);
    document.body.dataset.drawnEdges = String(view.drawnEdges);
    document.body.dataset.renders = String(view.renders);
  });
  // Screen point of a link's middle, so a test can click it like a person would.
  view.edgePoint = (l) => {
    const p = network.body.edges[l].edgeType.getPoint(0.5);
    const dom = network.canvasToDOM(p);
    const box = $("graph").getBoundingClientRect();
    return { x: box.left + dom.x, y: box.top + dom.y };
  };
  view.nodePoint = (i) => {
    const p = network.getPositions([i])[i];
    const dom = network.canvasToDOM(p);
    const box = $("graph").getBoundingClientRect();
    return { x: box.left + dom.x, y: box.top + dom.y };
  };

  function apply() {
    applyStarted = performance.now();
    state = computeState();
    computeFocus();
    placeLabels(state);
    restyle();
    let nShown = 0, lShown = 0;
    for (let i = 0; i < actors.length; i++) nShown += state.nodeOn[i];
    for (let l = 0; l < links.length; l++) lShown += state.linkOn[l];
    let status = `${nShown} of ${actors.length} actors, ${lShown} of ${links.length} links, ` +
      `${state.shownEvents} of ${plural(DATA.incidents, "incident")} (${plural(state.shownMentions, "event")})`;
    if (state.undatedOut) status += ` (${state.undatedOut} undated left out)`;
    $("status").textContent = status;
    const why = emptyReason(state);
    $("empty").textContent = why;
    $("empty").hidden = !why;
    drawLegend();
    showSelection();
  }

  // ---- side panel ----------------------------------------------------------
  function clearDetails() {
    const d = $("details");
    d.replaceChildren(el("p", "Click a link to read its events, or an actor to see its profile.", "hint"));
  }

  function eventItem(ev) {
    const li = el("li", null, "evidence");
    const codes = [ev[F.date].slice(0, 10) || "no date", ev[F.cameo] ? "CAMEO " + ev[F.cameo] : "no CAMEO code",
      ev[F.plover] || "no PLOVER type", ev[F.predicate]];
    if (ev[F.modality] && ev[F.modality] !== "asserted") codes.push(ev[F.modality]);
    li.appendChild(el("div", codes.filter(Boolean).join(" · "), "meta"));
    li.appendChild(el("blockquote", ev[F.sentence], "sentence"));
    const art = articles[ev[F.article]];
    const title = art.title || art.id;
    const href = art.url ? safeUrl(art.url) : null;
    const src = el("div", null, "article");
    if (href) {
      const a = el("a", title);
      a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
      src.appendChild(a);
    } else {
      src.textContent = title + (art.url ? " (" + art.url + ")" : "");
    }
    li.appendChild(src);
    return li;
  }

  // A small bar chart of incidents per month (each in the month of its first dated mention), every month from the
  // first to the last so that gaps show; per year when that would be over 20 years of
  // months; null when none of the events has a date.
  const SVG_NS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVG_NS, tag);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, String(v)));
    return e;
  }
  function periods(first, last, byYear) {
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    const out = [];
    while (y < ly || (y === ly && (byYear || m <= lm))) {
      out.push(byYear ? String(y) : `${y}-${String(m).padStart(2, "0")}`);
      if (byYear || ++m > 12) { m = 1; y++; }
    }
    return out;
  }
  function timeline(list) {
    // An incident counts once, in the month of its first dated mention, as in `graphbuild series`.
    const firstSeen = new Map();
    list.forEach((i) => {
      const d = events[i][F.date].slice(0, 7), k = events[i][F.incident];
      if (/^\d{4}-\d{2}$/.test(d) && !(firstSeen.get(k) <= d)) firstSeen.set(k, d);
    });
    const dated = [...firstSeen.values()].sort();
    if (!dated.length) return null;
    const first = dated[0], last = dated[dated.length - 1];
    const byYear = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 > 240;
    const counts = new Map();
    dated.forEach((d) => { const k = byYear ? d.slice(0, 4) : d; counts.set(k, (counts.get(k) || 0) + 1); });
    const slots = periods(first, last, byYear);
    // At most 24 px a period, so that a month or two do not fill the panel.
    const W = 320, H = 60, bw = Math.min(24, W / slots.length), top = Math.max(...counts.values());
    const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H + 14}`, width: W, height: H + 14, role: "img",
      "aria-label": byYear ? "incidents per year" : "incidents per month" });
    slots.forEach((period, j) => {
      const n = counts.get(period);
      if (!n) return;
      const h = Math.max(2, H * n / top);
      const bar = svgEl("rect", { x: j * bw + 0.5, y: H - h, width: Math.max(1, bw - 1), height: h,
        fill: "#4e79a7", "data-period": period, "data-count": n });
      bar.appendChild(svgEl("title", {})).textContent = `${period}: ${plural(n, "incident")}`;
      svg.appendChild(bar);
    });
    svg.appendChild(svgEl("line", { x1: 0, x2: bw * slots.length, y1: H + 0.5, y2: H + 0.5, stroke: "#999999" }));
    svg.appendChild(svgEl("text", { x: 0, y: H + 12, "font-size": 10 })).textContent = slots[0];
    if (slots.length > 1) {
      const end = svgEl("text", { x: Math.max(bw * slots.length, 100), y: H + 12, "font-size": 10, "text-anchor": "end" });
      svg.appendChild(end).textContent = slots[slots.length - 1];
    }
    const box = el("section", null, "timeline");
    box.appendChild(el("h3", byYear ? "Incidents per year" : "Incidents per month"));
    box.appendChild(svg);
    return box;
  }

  function showLink(l) {
    const k = links[l], d = $("details");
    d.replaceChildren();
    d.appendChild(el("h2", actors[k.s].name + " → " + actors[k.t].name));
    const listed = linkEvents[l].filter((i) => passes(events[i]));
    const shownIncidents = new Set(listed.map((i) => events[i][F.incident])).size;
    d.appendChild(el("p", `${plural(shownIncidents, "incident")}: ${listed.length} event${listed.length === 1 ? "" : "s"} ` +
      `shown of ${linkEvents[l].length}`, "meta"));
    if (linkEvents[l].length < k.events) {
      d.appendChild(el("p", `The page holds the first ${linkEvents[l].length} of this link's ${k.events} events ` +
        `(${plural(k.incidents, "incident")} in all); filters count among those.`, "meta"));
    }
    const chart = timeline(listed);
    if (chart) d.appendChild(chart);
    const ul = el("ul", null, "events");
    listed.slice(0, MAX_LISTED).forEach((i) => ul.appendChild(eventItem(events[i])));
    d.appendChild(ul);
    if (listed.length > MAX_LISTED) d.appendChild(el("p", `and ${listed.length - MAX_LISTED} more`, "meta"));
  }

  function showActor(i) {
    const a = actors[i], d = $("details");
    d.replaceChildren();
    d.appendChild(el("h2", a.name));
    const facts = [["kind", a.type], ["country", a.country || "none"], ["CAMEO actor code", a.cameo || "none"],
      ["incidents", a.incidents], ["events", a.events]];
    // events with no target draw no link; they count in the actor's events all the same
    if (a.untargeted) facts.push(["of them with no target", a.untargeted]);
    if (a.aliases.length) facts.push(["also called", a.aliases.join("; ")]);
    const dl = el("dl");
    facts.forEach(([k, v]) => { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); });
    d.appendChild(dl);
    if (state && !state.nodeOn[i]) d.appendChild(el("p", "Hidden by the current filters.", "meta"));
    const chart = timeline(nodeLinks[i].flatMap((l) => linkEvents[l].filter((e) => passes(events[e]))));
    if (chart) d.appendChild(chart);
    d.appendChild(el("h3", "Counterparts"));
    const rows = nodeLinks[i].map((l) => {
      const k = links[l], out = k.s === i;
      const other = actors[out ? k.t : k.s].name;
      return { text: (out ? "→ " : "← ") + other, n: state ? state.lc[l] : k.incidents };
    }).filter((r) => r.n > 0).sort((x, y) => y.n - x.n || (x.text < y.text ? -1 : 1));
    const ul = el("ul", null, "counterparts");
    rows.slice(0, MAX_LISTED).forEach((r) => ul.appendChild(el("li", `${r.text} (${r.n})`)));
    d.appendChild(ul);
  }

  function showSelection() {
    if (!selected) clearDetails();
    else if (selected.node !== undefined) showActor(selected.node);
    else showLink(selected.link);
  }

  // Select an actor ({ node: i }), a link ({ link: l }) or nothing (null): side panel and highlight.
  function select(what) {
    selected = what;
    if (!what) network.unselectAll();
    computeFocus();
    restyle();
    showSelection();
  }
  view.select = select;

  network.on("click", (p) => {
    if (p.nodes.length) select({ node: p.nodes[0] });
    else if (p.edges.length) select({ link: p.edges[0] });
    else select(null);
  });

  // ---- hover ---------------------------------------------------------------
  const tip = $("tooltip");
  network.on("hoverNode", (p) => {
    const a = actors[p.node];
    tip.replaceChildren(el("div", a.name, "name"),
      el("div", "country: " + (a.country || "none")), el("div", "code: " + (a.cameo || "none")));
    const box = $("graph").getBoundingClientRect();
    const at = p.pointer ? p.pointer.DOM : network.canvasToDOM(network.getPositions([p.node])[p.node]);
    tip.style.left = (box.left + at.x + 12) + "px";
    tip.style.top = (box.top + at.y + 12) + "px";
    tip.hidden = false;
  });
  network.on("blurNode", () => { tip.hidden = true; });
  network.on("dragStart", () => { tip.hidden = true; });

  // ---- legend --------------------------------------------------------------
  function legendRow(color, label, line) {
    const row = el("div", null, "legend-row");
    const sw = el("span", null, "swatch" + (line ? " line" : ""));
    sw.style.background = color;
    row.appendChild(sw);
    row.appendChild(el("span", label));
    return row;
  }
  // Only the classes on the page now: the kinds (or countries) of the actors shown and the
  // QuadClasses of the links shown.
  function drawLegend() {
    const lg = $("legend");
    lg.replaceChildren();
    const shownActors = actors.filter((a, i) => state.nodeOn[i]);
    if (colorBy === "country") {
      const counts = {};
      shownActors.forEach((a) => { const c = a.country || ""; counts[c] = (counts[c] || 0) + 1; });
      const top = Object.keys(counts).sort((x, y) => counts[y] - counts[x] || (x < y ? -1 : 1));
      if (top.length) lg.appendChild(el("h3", "Actors by country"));
      top.slice(0, 12).forEach((c) => lg.appendChild(legendRow(c ? C.country[c] : C.noCountry, c || "no country")));
      if (top.length > 12) lg.appendChild(el("p", `and ${top.length - 12} more countries`, "meta"));
    } else {
      const present = new Set(shownActors.map((a) => C.kind[a.type] ? a.type : "UNKNOWN"));
      if (present.size) lg.appendChild(el("h3", "Actors by kind"));
      Object.keys(C.kind).filter((k) => present.has(k)).forEach((k) => lg.appendChild(legendRow(C.kind[k], k.toLowerCase())));
    }
    const quads = new Set();
    for (let l = 0; l < links.length; l++) if (state.linkOn[l]) quads.add(lastQuad[l]);
    if (!quads.size) return;
    lg.appendChild(el("h3", "Links by QuadClass (most incidents)"));
    [1, 2, 3, 4].filter((q) => quads.has(q)).forEach((q) => lg.appendChild(legendRow(C.quad[q], DATA.quadLabels[q], true)));
    if (quads.has(0)) lg.appendChild(legendRow(C.noQuad, "no QuadClass", true));
    lg.appendChild(el("p", "Actor size and link width grow with the number of incidents (the events that report one happening count once); arrows point from source to target.", "meta"));
  }

  // ---- controls ------------------------------------------------------------
  function addOptions(select, items) {
    items.forEach(([value, label]) => { const o = el("option", label); o.value = value; select.appendChild(o); });
  }
  $("page-title").textContent = DATA.title;
  addOptions($("filter-plover"), DATA.plover.map((p) => [p, p]));
  addOptions($("filter-root"), DATA.roots.map(([r, label]) => [r, r + " " + label]));
  if (DATA.dates) {
    ["filter-from", "filter-to"].forEach((id) => { $(id).min = DATA.dates[0]; $(id).max = DATA.dates[1]; });
  }
  const names = $("actor-names");
  actors.forEach((a) => { const o = document.createElement("option"); o.value = a.name; names.appendChild(o); });

  if (!DATA.dates && events.length) $("date-note").textContent = "no dated events";
  else if (undatedTotal) $("date-note").textContent = `${undatedTotal} undated`;

  const FILTERS = ["filter-plover", "filter-root", "filter-from", "filter-to", "filter-min-actor", "filter-min-link",
    "keep-undated"];
  function readControls() {
    filter.plover = $("filter-plover").value;
    filter.root = $("filter-root").value;
    filter.from = $("filter-from").value;
    filter.to = $("filter-to").value;
    filter.minActor = parseInt($("filter-min-actor").value, 10) || 1;
    filter.minLink = parseInt($("filter-min-link").value, 10) || 1;
    filter.keepUndated = $("keep-undated").checked;
    colorBy = $("color-by").value;
    apply();
  }
  FILTERS.forEach((id) => $(id).addEventListener("change", readControls));
  $("color-by").addEventListener("change", readControls);

  // Every control back to the value the page opened with, nothing selected, the whole graph in view.
  function reset() {
    $("controls").querySelectorAll("input, select").forEach((c) => {
      if (c.type === "checkbox") c.checked = c.defaultChecked;
      else if (c.tagName === "SELECT") c.selectedIndex = Math.max(0, [...c.options].findIndex((o) => o.defaultSelected));
      else c.value = c.defaultValue;
    });
    selected = null;
    network.unselectAll();
    tip.hidden = true;
    readControls();
    network.fit({ maxZoomLevel: 2 });
  }
  $("reset").addEventListener("click", reset);

  function findActor(text) {
    const q = text.trim().toLowerCase();
    if (!q) return -1;
    let i = actors.findIndex((a) => a.name.toLowerCase() === q || a.id === q);
    if (i < 0) i = actors.findIndex((a) => a.aliases.some((x) => x.toLowerCase() === q));
    if (i < 0) i = actors.findIndex((a) => a.name.toLowerCase().includes(q));
    return i;
  }
  function search() {
    const i = findActor($("search").value);
    if (i < 0) {
      select(null);
      $("details").replaceChildren(el("p", "No actor matches “" + $("search").value + "”.", "meta"));
      return;
    }
    network.selectNodes([i]);
    select({ node: i });
    network.focus(i, { scale: 1.2, animation: LARGE ? false : { duration: 300 } });
  }
  $("search").addEventListener("change", search);
  $("search").addEventListener("keydown", (e) => { if (e.key === "Enter") search(); });

  readControls();
  network.fit({ animation: false, maxZoomLevel: 2 });
})();
