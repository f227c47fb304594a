// The static side of the dashboard: whitelisted files only, the right types, a strict policy, caching.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDashboard } from '../../src/serve/serveDashboard.ts';

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (serveDashboard(req, res)) return;
    res.writeHead(418).end('not the dashboard');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** A raw request, so paths like /dashboard/../x reach the server unnormalised. */
function get(path: string, { method = 'GET', headers = {} as Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveDashboard', () => {
  test.each([
    ['/', 'text/html; charset=utf-8'],
    ['/dashboard', 'text/html; charset=utf-8'],
    ['/dashboard/?focus=Q423', 'text/html; charset=utf-8'],
    ['/dashboard/app.js', 'text/javascript; charset=utf-8'],
    ['/dashboard/styles.css', 'text/css; charset=utf-8'],
    ['/vendor/cytoscape.esm.min.mjs', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s with a strict policy', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  test('has no inline scripts or styles in the page', async () => {
    const { body } = await get('/');
    expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(body).not.toMatch(/\sstyle=|<style/);
    expect(body).not.toMatch(/https?:\/\//);
  });

  test.each([
    '/dashboard/../package.json', '/dashboard/..%2f..%2fpackage.json', '/dashboard/%2e%2e/%2e%2e/package.json',
    '/vendor/../../package.json', '/vendor/cytoscape/package.json', '/dashboard/app.js.map', '/dashboard//etc/passwd',
  ])('refuses %s', async (path) => {
    const res = await get(path);
    expect([404, 418]).toContain(res.status);
    expect(res.body).not.toContain('"dependencies"');
  });

  test('leaves other paths (GraphQL, health) to the caller', async () => {
    expect((await get('/graphql')).status).toBe(418);
    expect((await get('/health')).status).toBe(418);
  });

  test('revalidates its own files by ETag and lets browsers cache vendor files', async () => {
    const first = await get('/dashboard/app.js');
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get('/dashboard/app.js', { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect((await get('/vendor/cytoscape.esm.min.mjs')).headers['cache-control']).toMatch(/max-age=\d+/);
  });

  test('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});
