// `geokg load` with folders and glob patterns, typed in a shell with the pattern quoted so geokg (not the shell) expands
// it, and `geokg export --format json`: what a researcher gets in the file is what the graph holds.
// Corpus: tests/cli/fixtures/corpus (two .txt, one .md at the top; a .md and a .jsonl in pacific/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connectGraph.ts';
import { loadPaths } from '../../src/ingest/loadPaths.ts';
import { openTestGraph, resetGraph } from '../support/testGraph.ts';
import { geokg, shell } from './geokg.ts';

const CORPUS = path.resolve(import.meta.dirname, 'fixtures/corpus');
const TITLES = {
  estonia: 'Estonia blames Russia for disrupted satellite navigation',
  lithuania: 'Litauen kritisiert Belarus wegen der Lage an der Grenze',
  brazil: 'Brazil hosts the G20 leaders in Rio de Janeiro',
  japan: 'Japan and the Philippines sign a troop access pact',
  australia: 'Australien und Japan vertiefen Zusammenarbeit',
  fiji: 'New Zealand supports Fiji',
};
/** Each test's own deadline; two commands' (tests/cli/geokg.ts, 60 s each) stay below it. */
const CLI_TEST_MS = 150_000;

let graph: Graph;
let outDir: string;

async function storedTitles(): Promise<string[]> {
  const { records } = await graph.driver.executeQuery('MATCH (a:Article) RETURN a.title AS title ORDER BY title');
  return records.map((r) => r.get('title'));
}

async function count(statement: string): Promise<number> {
  const { records } = await graph.driver.executeQuery(statement);
  return records[0].get(0).toNumber();
}

beforeAll(async () => {
  graph = await openTestGraph();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-cli-'));
});
afterAll(async () => {
  await graph?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('geokg load with glob patterns', () => {
  it('loads a folder\'s own article files and leaves its subfolders alone', async () => {
    await resetGraph(graph);
    const run = await geokg(['load', CORPUS, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 3, failed: 0 });
    expect(await storedTitles()).toEqual([TITLES.brazil, TITLES.estonia, TITLES.lithuania]);
  }, CLI_TEST_MS);

  it("loads only the files a quoted pattern matches: '<dir>/*.txt' takes the two text files, not the Markdown or JSONL", async () => {
    await resetGraph(graph);
    const run = await shell(`$GEOKG load '${CORPUS}/*.txt' --json`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 2, unchanged: 0, updated: 0, failed: 0 });
    expect(await storedTitles()).toEqual([TITLES.estonia, TITLES.lithuania]);
  }, CLI_TEST_MS);

  it("expands '**/*.md' itself, recursively, where the shell's own expansion would miss the top-level file", async () => {
    await resetGraph(graph);
    // Run from inside the corpus: unquoted, sh would turn **/*.md into */*.md (pacific/ only).
    const run = await shell(`$GEOKG load '**/*.md'`, { cwd: CORPUS });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 new, 0 unchanged, 0 updated, 0 failed;/);
    expect(await storedTitles()).toEqual([TITLES.brazil, TITLES.japan]);
  }, CLI_TEST_MS);

  it('takes several patterns and plain paths in one call, and a re-run with a wider pattern only adds the new files', async () => {
    await resetGraph(graph);
    const first = await geokg(['load', `${CORPUS}/pacific/*.jsonl`, path.join(CORPUS, 'briefing.md'), '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ created: 3, failed: 0 });
    expect(await storedTitles()).toEqual([TITLES.australia, TITLES.brazil, TITLES.fiji]);

    const wider = await geokg(['load', `${CORPUS}/**/*.{md,jsonl}`, '--json']);
    expect(JSON.parse(wider.stdout)).toMatchObject({ created: 1, unchanged: 3, failed: 0 });
    expect(await storedTitles()).toEqual([TITLES.australia, TITLES.brazil, TITLES.japan, TITLES.fiji].sort());
  }, CLI_TEST_MS);

  it('fails, naming the pattern, when a pattern matches no file (a typo must not look like a successful load)', async () => {
    await resetGraph(graph);
    const nothing = await shell(`$GEOKG load '${CORPUS}/*.xml'`);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain(`${CORPUS}/*.xml`);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(0);

    // With a pattern that does match, the typo makes the run partial (exit 3), and the matches are stored.
    const partial = await shell(`$GEOKG load '${CORPUS}/*.txt' '${CORPUS}/*.tx'`);
    expect(partial.code).toBe(3);
    expect(partial.stderr).toContain(`${CORPUS}/*.tx`);
    expect(await storedTitles()).toEqual([TITLES.estonia, TITLES.lithuania]);
  }, CLI_TEST_MS);
});

describe('geokg export --format json', () => {
  interface JsonExport {
    entities: Array<{ id: string; name: string; type: string; iso2: string | null; mentions: number }>;
    aggregates: Array<{ source: string; target: string; edge: string; type: string; count: number; firstSeen: string | null }>;
    claims: Array<{ id: string; type: string; source: string; target: string; evidence: string; articleTitle: string }>;
  }

  /** The whole corpus, loaded in-process (the CLI's loading is tested above). */
  async function corpusLoaded() {
    await resetGraph(graph);
    const summary = await loadPaths(graph, [CORPUS, path.join(CORPUS, 'pacific')]);
    expect(summary).toMatchObject({ created: 6, failed: 0 });
  }

  it('writes a file that parses, with one entry per entity, relation and claim in the graph, the same as on stdout', async () => {
    await corpusLoaded();
    const file = path.join(outDir, 'graph.json');
    const [toFile, toStdout] = await Promise.all([
      geokg(['export', '--format', 'json', '--out', file]),
      geokg(['export', '--format', 'json']),
    ]);
    expect([toFile.code, toStdout.code]).toEqual([0, 0]);
    expect(toFile.stdout).toBe('');
    const text = fs.readFileSync(file, 'utf8');
    expect(toStdout.stdout).toBe(text);
    const exported = JSON.parse(text) as JsonExport;

    expect(exported.entities).toHaveLength(await count('MATCH (e:Entity) RETURN count(e)'));
    expect(exported.aggregates).toHaveLength(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)'));
    expect(exported.claims).toHaveLength(await count('MATCH (c:Claim) RETURN count(c)'));
    // Not only as many: the same relations, with the same counts.
    const { records } = await graph.driver.executeQuery('MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id + " " + type(r) + " " + t.id + " " + r.count AS row');
    const inGraph = records.map((r) => r.get('row')).sort();
    expect(exported.aggregates.map((a) => `${a.source} ${a.edge} ${a.target} ${a.count}`).sort()).toEqual(inGraph);
  }, CLI_TEST_MS);

  it('carries names, codes, dates and the evidence sentence with its article', async () => {
    await corpusLoaded();
    const run = await geokg(['export', '--format', 'json']);
    const exported = JSON.parse(run.stdout) as JsonExport;
    const byName = new Map(exported.entities.map((e) => [e.name, e]));
    expect(byName.get('Philippines')).toMatchObject({ id: 'Q928', type: 'Country', iso2: 'PH' });
    expect(byName.get('Lithuania')).toMatchObject({ id: 'Q37', iso2: 'LT' });
    // Japan is in two articles: the Philippines pact and the note about Australia.
    expect(byName.get('Japan')!.mentions).toBeGreaterThanOrEqual(2);

    const agree = exported.aggregates.find((a) => a.source === 'Q17' && a.target === 'Q928' && a.edge === 'AGREES_WITH');
    // A month-precise date ("8 July 2024" is read as 2024-07) is kept as the month's first day.
    expect(agree).toMatchObject({ count: 2, firstSeen: '2024-07-01' });
    const accusation = exported.claims.find((c) => c.evidence.startsWith('Litauen hat Belarus am 18. August 2023 vorgeworfen'));
    expect(accusation).toMatchObject({ type: 'ACCUSE', source: 'Q37', target: 'Q184', articleTitle: TITLES.lithuania });
  }, CLI_TEST_MS);
});
