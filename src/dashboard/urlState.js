// @ts-check
// The view's state (filters, focus, selection) and its round trip through the query string, so any view
// can be shared as a link and survives a reload. Back/forward step through selections.

/**
 * @typedef {object} ViewState
 * @property {string} since ISO date, year-month or year; '' for no bound
 * @property {string} until
 * @property {string[]} types relation types; empty means every type
 * @property {number} minEvidence minimum claims per pair, 1–1000
 * @property {boolean} assertedOnly stated claims only
 * @property {'formal' | 'inferred' | 'none'} blocs
 * @property {'map' | 'table'} view
 * @property {string} focus the focused actor's id, or ''
 * @property {string} edge the selected pair's id, or ''
 * @property {string[]} compare two actor ids, or none
 */

/** @type {Readonly<ViewState>} */
export const DEFAULTS = Object.freeze({
  since: '', until: '', types: [], minEvidence: 1, assertedOnly: false,
  blocs: 'formal', view: 'map', focus: '', edge: '', compare: [],
});

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[\w:.|~\-]{1,200}$/;

/**
 * Parses a query string; anything malformed falls back to the default rather than reaching the API.
 * @param {string} search
 * @returns {ViewState}
 */
export function parseState(search) {
  const q = new URLSearchParams(search);
  /** @type {(key: string, pattern: RegExp) => string} */
  const valid = (key, pattern) => {
    const value = q.get(key) ?? '';
    return pattern.test(value) ? value : '';
  };
  const blocs = q.get('blocs');
  const min = Number.parseInt(q.get('min') ?? '', 10);
  return {
    since: valid('since', DATE),
    until: valid('until', DATE),
    types: (q.get('types') ?? '').split(',').filter((t) => /^[A-Z_]{2,20}$/.test(t)),
    minEvidence: Number.isFinite(min) && min >= 1 ? Math.min(min, 1000) : 1,
    assertedOnly: q.get('asserted') === '1',
    blocs: blocs === 'formal' || blocs === 'inferred' || blocs === 'none' ? blocs : DEFAULTS.blocs,
    view: q.get('view') === 'table' ? 'table' : 'map',
    focus: valid('focus', ID),
    edge: valid('edge', ID),
    compare: (q.get('compare') ?? '').split(',').filter((v) => ID.test(v)).slice(0, 2),
  };
}

/**
 * The shortest query string for a state: defaults are left out.
 * @param {ViewState} state
 */
export function formatState(state) {
  const q = new URLSearchParams();
  if (state.since) q.set('since', state.since);
  if (state.until) q.set('until', state.until);
  if (state.types.length) q.set('types', state.types.join(','));
  if (state.minEvidence > 1) q.set('min', String(state.minEvidence));
  if (state.assertedOnly) q.set('asserted', '1');
  if (state.blocs !== DEFAULTS.blocs) q.set('blocs', state.blocs);
  if (state.view !== DEFAULTS.view) q.set('view', state.view);
  if (state.focus) q.set('focus', state.focus);
  if (state.edge) q.set('edge', state.edge);
  if (state.compare.length === 2) q.set('compare', state.compare.join(','));
  const text = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%7C', '|').replaceAll('%7E', '~');
  return text ? `?${text}` : '';
}

/**
 * Which parts of the state decide what the API is asked for (the rest only changes the selection).
 * @param {ViewState} state
 */
export function filterKey(state) {
  return JSON.stringify([state.since, state.until, state.types, state.minEvidence, state.assertedOnly]);
}

/** The filters that decide each pair's sums. The minimum evidence only drops the pairs below it, so two
 * answers with the same key nest: the one for a higher minimum holds a subset of the other's edges.
 * @param {ViewState} state */
export function sumsKey(state) {
  return JSON.stringify([state.since, state.until, state.types, state.assertedOnly]);
}

/**
 * The filters as GraphQL variables shared by the alliance, entity and claim queries.
 * @param {ViewState} state
 */
export function filterVariables(state) {
  return {
    since: state.since || null,
    until: state.until || null,
    // Names of types the API does not know are its to reject: the URL is outside input.
    types: state.types.length ? /** @type {import('./queries.js').RelationType[]} */ (state.types) : null,
    polarity: state.assertedOnly ? /** @type {import('./queries.js').Polarity[]} */ (['ASSERTED']) : null,
  };
}

/**
 * Keeps the address bar and the store's `view` in step: a changed view is written to the URL (a
 * back-button step when the update asks for `history: 'push'`), and back/forward read it again. Subscribe
 * it before anything else, so listeners already see the new address.
 * @param {import('./store.js').Store<{ view: ViewState }>} store
 */
export function mirrorToUrl(store) {
  store.subscribe((state, previous, { history: mode = 'replace' }) => {
    if (state.view === previous.view || mode === 'none') return;
    const url = `${location.pathname}${formatState(state.view)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => store.update({ view: parseState(location.search) }, { history: 'none' }));
}
