// `alliances`: pair sums from the graph, shaped into the map the dashboard draws.
import * as q from '../../store/apiQueries.ts';
import { RELATION_TYPE_INFO } from '../../relationTypes.ts';
import { buildAlliances, type AllianceEdgeOut, type AllianceNodeOut, type BlocOut } from '../analysis/buildAlliances.ts';
import { gazetteerMemberships } from '../../gazetteer/memberships.ts';
import type { RequestContext } from '../context.ts';
import { alliancesRequest, type AlliancesArgs } from '../translate/alliancesQuery.ts';

async function memberships(ctx: RequestContext): Promise<Map<string, string[]>> {
  const merged = new Map(gazetteerMemberships());
  for (const stated of await q.statedMemberships(ctx.run)) {
    merged.set(stated.organizationId, [...(merged.get(stated.organizationId) ?? []), ...stated.memberIds]);
  }
  return merged;
}

export const allianceResolvers = {
  Query: {
    alliances: async (_: unknown, args: AlliancesArgs, ctx: RequestContext) => {
      const request = alliancesRequest(args);
      const pairs = await q.alliancePairs(ctx.run, request.pairs);
      const map = buildAlliances(pairs, await memberships(ctx), { layout: request.layout });
      const entity = (id: string) => ctx.loaders.entity.load(id);
      return {
        nodes: map.nodes.map((n: AllianceNodeOut) => ({ ...n, entity: () => entity(n.id) })),
        edges: map.edges.map((e: AllianceEdgeOut) => ({ ...e, source: () => entity(e.a), target: () => entity(e.b) })),
        blocs: map.blocs.map((b: BlocOut) => bloc(b, ctx)),
        memberships: map.memberships.map((b: BlocOut) => bloc(b, ctx)),
        weights: [...RELATION_TYPE_INFO.values()].map((t) => ({ type: t.type, weight: t.weight, mode: t.mode })),
      };
    },
  },
};

function bloc(b: BlocOut, ctx: RequestContext) {
  return {
    id: b.id,
    organization: () => (b.organizationId ? ctx.loaders.entity.load(b.organizationId) : null),
    label: async () => (await ctx.loaders.entity.load(b.organizationId ?? b.label))?.name ?? b.label,
    members: async () => (await ctx.loaders.entity.loadMany(b.memberIds)).filter((e) => e && !(e instanceof Error)),
  };
}
