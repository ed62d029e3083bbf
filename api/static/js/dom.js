// Building the page from data. Text from reports is only ever inserted as text: el()/fill()
// make text nodes and nothing here parses HTML. Links from reports are kept to http(s).

export const $ = (id) => document.getElementById(id);

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value);
  }
  return fill(node, children, false);
}

// Children as nodes or text (never HTML), nested lists flattened; `replace` drops the old ones.
export function fill(node, children, replace = true) {
  if (replace) node.replaceChildren();
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const button = (label, onclick, attrs = {}) => el("button", { type: "button", onclick, ...attrs }, label);
export const status = (text) => { $("status").textContent = text; };
export const safeUrl = (url) => (/^https?:\/\//i.test(url || "") ? url : null);
export const plural = (n, word) => `${n} ${n === 1 ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`}`;

export function panel(...children) {
  fill($("detail"), children);
  $("detail").scrollTop = 0;
}
