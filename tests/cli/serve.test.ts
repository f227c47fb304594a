// `geokg serve` as a user starts it: a real child process on a free port (PORT=0) over the test Neo4j.
// It loads what --load names before serving, announces an address that answers at once (warmed up and
// ready), serves the dashboard and GraphQL there, and stops cleanly on SIGINT (Ctrl-C) and SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connectGraph.ts';
import { loadPaths } from '../../src/ingest/loadPaths.ts';
import { guardedPage, hasChromium, launchBrowser, settled } from '../dashboard/browser.ts';
import { gql } from '../support/testServer.ts';
import { openTestGraph, resetGraph } from '../support/testGraph.ts';
import { finished, GEOKG_BIN, geokgEnv, type GeokgRun } from './geokg.ts';

const CORPUS = path.resolve(import.meta.dirname, 'fixtures/corpus');
const CORPUS_DIRS = [CORPUS, path.join(CORPUS, 'pacific')];
const ANNOUNCEMENT = /geokg is serving at (http:\/\/127\.0\.0\.1:(\d+))\/ \(dashboard\) and \1\/graphql/;
/** Start (with a load) and stop each get this long; the test's own timeout is above both. */
const START_MS = 90_000;
const STOP_MS = 20_000;
const SERVE_TEST_MS = 150_000;

let graph: Graph;
const started: ChildProcess[] = [];

interface Serving {
  child: ChildProcess;
  url: string;
  port: number;
  /** What it printed on stderr up to the announcement (progress and errors go there). */
  stderrAtAnnouncement: string;
  /** Resolves with its exit code and whole output once it has exited. */
  exited: Promise<GeokgRun>;
}

/** Starts `geokg serve ...args` and resolves once it announces its address. */
function serve(args: string[]): Promise<Serving> {
  const child = spawn(process.execPath, [GEOKG_BIN, 'serve', ...args], {
    env: geokgEnv({ PORT: '0', HOST: '127.0.0.1' }), stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const exited = finished(child, `geokg serve ${args.join(' ')}`, START_MS + STOP_MS + 30_000);
  let stderr = '';
  let announced = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`geokg serve did not announce an address within ${START_MS} ms; stderr:\n${stderr}`)), START_MS);
    child.stderr!.on('data', (chunk: string) => {
      if (announced) return;
      stderr += chunk;
      const match = ANNOUNCEMENT.exec(stderr);
      if (!match) return;
      announced = true;
      clearTimeout(timer);
      resolve({ child, url: match[1], port: Number(match[2]), stderrAtAnnouncement: stderr, exited });
    });
    void exited.then((run) => {
      clearTimeout(timer);
      reject(new Error(`geokg serve exited (code ${run.code}) before announcing an address; stderr:\n${stderr}`));
    }, reject);
  });
}

/** Whether anything accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function stopWith(server: Serving, signal: NodeJS.Signals): Promise<GeokgRun> {
  server.child.kill(signal);
  const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`geokg serve did not exit within ${STOP_MS} ms of ${signal}`)), STOP_MS));
  return Promise.race([server.exited, deadline]);
}

async function storedArticles(): Promise<number> {
  const { records } = await graph.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  return records[0].get('n').toNumber();
}

beforeAll(async () => {
  graph = await openTestGraph();
});
afterEach(() => {
  // A test that failed half-way leaves no server behind.
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  await graph?.close();
});

describe('geokg serve', () => {
  it('--load stores the articles before serving; the announced address is ready at once and serves GraphQL and the dashboard; Ctrl-C (SIGINT) stops it with exit code 0 and closes the port', async () => {
    await resetGraph(graph);
    const server = await serve(['--load', ...CORPUS_DIRS]);
    // Right at the announcement: ready, and the first view's query already answered once (warm-up).
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });
    expect(server.stderrAtAnnouncement).toMatch(/Loaded .*corpus.*: 6 new, 0 unchanged, 0 updated, 0 failed, 1 sentences uncoded\n/);
    expect(server.stderrAtAnnouncement.indexOf('Loaded ')).toBeLessThan(server.stderrAtAnnouncement.indexOf('geokg is serving at'));
    expect(server.stderrAtAnnouncement).not.toContain('warm-up skipped');
    expect(await storedArticles()).toBe(6);

    const stats = await gql(server, '{ stats { articles entities claims } health { ok graph } }');
    expect(stats.errors).toBeUndefined();
    expect(stats.data.stats.articles).toBe(6);
    expect(stats.data.health).toEqual({ ok: true, graph: true });
    const pact = await gql(server, '{ relations(where: { source: "Japan", target: "Philippines" }) { edges { node { type count } } } }');
    expect(pact.data.relations.edges.map((e: any) => e.node)).toEqual([{ type: 'AGREE', count: 2 }]);

    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>geokg — alliance map</title>');
    const graphiql = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('geokg GraphiQL');

    if (hasChromium) {
      // What the user sees at that address: the map of what was just loaded.
      const browser = await launchBrowser();
      try {
        const { page: tab, foreign, errors } = await guardedPage(browser, server.url);
        await tab.goto(`${server.url}/`);
        expect(await settled(tab)).toBe('ready');
        expect(await tab.locator('#stat-articles').textContent()).toBe('6');
        expect(await tab.evaluate(() => (window as any).geokg.positionOf('Q928'))).not.toBeNull();
        expect([foreign, errors]).toEqual([[], []]);
      } finally {
        await browser.close();
      }
    }

    const stopped = await stopWith(server, 'SIGINT');
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(stopped.stderr).toContain('Stopping...');
    expect(await listening(server.port)).toBe(false);
  }, SERVE_TEST_MS);

  it('started again with the same --load it skips what is stored, and SIGTERM stops it with exit code 0', async () => {
    await resetGraph(graph);
    expect((await loadPaths(graph, CORPUS_DIRS)).created).toBe(6);
    const server = await serve(['--load', ...CORPUS_DIRS]);
    expect(server.stderrAtAnnouncement).toMatch(/: 0 new, 6 unchanged, 0 updated, 0 failed, 1 sentences uncoded\n/);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect((await gql(server, '{ stats { articles } }')).data.stats.articles).toBe(6);
    expect(await storedArticles()).toBe(6);

    const stopped = await stopWith(server, 'SIGTERM');
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(await listening(server.port)).toBe(false);
  }, SERVE_TEST_MS);

  it('without --load it serves what the graph holds, and refuses a bad PORT with a usage error naming it', async () => {
    await resetGraph(graph);
    await loadPaths(graph, [path.join(CORPUS, 'pacific')]);
    const server = await serve([]);
    expect(server.stderrAtAnnouncement).not.toContain('Loaded ');
    expect((await gql(server, '{ stats { articles } }')).data.stats.articles).toBe(3);
    expect((await stopWith(server, 'SIGINT')).code).toBe(0);

    const child = spawn(process.execPath, [GEOKG_BIN, 'serve'], { env: geokgEnv({ PORT: 'eighty' }), stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    const refused = await finished(child, 'geokg serve with PORT=eighty', 60_000);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('PORT');
  }, SERVE_TEST_MS);
});
