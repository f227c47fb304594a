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
import { exposeState } from './testHooks.js';
import { createStore, filterKey, filterVariables, sumsKey } from './urlState.js';

const store = createStore();
const status = createStatusView({ onRetry: () => boot() });
let alliances = null;
let elements = { nodes: [], edges: [] };
let edgeData = new Map();
let stats = null;
let loadedKey = null;
/** The widest answer loaded for the filters other than the minimum evidence (the one with the lowest
 * minimum), as elements: a change of the minimum within it is drawn without waiting for the server. */
let widest = null;
/** sumsKey of what the map shows. */
let shownKey = null;
/** filterKey of a preview the server has not answered yet (see previewEvidence). */
let previewedKey = null;
let pendingCompare = '';
let layoutUsed = '';
let firstRenderMs = null;
let lastUpdated = null;
/** The actor last clicked on the map: a big map does not jump away from where the analyst clicked. */
let tapped = '';
const blocChoices = new Map();

/** Runs `fn` once the browser has painted the next frame, so slow work never delays what the user sees. */
const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));

const actions = {
  focus: (id) => {
    if (pendingCompare && pendingCompare !== id) {
      const first = pendingCompare;
      pendingCompare = '';
      byId('compare-hint').hidden = true;
      store.set({ compare: [first, id], focus: '', edge: '' }, { history: 'push' });
    } else store.set({ focus: id, edge: '', compare: [] }, { history: 'push' });
  },
  edge: (pair) => store.set({ edge: pair, focus: '', compare: [] }, { history: 'push' }),
  compare: (a, b) => store.set({ compare: [a, b], focus: '', edge: '' }, { history: 'push' }),
  startCompare: (id) => {
    pendingCompare = id;
    const hint = byId('compare-hint');
    hint.hidden = false;
    replace(hint, `Pick a second actor to compare with ${elements.nodes.find((n) => n.data.id === id)?.data.label ?? id} (click it on the map or search for it). Esc cancels.`);
  },
  clear: () => store.set({ focus: '', edge: '', compare: [] }, { history: 'push' }),
};

const map = createMap({
  container: byId('map'),
  focusContainer: byId('map-focus'),
  hullCanvas: byId('hulls'),
  onNodeTap: (id, { shift }) => {
    tapped = id;
    const anchor = store.get().focus || store.get().compare[0];
    if (shift && anchor && anchor !== id) actions.compare(anchor, id);
    else actions.focus(id);
  },
  onEdgeTap: actions.edge,
  onBackgroundTap: () => {
    if (store.get().focus || store.get().edge || store.get().compare.length) actions.clear();
  },
});

const graph = {
  counts: () => map.counts(),
  weights: () => new Map((alliances?.weights ?? []).map((w) => [w.type, w])),
  has: (id) => map.has(id),
  edge: (pair) => edgeData.get(pair) ?? null,
  pairOf: (a, b) => elements.edges.find((e) => (e.data.source === a && e.data.target === b) || (e.data.source === b && e.data.target === a))?.data.pair ?? null,
};

const table = createTableView({ onEdge: actions.edge });
const selection = createSelection({ graph, actions, onError: (error) => error.unreachable && status.set('error', error.message) });

function showStats(s) {
  stats = s;
  byId('stat-articles').textContent = s.articles.toLocaleString('en-GB');
  byId('stat-entities').textContent = s.entities.toLocaleString('en-GB');
  byId('stat-claims').textContent = s.claims.toLocaleString('en-GB');
  byId('stat-relations').textContent = s.relations.toLocaleString('en-GB');
}

/** The blocs to draw for the current mode, and the invisible links that keep each one together. */
function currentBlocs() {
  const state = store.get();
  const present = new Set(elements.nodes.map((n) => n.data.id));
  const { shown, hiddenCount } = visibleBlocs(blocList(alliances, state.blocs, present), present.size, blocChoices);
  shown.forEach((b, i) => (b.color = map.hullColor(i)));
  const evidence = new Map(elements.nodes.map((n) => [n.data.id, n.data.evidence]));
  const organizations = new Map((alliances?.memberships ?? []).map((m) => [m.id, m.organization?.id]));
  const links = blocLinks(shown, (id) => evidence.get(id) ?? 0, (id) => (state.blocs === 'formal' ? organizations.get(id) : null));
  return { shown, hiddenCount, links };
}

function applyBlocs({ relayout = false } = {}) {
  const { shown, hiddenCount, links } = currentBlocs();
  if (relayout) map.relayout(links);
  map.setBlocs(shown.map((b) => (b.visible ? b : { ...b, memberIds: [] })));
  renderBlocLegend(shown, {
    mode: store.get().blocs,
    hiddenCount,
    onToggle: (id, visible) => {
      blocChoices.set(id, visible);
      applyBlocs({ relayout: true });
    },
  });
}

/** Bloc links shape the browser layout of small maps; big maps take the server's layout and skip them. */
const layoutLinks = () => (elements.nodes.length > PRESET_LAYOUT_THRESHOLD ? [] : currentBlocs().links);

/** Puts elements on the map, in the table and in the counts. Returns whether the map changed. */
function show(next) {
  elements = next;
  edgeData = new Map(elements.edges.map((e) => [e.data.pair, e.data]));
  const drawn = map.render(elements, layoutLinks());
  layoutUsed = drawn.layout;
  table.setEdges(elements.edges.map((e) => e.data));
  table.select(store.get().edge);
  map.highlight(store.get());
  byId('view-count').textContent = `${elements.nodes.length} actors · ${elements.edges.length} pairs`;
  document.body.dataset.nodes = String(elements.nodes.length);
  document.body.dataset.edges = String(elements.edges.length);
  return drawn.changed;
}

/** An answer becomes the widest unless one with the same other filters and a lower minimum is kept. */
function keepIfWidest(state, next) {
  const key = sumsKey(state);
  if (widest && widest.key === key && widest.min < state.minEvidence) return;
  widest = { key, min: state.minEvidence, elements: next };
}

/** The graph changed, or may have (new articles, an outage): answers loaded so far are stale. */
function forgetAnswers() {
  widest = null;
  previewedKey = null;
}

/** A change of the minimum evidence alone is drawn at once from the widest answer: the server only
 * drops the pairs below the minimum, so the edges are exact, and the round trip (and the parsing of an
 * answer that holds every actor) no longer delays the map. What depends on the edges that remain (actors left without edges, actor
 * sizes, inferred blocs) comes with the server's answer, asked for once this frame is painted. Returns
 * false when the change needs the server first. */
function previewEvidence(state) {
  const key = sumsKey(state);
  const drawn = status.current === 'ready' || status.current === 'nomatch';
  if (!drawn || !widest || widest.key !== key || shownKey !== key || state.minEvidence < widest.min) return false;
  const before = elements.nodes;
  const next = withMinEvidence(widest.elements, state.minEvidence, before);
  show(next);
  // New actors only come in with returning edges; the blocs stay as they are otherwise.
  if (next.nodes !== before) applyBlocs();
  // The server draws actors only as ends of edges: with no edge left its answer is empty.
  status.set(next.edges.length ? 'ready' : 'nomatch');
  previewedKey = filterKey(state);
  afterPaint(() => void selection.load(store.get()));
  return true;
}

function applyView(state) {
  const tableMode = state.view === 'table';
  byId('map-view').hidden = tableMode;
  byId('table-view').hidden = !tableMode;
  byId('view-map').setAttribute('aria-pressed', String(!tableMode));
  byId('view-table').setAttribute('aria-pressed', String(tableMode));
  if (tableMode) table.show();
  else requestAnimationFrame(() => map.cy.resize());
}

async function fetchAlliances(state) {
  const vars = { ...filterVariables(state), minEvidence: state.minEvidence, assertedOnly: state.assertedOnly };
  delete vars.polarity;
  // Big graphs get the server's layout; a browser force layout on thousands of actors takes too long.
  const wantLayout = (stats?.entities ?? 0) > PRESET_LAYOUT_THRESHOLD;
  let data = await gql(ALLIANCES, { ...vars, layout: wantLayout });
  if (!wantLayout && data.alliances.nodes.length > PRESET_LAYOUT_THRESHOLD) data = await gql(ALLIANCES, { ...vars, layout: true });
  return data.alliances;
}

let loading = null;
let reloadWanted = false;

/** Loads the graph for the current filters. While one load runs, further calls collapse into one more
 * load afterwards, with the filters as they are then: rapid filter changes cost two requests, not ten. */
function loadGraph() {
  if (loading) {
    reloadWanted = true;
    return loading;
  }
  loading = (async () => {
    try {
      do {
        reloadWanted = false;
        await loadOnce();
      } while (reloadWanted);
    } finally {
      loading = null;
    }
  })();
  return loading;
}

async function loadOnce() {
  const state = store.get();
  const key = filterKey(state);
  loadedKey = key;
  const result = await fetchAlliances(state);
  if (loadedKey !== key || filterKey(store.get()) !== key) return; // filters changed while loading; the newer load wins
  alliances = result;
  const next = toElements(result);
  keepIfWidest(state, next);
  shownKey = sumsKey(state);
  const confirming = previewedKey === key;
  previewedKey = null;
  const changed = show(next);
  applyBlocs();
  status.set(elements.nodes.length ? 'ready' : stats?.articles ? 'nomatch' : 'empty');
  if (firstRenderMs === null) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    firstRenderMs = performance.now();
  }
  // The panel's answer depends on the filters too, but the map goes first. A preview of these filters
  // already reloaded it; only changes the server's answer brings call for another.
  if (changed || !confirming) afterPaint(() => void selection.load(store.get()));
}

function reportError(error) {
  status.set('error', error.message);
}

async function boot() {
  forgetAnswers();
  if (status.current !== 'ready') status.set('loading');
  try {
    const data = await gql(STATUS);
    showStats(data.stats);
    live.prime(data.stats);
    if (!data.health.graph) return status.set('error', 'graph unavailable: health.graph is false');
    lastUpdated = new Date();
    status.updated(lastUpdated);
    if (!data.stats.articles) {
      elements = { nodes: [], edges: [] };
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
    lastUpdated = at;
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

store.subscribe((state, previous) => {
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
    const fromMap = tapped === state.focus;
    tapped = '';
    if (state.focus && state.focus !== previous.focus && !(fromMap && map.large)) void map.zoomTo(state.focus);
    afterPaint(() => {
      table.select(state.edge);
      void selection.load(store.get()); // the newest selection, should the analyst have clicked on
    });
  }
});

renderStaticLegend();
createFilters(store);
createSearch({ onPick: actions.focus, onError: reportError });
bindExports({ map, filters: () => filterVariables(store.get()) });
byId('view-map').addEventListener('click', () => store.set({ view: 'map' }));
byId('view-table').addEventListener('click', () => store.set({ view: 'table' }));
byId('fit').addEventListener('click', () => map.fit());
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !pendingCompare) return;
  pendingCompare = '';
  byId('compare-hint').hidden = true;
});
applyView(store.get());
exposeState({
  status: () => status.current,
  counts: () => map.counts(),
  state: () => store.get(),
  layout: () => layoutUsed,
  highlighted: () => map.highlighted,
  firstRenderMs: () => firstRenderMs,
  lastUpdated: () => lastUpdated?.toISOString() ?? null,
  positionOf: (id) => {
    const at = map.renderedPositionOf(id);
    if (!at) return null;
    const box = byId('map').getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  },
});

await boot();
live.start();
