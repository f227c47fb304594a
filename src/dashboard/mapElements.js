// @ts-check
// Turns an `alliances` answer into Cytoscape elements, plain data only, so the same elements also feed
// the table view and the GraphML/JSON export.

/** @typedef {{ x: number, y: number }} Point */
/** @typedef {import('./queries.js').AlliancesQuery['alliances']} Alliances */

/**
 * @typedef {object} NodeData
 * @property {string} id
 * @property {string} label
 * @property {string} type
 * @property {number} evidence
 * @property {number} size diameter in model units
 * @property {string} bloc inferred bloc id, or ''
 */
/** @typedef {{ group: 'nodes', data: NodeData, serverPosition: Point | null }} NodeElement */

/**
 * @typedef {object} EdgeData
 * @property {string} id `e:` and the pair id
 * @property {string} pair
 * @property {string} source
 * @property {string} target
 * @property {string} sourceName
 * @property {string} targetName
 * @property {number} weight net cooperation (positive) or conflict (negative)
 * @property {number} cooperation
 * @property {number} conflict
 * @property {number} evidence
 * @property {string} mode
 * @property {string} types relation types, space-separated
 * @property {string} firstSeen date, or ''
 * @property {string} lastSeen
 * @property {number} width
 */
/** @typedef {{ group: 'edges', data: EdgeData }} EdgeElement */
/** @typedef {{ nodes: NodeElement[], edges: EdgeElement[] }} Elements */

/** @type {(v: number, lo: number, hi: number) => number} */
const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));

/** @param {number} evidence */
export function nodeSize(evidence) {
  return clamp(12 + 6 * Math.sqrt(evidence), 12, 72);
}

/** @param {number} evidence */
export function edgeWidth(evidence) {
  return clamp(0.8 + 1.1 * Math.sqrt(evidence), 1, 12);
}

/**
 * A stable pseudo-random start position per id, so the layout looks the same on every reload.
 * @param {string} id
 * @param {number} spread the side of the square the position falls in, centred on the origin
 * @returns {Point}
 */
export function seedPosition(id, spread) {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  const a = ((hash >>> 0) % 10_000) / 10_000;
  const b = ((Math.imul(hash, 2654435761) >>> 0) % 10_000) / 10_000;
  return { x: (a - 0.5) * spread, y: (b - 0.5) * spread };
}

/**
 * @param {Alliances} alliances
 * @returns {Elements}
 */
export function toElements(alliances) {
  const nodes = alliances.nodes.map((n) => /** @type {NodeElement} */ ({
    group: 'nodes',
    data: {
      id: n.entity.id,
      label: n.entity.name,
      type: n.entity.type,
      evidence: n.evidenceCount,
      size: nodeSize(n.evidenceCount),
      bloc: n.bloc ?? '',
    },
    serverPosition: n.x == null || n.y == null ? null : { x: n.x, y: n.y },
  }));
  const present = new Set(nodes.map((n) => n.data.id));
  const names = new Map(alliances.nodes.map((n) => [n.entity.id, n.entity.name]));
  const edges = alliances.edges
    .filter((e) => present.has(e.source.id) && present.has(e.target.id) && e.source.id !== e.target.id)
    .map((e) => /** @type {EdgeElement} */ ({
      group: 'edges',
      data: {
        id: `e:${e.id}`,
        pair: e.id,
        source: e.source.id,
        target: e.target.id,
        sourceName: names.get(e.source.id) ?? '',
        targetName: names.get(e.target.id) ?? '',
        weight: e.weight,
        cooperation: e.cooperation,
        conflict: e.conflict,
        evidence: e.evidenceCount,
        mode: e.mode,
        types: e.types.join(' '),
        firstSeen: e.firstSeen ?? '',
        lastSeen: e.lastSeen ?? '',
        width: edgeWidth(e.evidenceCount),
      },
    }));
  return { nodes, edges };
}

/** The edges of a wider answer (same filters, lower minimum) that pass `min`: exactly the edges the
 * server answers for `min`, since the minimum only drops pairs. The actors on the map (`nodes`) stay,
 * plus any end of those edges they lack; which actors the server drops and how big it draws the rest
 * depend on the remaining edges, and come with its answer.
 * @param {Elements} wider
 * @param {number} min
 * @param {NodeElement[]} nodes
 * @returns {Elements}
 */
export function withMinEvidence(wider, min, nodes) {
  const edges = wider.edges.filter((e) => e.data.evidence >= min);
  const present = new Set(nodes.map((n) => n.data.id));
  const missing = new Set();
  for (const e of edges) {
    if (!present.has(e.data.source)) missing.add(e.data.source);
    if (!present.has(e.data.target)) missing.add(e.data.target);
  }
  return { nodes: missing.size ? [...nodes, ...wider.nodes.filter((n) => missing.has(n.data.id))] : nodes, edges };
}

/**
 * Server positions come in the layout's own units; scaled here to a box that suits the node sizes, the
 * box's centre at the origin. Actors without one get a seed position in the same box. Null when no actor
 * has a server position.
 * @param {NodeElement[]} nodes
 * @returns {Map<string, Point> | null}
 */
export function scaledServerPositions(nodes) {
  /** @type {Point[]} */
  const placed = [];
  for (const n of nodes) if (n.serverPosition) placed.push(n.serverPosition);
  if (!placed.length) return null;
  const xs = placed.map((p) => p.x);
  const ys = placed.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX || 1;
  const height = Math.max(...ys) - minY || 1;
  const target = 45 * Math.sqrt(nodes.length);
  const scale = target / Math.max(width, height);
  /** @type {Map<string, Point>} */
  const positions = new Map();
  for (const n of nodes) {
    // The first of an id wins, as on the map.
    if (positions.has(n.data.id)) continue;
    const at = n.serverPosition;
    positions.set(n.data.id, at ? { x: (at.x - minX - width / 2) * scale, y: (at.y - minY - height / 2) * scale } : seedPosition(n.data.id, target));
  }
  return positions;
}
