// Analyst questions over the seed corpus, answered through GraphQL by the real server on the real Neo4j.
// Every filter is checked against the unfiltered answer: that answer must hold relations the filter removes
// and relations it keeps, and the filtered answer must be exactly the kept ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, nodeIds, sorted } from '../support/apiAnswers.ts';
import { gql, SEED_ARTICLES, startTestServer, type TestServer } from '../support/testServer.ts';

let server: TestServer;
beforeAll(async () => (server = await startTestServer({ seed: true })));
afterAll(async () => server?.close());

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

interface RelationNode { id: string; type: string; count: number; asserted: number; negated: number; hypothetical: number; firstSeen: string | null; lastSeen: string | null; source: { name: string }; target: { name: string } }
const RELATION_FIELDS = 'totalCount edges { node { id type count asserted negated hypothetical firstSeen lastSeen source { name } target { name } } }';
const nodes = (connection: { edges: Array<{ node: RelationNode }> }): RelationNode[] => connection.edges.map((e) => e.node);

/** The filter must have something to remove and something to keep; the answer must be exactly the kept ones. */
function expectExactly(unfiltered: RelationNode[], filtered: { totalCount: number; edges: Array<{ node: RelationNode }> }, keep: (r: RelationNode) => boolean) {
  const kept = unfiltered.filter(keep).map((r) => r.id);
  const removed = unfiltered.filter((r) => !keep(r)).map((r) => r.id);
  expect(kept.length, 'the unfiltered answer holds relations the filter keeps').toBeGreaterThan(0);
  expect(removed.length, 'the unfiltered answer holds relations the filter removes').toBeGreaterThan(0);
  expect(sorted(nodeIds(filtered))).toEqual(sorted(kept));
  expect(filtered.totalCount).toBe(kept.length);
}

describe('analyst questions on the seed corpus', () => {
  it('loaded every seed article', async () => {
    expect(server.seedSummary).toMatchObject({ created: SEED_ARTICLES, unchanged: 0, updated: 0, failed: 0, articles: SEED_ARTICLES });
    const data = await ask(server, '{ stats { articles } articles { totalCount } }');
    expect(data).toEqual({ stats: { articles: SEED_ARTICLES }, articles: { totalCount: SEED_ARTICLES } });
  });

  it('finds who accuses Russia, with the evidence sentence and its article', async () => {
    const query = (types: string) => `{ relations(where: { target: "Russland"${types} }, first: 100) {
      ${RELATION_FIELDS.replace('target { name } }', 'target { name } claims { evidence polarity article { title } } }')} } }`;
    const all = (await ask(server, query(''))).relations;
    const accusations = (await ask(server, query(', types: [ACCUSE]'))).relations;
    for (const r of nodes(all)) expect(r.target.name).toBe('Russia');
    expectExactly(nodes(all), accusations, (r) => r.type === 'ACCUSE');
    const accusers = nodes(accusations).map((r) => r.source.name);
    expect(accusers).toEqual(expect.arrayContaining(['NATO', 'European Union', 'United States', 'Ukraine']));
    const nato = accusations.edges.find((e: any) => e.node.source.name === 'NATO').node;
    expect(nato.claims.map((c: any) => c.evidence)).toContain('NATO wirft Russland Unterstützung für Nordkoreas Atomprogramm vor.');
    expect(nato.claims.map((c: any) => c.article.title)).toContain('NATO warnt: Russlands Unterstützung für Nordkorea gefährdet die Welt!');
  });

  it('finds what supports North Korea and according to whom', async () => {
    const query = (where: string) => `{ entity(name: "Nordkorea") { name relations(direction: INCOMING${where}, first: 100) {
      ${RELATION_FIELDS.replace('target { name } }', 'target { name } claims { polarity claimant { name } evidence } }')} } } }`;
    const all = (await ask(server, query(''))).entity;
    const supports = (await ask(server, query(', where: { types: [SUPPORT] }'))).entity;
    expect(supports.name).toBe('North Korea');
    for (const r of nodes(all.relations)) expect(r.target.name).toBe('North Korea');
    expectExactly(nodes(all.relations), supports.relations, (r) => r.type === 'SUPPORT');
    const russia = supports.relations.edges.find((e: any) => e.node.source.name === 'Russia');
    const claimants = russia.node.claims.map((c: any) => c.claimant?.name);
    expect(claimants).toEqual(expect.arrayContaining(['NATO', 'Mark Rutte']));
  });

  it('finds the chain from NATO to North Korea, each step with evidence', async () => {
    const data = await ask(server, `{
      path(from: "NATO", to: "North Korea", maxHops: 3, first: 100) {
        length entities { name } steps { type source { name } target { name } claims(first: 1) { evidence } }
      } }`);
    expect(data.path.length).toBeGreaterThan(0);
    for (const path of data.path) {
      expect(path.length).toBe(2);
      expect(path.steps).toHaveLength(2);
      expect(names(path.entities)[0]).toBe('NATO');
      expect(names(path.entities)[2]).toBe('North Korea');
      // Each step joins the two actors next to it, in one direction or the other.
      path.steps.forEach((step: any, i: number) => {
        expect(sorted([step.source.name, step.target.name])).toEqual(sorted([path.entities[i].name, path.entities[i + 1].name]));
        expect(step.claims[0].evidence.length).toBeGreaterThan(10);
      });
    }
    // The seed article's own chain: NATO accuses Russia, Russia supports North Korea.
    const signatures = data.path.map((p: any) => `${names(p.entities).join('>')}:${p.steps.map((s: any) => s.type).join(',')}`);
    expect(signatures).toContain('NATO>Russia>North Korea:ACCUSE,SUPPORT');
  });

  it('finds paths by German names and aliases, narrows them by type, and answers none for unknown or identical ends', async () => {
    const paths = async (args: string) => (await ask(server, `{ path(${args}, first: 100) { length entities { name } steps { type } } }`)).path;
    const signature = (p: any) => `${names(p.entities).join('>')}:${p.steps.map((s: any) => s.type).join(',')}`;
    const german = await paths('from: "NATO", to: "Nordkorea", maxHops: 3');
    expect(german.map((p: any) => p.length)).toContain(2);
    const allowed = new Set(['ACCUSE', 'SUPPORT']);
    const within = (p: any) => p.steps.every((s: any) => allowed.has(s.type));
    const keep = german.filter(within).map(signature);
    const drop = german.filter((p: any) => !within(p)).map(signature);
    expect(keep.length).toBeGreaterThan(0);
    expect(drop.length).toBeGreaterThan(0);
    const narrowed = await paths('from: "NATO", to: "Nordkorea", maxHops: 3, types: [ACCUSE, SUPPORT]');
    expect(sorted(narrowed.map(signature))).toEqual(sorted(keep));
    expect(await paths('from: "NATO", to: "Atlantis", maxHops: 3')).toEqual([]);
    expect(await paths('from: "Russia", to: "Russland", maxHops: 3')).toEqual([]);
  });

  it('groups Russia with North Korea and apart from NATO and Ukraine in the alliance blocs', async () => {
    const data = await ask(server, `{ alliances { blocs { id label members { name } } memberships { label members { name } } edges { weight mode source { name } target { name } } } }`);
    const blocOf = (name: string) => data.alliances.blocs.find((b: any) => names(b.members).includes(name))?.id;
    expect(blocOf('Russia')).toBeDefined();
    expect(blocOf('North Korea')).toBe(blocOf('Russia'));
    expect(blocOf('Ukraine')).not.toBe(blocOf('Russia'));
    expect(blocOf('NATO')).not.toBe(blocOf('Russia'));
    const nato = data.alliances.memberships.find((b: any) => b.label === 'NATO');
    expect(names(nato.members)).toEqual(expect.arrayContaining(['Finland', 'Sweden', 'United States']));
    expect(names(nato.members)).not.toContain('Russia');
    const edge = data.alliances.edges.find((e: any) => sorted([e.source.name, e.target.name]).join() === 'Russia,Ukraine');
    expect(edge.weight).toBeLessThan(0);
  });

  it('finds entities by German name and by a misspelt search', async () => {
    const data = await ask(server, `{ entity(name: "Vereinigte Staaten") { name iso3 } searchEntities(query: "Nordkroea") { entity { name } } }`);
    expect(data.entity).toEqual({ name: 'United States', iso3: 'USA' });
    expect(data.searchEntities[0].entity.name).toBe('North Korea');
  });

  it('pages relations with cursors: pages do not overlap, cover every relation, and keep one total', async () => {
    const total = (await ask(server, '{ stats { relations } }')).stats.relations;
    expect(total).toBeGreaterThan(200);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = (await ask(server, 'query($after: String) { relations(first: 100, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }', { after })).relations;
      expect(page.totalCount).toBe(total);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...nodeIds(page));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(total / 100));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // Small pages tile the first big one exactly.
    const first = await ask(server, '{ relations(first: 5) { pageInfo { hasNextPage endCursor } edges { node { id } } } }');
    const next = await ask(server, 'query($after: String) { relations(first: 5, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } }', { after: first.relations.pageInfo.endCursor });
    expect(first.relations.pageInfo.hasNextPage).toBe(true);
    expect(next.relations.pageInfo.hasPreviousPage).toBe(true);
    expect([...nodeIds(first.relations), ...nodeIds(next.relations)]).toEqual(seen.slice(0, 10));
  });

  it('narrows relations to a time range', async () => {
    const query = (extra: string) => `{ relations(where: { either: "Russia"${extra} }, first: 100) { ${RELATION_FIELDS} } }`;
    const [all, since, until, between] = await Promise.all([
      ask(server, query('')), ask(server, query(', since: "2025"')), ask(server, query(', until: "2023-06"')),
      ask(server, query(', since: "2024-01", until: "2024-06-30"'))]);
    const unfiltered = nodes(all.relations);
    for (const r of unfiltered) expect([r.source.name, r.target.name]).toContain('Russia');
    // Evidence on or after the start: the latest evidence is late enough; undated relations never match.
    expectExactly(unfiltered, since.relations, (r) => r.lastSeen !== null && r.lastSeen >= '2025-01-01');
    expectExactly(unfiltered, until.relations, (r) => r.firstSeen !== null && r.firstSeen <= '2023-06-30');
    expectExactly(unfiltered, between.relations, (r) => r.lastSeen !== null && r.lastSeen >= '2024-01-01' && r.firstSeen! <= '2024-06-30');
  });

  it('honours every named end together: a source or target with either, in German or English names', async () => {
    const query = (where: string) => `{ relations(where: { ${where} }, first: 100) { ${RELATION_FIELDS} } }`;
    const [fromRussia, toRussia, fromAndEither, toAndEither] = await Promise.all([
      ask(server, query('source: "Russia"')), ask(server, query('target: "Russia"')),
      ask(server, query('source: "Russland", either: "Nordkorea"')), ask(server, query('target: "Russia", either: "Ukraine"'))]);
    const touches = (name: string) => (r: RelationNode) => r.source.name === name || r.target.name === name;
    expectExactly(nodes(fromRussia.relations), fromAndEither.relations, touches('North Korea'));
    expectExactly(nodes(toRussia.relations), toAndEither.relations, touches('Ukraine'));
  });

  it('splits an actor\'s relations by direction and narrows them by evidence, polarity and counterpart', async () => {
    const relations = async (args: string) => (await ask(server, `{ entity(name: "Russia") { relations(${args}, first: 100) { ${RELATION_FIELDS} } } }`)).entity.relations;
    const [both, out, into, strong, denied, feared, withUkraine, either] = await Promise.all([
      relations('direction: BOTH'), relations('direction: OUTGOING'), relations('direction: INCOMING'),
      relations('where: { minEvidence: 2 }'), relations('where: { polarity: [NEGATED] }'), relations('where: { polarity: [HYPOTHETICAL, NEGATED] }'),
      relations('where: { either: "Ukraine" }'),
      ask(server, `{ relations(where: { either: "Russland" }, first: 100) { ${RELATION_FIELDS} } }`).then((d) => d.relations)]);
    const all = nodes(both);
    expect(both.totalCount).toBe(all.length);
    expectExactly(all, out, (r) => r.source.name === 'Russia');
    expectExactly(all, into, (r) => r.target.name === 'Russia');
    expect(out.totalCount + into.totalCount).toBe(both.totalCount);
    expectExactly(all, strong, (r) => r.count >= 2);
    expectExactly(all, denied, (r) => r.negated > 0);
    expectExactly(all, feared, (r) => r.negated > 0 || r.hypothetical > 0);
    expectExactly(all, withUkraine, (r) => [r.source.name, r.target.name].includes('Ukraine'));
    // The root listing by either end answers the same relations as the entity's own listing.
    expect(sorted(nodeIds(either))).toEqual(sorted(nodeIds(both)));
  });
});

describe('limits and access', () => {
  it('rejects an over-deep query with a clear, coded error', async () => {
    const deep = '{ entity(name: "Russia") { relations { edges { node { source { relations { edges { node { source { relations { edges { node { source { name } } } } } } } } } } } } } }';
    const { errors, data } = await gql(server, deep);
    expect(data).toBeUndefined();
    expect(errors![0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(errors![0].message).toMatch(/depth limit of 10 exceeded/);
  });

  it('refuses a page larger than the cap', async () => {
    const { errors } = await gql(server, '{ relations(first: 5000) { totalCount } }');
    expect(errors![0]).toMatchObject({ message: 'first must be between 0 and 100, got 5000', extensions: { code: 'BAD_USER_INPUT' } });
    const { data } = await gql(server, '{ relations(first: 100) { edges { node { id } } } }');
    expect(data.relations.edges).toHaveLength(100);
  });
});
