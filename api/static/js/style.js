// How each kind of node looks: colour and shape per class or subclass (the subclass wins), and
// events by what kind of thing happened, so the legend can tell them apart.
import { el, fill, $ } from "./dom.js";

const CLASS_STYLE = {
  Person: ["#e4572e", "ellipse"], Organization: ["#1f6feb", "round-rectangle"],
  GovernmentBody: ["#1f6feb", "round-rectangle"], PoliceUnit: ["#264653", "round-rectangle"],
  MilitaryUnit: ["#3a5a40", "round-rectangle"], Company: ["#6a4c93", "round-rectangle"],
  Community: ["#588157", "round-rectangle"], CivilSocietyOrganization: ["#7b9e3e", "round-rectangle"],
  MediaOutlet: ["#8d99ae", "round-rectangle"], Place: ["#2a9d8f", "diamond"], Mine: ["#9c6644", "diamond"],
  Commitment: ["#8e44ad", "hexagon"], Issue: ["#6c757d", "triangle"], Conflict: ["#b5179e", "octagon"],
  Document: ["#adb5bd", "rectangle"], Group: ["#eef1f5", "round-rectangle"],
};

// Event subclasses by kind (ONTOLOGY.md's Event list); a kind has one colour and one shape.
export const EVENT_KINDS = {
  violence: { label: "Violence", color: "#c0392b", shape: "star",
              types: ["Clash", "Killing", "Injury", "Arrest"] },
  protest: { label: "Protest", color: "#e67e22", shape: "vee",
             types: ["Protest", "Strike", "Roadblock"] },
  dialogue: { label: "Dialogue and agreements", color: "#27ae60", shape: "round-tag",
              types: ["Visit", "Meeting", "DialogueTable", "Agreement", "Truce", "Consultation"] },
  state: { label: "State decisions", color: "#2c3e91", shape: "barrel",
           types: ["StateOfEmergency", "Appointment", "Resignation", "PermitDecision", "LegalAction", "PhaseChange"] },
  statement: { label: "Statements", color: "#7f8c8d", shape: "round-triangle", types: ["Statement"] },
  incident: { label: "Environmental incidents", color: "#16a085", shape: "round-pentagon", types: ["EnvironmentalIncident"] },
};
const KIND_OF_EVENT = Object.fromEntries(Object.entries(EVENT_KINDS).flatMap(([kind, k]) => k.types.map((t) => [t, kind])));
export const eventKind = (subclass) => KIND_OF_EVENT[subclass] || "other";

// The legend's CSS shapes for Cytoscape's node shapes.
const CLIP = {
  diamond: "polygon(50% 0, 100% 50%, 50% 100%, 0 50%)",
  star: "polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)",
  hexagon: "polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)",
  triangle: "polygon(50% 0, 100% 100%, 0 100%)", "round-triangle": "polygon(50% 0, 100% 100%, 0 100%)",
  octagon: "polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)",
  vee: "polygon(0 0, 50% 40%, 100% 0, 50% 100%)", "round-tag": "polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)",
  "round-pentagon": "polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)",
  barrel: "inset(0 round 20%)", "round-rectangle": "inset(0 round 25%)", rectangle: "inset(0)",
};

// "StateOfEmergency" → "State of emergency"; "DialogueTable" → "Dialogue table".
export const humanize = (name) => String(name || "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()
  .replace(/^./, (c) => c.toUpperCase());
export const kindOf = (n) => n.subclass || n.class || (n.labels || []).find((l) => l !== "Entity") || "";

// The legend entry a node belongs to: its event kind, else its subclass or class.
export function styleOf(n) {
  if (n.class === "Event") {
    const kind = eventKind(n.subclass);
    const k = EVENT_KINDS[kind] || { label: "Other events", color: "#f4a261", shape: "ellipse" };
    return { key: `event:${kind}`, label: k.label, color: k.color, shape: k.shape };
  }
  const key = CLASS_STYLE[n.subclass] ? n.subclass : n.class;
  const [color, shape] = CLASS_STYLE[key] || ["#999", "ellipse"];
  return { key, label: humanize(key), color, shape };
}

// The legend lists what is on the canvas, nothing else, in a strip below it (never over a node).
export function renderLegend(cy) {
  const seen = new Map();
  cy.nodes().not(".filtered").forEach((n) => {
    const key = n.data("legend");
    if (key && !seen.has(key)) seen.set(key, { label: n.data("legendLabel"), color: n.data("color"), shape: n.data("shape") });
  });
  const legend = $("legend");
  const before = legend.offsetHeight;
  legend.hidden = !seen.size;
  const shown = cy.edges().not(".filtered");
  fill(legend, [[...seen.values()].map((s) => el("span", {}, el("i", {
    style: `background:${s.color};${CLIP[s.shape] ? `clip-path:${CLIP[s.shape]};border-radius:0` : ""}` }), s.label)),
    shown.filter(".statutory").length ? el("span", {}, el("i", { class: "line solid" }), "chain of command") : null,
    shown.filter(".other").length ? el("span", {}, el("i", { class: "line dashed" }), "other lines (security agreements, bases)") : null]);
  if (legend.offsetHeight === before) return false;
  cy.resize();   // the strip's height changed the canvas'
  return true;
}
