// The timeline (vis-timeline): every event of the graph at its date's precision, stacked so
// that nothing overlaps and clustered when zoomed out; one click opens the event clicked;
// Shift+drag (or "Filter to window") brushes a range that filters the canvas. Events with no
// date in the reports are listed apart.
import { api } from "./api.js";
import { $, button, el, fill, plural } from "./dom.js";
import { bound, iso, overlaps, showDate } from "./dates.js";
import { Unauthorized } from "./api.js";
import { state } from "./state.js";
import { eventKind } from "./style.js";

let timeline = null;
let events = [];
let handlers = { open: () => {}, brushed: () => {} };
const items = new vis.DataSet();
const DAY = 86400000;

export const setTimelineHandlers = (h) => { handlers = h; };

export async function loadTimeline() {
  events = await api("/events?limit=2000").catch((error) => { if (error instanceof Unauthorized) throw error; return []; });
  if (!timeline) create();
  items.clear();
  items.add(events.filter((e) => e.date).map(item));
  renderBrush();
  if (items.length) timeline.fit({ animation: false });
}

function item(e) {
  const day = e.date_precision === "day" && !e.end_date;
  const label = e.name.length > 48 ? `${e.name.slice(0, 46)}…` : e.name;
  return {
    id: e.id, content: el("span", { "data-id": e.id }, label), title: `${e.name} — ${showDate(e.date, e.date_precision)}${e.end_date ? ` to ${showDate(e.end_date)}` : ""}`,
    start: bound(e.date, false), end: day ? undefined : iso(Date.parse(bound(e.end_date || e.date, true)) + DAY),
    type: day ? "box" : "range", className: `kind-${eventKind(e.subclass || subclassOf(e))} ${day ? "day" : "coarse"}`,
  };
}
// vis-timeline names its clusters with random ids: anything not in our item set is a cluster.
const isCluster = (id) => items.get(id) === null;
const subclassOf = (e) => (e.labels || []).find((l) => !["Entity", "Event"].includes(l));

function create() {
  timeline = new vis.Timeline($("timeline"), items, {
    stack: true, height: "100%", verticalScroll: true, zoomKey: "ctrlKey", selectable: true, showCurrentTime: false,
    margin: { item: { horizontal: 6, vertical: 4 } }, orientation: { axis: "bottom", item: "bottom" },
    cluster: { maxItems: 2, titleTemplate: "{count} events: zoom in or click to see them", showStipes: false, fitOnDoubleClick: true },
    tooltip: { followMouse: true, overflowMethod: "cap" },
    format: { minorLabels: { millisecond: "", second: "", minute: "", hour: "" } },
  });
  timeline.on("select", ({ items: chosen }) => {
    const id = chosen.find((i) => i !== "brush");
    if (id && !isCluster(id)) handlers.open(id);
  });
  timeline.on("click", (props) => {   // a cluster: zoom to what it holds
    if (props.what === "item" && props.item && isCluster(props.item) && props.time) {
      const w = timeline.getWindow();
      const half = (w.end - w.start) / 6;
      timeline.setWindow(new Date(props.time - half), new Date(+props.time + half));
    }
  });
  brushing($("timeline"));
}

// Shift+drag draws a range; it is the canvas' date filter, shown as a band on the timeline.
function brushing(box) {
  let from = null;
  box.addEventListener("pointerdown", (ev) => {
    if (!ev.shiftKey || ev.button !== 0) return;
    ev.stopPropagation();
    ev.preventDefault();
    from = timeline.getEventProperties(ev).time;
  }, true);
  box.addEventListener("pointermove", (ev) => {
    if (from === null) return;
    ev.stopPropagation();
    showBand(from, timeline.getEventProperties(ev).time);
  }, true);
  box.addEventListener("pointerup", (ev) => {
    if (from === null) return;
    ev.stopPropagation();
    const to = timeline.getEventProperties(ev).time;
    const [a, b] = [Math.min(from, to), Math.max(from, to)];
    from = null;
    if (b - a < DAY) return;
    handlers.brushed(iso(a), iso(b - 1));
  }, true);
}

// The timeline's visible window as the date filter.
export function windowRange() {
  const w = timeline.getWindow();
  return [iso(w.start), iso(+w.end - 1)];
}

function showBand(a, b) {
  const band = { id: "brush", type: "background", start: new Date(Math.min(a, b)), end: new Date(Math.max(a, b)), className: "brush" };
  if (items.get("brush")) items.update(band); else items.add(band);
}

function renderBrush() {
  if (state.from || state.to) {
    const lo = state.from ? Date.parse(bound(state.from, false)) : Math.min(...items.map((i) => Date.parse(i.start)), Date.now());
    const hi = state.to ? Date.parse(bound(state.to, true)) + DAY : Date.now();
    showBand(lo, hi);
  } else if (items.get("brush")) {
    items.remove("brush");
  }
}

// Bold what is on the canvas, grey what the date filter leaves out; list the undated apart.
export function renderTimeline(onCanvas) {
  if (!timeline) return;
  const dated = events.filter((e) => e.date);
  items.update(dated.map((e) => {
    const it = item(e);
    return { ...it, className: `${it.className}${onCanvas.has(e.id) ? " on-canvas" : ""}` +
                               `${overlaps(e.date, e.end_date, state.from, state.to) ? "" : " out"}` };
  }));
  renderBrush();
  const undated = events.filter((e) => !e.date);
  $("timeline-info").textContent = `${plural(dated.length, "dated event")}` +
    (state.from || state.to ? ` · canvas shows ${state.from || "…"} to ${state.to || "…"}` : "") +
    " · Shift+drag to filter the canvas · Ctrl+wheel zooms";
  const list = $("undated");
  list.hidden = !undated.length;
  fill($("undated-count"), `No date in the reports (${undated.length})`);
  fill($("undated-list"), undated.map((e) => el("li", {}, button(e.name, () => handlers.open(e.id),
    { class: onCanvas.has(e.id) ? "link on-canvas" : "link", title: "Open this event" }))));
}
