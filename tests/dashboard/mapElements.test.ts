// An `alliances` answer as map elements: sizes, widths, start positions, and the preview of a higher minimum.
import { describe, expect, it } from 'vitest';
import { edgeWidth, nodeSize, scaledServerPositions, seedPosition, toElements, withMinEvidence } from '../../src/dashboard/mapElements.js';

type Alliances = Parameters<typeof toElements>[0];

const entity = (id: string, name: string, type = 'COUNTRY') => ({ id, name, type });
const edge = (id: string, source: string, target: string, evidenceCount: number, extra: Record<string, unknown> = {}) => ({
  id, weight: 1.5, cooperation: 2, conflict: 0.5, evidenceCount, mode: 'verbal', types: ['AGREE', 'CONSULT'],
  firstSeen: '2024-01-01', lastSeen: null, source: { id: source }, target: { id: target }, ...extra,
});
const answer = {
  nodes: [
    { entity: entity('Q159', 'Russia'), evidenceCount: 4, bloc: 'c1', x: 10, y: 20 },
    { entity: entity('Q423', 'North Korea'), evidenceCount: 1, bloc: null, x: null, y: null },
    { entity: entity('org:nato', 'NATO', 'ORGANIZATION'), evidenceCount: 9, bloc: null, x: 0, y: 0 },
  ],
  edges: [
    edge('Q159~Q423', 'Q159', 'Q423', 4),
    edge('Q159~org:nato', 'Q159', 'org:nato', 1),
    edge('Q159~Q159', 'Q159', 'Q159', 2),
    edge('Q159~Q999', 'Q159', 'Q999', 2),
  ],
  blocs: [], memberships: [], weights: [],
} as unknown as Alliances;

describe('sizes', () => {
  it('grows actors with the square root of their evidence, from 12 to at most 72', () => {
    expect(nodeSize(0)).toBe(12);
    expect(nodeSize(4)).toBe(24);
    expect(nodeSize(1000)).toBe(72);
  });

  it('widens edges the same way, from 1 to at most 12', () => {
    expect(edgeWidth(0)).toBe(1);
    expect(edgeWidth(4)).toBeCloseTo(3, 10);
    expect(edgeWidth(1000)).toBe(12);
  });
});

describe('seedPosition', () => {
  it('puts an id at the same place on every load, inside the spread', () => {
    expect(seedPosition('Q423', 100)).toEqual({ x: 17.589999999999996, y: 14.549999999999997 });
    expect(seedPosition('Q423', 100)).toEqual(seedPosition('Q423', 100));
    expect(seedPosition('Q159', 100)).not.toEqual(seedPosition('Q423', 100));
    for (const id of ['a', 'Q1', 'org:nato', 'Q159~Q423']) {
      const { x, y } = seedPosition(id, 60);
      expect(Math.abs(x)).toBeLessThanOrEqual(30);
      expect(Math.abs(y)).toBeLessThanOrEqual(30);
    }
  });
});

describe('toElements', () => {
  const { nodes, edges } = toElements(answer);

  it('makes one actor per node, sized by evidence, with the server position when it has one', () => {
    expect(nodes).toEqual([
      { group: 'nodes', data: { id: 'Q159', label: 'Russia', type: 'COUNTRY', evidence: 4, size: 24, bloc: 'c1' }, serverPosition: { x: 10, y: 20 } },
      { group: 'nodes', data: { id: 'Q423', label: 'North Korea', type: 'COUNTRY', evidence: 1, size: 18, bloc: '' }, serverPosition: null },
      { group: 'nodes', data: { id: 'org:nato', label: 'NATO', type: 'ORGANIZATION', evidence: 9, size: 30, bloc: '' }, serverPosition: { x: 0, y: 0 } },
    ]);
  });

  it('drops self-loops and edges to actors not in the answer', () => {
    expect(edges.map((e) => e.data.pair)).toEqual(['Q159~Q423', 'Q159~org:nato']);
  });

  it('carries what the table and the exports show, with names and types as text', () => {
    expect(edges[0]!.data).toEqual({
      id: 'e:Q159~Q423', pair: 'Q159~Q423', source: 'Q159', target: 'Q423', sourceName: 'Russia', targetName: 'North Korea',
      weight: 1.5, cooperation: 2, conflict: 0.5, evidence: 4, mode: 'verbal', types: 'AGREE CONSULT',
      firstSeen: '2024-01-01', lastSeen: '', width: 3,
    });
  });
});

describe('withMinEvidence', () => {
  const wider = toElements(answer);

  it('keeps exactly the edges at or above the minimum, and the actors already on the map', () => {
    const onMap = wider.nodes.slice(0, 2);
    const next = withMinEvidence(wider, 2, onMap);
    expect(next.edges.map((e) => e.data.pair)).toEqual(['Q159~Q423']);
    expect(next.nodes).toBe(onMap);
  });

  it('brings back the ends of returning edges that the map lacks', () => {
    const next = withMinEvidence(wider, 1, [wider.nodes[0]!]);
    expect(next.nodes.map((n) => n.data.id)).toEqual(['Q159', 'Q423', 'org:nato']);
    expect(next.edges).toHaveLength(2);
  });
});

describe('scaledServerPositions', () => {
  it('is null when the server sent no layout', () => {
    expect(scaledServerPositions(toElements({ ...answer, nodes: [answer.nodes[1]!] } as Alliances).nodes)).toBeNull();
  });

  it('centres the server layout on the origin, its longer side 45·√n, and seeds actors without a position', () => {
    const { nodes } = toElements(answer);
    const positions = scaledServerPositions(nodes)!;
    // Placed: (10, 20) and (0, 0); the box is 10 × 20, scaled to 45·√3 ≈ 77.94 on its longer side.
    const scale = (45 * Math.sqrt(3)) / 20;
    expect(positions.get('Q159')!.x).toBeCloseTo(5 * scale, 10);
    expect(positions.get('Q159')!.y).toBeCloseTo(10 * scale, 10);
    expect(positions.get('org:nato')!.x).toBeCloseTo(-5 * scale, 10);
    expect(positions.get('org:nato')!.y).toBeCloseTo(-10 * scale, 10);
    expect(positions.get('Q423')).toEqual(seedPosition('Q423', 45 * Math.sqrt(3)));
  });
});
