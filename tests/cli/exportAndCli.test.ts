// What a researcher does from the shell: load a folder (with one broken record), read the summary and exit
// code, look at stats, export in every format and get back exactly what the graph holds, delete an article.
// Each test sets up the graph it reads (the fixtures loaded, or an empty graph), so any one runs alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connectGraph.ts';
import { loadPaths } from '../../src/ingest/loadPaths.ts';
import { geokg } from './geokg.ts';
import { openTestGraph, resetGraph } from '../support/testGraph.ts';

const FIXTURES = path.resolve('tests/fixtures/load');
/** The fixture articles that load (03_records.jsonl:2 is broken on purpose). */
const FIXTURE_ARTICLES = 4;
/** A command's own deadline (tests/cli/geokg.ts) stays below the test's. */
const CLI_TEST_MS = 150_000;
let graph: Graph;
let outDir: string;

async function count(statement: string): Promise<number> {
  const { records } = await graph.driver.executeQuery(statement);
  return records[0].get(0).toNumber();
}

/** The graph holds exactly the fixtures: loaded in-process (quicker than the CLI) unless already there. */
async function fixturesLoaded(): Promise<void> {
  const articles = await count('MATCH (a:Article) RETURN count(a)');
  const deletable = await count("MATCH (a:Article {url: 'https://news.example/poland-air-defence'}) RETURN count(a)");
  if (articles === FIXTURE_ARTICLES && deletable === 1) return;
  await resetGraph(graph);
  const summary = await loadPaths(graph, [FIXTURES]);
  expect(summary).toMatchObject({ created: FIXTURE_ARTICLES, failed: 1 });
}

beforeAll(async () => {
  graph = await openTestGraph();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-export-'));
});
afterAll(async () => {
  await graph?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('geokg load, stats, export and delete', () => {
  it('loads a folder, names the broken record and exits 3 (partial)', async () => {
    await resetGraph(graph);
    const run = await geokg(['load', FIXTURES, '--json']);
    expect(run.code).toBe(3);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ created: 4, unchanged: 0, updated: 0, failed: 1 });
    expect(summary.failures[0].origin).toBe(`${path.join(FIXTURES, '03_records.jsonl')}:2`);
    expect(run.stderr).toContain('03_records.jsonl');
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(4);
  }, CLI_TEST_MS);

  it('changes nothing on a second load and reports every article unchanged', async () => {
    await fixturesLoaded();
    const before = await count('MATCH (n) RETURN count(n)');
    const run = await geokg(['load', FIXTURES, '--json']);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 0, unchanged: 4, failed: 1 });
    expect(await count('MATCH (n) RETURN count(n)')).toBe(before);
  }, CLI_TEST_MS);

  it('writes nothing on --dry-run and reads articles from stdin', async () => {
    const before = await count('MATCH (n) RETURN count(n)');
    const run = await geokg(['load', '--dry-run', '-'], { input: 'Iran verurteilt die Sanktionen der USA scharf.\n\nTeheran wirft Washington vor, die Wirtschaft des Landes zu zerstören.' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 articles would be loaded \(dry run, nothing stored\)/);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(before);
  }, CLI_TEST_MS);

  it('reports what the graph holds', async () => {
    await fixturesLoaded();
    const stats = JSON.parse((await geokg(['stats', '--json'])).stdout);
    expect(stats.articles).toBe(4);
    expect(stats.claims).toBe(await count('MATCH (c:Claim) RETURN count(c)'));
    expect(stats.entities).toBe(await count('MATCH (e:Entity) RETURN count(e)'));
  }, CLI_TEST_MS);

  it('exports GraphML and GEXF that parse, with one node per entity and one edge per relation', async () => {
    await fixturesLoaded();
    const entities = await count('MATCH (e:Entity) RETURN count(e)');
    const relations = await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)');
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'data', 'attvalue'].includes(name) });
    const graphml = parser.parse((await geokg(['export', '--format', 'graphml'])).stdout);
    expect(graphml.graphml.graph.node).toHaveLength(entities);
    expect(graphml.graphml.graph.edge).toHaveLength(relations);
    const gexfFile = path.join(outDir, 'graph.gexf');
    expect((await geokg(['export', '--format', 'gexf', '--out', gexfFile])).code).toBe(0);
    const gexf = parser.parse(fs.readFileSync(gexfFile, 'utf8'));
    expect(gexf.gexf.graph['@_mode']).toBe('dynamic');
    expect(gexf.gexf.graph.edges.edge).toHaveLength(relations);
    // Edges with dated evidence carry ISO start/end for Gephi's timeline; undated ones are always visible.
    const dated = gexf.gexf.graph.edges.edge.filter((e: Record<string, string>) => e['@_start']);
    expect(dated.length).toBeGreaterThan(0);
    for (const e of dated) expect(e['@_start']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, CLI_TEST_MS);

  it('exports CSV files whose row counts match the graph, quoted per RFC 4180', async () => {
    await fixturesLoaded();
    expect((await geokg(['export', '--format', 'csv', '--out', outDir])).code).toBe(0);
    const rows = (name: string) => fs.readFileSync(path.join(outDir, name), 'utf8').split('\r\n').filter(Boolean);
    // Evidence sentences contain commas, so records are counted by a real CSV reading, not by lines.
    const records = (name: string) => parseCsv(fs.readFileSync(path.join(outDir, name), 'utf8'));
    expect(rows('nodes.csv')[0]).toMatch(/^id:ID,name,type,/);
    expect(rows('edges.csv')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,/);
    expect(records('nodes.csv').length - 1).toBe(await count('MATCH (e:Entity) RETURN count(e)'));
    expect(records('edges.csv').length - 1).toBe(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)'));
    const evidence = records('evidence.csv');
    expect(evidence.length - 1).toBe(await count('MATCH (c:Claim) RETURN count(c)'));
    expect(new Set(evidence.map((r) => r.length)).size).toBe(1);
  }, CLI_TEST_MS);

  it('refuses an unknown export format with a usage error', async () => {
    const run = await geokg(['export', '--format', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format "xlsx": expected one of graphml, gexf, csv, json');
    expect(run.stdout).toBe('');
  }, CLI_TEST_MS);

  it('deletes an article by url and keeps the rest', async () => {
    await fixturesLoaded();
    const run = await geokg(['delete', 'https://news.example/poland-air-defence', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).deleted).toEqual(['rec-1']);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(3);
    const again = await geokg(['delete', 'https://news.example/poland-air-defence']);
    expect(again.code).toBe(1);
  }, CLI_TEST_MS);
});

/** A minimal RFC 4180 reader for the assertions above. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += ch;
  }
  return records;
}
