// Query.alliances → the pair sums to read; event types only (structural edges make blocs, not pairs).
import { RELATION_TYPE_INFO } from '../../relationTypes.ts';
import { badInput } from '../apiErrors.ts';
import { sinceDay, untilDay } from '../readArgs.ts';
import type { AlliancesRequest } from './requests.ts';

const EVENT_TYPES: string[] = [...RELATION_TYPE_INFO.values()].filter((t) => t.mode !== 'structural').map((t) => t.type);

export interface AlliancesArgs { since?: string; until?: string; types?: string[]; minEvidence: number; assertedOnly: boolean; layout: boolean; people: boolean }

export function alliancesRequest(args: AlliancesArgs): AlliancesRequest {
  if (!Number.isInteger(args.minEvidence) || args.minEvidence < 1) throw badInput('minEvidence must be at least 1');
  const types = args.types?.length ? args.types.filter((t) => EVENT_TYPES.includes(t)) : EVENT_TYPES;
  return {
    pairs: { types, since: sinceDay(args.since), until: untilDay(args.until), assertedOnly: args.assertedOnly, minEvidence: args.minEvidence, foldPeople: !args.people },
    layout: args.layout,
  };
}
