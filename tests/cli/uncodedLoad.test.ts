// `geokg load` counts the sentences no rule coded (two actors and an event cue, no relation) in its
// summary, in text and JSON, stored or dry run. Our own sentences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connectGraph.ts';
import { geokg } from './geokg.ts';
import { openTestGraph, resetGraph } from '../support/testGraph.ts';

const CLI_TEST_MS = 150_000;
// One coded sentence, two uncoded ("held" without talks, "stehen" without "an der Seite"), one with a single actor.
const ARTICLE = 'Wahlen in Ostafrika\n\nRussland griff die Ukraine an. Kenia und Uganda stehen vor einer Wahl. '
  + 'Tansania und Ruanda stehen vor einer Dürre. Kenia zählte die Stimmen.';
let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

describe('geokg load counts uncoded sentences', () => {
  it('names the count in the summary line of a dry run', async () => {
    const run = await geokg(['load', '--dry-run', '-'], { input: ARTICLE });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('1 articles would be loaded (dry run, nothing stored); 6 entity mentions and 1 relations extracted, 2 sentences uncoded\n');
  }, CLI_TEST_MS);

  it('reports it in the JSON summary of a stored load', async () => {
    await resetGraph(graph);
    const run = await geokg(['load', '--json', '-'], { input: ARTICLE });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 1, failed: 0, relations: 1, uncoded: 2 });
  }, CLI_TEST_MS);
});
