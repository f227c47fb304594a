// Hostile GraphQL: every abusive request gets a clear error or a correct empty answer, nothing reaches
// Cypher as text, and the server stays up.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExtraction } from '../../src/store/writeExtraction.ts';
import { ACTORS, extraction } from '../support/extractions.ts';
import { gql, startTestServer, type TestServer } from '../support/testServer.ts';

let server: TestServer;
let baseline: { nodes: number; rels: number };

async function graphCounts() {
  const { records } = await server.graph.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
  return { nodes: records[0].get('nodes').toNumber(), rels: records[0].get('rels').toNumber() };
}

beforeAll(async () => {
  server = await startTestServer({ env: { GEOKG_MAX_BODY_BYTES: '100000' } });
  const { russia, northKorea, nato } = ACTORS;
  await writeExtraction(server.graph, extraction({ text: 'NATO wirft Russland Unterstützung für Nordkorea vor.', relations: [{ from: nato, type: 'ACCUSE', to: russia }, { from: russia, type: 'SUPPORT', to: northKorea, by: nato }] }));
  baseline = await graphCounts();
});
afterAll(async () => server?.close());

const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'QUERY_TOO_COSTLY', 'QUERY_TOO_LARGE',
  'TOO_MANY_DIRECTIVES', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED', 'READ_ONLY', 'NOT_FOUND']);

function expectClientError(result: { errors?: Array<{ message: string; extensions?: { code?: string } }> }, code?: string) {
  expect(result.errors?.length).toBeGreaterThan(0);
  const error = result.errors![0];
  if (code) expect(error.extensions?.code).toBe(code);
  expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  expect(error.message.length).toBeGreaterThan(5);
}

describe('hostile GraphQL requests', () => {
  it('rejects alias floods', async () => {
    const flood = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`;
    expectClientError(await gql(server, flood), 'TOO_MANY_ALIASES');
  });

  it('rejects a query with thousands of tokens', async () => {
    const huge = `{ ${Array.from({ length: 2000 }, () => 'health { ok }').join(' ')} }`;
    expectClientError(await gql(server, huge));
  });

  it('refuses cursors it did not issue', async () => {
    for (const after of ['garbage', Buffer.from('o:-5').toString('base64url'), 'b2Q6MTIzNDU2Nzg5MDEyMw', '']) {
      const result = await gql(server, 'query($after: String) { relations(after: $after) { totalCount } }', { after });
      if (after === '') expect(result.errors?.[0]?.extensions?.code ?? 'ok').toMatch(/BAD_USER_INPUT|ok/);
      else expectClientError(result, 'BAD_USER_INPUT');
    }
  });

  it('treats Cypher-looking input as plain text', async () => {
    const inputs = ['"}) DETACH DELETE n //', "' OR 1=1 MATCH (n) DETACH DELETE n //", 'Russia`]->() DELETE r //', '$(x) CALL db.clearQueryCaches()'];
    for (const name of inputs) {
      const result = await gql(server, 'query($name: String!) { entity(name: $name) { id } relations(where: { source: $name }) { totalCount } searchEntities(query: $name) { score } }', { name });
      expect(result.errors).toBeUndefined();
      expect(result.data.entity).toBeNull();
      expect(result.data.relations.totalCount).toBe(0);
    }
    expect(await graphCounts()).toEqual(baseline);
  });

  it('answers giant strings with a clear error, not a crash', async () => {
    const giant = 'x'.repeat(50_000);
    expectClientError(await gql(server, 'query($q: String!) { searchEntities(query: $q) { score } }', { q: giant }), 'BAD_USER_INPUT');
    expectClientError(await gql(server, 'query($q: String!) { entity(name: $q) { id } }', { q: giant }), 'BAD_USER_INPUT');
  });

  it('refuses bodies over the configured size', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ health { ok } } # ${'y'.repeat(150_000)}` }) });
    expect(response.status).toBe(413);
  });

  it('does not run batched operations', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ stats { articles } }' }))) });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('keeps introspection within the limits and hides field suggestions', async () => {
    const introspection = await gql(server, '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }');
    expect(introspection.errors).toBeUndefined();
    const typo = await gql(server, '{ entiti(name: "Russia") { id } }');
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('survives random arguments: every answer is data or a coded client error', async () => {
    const query = `query($name: String!, $first: Int, $after: String, $since: Date, $hops: Int!) {
      entity(name: $name) { id }
      searchEntities(query: $name, first: $first) { score }
      relations(where: { either: $name, since: $since }, first: $first, after: $after) { totalCount }
      path(from: $name, to: "Russia", maxHops: $hops) { length }
    }`;
    await fc.assert(fc.asyncProperty(
      fc.record({
        name: fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('Russia', 'Nordkorea', '*', '~', '"', '\\', '(', 'AND', 'OR NOT')),
        first: fc.oneof(fc.integer({ min: -10, max: 200 }), fc.constant(null)),
        after: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null)),
        since: fc.oneof(fc.constantFrom('2024', '2024-06', '2024-06-19', '2024-13', 'yesterday', ''), fc.constant(null)),
        hops: fc.integer({ min: -2, max: 12 }),
      }),
      async (variables) => {
        const result = await gql(server, query, variables);
        expect(result.status).toBeLessThan(500);
        if (result.errors) for (const e of result.errors) expect(CLIENT_CODES.has(e.extensions?.code ?? '') || e.message.startsWith('Variable')).toBe(true);
      },
    ), { numRuns: 120, seed: 20241125 });
    expect(await graphCounts()).toEqual(baseline);
    expect((await gql(server, '{ health { ok graph } }')).data.health).toEqual({ ok: true, graph: true });
  }, 120_000);
});
