// GraphiQL works offline: the page the browser gets from /graphql loads nothing from another host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.ts';

let server: TestServer;
beforeAll(async () => (server = await startTestServer({ keep: true })));
afterAll(async () => server?.close());

describe('GraphiQL', () => {
  it('is served from the API itself, with the example queries and no outside script or style', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('geokg GraphiQL');
    expect(html).toContain('WhoAccusesRussia');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
  });
});
