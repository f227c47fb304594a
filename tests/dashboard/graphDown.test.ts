// The dashboard when Neo4j itself goes away under a running API: on a Neo4j of its own (embedded instance
// "dashboard-down", a claimed port), stopped for real while the page is open, then started again on the
// same port. The page says the graph is unavailable, in words, and comes back by itself.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, type EmbeddedSettings } from '../../src/config.ts';
import { claimPort } from '../../src/embedded/ports.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/startNeo4j.ts';
import { createHttpServer, listen } from '../../src/serve/createApp.ts';
import { createDriver, type Graph } from '../../src/store/connectGraph.ts';
import { loadPaths } from '../../src/ingest/loadPaths.ts';
import { migrate } from '../../src/store/migrate.ts';
import { guardedPage, hasChromium, launchBrowser, screenshot, settled, type Browser } from './browser.ts';

const CORPUS = path.resolve(import.meta.dirname, '../cli/fixtures/corpus');
const embeddedRun = inject('neo4j').embedded;

describe.runIf(embeddedRun && hasChromium)('dashboard while Neo4j is down', () => {
  let settings: EmbeddedSettings;
  let neo4j: EmbeddedNeo4j;
  let graph: Graph;
  let http: ReturnType<typeof createHttpServer>;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    const port = (await claimPort(0))!;
    settings = {
      ...loadConfig({ ...process.env, NEO4J_URI: '', GEOKG_NEO4J_INSTANCE: 'dashboard-down', GEOKG_NEO4J_HEAP: '512m', GEOKG_NEO4J_PAGECACHE: '128m' }).embedded,
      port,
    };
    [neo4j, browser] = await Promise.all([startEmbeddedNeo4j(settings), launchBrowser()]);
    graph = { driver: createDriver(neo4j), target: neo4j, close: async () => {} };
    await migrate(graph.driver);
    // This instance is the file's own: it is emptied here and holds only the three top-level corpus articles.
    const session = graph.driver.session();
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS').finally(() => session.close());
    expect((await loadPaths(graph, [CORPUS])).created).toBe(3);
    const config = loadConfig({ ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, NEO4J_USER: neo4j.user });
    http = createHttpServer({ graph, config });
    url = await listen(http, '127.0.0.1', 0);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    http?.closeAllConnections();
    await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
    await graph?.driver.close();
    await neo4j?.stop();
  });

  it('shows "Graph unavailable" with a readable message when Neo4j stops, and recovers once it is back on the same port', async () => {
    const { page, errors, foreign } = await guardedPage(browser, url);
    await page.goto(`${url}/`);
    expect(await settled(page)).toBe('ready');
    expect(await page.locator('#stat-articles').textContent()).toBe('3');

    await neo4j.stop();
    // The page polls every 5 s; the API answers GRAPH_UNAVAILABLE quickly (tests/ingest/faults.test.ts).
    await page.waitForFunction(() => document.body.dataset.status === 'error', null, { timeout: 30_000 });
    const overlay = page.locator('#state-overlay');
    expect(await overlay.locator('h2').textContent()).toBe('Graph unavailable');
    const text = await overlay.textContent();
    expect(text).toContain('The API answers, but Neo4j does not.');
    expect(text).toContain('graph unavailable: Neo4j does not answer; try again shortly');
    expect(text).not.toContain('Is `geokg serve` running?');
    expect(await page.locator('#live-status').textContent()).toBe(' graph unavailable');
    expect(await overlay.getByRole('button', { name: 'Retry now' }).isVisible()).toBe(true);
    await screenshot(page, 'dashboard-graph-down');

    neo4j = await startEmbeddedNeo4j(settings);
    expect(neo4j.port).toBe(settings.port);
    // No reload and no click: the live poll finds the graph again and rebuilds the map.
    await page.waitForFunction(() => document.body.dataset.status === 'ready', null, { timeout: 60_000 });
    expect(await page.locator('#stat-articles').textContent()).toBe('3');
    expect(await page.evaluate(() => (window as any).geokg.positionOf('Q37'))).not.toBeNull(); // Lithuania
    expect(await page.locator('#live-status').textContent()).toMatch(/updated \d\d:\d\d:\d\d/);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});
