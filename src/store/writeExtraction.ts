// Stores one extracted article in one transaction: unchanged articles are skipped, a new version of
// the same url replaces the old one, and the aggregates of every touched entity pair are rebuilt exactly.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../model.ts';
import type { Graph } from './connectGraph.ts';
import { withGraphErrors } from './graphErrors.ts';
import * as cypher from './cypher/articleWrites.ts';
import { toGraphRows, type AggregateKey, type GraphRows } from './toGraphRows.ts';

export type WriteOutcome = 'created' | 'unchanged' | 'updated';

interface Footprint {
  keys: AggregateKey[];
  entityIds: string[];
}

export async function readFootprint(tx: ManagedTransaction, articleIds: string[]): Promise<Footprint> {
  const result = await tx.run(cypher.ARTICLE_FOOTPRINT, { articleIds });
  const record = result.records[0];
  const keys = (record.get('keys') as Array<AggregateKey & { type: string | null }>).filter((k) => k.type !== null);
  return { keys, entityIds: (record.get('entityIds') as Array<string | null>).filter((id): id is string => id !== null) };
}

function mergeKeys(a: AggregateKey[], b: AggregateKey[]): AggregateKey[] {
  const all = new Map<string, AggregateKey>();
  for (const k of [...a, ...b]) all.set(`${k.sourceId}|${k.type}|${k.targetId}`, k);
  return [...all.values()];
}

export async function rebuildAggregates(tx: ManagedTransaction, keys: AggregateKey[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.run(cypher.DROP_AGGREGATES, { keys });
  await tx.run(cypher.BUILD_AGGREGATES, { keys });
}

export async function removeArticles(tx: ManagedTransaction, articleIds: string[]): Promise<Footprint> {
  const footprint = await readFootprint(tx, articleIds);
  await tx.run(cypher.DELETE_ARTICLES, { articleIds });
  return footprint;
}

/** An older version of the article's url is replaced: its claims go, the touched aggregates are recounted. */
async function replaceOlderVersions(tx: ManagedTransaction, rows: GraphRows, olderIds: string[]): Promise<void> {
  const articleId = rows.article.id as string;
  const replaced = await removeArticles(tx, olderIds);
  const keys = mergeKeys(rows.keys, replaced.keys);
  // Sent without waiting for each other: Bolt runs them in order within the transaction.
  const writes = [
    tx.run(cypher.UPSERT_ENTITIES, { entities: rows.entities }),
    tx.run(cypher.CREATE_ARTICLE, { article: rows.article }),
    tx.run(cypher.CREATE_MENTIONS, { articleId, mentions: rows.mentions }),
    // The replaced version's mentions are gone: its people's roles may have come from it.
    tx.run(cypher.SET_ROLES_FROM_ARTICLES, { roleEntityIds: [...new Set([...rows.roleFromArticles, ...replaced.entityIds])] }),
    tx.run(cypher.CREATE_CLAIMS, { articleId, claims: rows.claims }),
  ];
  if (keys.length > 0) writes.push(tx.run(cypher.DROP_AGGREGATES, { keys }), tx.run(cypher.BUILD_AGGREGATES, { keys }));
  if (replaced.entityIds.length > 0) writes.push(tx.run(cypher.DELETE_ORPHAN_ENTITIES, { entityIds: replaced.entityIds }));
  await Promise.all(writes);
}

async function writeInTransaction(tx: ManagedTransaction, extraction: Extraction): Promise<WriteOutcome> {
  const rows = toGraphRows(extraction);
  const { article, entities, mentions, claims, deltas, roleFromArticles } = rows;
  // New articles, by far the most common case, are written by this one statement.
  const result = await tx.run(cypher.WRITE_NEW_ARTICLE, {
    articleId: article.id, url: article.url, entities, article, mentions, claims, deltas, roleEntityIds: roleFromArticles,
  });
  const record = result.records[0];
  if (record.get('sameId') !== null) return 'unchanged';
  const olderIds = record.get('olderIds') as string[];
  if (olderIds.length === 0) return 'created';
  await replaceOlderVersions(tx, rows, olderIds);
  return 'updated';
}

export async function writeExtraction(graph: Graph, extraction: Extraction): Promise<WriteOutcome> {
  const session = graph.driver.session({ database: graph.database });
  try {
    // executeWrite retries deadlocks and other transient errors from concurrent loads.
    return await withGraphErrors(() => session.executeWrite((tx) => writeInTransaction(tx, extraction)));
  } finally {
    await session.close();
  }
}
