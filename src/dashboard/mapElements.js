// Turns an `alliances` answer into Cytoscape elements, plain data only, so the same elements also feed
// the table view and the GraphML/JSON export.

const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));

export function nodeSize(evidence) {
  return clamp(12 + 6 * Math.sqrt(evidence), 12, 72);
}

export function edgeWidth(evidence) {
  return clamp(0.8 + 1.1 * Math.sqrt(evidence), 1, 12);
}

/** A stable pseudo-random start position per id, so the layout looks the same on every reload. */
export function seedPosition(id, spread) {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  const a = ((hash >>> 0) % 10_000) / 10_000;
  const b = ((Math.imul(hash, 2654435761) >>> 0) % 10_000) / 10_000;
  return { x: (a - 0.5) * spread, y: (b - 0.5) * spread };
}

export function toElements(alliances) {
  const nodes = alliances.nodes.map((n) => ({
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
    .map((e) => ({
      group: 'edges',
      data: {
        id: `e:${e.id}`,
        pair: e.id,
        source: e.source.id,
        target: e.target.id,
        sourceName: names.get(e.source.id),
        targetName: names.get(e.target.id),
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
 * depend on the remaining edges, and come with its answer. */
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

/** Server positions come in the layout's own units; scale them to a box that suits the node sizes. */
export function scaleServerPositions(nodes) {
  const placed = nodes.filter((n) => n.serverPosition);
  if (!placed.length) return false;
  const xs = placed.map((n) => n.serverPosition.x);
  const ys = placed.map((n) => n.serverPosition.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX || 1;
  const height = Math.max(...ys) - minY || 1;
  const target = 45 * Math.sqrt(nodes.length);
  const scale = target / Math.max(width, height);
  for (const n of nodes) {
    n.position = n.serverPosition
      ? { x: (n.serverPosition.x - minX - width / 2) * scale, y: (n.serverPosition.y - minY - height / 2) * scale }
      : seedPosition(n.data.id, target);
  }
  return true;
}
