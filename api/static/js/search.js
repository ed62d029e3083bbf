// Search as you type (an ARIA combobox): names and aliases, accents or not. One factory serves
// the header's search and every other "pick an actor" box.
import { api, apiOnly, q } from "./api.js";
import { el, fill } from "./dom.js";
import { humanize, kindOf } from "./style.js";

export function combobox(input, list, onChoose) {
  let timer = null, seq = 0, active = -1, hits = [];

  function markActive(index) {
    const items = [...list.children];
    active = (index + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", items[active]?.id || "");
    items[active]?.scrollIntoView({ block: "nearest" });
  }
  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  async function suggest(text) {
    const mine = ++seq;
    if (!text.trim()) { hits = []; return close(); }
    const found = await api(`/entities/search?${q({ q: text, limit: 8 })}`).catch((error) => apiOnly(error, []));
    if (mine !== seq) return;   // a later keystroke already asked again
    hits = found;
    fill(list, hits.map((hit, i) => el("li", { id: `${list.id}-${i}`, role: "option", "data-id": hit.id, "aria-selected": "false",
      onmousedown: (ev) => { ev.preventDefault(); choose(hit); } },
      el("span", { class: "name" }, hit.name, hit.matched && hit.matched !== hit.name ? el("span", { class: "muted" }, ` “${hit.matched}”`) : null),
      el("span", { class: "kind" }, humanize(kindOf(hit))))));
    if (!hits.length) fill(list, el("li", { class: "empty", role: "option", "aria-disabled": "true" }, `Nothing matches “${text}”`));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  }
  function choose(hit) {
    input.value = hit.name;
    close();
    onChoose(hit);
  }
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => suggest(input.value), 120);
  });
  input.addEventListener("keydown", async (ev) => {
    if (ev.key === "ArrowDown" && hits.length) { ev.preventDefault(); if (list.hidden) await suggest(input.value); markActive(active + 1); }
    else if (ev.key === "ArrowUp" && hits.length) { ev.preventDefault(); markActive(active - 1); }
    else if (ev.key === "Escape") close();
    else if (ev.key === "Enter") {
      ev.preventDefault();
      clearTimeout(timer);
      if (active < 0 || list.hidden) await suggest(input.value);
      if (hits.length) choose(hits[Math.max(active, 0)]);
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}
