// The chain of command of a unit, a person or an event as of a date: one row per level,
// superiors on top, heads left of their body, the other lines that bind a unit (security
// agreements, bases on company property) dashed on its right.
import { api, ApiError, enc, q } from "./api.js";
import { button, el, panel, plural, status } from "./dom.js";
import { showDate, validDate } from "./dates.js";
import { evidenceList } from "./evidence.js";
import { addGraph, applyCanvasFilters, cy, frame, placer } from "./canvas.js";
import { go } from "./nav.js";
import { saveState, state } from "./state.js";
import { humanize, kindOf } from "./style.js";

const GAP = 48;             // between two labels on a row
const ROW_GAP = 90;         // between two rows, room for the step's label
const LABEL_PX = 6.6;       // width of one character of an edge label (11 px font)
const DRAWN = { heads: 3, lines: 4 };   // per body on the canvas; the panel lists them all

// From an event the API answers for the day of the event; elsewhere for the date asked, if any.
function fetchChain(id) {
  const params = q({ as_of: state.asOf });
  return api(`/${id.startsWith("event:") ? "events" : "entities"}/${enc(id)}/chain-of-command?${params}`);
}

export async function chainView(id) {
  let chain;
  try {
    chain = await fetchChain(id);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    cy.elements().remove();
    renderRefusal(id, error.message);
    return;
  }
  cy.elements().remove();
  const nodes = chain.levels.flatMap((level) => level.nodes);
  const heads = nodes.flatMap((n) => n.heads.slice(0, DRAWN.heads).map((h) => ({ head: h, unit: n })));
  const lines = nodes.flatMap((n) => chain.other_lines.filter((l) => l.unit.id === n.id).slice(0, DRAWN.lines));
  addGraph([...nodes, ...heads.map((h) => h.head.person), ...lines.map((l) => l.target_node),
            ...lines.flatMap((l) => l.property_of.map((p) => p.owner))], []);
  addGraph([], steps(chain.edges), () => "statutory step labelled");
  addGraph([], heads.map(({ head, unit }) => ({ id: `head:${head.person.id}:${unit.id}`, type: "HEADS",
    source: head.person.id, target: unit.id, properties: { title: head.title || "head", since: head.since, until: head.until },
    evidence: head.evidence })), () => "statutory labelled");
  addGraph([], lines, () => "other labelled");
  addGraph([], lines.flatMap((l) => l.property_of.map((p) => ({ id: `owner:${p.owner.id}:${l.target_node.id}`,
    type: p.relation, source: p.owner.id, target: l.target_node.id, properties: {}, evidence: p.evidence }))), () => "other labelled");
  const more = addOverflow(chain, nodes);
  cy.getElementById(id).addClass("start");
  applyCanvasFilters();
  chainLayout(chain, heads, lines, more);
  renderChainDetail(chain);
  status(`chain of command${chain.as_of ? ` as of ${chain.as_of}` : ""}: ${plural(chain.levels.length, "level")}, ` +
         `${plural(lines.length, "other line")}`);
}

// One drawn step per pair of bodies, labelled with every basis that links them ("statutory,
// operational"), the label by the superior so that steps converging on one unit stay apart.
function steps(edges) {
  const byPair = new Map();
  for (const e of edges) {
    const key = `${e.source}|${e.target}`;
    const what = e.basis || e.type.toLowerCase().replaceAll("_", " ");
    const seen = byPair.get(key);
    if (!seen) byPair.set(key, { ...e, properties: { ...e.properties, basis: undefined, role: undefined, title: what } });
    else {
      if (!seen.properties.title.split(", ").includes(what)) seen.properties.title += `, ${what}`;
      seen.evidence = [...(seen.evidence || []), ...(e.evidence || [])];
    }
  }
  return [...byPair.values()];
}

// "+N more heads" / "+N more lines" beside a body that has more than the canvas draws.
function addOverflow(chain, nodes) {
  const more = [];
  for (const n of nodes) {
    const extra = { heads: n.heads.length - DRAWN.heads, lines: chain.other_lines.filter((l) => l.unit.id === n.id).length - DRAWN.lines };
    for (const [kind, count] of Object.entries(extra)) {
      if (count <= 0) continue;
      const gid = `group:chain:${kind}:${n.id}`;
      cy.add({ group: "nodes", classes: "group", data: { id: gid, label: `+${count} more ${kind}`, name: `${count} more ${kind}: listed in the panel`,
        color: "#eef1f5", shape: "round-rectangle", size: 34, props: {}, labels: [] } });
      cy.add({ group: "edges", classes: kind === "heads" ? "statutory" : "other", data: { id: `${gid}:edge`,
        source: kind === "heads" ? gid : n.id, target: kind === "heads" ? n.id : gid, type: "GROUP", label: "", props: {}, evidence: [] } });
      more.push({ id: gid, unit: n.id, kind });
    }
  }
  return more;
}

const width = (id) => cy.getElementById(id).boundingBox({ includeLabels: true, includeOverlays: false }).w;
const height = (id) => cy.getElementById(id).boundingBox({ includeLabels: true, includeOverlays: false }).h;
const edgeLabelWidth = (text) => (text ? text.length * LABEL_PX + 24 : 0);

// One row per level, the top level first. On a row: the body (or bodies) of the level; its
// heads in a column on the left; the other lines binding it in a column on the right, each
// line's target followed by whoever owns or operates it. Sizes come from the drawn labels.
function chainLayout(chain, heads, drawnLines, more) {
  const { placed, put } = placer();
  let top = 0;
  for (const level of chain.levels.slice().reverse()) {
    const units = level.nodes.map((n) => n.id).filter((id) => !placed.has(id));
    const left = [...heads.filter((h) => units.includes(h.unit.id)).map((h) => ({ id: h.head.person.id, label: h.head.title || "head" })),
                  ...more.filter((m) => m.kind === "heads" && units.includes(m.unit)).map((m) => ({ id: m.id, label: "" }))]
      .filter((x) => !placed.has(x.id));
    const lines = [...drawnLines.filter((l) => units.includes(l.unit.id) && !placed.has(l.target_node.id)),
                   ...more.filter((m) => m.kind === "lines" && units.includes(m.unit))
                     .map((m) => ({ target_node: { id: m.id }, type: "", property_of: [] }))];
    const ids = [...units, ...left.map((x) => x.id), ...lines.flatMap((l) => [l.target_node.id, ...l.property_of.map((p) => p.owner.id)])];
    const sub = Math.max(40, ...ids.map(height)) + 24;   // one sub-row
    let x = 0;
    for (const unit of units) {
      put(unit, x + width(unit) / 2, top);
      x += width(unit) + GAP;
    }
    const unitsRight = x - GAP;
    const headRoom = Math.max(0, ...left.map((h) => edgeLabelWidth(h.label)));
    const headWidth = Math.max(0, ...left.map((h) => width(h.id)));
    left.forEach((h, k) => put(h.id, -GAP - headRoom - headWidth / 2, top + k * sub));
    const lineRoom = Math.max(GAP, ...lines.map((l) => edgeLabelWidth(l.type.toLowerCase())));
    const targetWidth = Math.max(0, ...lines.map((l) => width(l.target_node.id)));
    lines.forEach((l, k) => {
      const y = top + k * sub;
      const tx = unitsRight + lineRoom + targetWidth / 2;
      put(l.target_node.id, tx, y);
      let ox = tx + targetWidth / 2;
      for (const p of l.property_of) {
        ox += Math.max(GAP, edgeLabelWidth(p.relation.toLowerCase()));
        put(p.owner.id, ox + width(p.owner.id) / 2, y);
        ox += width(p.owner.id);
      }
    });
    top += Math.max(1, left.length, lines.length) * sub + ROW_GAP;
  }
  archOverRows();
  frame(cy.getElementById(chain.start.id));
}

// "The police guard the company that operates the mine they guard": the company is drawn after
// the mine on the mine's row, and the edge to it would run through the mine and its labels;
// an edge between two nodes of one row with another node between them arcs above the row.
function archOverRows() {
  const nodes = cy.nodes().not(".filtered");
  cy.edges().not(".filtered").forEach((e) => {
    const a = e.source().position(), b = e.target().position();
    if (Math.abs(a.y - b.y) > 1) return;
    const [lo, hi] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const between = nodes.some((n) => n !== e.source() && n !== e.target() && Math.abs(n.position("y") - a.y) <= 1
                                      && n.position("x") > lo && n.position("x") < hi);
    // Above the row whichever way it points (the distance is measured to the left of its direction).
    if (between) e.data("arch", a.x < b.x ? -70 : 70);
    e.toggleClass("arched", between);
  });
}

// The date the chain answers for: shown, and changeable.
function dateForm(chain) {
  const input = el("input", { id: "chain-as-of", type: "text", inputmode: "numeric", size: 10, placeholder: "YYYY-MM-DD",
                              value: chain?.as_of || state.asOf || "", "aria-label": "Chain of command as of",
                              title: "2016, 2016-10 or 2016-10-22" });
  const message = el("span", { class: "muted", role: "status" });
  const apply = () => {
    const value = input.value.trim();
    if (value && !validDate(value)) {
      input.setAttribute("aria-invalid", "true");
      message.textContent = "Write a real date: 2016, 2016-10 or 2016-10-22.";
      return;
    }
    input.removeAttribute("aria-invalid");
    state.asOf = value;
    saveState();
    go(state.entity, "chain");
  };
  input.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); apply(); } });
  return el("form", { class: "as-of", onsubmit: (ev) => { ev.preventDefault(); apply(); } },
    el("label", { for: "chain-as-of" }, "As of "), input, button("Show", apply),
    button("Any date", () => { input.value = ""; apply(); }, { title: "Every line ever reported, whatever its date" }), message);
}

function renderRefusal(id, message) {
  panel(el("h2", {}, "Chain of command"), dateForm(null),
        el("p", { class: "problem", role: "alert" }, message),
        el("p", { class: "muted" }, "The chain of command starts from a police or military unit, a state body, a person, " +
                                    "or an event with police or military among its participants."),
        el("div", { class: "actions" }, button("Back to the graph", () => go(id, "graph"))));
  status("no chain of command for this entity");
}

const nameOf = (item) => item?.name || item?.node?.name || item?.person?.name || item?.unit?.name || item?.id || "";

function renderChainDetail(chain) {
  const byId = Object.fromEntries(chain.levels.flatMap((l) => l.nodes).map((n) => [n.id, n]));
  const edgeLine = (e) => el("details", {},
    el("summary", {}, `${byId[e.source]?.name || e.source} `, `${e.type.toLowerCase()} `, byId[e.target]?.name || e.target,
       e.basis ? [" ", el("span", { class: "chip" }, e.basis)] : null,
       e.since || e.until ? ` ${e.since || "…"} – ${e.until || "…"}` : ""),
    evidenceList(e.evidence));
  const also = chain.also_reported || [];
  panel(el("h2", {}, `Chain of command: ${chain.start.name}`), dateForm(chain),
    el("p", { class: "answers-for" }, chain.as_of ? `Answers for ${showDate(chain.as_of)}` : "Every line ever reported (no date chosen)",
       chain.tolerance_days ? ` · a fact without dates counts within ${chain.tolerance_days} days of when reports saw it` : ""),
    el("div", { class: "key" },
      el("span", {}, el("i", { class: "line solid" }), "the chain of command, each step with its basis (statutory, operational, contract)"),
      el("span", {}, el("i", { class: "line dashed" }), "other lines: security agreements, bases on company property")),
    chain.levels.slice().reverse().map((level) => [el("h3", {}, level.depth === 0 ? "Start" : `Level ${level.depth} up`),
      level.nodes.map((n) => el("div", { class: "level" }, el("strong", {}, n.name), " ", el("span", { class: "chip" }, humanize(kindOf(n))),
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
    also.length ? [el("h3", {}, "Also reported, set aside"), also.map((a) => el("p", { class: "also" },
      el("strong", {}, nameOf(a.person || a.node || a.unit || a.superior || a)), a.title ? `, ${a.title}` : "",
      a.reason || a.why || a.message ? ` — ${a.reason || a.why || a.message}` : ""))] : null,
    chain.problems.length ? [el("h3", {}, "Problems"), chain.problems.map((p) => el("p", { class: "problem" }, `${p.kind}: ${p.message}`))] : null);
}

