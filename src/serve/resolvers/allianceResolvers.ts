// `alliances`: pair sums from the graph, shaped into the map the dashboard draws.
import * as q from '../../store/apiQueries.ts';
import { RELATION_TYPE_INFO } from '../../relationTypes.ts';
import { buildAlliances, type AllianceEdgeOut, type AllianceNodeOut, type BlocOut } from '../analysis/buildAlliances.ts';
import { gazetteerMemberships } from '../analysis/formalMemberships.ts';
import { badInput } from '../apiErrors.ts';
import type { RequestContext } from '../context.ts';
import { sinceDay, untilDay } from '../readArgs.ts';

const EVENT_TYPES: string[] = [...RELATION_TYPE_INFO.values()].filter((t) => t.mode !== 'structural').map((t) => t.type);

interface AlliancesArgs { since?: string; until?: string; types?: string[]; minEvidence: number; assertedOnly: boolean; layout: boolean; people: boolean }

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
      if (!Number.isInteger(args.minEvidence) || args.minEvidence < 1) throw badInput('minEvidence must be at least 1');
      const types = args.types?.length ? args.types.filter((t) => EVENT_TYPES.includes(t)) : EVENT_TYPES;
      const pairs = await q.alliancePairs(ctx.run, { types, since: sinceDay(args.since), until: untilDay(args.until), assertedOnly: args.assertedOnly, minEvidence: args.minEvidence, foldPeople: !args.people });
      const map = buildAlliances(pairs, await memberships(ctx), { layout: args.layout });
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
