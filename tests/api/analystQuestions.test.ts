// Analyst questions over the seed corpus, answered through GraphQL by the real server on the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestServer, TEST_API_KEY, type TestServer } from '../support/testServer.ts';

let server: TestServer;
beforeAll(async () => (server = await startTestServer({ seed: true })));
afterAll(async () => server?.close());

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

describe('analyst questions on the seed corpus', () => {
  it('loaded every seed article', () => {
    expect(server.seedSummary).toMatchObject({ failed: 0 });
    expect(server.seedSummary!.created).toBeGreaterThanOrEqual(31);
  });

  it('finds who accuses Russia, with the evidence sentence and its article', async () => {
    const { data, errors } = await gql(server, `{
      relations(where: { target: "Russland", types: [ACCUSE] }, first: 50) {
        totalCount
        edges { node { source { name } claims { evidence polarity article { title url } } } }
      } }`);
    expect(errors).toBeUndefined();
    const accusers = data.relations.edges.map((e: any) => e.node.source.name);
    expect(accusers).toContain('NATO');
    expect(data.relations.totalCount).toBe(accusers.length);
    const nato = data.relations.edges.find((e: any) => e.node.source.name === 'NATO').node;
    expect(nato.claims.map((c: any) => c.evidence)).toContain('NATO wirft Russland Unterstützung für Nordkoreas Atomprogramm vor.');
    expect(nato.claims[0].article.title).toBeTruthy();
  });

  it('finds what supports North Korea and according to whom', async () => {
    const { data, errors } = await gql(server, `{
      entity(name: "Nordkorea") {
        name
        relations(direction: INCOMING, where: { types: [SUPPORT] }) {
          edges { node { source { name } claims { polarity claimant { name } evidence } } }
        } } }`);
    expect(errors).toBeUndefined();
    expect(data.entity.name).toBe('North Korea');
    const russia = data.entity.relations.edges.find((e: any) => e.node.source.name === 'Russia');
    expect(russia).toBeDefined();
    const claimants = russia.node.claims.map((c: any) => c.claimant?.name);
    expect(claimants).toEqual(expect.arrayContaining(['NATO', 'Mark Rutte']));
  });

  it('finds the chain from NATO to North Korea, each step with evidence', async () => {
    const { data, errors } = await gql(server, `{
      path(from: "NATO", to: "North Korea", maxHops: 3) {
        length entities { name } steps { type source { name } target { name } claims(first: 1) { evidence } }
      } }`);
    expect(errors).toBeUndefined();
    expect(data.path.length).toBeGreaterThan(0);
    for (const path of data.path) {
      expect(path.length).toBe(2);
      expect(names(path.entities)[0]).toBe('NATO');
      expect(names(path.entities)[2]).toBe('North Korea');
      for (const step of path.steps) expect(step.claims[0].evidence.length).toBeGreaterThan(10);
    }
    // The seed article's own chain: NATO accuses Russia, Russia supports North Korea.
    expect(data.path.map((p: any) => names(p.entities)[1])).toContain('Russia');
  });

  it('finds paths by German names and aliases, narrows them by type, and answers none for unknown or identical ends', async () => {
    const ask = async (args: string) => (await gql(server, `{ path(${args}) { length steps { type } } }`)).data.path;
    const german = await ask('from: "NATO", to: "Nordkorea", maxHops: 3');
    expect(german.map((p: any) => p.length)).toContain(2);
    const accusationsOnly = await ask('from: "NATO", to: "Nordkorea", maxHops: 3, types: [ACCUSE]');
    for (const p of accusationsOnly) for (const step of p.steps) expect(step.type).toBe('ACCUSE');
    expect(accusationsOnly.length).toBeLessThan(german.length);
    expect(await ask('from: "NATO", to: "Atlantis", maxHops: 3')).toEqual([]);
    expect(await ask('from: "Russia", to: "Russland", maxHops: 3')).toEqual([]);
  });

  it('groups Russia with North Korea and apart from NATO and Ukraine in the alliance blocs', async () => {
    const { data, errors } = await gql(server, `{ alliances { blocs { id label members { name } } memberships { label members { name } } edges { weight mode source { name } target { name } } } }`);
    expect(errors).toBeUndefined();
    const blocOf = (name: string) => data.alliances.blocs.find((b: any) => names(b.members).includes(name))?.id;
    expect(blocOf('Russia')).toBeDefined();
    expect(blocOf('North Korea')).toBe(blocOf('Russia'));
    expect(blocOf('Ukraine')).not.toBe(blocOf('Russia'));
    expect(blocOf('NATO')).not.toBe(blocOf('Russia'));
    const nato = data.alliances.memberships.find((b: any) => b.label === 'NATO');
    expect(names(nato.members)).toEqual(expect.arrayContaining(['Finland', 'Sweden', 'United States']));
    const edge = data.alliances.edges.find((e: any) => [e.source.name, e.target.name].sort().join() === 'Russia,Ukraine');
    expect(edge.weight).toBeLessThan(0);
  });

  it('finds entities by German name and by a misspelt search', async () => {
    const { data } = await gql(server, `{ entity(name: "Vereinigte Staaten") { name iso3 } searchEntities(query: "Nordkroea") { entity { name } } }`);
    expect(data.entity).toEqual({ name: 'United States', iso3: 'USA' });
    expect(data.searchEntities[0].entity.name).toBe('North Korea');
  });

  it('pages relations with cursors and a stable total', async () => {
    const first = await gql(server, '{ relations(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }');
    const next = await gql(server, 'query($after: String) { relations(first: 5, after: $after) { totalCount pageInfo { hasPreviousPage } edges { node { id } } } }', { after: first.data.relations.pageInfo.endCursor });
    expect(first.data.relations.pageInfo.hasNextPage).toBe(true);
    expect(next.data.relations.totalCount).toBe(first.data.relations.totalCount);
    expect(next.data.relations.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...first.data.relations.edges, ...next.data.relations.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(10);
  });

  it('narrows relations to a time range', async () => {
    const all = await gql(server, '{ relations(where: { either: "Russia" }, first: 100) { totalCount } }');
    const recent = await gql(server, '{ relations(where: { either: "Russia", since: "2025" }, first: 100) { totalCount edges { node { lastSeen } } } }');
    expect(recent.data.relations.totalCount).toBeGreaterThan(0);
    expect(recent.data.relations.totalCount).toBeLessThan(all.data.relations.totalCount);
    for (const e of recent.data.relations.edges) expect(e.node.lastSeen >= '2025-01-01').toBe(true);
  });

  it('splits an actor\'s relations by direction and narrows them by evidence, polarity and counterpart', async () => {
    const ask = async (args: string) => (await gql(server, `{ entity(name: "Russia") { relations(${args}, first: 100) {
      totalCount edges { node { count negated source { name } target { name } } } } } }`)).data.entity.relations;
    const [both, out, into, strong, denied, withUkraine] = await Promise.all([
      ask('direction: BOTH'), ask('direction: OUTGOING'), ask('direction: INCOMING'),
      ask('where: { minEvidence: 2 }'), ask('where: { polarity: [NEGATED] }'), ask('where: { either: "Ukraine" }')]);
    expect(out.totalCount).toBeGreaterThan(0);
    expect(into.totalCount).toBeGreaterThan(0);
    expect(out.totalCount + into.totalCount).toBe(both.totalCount);
    for (const e of out.edges) expect(e.node.source.name).toBe('Russia');
    for (const e of into.edges) expect(e.node.target.name).toBe('Russia');
    expect(strong.totalCount).toBeGreaterThan(0);
    expect(strong.totalCount).toBeLessThan(both.totalCount);
    for (const e of strong.edges) expect(e.node.count).toBeGreaterThanOrEqual(2);
    expect(denied.totalCount).toBeLessThan(both.totalCount);
    for (const e of denied.edges) expect(e.node.negated).toBeGreaterThan(0);
    expect(withUkraine.totalCount).toBeGreaterThan(0);
    for (const e of withUkraine.edges) expect([e.node.source.name, e.node.target.name]).toContain('Ukraine');
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
  });

  it('refuses a mutation without the API key and accepts it with the key', async () => {
    const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome relationCount article { title } } }';
    const input = { title: 'Frankreich kritisiert Russland', text: 'Frankreich wirft Russland Cyberangriffe auf Krankenhäuser vor.', publishedAt: '2025-02-03' };
    const anonymous = await gql(server, mutation, { input });
    expect(anonymous.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(server, mutation, { input }, { authorization: 'Bearer not-the-key' });
    expect(wrong.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    const ok = await gql(server, mutation, { input }, { authorization: `Bearer ${TEST_API_KEY}` });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.ingestArticle).toMatchObject({ outcome: 'created', article: { title: 'Frankreich kritisiert Russland' } });
    const again = await gql(server, mutation, { input }, { authorization: `Bearer ${TEST_API_KEY}` });
    expect(again.data.ingestArticle.outcome).toBe('unchanged');
  });
});
