// Who connects two actors: the shortest paths between them, each step with its evidence.
import { api, enc, q } from "./api.js";
import { button, el, panel, plural, status } from "./dom.js";
import { evidenceList } from "./evidence.js";
import { addGraph, applyCanvasFilters, cy, frame } from "./canvas.js";
import { go } from "./nav.js";
import { combobox } from "./search.js";
import { saveState, state } from "./state.js";

const STEP = 260, ROW = 130;

export async function pathsView(id) {
  cy.elements().remove();
  const start = await api(`/entities/${enc(id)}`);
  addGraph([start.node], []);
  cy.getElementById(id).addClass("start");
  if (!state.target) {
    renderPicker(start.node, null);
    status("pick a second actor to see who connects them");
    frame(cy.getElementById(id));
    return;
  }
  const found = await api(`/paths?${q({ from: id, to: state.target, max_length: 4, limit: 10 })}`);
  found.paths.forEach((path, row) => {
    addGraph(path.nodes, []);
    addGraph([], path.edges, () => "path labelled");
    path.nodes.forEach((n, i) => {
      const node = cy.getElementById(n.id);
      if (!node.data("placed")) node.position({ x: i * STEP, y: row * ROW }).data("placed", true);
    });
  });
  if (!found.paths.length) addGraph([found.to], []);
  const end = cy.getElementById(found.to.id);
  end.addClass("start");
  if (!found.paths.length) end.position({ x: STEP * 2, y: 0 });
  applyCanvasFilters();
  frame();
  renderPicker(start.node, found);
  status(found.paths.length ? `${plural(found.paths.length, "shortest path")} of ${plural(found.paths[0].length, "step")}`
                            : "no path of at most 4 steps");
}

function renderPicker(from, found) {
  const input = el("input", { id: "path-target", type: "search", placeholder: "Second actor…", autocomplete: "off",
                              role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": "path-suggestions",
                              value: found ? found.to.name : "" });
  const list = el("ul", { id: "path-suggestions", class: "suggestions", role: "listbox", hidden: "" });
  combobox(input, list, (hit) => { state.target = hit.id; saveState(); go(from.id, "paths"); });
  const step = (e, nodes) => {
    const name = (nid) => nodes.find((n) => n.id === nid)?.name || nid;
    return el("details", { class: "step" }, el("summary", {}, `${name(e.source)} `, el("span", { class: "chip" }, e.type.toLowerCase()),
      ` ${name(e.target)}`), evidenceList(e.evidence));
  };
  panel(el("h2", {}, `Who connects ${from.name}`), el("label", { for: "path-target" }, "with "),
    el("div", { class: "search picker" }, input, list),
    found ? [el("h3", {}, found.paths.length ? `Shortest paths to ${found.to.name}` : `No path to ${found.to.name} within 4 steps`),
             found.paths.map((p, i) => el("section", { class: "path" }, el("h3", {}, `Path ${i + 1}: ${p.nodes.map((n) => n.name).join(" → ")}`),
               p.edges.map((e) => step(e, p.nodes)))),
             el("div", { class: "actions" }, button(`Open ${found.to.name}`, () => go(found.to.id, "graph")))] : null);
}
