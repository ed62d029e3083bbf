// The minegraph explorer: search, a graph canvas, a detail panel with the evidence of every
// fact, chain-of-command and visit views, and a timeline that filters the canvas.
// Text from reports is only ever set with textContent (see el()): never parsed as HTML.

const STYLE = {
  Person: ["#e4572e", "ellipse"], Organization: ["#1f6feb", "round-rectangle"],
  GovernmentBody: ["#1f6feb", "round-rectangle"], PoliceUnit: ["#264653", "round-rectangle"],
  MilitaryUnit: ["#3a5a40", "round-rectangle"], Company: ["#6a4c93", "round-rectangle"],
  Community: ["#588157", "round-rectangle"], CivilSocietyOrganization: ["#7b9e3e", "round-rectangle"],
  MediaOutlet: ["#8d99ae", "round-rectangle"], Place: ["#2a9d8f", "diamond"],
  Mine: ["#9c6644", "diamond"], Event: ["#f4a261", "star"], Commitment: ["#8e44ad", "hexagon"],
  Issue: ["#6c757d", "triangle"], Conflict: ["#b5179e", "octagon"], Document: ["#adb5bd", "rectangle"],
};
const CLASSES = ["Person", "Organization", "Place", "Event", "Commitment", "Issue", "Conflict"];
const OTHER_LINES = new Set(["PROVIDES_SECURITY_TO", "BASED_AT", "OPERATES", "OWNS"]);

const state = { entity: null, view: "graph", hiddenClasses: new Set(), hiddenTypes: new Set(),
                hiddenNodes: new Set(), from: "", to: "" };

// -- small helpers --------------------------------------------------------------------------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value);
  }
  return fill(node, children, false);
}

// Children as nodes or text (never HTML), nested lists flattened; `replace` drops the old ones.
function fill(node, children, replace = true) {
  if (replace) node.replaceChildren();
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(typeof body.detail === "string" ? body.detail : `${response.status} on ${path}`);
  return body;
}

const q = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null)).toString();
const $ = (id) => document.getElementById(id);
const kindOf = (n) => n.subclass || n.class || (n.labels || []).find((l) => l !== "Entity") || "";
const status = (text) => { $("status").textContent = text; };
const safeUrl = (url) => (/^https?:\/\//i.test(url || "") ? url : null);

// A date at its precision as the interval it covers: "2016-10" is 2016-10-01..2016-10-31.
function bound(date, end) {
  if (!date) return null;
  const [y, m, d] = date.split("-");
  if (d) return date;
  if (m) return end ? `${y}-${m}-${String(new Date(+y, +m, 0).getDate()).padStart(2, "0")}` : `${y}-${m}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}
const inRange = (date) => !date || ((!state.from || bound(date, true) >= bound(state.from, false)) &&
                                    (!state.to || bound(date, false) <= bound(state.to, true)));

// -- URL state --------------------------------------------------------------------------------
function saveState() {
  const params = q({ entity: state.entity, view: state.view, hide: [...state.hiddenClasses].join(","),
                     types: [...state.hiddenTypes].join(","), from: state.from, to: state.to });
  history.replaceState(null, "", `#${params}`);
}

function loadState() {
  const params = new URLSearchParams(location.hash.slice(1));
  state.entity = params.get("entity");
  state.view = params.get("view") || "graph";
  state.hiddenClasses = new Set((params.get("hide") || "").split(",").filter(Boolean));
  state.hiddenTypes = new Set((params.get("types") || "").split(",").filter(Boolean));
  state.from = params.get("from") || "";
  state.to = params.get("to") || "";
}

// -- canvas -----------------------------------------------------------------------------------
const cy = cytoscape({
  container: $("cy"),
  wheelSensitivity: 0.3,
  style: [
    { selector: "node", style: {
      "background-color": "data(color)", shape: "data(shape)", label: "data(label)", width: 28, height: 28,
      "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": 130,
      "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#f59e0b" } },
    { selector: "node.start", style: { width: 38, height: 38 } },
    { selector: "edge", style: {
      width: 1.5, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1", "target-arrow-shape": "triangle",
      "curve-style": "bezier", label: "data(label)", "font-size": 9, color: "#5b6575",
      "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
    { selector: "edge.statutory", style: { width: 3, "line-color": "#264653", "target-arrow-color": "#264653" } },
    { selector: "edge.other", style: { width: 2.5, "line-style": "dashed", "line-color": "#c2410c", "target-arrow-color": "#c2410c" } },
    { selector: "edge:selected", style: { width: 4, "line-color": "#f59e0b", "target-arrow-color": "#f59e0b" } },
    { selector: ".filtered", style: { display: "none" } },
  ],
});

function nodeData(n) {
  const [color, shape] = STYLE[n.subclass] || STYLE[n.class] || ["#999", "ellipse"];
  const date = n.properties?.date || n.date || "";
  const label = n.class === "Event" && date && !n.name.includes(date) ? `${n.name}\n${date}` : n.name;
  return { id: n.id, label, name: n.name, cls: n.class, sub: n.subclass, color, shape, date, labels: n.labels,
           props: n.properties || {} };
}

function edgeData(e, extra = {}) {
  const role = e.properties?.role || e.properties?.title || e.properties?.basis;
  return { id: e.id, source: e.source, target: e.target, type: e.type,
           label: role ? `${e.type.toLowerCase()} (${role})` : e.type.toLowerCase(),
           props: e.properties || {}, evidence: e.evidence || [], ...extra };
}

function addGraph(nodes, edges, edgeClass = () => "") {
  cy.batch(() => {
    for (const n of nodes) if (!cy.getElementById(n.id).length) cy.add({ group: "nodes", data: nodeData(n) });
    for (const e of edges) {
      if (cy.getElementById(e.id).length || !cy.getElementById(e.source).length || !cy.getElementById(e.target).length) continue;
      cy.add({ group: "edges", data: edgeData(e), classes: edgeClass(e) });
    }
  });
}

function layout(name = "cose", options = {}) {
  cy.layout({ name, animate: false, fit: true, padding: 40, nodeRepulsion: 20000, idealEdgeLength: 140, ...options }).run();
  // A small graph fitted to the canvas would be drawn huge: keep labels at reading size.
  if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); }
}

// Rings around the node the analyst started from: its neighbours, then theirs.
function ringLayout(root) {
  const depth = {};
  cy.elements().bfs({ roots: root.length ? root : cy.nodes().first(), visit: (v, e, u, i, d) => { depth[v.id()] = d; } });
  const deepest = Math.max(0, ...Object.values(depth));
  layout("concentric", { concentric: (n) => deepest + 1 - (depth[n.id()] ?? deepest + 1), levelWidth: () => 1,
                         minNodeSpacing: 70, avoidOverlap: true });
}

function applyFilters() {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hide = state.hiddenClasses.has(n.data("cls")) || state.hiddenNodes.has(n.id()) ||
                   (n.data("cls") === "Event" && !inRange(n.data("date")));
      n.toggleClass("filtered", hide);
    });
    cy.edges().forEach((e) => {
      const hide = state.hiddenTypes.has(e.data("type")) || e.source().hasClass("filtered") || e.target().hasClass("filtered");
      e.toggleClass("filtered", hide);
    });
  });
  renderFilters();
  renderTimeline();
  saveState();
}

async function showNeighbourhood(id, reset) {
  const sub = await api(`/subgraph?${q({ center: id, depth: 1, limit: 60 })}`);
  if (reset) { cy.elements().remove(); state.hiddenNodes.clear(); }
  const before = cy.nodes().length;
  addGraph(sub.nodes, sub.edges);
  cy.getElementById(id).addClass("start");
  if (reset || cy.nodes().length !== before) ringLayout(cy.nodes(".start").first());
  status(`${cy.nodes().length} nodes, ${cy.edges().length} relationships${sub.truncated ? " (neighbourhood cut at 60)" : ""}`);
  applyFilters();
}

// -- views ----------------------------------------------------------------------------------
async function select(id, view = state.view) {
  state.entity = id;
  state.view = view;
  setPressed();
  try {
    if (view === "chain") await chainView(id);
    else if (view === "visit") await visitView(id);
    else { await showNeighbourhood(id, true); await showEntity(id); }
    cy.$(":selected").unselect();
    cy.getElementById(id).select();
  } catch (error) {
    status(error.message);
  }
  saveState();
}

async function chainView(id) {
  const chain = await api(`/entities/${encodeURIComponent(id)}/chain-of-command`);
  cy.elements().remove();
  const nodes = chain.levels.flatMap((level) => level.nodes);
  const heads = nodes.flatMap((n) => n.heads.map((h) => ({ head: h, unit: n })));
  const lines = chain.other_lines;
  addGraph([...nodes, ...heads.map((h) => h.head.person), ...lines.map((l) => l.target_node),
            ...lines.flatMap((l) => l.property_of.map((p) => p.owner))], []);
  addGraph([], chain.edges, () => "statutory");
  addGraph([], heads.map(({ head, unit }) => ({ id: `head:${head.person.id}:${unit.id}`, type: "HEADS",
                                                source: head.person.id, target: unit.id, properties: { title: head.title },
                                                evidence: head.evidence })), () => "statutory");
  addGraph([], lines, () => "other");
  addGraph([], lines.flatMap((l) => l.property_of.map((p) => ({ id: `owner:${p.owner.id}:${l.target_node.id}`,
    type: p.relation, source: p.owner.id, target: l.target_node.id, properties: {}, evidence: p.evidence }))), () => "other");
  // Superiors on top: SUBORDINATE_TO points upwards, so rank from the bottom.
  layout("dagre", { rankDir: "BT", nodeSep: 50, rankSep: 70 });
  cy.getElementById(id).addClass("start");
  renderChainDetail(chain);
  status(`chain of command: ${chain.levels.length} levels, ${lines.length} other lines`);
  applyFilters();
}

async function visitView(id) {
  const event = await api(`/events/${encodeURIComponent(id)}`);
  cy.elements().remove();
  addGraph([event, ...event.participants.map((p) => p.node), ...event.places.map((p) => p.node)], []);
  addGraph([], [...event.participants, ...event.places]);
  layout("concentric", { concentric: (n) => (n.id() === id ? 2 : 1), minNodeSpacing: 60 });
  cy.getElementById(id).addClass("start");
  renderVisitDetail(event);
  status(`${event.participants.length} participants`);
  applyFilters();
}

// -- detail panel ---------------------------------------------------------------------------
function evidenceList(evidence) {
  if (!evidence.length) return el("p", { class: "kind" }, "No evidence sentence recorded.");
  return evidence.map((e) => el("div", { class: "evidence" },
    el("blockquote", {}, e.sentence || "(no sentence)"),
    el("div", { class: "cite" },
      safeUrl(e.url) ? el("a", { href: safeUrl(e.url), target: "_blank", rel: "noopener noreferrer" }, e.title || e.document)
                     : (e.title || e.document),
      e.published ? ` · ${e.published}` : "")));
}

function propertyList(props, skip = ["name", "aliases", "id", "text"]) {
  const entries = Object.entries(props).filter(([k, v]) => !skip.includes(k) && v !== null && v !== "");
  return el("dl", {}, entries.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, Array.isArray(v) ? v.join(", ") : String(v))]));
}

function openButton(node, label = "Open") {
  return el("button", { type: "button", onclick: () => select(node.id, node.class === "Event" ? "visit" : "graph") }, label);
}

function panel(...children) { fill($("detail"), children); }

async function showEntity(id) {
  const detail = await api(`/entities/${encodeURIComponent(id)}`);
  const n = detail.node;
  const actions = el("div", { class: "actions" },
    el("button", { type: "button", onclick: () => showNeighbourhood(id, false) }, "Expand"),
    el("button", { type: "button", onclick: () => hideNode(id) }, "Hide"),
    el("button", { type: "button", onclick: () => select(id, "chain") }, "Chain of command"),
    n.class === "Event" ? el("button", { type: "button", onclick: () => select(id, "visit") }, "Visit view") : null);
  const groups = Object.entries(detail.relationships).map(([type, rels]) => [
    el("h3", {}, type),
    rels.map((r) => el("details", { "data-type": type },
      el("summary", {}, r.direction === "out" ? "→ " : "← ", r.other.name,
         r.properties.role ? ` (${r.properties.role})` : "", r.properties.title ? ` (${r.properties.title})` : "",
         el("span", { class: "kind" }, ` ${kindOf(r.other)}`)),
      el("div", { class: "actions" }, openButton(r.other)),
      evidenceList(r.evidence))),
  ]);
  panel(el("h2", {}, n.name), el("span", { class: "chip" }, kindOf(n)), actions,
        detail.aliases.length ? [el("h3", {}, "Aliases"), detail.aliases.map((a) => el("span", { class: "chip" }, a))] : null,
        el("h3", {}, "Properties"), propertyList(n.properties), groups,
        detail.documents.length ? [el("h3", {}, "Mentioned in"), detail.documents.map((d) => el("div", { class: "cite" },
          d.name, d.properties?.published ? ` · ${d.properties.published}` : ""))] : null);
}

function showEdge(edge) {
  const d = edge.data();
  panel(el("h2", {}, d.type), el("p", {}, cy.getElementById(d.source).data("name"), " → ", cy.getElementById(d.target).data("name")),
        propertyList(d.props, ["id"]), el("h3", {}, "Evidence"), evidenceList(d.evidence));
}

function renderChainDetail(chain) {
  panel(el("h2", {}, `Chain of command: ${chain.start.name}`),
    el("p", { class: "kind" }, "Solid: the statutory line (subordinate to, part of, heads). Dashed: other lines — security agreements, bases on company property."),
    chain.levels.map((level) => [el("h3", {}, level.depth === 0 ? "Start" : `Level ${level.depth}`),
      level.nodes.map((n) => el("div", {}, el("strong", {}, n.name), ` ${kindOf(n)}`,
        n.heads.map((h) => el("div", { class: "cite" }, `headed by ${h.person.name}`, h.title ? `, ${h.title}` : "",
                                                         h.since ? ` since ${h.since}` : "", h.until ? ` until ${h.until}` : ""))))]),
    chain.other_lines.length ? [el("h3", {}, "Other lines"), chain.other_lines.map((l) => el("details", {},
      el("summary", {}, `${l.unit.name} ${l.type.toLowerCase()} ${l.target_node.name}`,
         l.on_property_of ? ` (on property of ${l.on_property_of})` : ""), evidenceList(l.evidence)))] : null,
    chain.problems.length ? [el("h3", {}, "Problems"), chain.problems.map((p) => el("p", {}, p.message))] : null);
}

function renderVisitDetail(event) {
  panel(el("h2", {}, event.name), el("span", { class: "chip" }, kindOf(event)),
    el("p", {}, event.date ? `${event.date} (${event.date_precision || "?"})` : "date unknown",
       event.places.length ? ` · ${event.places.map((p) => p.node.name).join(", ")}` : ""),
    event.summary ? el("p", {}, event.summary) : null,
    el("h3", {}, "Attendees"),
    event.participants.map((p) => el("details", { open: "" },
      el("summary", {}, p.node.name, el("span", { class: "chip" }, p.role || "participant")),
      el("div", { class: "actions" }, openButton(p.node)), evidenceList(p.evidence))),
    el("h3", {}, "Reports"),
    event.sources.map((s) => el("div", { class: "cite" },
      safeUrl(s.url) ? el("a", { href: safeUrl(s.url), target: "_blank", rel: "noopener noreferrer" }, s.title || s.document)
                     : (s.title || s.document), s.published ? ` · ${s.published}` : "")));
}

function hideNode(id) {
  state.hiddenNodes.add(id);
  applyFilters();
}

// -- filters, legend, timeline ---------------------------------------------------------------
function renderFilters() {
  const classes = $("label-filter");
  const types = $("type-filter");
  const present = new Set(cy.edges().map((e) => e.data("type")));
  fill(classes, [el("legend", {}, "Classes"), CLASSES.map((c) => el("label", {},
    el("input", { type: "checkbox", checked: !state.hiddenClasses.has(c), "data-class": c,
                  onchange: (ev) => { ev.target.checked ? state.hiddenClasses.delete(c) : state.hiddenClasses.add(c); applyFilters(); } }), c))]);
  fill(types, [el("legend", {}, "Relationships"), [...new Set([...present, ...state.hiddenTypes])].sort().map((t) => el("label", {},
    el("input", { type: "checkbox", checked: !state.hiddenTypes.has(t), "data-type": t,
                  onchange: (ev) => { ev.target.checked ? state.hiddenTypes.delete(t) : state.hiddenTypes.add(t); applyFilters(); } }),
    t.toLowerCase()))]);
  $("date-from").value = state.from;
  $("date-to").value = state.to;
}

function renderLegend() {
  const items = ["Person", "GovernmentBody", "PoliceUnit", "Company", "Community", "Place", "Mine", "Event"]
    .map((k) => el("span", {}, el("i", { style: `background:${STYLE[k][0]}` }), k));
  $("legend").replaceChildren(...items,
    el("span", {}, el("i", { class: "line", style: "border-color:#264653" }), "statutory line"),
    el("span", {}, el("i", { class: "line", style: "border-color:#c2410c;border-top-style:dashed" }), "other line"));
}

const SVGNS = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderTimeline() {
  const box = $("timeline");
  const width = box.clientWidth || 800;
  const height = box.clientHeight || 140;
  const events = cy.nodes().filter((n) => n.data("cls") === "Event" && n.data("date") && !state.hiddenNodes.has(n.id()));
  box.replaceChildren();
  if (!events.length) {
    box.append(svg("text", { x: 12, y: 20 }, "No dated events on the canvas."));
    return;
  }
  const day = (d) => Date.parse(`${d}T00:00:00Z`);
  const starts = events.map((n) => day(bound(n.data("date"), false)));
  const ends = events.map((n) => day(bound(n.data("date"), true)));
  const pad = 86400000 * 5;
  const lo = Math.min(...starts) - pad;
  const hi = Math.max(...ends) + pad;
  const x = (t) => 20 + ((t - lo) / (hi - lo)) * (width - 40);
  const t = (px) => lo + ((px - 20) / (width - 40)) * (hi - lo);
  box.append(svg("line", { x1: 20, x2: width - 20, y1: height - 24, y2: height - 24, stroke: "#9aa5b1" }));
  for (const tick of [lo + pad, (lo + hi) / 2, hi - pad]) {
    box.append(svg("text", { x: x(tick), y: height - 8, "text-anchor": "middle" }, new Date(tick).toISOString().slice(0, 10)));
  }
  events.forEach((n, i) => {
    const y = 16 + (i % 5) * 18;
    const [s, e] = [x(day(bound(n.data("date"), false))), x(day(bound(n.data("date"), true)) + 86400000)];
    const active = inRange(n.data("date")) && !n.hasClass("filtered");
    const mark = svg("rect", { x: s, y, width: Math.max(e - s, 6), height: 10, rx: 3, fill: active ? "#f4a261" : "#d5dae1" });
    mark.append(svg("title", {}, `${n.data("name")} — ${n.data("date")}`));
    box.append(mark, svg("text", { x: Math.max(e - s, 6) + s + 4, y: y + 9 }, `${n.data("name")} (${n.data("date")})`));
  });
  if (state.from || state.to) {
    const a = state.from ? x(day(bound(state.from, false))) : 20;
    const b = state.to ? x(day(bound(state.to, true)) + 86400000) : width - 20;
    box.append(svg("rect", { class: "brush", x: Math.min(a, b), y: 4, width: Math.abs(b - a), height: height - 30 }));
  }
  box.dataset.range = `${lo},${hi}`;
  box.onpointerdown = (down) => {
    const start = down.offsetX;
    const brush = svg("rect", { class: "brush", x: start, y: 4, width: 1, height: height - 30 });
    box.append(brush);
    box.setPointerCapture(down.pointerId);
    box.onpointermove = (move) => {
      brush.setAttribute("x", Math.min(start, move.offsetX));
      brush.setAttribute("width", Math.abs(move.offsetX - start));
    };
    box.onpointerup = (up) => {
      box.onpointermove = box.onpointerup = null;
      if (Math.abs(up.offsetX - start) < 4) return renderTimeline();
      const iso = (px) => new Date(t(px)).toISOString().slice(0, 10);
      state.from = iso(Math.min(start, up.offsetX));
      state.to = iso(Math.max(start, up.offsetX));
      applyFilters();
    };
  };
}

// -- export ---------------------------------------------------------------------------------
function download(name, blob) {
  const link = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

function visibleGraph() {
  const nodes = cy.nodes().not(".filtered");
  const edges = cy.edges().not(".filtered");
  return {
    nodes: nodes.map((n) => ({ id: n.id(), labels: n.data("labels") || [], properties: n.data("props") })),
    relationships: edges.map((e) => ({ type: e.data("type"), start: e.data("source"), end: e.data("target"), properties: e.data("props") })),
  };
}

function graphml(graph) {
  const ns = "http://graphml.graphdrawing.org/xmlns";
  const doc = document.implementation.createDocument(ns, "graphml", null);
  const root = doc.documentElement;
  for (const [id, target, name] of [["name", "node", "name"], ["labels", "node", "labels"], ["type", "edge", "type"]]) {
    const key = doc.createElementNS(ns, "key");
    Object.entries({ id, for: target, "attr.name": name, "attr.type": "string" }).forEach(([k, v]) => key.setAttribute(k, v));
    root.append(key);
  }
  const g = doc.createElementNS(ns, "graph");
  g.setAttribute("edgedefault", "directed");
  const data = (parent, key, value) => { const d = doc.createElementNS(ns, "data"); d.setAttribute("key", key); d.textContent = value; parent.append(d); };
  for (const n of graph.nodes) {
    const node = doc.createElementNS(ns, "node");
    node.setAttribute("id", n.id);
    data(node, "name", n.properties.name || n.properties.title || n.id);
    data(node, "labels", n.labels.join(":"));
    g.append(node);
  }
  graph.relationships.forEach((r, i) => {
    const edge = doc.createElementNS(ns, "edge");
    Object.entries({ id: `e${i}`, source: r.start, target: r.end }).forEach(([k, v]) => edge.setAttribute(k, v));
    data(edge, "type", r.type);
    g.append(edge);
  });
  root.append(g);
  return new XMLSerializer().serializeToString(doc);
}

// -- search ---------------------------------------------------------------------------------
let suggestionTimer = null;
let active = -1;

function suggestionItems() { return [...$("suggestions").children]; }

function markActive(index) {
  const items = suggestionItems();
  active = (index + items.length) % items.length;
  items.forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
  $("search").setAttribute("aria-activedescendant", items[active]?.id || "");
}

function closeSuggestions() {
  $("suggestions").hidden = true;
  $("search").setAttribute("aria-expanded", "false");
  active = -1;
}

async function suggest(text) {
  if (!text.trim()) return closeSuggestions();
  const hits = await api(`/entities/search?${q({ q: text, limit: 8 })}`).catch(() => []);
  const list = $("suggestions");
  fill(list, hits.map((hit, i) => el("li", { id: `suggestion-${i}`, role: "option", "data-id": hit.id,
    onmousedown: (ev) => { ev.preventDefault(); choose(hit); } },
    el("span", {}, hit.name), el("span", { class: "kind" }, kindOf(hit)))));
  list.hidden = !hits.length;
  $("search").setAttribute("aria-expanded", String(!!hits.length));
  list._hits = hits;
  active = -1;
}

function choose(hit) {
  $("search").value = hit.name;
  closeSuggestions();
  select(hit.id, hit.class === "Event" ? "visit" : "graph");
}

function setPressed() {
  document.querySelectorAll(".views button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.view === state.view)));
}

// -- wiring ---------------------------------------------------------------------------------
$("search").addEventListener("input", (ev) => {
  clearTimeout(suggestionTimer);
  suggestionTimer = setTimeout(() => suggest(ev.target.value), 150);
});
$("search").addEventListener("keydown", async (ev) => {
  const hits = $("suggestions")._hits || [];
  if (ev.key === "ArrowDown" && hits.length) { ev.preventDefault(); markActive(active + 1); }
  else if (ev.key === "ArrowUp" && hits.length) { ev.preventDefault(); markActive(active - 1); }
  else if (ev.key === "Escape") closeSuggestions();
  else if (ev.key === "Enter") {
    ev.preventDefault();
    if (!hits.length || $("suggestions").hidden) await suggest(ev.target.value);
    const fresh = $("suggestions")._hits || [];
    if (fresh.length) choose(fresh[Math.max(active, 0)]);
  }
});
$("search").addEventListener("blur", () => setTimeout(closeSuggestions, 100));

document.querySelectorAll(".views button").forEach((b) => b.addEventListener("click", () => {
  if (state.entity) select(state.entity, b.dataset.view);
  else { state.view = b.dataset.view; setPressed(); saveState(); }
}));
$("fit").addEventListener("click", () => cy.fit(cy.elements().not(".filtered"), 30));
$("zoom-in").addEventListener("click", () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
$("zoom-out").addEventListener("click", () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
$("export-png").addEventListener("click", () => download("minegraph.png", cy.png({ full: true, output: "blob", bg: "#ffffff", scale: 2 })));
$("export-graphml").addEventListener("click", () => download("minegraph.graphml", new Blob([graphml(visibleGraph())], { type: "application/xml" })));
$("export-json").addEventListener("click", () => download("minegraph.json", new Blob([JSON.stringify(visibleGraph(), null, 2)], { type: "application/json" })));
for (const [input, key] of [["date-from", "from"], ["date-to", "to"]]) {
  $(input).addEventListener("change", (ev) => {
    const value = ev.target.value.trim();
    if (value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) { status("Dates are 2016, 2016-10 or 2016-10-22"); return; }
    state[key] = value;
    applyFilters();
  });
}
$("clear-dates").addEventListener("click", () => { state.from = state.to = ""; applyFilters(); });

cy.on("tap", "node", (ev) => {
  state.entity = ev.target.id();
  saveState();
  showEntity(ev.target.id()).catch((error) => status(error.message));
});
cy.on("tap", "edge", (ev) => showEdge(ev.target));
cy.on("dbltap", "node", (ev) => showNeighbourhood(ev.target.id(), false).catch((error) => status(error.message)));
$("cy").addEventListener("keydown", (ev) => {
  const selected = cy.$("node:selected");
  if (!selected.length) return;
  if (ev.key === "h" || ev.key === "Delete") hideNode(selected.id());
  if (ev.key === "e" || ev.key === "Enter") showNeighbourhood(selected.id(), false);
});
window.addEventListener("resize", () => renderTimeline());

loadState();
setPressed();
renderLegend();
renderFilters();
renderTimeline();
if (state.entity) select(state.entity, state.view);
// A handle for the browser tests and for analysts poking at the canvas from the console.
window.minegraph = { cy, state };
