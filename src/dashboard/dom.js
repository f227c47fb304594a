// @ts-check
// Builds DOM nodes. Text always goes in as text nodes: article sentences and names are untrusted input.

/**
 * h('a', { href, class: 'x', onclick }, 'text', child) — attributes are set with setAttribute (or as
 * listeners for on*), children are nodes or strings (strings become text nodes, never markup).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** The same for SVG elements, which need their namespace. */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null) el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content in one DOM operation: the new content is built off the page first. */
export function replace(el, ...children) {
  const fragment = document.createDocumentFragment();
  append(fragment, children);
  el.replaceChildren(fragment);
  return el;
}

/**
 * The element of index.html with this id, of the kind given (HTMLElement unless told).
 * @template {HTMLElement} [E=HTMLElement]
 * @param {string} id
 * @param {{ new (): E }} [kind]
 * @returns {E}
 */
export function byId(id, kind) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`dashboard: expected an element #${id} in index.html`);
  if (kind && !(el instanceof kind)) throw new Error(`dashboard: expected #${id} to be a ${kind.name}, but it is a ${el.constructor.name}`);
  return /** @type {E} */ (el);
}
