// @ts-check
// What browser tests and benchmarks read of the page, on window.geokg, installed only when the page is
// opened for them: `window.__geokgTest` set before the page's scripts run (an init script). The map is a
// canvas, so they cannot read actors or edges from the DOM; these getters expose the page's status,
// counts and where to click, nothing writable.

/** Whether the page was opened by a test or a benchmark. */
export function testHooksWanted() {
  return Boolean(/** @type {{ __geokgTest?: unknown }} */ (/** @type {unknown} */ (window)).__geokgTest);
}

/**
 * Screen coordinates (relative to the map container) where an actor or an edge can be clicked: an
 * actor's centre; an edge's midpoint, or, when an actor is drawn over that, the point along a straight
 * edge farthest from every actor.
 * @param {ReturnType<typeof import('./map.js').createMap>} map
 * @param {string} id an actor id or a pair id
 * @returns {{ x: number, y: number } | null}
 */
export function clickablePoint(map, id) {
  const { cy } = map;
  const node = map.shownById(id);
  if (node.nonempty() && node.isNode()) return { ...node.renderedPosition() };
  const edge = map.shownById(`e:${id}`);
  if (edge.empty()) return null;
  const nodes = map.shownNodes();
  /** @param {{ x: number, y: number }} p */
  const clearance = (p) => Math.min(...nodes.map((/** @type {import('cytoscape').NodeSingular} */ n) => {
    const at = n.position();
    return Math.hypot(p.x - at.x, p.y - at.y) - n.data('size') / 2;
  }));
  const slack = 6 / cy.zoom();
  // Big maps draw straight edges between actors' centres themselves; Cytoscape has no geometry for them.
  const straight = map.large || (!edge.controlPoints()?.length && !edge.segmentPoints()?.length);
  const a = map.large ? edge.source().position() : edge.sourceEndpoint();
  const b = map.large ? edge.target().position() : edge.targetEndpoint();
  const mid = map.large ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : edge.midpoint();
  let best = { point: mid, clear: clearance(mid) };
  if (best.clear < slack && straight) {
    for (let t = 0.15; t <= 0.85; t += 0.05) {
      const point = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
      const clear = clearance(point);
      if (clear > best.clear) best = { point, clear };
    }
  }
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: best.point.x * zoom + pan.x, y: best.point.y * zoom + pan.y };
}

/**
 * Defines window.geokg, read-only.
 * @param {{ store: import('./state.js').DashboardStore, status: { readonly current: string },
 *   map: ReturnType<typeof import('./map.js').createMap>, mapContainer: HTMLElement }} page
 */
export function installTestHooks({ store, status, map, mapContainer }) {
  const api = {
    get status() { return status.current; },
    get counts() { return map.counts(); },
    get state() { return store.get().view; },
    get layout() { return store.get().layoutUsed; },
    get highlighted() { return map.highlighted; },
    get firstRenderMs() { return store.get().firstRenderMs; },
    get lastUpdated() { return store.get().lastUpdated?.toISOString() ?? null; },
    /** Page coordinates to click an actor or an edge (by pair id) at, or null when it is not shown. */
    positionOf(/** @type {unknown} */ id) {
      const at = clickablePoint(map, String(id));
      if (!at) return null;
      const box = mapContainer.getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    },
  };
  Object.defineProperty(window, 'geokg', { value: Object.freeze(api), writable: false, configurable: false });
}
