// No N+1: a query over many entities costs a number of Cypher round trips bounded by its depth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestServer, type TestServer } from '../support/testServer.ts';
import { writeExtraction } from '../../src/store/writeExtraction.ts';
import { extraction, uniqueActor, type RelationSpec } from '../support/extractions.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKey: null });
  // 60 actors in a ring, each with two relations, each relation with evidence in its own article.
  const actors = Array.from({ length: 60 }, (_, i) => uniqueActor(`Actor ${i}`));
  for (let i = 0; i < actors.length; i++) {
    const relations: RelationSpec[] = [{ from: actors[i], type: 'SUPPORT', to: actors[(i + 1) % actors.length] }];
    await writeExtraction(server.graph, extraction({ text: `Ring article ${i}`, relations }));
  }
});
afterAll(async () => server?.close());

const QUERY = `{
  relations(first: 50) {
    edges { node {
      source { name mentionCount counterparts(first: 5) { evidenceCount entity { name } } }
      target { name }
      claims(first: 3) { evidence claimant { name } article { title } }
    } }
  } }`;

describe('batched loading', () => {
  it('answers 50 relations with their entities, counterparts and claims in a handful of round trips', async () => {
    server.resetQueries();
    const { data, errors } = await gql(server, QUERY);
    expect(errors).toBeUndefined();
    expect(data.relations.edges).toHaveLength(50);
    expect(data.relations.edges.every((e: any) => e.node.claims.length === 1 && e.node.source.counterparts.length === 2)).toBe(true);
    // relations, entities, mentions, counterparts, counterpart entities, claims, articles: one trip each.
    expect(server.queries.length).toBeLessThanOrEqual(8);
  });

  it('costs the same number of round trips for 5 results as for 50', async () => {
    server.resetQueries();
    await gql(server, QUERY.replace('first: 50', 'first: 5'));
    const few = server.queries.length;
    server.resetQueries();
    await gql(server, QUERY);
    expect(server.queries.length).toBe(few);
  });

  it('brings the claims of a relation page along in the page\'s own round trip, equal to asking them apart', async () => {
    const claims = 'claims(first: 2) { evidence polarity claimant { name } article { title } }';
    server.resetQueries();
    const together = await gql(server, `{ relations(first: 10) { edges { node { id ${claims} } } } }`);
    expect(server.queries.length).toBe(1);
    // Through a fragment the look-ahead does not follow, so the claims loader answers on its own.
    server.resetQueries();
    const apart = await gql(server, `{ relations(first: 10) { edges { node { id ...C } } } } fragment C on Relation { ${claims} }`);
    expect(server.queries.length).toBe(2);
    expect(together.errors).toBeUndefined();
    expect(together.data.relations.edges.every((e: any) => e.node.claims.length === 1)).toBe(true);
    expect(together.data).toEqual(apart.data);
    // Ends given by name are resolved inside the same statement.
    const name = together.data.relations.edges[0].node.id.split('|')[0];
    const sourceName = (await gql(server, `{ entity(id: "${name}") { name } }`)).data.entity.name;
    server.resetQueries();
    const named = await gql(server, `{ relations(where: { source: "${sourceName}", target: "No Such Actor" }) { totalCount } bySource: relations(where: { source: "${sourceName}" }) { totalCount edges { node { id ${claims} } } } }`);
    expect(server.queries.length).toBe(2);
    expect(named.data.relations.totalCount).toBe(0);
    expect(named.data.bySource.totalCount).toBe(1);
    expect(named.data.bySource.edges[0].node.claims).toHaveLength(1);
  });

  it('looks up an entity by name together with its relations, equal to asking them apart', async () => {
    const name = (await gql(server, '{ relations(first: 1) { edges { node { source { name } } } } }')).data.relations.edges[0].node.source.name;
    const relations = 'relations(direction: OUTGOING, first: 5) { totalCount edges { node { type target { name } } } }';
    server.resetQueries();
    const together = await gql(server, `query($name: String) { entity(name: $name) { id name ${relations} } }`, { name });
    expect(server.queries.length).toBe(1);
    server.resetQueries();
    const apart = await gql(server, `query($name: String) { entity(name: $name) { id name ...R } } fragment R on Entity { ${relations} }`, { name });
    expect(server.queries.length).toBe(2);
    expect(together.errors).toBeUndefined();
    expect(together.data.entity.relations.totalCount).toBe(1);
    expect(together.data).toEqual(apart.data);
    expect((await gql(server, `{ entity(name: "No Such Actor") { ${relations} } }`)).data.entity).toBeNull();
  });

  it('looks up an entity by name together with its counterparts, equal to asking them apart', async () => {
    const name = (await gql(server, '{ relations(first: 1) { edges { node { source { name } } } } }')).data.relations.edges[0].node.source.name;
    const counterparts = 'counterparts(first: 5) { evidenceCount types entity { name } }';
    server.resetQueries();
    const together = await gql(server, `query($name: String) { entity(name: $name) { id ${counterparts} } }`, { name });
    expect(server.queries.length).toBe(1);
    server.resetQueries();
    const apart = await gql(server, `query($name: String) { entity(name: $name) { id ...C } } fragment C on Entity { ${counterparts} }`, { name });
    expect(server.queries.length).toBe(2);
    expect(together.data.entity.counterparts).toHaveLength(2);
    expect(together.data).toEqual(apart.data);
  });
});
