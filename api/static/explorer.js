// The minegraph explorer: search, a graph canvas, a detail panel with the evidence of every
// fact, chain-of-command and visit views, and a timeline that filters the canvas.
//
// Text from reports is only ever inserted as text: el()/fill() make text nodes, svg() sets
// textContent, and nothing here parses HTML. Links from reports are kept to http(s).

// Colour and shape per ontology class or subclass (the subclass wins).
const STYLE = {
  Person: ["#e4572e", "ellipse"], Organization: ["#1f6feb", "round-rectangle"],
  GovernmentBody: ["#1f6feb", "round-rectangle"], PoliceUnit: ["#264653", "round-rectangle"],
  MilitaryUnit: ["#3a5a40", "round-rectangle"], Company: ["#6a4c93", "round-rectangle"],
  Community: ["#588157", "round-rectangle"], CivilSocietyOrganization: ["#7b9e3e", "round-rectangle"],
  MediaOutlet: ["#8d99ae", "round-rectangle"], Place: ["#2a9d8f", "diamond"],
  Mine: ["#9c6644", "diamond"], Event: ["#f4a261", "star"], Commitment: ["#8e44ad", "hexagon"],
  Issue: ["#6c757d", "triangle"], Conflict: ["#b5179e", "octagon"], Document: ["#adb5bd", "rectangle"],
};
// The same shapes for the legend, drawn with CSS.
const CLIP = {
  diamond: "polygon(50% 0, 100% 50%, 50% 100%, 0 50%)",
  star: "polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)",
  hexagon: "polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)",
  triangle: "polygon(50% 0, 100% 100%, 0 100%)",
  octagon: "polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)",
};
const CLASSES = ["Person", "Organization", "Place", "Event", "Commitment", "Issue", "Conflict"];
// The chain of command, and the other lines that bind a unit (issue 4): drawn solid and dashed.
const COMMAND = new Set(["SUBORDINATE_TO", "PART_OF", "HEADS"]);
const OTHER_LINES = new Set(["PROVIDES_SECURITY_TO", "BASED_AT"]);
const KEY_STORAGE = "minegraph.readKey";

const state = { entity: null, view: "graph", hiddenClasses: new Set(), hiddenTypes: new Set(),
                hiddenNodes: new Set(), expanded: [], from: "", to: "" };
let timelineEvents = [];   // every event of the graph (GET /events), for the timeline

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

class ApiError extends Error {}            // the API said no (404, 422, 503...): told to the user
class Unauthorized extends ApiError {}
// Where a refusal of the API is expected and harmless: that answer instead, and any other error goes on.
function apiOnly(error, instead = null) {
  if (error instanceof ApiError) return instead;
  throw error;
}

async function api(path) {
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem(KEY_STORAGE);
  if (key) headers["X-API-Key"] = key;
  const response = await fetch(path, { headers });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) throw new Unauthorized(typeof body.detail === "string" ? body.detail : "reads need a key");
  if (!response.ok) throw new ApiError(typeof body.detail === "string" ? body.detail : `${response.status} on ${path}`);
  return body;
}

const q = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null)).toString();
const $ = (id) => document.getElementById(id);
const kindOf = (n) => n.subclass || n.class || (n.labels || []).find((l) => l !== "Entity") || "";
const status = (text) => { $("status").textContent = text; };
const safeUrl = (url) => (/^https?:\/\//i.test(url || "") ? url : null);
const enc = encodeURIComponent;

// -- dates at their precision -----------------------------------------------------------------
// A date as the interval it covers: "2016-10" is 2016-10-01..2016-10-31, "2016" the whole year.
function bound(date, end) {
  if (!date) return null;
  const [y, m, d] = String(date).split("-");
  if (d) return `${y}-${m}-${d.slice(0, 2)}`;
  if (m) return end ? `${y}-${m}-${String(new Date(Date.UTC(+y, +m, 0)).getUTCDate()).padStart(2, "0")}` : `${y}-${m}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}
// Does [start, end] (either may be missing: open) meet the brushed range?
function overlaps(start, end) {
  if (!state.from && !state.to) return true;
  if (!start && !end) return true;   // undated: nothing says it falls outside
  const lo = bound(start || end, false);
  const hi = bound(end || start, true);
  return (!state.from || hi >= bound(state.from, false)) && (!state.to || lo <= bound(state.to, true));
}
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function showDate(date, precision) {
  if (!date) return "undated";
  const [y, m, d] = date.split("-");
  const text = d ? `${+d} ${MONTHS[+m - 1]} ${y}` : m ? `${MONTHS[+m - 1]} ${y}` : y;
  return precision ? `${text} (${precision})` : text;
}

// -- URL state: a link reproduces the view ----------------------------------------------------
function saveState() {
  const params = q({ entity: state.entity, view: state.view === "graph" ? "" : state.view,
                     expand: state.expanded.join(","), hide: [...state.hiddenClasses].join(","),
                     types: [...state.hiddenTypes].join(","), hidden: [...state.hiddenNodes].join(","),
                     from: state.from, to: state.to });
  const hash = params ? `#${params}` : "";
  if (location.hash !== hash) history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
}

function loadState() {
  const params = new URLSearchParams(location.hash.slice(1));
  const list = (name) => (params.get(name) || "").split(",").filter(Boolean);
  state.entity = params.get("entity");
  state.view = ["graph", "chain", "visit"].includes(params.get("view")) ? params.get("view") : "graph";
  state.expanded = list("expand");
  state.hiddenClasses = new Set(list("hide"));
  state.hiddenTypes = new Set(list("types"));
  state.hiddenNodes = new Set(list("hidden"));
  const date = (v) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v || "") ? v : "");
  state.from = date(params.get("from"));
  state.to = date(params.get("to"));
}

// -- canvas -----------------------------------------------------------------------------------
const cy = cytoscape({
  container: $("cy"),
  minZoom: 0.1,
  maxZoom: 4,
  style: [
    { selector: "node", style: {
      "background-color": "data(color)", shape: "data(shape)", label: "data(label)", width: 30, height: 30,
      "font-size": 13, color: "#1d2430", "text-valign": "bottom", "text-margin-y": 5, "text-wrap": "wrap",
      "text-max-width": 150, "text-background-color": "#fff", "text-background-opacity": 0.85,
      "text-background-padding": 2, "text-background-shape": "roundrectangle", "border-width": 1.5, "border-color": "#fff" } },
    { selector: "node.side-label", style: { "text-halign": "right", "text-valign": "center", "text-margin-x": 8,
                                            "text-margin-y": 0, "text-max-width": 190 } },
    { selector: "node.start", style: { width: 42, height: 42, "font-weight": "bold" } },
    { selector: "node:selected", style: { "border-width": 5, "border-color": "#f59e0b" } },
    { selector: "edge", style: {
      width: 1.5, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1", "target-arrow-shape": "triangle",
      "arrow-scale": 0.9, "curve-style": "bezier", label: "", "font-size": 11, color: "#5b6575",
      "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": 1,
      "text-rotation": "autorotate", "text-margin-y": -8 } },
    { selector: "edge.labelled, edge:selected", style: { label: "data(label)" } },
    { selector: "edge.statutory", style: { "text-rotation": "none", "text-margin-y": 0, width: 3.5, "line-color": "#264653", "target-arrow-color": "#264653", color: "#264653" } },
    { selector: "edge.other", style: { width: 2.5, "line-style": "dashed", "line-dash-pattern": [8, 5],
                                       "line-color": "#c2410c", "target-arrow-color": "#c2410c", color: "#9a3412" } },
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

function edgeData(e) {
  const p = e.properties || {};
  const qualifier = p.role || p.title || p.basis;
  // A role or a title says it all ("leader", "vice-president"); other types keep their name
  // ("subordinate_to (operational)"). The panel always has the type.
  const label = p.role || p.title || (qualifier ? `${e.type.toLowerCase()} (${qualifier})` : e.type.toLowerCase());
  return { id: e.id, source: e.source, target: e.target, type: e.type, label,
           props: p, evidence: e.evidence || [], since: p.since || e.since || "", until: p.until || e.until || "" };
}

const lineClass = (e) => (COMMAND.has(e.type) ? "statutory" : OTHER_LINES.has(e.type) ? "other" : "");

function addGraph(nodes, edges, edgeClass = lineClass) {
  cy.batch(() => {
    for (const n of nodes) if (n && !cy.getElementById(n.id).length) cy.add({ group: "nodes", data: nodeData(n) });
    for (const e of edges) {
      if (cy.getElementById(e.id).length || !cy.getElementById(e.source).length || !cy.getElementById(e.target).length) continue;
      cy.add({ group: "edges", data: edgeData(e), classes: edgeClass(e) });
    }
  });
}

// Frame the visible graph, with labels at reading size: a small graph is not blown up, and a big
// one is not shrunk past reading (then the view centres on `focus`; pan or zoom out to see more).
function frame(focus) {
  const visible = cy.elements().not(".filtered");
  cy.fit(visible, 60);
  if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(visible); }
  if (cy.zoom() < 0.85) {
    cy.zoom(0.85);
    cy.center(focus && focus.length ? focus : visible);
  }
}

// Rings around the start by distance (readable and the same each time); force-directed when big.
function graphLayout() {
  const start = cy.getElementById(state.entity);
  const visible = cy.elements().not(".filtered");
  if (visible.nodes().length > 30 || !start.length) {
    visible.layout({ name: "cose", animate: false, randomize: true, fit: false, nodeRepulsion: () => 400000,
                     idealEdgeLength: () => 110, nodeOverlap: 20, numIter: 1500 }).run();
  } else {
    const distance = {};
    visible.bfs({ roots: start, visit: (v, e, u, i, depth) => { distance[v.id()] = depth; } });
    const far = Math.max(0, ...Object.values(distance)) + 1;
    visible.layout({ name: "concentric", animate: false, fit: false, minNodeSpacing: 120, avoidOverlap: true,
                     startAngle: (3 / 2) * Math.PI, concentric: (n) => far - (distance[n.id()] ?? far),
                     levelWidth: () => 1 }).run();
  }
  frame(start);
}

// An expansion leaves the canvas where it was: the new nodes fan out around the expanded one,
// away from the rest of the graph.
function placeAround(centerId, added) {
  if (!added.length) return;
  const c = cy.getElementById(centerId).position();
  const rest = cy.nodes().not(added).not(cy.getElementById(centerId));
  const box = rest.length ? rest.boundingBox() : null;
  const mid = box ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : c;
  const away = Math.hypot(c.x - mid.x, c.y - mid.y) > 1;
  const base = away ? Math.atan2(c.y - mid.y, c.x - mid.x) : -Math.PI / 2;
  const spread = away ? Math.min(Math.PI * 1.3, Math.max(Math.PI / 2, added.length * 0.45)) : 2 * Math.PI;
  const radius = Math.max(150, added.length * 26);
  added.forEach((n, i) => {
    const angle = !away ? base + (spread * i) / added.length
                : added.length === 1 ? base : base - spread / 2 + (spread * i) / (added.length - 1);
    n.position({ x: c.x + radius * Math.cos(angle), y: c.y + radius * Math.sin(angle) });
  });
}

function applyFilters() {
  (state.view === "graph" ? cy.$("node:selected").connectedEdges() : cy.edges()).addClass("labelled");
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hide = state.hiddenClasses.has(n.data("cls")) || state.hiddenNodes.has(n.id()) ||
                   (n.data("cls") === "Event" && !overlaps(n.data("date"), n.data("props").end_date));
      n.toggleClass("filtered", hide);
    });
    cy.edges().forEach((e) => {
      const hide = state.hiddenTypes.has(e.data("type")) || e.source().hasClass("filtered") ||
                   e.target().hasClass("filtered") || !overlaps(e.data("since"), e.data("until"));
      e.toggleClass("filtered", hide);
    });
    // What the filters cut off (Rolando Luque once his only visit is out of range) goes too.
    if (state.from || state.to || state.hiddenClasses.size || state.hiddenTypes.size) {
      cy.nodes().not(".filtered").forEach((n) => {
        if (n.id() !== state.entity && n.connectedEdges().length && !n.connectedEdges().not(".filtered").length) n.addClass("filtered");
      });
    }
  });
  renderFilters();
  renderLegend();
  renderTimeline();
  saveState();
}

async function neighbourhood(id) {
  const sub = await api(`/subgraph?${q({ center: id, depth: 1, limit: 60 })}`);
  const before = new Set(cy.nodes().map((n) => n.id()));
  addGraph(sub.nodes, sub.edges);
  const center = cy.getElementById(id);
  if (before.size && !before.has(id)) {   // from the timeline: a newcomer, put right of the graph
    const box = cy.nodes().filter((n) => before.has(n.id())).boundingBox();
    center.position({ x: box.x2 + 320, y: (box.y1 + box.y2) / 2 });
    before.add(id);
  }
  placeAround(id, cy.nodes().filter((n) => !before.has(n.id())));
  return sub.truncated;
}

async function expand(id) {
  const before = cy.elements().length;
  const truncated = await neighbourhood(id);
  if (!state.expanded.includes(id) && id !== state.entity) state.expanded.push(id);
  applyFilters();
  if (cy.elements().length !== before) frame(cy.getElementById(id).closedNeighborhood());
  counts(truncated);
}

function counts(truncated) {
  const shown = cy.nodes().not(".filtered").length;
  const hidden = cy.nodes().length - shown;
  status(`${shown} nodes, ${cy.edges().not(".filtered").length} relationships` +
         (hidden ? ` · ${hidden} hidden by filters` : "") + (truncated ? " · neighbourhood cut at 60" : ""));
}

// -- views ----------------------------------------------------------------------------------
async function select(id, view = state.view) {
  if (id !== state.entity || view !== "graph") state.expanded = [];
  state.entity = id;
  state.view = view;
  setPressed();
  saveState();
  try {
    if (view === "chain") await chainView(id);
    else if (view === "visit") await visitView(id);
    else await graphView(id);
    cy.$(":selected").unselect();
    cy.getElementById(id).select();
  } catch (error) {
    failed(error);
  }
  saveState();
}

async function graphView(id) {
  cy.elements().remove();
  const [truncated] = await Promise.all([neighbourhood(id), showEntity(id)]);
  cy.getElementById(id).addClass("start");
  applyFilters();
  graphLayout();
  for (const other of state.expanded) await neighbourhood(other).catch(apiOnly);
  if (state.expanded.length) { applyFilters(); frame(cy.getElementById(id)); }
  counts(truncated);
}

async function chainView(id) {
  const chain = await api(`/entities/${enc(id)}/chain-of-command`);
  cy.elements().remove();
  const nodes = chain.levels.flatMap((level) => level.nodes);
  const heads = nodes.flatMap((n) => n.heads.map((h) => ({ head: h, unit: n })));
  const lines = chain.other_lines;
  addGraph([...nodes, ...heads.map((h) => h.head.person), ...lines.map((l) => l.target_node),
            ...lines.flatMap((l) => l.property_of.map((p) => p.owner))], []);
  addGraph([], chain.edges, () => "statutory");
  addGraph([], heads.map(({ head, unit }) => ({ id: `head:${head.person.id}:${unit.id}`, type: "HEADS",
    source: head.person.id, target: unit.id, properties: { title: head.title, since: head.since, until: head.until },
    evidence: head.evidence })), () => "statutory");
  addGraph([], lines, () => "other");
  addGraph([], lines.flatMap((l) => l.property_of.map((p) => ({ id: `owner:${p.owner.id}:${l.target_node.id}`,
    type: p.relation, source: p.owner.id, target: l.target_node.id, properties: {}, evidence: p.evidence }))), () => "other");
  cy.getElementById(id).addClass("start");
  applyFilters();
  chainLayout(chain, heads);
  renderChainDetail(chain);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  status(`chain of command: ${plural(chain.levels.length, "level")}, ${plural(lines.length, "other line")}`);
}

// Superiors on top: the chain's edges point upwards (subordinate → superior), so dagre ranks it
// bottom-up. Heads sit left of their unit, and the other lines (what a unit is based at or
// guards, and who operates or owns it) to the right, on the unit's level.
function chainLayout(chain, heads) {
  const chainIds = new Set(chain.levels.flatMap((l) => l.nodes.map((n) => n.id)));
  const core = cy.nodes().filter((n) => chainIds.has(n.id()));
  const steps = cy.edges(".statutory").filter((e) => e.data("type") !== "HEADS" && chainIds.has(e.data("source")) && chainIds.has(e.data("target")));
  core.union(steps).layout({ name: "dagre", rankDir: "BT", nodeSep: 120, rankSep: 110, fit: false, animate: false }).run();
  const box = core.boundingBox();
  const placed = new Set(chainIds);
  const put = (id, x, y) => {
    const node = cy.getElementById(id);
    if (!node.length || placed.has(id)) return;
    node.position({ x, y });
    placed.add(id);
  };
  const headCount = {};
  for (const { head, unit } of heads) {
    const at = cy.getElementById(unit.id).position();
    const k = (headCount[unit.id] = (headCount[unit.id] || 0) + 1) - 1;
    put(head.person.id, box.x1 - 190, at.y + k * 60);
  }
  const lineCount = {};
  for (const line of chain.other_lines) {
    const at = cy.getElementById(line.unit.id).position();
    const k = (lineCount[line.unit.id] = (lineCount[line.unit.id] || 0) + 1) - 1;
    const x = box.x2 + 200 + k * 400;
    put(line.target_node.id, x, at.y);
    line.property_of.forEach((p, j) => put(p.owner.id, x + 200, at.y + j * 70));
  }
  frame(cy.getElementById(chain.start.id));
}

async function visitView(id) {
  cy.elements().remove();
  let events;
  if (id.startsWith("event:")) {
    const event = await api(`/events/${enc(id)}`);
    events = [event];
    drawEvents(events);
    renderVisitDetail(event);
    status(`${event.participants.length} attendees, ${event.sources.length} report${event.sources.length === 1 ? "" : "s"}`);
  } else {
    // From an actor or a place: every visit they made or received, with its attendees.
    const param = id.startsWith("place:") ? "place" : "person";
    const [visits, entity] = await Promise.all([api(`/visits?${q({ [param]: id, limit: 50 })}`), api(`/entities/${enc(id)}`)]);
    events = visits;
    addGraph([entity.node], []);
    drawEvents(visits);
    renderVisitList(entity.node, visits);
    status(`${visits.length} visit${visits.length === 1 ? "" : "s"}`);
  }
  cy.getElementById(id).addClass("start");
  applyFilters();
  visitLayout(id, events);
}

// Each visit in a row, its label on its right; attendees above it, its places below (an actor
// or place shared by several visits stays where its first visit put it).
function visitLayout(startId, events) {
  const placed = new Set();
  const put = (id, x, y) => {
    const node = cy.getElementById(id);
    if (!node.length || placed.has(id)) return;
    node.position({ x, y });
    placed.add(id);
  };
  const mid = ((events.length - 1) * 420) / 2;
  events.forEach((event, i) => {
    const x = i * 420;
    put(event.id, x, 0);
    cy.getElementById(event.id).addClass("side-label");
    const row = (items, y) => {
      const ids = items.map((r) => r.node.id).filter((nid) => !placed.has(nid));
      ids.forEach((nid, j) => put(nid, x + (j - (ids.length - 1) / 2) * 190, y));
    };
    row(event.participants, -170);
    row(event.places, 170);
  });
  cy.nodes().filter((n) => !placed.has(n.id())).forEach((n, i) => n.position({ x: mid + (i + 1) * 170, y: 340 }));
  frame(cy.getElementById(startId));
}

function drawEvents(events) {
  for (const event of events) {
    addGraph([event, ...event.participants.map((p) => p.node), ...event.places.map((p) => p.node)], []);
    addGraph([], [...event.participants, ...event.places]);
  }
}

// -- detail panel ---------------------------------------------------------------------------
function cite(ref) {
  const title = ref.title || ref.document;
  return el("div", { class: "cite" },
    safeUrl(ref.url) ? el("a", { href: safeUrl(ref.url), target: "_blank", rel: "noopener noreferrer" }, title) : title,
    ref.published ? ` · ${showDate(ref.published)}` : "");
}

function evidenceList(evidence) {
  if (!evidence || !evidence.length) return el("p", { class: "muted" }, "No evidence sentence recorded.");
  return evidence.map((e) => el("div", { class: "evidence" }, el("blockquote", {}, e.sentence || "(no sentence)"), cite(e)));
}

const PLAIN = ["name", "aliases", "id", "text", "summary"];   // shown elsewhere in the panel

function propertyList(props, skip = ["name", "aliases", "id", "text"]) {
  const entries = Object.entries(props || {}).filter(([k, v]) => !skip.includes(k) && v !== null && v !== "" && v !== undefined);
  if (!entries.length) return null;
  return el("dl", {}, entries.flatMap(([k, v]) => [el("dt", {}, k.replaceAll("_", " ")),
    el("dd", {}, Array.isArray(v) ? v.join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v))]));
}

function button(label, onclick, attrs = {}) {
  return el("button", { type: "button", onclick, ...attrs }, label);
}

function openButton(node) {
  return button("Open", () => select(node.id, node.class === "Event" ? "visit" : "graph"), { "aria-label": `Open ${node.name}` });
}

function panel(...children) {
  fill($("detail"), children);
  $("detail").scrollTop = 0;
}

function qualifier(p) {
  return ["role", "title", "basis"].map((k) => p[k]).filter(Boolean).join(", ");
}

async function showEntity(id) {
  const detail = await api(`/entities/${enc(id)}`);
  const n = detail.node;
  const isEvent = n.class === "Event";
  const actions = el("div", { class: "actions" },
    button("Expand", () => expand(id).catch(failed), { title: "Add its neighbours to the canvas (or double-click the node)" }),
    button("Hide", () => hideNode(id), { title: "Hide it from the canvas (H)" }),
    button("Chain of command", () => select(id, "chain")),
    button(isEvent ? "Visit view" : "Visits", () => select(id, "visit")));
  const groups = Object.entries(detail.relationships).sort().map(([type, rels]) => el("section", { class: "rels" },
    el("h3", {}, `${type.toLowerCase().replaceAll("_", " ")} (${rels.length})`),
    rels.map((r) => el("details", { "data-type": type },
      el("summary", {}, el("span", { class: "dir", title: r.direction === "out" ? "outgoing" : "incoming" }, r.direction === "out" ? "→" : "←"),
        " ", el("span", { class: "name" }, r.other.name), qualifier(r.properties) ? ` (${qualifier(r.properties)})` : "",
        " ", el("span", { class: "chip" }, kindOf(r.other)),
        el("span", { class: "count", title: "reports that say so" }, `${r.evidence.length} source${r.evidence.length === 1 ? "" : "s"}`)),
      evidenceList(r.evidence),
      propertyList(r.properties, ["id", "role", "title", "basis", "extractor"]),
      el("div", { class: "actions" }, openButton(r.other))))));
  panel(el("h2", {}, n.name), el("span", { class: "chip strong" }, kindOf(n)),
        isEvent && n.properties.date ? el("span", { class: "date" }, ` ${showDate(n.properties.date, n.properties.date_precision)}`) : null,
        isEvent && n.properties.summary ? el("p", { class: "summary" }, n.properties.summary) : null,
        actions,
        detail.aliases.length ? [el("h3", {}, "Aliases"), el("div", {}, detail.aliases.map((a) => el("span", { class: "chip" }, a)))] : null,
        propertyList(n.properties, PLAIN) ? [el("h3", {}, "Properties"), propertyList(n.properties, PLAIN)] : null,
        groups,
        detail.documents.length ? [el("h3", {}, "Mentioned in"), detail.documents.map((d) => cite({
          document: d.id, title: d.properties?.title || d.name, url: d.properties?.url, published: d.properties?.published }))] : null);
}

function showEdge(edge) {
  const d = edge.data();
  const name = (id) => cy.getElementById(id).data("name");
  panel(el("h2", {}, d.type.toLowerCase().replaceAll("_", " ")), el("p", {}, name(d.source), " → ", name(d.target)),
        propertyList(d.props, ["id"]), el("h3", {}, "Evidence"), evidenceList(d.evidence));
}

function renderChainDetail(chain) {
  const edgeLine = (e) => el("details", {},
    el("summary", {}, `${chain.levels.flatMap((l) => l.nodes).find((n) => n.id === e.source)?.name || e.source} `,
       `${e.type.toLowerCase()} `, chain.levels.flatMap((l) => l.nodes).find((n) => n.id === e.target)?.name || e.target,
       e.basis ? [" ", el("span", { class: "chip" }, e.basis)] : null,
       e.since || e.until ? ` ${e.since || "…"} – ${e.until || "…"}` : ""),
    evidenceList(e.evidence));
  panel(el("h2", {}, `Chain of command: ${chain.start.name}`),
    chain.as_of ? el("p", { class: "muted" }, `as of ${chain.as_of}`) : null,
    el("div", { class: "key" },
      el("span", {}, el("i", { class: "line solid" }), "the chain of command, each step with its basis (statutory, operational, contract)"),
      el("span", {}, el("i", { class: "line dashed" }), "other lines: security agreements, bases on company property")),
    chain.levels.slice().reverse().map((level) => [el("h3", {}, level.depth === 0 ? "Start" : `Level ${level.depth} up`),
      level.nodes.map((n) => el("div", { class: "level" }, el("strong", {}, n.name), " ", el("span", { class: "chip" }, kindOf(n)),
        n.heads.length ? n.heads.map((h) => el("div", { class: "cite" }, `headed by ${h.person.name}`, h.title ? `, ${h.title}` : "",
                                                  h.since ? ` since ${h.since}` : "", h.until ? ` until ${h.until}` : ""))
                       : n.class === "Person" ? null : el("div", { class: "cite" }, "head not reported")))]),
    chain.levels.length < 2 ? el("p", { class: "muted" }, "No superior reported.") : null,
    chain.edges.length ? [el("h3", {}, "Steps of the chain"), chain.edges.map(edgeLine)] : null,
    chain.other_lines.length ? [el("h3", {}, "Other lines"), chain.other_lines.map((l) => el("details", { open: "" },
      el("summary", {}, `${l.unit.name} ${l.type.toLowerCase()} ${l.target_node.name}`,
         l.on_property_of ? ` (on property of ${l.on_property_of})` : "",
         l.on_company_property ? [" ", el("span", { class: "chip warn" }, "company property")] : null),
      evidenceList(l.evidence),
      l.property_of.map((p) => [el("p", { class: "muted" }, `${p.owner.name} ${p.relation.toLowerCase()} ${l.target_node.name}`),
                                evidenceList(p.evidence)])))] : null,
    chain.problems.length ? [el("h3", {}, "Problems"), chain.problems.map((p) => el("p", { class: "problem" }, `${p.kind}: ${p.message}`))] : null);
}

function renderVisitDetail(event) {
  panel(el("h2", {}, event.name), el("span", { class: "chip strong" }, kindOf(event)),
    el("p", {}, showDate(event.date, event.date_precision), event.end_date ? ` – ${showDate(event.end_date)}` : "",
       event.places.length ? ` · ${event.places.map((p) => p.node.name).join(", ")}` : ""),
    event.summary ? el("p", { class: "summary" }, event.summary) : null,
    el("h3", {}, `Attendees (${event.participants.length})`),
    event.participants.map((p) => el("details", { open: "", "data-type": "PARTICIPATED_IN" },
      el("summary", {}, el("span", { class: "name" }, p.node.name), " ", el("span", { class: "chip role" }, p.role || "participant"),
         " ", el("span", { class: "chip" }, kindOf(p.node))),
      el("div", { class: "actions" }, openButton(p.node)), evidenceList(p.evidence))),
    event.commitments.length ? [el("h3", {}, "Commitments"), event.commitments.map((c) => el("div", { class: "level" }, c.node.name))] : null,
    el("h3", {}, "Reports"), event.sources.map(cite));
}

function renderVisitList(node, visits) {
  panel(el("h2", {}, `Visits: ${node.name}`), el("span", { class: "chip strong" }, kindOf(node)),
    visits.length ? null : el("p", { class: "muted" }, "No visits recorded."),
    visits.map((v) => el("section", { class: "visit" },
      el("h3", {}, showDate(v.date, v.date_precision)),
      el("div", {}, el("strong", {}, v.name), " ", button("Open", () => select(v.id, "visit"), { "aria-label": `Open ${v.name}` })),
      el("ul", {}, v.participants.map((p) => el("li", {}, p.node.name, " ", el("span", { class: "chip role" }, p.role || "participant")))),
      v.sources.map(cite))));
}

function failed(error) {
  if (error instanceof Unauthorized) return askForKey(error.message);
  if (!(error instanceof ApiError)) console.error(error);   // a bug here, not an answer of the API
  status(error.message);
  panel(el("p", { class: "problem" }, error.message));
}

// Reads closed by configuration (MINEGRAPH_READ_KEY): ask once, keep it for this tab only.
function askForKey(message) {
  const input = el("input", { id: "read-key", type: "password", autocomplete: "off" });
  panel(el("h2", {}, "A key is needed"), el("p", {}, message),
    el("form", { onsubmit: (ev) => { ev.preventDefault(); sessionStorage.setItem(KEY_STORAGE, input.value); start(); } },
      el("label", { for: "read-key" }, "Read key "), input, " ", el("button", { type: "submit" }, "Use")));
  input.focus();
}

function hideNode(id) {
  state.hiddenNodes.add(id);
  applyFilters();
  counts();
}

// -- filters, legend, timeline ---------------------------------------------------------------
function checkbox(label, checked, onchange, data) {
  return el("label", {}, el("input", { type: "checkbox", checked, onchange, ...data }), label);
}

function renderFilters() {
  const present = new Set(cy.edges().map((e) => e.data("type")));
  fill($("label-filter"), [el("legend", {}, "Classes"), CLASSES.map((c) => checkbox(c, !state.hiddenClasses.has(c), (ev) => {
    ev.target.checked ? state.hiddenClasses.delete(c) : state.hiddenClasses.add(c);
    applyFilters();
  }, { "data-class": c }))]);
  const types = [...new Set([...present, ...state.hiddenTypes])].sort();
  fill($("type-filter"), [el("legend", {}, "Relationships"), types.length ? types.map((t) => checkbox(t.toLowerCase().replaceAll("_", " "),
    !state.hiddenTypes.has(t), (ev) => {
      ev.target.checked ? state.hiddenTypes.delete(t) : state.hiddenTypes.add(t);
      applyFilters();
    }, { "data-type": t })) : el("span", { class: "muted" }, "none on the canvas")]);
  if (document.activeElement !== $("date-from")) $("date-from").value = state.from;
  if (document.activeElement !== $("date-to")) $("date-to").value = state.to;
  const hidden = $("hidden-nodes");
  hidden.hidden = !state.hiddenNodes.size;
  $("show-hidden").textContent = `Show ${state.hiddenNodes.size} hidden`;
}

function renderLegend() {
  const kinds = new Map();
  cy.nodes().not(".filtered").forEach((n) => kinds.set(n.data("sub") || n.data("cls"), [n.data("shape"), n.data("color")]));
  const shape = (k) => {
    const [s, color] = kinds.get(k);
    const style = `background:${color};` + (CLIP[s] ? `clip-path:${CLIP[s]};border-radius:0` :
                  s === "ellipse" ? "" : "border-radius:2px");
    return el("i", { style });
  };
  const lines = [];
  if (cy.edges(".statutory").not(".filtered").length) lines.push(el("span", {}, el("i", { class: "line solid" }), "chain of command"));
  if (cy.edges(".other").not(".filtered").length) lines.push(el("span", {}, el("i", { class: "line dashed" }), "other line (security, base on company property)"));
  fill($("legend"), [[...kinds.keys()].sort().map((k) => el("span", {}, shape(k), k)), lines]);
  $("legend").hidden = !kinds.size;
}

const SVGNS = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const DAY = 86400000;
const day = (d) => Date.parse(`${d}T00:00:00Z`);
const iso = (t) => new Date(t).toISOString().slice(0, 10);

// Ticks at a step that suits the span: days, weeks, months or years.
function ticks(lo, hi, width) {
  const span = (hi - lo) / DAY;
  const out = [];
  const d = new Date(lo);
  if (span <= 24) {
    for (let t = day(iso(lo)) + DAY; t < hi; t += DAY * Math.ceil(span / 12)) out.push([t, `${new Date(t).getUTCDate()} ${MONTHS[new Date(t).getUTCMonth()]}`]);
  } else if (span <= 120) {
    for (let t = day(iso(lo)) + DAY; t < hi; t += DAY) {
      const x = new Date(t);
      if (x.getUTCDay() === 1 || x.getUTCDate() === 1) out.push([t, `${x.getUTCDate()} ${MONTHS[x.getUTCMonth()]}${x.getUTCDate() === 1 ? ` ${x.getUTCFullYear()}` : ""}`]);
    }
  } else if (span <= 365 * 4) {
    const every = span > 730 ? 3 : 1;
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); t < hi;) {
      const x = new Date(t);
      if (x.getUTCMonth() % every === 0) out.push([t, `${MONTHS[x.getUTCMonth()]} ${x.getUTCFullYear()}`]);
      t = Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 1);
    }
  } else {
    const every = Math.ceil(span / 365 / (width / 80));
    for (let y = d.getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y += 1) if (y % every === 0) out.push([Date.UTC(y, 0, 1), String(y)]);
  }
  // No two labels closer than 60px.
  const scale = (width - 40) / (hi - lo);
  return out.filter((tick, i, all) => i === 0 || (tick[0] - all[i - 1][0]) * scale >= 60);
}

function renderTimeline() {
  const box = $("timeline");
  const width = box.clientWidth || 1200;
  const height = box.clientHeight || 150;
  box.replaceChildren();
  const onCanvas = new Set(cy.nodes().filter((n) => n.data("cls") === "Event").map((n) => n.id()));
  const dated = timelineEvents.filter((e) => e.date);
  const undated = timelineEvents.length - dated.length;
  const range = state.from || state.to ? `Canvas shows ${state.from || "…"} to ${state.to || "…"} · ` : "";
  $("timeline-info").textContent = `${range}${dated.length} dated event${dated.length === 1 ? "" : "s"}` +
    (undated ? `, ${undated} undated (never hidden by dates)` : "") +
    " · bold: on the canvas · dashed: month or year precision · drag to filter the canvas, click to open";
  if (!dated.length) {
    box.append(svg("text", { x: 12, y: 20 }, timelineEvents.length ? "Nothing dated to place on the timeline." : "No events in the graph yet."));
    return;
  }
  const starts = dated.map((e) => day(bound(e.date, false)));
  const ends = dated.map((e) => day(bound(e.end_date || e.date, true)) + DAY);
  const span = Math.max(...ends) - Math.min(...starts);
  const pad = Math.max(DAY * 2, span * 0.04);
  const lo = Math.min(...starts) - pad;
  const hi = Math.max(...ends) + pad;
  const x = (t) => 20 + ((t - lo) / (hi - lo)) * (width - 40);
  const t = (px) => lo + ((px - 20) / (width - 40)) * (hi - lo);
  const axis = height - 22;
  box.append(svg("line", { x1: 20, x2: width - 20, y1: axis, y2: axis, class: "axis" }));
  for (const [tick, label] of ticks(lo, hi, width)) {
    box.append(svg("line", { x1: x(tick), x2: x(tick), y1: axis, y2: axis + 4, class: "axis" }),
               svg("text", { x: x(tick), y: height - 6, "text-anchor": "middle" }, label));
  }
  // Lanes: each event with its label goes on the first lane where it overlaps nothing. The
  // label sits inside a long bar (a month, a year), else right of the mark, else left of it.
  const lanes = [];
  const laneCount = Math.max(1, Math.floor((axis - 6) / 18));
  const order = dated.map((e, i) => ({ e, s: x(starts[i]), w: Math.max(x(ends[i]) - x(starts[i]), 5) }))
                     .sort((a, b) => a.s - b.s || b.w - a.w);
  for (const { e, s, w } of order) {
    let label = e.name.includes(e.date) ? e.name : `${e.name} · ${e.date}`;
    if (label.length > 60) label = `${label.slice(0, 58)}…`;
    const textWidth = label.length * 6.4;
    const [tx, anchor, left, right] = w > textWidth + 12 ? [s + 6, "start", s, s + w]
      : s + w + 6 + textWidth < width - 4 ? [s + w + 5, "start", s, s + w + 6 + textWidth]
      : [s - 5, "end", s - 6 - textWidth, s + w];
    let lane = lanes.findIndex((end) => end < left - 4);
    if (lane === -1) lane = lanes.length < laneCount ? lanes.length : lanes.indexOf(Math.min(...lanes));
    lanes[lane] = right;
    const y = 6 + lane * 18;
    const inRange = overlaps(e.date, e.end_date);
    const cls = ["event", e.date_precision === "day" ? "day" : "coarse", onCanvas.has(e.id) ? "on-canvas" : "", inRange ? "" : "out"].join(" ");
    const mark = svg("g", { class: cls, "data-id": e.id, tabindex: 0, role: "button",
                             "aria-label": `${e.name}, ${showDate(e.date, e.date_precision)}${onCanvas.has(e.id) ? ", on the canvas" : ""}` });
    mark.append(svg("title", {}, `${e.name} — ${showDate(e.date, e.date_precision)}`),
                svg("rect", { x: s, y, width: w, height: 13, rx: 3 }),
                svg("text", { x: tx, y: y + 10, "text-anchor": anchor }, label));
    box.append(mark);
  }
  if (state.from || state.to) {
    const a = state.from ? x(day(bound(state.from, false))) : 20;
    const b = state.to ? x(day(bound(state.to, true)) + DAY) : width - 20;
    box.append(svg("rect", { class: "brush", x: Math.max(20, Math.min(a, b)), y: 2, width: Math.abs(b - a), height: axis - 2 }));
  }

  box.onpointerdown = (down) => {
    if (down.button !== 0) return;
    const start = down.offsetX;
    const brush = svg("rect", { class: "brush", x: start, y: 2, width: 1, height: axis - 2 });
    box.append(brush);
    box.setPointerCapture(down.pointerId);
    box.onpointermove = (move) => {
      brush.setAttribute("x", Math.min(start, move.offsetX));
      brush.setAttribute("width", Math.abs(move.offsetX - start));
    };
    box.onpointerup = (up) => {
      box.onpointermove = box.onpointerup = null;
      if (Math.abs(up.offsetX - start) < 4) {   // a click, not a brush: open the event under it
        const mark = down.target.closest?.("g.event");
        if (mark) openEvent(mark.dataset.id);
        return renderTimeline();
      }
      state.from = iso(t(Math.min(start, up.offsetX)));
      state.to = iso(t(Math.max(start, up.offsetX)) - 1);
      applyFilters();
      counts();
    };
  };
  box.onkeydown = (ev) => {
    const mark = ev.target.closest?.("g.event");
    if (mark && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); openEvent(mark.dataset.id); }
  };
}

// An event from the timeline: onto the canvas with its neighbours, and into the detail panel.
function openEvent(id) {
  if (state.view !== "graph" || !state.entity) return select(id, "graph");
  expand(id).then(() => showEntity(id)).then(() => { cy.$(":selected").unselect(); cy.getElementById(id).select(); }).catch(failed);
}

async function loadTimeline() {
  timelineEvents = await api("/events?limit=2000").catch((error) => { if (error instanceof Unauthorized) throw error; return []; });
  renderTimeline();
}

// -- export ---------------------------------------------------------------------------------
function download(name, blob) {
  const link = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

// The view as a graph document (the shape of `minegraph load`): what is shown, nothing hidden.
function visibleGraph() {
  const nodes = cy.nodes().not(".filtered");
  const edges = cy.edges().not(".filtered");
  return {
    nodes: nodes.map((n) => ({ id: n.id(), labels: n.data("labels") || [], properties: n.data("props") })),
    relationships: edges.map((e) => ({ type: e.data("type"), start: e.data("source"), end: e.data("target"),
                                       properties: e.data("props"), evidence: e.data("evidence") })),
  };
}

function graphml(graph) {
  const ns = "http://graphml.graphdrawing.org/xmlns";
  const doc = document.implementation.createDocument(ns, "graphml", null);
  const root = doc.documentElement;
  const keys = [["name", "node"], ["labels", "node"], ["class", "node"], ["date", "node"],
                ["type", "edge"], ["role", "edge"], ["basis", "edge"], ["evidence", "edge"]];
  for (const [id, target] of keys) {
    const key = doc.createElementNS(ns, "key");
    Object.entries({ id, for: target, "attr.name": id, "attr.type": "string" }).forEach(([k, v]) => key.setAttribute(k, v));
    root.append(key);
  }
  const g = doc.createElementNS(ns, "graph");
  g.setAttribute("edgedefault", "directed");
  const data = (parent, key, value) => {
    if (value === undefined || value === null || value === "") return;
    const d = doc.createElementNS(ns, "data");
    d.setAttribute("key", key);
    d.textContent = value;
    parent.append(d);
  };
  for (const n of graph.nodes) {
    const node = doc.createElementNS(ns, "node");
    node.setAttribute("id", n.id);
    data(node, "name", n.properties.name || n.properties.title || n.id);
    data(node, "labels", n.labels.join(":"));
    data(node, "class", cy.getElementById(n.id).data("sub") || cy.getElementById(n.id).data("cls"));
    data(node, "date", n.properties.date);
    g.append(node);
  }
  graph.relationships.forEach((r, i) => {
    const edge = doc.createElementNS(ns, "edge");
    Object.entries({ id: r.properties.id || `e${i}`, source: r.start, target: r.end }).forEach(([k, v]) => edge.setAttribute(k, v));
    data(edge, "type", r.type);
    data(edge, "role", r.properties.role);
    data(edge, "basis", r.properties.basis);
    data(edge, "evidence", (r.evidence || []).map((e) => e.sentence).filter(Boolean).join(" | "));
    g.append(edge);
  });
  root.append(g);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

const fileName = (ext) => `minegraph-${(state.entity || "view").replace(/[^a-z0-9-]+/gi, "_")}-${state.view}.${ext}`;

// -- search ---------------------------------------------------------------------------------
let suggestionTimer = null;
let suggestionSeq = 0;
let active = -1;
let hits = [];

function markActive(index) {
  const items = [...$("suggestions").children];
  active = (index + items.length) % items.length;
  items.forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
  $("search").setAttribute("aria-activedescendant", items[active]?.id || "");
  items[active]?.scrollIntoView({ block: "nearest" });
}

function closeSuggestions() {
  $("suggestions").hidden = true;
  $("search").setAttribute("aria-expanded", "false");
  $("search").removeAttribute("aria-activedescendant");
  active = -1;
}

async function suggest(text) {
  const seq = ++suggestionSeq;
  if (!text.trim()) { hits = []; return closeSuggestions(); }
  const found = await api(`/entities/search?${q({ q: text, limit: 8 })}`).catch((error) => apiOnly(error, []));
  if (seq !== suggestionSeq) return;   // a later keystroke already asked again
  hits = found;
  const list = $("suggestions");
  fill(list, hits.map((hit, i) => el("li", { id: `suggestion-${i}`, role: "option", "data-id": hit.id, "aria-selected": "false",
    onmousedown: (ev) => { ev.preventDefault(); choose(hit); } },
    el("span", { class: "name" }, hit.name, hit.matched && hit.matched !== hit.name ? el("span", { class: "muted" }, ` “${hit.matched}”`) : null),
    el("span", { class: "kind" }, kindOf(hit)))));
  if (!hits.length && text.trim()) fill(list, el("li", { class: "empty", role: "option", "aria-disabled": "true" }, `Nothing matches “${text}”`));
  list.hidden = false;
  $("search").setAttribute("aria-expanded", "true");
  active = -1;
}

function choose(hit) {
  $("search").value = hit.name;
  closeSuggestions();
  select(hit.id, hit.class === "Event" ? "visit" : state.view === "visit" ? "graph" : state.view);
}

function setPressed() {
  document.querySelectorAll(".views button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.view === state.view)));
}

// -- wiring ---------------------------------------------------------------------------------
$("search").addEventListener("input", (ev) => {
  clearTimeout(suggestionTimer);
  suggestionTimer = setTimeout(() => suggest(ev.target.value), 120);
});
$("search").addEventListener("keydown", async (ev) => {
  if (ev.key === "ArrowDown" && hits.length) { ev.preventDefault(); if ($("suggestions").hidden) await suggest(ev.target.value); markActive(active + 1); }
  else if (ev.key === "ArrowUp" && hits.length) { ev.preventDefault(); markActive(active - 1); }
  else if (ev.key === "Escape") closeSuggestions();
  else if (ev.key === "Enter") {
    ev.preventDefault();
    clearTimeout(suggestionTimer);
    if (active < 0 || $("suggestions").hidden) await suggest(ev.target.value);
    if (hits.length) choose(hits[Math.max(active, 0)]);
  }
});
$("search").addEventListener("blur", () => setTimeout(closeSuggestions, 150));

document.querySelectorAll(".views button").forEach((b) => b.addEventListener("click", () => {
  if (state.entity) select(state.entity, b.dataset.view);
  else { state.view = b.dataset.view; setPressed(); saveState(); status("Search for an entity first."); }
}));
$("fit").addEventListener("click", () => cy.fit(cy.elements().not(".filtered"), 40));
const zoomBy = (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
$("zoom-in").addEventListener("click", () => zoomBy(1.25));
$("zoom-out").addEventListener("click", () => zoomBy(0.8));
$("relayout").addEventListener("click", () => (state.view === "graph" ? graphLayout() : select(state.entity, state.view)));
$("export-png").addEventListener("click", () => download(fileName("png"), cy.png({ full: true, output: "blob", bg: "#ffffff", scale: 2 })));
$("export-graphml").addEventListener("click", () => download(fileName("graphml"), new Blob([graphml(visibleGraph())], { type: "application/graphml+xml" })));
$("export-json").addEventListener("click", () => download(fileName("json"), new Blob([JSON.stringify(visibleGraph(), null, 2)], { type: "application/json" })));
for (const [input, key] of [["date-from", "from"], ["date-to", "to"]]) {
  $(input).addEventListener("change", (ev) => {
    const value = ev.target.value.trim();
    if (value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      ev.target.setAttribute("aria-invalid", "true");
      status("Dates are written 2016, 2016-10 or 2016-10-22");
      return;
    }
    ev.target.removeAttribute("aria-invalid");
    state[key] = value;
    applyFilters();
    counts();
  });
}
$("clear-dates").addEventListener("click", () => { state.from = state.to = ""; applyFilters(); counts(); });
$("show-hidden").addEventListener("click", () => { state.hiddenNodes.clear(); applyFilters(); counts(); });

cy.on("tap", "node", (ev) => {
  const id = ev.target.id();
  showEntity(id).catch(failed);
});
cy.on("tap", "edge", (ev) => showEdge(ev.target));
// Edge labels for the selected node's relationships (all of them in the chain and visit views).
cy.on("select", "node", (ev) => ev.target.connectedEdges().addClass("labelled"));
cy.on("unselect", "node", (ev) => { if (state.view === "graph") ev.target.connectedEdges().removeClass("labelled"); });
cy.on("dbltap", "node", (ev) => expand(ev.target.id()).catch(failed));

// The canvas by keyboard: arrows walk the nodes, Enter or E expands, H or Delete hides.
$("cy").addEventListener("keydown", (ev) => {
  const nodes = cy.nodes().not(".filtered").sort((a, b) => a.position("x") - b.position("x") || a.position("y") - b.position("y"));
  if (!nodes.length) return;
  const selected = cy.$("node:selected");
  const index = selected.length ? nodes.indexOf(selected[0]) : -1;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[ev.key];
  if (step) {
    ev.preventDefault();
    const next = nodes[(index + step + nodes.length) % nodes.length];
    cy.$(":selected").unselect();
    next.select();
    showEntity(next.id()).catch(failed);
  } else if (!selected.length) {
    return;
  } else if (ev.key === "h" || ev.key === "H" || ev.key === "Delete") {
    hideNode(selected.id());
  } else if (ev.key === "e" || ev.key === "E" || ev.key === "Enter") {
    ev.preventDefault();
    expand(selected.id()).catch(failed);
  }
});
let resizeTimer = null;
window.addEventListener("resize", () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(renderTimeline, 100); });
window.addEventListener("hashchange", () => {   // a pasted link, or back/forward
  const before = `${state.entity}|${state.view}`;
  loadState();
  if (`${state.entity}|${state.view}` !== before && state.entity) select(state.entity, state.view);
  else applyFilters();
});

async function start() {
  loadState();
  setPressed();
  renderFilters();
  renderLegend();
  try {
    await loadTimeline();
  } catch (error) {
    return failed(error);
  }
  if (state.entity) await select(state.entity, state.view);
  else applyFilters();
}

// A handle for the browser tests and for analysts poking at the canvas from the console.
window.minegraph = { cy, state, ready: start() };
