// @ts-check
// What the map must change to show a new set of elements, worked out without touching Cytoscape: data in
// (the wanted elements and what the map holds now), a list of changes out, which map.js applies. Only what
// differs is changed: on thousands of elements a rebuild costs a visible pause.
import { scaledServerPositions, seedPosition } from './mapElements.js';

/** @typedef {import('./mapElements.js').Point} Point */
/** @typedef {import('./mapElements.js').NodeElement} NodeElement */
/** @typedef {import('./mapElements.js').EdgeElement} EdgeElement */

/**
 * What the map holds now. `get`: an element on the map, whether the filters hide it or not; `shown`: the
 * elements the filters do not hide (bloc links left out), in the map's order.
 * @typedef {object} MapContents
 * @property {(id: string) => { hidden: boolean, data: Record<string, unknown>, position?: Point } | undefined} get
 * @property {() => Iterable<{ id: string, group: 'nodes' | 'edges' }>} shown
 */

/**
 * One change to the map. `hide`/`reveal`: an element the filters leave out, or want again (hidden, not
 * removed: a filter change then only flips visibility); `add`: a new element, with its own copies of data
 * and position (Cytoscape keeps and later changes the objects it is given, and answers kept for previews
 * must stay as loaded); `update`: new data, or a new place, for an element on the map.
 * @typedef {{ kind: 'hide' | 'reveal', id: string, group: 'nodes' | 'edges' }
 *   | { kind: 'add', group: 'nodes', element: { group: 'nodes', data: NodeElement['data'], position: Point } }
 *   | { kind: 'add', group: 'edges', element: EdgeElement }
 *   | { kind: 'update', id: string, group: 'nodes' | 'edges', data?: Record<string, unknown>, position?: Point }} MapChange
 */

/**
 * @typedef {object} Reconciled
 * @property {MapChange[]} changes hides first, then reveals, new actors, new edges (an edge needs both of
 *   its ends on the map) and updates
 * @property {number} added actors that were not on the map, or hidden
 * @property {boolean} preset whether positions come from the server's layout (big maps)
 * @property {boolean} serverLayout whether the map is mostly new and takes the server's layout whole
 * @property {{ nodes: number, edges: number }} counts the actors and edges shown afterwards
 */

/** An element's id and ends are fixed once it is on the map (Cytoscape ignores new values for them), so
 * only the rest of its data is compared and updated. */
const FIXED = new Set(['id', 'source', 'target']);
/** @type {(a: Record<string, unknown>, b: Record<string, unknown>) => boolean} */
const sameData = (a, b) => Object.keys(b).every((k) => FIXED.has(k) || a[k] === b[k]);

/**
 * The first of each id: Cytoscape refuses a second element with an id it already holds.
 * @param {Array<NodeElement | EdgeElement>} elements
 */
function firstOfEachId(elements) {
  /** @type {Map<string, NodeElement | EdgeElement>} */
  const wanted = new Map();
  for (const element of elements) if (!wanted.has(element.data.id)) wanted.set(element.data.id, element);
  return wanted;
}

/**
 * Where each actor goes. Actors on the map (or hidden by a filter) keep their place, so a filter change
 * moves nothing and the picture stays familiar; a new actor starts next to an actor it is linked to, else
 * where the server's layout (big maps) or a stable seed puts it. A mostly new big map takes the server's
 * layout whole (`serverLayout`). Hidden actors count as new.
 * @param {NodeElement[]} nodes
 * @param {EdgeElement[]} edges
 * @param {MapContents} map
 * @param {boolean} large
 */
export function placeNodes(nodes, edges, map, large) {
  const server = large ? scaledServerPositions(nodes) : null;
  const preset = server !== null;
  const added = nodes.filter((n) => map.get(n.data.id)?.hidden !== false).length;
  /** @type {Map<string, Point>} */
  const positions = new Map();
  if (server && added > nodes.length / 2) {
    for (const n of nodes) positions.set(n.data.id, /** @type {Point} */ (server.get(n.data.id)));
    return { added, preset, serverLayout: true, positions };
  }
  /** @param {string | undefined} id */
  const lastPlace = (id) => (id === undefined ? undefined : map.get(id)?.position);
  /** @type {Map<string, string>} */
  const neighbours = new Map();
  for (const e of edges) {
    if (!neighbours.has(e.data.source)) neighbours.set(e.data.source, e.data.target);
    if (!neighbours.has(e.data.target)) neighbours.set(e.data.target, e.data.source);
  }
  const spread = 40 * Math.sqrt(nodes.length + 1);
  for (const n of nodes) {
    const id = n.data.id;
    const known = lastPlace(id);
    const anchor = known ? null : lastPlace(neighbours.get(id));
    if (known) positions.set(id, { ...known });
    else if (anchor) {
      const jitter = seedPosition(id, 60);
      positions.set(id, { x: anchor.x + jitter.x, y: anchor.y + jitter.y });
    } else positions.set(id, server ? /** @type {Point} */ (server.get(id)) : seedPosition(id, spread));
  }
  return { added, preset, serverLayout: false, positions };
}

/**
 * The changes that make `map` show exactly these elements.
 * @param {{ nodes: NodeElement[], edges: EdgeElement[] }} elements
 * @param {MapContents} map
 * @param {{ large: boolean }} options `large`: the map uses the server's layout when it has one
 * @returns {Reconciled}
 */
export function reconcile({ nodes, edges }, map, { large }) {
  const { added, preset, serverLayout, positions } = placeNodes(nodes, edges, map, large);
  const wanted = firstOfEachId([...nodes, ...edges]);
  const nodeCount = firstOfEachId(nodes).size;
  /** @type {MapChange[]} */
  const hides = [];
  for (const { id, group } of map.shown()) if (!wanted.has(id)) hides.push({ kind: 'hide', id, group });
  /** @type {MapChange[]} */
  const reveals = [];
  /** @type {MapChange[]} */
  const newNodes = [];
  /** @type {MapChange[]} */
  const newEdges = [];
  /** @type {MapChange[]} */
  const updates = [];
  for (const [id, element] of wanted) {
    const position = element.group === 'nodes' ? positions.get(id) : undefined;
    const now = map.get(id);
    if (!now) {
      if (element.group === 'nodes') {
        newNodes.push({ kind: 'add', group: 'nodes', element: { group: 'nodes', data: { ...element.data }, position: { .../** @type {Point} */ (position) } } });
      } else newEdges.push({ kind: 'add', group: 'edges', element: { group: 'edges', data: { ...element.data } } });
      continue;
    }
    if (now.hidden) reveals.push({ kind: 'reveal', id, group: element.group });
    const moved = serverLayout && position !== undefined && (now.position?.x !== position.x || now.position?.y !== position.y);
    const edited = !sameData(now.data, element.data);
    if (moved || edited) {
      updates.push({ kind: 'update', id, group: element.group, ...(edited ? { data: { ...element.data } } : {}), ...(moved ? { position: { ...position } } : {}) });
    }
  }
  return {
    changes: [...hides, ...reveals, ...newNodes, ...newEdges, ...updates],
    added,
    preset,
    serverLayout,
    counts: { nodes: nodeCount, edges: wanted.size - nodeCount },
  };
}
