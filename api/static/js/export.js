// Exports of the current view: PNG (what is on screen), GraphML (Gephi, Cytoscape) and the
// graph document JSON (the shape `minegraph load` reads). Hidden and filtered elements stay out.
import { el } from "./dom.js";
import { cy } from "./canvas.js";
import { state } from "./state.js";

function download(name, blob) {
  const link = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export function visibleGraph() {
  const nodes = cy.nodes().not(".filtered").not(".group");
  const edges = cy.edges().not(".filtered").filter((e) => e.data("type") !== "GROUP");
  return {
    nodes: nodes.map((n) => ({ id: n.id(), labels: n.data("labels") || [], properties: n.data("props") })),
    relationships: edges.map((e) => ({ type: e.data("type"), start: e.data("source"), end: e.data("target"),
                                       properties: e.data("props"), evidence: e.data("evidence") })),
  };
}

export function graphml(graph) {
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

export const exportPng = () => download(fileName("png"), cy.png({ full: false, output: "blob", bg: "#ffffff", scale: 2 }));
export const exportGraphml = () => download(fileName("graphml"), new Blob([graphml(visibleGraph())], { type: "application/graphml+xml" }));
export const exportJson = () => download(fileName("json"), new Blob([JSON.stringify(visibleGraph(), null, 2)], { type: "application/json" }));
