import { graphHealth } from '../../store/graphHealth.ts';
import type { RequestContext } from '../context.ts';

export const healthResolvers = {
  Query: {
    health: async (_: unknown, __: unknown, ctx: RequestContext) => {
      const health = await graphHealth(ctx.graph);
      return { ok: true, graph: health.reachable, neo4jVersion: health.version ?? null, writable: Boolean(ctx.config.http.apiKey) };
    },
  },
};
