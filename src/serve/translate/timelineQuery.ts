// Entity.timeline: arguments → the timeline loader's key, and its rows (one per bucket and type) → the
// buckets the schema answers with.
import type { TimelineRow } from '../../store/apiQueries.ts';
import type { Loaders } from '../createLoaders.ts';
import { relationFilter, type RelationWhereInput } from '../readArgs.ts';
import type { TimelineArgs } from './requests.ts';

/** Dates are ISO strings, so a bucket is a date's first characters: its year, month or day. */
const BUCKET_LENGTH = { DAY: 10, MONTH: 7, YEAR: 4 } as const;

export interface TimelineQueryArgs { where?: RelationWhereInput; bucket: keyof typeof BUCKET_LENGTH }

export async function timelineRequest(loaders: Loaders, args: TimelineQueryArgs): Promise<TimelineArgs> {
  return { filter: await relationFilter(loaders, args.where), bucketLength: BUCKET_LENGTH[args.bucket] };
}

export interface TimelineBucket { start: string; counts: Array<{ type: string; count: number }>; score: number; total: number }

/** Rows in bucket order become one bucket each, starting on the bucket's first day. */
export function timelineBuckets(rows: readonly TimelineRow[]): TimelineBucket[] {
  const buckets = new Map<string, TimelineBucket>();
  for (const row of rows) {
    const start = row.bucket.length === 4 ? `${row.bucket}-01-01` : row.bucket.length === 7 ? `${row.bucket}-01` : row.bucket;
    const bucket = buckets.get(start) ?? { start, counts: [], score: 0, total: 0 };
    bucket.counts.push({ type: row.type, count: row.count });
    bucket.score += row.score;
    bucket.total += row.count;
    buckets.set(start, bucket);
  }
  return [...buckets.values()];
}
