// Dashboard speed in headless Chromium: first render on the seed corpus (navigation start → map drawn),
// and interaction latency on a synthetic 2,000-actor graph served in place of the alliances answer.
// When the dashboard differs from HEAD, HEAD's version runs in the same browser first, for a side-by-side.
//   node --import tsx bench/dashboard.ts [revision|none]   starts `geokg serve --load seed` (embedded Neo4j,
//       instance "dashboard": the store and api benches empty instance "bench"); compares with the revision
//   GEOKG_URL=http://127.0.0.1:4000 node --import tsx bench/dashboard.ts   uses a running server instead
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../tests/support/findChromium.ts';
import { withoutUserGraph } from '../tests/support/testTarget.ts';
import { table, writeReadmeSection } from './report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED_RUNS = 3;
/** Longer than any interaction could take on a busy machine; past it the bench fails instead of hanging. */
const INTERACTION_TIMEOUT_MS = 30_000;
/** The minimum evidence steps, in order: raised from 1, lowered back to 1, and so on. */
const MIN_STEPS = ['3', '1', '4', '1', '2'];

async function startServer(): Promise<{ url: string; child?: ChildProcess }> {
  if (process.env.GEOKG_URL) return { url: process.env.GEOKG_URL.replace(/\/$/, '') };
  const child = spawn(process.execPath, ['bin/geokg.js', 'serve', '--load', 'seed'], {
    cwd: ROOT, env: { ...withoutUserGraph(process.env), PORT: '0', GEOKG_NEO4J_INSTANCE: 'dashboard' }, stdio: ['pipe', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (chunk) => {
      log += chunk;
      const match = /serving at (http:\/\/\S+?)\/? /.exec(log);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`geokg serve exited with ${code} before serving:\n${log}`)));
  });
  return { url, child };
}

/** A deterministic alliance graph: `n` actors in blocs of ~40, each with a few cooperative ties inside
 * its bloc and a few conflictual ties across, positioned by the "server" like `layout: true` would. */
function syntheticAlliances(n: number) {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const types = ['COUNTRY', 'ORGANIZATION', 'PERSON', 'GROUP', 'LOCATION'];
  const blocSize = 40;
  const nodes = Array.from({ length: n }, (_, i) => {
    const bloc = Math.floor(i / blocSize);
    const angle = (bloc / Math.ceil(n / blocSize)) * Math.PI * 2;
    return {
      entity: { id: `S${i}`, name: `Actor ${i}`, type: types[i % 7 === 0 ? 1 : i % 11 === 0 ? 3 : 0] },
      evidenceCount: 1 + Math.floor(rnd() ** 3 * 60), bloc: `bloc-${bloc}`,
      x: Math.cos(angle) * 1000 + (rnd() - 0.5) * 260, y: Math.sin(angle) * 1000 + (rnd() - 0.5) * 260,
    };
  });
  const edges = [];
  // One edge per pair of actors, as the server answers (the first version drew 28 pairs twice).
  const pairs = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 2; k++) {
      const inside = rnd() < 0.7;
      const j = inside ? Math.floor(i / blocSize) * blocSize + Math.floor(rnd() * blocSize) : Math.floor(rnd() * n);
      const weight = inside ? 2 + rnd() * 20 : -(2 + rnd() * 20);
      const pair = `S${Math.min(i, j)}~S${Math.max(i, j)}`;
      if (j === i || j >= n || pairs.has(pair)) continue;
      pairs.add(pair);
      edges.push({
        id: pair, weight, cooperation: Math.max(weight, 0), conflict: Math.max(-weight, 0),
        evidenceCount: 1 + Math.floor(rnd() * 6), mode: rnd() < 0.5 ? 'verbal' : 'material', types: [weight > 0 ? 'AGREE' : 'ACCUSE'],
        firstSeen: '2024-01-01', lastSeen: '2024-12-01', source: { id: `S${i}` }, target: { id: `S${j}` },
      });
    }
  }
  const blocs = Array.from({ length: Math.ceil(n / blocSize) }, (_, b) => ({
    id: `bloc-${b}`, label: `Bloc ${b}`, members: nodes.slice(b * blocSize, (b + 1) * blocSize).map((x) => ({ id: x.entity.id })),
  }));
  return { nodes, edges, blocs, memberships: blocs.slice(0, 8).map((b) => ({ ...b, organization: null })), weights: [{ type: 'AGREE', weight: 4, mode: 'verbal' }, { type: 'ACCUSE', weight: -2, mode: 'verbal' }] };
}

/** Answers the page's GraphQL from the synthetic graph; filters by minimum evidence like the server: the
 * pairs below it go, and with them the actors left without any pair. */
async function serveSynthetic(page: Page, graph: ReturnType<typeof syntheticAlliances>) {
  await page.route('**/graphql', async (route) => {
    const { query, variables } = JSON.parse(route.request().postData() ?? '{}');
    const name = /query (\w+)/.exec(query)?.[1];
    const min = variables?.minEvidence ?? 1;
    const edges = graph.edges.filter((e) => e.evidenceCount >= min);
    const ends = new Set(edges.flatMap((e) => [e.source.id, e.target.id]));
    const data: Record<string, unknown> = {
      Status: { health: { ok: true, graph: true }, stats: { articles: 5000, entities: graph.nodes.length, claims: 40000, relations: graph.edges.length } },
      Stats: { stats: { articles: 5000, entities: graph.nodes.length, claims: 40000, relations: graph.edges.length } },
      Alliances: { alliances: { ...graph, nodes: graph.nodes.filter((n) => ends.has(n.entity.id)), edges } },
      Entity: { entity: { id: variables?.id, name: `Actor ${String(variables?.id).slice(1)}`, type: 'COUNTRY', aliases: [], role: null, iso2: null, mentionCount: 3, wikidata: null, officeHolders: [], affiliations: [], counterparts: [], timeline: [] } },
    };
    return route.fulfill({ json: { data: data[name ?? ''] ?? null } });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const settledStatus = (page: Page) => page.waitForFunction(() => ['ready', 'empty', 'nomatch', 'error'].includes(document.body.dataset.status ?? ''), null, { timeout: 60_000 });
const nextFrames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Installed in every page: remembers when the last user input happened (the event's own timestamp) and
 * measures from it to the first frame that starts after the page shows the result. Passed as text: tsx
 * would wrap named inner functions in a helper the page does not have. */
// window.__geokgTest asks the dashboard for its test hooks (window.geokg: first-render time, map geometry).
const TIMING_SCRIPT = `(() => {
  Object.defineProperty(window, '__geokgTest', { value: true });
  let input = null;
  for (const type of ['mouseup', 'keydown', 'change']) addEventListener(type, (e) => { input = e.timeStamp; }, { capture: true });
  Object.defineProperty(window, '__bench', { value: {
    reset() { input = null; },
    // Polled once per frame; once true, the frame after the next one has started means the change is painted.
    after(predicate) {
      return new Promise((resolve) => {
        const tick = () => (input !== null && predicate() ? requestAnimationFrame(() => resolve(performance.now() - input)) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
    },
  } });
})()`;

/** Starts watching in the page before the input is sent, so the round trip to Node is never counted. */
async function timeInteraction(page: Page, predicates: string[], act: () => Promise<unknown>): Promise<number[]> {
  await page.evaluate('window.__bench.reset()');
  if (process.env.BENCH_DEBUG) console.error('waiting for', predicates.join(' | '));
  const watches = predicates.map((p) => page.evaluate(`window.__bench.after(() => (${p}))`) as Promise<number>);
  await act();
  // A click that misses its target would otherwise wait for ever: fail naming what never became true.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`dashboard bench: no result within ${INTERACTION_TIMEOUT_MS} ms; waited for ${predicates.join(' and ')}`)), INTERACTION_TIMEOUT_MS);
  });
  try {
    return await Promise.race([Promise.all(watches), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Serves the dashboard's own files as they were at a git revision, so two versions run side by side. */
async function serveRevision(page: Page, url: string, revision: string) {
  const origin = new URL(url).origin;
  await page.route((u) => u.origin === origin && (u.pathname === '/' || u.pathname.startsWith('/dashboard/')), async (route) => {
    const pathname = new URL(route.request().url()).pathname;
    const name = pathname === '/' ? 'index.html' : pathname.slice('/dashboard/'.length);
    // The dashboard moved from src/serve/dashboard to src/dashboard; older revisions have it at the old place.
    let body: Buffer | undefined;
    for (const dir of ['src/dashboard', 'src/serve/dashboard']) {
      try {
        body = execFileSync('git', ['show', `${revision}:${dir}/${name}`], { cwd: ROOT, maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'ignore'] });
        break;
      } catch { /* not at this place in that revision */ }
    }
    if (!body) return route.fulfill({ status: 404, body: `not in ${revision}: ${name}` });
    const response = await route.fetch();
    if (response.ok()) return route.fulfill({ response, body, headers: { ...response.headers(), etag: '', 'content-length': String(body.length) } });
    // A file the working tree no longer has (renamed or removed): served with the type its name implies.
    const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };
    return route.fulfill({ status: 200, body, contentType: `${types[path.extname(name)] ?? 'application/octet-stream'}; charset=utf-8` });
  });
}

async function newPage(context: BrowserContext, url: string, revision: string | null): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(TIMING_SCRIPT);
  if (revision) await serveRevision(page, url, revision);
  return page;
}

async function firstRender(context: BrowserContext, url: string, revision: string | null): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < SEED_RUNS; run++) {
    const page = await newPage(context, url, revision);
    await page.goto(`${url}/`);
    await settledStatus(page);
    await page.waitForFunction(() => (window as any).geokg.firstRenderMs !== null);
    times.push(await page.evaluate(() => (window as any).geokg.firstRenderMs));
    await page.close();
  }
  return times;
}

async function largeGraph(context: BrowserContext, url: string, revision: string | null) {
  const graph = syntheticAlliances(2000);
  const page = await newPage(context, url, revision);
  await serveSynthetic(page, graph);
  await page.goto(`${url}/`);
  await settledStatus(page);
  await page.waitForFunction(() => (window as any).geokg.firstRenderMs !== null);
  const render = await page.evaluate(() => (window as any).geokg.firstRenderMs as number);
  const counts = await page.evaluate(() => (window as any).geokg.counts);
  const layout = await page.evaluate(() => (window as any).geokg.layout);

  const highlight: number[] = [];
  const panel: number[] = [];
  for (const id of ['S10', 'S515', 'S1210', 'S1999', 'S77']) {
    // Zoom in on the actor first: at full view 2,000 actors are a few pixels wide.
    await page.click('#fit');
    await nextFrames(page);
    let at = await page.evaluate((x) => (window as any).geokg.positionOf(x), id);
    await page.mouse.move(at.x, at.y);
    for (let k = 0; k < 8; k++) await page.mouse.wheel(0, -300);
    await page.waitForTimeout(300);
    at = await page.evaluate((x) => (window as any).geokg.positionOf(x), id);
    const previous = JSON.stringify(await page.evaluate(() => (window as any).geokg.state.focus));
    // Actors overlap in dense blocs; whichever one is on top counts, as for a user. The map counts as
    // highlighted when it says so (`highlighted`, where the page reports it) for the newly focused actor.
    const focused = `window.geokg.state.focus && window.geokg.state.focus !== ${previous}`;
    const [map, side] = await timeInteraction(page, [
      `${focused} && (!('highlighted' in window.geokg) || window.geokg.highlighted === window.geokg.state.focus)`,
      `${focused} && document.querySelector('[data-panel="entity"]')?.dataset.entity === window.geokg.state.focus`,
    ], () => page.mouse.click(at.x, at.y));
    highlight.push(map!);
    panel.push(side!);
  }

  // An edge: on a big map Cytoscape no longer hit-tests edges, so this also checks that edges stay clickable.
  const edgeClicks: number[] = [];
  // One tie inside a bloc and one conflict across the ring, whose middle lies in open space.
  for (const pair of [graph.edges[101]!.id, graph.edges.filter((e) => e.weight < 0)[300]!.id]) {
    await page.click('#fit');
    await nextFrames(page);
    let at = await page.evaluate((x) => (window as any).geokg.positionOf(x), pair);
    await page.mouse.move(at.x, at.y);
    for (let k = 0; k < 8; k++) await page.mouse.wheel(0, -300);
    await page.waitForTimeout(300);
    at = await page.evaluate((x) => (window as any).geokg.positionOf(x), pair);
    const [map] = await timeInteraction(page, [`window.geokg.state.edge !== ''`], () => page.mouse.click(at.x, at.y));
    const picked = await page.evaluate(() => (window as any).geokg.state.edge);
    if (!picked) throw new Error(`clicking the middle of edge ${pair} selected nothing`);
    edgeClicks.push(map!);
    await page.keyboard.press('Escape');
  }

  const filter: number[] = [];
  for (const min of MIN_STEPS) {
    const before = JSON.stringify(await page.evaluate(() => document.body.dataset.edges));
    await page.fill('#f-min', min);
    const [drawn] = await timeInteraction(page, [`document.body.dataset.edges !== ${before}`], () => page.dispatchEvent('#f-min', 'change'));
    filter.push(drawn!);
    await page.waitForTimeout(200);
  }

  // Zoom: frames drawn while the wheel turns, as frames per second.
  await page.click('#fit');
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const frames = page.evaluate(`new Promise((resolve) => {
    let n = 0;
    const start = performance.now();
    const tick = () => (performance.now() - start < 2000 ? (n++, requestAnimationFrame(tick)) : resolve(n / 2));
    requestAnimationFrame(tick);
  })`) as Promise<number>;
  for (let k = 0; k < 20; k++) {
    await page.mouse.wheel(0, k < 10 ? -120 : 120);
    await page.waitForTimeout(80);
  }
  const fps = await frames;
  await page.close();
  return { render, counts, layout, highlight, panel, edgeClicks, filter, fps };
}

/** The figures as a Markdown table, one column per version. */
function readmeTable(results: any[], steps: string[], about: string): string {
  const list = (values: number[]) => `${median(values).toFixed(0)} (${values.map((v) => v.toFixed(0)).join(', ')})`;
  const r0 = results[0];
  const rows: Array<Array<string>> = [
    ['seed corpus, first render', ...results.map((r) => list(r.seed))],
    [`synthetic graph (${r0.counts.nodes} actors, ${r0.counts.edges} edges), first render`, ...results.map((r) => r.render.toFixed(0))],
    ['click actor → map highlighted', ...results.map((r) => list(r.highlight))],
    ['click actor → side panel filled', ...results.map((r) => list(r.panel))],
    ['click edge → map highlighted', ...results.map((r) => list(r.edgeClicks))],
    ...steps.map((step, i) => [`min evidence ${step}`, ...results.map((r) => r.filter[i].toFixed(0))]),
    ['zooming, frames/s', ...results.map((r) => r.fps.toFixed(0))],
  ];
  return `Measured ${about}: ms from the input event to the first frame after the page shows the result, median (each run).\n\n${table(['interaction', ...results.map((r) => r.name)], rows)}`;
}

/** The revision to compare with: the first argument, or HEAD when the dashboard differs from it. */
function baselineRevision(): string | null {
  const asked = process.argv[2];
  if (asked) return asked === 'none' ? null : asked;
  try {
    execFileSync('git', ['diff', '--quiet', 'HEAD', '--', 'src/dashboard'], { cwd: ROOT });
    return null;
  } catch {
    return 'HEAD';
  }
}

async function main() {
  const baseline = baselineRevision();
  const { url, child } = await startServer();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? 'chromium', headless: true, viewport: { width: 1440, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const variants: Array<[string, string | null]> = baseline ? [[baseline, baseline], ['working tree', null]] : [['working tree', null]];
    const results = [];
    // Alternated, so a burst of load on the shared machine does not land on one version only.
    for (const [name, revision] of variants) results.push({ name, seed: await firstRender(context, url, revision) });
    for (const [i, [, revision]] of variants.entries()) Object.assign(results[i]!, await largeGraph(context, url, revision));
    const ms = (values: number[]) => `median ${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(', ')})`;
    const about = `headless Chromium, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 10)}`;
    console.log(`Dashboard, ${about}; times run from the input event to the first frame after the page shows the result`);
    const steps = MIN_STEPS.map((min, i) => `${i ? MIN_STEPS[i - 1] : '1'} → ${min}`);
    for (const r of results as any[]) {
      console.log(`${r.name}:`);
      console.log(`  seed corpus, first render (navigation → map drawn): ${ms(r.seed)}`);
      console.log(`  synthetic graph: ${r.counts.nodes} actors, ${r.counts.edges} edges, ${r.layout} layout, first render ${r.render.toFixed(0)} ms`);
      console.log(`  click actor → map highlighted and painted: ${ms(r.highlight)}`);
      console.log(`  click actor → side panel filled and painted: ${ms(r.panel)}`);
      console.log(`  click edge → map highlighted and painted: ${ms(r.edgeClicks)}`);
      console.log(`  change min evidence → map redrawn and painted: ${ms(r.filter)}; per step ${steps.map((step, i) => `${step}: ${r.filter[i].toFixed(0)} ms`).join(', ')}`);
      console.log(`  zooming: ${r.fps.toFixed(0)} frames/s`);
    }
    if (!process.env.BENCH_NO_README) writeReadmeSection('dashboard', readmeTable(results as any[], steps, about));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    child?.kill('SIGTERM');
  }
}

await main();
