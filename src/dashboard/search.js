// @ts-check
// Actor search: German or English names and aliases via `searchEntities`, exact names via `entity(name:)`.
// Enter picks the best match; the suggestion list is a set of buttons, reachable with Tab or arrow keys.
import { gql } from './api.js';
import { byId, h, replace } from './dom.js';
import { ENTITY_TYPES } from './palette.js';
import { SEARCH } from './queries.js';

export function createSearch({ onPick, onError }) {
  const form = byId('search');
  const input = byId('search-input', HTMLInputElement);
  const list = byId('search-results');
  let timer = 0;
  let generation = 0;

  async function lookup(text) {
    const mine = ++generation;
    const data = await gql(SEARCH, { query: text });
    if (mine !== generation) return null;
    /** @type {Array<{ id: string, name: string, type: string }>} */
    const hits = data.searchEntities.map((hit) => hit.entity);
    const exact = data.entity;
    // An exact name or alias ("Nordkorea") wins over fuzzy hits.
    if (exact && !hits.some((e) => e.id === exact.id)) hits.unshift(exact);
    else if (exact) hits.sort((a, b) => (a.id === exact.id ? -1 : b.id === exact.id ? 1 : 0));
    return hits;
  }

  function close() {
    replace(list);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function pick(entity) {
    close();
    input.value = entity.name;
    onPick(entity.id);
  }

  function show(hits) {
    if (!hits) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    replace(list, hits.length
      ? hits.map((e) => h('li', { role: 'presentation' },
          h('button', { type: 'button', role: 'option', class: 'search-hit', onclick: () => pick(e) },
            e.name, h('span', { class: 'muted small' }, ` ${ENTITY_TYPES[e.type]?.label ?? e.type}`))))
      : h('li', { class: 'muted small no-hit' }, 'No actor of that name'));
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(() => lookup(text).then(show).catch(onError), 200);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return;
    try {
      const hits = await lookup(text);
      if (hits?.length) pick(hits[0]);
      else show(hits);
    } catch (error) {
      onError(error);
    }
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...list.querySelectorAll('button')];
    if (!buttons.length) return;
    event.preventDefault();
    const at = buttons.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
    const next = event.key === 'ArrowDown' ? Math.min(buttons.length - 1, at + 1) : at <= 0 ? -1 : at - 1;
    (next === -1 ? input : buttons[next]).focus();
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(/** @type {Node | null} */ (event.target))) close();
  });
}
