// The visit view: a visit (or any event) with its attendees and the reports behind each, or
// every visit an actor made or a place received.
import { api, enc, q } from "./api.js";
import { button, el, panel, plural, status } from "./dom.js";
import { showDate } from "./dates.js";
import { cite, evidenceList } from "./evidence.js";
import { addGraph, applyCanvasFilters, cy, frame, placer } from "./canvas.js";
import { go } from "./nav.js";
import { humanize, kindOf } from "./style.js";

const openButton = (node) => button("Open", () => go(node.id, node.class === "Event" ? "visit" : "graph"),
                                    { "aria-label": `Open ${node.name}` });

export async function visitView(id) {
  cy.elements().remove();
  let events;
  if (id.startsWith("event:")) {
    const event = await api(`/events/${enc(id)}`);
    events = [event];
    drawEvents(events);
    renderVisitDetail(event);
    status(`${plural(event.participants.length, "participant")}, ${plural(event.sources.length, "report")}`);
  } else {
    const param = id.startsWith("place:") ? "place" : "person";
    const [visits, entity] = await Promise.all([api(`/visits?${q({ [param]: id, limit: 50 })}`), api(`/entities/${enc(id)}`)]);
    events = visits;
    addGraph([entity.node], []);
    drawEvents(visits);
    renderVisitList(entity.node, visits);
    status(plural(visits.length, "visit"));
  }
  cy.getElementById(id).addClass("start");
  cy.edges().addClass("labelled");
  applyCanvasFilters();
  visitLayout(id, events);
}

function drawEvents(events) {
  for (const event of events) {
    addGraph([event, ...event.participants.map((p) => p.node), ...event.places.map((p) => p.node)], []);
    addGraph([], [...event.participants, ...event.places]);
  }
}

// Each visit in a column: attendees in a row above it, its places below (an actor or place
// shared by several visits stays where its first visit put it).
function visitLayout(startId, events) {
  const { placed, put } = placer();
  let x = 0;
  for (const event of events) {
    const row = (items) => items.map((r) => r.node.id).filter((nid) => !placed.has(nid));
    const above = row(event.participants), below = row(event.places);
    const span = Math.max(1, above.length, below.length) * 190;
    put(event.id, x + span / 2, 0);
    cy.getElementById(event.id).addClass("side-label");
    above.forEach((nid, j) => put(nid, x + 95 + j * 190, -170));
    below.forEach((nid, j) => put(nid, x + 95 + j * 190, 170));
    x += span + 120;
  }
  cy.nodes().filter((n) => !placed.has(n.id())).forEach((n, i) => n.position({ x: i * 190, y: 340 }));
  frame(cy.getElementById(startId));
}

function renderVisitDetail(event) {
  panel(el("h2", {}, event.name), el("span", { class: "chip strong" }, humanize(kindOf(event))),
    el("p", {}, event.date ? showDate(event.date, event.date_precision) : "No date in the reports",
       event.end_date ? ` – ${showDate(event.end_date)}` : "",
       event.places.length ? ` · ${event.places.map((p) => p.node.name).join(", ")}` : ""),
    event.summary ? el("p", { class: "summary" }, event.summary) : null,
    el("div", { class: "actions" }, button("Chain of command that day", () => go(event.id, "chain"))),
    el("h3", {}, `${event.labels?.includes("Visit") ? "Attendees" : "Participants"} (${event.participants.length})`),
    event.participants.map((p) => el("details", { open: "", "data-type": "PARTICIPATED_IN" },
      el("summary", {}, el("span", { class: "name" }, p.node.name), " ", el("span", { class: "chip role" }, p.role || "participant"),
         " ", el("span", { class: "chip" }, humanize(kindOf(p.node)))),
      el("div", { class: "actions" }, openButton(p.node)), evidenceList(p.evidence))),
    event.commitments.length ? [el("h3", {}, "Commitments"), event.commitments.map((c) => el("div", { class: "level" }, c.node.name))] : null,
    el("h3", {}, "Reports"), event.sources.map(cite));
}

function renderVisitList(node, visits) {
  panel(el("h2", {}, `Visits: ${node.name}`), el("span", { class: "chip strong" }, humanize(kindOf(node))),
    visits.length ? null : el("p", { class: "muted" }, "No visits recorded."),
    visits.map((v) => el("section", { class: "visit" },
      el("h3", {}, v.date ? showDate(v.date, v.date_precision) : "No date in the reports"),
      el("div", {}, el("strong", {}, v.name), " ", button("Open", () => go(v.id, "visit"), { "aria-label": `Open ${v.name}` })),
      el("ul", {}, v.participants.map((p) => el("li", {}, p.node.name, " ", el("span", { class: "chip role" }, p.role || "participant")))),
      v.sources.map(cite))));
}
