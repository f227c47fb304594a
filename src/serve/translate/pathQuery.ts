// Query.path → the shortest-path request: both ends as references (the statement resolves them).
import { MAX_PATH_HOPS } from '../../store/readLimits.ts';
import { RELATION_TYPE_INFO } from '../../relationTypes.ts';
import { badInput } from '../apiErrors.ts';
import { checkRefLength, pageSize } from '../readArgs.ts';
import type { PathRequest } from './requests.ts';

export interface PathArgs { from: string; to: string; maxHops: number; types?: string[]; first?: number }

export function pathRequest(args: PathArgs): PathRequest {
  if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_PATH_HOPS) throw badInput(`maxHops must be between 1 and ${MAX_PATH_HOPS}`);
  checkRefLength(args.from);
  checkRefLength(args.to);
  const types = args.types?.length ? args.types : [...RELATION_TYPE_INFO.keys()];
  return { from: args.from, to: args.to, maxHops: args.maxHops, types, first: pageSize(args.first, 5) };
}
