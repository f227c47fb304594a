// Hostile article corpora: hundreds of malformed inputs through the loader and the mutation. Each bad item
// gets a clear error naming it, the good ones are stored, and no article is ever half-written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPaths, type LoadSummary } from '../../src/ingest/loadPaths.ts';
import { gql, startTestServer, TEST_API_KEY, type TestServer } from '../support/testServer.ts';

let server: TestServer;
let dir: string;
const random = (seed: number) => crypto.createHash('sha256').update(String(seed)).digest();

const GOOD = [
  'Russland greift erneut die Ukraine an. Die Ukraine wirft Moskau Kriegsverbrechen vor.',
  'The United States imposed sanctions on Iran. Iran accused Washington of economic warfare.',
  'China und Russland unterzeichneten ein Abkommen über Zusammenarbeit.',
];
/** What each good text states, per claim type: an attack and an accusation; sanctions and an accusation; a signed cooperation agreement. */
const GOOD_LANGUAGE = ['de', 'en', 'de'];
const CLAIMS_OF_GOOD = [['ACCUSE x1', 'ASSAULT x1'], ['ACCUSE x1', 'SANCTION x1'], ['AGREE x1', 'COOPERATE x1']];

/** Writes the hostile corpus; returns how many files hold exactly one loadable article. */
function writeCorpus(): { files: number; goodArticles: number } {
  let files = 0;
  let goodArticles = 0;
  const write = (name: string, data: string | Buffer) => { fs.writeFileSync(path.join(dir, name), data); files++; };
  for (let i = 0; i < 120; i++) write(`bin-${i}.txt`, Buffer.concat([random(i), Buffer.from([0, 0, 255, 254]), random(i + 1000)]));
  for (let i = 0; i < 120; i++) write(`latin1-${i}.txt`, Buffer.from(`${GOOD[i % 3]} Größere Übergriffe ${i}: ä ö ü ß.`, 'latin1'));
  for (let i = 0; i < 60; i++) write(`empty-${i}.txt`, i % 2 ? '' : ' \n\t\n  ');
  for (let i = 0; i < 120; i++) {
    write(`script-${i}.txt`, `<script>alert(${i})</script> Titel ${i}\n\n<img src=x onerror="fetch('//evil/${i}')"> ${GOOD[i % 3]} <b>Nummer ${i}</b>`);
    goodArticles++;
  }
  for (let i = 0; i < 40; i++) write(`french-${i}.txt`, `La France et l'Allemagne ont signé un accord de coopération militaire numéro ${i} à Paris, selon le gouvernement.`);
  write('huge-10mb.txt', Buffer.alloc(10 * 1024 * 1024, 'Russland greift an. '));
  write('long-line.txt', `${GOOD[0]} ${'Die Ukraine und Polen vereinbaren Hilfe. '.repeat(35_000)}`);
  goodArticles++;
  const jsonl = Array.from({ length: 150 }, (_, i) => (i % 3 === 1 ? `{"title": "broken ${i}", "text": ` : i % 3 === 2 ? '[1, 2, 3]'
    : JSON.stringify({ id: `jsonl-${i}`, title: `Record ${i}`, text: GOOD[i % 3], publishedAt: '2024-05-01', language: GOOD_LANGUAGE[i % 3] })));
  write('records.jsonl', jsonl.join('\n'));
  goodArticles += 50;
  return { files, goodArticles };
}

let corpus: { files: number; goodArticles: number };
let summary: LoadSummary;

beforeAll(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-hostile-'));
  corpus = writeCorpus();
  summary = await loadPaths(server.graph, [dir]);
}, 300_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hostile article corpora', () => {
  it('loads what is good, names every bad item, and stores no partial article', async () => {
    const tried = summary.articles + summary.failed;
    expect(tried).toBeGreaterThanOrEqual(500);
    expect(summary.articles).toBe(corpus.goodArticles);
    // Unchanged duplicates (same text) count once in the graph but every good item is accounted for.
    expect(summary.created + summary.unchanged).toBe(corpus.goodArticles);
    for (const failure of summary.failures) {
      expect(failure.origin.startsWith(dir)).toBe(true);
      expect(failure.message).toMatch(/binary|UTF-8|empty|language|JSON|object|bytes|record/i);
    }
    expect(summary.failures.find((f) => f.origin.endsWith('huge-10mb.txt'))?.message).toMatch(/at most \d+ bytes/);
    expect(summary.failures.find((f) => f.origin.endsWith('records.jsonl:2'))).toBeDefined();

    // Every stored article holds exactly the claims its text states, written out here, not computed by the loader.
    const { records } = await server.graph.driver.executeQuery(`
      MATCH (a:Article) OPTIONAL MATCH (a)<-[:EVIDENCED_BY]-(c:Claim)
      WITH a, c.type AS type, count(c) AS n ORDER BY type
      RETURN a.text AS text, collect(type + ' x' + n) AS claims`);
    const distinctGood = new Set<string>();
    for (const r of records) {
      const text: string = r.get('text');
      const good = GOOD.findIndex((g) => text.includes(g));
      expect(good, text.slice(0, 80)).toBeGreaterThanOrEqual(0);
      if (text.length > 1_000_000) expect(r.get('claims')).toEqual(['ACCUSE x1', 'AGREE x35000', 'ASSAULT x1']);
      else expect(r.get('claims')).toEqual(CLAIMS_OF_GOOD[good]);
      distinctGood.add(text);
    }
    expect(records.length).toBe(distinctGood.size);
  });

  it('keeps script payloads as inert text in the graph', async () => {
    const { data } = await gql(server, '{ articles(first: 100) { edges { node { title text } } } }');
    const scripted = data.articles.edges.map((e: any) => e.node).filter((a: any) => a.title.includes('<script>'));
    expect(scripted.length).toBeGreaterThan(0);
    expect(scripted[0].text).toContain('onerror=');
  });

  it('answers hostile mutations with coded errors and stores the good ones', async () => {
    const auth = { authorization: `Bearer ${TEST_API_KEY}` };
    const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }';
    const inputs = [
      { title: 'Leer', text: '' },
      { title: '', text: '   ' },
      { title: 'Binär', text: '\u0000\u0001\u0002\ufffd\ufffd' },
      { title: 'Französisch', text: "La France et l'Allemagne ont signé un accord de coopération militaire à Paris, selon le gouvernement." },
      { title: 'Bad date', text: GOOD[0], publishedAt: 'tomorrow' },
      { title: 'Bad url', text: GOOD[0], url: 'javascript:alert(1)' },
      { title: '<script>alert(1)</script>', text: `${GOOD[1]} <script>alert(2)</script>` },
    ];
    let codes: string[] = [];
    for (const input of inputs) {
      const result = await gql(server, mutation, { input }, auth);
      codes.push(result.errors ? result.errors[0].extensions?.code ?? 'none' : result.data.ingestArticle.outcome);
    }
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'created']);
    const tooLarge = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: mutation, variables: { input: { title: 'x', text: 'y'.repeat(3_000_000) } } }) });
    expect(tooLarge.status).toBe(413);
    codes = [];
  });
});
