// The alliance map and relation scores over a small hand-built graph, so every weight is known exactly:
// each option of `alliances` is compared with the answer without it.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExtraction } from '../../src/store/writeExtraction.ts';
import { ask, sorted } from '../support/apiAnswers.ts';
import { extraction, uniqueActor } from '../support/extractions.ts';
import { gql, startTestServer, type TestServer } from '../support/testServer.ts';

const TABLE = JSON.parse(fs.readFileSync(new URL('../../data/relation-types.json', import.meta.url), 'utf8')) as {
  types: Array<{ type: string; plover: string[]; cameo: string[]; mode: string; weight: number }>;
  polarityFactor: Record<string, number>;
};
const info = (type: string) => TABLE.types.find((t) => t.type === type)!;

const A = uniqueActor('Aland');
const B = uniqueActor('Borduria');
const C = uniqueActor('Carpania');
const D = uniqueActor('Dravia');
const ENVOY = uniqueActor('Petra Envoy', 'Person');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKey: null });
  await writeExtraction(server.graph, extraction({ text: 'Alliance fixture: January', publishedAt: '2024-01-10', relations: [
    { from: A, type: 'COOPERATE', to: B, date: '2024-01-10' },
    { from: A, type: 'ACCUSE', to: C, date: '2024-01-10' },
  ] }));
  await writeExtraction(server.graph, extraction({ text: 'Alliance fixture: June', publishedAt: '2024-06-15', relations: [
    { from: C, type: 'THREATEN', to: B, polarity: 'hypothetical', date: '2024-06-15' },
    { from: A, type: 'SUPPORT', to: C, polarity: 'negated', date: '2024-06-15' },
    { from: B, type: 'SANCTION', to: D, polarity: 'negated', date: '2024-06-15' },
  ] }));
  await writeExtraction(server.graph, extraction({ text: 'Alliance fixture: September', publishedAt: '2024-09-01', relations: [
    { from: ENVOY, type: 'REPRESENTS', to: A, date: '2024-09-01' },
    { from: ENVOY, type: 'ASSAULT', to: D, date: '2024-09-01' },
    { from: C, type: 'THREATEN', to: B, date: '2024-09-01' },
  ] }));
});
afterAll(async () => server?.close());

const EDGE_FIELDS = 'id weight cooperation conflict evidenceCount mode types firstSeen lastSeen source { id } target { id }';
const QUERY = (args: string) => `{ alliances${args ? `(${args})` : ''} {
  nodes { entity { id name type } evidenceCount bloc x y } edges { ${EDGE_FIELDS} } blocs { id label members { id } }
  weights { type weight mode } } }`;
const alliances = async (args = '') => (await ask(server, QUERY(args))).alliances;
const pair = (x: { id: string }, y: { id: string }) => sorted([x.id, y.id]).join('~');
const edgesById = (map: any) => Object.fromEntries(map.edges.map((e: any) => [e.id, e]));
const nodeIdsOf = (map: any) => sorted(map.nodes.map((n: any) => n.entity.id));

const w = (type: string, polarity = 'asserted') => info(type).weight * TABLE.polarityFactor[polarity];

describe('alliances', () => {
  it('sums claim weights per actor pair, with office holders counted for whom they represent', async () => {
    const map = await alliances();
    const edges = edgesById(map);
    expect(Object.keys(edges).sort()).toEqual(sorted([pair(A, B), pair(A, C), pair(B, C), pair(A, D), pair(B, D)]));
    expect(edges[pair(A, B)]).toMatchObject({ weight: w('COOPERATE'), cooperation: w('COOPERATE'), conflict: 0, evidenceCount: 1, mode: 'material', types: ['COOPERATE'], firstSeen: '2024-01-10', lastSeen: '2024-01-10' });
    // A denied support weighs nothing but still counts as evidence.
    expect(edges[pair(A, C)]).toMatchObject({ weight: w('ACCUSE'), cooperation: 0, conflict: -w('ACCUSE'), evidenceCount: 2, firstSeen: '2024-01-10', lastSeen: '2024-06-15' });
    expect(sorted(edges[pair(A, C)].types)).toEqual(['ACCUSE', 'SUPPORT']);
    expect(edges[pair(B, C)]).toMatchObject({ weight: w('THREATEN', 'hypothetical') + w('THREATEN'), evidenceCount: 2, mode: 'verbal', types: ['THREATEN'], firstSeen: '2024-06-15', lastSeen: '2024-09-01' });
    expect(edges[pair(A, D)]).toMatchObject({ weight: w('ASSAULT'), conflict: -w('ASSAULT'), evidenceCount: 1, mode: 'material', types: ['ASSAULT'] });
    expect(edges[pair(B, D)]).toMatchObject({ weight: 0, cooperation: 0, conflict: 0, evidenceCount: 1, types: ['SANCTION'] });
    // The envoy's assault is Aland's; the envoy is no actor on the map.
    expect(nodeIdsOf(map)).toEqual(sorted([A.id, B.id, C.id, D.id]));
    const evidence = Object.fromEntries(map.nodes.map((n: any) => [n.entity.id, n.evidenceCount]));
    expect(evidence).toEqual({ [A.id]: 4, [B.id]: 4, [C.id]: 4, [D.id]: 2 });
    // The only cooperative pair makes the only bloc.
    expect(map.blocs).toHaveLength(1);
    expect(sorted(map.blocs[0].members.map((m: any) => m.id))).toEqual(sorted([A.id, B.id]));
    expect(map.nodes.find((n: any) => n.entity.id === C.id).bloc).toBeNull();
    expect(map.weights).toEqual(TABLE.types.map((t) => ({ type: t.type, weight: t.weight, mode: t.mode })));
  });

  it('with people: true draws office holders as actors of their own', async () => {
    const [folded, people] = await Promise.all([alliances(), alliances('people: true')]);
    expect(Object.keys(edgesById(folded))).toContain(pair(A, D));
    expect(nodeIdsOf(folded)).not.toContain(ENVOY.id);
    const edges = edgesById(people);
    expect(Object.keys(edges).sort()).toEqual(sorted([pair(A, B), pair(A, C), pair(B, C), pair(ENVOY, D), pair(B, D)]));
    expect(edges[pair(ENVOY, D)]).toMatchObject({ weight: w('ASSAULT'), evidenceCount: 1 });
    const envoy = people.nodes.find((n: any) => n.entity.id === ENVOY.id);
    expect(envoy).toMatchObject({ entity: { name: 'Petra Envoy', type: 'PERSON' }, evidenceCount: 1 });
    expect(people.nodes.find((n: any) => n.entity.id === A.id).evidenceCount).toBe(3);
  });

  it('with types keeps only edges of those types', async () => {
    const [all, cooperation, conflict] = await Promise.all([alliances(), alliances('types: [COOPERATE]'), alliances('types: [THREATEN, ASSAULT]')]);
    expect(all.edges.some((e: any) => e.weight < 0)).toBe(true);
    expect(cooperation.edges.map((e: any) => e.id)).toEqual([pair(A, B)]);
    expect(nodeIdsOf(cooperation)).toEqual(sorted([A.id, B.id]));
    expect(sorted(conflict.edges.map((e: any) => e.id))).toEqual(sorted([pair(B, C), pair(A, D)]));
    // A structural type alone leaves nothing to draw.
    expect((await alliances('types: [REPRESENTS]')).edges).toEqual([]);
  });

  it('with assertedOnly drops denied and feared claims, and pairs that had nothing else', async () => {
    const [all, asserted] = await Promise.all([alliances(), alliances('assertedOnly: true')]);
    const edges = edgesById(asserted);
    // Borduria's sanction of Dravia was only denied: the pair is gone.
    expect(Object.keys(edgesById(all)).sort()).toEqual(sorted([pair(A, B), pair(A, C), pair(B, C), pair(A, D), pair(B, D)]));
    expect(Object.keys(edges).sort()).toEqual(sorted([pair(A, B), pair(A, C), pair(B, C), pair(A, D)]));
    expect(edges[pair(A, C)]).toMatchObject({ weight: w('ACCUSE'), evidenceCount: 1, types: ['ACCUSE'], lastSeen: '2024-01-10' });
    expect(edges[pair(B, C)]).toMatchObject({ weight: w('THREATEN'), evidenceCount: 1, firstSeen: '2024-09-01' });
    // Up to June the threat was only feared: stated claims alone leave the pair out.
    const june = edgesById(await alliances('until: "2024-06"'));
    const juneAsserted = edgesById(await alliances('until: "2024-06", assertedOnly: true'));
    expect(june[pair(B, C)]).toMatchObject({ weight: w('THREATEN', 'hypothetical'), evidenceCount: 1 });
    expect(Object.keys(juneAsserted).sort()).toEqual(sorted([pair(A, B), pair(A, C)]));
  });

  it('with until and since keeps only evidence inside the period', async () => {
    const [all, untilJune, untilMarch, sinceJune] = await Promise.all([
      alliances(), alliances('until: "2024-06"'), alliances('until: "2024-03-31"'), alliances('since: "2024-06-01"')]);
    expect(all.edges).toHaveLength(5);
    expect(sorted(untilJune.edges.map((e: any) => e.id))).toEqual(sorted([pair(A, B), pair(A, C), pair(B, C), pair(B, D)]));
    expect(edgesById(untilJune)[pair(B, C)]).toMatchObject({ evidenceCount: 1, lastSeen: '2024-06-15' });
    const march = edgesById(untilMarch);
    expect(Object.keys(march).sort()).toEqual(sorted([pair(A, B), pair(A, C)]));
    expect(march[pair(A, C)]).toMatchObject({ evidenceCount: 1, types: ['ACCUSE'], lastSeen: '2024-01-10' });
    const june = edgesById(sinceJune);
    expect(Object.keys(june).sort()).toEqual(sorted([pair(A, C), pair(B, C), pair(A, D), pair(B, D)]));
    expect(june[pair(A, C)]).toMatchObject({ weight: 0, evidenceCount: 1, types: ['SUPPORT'] });
  });

  it('with minEvidence keeps pairs with at least that many claims', async () => {
    const strong = await alliances('minEvidence: 2');
    expect(sorted(strong.edges.map((e: any) => e.id))).toEqual(sorted([pair(A, C), pair(B, C)]));
    const zero = await gql(server, QUERY('minEvidence: 0'));
    expect(zero.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('with layout: true gives every actor a position, the same on every request', async () => {
    const [plain, laidOut, again] = await Promise.all([alliances(), alliances('layout: true'), alliances('layout: true')]);
    for (const n of plain.nodes) expect([n.x, n.y]).toEqual([null, null]);
    expect(laidOut.nodes).toHaveLength(plain.nodes.length);
    for (const n of laidOut.nodes) {
      expect(Number.isFinite(n.x)).toBe(true);
      expect(Number.isFinite(n.y)).toBe(true);
    }
    expect(laidOut.nodes).toEqual(again.nodes);
    expect(new Set(laidOut.nodes.map((n: any) => `${n.x},${n.y}`)).size).toBe(laidOut.nodes.length);
    expect(laidOut.edges).toEqual(plain.edges);
  });
});

describe('Relation.score, plover, cameo and mode', () => {
  it('score sums the claims\' weights from data/relation-types.json; codes come from the same table', async () => {
    const data = await ask(server, `{ relations(first: 100) { edges { node { type count asserted negated hypothetical score plover cameo mode source { id } target { id } } } } }`);
    const byKey = Object.fromEntries(data.relations.edges.map((e: any) => [`${e.node.source.id}|${e.node.type}|${e.node.target.id}`, e.node]));
    expect(Object.keys(byKey)).toHaveLength(7);
    expect(byKey[`${C.id}|THREATEN|${B.id}`]).toEqual({
      type: 'THREATEN', count: 2, asserted: 1, negated: 0, hypothetical: 1, score: -6 - 1.5, plover: ['THREATEN'], cameo: ['13'], mode: 'verbal',
      source: { id: C.id }, target: { id: B.id },
    });
    expect(byKey[`${A.id}|SUPPORT|${C.id}`]).toMatchObject({ count: 1, negated: 1, score: 0, plover: ['SUPPORT', 'AID'], cameo: ['05', '07'], mode: 'material' });
    expect(byKey[`${A.id}|COOPERATE|${B.id}`]).toMatchObject({ score: 6, plover: ['COOPERATE'], cameo: ['06'] });
    expect(byKey[`${ENVOY.id}|ASSAULT|${D.id}`]).toMatchObject({ score: -9, plover: ['ASSAULT'], cameo: ['18', '19', '20'] });
    expect(byKey[`${ENVOY.id}|REPRESENTS|${A.id}`]).toMatchObject({ score: 0, plover: [], cameo: [], mode: 'structural' });
    for (const r of Object.values<any>(byKey)) {
      const t = info(r.type);
      expect(r.score).toBeCloseTo(t.weight * (r.asserted * TABLE.polarityFactor.asserted + r.hypothetical * TABLE.polarityFactor.hypothetical + r.negated * TABLE.polarityFactor.negated), 9);
      expect([r.plover, r.cameo, r.mode]).toEqual([t.plover, t.cameo, t.mode]);
    }
  });

  it('sorts by score both ways', async () => {
    const ask2 = async (sort: string) => (await ask(server, `{ relations(sort: ${sort}, first: 100) { edges { node { score } } } }`)).relations.edges.map((e: any) => e.node.score);
    const [up, down] = await Promise.all([ask2('SCORE_ASC'), ask2('SCORE_DESC')]);
    expect(up).toEqual([...up].sort((x: number, y: number) => x - y));
    expect(down).toEqual([...up].reverse());
    expect(up[0]).toBe(-9);
    expect(down[0]).toBe(6);
  });
});
