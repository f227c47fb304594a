// @ts-check
// What the page holds: the view (mirrored in the address bar) and what the server answered for it.
import { createStore } from './store.js';
import { parseState } from './urlState.js';

/** @typedef {import('./urlState.js').ViewState} ViewState */
/** @typedef {import('./queries.js').AlliancesQuery['alliances']} Alliances */
/** @typedef {import('./queries.js').StatsQuery['stats']} Stats */
/** @typedef {import('./mapElements.js').Elements} Elements */
/** @typedef {import('./mapElements.js').EdgeData} EdgeData */

/**
 * @typedef {object} DashboardState
 * @property {ViewState} view filters, focus and selection
 * @property {Alliances | null} alliances the `alliances` answer the map was last drawn from
 * @property {Elements} elements what the map, the table and the counts show
 * @property {Map<string, EdgeData>} edgeData the shown edges by pair id
 * @property {Stats | null} stats the graph's counts, as last polled
 * @property {string | null} loadingKey filterKey of the load under way (the newer load wins)
 * @property {{ key: string, min: number, elements: Elements } | null} widest The widest answer loaded
 *   for the filters other than the minimum evidence (the one with the lowest minimum), as elements: a
 *   change of the minimum within it is drawn without waiting for the server.
 * @property {string | null} shownKey sumsKey of what the map shows
 * @property {string | null} previewedKey filterKey of a preview the server has not answered yet
 * @property {string} pendingCompare the actor picked first for a comparison, waiting for the second
 * @property {string} layoutUsed 'preset', 'cose' or 'kept': how the map last placed its actors
 * @property {number | null} firstRenderMs when the first map was painted (performance.now())
 * @property {Date | null} lastUpdated when the graph's counts last arrived
 * @property {string} tapped The actor last clicked on the map: a big map does not jump away from where
 *   the analyst clicked.
 * @property {ReadonlyMap<string, boolean>} blocChoices the analyst's own ticks in the bloc legend
 */

/** @typedef {import('./store.js').Store<DashboardState>} DashboardStore */

/**
 * @param {string} search the address bar's query string
 * @returns {DashboardStore}
 */
export function createDashboardStore(search) {
  return createStore(/** @type {DashboardState} */ ({
    view: parseState(search),
    alliances: null,
    elements: { nodes: [], edges: [] },
    edgeData: new Map(),
    stats: null,
    loadingKey: null,
    widest: null,
    shownKey: null,
    previewedKey: null,
    pendingCompare: '',
    layoutUsed: '',
    firstRenderMs: null,
    lastUpdated: null,
    tapped: '',
    blocChoices: new Map(),
  }));
}

/**
 * Changes the view; `history: 'push'` makes the change a back-button step.
 * @param {DashboardStore} store
 * @param {Partial<ViewState>} patch
 * @param {import('./store.js').UpdateMeta} [meta]
 */
export function updateView(store, patch, meta) {
  store.update({ view: Object.freeze({ ...store.get().view, ...patch }) }, meta);
}
