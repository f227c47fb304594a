// What a browser and a monitor see over HTTP: CORS only for configured origins, and the health query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../support/apiAnswers.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

const ALLOWED = 'https://dashboard.example.org';
const ALSO_ALLOWED = 'http://localhost:5173';
const OTHER = 'https://elsewhere.example.com';

const post = (server: TestServer, origin: string) => fetch(`${server.url}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ query: '{ health { ok } }' }),
});
const preflight = (server: TestServer, origin: string) => fetch(`${server.url}/graphql`, {
  method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
});

describe('CORS', () => {
  let withCors: TestServer;
  let withoutCors: TestServer;
  beforeAll(async () => {
    withCors = await startTestServer({ keep: true, env: { GEOKG_CORS_ORIGINS: `${ALLOWED}, ${ALSO_ALLOWED}` } });
    withoutCors = await startTestServer({ keep: true });
  });
  afterAll(async () => {
    await withCors?.close();
    await withoutCors?.close();
  });

  it('lets configured origins call the API, and answers their preflight', async () => {
    for (const origin of [ALLOWED, ALSO_ALLOWED]) {
      const response = await post(withCors, origin);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(await response.json()).toEqual({ data: { health: { ok: true } } });
      const options = await preflight(withCors, origin);
      expect(options.status).toBeLessThan(300);
      expect(options.headers.get('access-control-allow-origin')).toBe(origin);
      expect(options.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(options.headers.get('access-control-allow-credentials')).not.toBe('true');
    }
  });

  it('gives any other origin no CORS header, and none at all when no origin is configured', async () => {
    for (const [server, origin] of [[withCors, OTHER], [withCors, `${ALLOWED}.evil.example`], [withCors, 'null'], [withoutCors, ALLOWED], [withoutCors, OTHER]] as const) {
      const response = await post(server, origin);
      expect(response.headers.get('access-control-allow-origin'), `${origin}`).toBeNull();
      await response.arrayBuffer();
      const options = await preflight(server, origin);
      expect(options.headers.get('access-control-allow-origin'), `${origin} preflight`).toBeNull();
      await options.arrayBuffer();
    }
  });
});

describe('health', () => {
  let writable: TestServer;
  let readOnly: TestServer;
  beforeAll(async () => {
    writable = await startTestServer({ keep: true });
    readOnly = await startTestServer({ keep: true, apiKey: null });
  });
  afterAll(async () => {
    await writable?.close();
    await readOnly?.close();
  });

  it('reports the graph reachable, the Neo4j 5 version, and whether mutations are enabled', async () => {
    const [a, b] = await Promise.all([
      ask(writable, '{ health { ok graph neo4jVersion writable } }'), ask(readOnly, '{ health { ok graph neo4jVersion writable } }')]);
    expect(a.health).toMatchObject({ ok: true, graph: true, writable: true });
    expect(b.health).toMatchObject({ ok: true, graph: true, writable: false });
    expect(a.health.neo4jVersion).toMatch(/^5\.\d+\.\d+/);
    expect(b.health.neo4jVersion).toBe(a.health.neo4jVersion);
    // /ready names the same version.
    const ready = await fetch(`${writable.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, neo4j: a.health.neo4jVersion });
  });
});
