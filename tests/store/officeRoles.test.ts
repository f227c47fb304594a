// Office holders over time: each article's mention keeps the role of the article's date, the entity shows
// the current one (the gazetteer's, else the newest article's), whatever the load order, and stays right
// when articles are replaced or deleted. Articles go through the real extractor.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/pipeline.ts';
import type { Extraction } from '../../src/model.ts';
import { buildArticle } from '../../src/parse/index.ts';
import type { Graph } from '../../src/store/connectGraph.ts';
import { deleteArticle } from '../../src/store/deleteArticle.ts';
import { writeExtraction } from '../../src/store/writeExtraction.ts';
import { extraction } from '../support/extractions.ts';
import { openTestGraph, resetGraph } from '../support/testGraph.ts';

let graph: Graph;

beforeAll(async () => (graph = await openTestGraph()));
beforeEach(async () => resetGraph(graph));
afterAll(async () => graph?.close());

function article(url: string, publishedAt: string | undefined, title: string, body: string): Extraction {
  return extractArticle(buildArticle({ title, body, url, publishedAt, language: 'en' }, { file: url }));
}

// Rutte: Dutch prime minister until July 2024, NATO Secretary General since October 2024 (gazetteer).
const RUTTE_2023 = article('https://news.example/rutte-hague', '2023-05-11', 'Talks in The Hague',
  'Prime Minister Mark Rutte welcomed the French president Emmanuel Macron in The Hague on Thursday.');
const RUTTE_2025 = article('https://news.example/rutte-brussels', '2025-03-14', 'Spending call',
  'NATO Secretary General Mark Rutte urged Germany to raise its defence spending.');

// Nobody the gazetteer knows: his role is only what the articles say.
const BEISPIEL_2023 = article('https://news.example/beispiel-ambassador', '2023-04-02', 'Border dispute',
  'Lithuanian Ambassador Tomas Beispiel criticised Belarus over the border closure.');
const BEISPIEL_2025 = article('https://news.example/beispiel-minister', '2025-02-20', 'Border dispute, again',
  'Lithuanian Foreign Minister Tomas Beispiel criticised Belarus over the border closure.');

async function entityRole(id: string): Promise<string | null | undefined> {
  const { records } = await graph.driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e.role AS role', { id });
  return records[0]?.get('role');
}

/** The role on each article's MENTIONS of the entity, by article url. */
async function mentionRoles(id: string): Promise<Record<string, string | null>> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id}) RETURN a.url AS url, m.role AS role ORDER BY url', { id });
  return Object.fromEntries(records.map((r) => [r.get('url'), r.get('role')]));
}

const rutteId = RUTTE_2023.entities.find((e) => e.name === 'Mark Rutte')!.id;
const beispielId = BEISPIEL_2023.entities.find((e) => e.name === 'Tomas Beispiel')!.id;

describe('the extractor gives the roles these tests rely on', () => {
  it('Rutte and Beispiel carry the office of each article\'s date', () => {
    const role = (x: Extraction, id: string) => x.entities.find((e) => e.id === id)?.role;
    expect([role(RUTTE_2023, rutteId), role(RUTTE_2025, rutteId)]).toEqual(['Prime Minister', 'Secretary General']);
    expect([role(BEISPIEL_2023, beispielId), role(BEISPIEL_2025, beispielId)]).toEqual(['Ambassador', 'Minister']);
  });
});

describe('a person the gazetteer knows', () => {
  it.each([
    ['2023 first', [RUTTE_2023, RUTTE_2025]],
    ['2025 first', [RUTTE_2025, RUTTE_2023]],
  ])('loaded %s: the entity holds the current office, each mention its article\'s', async (_, order) => {
    for (const x of order) expect(await writeExtraction(graph, x)).toBe('created');
    expect(await entityRole(rutteId)).toBe('Secretary General');
    expect(await mentionRoles(rutteId)).toEqual({
      'https://news.example/rutte-brussels': 'Secretary General',
      'https://news.example/rutte-hague': 'Prime Minister',
    });
  });

  it('with only the 2023 article, the entity still shows the office he holds now', async () => {
    await writeExtraction(graph, RUTTE_2023);
    expect(await entityRole(rutteId)).toBe('Secretary General');
  });

  it('deleting the 2025 article leaves the current office and the 2023 mention as they were', async () => {
    await writeExtraction(graph, RUTTE_2025);
    await writeExtraction(graph, RUTTE_2023);
    await deleteArticle(graph, 'https://news.example/rutte-brussels');
    expect(await entityRole(rutteId)).toBe('Secretary General');
    expect(await mentionRoles(rutteId)).toEqual({ 'https://news.example/rutte-hague': 'Prime Minister' });
  });
});

describe('a person known only from articles', () => {
  it.each([
    ['2023 first', [BEISPIEL_2023, BEISPIEL_2025]],
    ['2025 first', [BEISPIEL_2025, BEISPIEL_2023]],
  ])('loaded %s: the entity holds the newest article\'s role', async (_, order) => {
    for (const x of order) await writeExtraction(graph, x);
    expect(await entityRole(beispielId)).toBe('Minister');
    expect(await mentionRoles(beispielId)).toEqual({
      'https://news.example/beispiel-ambassador': 'Ambassador',
      'https://news.example/beispiel-minister': 'Minister',
    });
  });

  it('deleting the newest article gives back the role of the one before; deleting that one too leaves the entity with no role', async () => {
    await writeExtraction(graph, BEISPIEL_2025);
    await writeExtraction(graph, BEISPIEL_2023);
    // A third, later article names him without a title: it neither gives nor takes a role. Built by hand,
    // since the extractor only recognises a person it does not know by a title.
    const beispiel = { id: beispielId, name: 'Tomas Beispiel', type: 'Person' as const, mentions: ['Tomas Beispiel'] };
    const belarus = BEISPIEL_2023.entities.find((e) => e.name === 'Belarus')!;
    await writeExtraction(graph, extraction({ text: 'Tomas Beispiel kritisierte Belarus erneut.', url: 'https://news.example/beispiel-plain',
      publishedAt: '2025-06-01', relations: [{ from: beispiel, type: 'ACCUSE', to: belarus }] }));
    expect((await mentionRoles(beispielId))['https://news.example/beispiel-plain']).toBeNull();
    expect(await entityRole(beispielId)).toBe('Minister');
    await deleteArticle(graph, 'https://news.example/beispiel-minister');
    expect(await entityRole(beispielId)).toBe('Ambassador');
    await deleteArticle(graph, 'https://news.example/beispiel-ambassador');
    expect(await entityRole(beispielId)).toBeNull();
  });

  it('replacing the newest article by a version that no longer names him gives back the role of the one before', async () => {
    await writeExtraction(graph, BEISPIEL_2023);
    await writeExtraction(graph, BEISPIEL_2025);
    const corrected = article('https://news.example/beispiel-minister', '2025-02-21', 'Border dispute, again',
      'Tomas Beispiel of Lithuania criticised Belarus over the border closure.');
    expect(await writeExtraction(graph, corrected)).toBe('updated');
    expect(await entityRole(beispielId)).toBe('Ambassador');
  });

  it('an undated article counts as the oldest', async () => {
    await writeExtraction(graph, BEISPIEL_2023);
    await writeExtraction(graph, article('https://news.example/beispiel-undated', undefined, 'Undated note',
      'Lithuanian President Tomas Beispiel criticised Belarus over the border closure.'));
    expect(await entityRole(beispielId)).toBe('Ambassador');
  });
});
