// The graph canvas (Cytoscape.js): what nodes and edges look like, how they are laid out and
// framed, and which of them the filters hide.
import { $ } from "./dom.js";
import { overlaps } from "./dates.js";
import { state } from "./state.js";
import { styleOf } from "./style.js";

// The chain of command, and the other lines that bind a unit: drawn solid and dashed.
const COMMAND = new Set(["SUBORDINATE_TO", "PART_OF", "HEADS"]);
const OTHER_LINES = new Set(["PROVIDES_SECURITY_TO", "BASED_AT"]);
export const READABLE_ZOOM = 0.6;   // below it, labels are drawn larger so they stay readable on screen
const LABEL_CHARS = 34;             // longer names are cut on the canvas (the panel has them whole)

export const cy = cytoscape({
  container: $("cy"),
  minZoom: 0.1,
  maxZoom: 4,
  style: [
    { selector: "node", style: {
      "background-color": "data(color)", shape: "data(shape)", label: "data(label)", width: "data(size)", height: "data(size)",
      "font-size": 13, color: "#1d2430", "text-valign": "bottom", "text-margin-y": 5, "text-wrap": "wrap",
      "text-max-width": 150, "text-background-color": "#fff", "text-background-opacity": 0.85,
      "text-background-padding": 2, "text-background-shape": "roundrectangle", "border-width": 1.5, "border-color": "#fff" } },
    { selector: "node.small-zoom", style: { "font-size": 20, "text-max-width": 220 } },
    { selector: "node.side-label", style: { "text-halign": "right", "text-valign": "center", "text-margin-x": 8,
                                            "text-margin-y": 0, "text-max-width": 190 } },
    { selector: "node.start", style: { "font-weight": "bold", "border-width": 3, "border-color": "#1d2430" } },
    { selector: "node.group", style: { "border-width": 1.5, "border-color": "#8d99ae", "border-style": "dashed",
                                       color: "#3b4452", "text-valign": "center", "text-margin-y": 0, width: 120, height: 34 } },
    { selector: "node:selected", style: { "border-width": 5, "border-color": "#f59e0b" } },
    { selector: "edge", style: {
      width: 1.5, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1", "target-arrow-shape": "triangle",
      "arrow-scale": 0.9, "curve-style": "bezier", label: "", "font-size": 11, color: "#5b6575",
      "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": 1,
      "text-rotation": "autorotate", "text-margin-y": -8 } },
    { selector: "edge.labelled, edge:selected", style: { label: "data(label)" } },
    { selector: "edge.statutory", style: { "text-rotation": "none", "text-margin-y": 0, width: 3.5, "line-color": "#264653",
                                           "target-arrow-color": "#264653", color: "#264653" } },
    { selector: "edge.step.labelled", style: { label: "", "target-label": "data(label)", "target-text-offset": 46,
                                               "target-text-margin-y": 0 } },
    { selector: "edge.other", style: { width: 2.5, "line-style": "dashed", "line-dash-pattern": [8, 5], "text-rotation": "none",
                                       "line-color": "#c2410c", "target-arrow-color": "#c2410c", color: "#9a3412" } },
    // An edge that would run through another node of its row arcs above it (chain.js).
    { selector: "edge.arched", style: { "curve-style": "unbundled-bezier", "control-point-distances": "data(arch)",
                                        "control-point-weights": [0.5] } },
    { selector: "edge.path", style: { width: 3, "line-color": "#b5179e", "target-arrow-color": "#b5179e", color: "#7a0f6b" } },
    { selector: "edge:selected", style: { width: 4, "line-color": "#f59e0b", "target-arrow-color": "#f59e0b" } },
    { selector: ".filtered", style: { display: "none" } },
  ],
});

const cut = (text) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

export function nodeData(n) {
  const look = styleOf(n);
  const date = n.properties?.date || n.date || "";
  const label = n.class === "Event" && date && !n.name.includes(date) ? `${cut(n.name)}\n${date}` : cut(n.name);
  return { id: n.id, label, name: n.name, cls: n.class, sub: n.subclass, color: look.color, shape: look.shape, legend: look.key,
           legendLabel: look.label, date, labels: n.labels, props: n.properties || {}, size: 30 };
}

export function edgeData(e) {
  const p = e.properties || {};
  const qualifier = p.role || p.title || p.basis;
  // A role or a title says it all ("leader", "vice-president"); other types keep their name.
  const label = p.role || p.title || (qualifier ? `${e.type.toLowerCase()} (${qualifier})` : e.type.toLowerCase());
  return { id: e.id, source: e.source, target: e.target, type: e.type, label, props: p, evidence: e.evidence || [],
           since: p.since || e.since || "", until: p.until || e.until || "" };
}

export const lineClass = (e) => (COMMAND.has(e.type) ? "statutory" : OTHER_LINES.has(e.type) ? "other" : "");

export function addGraph(nodes, edges, edgeClass = lineClass) {
  cy.batch(() => {
    for (const n of nodes) if (n && !cy.getElementById(n.id).length) cy.add({ group: "nodes", data: nodeData(n) });
    for (const e of edges) {
      if (cy.getElementById(e.id).length || !cy.getElementById(e.source).length || !cy.getElementById(e.target).length) continue;
      cy.add({ group: "edges", data: edgeData(e), classes: edgeClass(e) });
    }
  });
  sizeByDegree();
}

// Node size by how connected it is on the canvas: the hubs of a view stand out.
function sizeByDegree() {
  cy.nodes().not(".group").forEach((n) => n.data("size", Math.round(24 + 6 * Math.sqrt(n.degree(false)))));
}

// In the graph view labels stay readable on screen when it is zoomed out to show everything
// (the chain view sizes its rows from the labels, so there they keep one size).
const enlargeLabels = () => cy.nodes().toggleClass("small-zoom", state.view === "graph" && cy.zoom() < READABLE_ZOOM);
cy.on("zoom", enlargeLabels);

// Frame the visible graph: a small graph is not blown up, everything is inside the viewport,
// and the view centres on `focus` when the graph is small enough to be seen whole around it.
export function frame(focus) {
  const visible = cy.elements().not(".filtered");
  cy.fit(visible, 40);
  if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(visible); }
  enlargeLabels();
  if (focus && focus.length) {
    // Centre on the focus only if everything still fits: otherwise the fit already shows it.
    const before = cy.pan();
    cy.center(focus);
    const box = visible.renderedBoundingBox({ includeLabels: true });
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.pan(before);
  }
}

// Rings around the start by distance; the rings are ellipses as wide as the canvas is.
export function graphLayout() {
  const start = cy.getElementById(state.entity);
  const visible = cy.elements().not(".filtered");
  if (visible.nodes().length > 80 || !start.length) {
    visible.layout({ name: "cose", animate: false, randomize: true, fit: false, nodeRepulsion: () => 400000,
                     idealEdgeLength: () => 110, nodeOverlap: 20, numIter: 1500 }).run();
  } else {
    const distance = {};
    visible.bfs({ roots: start, visit: (v, e, u, i, depth) => { distance[v.id()] = depth; } });
    ringLayout(start, visible.nodes().filter((n) => n.id() !== start.id()), distance);
  }
  frame(start);
}

// Nodes around `center` on rings of at most ~22, nearest ones first, stretched to the canvas.
function ringLayout(center, others, distance) {
  const c = { x: 0, y: 0 };
  center.position(c);
  const sorted = others.sort((a, b) => (distance[a.id()] ?? 9) - (distance[b.id()] ?? 9) ||
                                        (a.data("legend") || "").localeCompare(b.data("legend") || ""));
  const aspect = Math.max(1, Math.min(2.2, cy.width() / Math.max(cy.height(), 1)));
  let index = 0, ring = 0;
  while (index < sorted.length) {
    const capacity = 10 + ring * 12;
    const members = sorted.slice(index, index + capacity);
    const radius = 190 + ring * 170;
    members.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / members.length + ring * 0.3;
      n.position({ x: c.x + radius * aspect * Math.cos(angle), y: c.y + radius * Math.sin(angle) });
    });
    index += members.length;
    ring += 1;
  }
}

// Positions for a hand-made layout: each node is put once, where the first caller wanted it.
export function placer() {
  const placed = new Set();
  const put = (id, x, y) => {
    const node = cy.getElementById(id);
    if (!node.length || placed.has(id)) return;
    node.position({ x, y });
    placed.add(id);
  };
  return { placed, put };
}

// An expansion leaves the canvas where it was: the new nodes fan out around the expanded one,
// away from the rest of the graph.
export function placeAround(centerId, added) {
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

// Filters by class, relationship type, date and hidden node. A node that only hung on what is
// now hidden goes too (no orphans), but the start never does.
export function applyCanvasFilters() {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hide = state.hiddenClasses.has(n.data("cls")) || state.hiddenNodes.has(n.id()) ||
                   (n.data("cls") === "Event" && !overlaps(n.data("date"), n.data("props").end_date, state.from, state.to));
      n.toggleClass("filtered", hide);
    });
    cy.edges().forEach((e) => {
      const hide = state.hiddenTypes.has(e.data("type")) || e.source().hasClass("filtered") ||
                   e.target().hasClass("filtered") || !overlaps(e.data("since"), e.data("until"), state.from, state.to);
      e.toggleClass("filtered", hide);
    });
    // Orphans, until none is left: a node whose every relationship is hidden goes too.
    for (let changed = true; changed;) {
      changed = false;
      cy.nodes().not(".filtered").forEach((n) => {
        const edges = n.connectedEdges();
        if (n.id() !== state.entity && edges.length && !edges.not(".filtered").length) { n.addClass("filtered"); changed = true; }
      });
      cy.edges().not(".filtered").forEach((e) => {
        if (e.source().hasClass("filtered") || e.target().hasClass("filtered")) { e.addClass("filtered"); changed = true; }
      });
    }
  });
}
