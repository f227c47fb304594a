// The alliance map from pair sums: nodes, signed edges, inferred blocs (Louvain on cooperation only,
// since modularity has no meaning for negative weights) and formal memberships. Pure and deterministic.
import { forceAtlas2, Graph, louvain } from './graphology.ts';
import type { AlliancePairRow } from '../../store/apiQueries.ts';

export interface AllianceEdgeOut extends AlliancePairRow { id: string; mode: 'verbal' | 'material' }
export interface AllianceNodeOut { id: string; evidenceCount: number; bloc: string | null; x?: number; y?: number }
export interface BlocOut { id: string; label: string; organizationId?: string; memberIds: string[] }

export interface AllianceMap {
  nodes: AllianceNodeOut[];
  edges: AllianceEdgeOut[];
  blocs: BlocOut[];
  memberships: BlocOut[];
}

/** A small seeded generator, so blocs and positions are the same on every request. */
function seededRandom(seed = 42): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function inferBlocs(nodes: Map<string, AllianceNodeOut>, edges: AllianceEdgeOut[]): BlocOut[] {
  const graph = new Graph({ type: 'undirected' });
  for (const id of nodes.keys()) graph.addNode(id);
  for (const e of edges) if (e.weight > 0) graph.addEdge(e.a, e.b, { weight: e.weight });
  if (graph.size === 0) return [];
  const communities = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(), resolution: 1 });
  const members = new Map<string, string[]>();
  for (const [id, community] of Object.entries(communities)) {
    if (graph.degree(id) === 0) continue;
    const list = members.get(String(community)) ?? [];
    list.push(id);
    members.set(String(community), list);
  }
  const strength = (id: string) => nodes.get(id)?.evidenceCount ?? 0;
  return [...members.values()]
    .filter((list) => list.length > 1)
    .map((list) => list.sort((x, y) => strength(y) - strength(x) || x.localeCompare(y)))
    .sort((x, y) => y.length - x.length || x[0].localeCompare(y[0]))
    .map((list, i) => ({ id: `bloc-${i + 1}`, label: list[0], memberIds: list }));
}

function formalBlocs(nodes: Map<string, AllianceNodeOut>, memberships: Map<string, string[]>): BlocOut[] {
  const blocs: BlocOut[] = [];
  for (const [organizationId, memberIds] of memberships) {
    if (!nodes.has(organizationId)) continue;
    const present = [...new Set(memberIds)].filter((id) => nodes.has(id)).sort();
    if (present.length > 0) blocs.push({ id: `member-of-${organizationId}`, label: organizationId, organizationId, memberIds: present });
  }
  return blocs.sort((x, y) => y.memberIds.length - x.memberIds.length || x.id.localeCompare(y.id));
}

function layout(nodes: Map<string, AllianceNodeOut>, edges: AllianceEdgeOut[]): void {
  const graph = new Graph({ type: 'undirected' });
  const random = seededRandom(7);
  for (const id of nodes.keys()) graph.addNode(id, { x: random() * 1000, y: random() * 1000 });
  for (const e of edges) if (!graph.hasEdge(e.a, e.b)) graph.addEdge(e.a, e.b, { weight: Math.max(0.1, e.weight > 0 ? e.weight : 0.1) });
  const positions = forceAtlas2(graph, { iterations: 200, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
  for (const [id, p] of Object.entries(positions)) Object.assign(nodes.get(id)!, { x: p.x, y: p.y });
}

export function buildAlliances(pairs: AlliancePairRow[], memberships: Map<string, string[]>, options: { layout: boolean }): AllianceMap {
  const nodes = new Map<string, AllianceNodeOut>();
  const edges = pairs.map((p): AllianceEdgeOut => ({ ...p, id: `${p.a}~${p.b}`, mode: p.verbal * 2 >= p.evidenceCount ? 'verbal' : 'material' }));
  for (const e of edges) {
    for (const id of [e.a, e.b]) {
      const node = nodes.get(id) ?? { id, evidenceCount: 0, bloc: null };
      node.evidenceCount += e.evidenceCount;
      nodes.set(id, node);
    }
  }
  const blocs = inferBlocs(nodes, edges);
  for (const bloc of blocs) for (const id of bloc.memberIds) nodes.get(id)!.bloc = bloc.id;
  if (options.layout && nodes.size > 0) layout(nodes, edges);
  return { nodes: [...nodes.values()].sort((x, y) => y.evidenceCount - x.evidenceCount || x.id.localeCompare(y.id)), edges, blocs, memberships: formalBlocs(nodes, memberships) };
}
