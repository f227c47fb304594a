// Storing articles: idempotent re-loads, replaced versions, deletes with exact aggregates, concurrency, rollback.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connectGraph.ts';
import { deleteArticle } from '../../src/store/deleteArticle.ts';
import { writeExtraction } from '../../src/store/writeExtraction.ts';
import { ACTORS, extraction } from '../support/extractions.ts';
import { openTestGraph, resetGraph } from '../support/testGraph.ts';

const { russia, northKorea, nato, ukraine, rutte } = ACTORS;
let graph: Graph;

beforeAll(async () => (graph = await openTestGraph()));
beforeEach(async () => resetGraph(graph));
afterAll(async () => graph?.close());

async function counts() {
  const { records } = await graph.driver.executeQuery(
    'CALL () { MATCH (n) WHERE NOT n:GeokgScratchGraph RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
  return { nodes: records[0].get('nodes').toNumber(), rels: records[0].get('rels').toNumber() };
}

async function aggregate(sourceId: string, edge: string, targetId: string) {
  const { records } = await graph.driver.executeQuery(
    'MATCH (:Entity {id: $sourceId})-[r]->(:Entity {id: $targetId}) WHERE type(r) = $edge RETURN r',
    { sourceId, targetId, edge });
  if (records.length === 0) return undefined;
  const p = records[0].get('r').properties;
  return { count: Number(p.count), asserted: Number(p.asserted), negated: Number(p.negated), hypothetical: Number(p.hypothetical), firstSeen: p.firstSeen, lastSeen: p.lastSeen, articles: Number(p.articles) };
}

const accusation = extraction({
  text: 'NATO wirft Russland Unterstützung für Nordkorea vor.', url: 'https://news.example/nato-russia', publishedAt: '2024-12-04',
  relations: [
    { from: nato, type: 'ACCUSE', to: russia },
    { from: russia, type: 'SUPPORT', to: northKorea, by: nato },
    { from: rutte, type: 'REPRESENTS', to: nato },
  ],
});

describe('writing articles', () => {
  it('stores the analyst-readable aggregate beside each claim', async () => {
    expect(await writeExtraction(graph, accusation)).toBe('created');
    const { records } = await graph.driver.executeQuery("MATCH (:Entity {name: 'NATO'})-[:ACCUSES]->(x) RETURN x.name AS name");
    expect(records.map((r) => r.get('name'))).toEqual(['Russia']);
    const claimant = await graph.driver.executeQuery(
      "MATCH (c:Claim {type: 'SUPPORT'})-[:CLAIMED_BY]->(by), (c)-[:EVIDENCED_BY]->(a:Article) RETURN by.name AS by, a.url AS url, c.evidence AS evidence");
    expect(claimant.records[0].toObject()).toEqual({ by: 'NATO', url: 'https://news.example/nato-russia', evidence: 'Russia SUPPORT North Korea.' });
    const labels = await graph.driver.executeQuery("MATCH (e:Entity {id: 'Q57792'}) RETURN labels(e) AS labels");
    expect(labels.records[0].get('labels')).toEqual(expect.arrayContaining(['Entity', 'Person']));
  });

  it('changes nothing when the same article is loaded twice', async () => {
    await writeExtraction(graph, accusation);
    const before = await counts();
    expect(await writeExtraction(graph, accusation)).toBe('unchanged');
    expect(await counts()).toEqual(before);
    expect(await aggregate('Q159', 'SUPPORTS', 'Q423')).toMatchObject({ count: 1, asserted: 1 });
  });

  it('replaces the claims of an article whose text changed under the same url', async () => {
    await writeExtraction(graph, accusation);
    const corrected = extraction({
      text: 'NATO bestreitet, Russland etwas vorzuwerfen; Russland greift die Ukraine an.', url: 'https://news.example/nato-russia', publishedAt: '2024-12-05',
      relations: [{ from: nato, type: 'ACCUSE', to: russia, polarity: 'negated' }, { from: russia, type: 'ASSAULT', to: ukraine }],
    });
    expect(await writeExtraction(graph, corrected)).toBe('updated');
    expect(await aggregate('Q7184', 'ACCUSES', 'Q159')).toMatchObject({ count: 1, asserted: 0, negated: 1 });
    expect(await aggregate('Q159', 'SUPPORTS', 'Q423')).toBeUndefined();
    const articles = await graph.driver.executeQuery('MATCH (a:Article) RETURN a.id AS id');
    expect(articles.records.map((r) => r.get('id'))).toEqual([corrected.article.id]);
    // North Korea and Rutte were only in the old version, so they are gone with it.
    const orphans = await graph.driver.executeQuery("MATCH (e:Entity) WHERE e.id IN ['Q423', 'Q57792'] RETURN count(e) AS n");
    expect(orphans.records[0].get('n').toNumber()).toBe(0);
  });

  it('keeps aggregates exact when articles sharing a relation are deleted one by one', async () => {
    const june = extraction({ text: 'Erster Bericht.', url: 'https://news.example/a', relations: [{ from: russia, type: 'SUPPORT', to: northKorea, date: '2024-06' }] });
    const march = extraction({ text: 'Zweiter Bericht.', url: 'https://news.example/b', relations: [{ from: russia, type: 'SUPPORT', to: northKorea, date: '2025-03-02', polarity: 'hypothetical' }] });
    await writeExtraction(graph, june);
    await writeExtraction(graph, march);
    expect(await aggregate('Q159', 'SUPPORTS', 'Q423')).toEqual({ count: 2, asserted: 1, negated: 0, hypothetical: 1, firstSeen: '2024-06-01', lastSeen: '2025-03-02', articles: 2 });

    expect(await deleteArticle(graph, 'https://news.example/a')).toEqual({ deleted: [june.article.id], claims: 1 });
    expect(await aggregate('Q159', 'SUPPORTS', 'Q423')).toEqual({ count: 1, asserted: 0, negated: 0, hypothetical: 1, firstSeen: '2025-03-02', lastSeen: '2025-03-02', articles: 1 });

    await deleteArticle(graph, march.article.id);
    expect(await aggregate('Q159', 'SUPPORTS', 'Q423')).toBeUndefined();
    expect(await counts()).toEqual({ nodes: 0, rels: 0 });
  });

  it('names the article that does not exist on delete', async () => {
    await expect(deleteArticle(graph, 'https://news.example/missing')).rejects.toThrow('no article with id or url "https://news.example/missing"');
  });

  it('leaves no duplicates when many loads over the same entities run at once', async () => {
    const articles = Array.from({ length: 24 }, (_, i) => extraction({
      text: `Bericht Nummer ${i}.`, url: `https://news.example/c${i}`,
      relations: [{ from: russia, type: 'SUPPORT', to: northKorea }, { from: nato, type: 'ACCUSE', to: russia }, { from: northKorea, type: 'SUPPORT', to: russia }],
    }));
    const outcomes = await Promise.all(articles.map((a) => writeExtraction(graph, a)));
    expect(outcomes.every((o) => o === 'created')).toBe(true);
    const entities = await graph.driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id, count(*) AS n ORDER BY id');
    expect(entities.records.map((r) => [r.get('id'), r.get('n').toNumber()])).toEqual([['Q159', 1], ['Q423', 1], ['Q7184', 1]]);
    expect(await aggregate('Q159', 'SUPPORTS', 'Q423')).toMatchObject({ count: 24, articles: 24 });
    expect(await aggregate('Q7184', 'ACCUSES', 'Q159')).toMatchObject({ count: 24 });
    const edges = await graph.driver.executeQuery("MATCH (:Entity {id: 'Q159'})-[r:SUPPORTS]->(:Entity {id: 'Q423'}) RETURN count(r) AS n");
    expect(edges.records[0].get('n').toNumber()).toBe(1);
  });

  it('rolls back an article that fails half-way, leaving nothing of it behind', async () => {
    const broken = extraction({ text: 'Kaputter Datensatz.', relations: [{ from: russia, type: 'ASSAULT', to: ukraine }] });
    // A map is not a storable property value, so the article statement fails after the entities were merged.
    (broken.article as unknown as Record<string, unknown>).source = { nested: true };
    await expect(writeExtraction(graph, broken)).rejects.toThrow();
    expect(await counts()).toEqual({ nodes: 0, rels: 0 });
  });
});
