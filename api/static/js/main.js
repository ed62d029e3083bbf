// The minegraph explorer: the page's wiring. Each view is its own module (graph, chain, visit,
// paths, lists); this one routes between them, keeps the filters and the URL in step, and
// listens to the keyboard and the header.
import { setReadKey } from "./api.js";
import { $, el, fill, panel, status } from "./dom.js";
import { validDate } from "./dates.js";
import { applyCanvasFilters, cy, frame } from "./canvas.js";
import { chainView } from "./chain.js";
import { setEntityActions, showEdge, showEntity } from "./entity.js";
import { exportGraphml, exportJson, exportPng } from "./export.js";
import { counts, expand, graphView, hideNode, setGraphRefresh } from "./graph.js";
import { brokersView, commitmentsView, documentsView } from "./lists.js";
import { failed, setKeyPrompt, setNavigator } from "./nav.js";
import { pathsView } from "./paths.js";
import { combobox } from "./search.js";
import { loadState, saveState, state } from "./state.js";
import { renderLegend } from "./style.js";
import { loadTimeline, renderTimeline, setTimelineHandlers, windowRange } from "./timeline.js";
import { visitView } from "./visit.js";

const CLASSES = ["Person", "Organization", "Place", "Event", "Commitment", "Issue", "Conflict"];
const VIEW_OF = { graph: graphView, chain: chainView, visit: visitView, paths: pathsView, brokers: brokersView,
                  commitments: commitmentsView, documents: documentsView };
const NEEDS_ENTITY = new Set(["graph", "chain", "visit", "paths", "brokers"]);

async function select(id, view = state.view) {
  if (id !== state.entity || view !== "graph") state.expanded = [];
  if (id !== state.entity) { state.target = ""; state.hiddenNodes.clear(); }
  state.entity = id;
  state.view = view;
  setPressed();
  saveState();
  if (!id && NEEDS_ENTITY.has(view)) {
    cy.elements().remove();
    panel(el("p", { class: "hint" }, "Search for an actor, a place or an event to begin: try “Vizcarra”."));
    return refresh();
  }
  try {
    await VIEW_OF[view](id);
    refresh();
    cy.$(":selected").unselect();
    if (id) cy.getElementById(id).select();
    syncSearchBox();
  } catch (error) {
    failed(error);
  }
  saveState();
}

// After anything that changes what is on the canvas: filters, legend, timeline, URL.
function refresh() {
  if (state.view === "graph") cy.$("node:selected").connectedEdges().addClass("labelled");
  applyCanvasFilters();
  renderFilters();
  if (renderLegend(cy)) frame(cy.getElementById(state.entity));
  renderTimeline(new Set(cy.nodes().not(".filtered").map((n) => n.id())));
  saveState();
}

function checkbox(label, checked, onchange, data) {
  return el("label", {}, el("input", { type: "checkbox", checked, onchange, ...data }), label);
}

function renderFilters() {
  const present = new Set(cy.edges().map((e) => e.data("type")).filter((t) => t !== "GROUP"));
  fill($("label-filter"), [el("legend", {}, "Classes"), CLASSES.map((c) => checkbox(c, !state.hiddenClasses.has(c), (ev) => {
    ev.target.checked ? state.hiddenClasses.delete(c) : state.hiddenClasses.add(c);
    refresh();
  }, { "data-class": c }))]);
  const types = [...new Set([...present, ...state.hiddenTypes])].sort();
  fill($("type-filter"), [el("legend", {}, "Relationships"), types.length ? types.map((t) => checkbox(t.toLowerCase().replaceAll("_", " "),
    !state.hiddenTypes.has(t), (ev) => {
      ev.target.checked ? state.hiddenTypes.delete(t) : state.hiddenTypes.add(t);
      refresh();
    }, { "data-type": t })) : el("span", { class: "muted" }, "none on the canvas")]);
  if (document.activeElement !== $("date-from")) $("date-from").value = state.from;
  if (document.activeElement !== $("date-to")) $("date-to").value = state.to;
  $("hidden-nodes").hidden = !state.hiddenNodes.size;
  $("show-hidden").textContent = `Show ${state.hiddenNodes.size} hidden`;
}

function setPressed() {
  document.querySelectorAll(".views button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.view === state.view)));
}

// Reads closed by configuration (MINEGRAPH_READ_KEY): ask once, keep it for this tab only.
function askForKey(message) {
  const input = el("input", { id: "read-key", type: "password", autocomplete: "off" });
  panel(el("h2", {}, "A key is needed"), el("p", {}, message),
    el("form", { onsubmit: (ev) => { ev.preventDefault(); setReadKey(input.value); start(); } },
      el("label", { for: "read-key" }, "Read key "), input, " ", el("button", { type: "submit" }, "Use")));
  input.focus();
}

// An event from the timeline: onto the canvas with its neighbours, and into the detail panel.
function openEvent(id) {
  if (state.view !== "graph" || !state.entity) return select(id, "graph");
  expand(id).then(() => showEntity(id)).then(() => { cy.$(":selected").unselect(); cy.getElementById(id).select(); }).catch(failed);
}

function setDates(from, to) {
  state.from = from;
  state.to = to;
  refresh();
  counts();
}

// -- wiring ---------------------------------------------------------------------------------
setNavigator(select);
setKeyPrompt(askForKey);
setGraphRefresh(refresh);
setEntityActions({ expand, hide: hideNode });
setTimelineHandlers({ open: openEvent, brushed: setDates });
combobox($("search"), $("suggestions"), (hit) =>
  select(hit.id, hit.class === "Event" ? "visit" : ["graph", "chain", "paths", "brokers"].includes(state.view) ? state.view : "graph"));

document.querySelectorAll(".views button").forEach((b) => b.addEventListener("click", () => {
  if (state.entity || !NEEDS_ENTITY.has(b.dataset.view)) select(state.entity, b.dataset.view);
  else { state.view = b.dataset.view; setPressed(); saveState(); status("Search for an entity first."); }
}));
$("fit").addEventListener("click", () => cy.fit(cy.elements().not(".filtered"), 40));
const zoomBy = (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
$("zoom-in").addEventListener("click", () => zoomBy(1.25));
$("zoom-out").addEventListener("click", () => zoomBy(0.8));
$("relayout").addEventListener("click", () => select(state.entity, state.view));
$("export-png").addEventListener("click", exportPng);
$("export-graphml").addEventListener("click", exportGraphml);
$("export-json").addEventListener("click", exportJson);
for (const [input, key] of [["date-from", "from"], ["date-to", "to"]]) {
  $(input).addEventListener("change", (ev) => {
    const value = ev.target.value.trim();
    if (value && !validDate(value)) {
      ev.target.setAttribute("aria-invalid", "true");
      status("Write a real date: 2016, 2016-10 or 2016-10-22");
      return;
    }
    ev.target.removeAttribute("aria-invalid");
    setDates(key === "from" ? value : state.from, key === "to" ? value : state.to);
  });
}
$("clear-dates").addEventListener("click", () => setDates("", ""));
$("window-dates").addEventListener("click", () => setDates(...windowRange()));
$("show-hidden").addEventListener("click", () => { state.hiddenNodes.clear(); refresh(); counts(); });

cy.on("tap", "node", (ev) => {
  if (ev.target.hasClass("group")) return expand(ev.target.id());
  showEntity(ev.target.id()).catch(failed);
});
cy.on("tap", "edge", (ev) => showEdge(ev.target));
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
    if (!next.hasClass("group")) showEntity(next.id()).catch(failed);
  } else if (!selected.length) {
    return;
  } else if (ev.key === "h" || ev.key === "H" || ev.key === "Delete") {
    hideNode(selected.id());
  } else if (ev.key === "e" || ev.key === "E" || ev.key === "Enter") {
    ev.preventDefault();
    expand(selected.id()).catch(failed);
  }
});
window.addEventListener("hashchange", () => {   // a pasted link, or back/forward
  const before = `${state.entity}|${state.view}|${state.asOf}|${state.target}`;
  loadState();
  if (`${state.entity}|${state.view}|${state.asOf}|${state.target}` !== before) select(state.entity, state.view);
  else refresh();
});

// The search box shows the entity the URL opened, never old text.
function syncSearchBox() {
  const node = state.entity && cy.getElementById(state.entity);
  $("search").value = node && node.length ? node.data("name") : "";
}

async function start() {
  loadState();
  setPressed();
  renderFilters();
  try {
    await loadTimeline();
  } catch (error) {
    return failed(error);
  }
  if (state.entity || !NEEDS_ENTITY.has(state.view)) await select(state.entity, state.view);
  else refresh();
}

// A handle for the browser tests and for analysts poking at the canvas from the console.
window.minegraph = { cy, state, ready: start() };
