// The baseline for the store benchmark: the product's writer without batching. Same transaction per
// article, the product's own statements and the same resulting graph, but each statement is sent once per
// item (a one-row list) and awaited before the next — instead of one UNWIND over all rows.
// Handles new articles only (the benchmark never replaces a stored one).
import type { ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../src/model.ts';
import type { Graph } from '../src/store/connectGraph.ts';
import * as cypher from '../src/store/cypher/articleWrites.ts';
import { toGraphRows } from '../src/store/toGraphRows.ts';

async function writeOneByOne(tx: ManagedTransaction, extraction: Extraction): Promise<'created' | 'unchanged'> {
  const { article } = extraction;
  const existing = await tx.run(cypher.FIND_EXISTING_ARTICLE, { articleId: article.id, url: article.url ?? null });
  if (existing.records[0].get('sameId') !== null) return 'unchanged';
  if ((existing.records[0].get('olderIds') as string[]).length > 0) throw new Error(`naive writer: ${article.url} replaces a stored article, which it does not handle`);
  const rows = toGraphRows(extraction);
  for (const row of rows.entities) await tx.run(cypher.UPSERT_ENTITIES, { entities: [row] });
  for (const d of rows.deltas) await tx.run(cypher.ADD_TO_AGGREGATES, { deltas: [d] });
  await tx.run(cypher.CREATE_ARTICLE, { article: rows.article });
  for (const row of rows.mentions) await tx.run(cypher.CREATE_MENTIONS, { articleId: article.id, mentions: [row] });
  for (const id of rows.roleFromArticles) await tx.run(cypher.SET_ROLES_FROM_ARTICLES, { roleEntityIds: [id] });
  for (const row of rows.claims) await tx.run(cypher.CREATE_CLAIMS, { articleId: article.id, claims: [row] });
  return 'created';
}

export async function writeNaively(graph: Graph, extraction: Extraction): Promise<'created' | 'unchanged'> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite((tx) => writeOneByOne(tx, extraction));
  } finally {
    await session.close();
  }
}
