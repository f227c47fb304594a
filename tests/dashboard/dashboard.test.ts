// The dashboard in a real browser against the real server and Neo4j, on the seed corpus. One browser and
// one seeded server for the file; each test opens its own page and sets up what it reads, so any test runs
// alone (-t). Waits on a GraphQL round trip carry explicit timeouts: the suite runs on a busy 2-core machine.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gql, startTestServer, TEST_API_KEY, type TestServer } from '../support/testServer.ts';
import { describeInBrowser, guardedPage, launchBrowser, screenshot, settled, type Browser, type GuardedPage } from './browser.ts';

const AGREEMENT = 'unterzeichneten beide Länder im Juni ein Abkommen über eine strategische Partnerschaft';
/** The longest a GraphQL round trip (and the paint after it) may take before a wait fails. */
const ROUND_TRIP = { timeout: 15_000 };

declare global {
  interface Window {
    geokg: {
      status: string;
      counts: { nodes: number; edges: number };
      state: { focus: string; edge: string; since: string; compare: string[] };
      lastUpdated: string | null;
      layout: string;
      highlighted: string;
      positionOf(id: string): { x: number; y: number } | null;
    };
  }
}

describeInBrowser('dashboard on the seed corpus', () => {
  let server: TestServer;
  let browser: Browser;
  let guard: GuardedPage;
  let russia: string;
  let northKorea: string;
  let pair: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ seed: true }), launchBrowser()]);
    const ids = await gql(server, '{ ru: entity(name: "Russia") { id } nk: entity(name: "North Korea") { id } alliances { edges { id source { id } target { id } } } }');
    russia = ids.data.ru.id;
    northKorea = ids.data.nk.id;
    pair = ids.data.alliances.edges.find((e: any) => [e.source.id, e.target.id].sort().join() === [russia, northKorea].sort().join()).id;
  });
  afterAll(async () => {
    await guard?.page.close();
    await browser?.close();
    await server?.close();
  });

  async function fresh() {
    await guard?.page.close();
    guard = await guardedPage(browser, server.url);
  }

  async function open(query = '') {
    await fresh();
    await guard.page.goto(`${server.url}/${query}`);
    return settled(guard.page);
  }

  test('serves the page with a strict policy and renders the seed actors', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    expect(await open()).toBe('ready');
    const counts = await guard.page.evaluate(() => window.geokg.counts);
    expect(counts.nodes).toBeGreaterThan(20);
    expect(counts.edges).toBeGreaterThan(20);
    expect(await guard.page.evaluate((ids) => ids.map((id) => window.geokg.positionOf(id)), [russia, northKorea])).not.toContain(null);
    await expect.poll(() => guard.page.locator('#stat-articles').textContent(), ROUND_TRIP).toBe('41');
    await screenshot(guard.page, 'dashboard-seed');
    expect(guard.foreign).toEqual([]);
    expect(await guard.cspViolations()).toEqual([]);
    expect(guard.errors).toEqual([]);
  });

  test('searching "Nordkorea" focuses North Korea and opens its panel', async () => {
    await open();
    await guard.page.fill('#search-input', 'Nordkorea');
    await guard.page.press('#search-input', 'Enter');
    await guard.page.waitForFunction((id) => window.geokg.state.focus === id, northKorea, ROUND_TRIP);
    await expect.poll(() => guard.page.locator('[data-panel="entity"] h2').textContent(), ROUND_TRIP).toBe('North Korea');
    expect(guard.page.url()).toContain(`focus=${northKorea}`);
    await expect.poll(() => guard.page.locator('[data-panel="entity"] svg.timeline').count(), ROUND_TRIP).toBe(1);
    await screenshot(guard.page, 'dashboard-focus-north-korea');
  });

  test('clicking the Russia–North Korea edge shows the agreement with its evidence sentence', async () => {
    await open();
    const at = await guard.page.evaluate((id) => window.geokg.positionOf(id), pair);
    expect(at).not.toBeNull();
    await guard.page.mouse.click(at!.x, at!.y);
    await guard.page.waitForFunction((id) => window.geokg.state.edge === id, pair);
    const panel = guard.page.locator('[data-panel="edge"]');
    await expect.poll(() => panel.locator('.claims').textContent(), ROUND_TRIP).toContain(AGREEMENT);
    const agreement = panel.locator('.claim', { hasText: AGREEMENT }).first();
    expect(await agreement.locator('.badge.type').textContent()).toBe('Agree');
    await screenshot(guard.page, 'dashboard-edge-russia-north-korea');
  });

  test('a shared link restores the view: filters, bloc mode, table view and the selected edge', async () => {
    expect(await open(`?min=2&blocs=inferred&edge=${encodeURIComponent(pair)}&view=table`)).toBe('ready');
    await expect.poll(() => guard.page.locator('[data-panel="edge"] .claims').textContent(), ROUND_TRIP).toContain(AGREEMENT);
    expect(await guard.page.inputValue('#f-min')).toBe('2');
    expect(await guard.page.inputValue('#f-blocs')).toBe('inferred');
    expect(await guard.page.locator('#table-view').isVisible()).toBe(true);
    expect(await guard.page.locator('#table-view tr.selected').count()).toBe(1);
  });

  test('a time filter removes edges, and the table lists the same edges as the map', async () => {
    await open();
    const before = await guard.page.evaluate(() => window.geokg.counts.edges);
    await guard.page.fill('#f-since', '2025-01-01');
    await guard.page.dispatchEvent('#f-since', 'change');
    await guard.page.waitForFunction((n) => window.geokg.counts.edges < n && document.body.dataset.status !== 'loading', before, ROUND_TRIP);
    expect(guard.page.url()).toContain('since=2025-01-01');
    const after = await guard.page.evaluate(() => window.geokg.counts.edges);
    expect(after).toBeLessThan(before);
    await guard.page.click('#view-table');
    expect(await guard.page.locator('#table-view tbody tr').count()).toBe(after);
    await screenshot(guard.page, 'dashboard-table-since-2025');
  });

  test('raising the minimum evidence removes thin edges at once, the server then drops actors left without edges, and lowering it brings all back', async () => {
    const answer = async (min: number) => (await gql(server, 'query($min: Int) { alliances(minEvidence: $min) { nodes { entity { id } } edges { id evidenceCount } } }', { min })).data.alliances;
    const [all, strong] = await Promise.all([answer(1), answer(2)]);
    const thin = all.edges.find((e: any) => e.evidenceCount === 1).id;
    expect(strong.edges.length).toBeLessThan(all.edges.length);
    expect(strong.nodes.length).toBeLessThan(all.nodes.length);
    expect(await open()).toBe('ready');
    expect(await guard.page.evaluate(() => window.geokg.counts)).toEqual({ nodes: all.nodes.length, edges: all.edges.length });
    expect(await guard.page.evaluate((id) => window.geokg.positionOf(id), thin)).not.toBeNull();

    // The server's answers are held back: what the map shows first comes from the page alone.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await guard.page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query Alliances')) await held;
      return route.fallback();
    });
    const setMin = async (min: string) => {
      await guard.page.fill('#f-min', min);
      await guard.page.dispatchEvent('#f-min', 'change');
    };
    await setMin('2');
    await guard.page.waitForFunction((n) => window.geokg.counts.edges === n, strong.edges.length, { timeout: 5_000 });
    expect(await guard.page.evaluate((id) => window.geokg.positionOf(id), thin)).toBeNull();
    expect(await guard.page.locator('#view-count').textContent()).toContain(`${strong.edges.length} pairs`);
    expect(guard.page.url()).toContain('min=2');

    release();
    await guard.page.waitForFunction((n) => window.geokg.counts.nodes === n, strong.nodes.length, ROUND_TRIP);
    expect(await guard.page.evaluate(() => window.geokg.counts.edges)).toBe(strong.edges.length);
    await guard.page.click('#view-table');
    expect(await guard.page.locator('#table-view tbody tr').count()).toBe(strong.edges.length);
    await guard.page.click('#view-map');

    await setMin('1');
    await guard.page.waitForFunction((n) => window.geokg.counts.edges === n, all.edges.length, { timeout: 5_000 });
    await guard.page.waitForFunction((n) => window.geokg.counts.nodes === n, all.nodes.length, ROUND_TRIP);
    expect(await guard.page.evaluate((id) => window.geokg.positionOf(id), thin)).not.toBeNull();
    expect(guard.page.url()).not.toContain('min=');
    expect(guard.errors).toEqual([]);
  });

  test('comparing two actors draws their dyad timeline', async () => {
    await open(`?compare=${russia},${northKorea}`);
    const panel = guard.page.locator('[data-panel="dyad"]');
    await expect.poll(() => panel.locator('h2').textContent(), ROUND_TRIP).toBe('Russia ⇄ North Korea');
    expect(await panel.locator('svg.timeline rect').count()).toBeGreaterThan(0);
    await screenshot(guard.page, 'dashboard-dyad');
  });

  test('exports the view as JSON, GraphML and PNG', async () => {
    await open();
    const counts = await guard.page.evaluate(() => window.geokg.counts);
    const read = async (button: string) => {
      const [download] = await Promise.all([guard.page.waitForEvent('download'), guard.page.click(button)]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
    };
    const json = await read('#export-json');
    const parsed = JSON.parse(json.body.toString('utf8'));
    expect([parsed.nodes.length, parsed.edges.length]).toEqual([counts.nodes, counts.edges]);
    const graphml = await read('#export-graphml');
    expect(graphml.name).toMatch(/\.graphml$/);
    expect(graphml.body.toString('utf8').match(/<edge /g)?.length).toBe(counts.edges);
    const png = await read('#export-png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  test('an article ingested while the page is open appears without a reload', async () => {
    await open();
    const before = Number(await guard.page.locator('#stat-articles').textContent());
    const ingest = await gql(server, `mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }`, {
      input: {
        title: 'Brazil and France sign a defence agreement',
        text: 'Brazil and France signed a defence cooperation agreement in Brasília on 3 March 2025. Brazil also accused Venezuela of border violations.',
        publishedAt: '2025-03-03T10:00:00Z', language: 'en',
      },
    }, { authorization: `Bearer ${TEST_API_KEY}` });
    expect(ingest.errors).toBeUndefined();
    try {
      // The page polls every 5 s, then reloads the map: one poll and two round trips.
      await expect.poll(() => guard.page.locator('#stat-articles').textContent(), { timeout: 20_000, interval: 500 }).toBe(String(before + 1));
      const brazil = await gql(server, '{ entity(name: "Brazil") { id } }');
      await guard.page.waitForFunction((id) => window.geokg.positionOf(id) !== null, brazil.data.entity.id, ROUND_TRIP);
      expect(await guard.page.locator('#live-status').textContent()).toMatch(/updated \d\d:\d\d:\d\d/);
    } finally {
      // The other tests read the seed corpus as it is.
      const removed = await gql(server, 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: ingest.data.ingestArticle.article.id }, { authorization: `Bearer ${TEST_API_KEY}` });
      expect(removed.errors).toBeUndefined();
    }
  }, 60_000);

  test('shows the error state when the API is unreachable, and recovers', async () => {
    await fresh();
    await guard.page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await guard.page.goto(`${server.url}/`);
    expect(await settled(guard.page)).toBe('error');
    expect(await guard.page.locator('#state-overlay').textContent()).toContain('API unreachable');
    await screenshot(guard.page, 'dashboard-api-down');
    await guard.page.unroute('**/graphql');
    await guard.page.click('#state-overlay button');
    await guard.page.waitForFunction(() => document.body.dataset.status === 'ready', null, ROUND_TRIP);
  });

  // "Graph unavailable" is shown on a real outage in graphDown.test.ts: a Neo4j of its own, stopped and restarted.

  test('shows how to load data when the graph is empty', async () => {
    await fresh();
    await guard.page.route('**/graphql', (route) => route.fulfill({
      json: { data: { health: { ok: true, graph: true }, stats: { articles: 0, entities: 0, claims: 0, relations: 0 } } },
    }));
    await guard.page.goto(`${server.url}/`);
    expect(await settled(guard.page)).toBe('empty');
    expect(await guard.page.locator('#state-overlay').textContent()).toContain('geokg load seed/');
    await screenshot(guard.page, 'dashboard-empty');
  });

  test('inserts article text as text: markup in evidence and titles stays inert', async () => {
    await fresh();
    const hostile = '<img src=x onerror="window.__owned=1"><b>bold</b>';
    // Real answers, with hostile strings planted in every claim, as a malicious article would produce.
    await guard.page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('PairClaims')) return route.fallback();
      const response = await route.fetch();
      const body = await response.json();
      for (const edge of body.data.relations.edges) {
        for (const claim of edge.node.claims) {
          claim.evidence = `${hostile} ${claim.evidence}`;
          claim.article.title = hostile;
          claim.article.url = 'javascript:alert(1)';
        }
      }
      return route.fulfill({ response, json: body });
    });
    await guard.page.goto(`${server.url}/?edge=${encodeURIComponent(pair)}`);
    await settled(guard.page);
    const panel = guard.page.locator('[data-panel="edge"]');
    await expect.poll(() => panel.locator('.claims').textContent(), ROUND_TRIP).toContain(hostile);
    expect(await panel.locator('img, b').count()).toBe(0);
    expect(await panel.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await guard.page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
  });

  /** A big map served in place of the API: `n` actors on a ring (above the 300 where the map switches to
   * big-map mode), laid out as the server would, of `actorEvidence` each, and `edges` between them; the
   * minimum evidence filters the edges as the server does. */
  async function serveRing(n: number, actorEvidence: number, edges: ReturnType<typeof ringEdge>[]) {
    const nodes = Array.from({ length: n }, (_, i) => ({
      entity: { id: `B${i}`, name: `Actor ${i}`, type: 'COUNTRY' }, evidenceCount: actorEvidence, bloc: null,
      x: Math.cos((i / n) * 2 * Math.PI) * 1000, y: Math.sin((i / n) * 2 * Math.PI) * 1000,
    }));
    const stats = { articles: 1, entities: n, claims: n, relations: edges.length };
    await guard.page.route('**/graphql', (route) => {
      const { query, variables } = JSON.parse(route.request().postData() ?? '{}');
      const name = /query (\w+)/.exec(query)?.[1];
      const kept = edges.filter((e) => e.evidenceCount >= (variables?.minEvidence ?? 1));
      const data: Record<string, unknown> = {
        Status: { health: { ok: true, graph: true }, stats },
        Stats: { stats },
        Alliances: { alliances: { nodes, edges: kept, blocs: [], memberships: [], weights: [] } },
        PairClaims: { relations: { edges: [] } },
      };
      return route.fulfill({ json: { data: data[name ?? ''] ?? { entity: null } } });
    });
  }

  /** An edge between ring actors `a` and `b`: cooperation for a positive weight, conflict for a negative one. */
  function ringEdge(a: number, b: number, evidenceCount: number, weight: number, mode: string) {
    return {
      id: `B${a}~B${b}`, weight, cooperation: Math.max(weight, 0), conflict: Math.max(-weight, 0), evidenceCount, mode,
      types: [weight > 0 ? 'COOPERATE' : 'ACCUSE'], firstSeen: '2024-01-01', lastSeen: '2024-02-01', source: { id: `B${a}` }, target: { id: `B${b}` },
    };
  }

  test('on a big map (server layout, edges not hit-tested by Cytoscape) actors and edges stay clickable', async () => {
    await fresh();
    // Each actor tied to the next, and one chord across empty space, whose middle is far from every actor.
    const n = 320;
    const tie = (a: number, b: number) => ringEdge(a, b, 2, 3, 'material');
    await serveRing(n, 2, [...Array.from({ length: n }, (_, i) => tie(i, (i + 1) % n)), tie(0, 40)]);
    await guard.page.goto(`${server.url}/`);
    expect(await settled(guard.page)).toBe('ready');
    expect(await guard.page.evaluate(() => window.geokg.layout)).toBe('preset');

    const chord = await guard.page.evaluate(() => window.geokg.positionOf('B0~B40'));
    await guard.page.mouse.click(chord!.x, chord!.y);
    await guard.page.waitForFunction(() => window.geokg.state.edge === 'B0~B40');

    const actor = await guard.page.evaluate(() => window.geokg.positionOf('B200'));
    await guard.page.mouse.click(actor!.x, actor!.y);
    // Neighbours on the ring overlap: whichever actor is drawn on top is the one clicked.
    await guard.page.waitForFunction(() => /^B(199|200|201)$/.test(window.geokg.state.focus) && window.geokg.highlighted === window.geokg.state.focus);
    expect(guard.errors).toEqual([]);
  });

  /** How orange (the conflict colour) the screen is at points along the line from a to b (page
   * coordinates, t from 0.3 to 0.7, away from the actors at its ends): for each point, the largest
   * red-minus-blue within a pixel of it. */
  async function conflictAlong(a: { x: number; y: number }, b: { x: number; y: number }): Promise<number[]> {
    const png = await guard.page.screenshot();
    return guard.page.evaluate(async ({ bytes, a, b }) => {
      const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const scale = image.width / innerWidth;
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) * scale * 0.4);
      return Array.from({ length: steps }, (_, i) => {
        const t = 0.3 + (0.4 * i) / steps;
        const x = Math.round((a.x + t * (b.x - a.x)) * scale);
        const y = Math.round((a.y + t * (b.y - a.y)) * scale);
        const px = ctx.getImageData(x - 1, y - 1, 3, 3).data;
        let most = -255;
        for (let k = 0; k < px.length; k += 4) most = Math.max(most, px[k]! - px[k + 2]!);
        return most;
      });
    }, { bytes: [...png], a, b });
  }

  test('on a big map, verbal conflict is drawn dashed and orange, and raising the minimum evidence takes thin edges off the map', async () => {
    await fresh();
    // Actors tied to their neighbours by strong material cooperation, and one thin verbal conflict as a
    // chord across the empty middle.
    const n = 320;
    await serveRing(n, 3, [...Array.from({ length: n }, (_, i) => ringEdge(i, (i + 1) % n, 3, 6, 'material')), ringEdge(0, 40, 1, -2.5, 'verbal')]);
    await guard.page.goto(`${server.url}/`);
    expect(await settled(guard.page)).toBe('ready');
    const [a, b] = await guard.page.evaluate(() => [window.geokg.positionOf('B0'), window.geokg.positionOf('B40')]);

    // Dashed: along the chord, orange dashes with gaps of the map's background between them.
    const chord = await conflictAlong(a!, b!);
    expect(chord.filter((v) => v > 60).length).toBeGreaterThan(chord.length / 2);
    const gaps = chord.filter((v, i) => v < 20 && (i === 0 || chord[i - 1]! >= 20)).length;
    expect(gaps).toBeGreaterThanOrEqual(5);

    await guard.page.fill('#f-min', '2');
    await guard.page.dispatchEvent('#f-min', 'change');
    await guard.page.waitForFunction((count) => window.geokg.counts.edges === count, n, { timeout: 5_000 });
    await guard.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(Math.max(...(await conflictAlong(a!, b!)))).toBeLessThan(20);
    expect(guard.errors).toEqual([]);
  });

  test('marks denied and feared claims distinctly, in text as well as style', async () => {
    await open(`?edge=${encodeURIComponent(pair)}`);
    const denied = guard.page.locator('[data-panel="edge"] .claim[data-polarity="NEGATED"]').first();
    await denied.waitFor(ROUND_TRIP);
    expect(await denied.locator('.badge.polarity').textContent()).toBe('denied');
    expect(await denied.locator('.evidence').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
  });
  /** The server's answer for these filters: the actors and pairs the map must show. */
  async function answerFor(variables: Record<string, unknown>) {
    const result = await gql(server, `query($since: Date, $until: Date, $types: [RelationType!], $assertedOnly: Boolean, $min: Int) {
      alliances(since: $since, until: $until, types: $types, assertedOnly: $assertedOnly, minEvidence: $min) { nodes { entity { id } } edges { id types } } }`, variables);
    expect(result.errors).toBeUndefined();
    return { nodes: result.data.alliances.nodes.map((n: any) => n.entity.id) as string[], edges: result.data.alliances.edges as Array<{ id: string; types: string[] }> };
  }

  type Answer = Awaited<ReturnType<typeof answerFor>>;

  /** Which of these actors or pairs are drawn on the map now. */
  const drawn = (ids: string[]) => guard.page.evaluate((list) => list.map((id) => window.geokg.positionOf(id) !== null), ids);

  async function waitForMap(answer: Answer) {
    await guard.page.waitForFunction(({ nodes, edges }) => document.body.dataset.status === 'ready'
      && window.geokg.counts.nodes === nodes && window.geokg.counts.edges === edges, { nodes: answer.nodes.length, edges: answer.edges.length }, ROUND_TRIP);
  }

  /** Opens the full map, applies a filter change and checks the map against the server's answer: a pair
   * only the full map has is gone, one the narrowed answer keeps is still drawn, and the table agrees. */
  async function expectNarrowed(change: () => Promise<void>, narrowed: Answer, kept = narrowed.edges[0]!.id) {
    const all = await answerFor({});
    const removed = all.edges.find((e) => !narrowed.edges.some((n) => n.id === e.id))!.id;
    expect(narrowed.edges.length).toBeLessThan(all.edges.length);
    expect(await open()).toBe('ready');
    await waitForMap(all);
    expect(await drawn([removed, kept])).toEqual([true, true]);
    await change();
    await waitForMap(narrowed);
    expect(await drawn([removed, kept])).toEqual([false, true]);
    await guard.page.click('#view-table');
    expect(await guard.page.locator('#table-view tbody tr').count()).toBe(narrowed.edges.length);
    expect(await guard.page.locator(`#table-view tr[data-edge="${removed}"]`).count()).toBe(0);
    expect(await guard.page.locator(`#table-view tr[data-edge="${kept}"]`).count()).toBe(1);
    expect(guard.errors).toEqual([]);
  }

  test('an "until" date takes later pairs off the map and keeps earlier ones', async () => {
    const narrowed = await answerFor({ until: '2023-12-31' });
    await expectNarrowed(async () => {
      await guard.page.fill('#f-until', '2023-12-31');
      await guard.page.dispatchEvent('#f-until', 'change');
    }, narrowed);
    expect(guard.page.url()).toContain('until=2023-12-31');
  });

  test('unticking a relation type removes pairs that only have that type and keeps pairs with others too', async () => {
    const others = ['AGREE', 'COOPERATE', 'SUPPORT', 'CONSULT', 'REQUEST', 'REJECT', 'PROTEST', 'THREATEN', 'MOBILIZE', 'SANCTION', 'ASSAULT'];
    const [all, narrowed] = await Promise.all([answerFor({}), answerFor({ types: others })]);
    // Kept: a pair with an accusation among other types (Russia and the UK: accuse, threaten).
    const mixed = all.edges.find((e) => e.types.includes('ACCUSE') && e.types.length > 1 && narrowed.edges.some((n) => n.id === e.id))!;
    expect(all.edges.some((e) => e.types.join() === 'ACCUSE' && !narrowed.edges.some((n) => n.id === e.id))).toBe(true);
    await expectNarrowed(() => guard.page.uncheck('#f-types input[value="ACCUSE"]'), narrowed, mixed.id);
    expect(new URL(guard.page.url()).searchParams.get('types')).toBe(others.join(','));
  });

  test('"stated claims only" removes pairs known only from denied or feared claims', async () => {
    const narrowed = await answerFor({ assertedOnly: true });
    await expectNarrowed(() => guard.page.check('#f-asserted'), narrowed);
    expect(guard.page.url()).toContain('asserted=1');
  });

  test('"Reset filters" brings back the full map and clears the controls and the address', async () => {
    const [all, narrowed] = await Promise.all([answerFor({}), answerFor({ until: '2023-12-31', types: ['AGREE', 'COOPERATE', 'ACCUSE'], assertedOnly: true, min: 2 })]);
    expect(await open('?until=2023-12-31&types=AGREE,COOPERATE,ACCUSE&asserted=1&min=2')).toBe('ready');
    await waitForMap(narrowed);
    const gone = all.edges.find((e) => !narrowed.edges.some((n) => n.id === e.id))!.id;
    const kept = narrowed.edges[0]!.id;
    expect(await drawn([gone, kept])).toEqual([false, true]);
    expect(await guard.page.locator('#f-types input:checked').count()).toBe(3);

    await guard.page.click('#f-reset');
    await waitForMap(all);
    expect(await drawn([gone, kept])).toEqual([true, true]);
    expect(new URL(guard.page.url()).search).toBe('');
    expect(await guard.page.inputValue('#f-until')).toBe('');
    expect(await guard.page.inputValue('#f-min')).toBe('1');
    expect(await guard.page.isChecked('#f-asserted')).toBe(false);
    expect(await guard.page.locator('#f-types input:checked').count()).toBe(12);
    expect(await guard.page.locator('#view-count').textContent()).toBe(`${all.nodes.length} actors · ${all.edges.length} pairs`);
  });

  test('typing part of a German name lists the matching actors; choosing one focuses it', async () => {
    const unitedStates = (await gql(server, '{ entity(name: "United States") { id } }')).data.entity.id;
    expect(await open()).toBe('ready');
    await guard.page.fill('#search-input', 'Vereinigte');
    const list = guard.page.locator('#search-results');
    await expect.poll(() => list.locator('button').allTextContents(), ROUND_TRIP).toEqual(expect.arrayContaining(['United States Country', 'United Kingdom Country']));
    expect(await guard.page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    expect(await list.locator('button', { hasText: 'Russia' }).count()).toBe(0);

    await list.getByRole('option', { name: /^United States/ }).click();
    await guard.page.waitForFunction((id) => window.geokg.state.focus === id && window.geokg.highlighted === id, unitedStates, ROUND_TRIP);
    await expect.poll(() => guard.page.locator('[data-panel="entity"] h2').textContent(), ROUND_TRIP).toBe('United States');
    expect(await guard.page.inputValue('#search-input')).toBe('United States');
    expect(await list.isHidden()).toBe(true);
    expect(guard.page.url()).toContain(`focus=${unitedStates}`);
  });

  test('"Compare with…" and a second actor from search open the dyad panel with its timeline and relations', async () => {
    expect(await open(`?focus=${russia}`)).toBe('ready');
    const entity = guard.page.locator('[data-panel="entity"]');
    await expect.poll(() => entity.locator('h2').textContent(), ROUND_TRIP).toBe('Russia');
    await entity.getByRole('button', { name: 'Compare with…' }).click();
    expect(await guard.page.locator('#compare-hint').textContent()).toContain('compare with Russia');

    await guard.page.fill('#search-input', 'Nordkorea');
    await guard.page.press('#search-input', 'Enter');
    await guard.page.waitForFunction((ids) => window.geokg.state.compare.join() === ids.join(), [russia, northKorea], ROUND_TRIP);
    const dyad = guard.page.locator('[data-panel="dyad"]');
    await expect.poll(() => dyad.locator('h2').textContent(), ROUND_TRIP).toBe('Russia ⇄ North Korea');
    expect(await guard.page.locator('#compare-hint').isHidden()).toBe(true);
    expect(guard.page.url()).toContain(`compare=${russia},${northKorea}`);
    // Their relations are cooperative on balance (the strategic partnership), month by month.
    expect(await dyad.locator('.panel-head .coop').textContent()).toMatch(/^net \+\d/);
    expect(await dyad.locator('svg.timeline rect').count()).toBeGreaterThan(0);
    const rows = await dyad.locator('table.mini-table tbody tr').allTextContents();
    expect(rows.some((row) => row.startsWith('Russia → North Korea') && row.includes('Agree'))).toBe(true);

    await dyad.getByRole('button', { name: 'Show evidence' }).click();
    await expect.poll(() => guard.page.locator('[data-panel="edge"] .claims').textContent(), ROUND_TRIP).toContain(AGREEMENT);
  });

  /** Painted pixels on the bloc hull layer. */
  const hullPixels = () => guard.page.evaluate(() => {
    const canvas = document.getElementById('hulls') as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });

  test('formal memberships: the legend lists NATO with its members on the map, and its hull is drawn until unticked', async () => {
    const answer = await gql(server, '{ alliances { nodes { entity { id } } memberships { label organization { id } members { id } } } }');
    const present = new Set(answer.data.alliances.nodes.map((n: any) => n.entity.id));
    const nato = answer.data.alliances.memberships.find((m: any) => m.label === 'NATO');
    const natoSize = new Set([...nato.members.map((m: any) => m.id), nato.organization.id].filter((id) => present.has(id))).size;
    expect(await open()).toBe('ready');

    const legend = guard.page.locator('#legend-static');
    for (const item of ['Cooperation, material', 'Cooperation, verbal', 'Conflict, material', 'Conflict, verbal', 'Country', 'Organisation', 'Person']) {
      expect(await legend.textContent()).toContain(item);
    }
    const blocs = guard.page.locator('#legend-blocs');
    expect(await blocs.locator('.legend-title').textContent()).toBe('Memberships');
    const natoEntry = blocs.locator('li', { hasText: /^\s*NATO \(/ });
    expect((await natoEntry.textContent())!.trim()).toBe(`NATO (${natoSize})`);
    expect(await natoEntry.locator('input').isChecked()).toBe(true);

    // Only NATO drawn: its hull paints the layer; unticked, nothing does. (Each tick redraws the legend,
    // so entries are found by their label every time.)
    const entry = (label: string) => blocs.locator('li', { hasText: new RegExp(`^\\s*${label} \\(`) }).locator('input');
    const others = (await blocs.locator('li').allTextContents()).map((t) => t.trim().replace(/ \(\d+\)$/, '')).filter((label) => label !== 'NATO');
    for (const label of others) if (await entry(label).isChecked()) await entry(label).uncheck();
    expect(await blocs.locator('li input:checked').count()).toBe(1);
    await expect.poll(hullPixels, ROUND_TRIP).toBeGreaterThan(500);
    await entry('NATO').uncheck();
    await expect.poll(hullPixels, ROUND_TRIP).toBe(0);

    await guard.page.selectOption('#f-blocs', 'inferred');
    await expect.poll(() => blocs.locator('.legend-title').textContent(), ROUND_TRIP).toBe('Inferred blocs');
    expect(guard.page.url()).toContain('blocs=inferred');
    await guard.page.selectOption('#f-blocs', 'none');
    await expect.poll(() => blocs.textContent(), ROUND_TRIP).toBe('');
    await expect.poll(hullPixels, ROUND_TRIP).toBe(0);
  });

  test('after panning and zooming, "Fit" brings every actor back into view', async () => {
    const ids = (await answerFor({})).nodes;
    expect(await open()).toBe('ready');
    const box = (await guard.page.locator('#map').boundingBox())!;
    const outside = async () => (await guard.page.evaluate((list) => list.map((id) => window.geokg.positionOf(id)!), ids))
      .filter((p) => p.x < box.x - 1 || p.x > box.x + box.width + 1 || p.y < box.y - 1 || p.y > box.y + box.height + 1).length;
    expect(await outside()).toBe(0);

    // Drag the empty corner of the map, then zoom in around the middle.
    await guard.page.mouse.move(box.x + 8, box.y + 8);
    await guard.page.mouse.down();
    await guard.page.mouse.move(box.x + 400, box.y + 350, { steps: 10 });
    await guard.page.mouse.up();
    await guard.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) await guard.page.mouse.wheel(0, -500);
    await expect.poll(outside).toBeGreaterThan(ids.length / 4);

    await guard.page.click('#fit');
    await expect.poll(outside).toBe(0);
    const points = await guard.page.evaluate((list) => list.map((id) => window.geokg.positionOf(id)!), ids);
    const spread = Math.max(
      (Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x))) / box.width,
      (Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y))) / box.height,
    );
    expect(spread).toBeGreaterThan(0.6);
  });
});
