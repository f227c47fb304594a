// Mutations need the API key; without one configured the API is read-only and says so.
import { deleteArticle } from '../../store/deleteArticle.ts';
import { ingestRecord } from '../../ingest/ingestArticle.ts';
import { forbidden } from '../apiErrors.ts';
import type { RequestContext } from '../context.ts';

function requireWriteAccess(ctx: RequestContext): void {
  if (!ctx.config.http.apiKey) {
    throw forbidden('This geokg API is read-only: the server has no GEOKG_API_KEY configured.', 'READ_ONLY');
  }
  if (!ctx.authorized) throw forbidden('Mutations need the API key: send "Authorization: Bearer <GEOKG_API_KEY>".');
  if (!ctx.allowMutation()) throw forbidden('Too many mutations from this client; wait a minute.', 'RATE_LIMITED');
}

export const mutationResolvers = {
  Mutation: {
    ingestArticle: async (_: unknown, args: { input: Record<string, unknown> }, ctx: RequestContext) => {
      requireWriteAccess(ctx);
      const { outcome, extraction } = await ingestRecord(ctx.graph, args.input);
      ctx.onChange?.();
      return {
        outcome,
        article: () => ctx.loaders.article.load(extraction.article.id),
        entityCount: extraction.entities.length,
        relationCount: extraction.relations.length,
      };
    },
    deleteArticle: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      requireWriteAccess(ctx);
      const result = await deleteArticle(ctx.graph, args.id);
      ctx.onChange?.();
      return result;
    },
  },
};
