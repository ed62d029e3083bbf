// Views that list rather than draw first: brokers around an actor, commitments by status, and
// the loaded reports by date with what each added to the graph.
import { api, enc, q } from "./api.js";
import { button, el, panel, plural, safeUrl, status } from "./dom.js";
import { showDate } from "./dates.js";
import { evidenceList } from "./evidence.js";
import { addGraph, applyCanvasFilters, cy, frame, graphLayout } from "./canvas.js";
import { graphView } from "./graph.js";
import { go } from "./nav.js";
import { humanize, kindOf } from "./style.js";

const STATUS_ORDER = ["broken", "disputed", "pending", "unknown", "fulfilled"];
const openButton = (node, label = "Open") => button(label, () => go(node.id, node.class === "Event" ? "visit" : "graph"),
                                                    { "aria-label": `Open ${node.name}` });

// -- brokers --------------------------------------------------------------------------------
export async function brokersView(id) {
  await graphView(id);
  const found = await api(`/analytics/brokers?${q({ center: id, depth: 2, top: 15 })}`);
  const top = Math.max(...found.brokers.map((b) => b.betweenness), 0.0001);
  for (const b of found.brokers) {
    const node = cy.getElementById(b.node.id);
    if (node.length) node.data("size", Math.round(28 + 40 * (b.betweenness / top)));
  }
  panel(el("h2", {}, "Brokers"), el("p", { class: "muted" },
      `Who links the communities of the neighbourhood of this entity (${found.nodes} nodes, ${found.edges} relationships` +
      `${found.truncated ? ", cut" : ""}), by betweenness: how many shortest paths pass through them. Larger on the canvas.`),
    el("ol", { class: "ranked" }, found.brokers.map((b) => el("li", {},
      el("strong", {}, b.node.name), " ", el("span", { class: "chip" }, humanize(kindOf(b.node))),
      el("div", { class: "cite" }, `betweenness ${b.betweenness.toFixed(3)} · degree ${b.degree.toFixed(3)} · ` +
        `bridges ${plural(b.bridges, "other community")}` + (b.neighbour_kinds.length ? ` · links ${b.neighbour_kinds.map(humanize).join(", ")}` : "")),
      el("div", { class: "actions" }, openButton(b.node))))));
  status(`${plural(found.brokers.length, "broker")} around this entity`);
}

// -- commitments ----------------------------------------------------------------------------
export async function commitmentsView() {
  cy.elements().remove();
  const found = await api(`/commitments?${q({ limit: 200 })}`);
  for (const c of found) {
    addGraph([c, ...c.made_by.map((m) => m.node), ...c.made_at.map((m) => m.node)], []);
    addGraph([], [...c.made_by, ...c.made_at]);
  }
  applyCanvasFilters();
  if (found.length) graphLayout();
  const groups = STATUS_ORDER.map((s) => [s, found.filter((c) => (c.status || "unknown") === s)]).filter(([, cs]) => cs.length);
  panel(el("h2", {}, "Commitments"), el("p", { class: "muted" }, "By status, with who made them, where and when."),
    found.length ? null : el("p", { class: "muted" }, "No commitments in the reports loaded."),
    groups.map(([s, cs]) => [el("h3", {}, `${s} (${cs.length})`), cs.map((c) => el("details", { class: `commitment ${s}` },
      el("summary", {}, el("span", { class: "name" }, c.text || c.name), " ", el("span", { class: `chip status-${s}` }, s),
         c.due ? ` due ${showDate(c.due)}` : ""),
      c.made_by.length ? el("div", {}, "made by ", c.made_by.map((m) => [openButton(m.node, m.node.name), " "])) : null,
      c.made_at.map((m) => el("div", {}, "at ", openButton(m.node, m.node.name),
        m.places.length ? ` · ${m.places.map((p) => p.name).join(", ")}` : "", m.node.properties?.date ? ` · ${showDate(m.node.properties.date)}` : "")),
      c.about.length ? el("div", { class: "cite" }, `about ${c.about.map((a) => a.node.name).join(", ")}`) : null,
      evidenceList(c.made_by[0]?.evidence || c.made_at[0]?.evidence)))]));
  status(plural(found.length, "commitment"));
}

// -- documents ------------------------------------------------------------------------------
export async function documentsView() {
  cy.elements().remove();
  const docs = await api("/documents?limit=500");
  panel(el("h2", {}, `Reports (${docs.length})`), el("p", { class: "muted" }, "Latest first. Open one to see on the canvas what it added."),
    docs.map((d) => el("details", { class: "document", "data-id": d.id, ontoggle: (ev) => { if (ev.target.open) openDocument(d, ev.target); } },
      el("summary", {}, el("span", { class: "name" }, d.title || d.id), el("span", { class: "count" }, d.published ? showDate(d.published) : "undated")),
      el("div", { class: "cite" }, [d.publisher, d.language].filter(Boolean).join(" · "),
         safeUrl(d.url) ? [" · ", el("a", { href: safeUrl(d.url), target: "_blank", rel: "noopener noreferrer" }, "source")] : null),
      el("div", { class: "added muted" }, "…"))));
  status(plural(docs.length, "report"));
}

async function openDocument(doc, details) {
  const detail = await api(`/documents/${enc(doc.id)}`);
  const types = {};
  for (const f of detail.facts) types[f.type] = (types[f.type] || 0) + 1;
  details.querySelector(".added").replaceWith(el("div", { class: "added" },
    el("p", {}, `${plural(detail.mentions.length, "entity")} mentioned, ${plural(detail.facts.length, "fact")}: `,
       Object.entries(types).sort().map(([t, n]) => el("span", { class: "chip" }, `${t.toLowerCase()} ${n}`))),
    detail.facts.slice(0, 12).map((f) => el("div", { class: "evidence" }, el("blockquote", {}, f.evidence[0]?.sentence || f.type))),
    detail.facts.length > 12 ? el("p", { class: "muted" }, `and ${detail.facts.length - 12} more facts`) : null));
  cy.elements().remove();
  addGraph(detail.mentions, detail.facts);
  applyCanvasFilters();
  cy.layout({ name: "cose", animate: false, randomize: true, fit: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110 }).run();
  frame();
  status(`${doc.title || doc.id}: ${plural(detail.mentions.length, "entity")}, ${plural(detail.facts.length, "fact")}`);
}

