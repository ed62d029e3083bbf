// What the explorer shows, kept in the URL so that a link reproduces the view.
import { q } from "./api.js";
import { validDate } from "./dates.js";

export const VIEWS = ["graph", "chain", "visit", "paths", "brokers", "commitments", "documents"];

export const state = {
  entity: null, view: "graph", hiddenClasses: new Set(), hiddenTypes: new Set(), hiddenNodes: new Set(),
  expanded: [], opened: [], from: "", to: "", asOf: "", target: "",
};

export function saveState() {
  const params = q({
    entity: state.entity, view: state.view === "graph" ? "" : state.view, expand: state.expanded.join(","),
    open: state.opened.join(","), hide: [...state.hiddenClasses].join(","), types: [...state.hiddenTypes].join(","),
    hidden: [...state.hiddenNodes].join(","), from: state.from, to: state.to, as_of: state.asOf, target: state.target,
  });
  const hash = params ? `#${params}` : "";
  if (location.hash !== hash) history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
}

export function loadState() {
  const params = new URLSearchParams(location.hash.slice(1));
  const list = (name) => (params.get(name) || "").split(",").filter(Boolean);
  const date = (name) => (validDate(params.get(name)) ? params.get(name) : "");
  state.entity = params.get("entity");
  state.view = VIEWS.includes(params.get("view")) ? params.get("view") : "graph";
  state.expanded = list("expand");
  state.opened = list("open");
  state.hiddenClasses = new Set(list("hide"));
  state.hiddenTypes = new Set(list("types"));
  state.hiddenNodes = new Set(list("hidden"));
  state.from = date("from");
  state.to = date("to");
  state.asOf = date("as_of");
  state.target = params.get("target") || "";
}
