// @ts-check
// The dashboard's entry point: wires the store, the map, the panels and the live poll together.
// Flow: URL → state → (alliances query) → map + table → selection → side panel.
import { gql } from './api.js';
import { blocLinks, blocList, visibleBlocs } from './blocs.js';
import { byId, replace } from './dom.js';
import { bindExports } from './exportView.js';
import { createFilters } from './filters.js';
import { renderBlocLegend, renderStaticLegend } from './legend.js';
import { startLive } from './live.js';
import { createMap, PRESET_LAYOUT_THRESHOLD } from './map.js';
import { toElements, withMinEvidence } from './mapElements.js';
import { ALLIANCES, STATUS } from './queries.js';
import { createSearch } from './search.js';
import { createSelection } from './selection.js';
import { createStatusView } from './statusView.js';
import { createTableView } from './tableView.js';
import { createDashboardStore, updateView } from './state.js';
import { installTestHooks, testHooksWanted } from './testHooks.js';
import { filterKey, filterVariables, mirrorToUrl, sumsKey } from './urlState.js';

const store = createDashboardStore(location.search);
// First, so every other listener already sees the new address.
mirrorToUrl(store);
const status = createStatusView({ onRetry: () => boot() });
/** @param {Partial<import('./state.js').ViewState>} patch */
const push = (patch) => updateView(store, patch, { history: 'push' });

/**
 * Runs `fn` once the browser has painted the next frame, so slow work never delays what the user sees.
 * @param {() => void} fn
 */
const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));

function cancelCompare() {
  store.update({ pendingCompare: '' });
  byId('compare-hint').hidden = true;
}

const actions = {
  /** @param {string} id */
  focus: (id) => {
    const first = store.get().pendingCompare;
    if (first && first !== id) {
      cancelCompare();
      push({ compare: [first, id], focus: '', edge: '' });
    } else push({ focus: id, edge: '', compare: [] });
  },
  /** @param {string} pair */
  edge: (pair) => push({ edge: pair, focus: '', compare: [] }),
  /** @param {string} a @param {string} b */
  compare: (a, b) => push({ compare: [a, b], focus: '', edge: '' }),
  /** @param {string} id */
  startCompare: (id) => {
    store.update({ pendingCompare: id });
    const hint = byId('compare-hint');
    hint.hidden = false;
    replace(hint, `Pick a second actor to compare with ${store.get().elements.nodes.find((n) => n.data.id === id)?.data.label ?? id} (click it on the map or search for it). Esc cancels.`);
  },
  clear: () => push({ focus: '', edge: '', compare: [] }),
};

const map = createMap({
  container: byId('map'),
  focusContainer: byId('map-focus'),
  hullCanvas: byId('hulls'),
  onNodeTap: (id, { shift }) => {
    store.update({ tapped: id });
    const { view } = store.get();
    const anchor = view.focus || view.compare[0];
    if (shift && anchor && anchor !== id) actions.compare(anchor, id);
    else actions.focus(id);
  },
  onEdgeTap: actions.edge,
  onBackgroundTap: () => {
    const { view } = store.get();
    if (view.focus || view.edge || view.compare.length) actions.clear();
  },
});

const graph = {
  counts: () => map.counts(),
  weights: () => new Map((store.get().alliances?.weights ?? []).map((w) => [w.type, w])),
  /** @param {string} id */
  has: (id) => map.has(id),
  /** @param {string} pair */
  edge: (pair) => store.get().edgeData.get(pair) ?? null,
  /** @param {string} a @param {string} b */
  pairOf: (a, b) => store.get().elements.edges.find((e) => (e.data.source === a && e.data.target === b) || (e.data.source === b && e.data.target === a))?.data.pair ?? null,
};

const table = createTableView({ onEdge: actions.edge });
const selection = createSelection({ graph, actions, onError: (error) => error.unreachable && status.set('error', error.message) });

/** @param {import('./state.js').Stats} s */
function showStats(s) {
  store.update({ stats: s });
  byId('stat-articles').textContent = s.articles.toLocaleString('en-GB');
  byId('stat-entities').textContent = s.entities.toLocaleString('en-GB');
  byId('stat-claims').textContent = s.claims.toLocaleString('en-GB');
  byId('stat-relations').textContent = s.relations.toLocaleString('en-GB');
}

/** The blocs to draw for the current mode, and the invisible links that keep each one together. */
function currentBlocs() {
  const { view, elements, alliances, blocChoices } = store.get();
  const present = new Set(elements.nodes.map((n) => n.data.id));
  const { shown, hiddenCount } = visibleBlocs(blocList(alliances, view.blocs, present), present.size, blocChoices);
  const colored = shown.map((b, i) => ({ ...b, color: map.hullColor(i) }));
  const evidence = new Map(elements.nodes.map((n) => [n.data.id, n.data.evidence]));
  const organizations = new Map((alliances?.memberships ?? []).map((m) => [m.id, m.organization?.id]));
  const links = blocLinks(colored, (id) => evidence.get(id) ?? 0, (id) => (view.blocs === 'formal' ? organizations.get(id) : null));
  return { shown: colored, hiddenCount, links };
}

function applyBlocs({ relayout = false } = {}) {
  const { shown, hiddenCount, links } = currentBlocs();
  if (relayout) map.relayout(links);
  map.setBlocs(shown.map((b) => (b.visible ? b : { ...b, memberIds: [] })));
  renderBlocLegend(shown, {
    mode: store.get().view.blocs,
    hiddenCount,
    onToggle: (id, visible) => {
      store.update({ blocChoices: new Map(store.get().blocChoices).set(id, visible) });
      applyBlocs({ relayout: true });
    },
  });
}

/** Bloc links shape the browser layout of small maps; big maps take the server's layout and skip them. */
const layoutLinks = () => (store.get().elements.nodes.length > PRESET_LAYOUT_THRESHOLD ? [] : currentBlocs().links);

/**
 * Puts elements on the map, in the table and in the counts. Returns whether the map changed.
 * @param {import('./state.js').Elements} elements
 */
function show(elements) {
  store.update({ elements, edgeData: new Map(elements.edges.map((e) => [e.data.pair, e.data])) });
  const drawn = map.render(elements, layoutLinks());
  store.update({ layoutUsed: drawn.layout });
  const { view } = store.get();
  table.setEdges(elements.edges.map((e) => e.data));
  table.select(view.edge);
  map.highlight(view);
  byId('view-count').textContent = `${elements.nodes.length} actors · ${elements.edges.length} pairs`;
  document.body.dataset.nodes = String(elements.nodes.length);
  document.body.dataset.edges = String(elements.edges.length);
  return drawn.changed;
}

/**
 * An answer becomes the widest unless one with the same other filters and a lower minimum is kept.
 * @param {import('./state.js').ViewState} view
 * @param {import('./state.js').Elements} next
 */
function keepIfWidest(view, next) {
  const key = sumsKey(view);
  const { widest } = store.get();
  if (widest && widest.key === key && widest.min < view.minEvidence) return;
  store.update({ widest: { key, min: view.minEvidence, elements: next } });
}

/** The graph changed, or may have (new articles, an outage): answers loaded so far are stale. */
function forgetAnswers() {
  store.update({ widest: null, previewedKey: null });
}

/** A change of the minimum evidence alone is drawn at once from the widest answer: the server only
 * drops the pairs below the minimum, so the edges are exact, and the round trip (and the parsing of an
 * answer that holds every actor) no longer delays the map. What depends on the edges that remain (actors left without edges, actor
 * sizes, inferred blocs) comes with the server's answer, asked for once this frame is painted. Returns
 * false when the change needs the server first. */
/** @param {import('./state.js').ViewState} view */
function previewEvidence(view) {
  const key = sumsKey(view);
  const { widest, shownKey, elements } = store.get();
  const drawn = status.current === 'ready' || status.current === 'nomatch';
  if (!drawn || !widest || widest.key !== key || shownKey !== key || view.minEvidence < widest.min) return false;
  const before = elements.nodes;
  const next = withMinEvidence(widest.elements, view.minEvidence, before);
  show(next);
  // New actors only come in with returning edges; the blocs stay as they are otherwise.
  if (next.nodes !== before) applyBlocs();
  // The server draws actors only as ends of edges: with no edge left its answer is empty.
  status.set(next.edges.length ? 'ready' : 'nomatch');
  store.update({ previewedKey: filterKey(view) });
  afterPaint(() => void selection.load(store.get().view));
  return true;
}

/** @param {import('./state.js').ViewState} state */
function applyView(state) {
  const tableMode = state.view === 'table';
  byId('map-view').hidden = tableMode;
  byId('table-view').hidden = !tableMode;
  byId('view-map').setAttribute('aria-pressed', String(!tableMode));
  byId('view-table').setAttribute('aria-pressed', String(tableMode));
  if (tableMode) table.show();
  else requestAnimationFrame(() => map.cy.resize());
}

/** @param {import('./state.js').ViewState} state */
async function fetchAlliances(state) {
  const { polarity, ...filters } = filterVariables(state);
  const vars = { ...filters, minEvidence: state.minEvidence, assertedOnly: state.assertedOnly };
  // Big graphs get the server's layout; a browser force layout on thousands of actors takes too long.
  const wantLayout = (store.get().stats?.entities ?? 0) > PRESET_LAYOUT_THRESHOLD;
  let data = await gql(ALLIANCES, { ...vars, layout: wantLayout });
  if (!wantLayout && data.alliances.nodes.length > PRESET_LAYOUT_THRESHOLD) data = await gql(ALLIANCES, { ...vars, layout: true });
  return data.alliances;
}

/**
 * `run` made to collapse overlapping calls: while one run is under way, further calls collapse into one
 * more run afterwards (which then sees the state as it is by then).
 * @param {() => Promise<void>} run
 * @returns {() => Promise<void>}
 */
function collapsing(run) {
  /** @type {Promise<void> | null} */
  let running = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await run();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

/** Loads the graph for the current filters; rapid filter changes cost two requests, not ten. */
const loadGraph = collapsing(loadOnce);

async function loadOnce() {
  const { view } = store.get();
  const key = filterKey(view);
  store.update({ loadingKey: key });
  const result = await fetchAlliances(view);
  // The filters changed while loading; the newer load wins.
  if (store.get().loadingKey !== key || filterKey(store.get().view) !== key) return;
  const next = toElements(result);
  const confirming = store.get().previewedKey === key;
  store.update({ alliances: result, shownKey: sumsKey(view), previewedKey: null });
  keepIfWidest(view, next);
  const changed = show(next);
  applyBlocs();
  status.set(next.nodes.length ? 'ready' : store.get().stats?.articles ? 'nomatch' : 'empty');
  if (store.get().firstRenderMs === null) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    store.update({ firstRenderMs: performance.now() });
  }
  // The panel's answer depends on the filters too, but the map goes first. A preview of these filters
  // already reloaded it; only changes the server's answer brings call for another.
  if (changed || !confirming) afterPaint(() => void selection.load(store.get().view));
}

/** @param {unknown} error */
function reportError(error) {
  status.set('error', /** @type {Error} */ (error).message);
}

async function boot() {
  forgetAnswers();
  if (status.current !== 'ready') status.set('loading');
  try {
    const data = await gql(STATUS);
    showStats(data.stats);
    live.prime(data.stats);
    if (!data.health.graph) return status.set('error', 'graph unavailable: health.graph is false');
    const lastUpdated = new Date();
    store.update({ lastUpdated });
    status.updated(lastUpdated);
    if (!data.stats.articles) {
      const elements = { nodes: [], edges: [] };
      store.update({ elements });
      map.render(elements);
      table.setEdges([]);
      return status.set('empty');
    }
    await loadGraph();
  } catch (error) {
    reportError(error);
  }
}

const live = startLive({
  onStats: (s, at) => {
    showStats(s);
    store.update({ lastUpdated: at });
    status.updated(at);
    // Coming back from an outage or an empty graph: rebuild everything.
    if (status.current === 'error' || status.current === 'empty') void boot();
  },
  onChange: () => {
    forgetAnswers();
    return status.current === 'ready' || status.current === 'nomatch' ? loadGraph().catch(reportError) : boot();
  },
  onError: reportError,
});

store.subscribe(({ view: state }, { view: previous }) => {
  if (state === previous) return;
  if (filterKey(state) !== filterKey(previous)) {
    // The server's answer is still asked for after a preview, but only once the preview is painted.
    if (previewEvidence(state)) afterPaint(() => void loadGraph().catch(reportError));
    else void loadGraph().catch(reportError);
    return;
  }
  if (state.blocs !== previous.blocs) applyBlocs({ relayout: true });
  if (state.view !== previous.view) applyView(state);
  if (state.focus !== previous.focus || state.edge !== previous.edge || state.compare.join() !== previous.compare.join()) {
    // The map first: its highlight is painted before the panel's request and DOM work begin.
    map.highlight(state);
    const fromMap = store.get().tapped === state.focus;
    store.update({ tapped: '' });
    if (state.focus && state.focus !== previous.focus && !(fromMap && map.large)) void map.zoomTo(state.focus);
    afterPaint(() => {
      table.select(state.edge);
      void selection.load(store.get().view); // the newest selection, should the analyst have clicked on
    });
  }
});

renderStaticLegend();
createFilters(store);
createSearch({ onPick: actions.focus, onError: reportError });
bindExports({ map, filters: () => filterVariables(store.get().view) });
byId('view-map').addEventListener('click', () => updateView(store, { view: 'map' }));
byId('view-table').addEventListener('click', () => updateView(store, { view: 'table' }));
byId('fit').addEventListener('click', () => map.fit());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && store.get().pendingCompare) cancelCompare();
});
applyView(store.get().view);
if (testHooksWanted()) installTestHooks({ store, status, map, mapContainer: byId('map') });

await boot();
live.start();
