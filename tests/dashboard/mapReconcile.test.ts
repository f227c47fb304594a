// The map's reconciler: what it adds, hides, shows again, updates and moves, from plain data, with no
// Cytoscape. A filter change moves nothing; a new actor lands next to one it is linked to.
import { describe, expect, it } from 'vitest';
import { seedPosition } from '../../src/dashboard/mapElements.js';
import { reconcile, type MapContents } from '../../src/dashboard/mapReconcile.js';

type Point = { x: number; y: number };
const node = (id: string, evidence = 1, serverPosition: Point | null = null) => ({
  group: 'nodes' as const,
  data: { id, label: id, type: 'COUNTRY', evidence, size: 18, bloc: '' },
  serverPosition,
});
const edge = (source: string, target: string, evidence = 1) => ({
  group: 'edges' as const,
  data: {
    id: `e:${source}~${target}`, pair: `${source}~${target}`, source, target, sourceName: source, targetName: target,
    weight: 1, cooperation: 1, conflict: 0, evidence, mode: 'verbal', types: 'AGREE', firstSeen: '', lastSeen: '', width: 2,
  },
});

interface Held { group: 'nodes' | 'edges'; data: Record<string, unknown>; position?: Point; hidden?: boolean }
/** A map holding these elements, as map.js describes Cytoscape to the reconciler. */
function mapOf(held: Record<string, Held>): MapContents {
  return {
    get: (id) => (held[id] ? { hidden: Boolean(held[id]!.hidden), data: held[id]!.data, position: held[id]!.position } : undefined),
    shown: () => Object.entries(held).filter(([, e]) => !e.hidden).map(([id, e]) => ({ id, group: e.group })),
  };
}
const empty = mapOf({});
const held = (element: { group: 'nodes' | 'edges'; data: Record<string, unknown> }, extra: Partial<Held> = {}): Held => ({ group: element.group, data: { ...element.data }, ...extra });

describe('reconcile', () => {
  it('adds every actor and edge to an empty map, actors first, at their seed positions', () => {
    const result = reconcile({ nodes: [node('A'), node('B')], edges: [edge('A', 'B')] }, empty, { large: false });
    const spread = 40 * Math.sqrt(3);
    expect(result.changes).toEqual([
      { kind: 'add', group: 'nodes', element: { group: 'nodes', data: node('A').data, position: seedPosition('A', spread) } },
      { kind: 'add', group: 'nodes', element: { group: 'nodes', data: node('B').data, position: seedPosition('B', spread) } },
      { kind: 'add', group: 'edges', element: { group: 'edges', data: edge('A', 'B').data } },
    ]);
    expect(result).toMatchObject({ added: 2, preset: false, serverLayout: false, counts: { nodes: 2, edges: 1 } });
  });

  it('changes nothing when the map already shows the same elements', () => {
    const map = mapOf({ A: held(node('A'), { position: { x: 1, y: 2 } }), B: held(node('B'), { position: { x: 3, y: 4 } }), 'e:A~B': held(edge('A', 'B')) });
    const result = reconcile({ nodes: [node('A'), node('B')], edges: [edge('A', 'B')] }, map, { large: false });
    expect(result.changes).toEqual([]);
    expect(result.added).toBe(0);
  });

  it('hides what the filters leave out instead of removing it', () => {
    const map = mapOf({
      A: held(node('A'), { position: { x: 1, y: 2 } }), B: held(node('B'), { position: { x: 3, y: 4 } }), C: held(node('C'), { position: { x: 5, y: 6 } }),
      'e:A~B': held(edge('A', 'B')), 'e:B~C': held(edge('B', 'C')),
    });
    const result = reconcile({ nodes: [node('A'), node('B')], edges: [edge('A', 'B')] }, map, { large: false });
    expect(result.changes).toEqual([{ kind: 'hide', id: 'C', group: 'nodes' }, { kind: 'hide', id: 'e:B~C', group: 'edges' }]);
    expect(result.counts).toEqual({ nodes: 2, edges: 1 });
  });

  it('shows hidden elements again where they were; a hidden actor counts as added', () => {
    const map = mapOf({
      A: held(node('A'), { position: { x: 1, y: 2 } }), B: held(node('B'), { position: { x: 3, y: 4 }, hidden: true }),
      'e:A~B': held(edge('A', 'B'), { hidden: true }),
    });
    const result = reconcile({ nodes: [node('A'), node('B')], edges: [edge('A', 'B')] }, map, { large: false });
    expect(result.changes).toEqual([{ kind: 'reveal', id: 'B', group: 'nodes' }, { kind: 'reveal', id: 'e:A~B', group: 'edges' }]);
    expect(result.added).toBe(1);
  });

  it('updates changed data in place without moving the actor', () => {
    const map = mapOf({ A: held(node('A'), { position: { x: 1, y: 2 } }), B: held(node('B'), { position: { x: 3, y: 4 } }), 'e:A~B': held(edge('A', 'B')) });
    const stronger = edge('A', 'B', 5);
    const result = reconcile({ nodes: [node('A'), node('B')], edges: [stronger] }, map, { large: false });
    expect(result.changes).toEqual([{ kind: 'update', id: 'e:A~B', group: 'edges', data: stronger.data }]);
  });

  it('starts a new actor next to an actor on the map it is linked to', () => {
    const map = mapOf({ A: held(node('A'), { position: { x: 100, y: -50 } }) });
    const result = reconcile({ nodes: [node('A'), node('N')], edges: [edge('A', 'N')] }, map, { large: false });
    const jitter = seedPosition('N', 60);
    expect(result.changes[0]).toEqual({ kind: 'add', group: 'nodes', element: { group: 'nodes', data: node('N').data, position: { x: 100 + jitter.x, y: -50 + jitter.y } } });
  });

  it('takes the server layout whole on a mostly new big map, moving actors already there', () => {
    const map = mapOf({ A: held(node('A'), { position: { x: 999, y: 999 } }) });
    const nodes = [node('A', 1, { x: 0, y: 0 }), node('B', 1, { x: 10, y: 0 }), node('C', 1, { x: 0, y: 10 })];
    const result = reconcile({ nodes, edges: [] }, map, { large: true });
    expect(result).toMatchObject({ added: 2, preset: true, serverLayout: true });
    // A 10 × 10 box scaled to 45·√3 and centred: the corners sit at ±half of that.
    const half = (45 * Math.sqrt(3)) / 2;
    const moveOfA = result.changes.find((c) => c.kind === 'update');
    expect(moveOfA).toMatchObject({ kind: 'update', id: 'A' });
    expect(moveOfA && 'position' in moveOfA && moveOfA.position!.x).toBeCloseTo(-half, 10);
    expect(moveOfA && 'data' in moveOfA).toBe(false);
    const added = result.changes.flatMap((c) => (c.kind === 'add' && c.group === 'nodes' ? [c.element.position] : []));
    expect(added[0]!.x).toBeCloseTo(half, 10);
    expect(added[1]!.y).toBeCloseTo(half, 10);
  });

  it('keeps known places on a big map that is mostly the same', () => {
    const map = mapOf({ A: held(node('A'), { position: { x: 7, y: 8 } }), B: held(node('B'), { position: { x: 9, y: 10 } }) });
    const nodes = [node('A', 1, { x: 0, y: 0 }), node('B', 1, { x: 10, y: 0 }), node('C', 1, { x: 0, y: 10 })];
    const result = reconcile({ nodes, edges: [] }, map, { large: true });
    expect(result).toMatchObject({ added: 1, preset: true, serverLayout: false });
    expect(result.changes.map((c) => c.kind)).toEqual(['add']);
  });

  it('adds only the first of two elements with one id, and counts it once', () => {
    const result = reconcile({ nodes: [node('A', 1), node('A', 7)], edges: [] }, empty, { large: false });
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ kind: 'add', element: { data: { evidence: 1 } } });
    expect(result.counts).toEqual({ nodes: 1, edges: 0 });
  });

  it('hands the map copies, so answers kept for previews stay as loaded', () => {
    const nodes = [node('A')];
    const edges = [edge('A', 'A')];
    const result = reconcile({ nodes, edges }, empty, { large: false });
    const [addNode, addEdge] = result.changes as Array<{ element: { data: object; position?: Point } }>;
    expect(addNode!.element.data).not.toBe(nodes[0]!.data);
    expect(addEdge!.element.data).not.toBe(edges[0]!.data);
    expect(nodes[0]).toEqual(node('A'));
  });
});
