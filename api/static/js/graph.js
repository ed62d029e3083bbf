// The graph view: an entity and its neighbours; double-click expands, H hides. A node with
// many neighbours shows the first MAX_NEIGHBOURS, the rest folded into "+N more" nodes by kind.
import { api, apiOnly, q } from "./api.js";
import { status } from "./dom.js";
import { addGraph, applyCanvasFilters, cy, frame, graphLayout, placeAround } from "./canvas.js";
import { showEntity } from "./entity.js";
import { state } from "./state.js";
import { styleOf } from "./style.js";

const MAX_NEIGHBOURS = 40;
const FETCH_LIMIT = 250;          // nodes asked of /subgraph for one neighbourhood
const folded = new Map();         // group node id → the nodes and edges it stands for
let onChange = () => {};
export const setGraphRefresh = (fn) => { onChange = fn; };

// The neighbours beyond MAX_NEIGHBOURS, folded by legend kind; the best connected stay out.
function fold(centerId, nodes, edges) {
  const fresh = nodes.filter((n) => n.id !== centerId && !cy.getElementById(n.id).length);
  if (fresh.length <= MAX_NEIGHBOURS) return { nodes, groups: [] };
  const degree = {};
  for (const e of edges) for (const end of [e.source, e.target]) degree[end] = (degree[end] || 0) + 1;
  const byKind = new Map();
  for (const n of fresh.sort((a, b) => (degree[b.id] || 0) - (degree[a.id] || 0) || a.name.localeCompare(b.name))) {
    const key = styleOf(n).key;
    if (!byKind.has(key)) byKind.set(key, []);
    byKind.get(key).push(n);
  }
  // Each kind keeps a share of the places in proportion to its size (at least one).
  const slots = MAX_NEIGHBOURS - byKind.size;
  const kept = [], groups = [];
  for (const [key, members] of byKind) {
    const share = Math.max(1, Math.floor((members.length / fresh.length) * slots));
    kept.push(...members.slice(0, share));
    const rest = members.slice(share);
    if (rest.length) groups.push({ id: `group:${centerId}:${key}`, key, label: styleOf(rest[0]).label, members: rest });
  }
  const keep = new Set(kept.map((n) => n.id));
  return { nodes: nodes.filter((n) => n.id === centerId || keep.has(n.id) || cy.getElementById(n.id).length), groups };
}

function addGroups(centerId, groups, edges) {
  for (const g of groups) {
    const ids = new Set(g.members.map((n) => n.id));
    folded.set(g.id, { members: g.members, edges: edges.filter((e) => ids.has(e.source) || ids.has(e.target)) });
    cy.add({ group: "nodes", classes: "group", data: { id: g.id, label: `+${g.members.length} more ${g.label.toLowerCase()}`,
      name: `${g.members.length} more: ${g.label}`, color: "#eef1f5", shape: "round-rectangle", size: 34, props: {}, labels: [] } });
    cy.add({ group: "edges", classes: "other", data: { id: `${g.id}:edge`, source: centerId, target: g.id, type: "GROUP", label: "", props: {}, evidence: [] } });
  }
}

// Unfold a "+N more" node: its members take its place.
export function unfold(groupId) {
  const group = folded.get(groupId);
  if (!group) return;
  const node = cy.getElementById(groupId);
  const at = node.position();
  const centerId = node.connectedEdges()[0]?.source().id();
  cy.remove(node);
  folded.delete(groupId);
  const before = new Set(cy.nodes().map((n) => n.id()));
  addGraph(group.members, group.edges);
  const added = cy.nodes().filter((n) => !before.has(n.id()));
  added.forEach((n, i) => n.position({ x: at.x + 140 * Math.cos((2 * Math.PI * i) / added.length) * Math.min(3, 1 + added.length / 12),
                                       y: at.y + 110 * Math.sin((2 * Math.PI * i) / added.length) * Math.min(3, 1 + added.length / 12) }));
  onChange();
  frame(centerId ? cy.getElementById(centerId) : null);
}

async function neighbourhood(id) {
  const sub = await api(`/subgraph?${q({ center: id, depth: 1, limit: FETCH_LIMIT })}`);
  const before = new Set(cy.nodes().map((n) => n.id()));
  const { nodes, groups } = fold(id, sub.nodes, sub.edges);
  addGraph(nodes, sub.edges);
  addGroups(id, groups, sub.edges);
  const center = cy.getElementById(id);
  if (before.size && !before.has(id)) {   // from the timeline: a newcomer, put right of the graph
    const box = cy.nodes().filter((n) => before.has(n.id())).boundingBox();
    center.position({ x: box.x2 + 320, y: (box.y1 + box.y2) / 2 });
    before.add(id);
  }
  placeAround(id, cy.nodes().filter((n) => !before.has(n.id())));
  return sub.truncated;
}

export async function graphView(id) {
  cy.elements().remove();
  folded.clear();
  const [truncated] = await Promise.all([neighbourhood(id), showEntity(id)]);
  cy.getElementById(id).addClass("start");
  applyCanvasFilters();
  graphLayout();
  for (const other of state.expanded) await neighbourhood(other).catch(apiOnly);
  if (state.expanded.length) { onChange(); frame(cy.getElementById(id)); }
  counts(truncated);
}

export async function expand(id) {
  if (id.startsWith("group:")) return unfold(id);
  const before = cy.elements().length;
  const truncated = await neighbourhood(id);
  if (!state.expanded.includes(id) && id !== state.entity) state.expanded.push(id);
  onChange();
  if (cy.elements().length !== before) frame(cy.getElementById(id).closedNeighborhood());
  counts(truncated);
}

export function hideNode(id) {
  if (id === state.entity) return status("The start of the view cannot be hidden: open another entity instead.");
  state.hiddenNodes.add(id);
  onChange();
  counts();
}

export function counts(truncated) {
  const shown = cy.nodes().not(".filtered").length;
  const hidden = cy.nodes().length - shown;
  status(`${shown} nodes, ${cy.edges().not(".filtered").length} relationships` +
         (hidden ? ` · ${hidden} hidden` : "") + (truncated ? ` · neighbourhood cut at ${FETCH_LIMIT}` : ""));
}
