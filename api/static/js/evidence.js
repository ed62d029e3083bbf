// The evidence behind a fact: each report's sentence, title, date and link.
import { el, safeUrl } from "./dom.js";
import { showDate } from "./dates.js";

export function cite(ref) {
  const title = ref.title || ref.document;
  return el("div", { class: "cite" },
    safeUrl(ref.url) ? el("a", { href: safeUrl(ref.url), target: "_blank", rel: "noopener noreferrer" }, title) : title,
    ref.published ? ` · ${showDate(ref.published)}` : "");
}

export function evidenceList(evidence, total) {
  if (!evidence || !evidence.length) return el("p", { class: "muted" }, "No evidence sentence recorded.");
  const more = total && total > evidence.length ? el("p", { class: "muted" }, `and ${total - evidence.length} more reports`) : null;
  return [evidence.map((e) => el("div", { class: "evidence" }, el("blockquote", {}, e.sentence || "(no sentence)"), cite(e))), more];
}

export function propertyList(props, skip = ["name", "aliases", "id", "text"]) {
  const entries = Object.entries(props || {}).filter(([k, v]) => !skip.includes(k) && v !== null && v !== "" && v !== undefined);
  if (!entries.length) return null;
  return el("dl", {}, entries.flatMap(([k, v]) => [el("dt", {}, k.replaceAll("_", " ")),
    el("dd", {}, Array.isArray(v) ? v.join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v))]));
}

export const qualifier = (p) => ["role", "title", "basis"].map((k) => p[k]).filter(Boolean).join(", ");
