// The view's state (filters, focus, selection) and its round trip through the query string, so any view
// can be shared as a link and survives a reload. Back/forward step through selections.

const DEFAULTS = Object.freeze({
  since: '', until: '', types: [], minEvidence: 1, assertedOnly: false,
  blocs: 'formal', view: 'map', focus: '', edge: '', compare: [],
});

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[\w:.|~\-]{1,200}$/;

/** Parses a query string; anything malformed falls back to the default rather than reaching the API. */
export function parseState(search) {
  const q = new URLSearchParams(search);
  const date = (key) => (DATE.test(q.get(key) ?? '') ? q.get(key) : '');
  const id = (key) => (ID.test(q.get(key) ?? '') ? q.get(key) : '');
  const min = Number.parseInt(q.get('min') ?? '', 10);
  return {
    since: date('since'),
    until: date('until'),
    types: (q.get('types') ?? '').split(',').filter((t) => /^[A-Z_]{2,20}$/.test(t)),
    minEvidence: Number.isFinite(min) && min >= 1 ? Math.min(min, 1000) : 1,
    assertedOnly: q.get('asserted') === '1',
    blocs: ['formal', 'inferred', 'none'].includes(q.get('blocs')) ? q.get('blocs') : DEFAULTS.blocs,
    view: q.get('view') === 'table' ? 'table' : 'map',
    focus: id('focus'),
    edge: id('edge'),
    compare: (q.get('compare') ?? '').split(',').filter((v) => ID.test(v)).slice(0, 2),
  };
}

/** The shortest query string for a state: defaults are left out. */
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

/** Which parts of the state decide what the API is asked for (the rest only changes the selection). */
export function filterKey(state) {
  return JSON.stringify([state.since, state.until, state.types, state.minEvidence, state.assertedOnly]);
}

/** The filters that decide each pair's sums. The minimum evidence only drops the pairs below it, so two
 * answers with the same key nest: the one for a higher minimum holds a subset of the other's edges. */
export function sumsKey(state) {
  return JSON.stringify([state.since, state.until, state.types, state.assertedOnly]);
}

/** The filters as GraphQL variables shared by the alliance, entity and claim queries. */
export function filterVariables(state) {
  return {
    since: state.since || null,
    until: state.until || null,
    types: state.types.length ? state.types : null,
    polarity: state.assertedOnly ? ['ASSERTED'] : null,
  };
}

/** A tiny store: one state object, replaced (never mutated) on every change, mirrored into the URL. */
export function createStore() {
  let state = parseState(location.search);
  const listeners = new Set();
  const notify = (previous) => listeners.forEach((fn) => fn(state, previous));

  window.addEventListener('popstate', () => {
    const previous = state;
    state = parseState(location.search);
    notify(previous);
  });

  return {
    get: () => state,
    /** Merges a patch; `history: 'push'` makes the change a back-button step, otherwise the URL is replaced. */
    set(patch, { history: mode = 'replace' } = {}) {
      const previous = state;
      state = Object.freeze({ ...state, ...patch });
      const url = `${location.pathname}${formatState(state)}`;
      if (url !== `${location.pathname}${location.search}`) {
        if (mode === 'push') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      notify(previous);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
