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
    totalNodes: actors.length, totalEdges: links.length, totalEvents: events.length,
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
  const filter = { plover: "", root: "", from: "", to: "", minActor: 1, minLink: 1 };
  let colorBy = "kind";

  function passes(ev) {
    if (filter.plover && ev[F.plover] !== filter.plover) return false;
    if (filter.root && ev[F.root] !== filter.root) return false;
    if (filter.from || filter.to) {
      const d = ev[F.date].slice(0, 10);
      if (!d) return false;  // an undated event cannot be placed in a date range
      if (filter.from && d < filter.from) return false;
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

  function computeState() {
    const lc = new Int32Array(links.length), lq = new Int32Array(links.length * 5);
    let shownEvents = 0;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i];
      if (!passes(ev)) continue;
      lc[ev[F.link]]++;
      lq[ev[F.link] * 5 + (ev[F.quad] || 0)]++;
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
      if (linkOn[l]) shownEvents += lc[l];
    }
    return { lc, lq, nc, nodeOn, linkOn, shownEvents };
  }

  // ---- colours -------------------------------------------------------------
  const C = DATA.colors;
  function nodeColor(a) {
    const c = colorBy === "country" ? (a.country ? C.country[a.country] : C.noCountry)
      : (C.kind[a.type] || C.kind.UNKNOWN);
    return { background: c, border: "#555555", highlight: { background: c, border: "#000000" },
      hover: { background: c, border: "#000000" } };
  }
  function edgeColor(q) {
    const c = q ? C.quad[String(q)] : C.noQuad;
    return { color: c, highlight: c, hover: c, inherit: false, opacity: 0.85 };
  }

  // ---- the network ---------------------------------------------------------
  // Sizes on an absolute scale, so one busy actor does not shrink every other.
  const nodeSize = (n) => Math.min(60, 6 + 4 * Math.sqrt(n));
  const edgeWidth = (n) => Math.min(14, 1 + 1.5 * Math.log2(n));
  const nodes = new vis.DataSet(actors.map((a, i) => ({
    id: i, label: a.name, x: a.x, y: a.y, size: nodeSize(a.events), color: nodeColor(a),
  })));
  const edges = new vis.DataSet(links.map((k, l) => ({
    id: l, from: k.s, to: k.t, width: edgeWidth(k.events), color: edgeColor(k.quad),
  })));
  const options = {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: LARGE, hideEdgesOnZoom: LARGE,
      navigationButtons: false, keyboard: false },
    // Labels vanish when zoomed out so far that they would be unreadable (drawThreshold).
    nodes: { shape: "dot", borderWidth: 1, font: { size: 14, color: "#222222", strokeWidth: 3, strokeColor: "#ffffff" },
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

  let state = null;
  const shown = { node: new Uint8Array(actors.length).fill(1), link: new Uint8Array(links.length).fill(1),
    nodeValue: Int32Array.from(actors, (a) => a.events), linkValue: Int32Array.from(links, (k) => k.events),
    linkQuad: Int32Array.from(links, (k) => k.quad) };

  function apply() {
    applyStarted = performance.now();
    state = computeState();
    const nu = [], eu = [];
    for (let i = 0; i < actors.length; i++) {
      const on = state.nodeOn[i], v = state.nc[i] || actors[i].events;
      if (on !== shown.node[i] || (on && v !== shown.nodeValue[i])) {
        nu.push({ id: i, hidden: !on, size: nodeSize(v) });
        shown.node[i] = on; shown.nodeValue[i] = v;
      }
    }
    for (let l = 0; l < links.length; l++) {
      const on = state.linkOn[l], v = state.lc[l] || links[l].events;
      const q = on ? dominantQuad(state.lq, l) : shown.linkQuad[l];
      if (on !== shown.link[l] || (on && (v !== shown.linkValue[l] || q !== shown.linkQuad[l]))) {
        const u = { id: l, hidden: !on, width: edgeWidth(v) };
        if (q !== shown.linkQuad[l]) u.color = edgeColor(q);
        eu.push(u);
        shown.link[l] = on; shown.linkValue[l] = v; shown.linkQuad[l] = q;
      }
    }
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    let nShown = 0, lShown = 0;
    for (let i = 0; i < actors.length; i++) nShown += state.nodeOn[i];
    for (let l = 0; l < links.length; l++) lShown += state.linkOn[l];
    $("status").textContent = `${nShown} of ${actors.length} actors, ${lShown} of ${links.length} links, ` +
      `${state.shownEvents} of ${events.length} events`;
    if (!nu.length && !eu.length) network.redraw();
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

  function showLink(l) {
    const k = links[l], d = $("details");
    d.replaceChildren();
    d.appendChild(el("h2", actors[k.s].name + " → " + actors[k.t].name));
    const listed = linkEvents[l].filter((i) => passes(events[i]));
    d.appendChild(el("p", `${listed.length} event${listed.length === 1 ? "" : "s"} shown of ${linkEvents[l].length}`, "meta"));
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
      ["events", a.events]];
    if (a.aliases.length) facts.push(["also called", a.aliases.join("; ")]);
    const dl = el("dl");
    facts.forEach(([k, v]) => { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); });
    d.appendChild(dl);
    if (state && !state.nodeOn[i]) d.appendChild(el("p", "Hidden by the current filters.", "meta"));
    d.appendChild(el("h3", "Counterparts"));
    const rows = nodeLinks[i].map((l) => {
      const k = links[l], out = k.s === i;
      const other = actors[out ? k.t : k.s].name;
      return { text: (out ? "→ " : "← ") + other, n: state ? state.lc[l] : k.events };
    }).filter((r) => r.n > 0).sort((x, y) => y.n - x.n || (x.text < y.text ? -1 : 1));
    const ul = el("ul", null, "counterparts");
    rows.slice(0, MAX_LISTED).forEach((r) => ul.appendChild(el("li", `${r.text} (${r.n})`)));
    d.appendChild(ul);
  }

  network.on("click", (p) => {
    if (p.nodes.length) showActor(p.nodes[0]);
    else if (p.edges.length) showLink(p.edges[0]);
    else clearDetails();
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
  function drawLegend() {
    const lg = $("legend");
    lg.replaceChildren(el("h3", colorBy === "country" ? "Actors by country" : "Actors by kind"));
    if (colorBy === "country") {
      const counts = {};
      actors.forEach((a) => { const c = a.country || ""; counts[c] = (counts[c] || 0) + 1; });
      const top = Object.keys(counts).sort((x, y) => counts[y] - counts[x] || (x < y ? -1 : 1));
      top.slice(0, 12).forEach((c) => lg.appendChild(legendRow(c ? C.country[c] : C.noCountry, c || "no country")));
      if (top.length > 12) lg.appendChild(el("p", `and ${top.length - 12} more countries`, "meta"));
    } else {
      const present = new Set(actors.map((a) => a.type));
      Object.keys(C.kind).filter((k) => present.has(k)).forEach((k) => lg.appendChild(legendRow(C.kind[k], k.toLowerCase())));
    }
    lg.appendChild(el("h3", "Links by QuadClass (most events)"));
    ["1", "2", "3", "4"].forEach((q) => lg.appendChild(legendRow(C.quad[q], DATA.quadLabels[q], true)));
    lg.appendChild(legendRow(C.noQuad, "no QuadClass", true));
    lg.appendChild(el("p", "Actor size and link width grow with the number of events; arrows point from source to target.", "meta"));
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

  function readControls() {
    filter.plover = $("filter-plover").value;
    filter.root = $("filter-root").value;
    filter.from = $("filter-from").value;
    filter.to = $("filter-to").value;
    filter.minActor = parseInt($("filter-min-actor").value, 10) || 1;
    filter.minLink = parseInt($("filter-min-link").value, 10) || 1;
    apply();
  }
  ["filter-plover", "filter-root", "filter-from", "filter-to", "filter-min-actor", "filter-min-link"]
    .forEach((id) => $(id).addEventListener("change", readControls));
  $("color-by").addEventListener("change", () => {
    colorBy = $("color-by").value;
    nodes.update(actors.map((a, i) => ({ id: i, color: nodeColor(a) })));
    drawLegend();
  });
  $("reset").addEventListener("click", () => {
    ["filter-plover", "filter-root", "filter-from", "filter-to"].forEach((id) => { $(id).value = ""; });
    $("filter-min-actor").value = "1"; $("filter-min-link").value = "1"; $("search").value = "";
    readControls();
    network.unselectAll();
    network.fit({ maxZoomLevel: 2 });
  });

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
      $("details").replaceChildren(el("p", "No actor matches “" + $("search").value + "”.", "meta"));
      return;
    }
    network.selectNodes([i]);
    network.focus(i, { scale: 1.2, animation: LARGE ? false : { duration: 300 } });
    showActor(i);
  }
  $("search").addEventListener("change", search);
  $("search").addEventListener("keydown", (e) => { if (e.key === "Enter") search(); });

  drawLegend();
  apply();
  network.fit({ animation: false, maxZoomLevel: 2 });
})();
