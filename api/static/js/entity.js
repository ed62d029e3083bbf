// The detail panel of one entity (with the evidence of every fact) and of one relationship.
import { api, enc } from "./api.js";
import { button, el, panel } from "./dom.js";
import { showDate } from "./dates.js";
import { cite, evidenceList, propertyList, qualifier } from "./evidence.js";
import { cy } from "./canvas.js";
import { failed, go } from "./nav.js";
import { humanize, kindOf } from "./style.js";

const PLAIN = ["name", "aliases", "id", "text", "summary"];   // shown elsewhere in the panel
let actions = { expand: async () => {}, hide: () => {} };
export const setEntityActions = (a) => { actions = a; };

const openButton = (node) => button("Open", () => go(node.id, node.class === "Event" ? "visit" : "graph"),
                                    { "aria-label": `Open ${node.name}` });

// A type's facts: a list, or a page of them with the total count (large entities).
const factsOf = (group) => (Array.isArray(group) ? { items: group, count: group.length } : { items: group.items || [], count: group.count ?? (group.items || []).length });

export async function showEntity(id) {
  const detail = await api(`/entities/${enc(id)}`);
  const n = detail.node;
  const isEvent = n.class === "Event";
  const buttons = el("div", { class: "actions" },
    button("Expand", () => actions.expand(id).catch(failed), { title: "Add its neighbours to the canvas (or double-click the node)" }),
    button("Hide", () => actions.hide(id), { title: "Hide it from the canvas (H)" }),
    button("Chain of command", () => go(id, "chain")),
    button(isEvent ? "Visit view" : "Visits", () => go(id, "visit")),
    isEvent ? null : button("Paths from here", () => go(id, "paths")),
    isEvent ? null : button("Brokers around", () => go(id, "brokers")));
  const groups = Object.entries(detail.relationships).sort().map(([type, group]) => {
    const { items, count } = factsOf(group);
    return el("section", { class: "rels" },
      el("h3", {}, `${type.toLowerCase().replaceAll("_", " ")} (${count})`),
      items.map((r) => el("details", { "data-type": type },
        el("summary", {}, el("span", { class: "dir", title: r.direction === "out" ? "outgoing" : "incoming" }, r.direction === "out" ? "→" : "←"),
          " ", el("span", { class: "name" }, r.other.name), qualifier(r.properties) ? ` (${qualifier(r.properties)})` : "",
          " ", el("span", { class: "chip" }, humanize(kindOf(r.other))),
          el("span", { class: "count", title: "reports that say so" }, sourcesLabel(r))),
        evidenceList(r.evidence, r.properties?.source_count),
        propertyList(r.properties, ["id", "role", "title", "basis", "extractor", "sources", "evidence"]),
        el("div", { class: "actions" }, openButton(r.other)))),
      count > items.length ? el("p", { class: "muted" }, `${items.length} of ${count} shown`) : null);
  });
  panel(el("h2", {}, n.name), el("span", { class: "chip strong" }, humanize(kindOf(n))),
        isEvent && n.properties.date ? el("span", { class: "date" }, ` ${showDate(n.properties.date, n.properties.date_precision)}`) : null,
        isEvent && !n.properties.date ? el("span", { class: "date" }, " no date in the reports") : null,
        isEvent && n.properties.summary ? el("p", { class: "summary" }, n.properties.summary) : null,
        buttons,
        detail.aliases.length ? [el("h3", {}, "Aliases"), el("div", {}, detail.aliases.map((a) => el("span", { class: "chip" }, a)))] : null,
        propertyList(n.properties, PLAIN) ? [el("h3", {}, "Properties"), propertyList(n.properties, PLAIN)] : null,
        groups,
        detail.documents.length ? [el("h3", {}, "Mentioned in"), detail.documents.map((d) => cite({
          document: d.id, title: d.properties?.title || d.name, url: d.properties?.url, published: d.properties?.published }))] : null);
}

function sourcesLabel(r) {
  const count = r.properties?.source_count ?? r.evidence.length;
  return `${count} source${count === 1 ? "" : "s"}`;
}

export function showEdge(edge) {
  const d = edge.data();
  const name = (id) => cy.getElementById(id).data("name");
  panel(el("h2", {}, d.type.toLowerCase().replaceAll("_", " ")), el("p", {}, name(d.source), " → ", name(d.target)),
        propertyList(d.props, ["id", "sources", "evidence"]), el("h3", {}, "Evidence"), evidenceList(d.evidence, d.props.source_count));
}
