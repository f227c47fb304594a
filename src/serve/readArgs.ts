// Turns GraphQL arguments into validated query parameters: page sizes, cursors, dates, entity references.
import type { RelationFilter } from '../store/apiQueries.ts';
import { RELATION_TYPES } from '../model.ts';
import { badInput } from './apiErrors.ts';
import type { Loaders } from './createLoaders.ts';

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw badInput(`after: ${JSON.stringify(after.slice(0, 40))} is not a cursor from this API`);
  return Number(match[1]) + 1;
}

export function connection<T>(page: T[], total: number, skip: number) {
  return {
    edges: page.map((node, i) => ({ cursor: encodeCursor(skip + i), node })),
    totalCount: total,
    pageInfo: {
      hasNextPage: skip + page.length < total,
      hasPreviousPage: skip > 0,
      startCursor: page.length ? encodeCursor(skip) : null,
      endCursor: page.length ? encodeCursor(skip + page.length - 1) : null,
    },
  };
}

/** `since` starts at the first day of the period given, `until` ends on its last. */
export function sinceDay(date: string | null | undefined): string | null {
  if (!date) return null;
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export function untilDay(date: string | null | undefined): string | null {
  if (!date) return null;
  // Stored dates are ISO strings, so "-31" closes any month and "-12-31" any year.
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

export interface RelationWhereInput {
  source?: string | null;
  target?: string | null;
  either?: string | null;
  types?: string[] | null;
  polarity?: string[] | null;
  since?: string | null;
  until?: string | null;
  minEvidence?: number | null;
}

/** The longest entity id or name accepted; no stored one comes near it. */
export const MAX_REF_LENGTH = 300;

/** Refuses an over-long entity reference; `what` names it in the message as the argument is called. */
export function checkRefLength(ref: string, what = 'entity references'): void {
  if (ref.length > MAX_REF_LENGTH) throw badInput(`${what} are at most ${MAX_REF_LENGTH} characters`);
}

/** An entity reference (id or any name) becomes a list of ids; an unknown one matches nothing. */
async function refIds(loaders: Loaders, ref: string | null | undefined): Promise<string[] | null> {
  if (ref === null || ref === undefined) return null;
  checkRefLength(ref);
  const id = await loaders.entityRef.load(ref);
  return id ? [id] : [];
}

/** The filter with its entity references still as given: for a statement that resolves them itself. */
export function relationFilterByRef(where: RelationWhereInput | null | undefined): RelationFilter {
  const w = where ?? {};
  for (const ref of [w.source, w.target, w.either]) if (ref) checkRefLength(ref);
  const refs = { source: w.source ?? undefined, target: w.target ?? undefined, either: w.either ?? undefined };
  return { ...baseFilter(w, {}), sourceIds: null, targetIds: null, eitherIds: null, refs };
}

export async function relationFilter(loaders: Loaders, where: RelationWhereInput | null | undefined, defaults: { types?: string[] } = {}): Promise<RelationFilter> {
  const w = where ?? {};
  const [sourceIds, targetIds, eitherIds] = await Promise.all([refIds(loaders, w.source), refIds(loaders, w.target), refIds(loaders, w.either)]);
  return { ...baseFilter(w, defaults), sourceIds, targetIds, eitherIds };
}

function baseFilter(w: RelationWhereInput, defaults: { types?: string[] }): Omit<RelationFilter, 'sourceIds' | 'targetIds' | 'eitherIds'> {
  const minEvidence = w.minEvidence ?? 1;
  if (!Number.isInteger(minEvidence) || minEvidence < 0 || minEvidence > 1_000_000) throw badInput('minEvidence must be between 0 and 1000000');
  return {
    types: w.types?.length ? w.types : defaults.types ?? [...RELATION_TYPES],
    minEvidence,
    since: sinceDay(w.since),
    until: untilDay(w.until),
    polarity: w.polarity?.length ? w.polarity : null,
  };
}
