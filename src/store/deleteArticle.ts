// Deletes an article (by id or url) with its claims; aggregates are rebuilt, orphaned entities removed and
// the current roles of the people it named recomputed.
import { NotFoundError } from '../errors.ts';
import type { Graph } from './connectGraph.ts';
import * as cypher from './cypher/articleWrites.ts';
import { withGraphErrors } from './graphErrors.ts';
import { rebuildAggregates, removeArticles } from './writeExtraction.ts';

export async function deleteArticle(graph: Graph, ref: string): Promise<{ deleted: string[]; claims: number }> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await withGraphErrors(() => session.executeWrite(async (tx) => {
      const ids = (await tx.run(cypher.FIND_ARTICLE_IDS, { ref })).records[0].get('ids') as string[];
      if (ids.length === 0) throw new NotFoundError(`no article with id or url ${JSON.stringify(ref)}`);
      const counted = await tx.run(cypher.COUNT_ARTICLE_CLAIMS, { ids });
      const footprint = await removeArticles(tx, ids);
      await rebuildAggregates(tx, footprint.keys);
      await tx.run(cypher.DELETE_ORPHAN_ENTITIES, { entityIds: footprint.entityIds });
      // A remaining person's current role may have come from a deleted article.
      await tx.run(cypher.SET_ROLES_FROM_ARTICLES, { roleEntityIds: footprint.entityIds });
      return { deleted: ids, claims: Number(counted.records[0].get('n')) };
    }));
  } finally {
    await session.close();
  }
}
