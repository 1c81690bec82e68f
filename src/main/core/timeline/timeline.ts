import type { BucketSize, EventCursor, TimelineBucket, TimelineEvent } from '../../../shared/ipc/features/timeline';
import type { ReadableDB } from '../db/connection';
import { bucketsBetween } from './days';
import { timelineError } from './errors';
import { fillBuckets } from './buckets';
import { listEvents } from './events';
import { gentleStreak, type Streak } from './streak';

/** Ten years of weeks is ~520; this allows a century while keeping the answer small. */
export const MAX_BUCKETS = 5500;
export const DEFAULT_EVENT_LIMIT = 100;

export interface TimelineQuery {
  from?: string | undefined;
  to?: string | undefined;
  bucket: BucketSize;
  weekStartsOn: number;
  eventLimit?: number | undefined;
}

export interface Timeline {
  from: string;
  to: string;
  bucket: BucketSize;
  buckets: TimelineBucket[];
  totals: { sessions: number; checkIns: number; entries: number };
  streak: Streak;
  events: { events: TimelineEvent[]; nextCursor: EventCursor | null };
}

/** The first day anything was recorded (each a min() off an index), or null in a new journal. */
export function firstDay(db: ReadableDB): string | null {
  return db
    .prepare(
      `SELECT min(day) FROM (
         SELECT min(completed_day) AS day FROM sessions WHERE status = 'completed'
         UNION ALL SELECT min(day) FROM check_ins
         UNION ALL SELECT min(day) FROM entries WHERE deleted_at IS NULL
         UNION ALL SELECT min(talked_day) FROM deck_marks)`,
    )
    .pluck()
    .get() as string | null;
}

/** Resolves an open-ended range: from the first record, up to today. */
export function resolveRange(db: ReadableDB, range: { from?: string | undefined; to?: string | undefined }, today: string) {
  const to = range.to ?? today;
  const from = range.from ?? firstDay(db) ?? to;
  return { from: from <= to ? from : to, to };
}

/**
 * Everything the timeline screen draws, counted in SQL; `today` is the couple's local day,
 * which decides which week is "this week" for the streak.
 */
export function buildTimeline(db: ReadableDB, query: TimelineQuery, today: string): Timeline {
  const { from, to } = resolveRange(db, query, today);
  const frames = bucketsBetween(from, to, query.bucket, query.weekStartsOn, MAX_BUCKETS);
  if (!frames) {
    throw timelineError.rangeTooLong();
  }
  const buckets = fillBuckets(db, { from, to, size: query.bucket, weekStartsOn: query.weekStartsOn }, frames);
  const totals = { sessions: 0, checkIns: 0, entries: 0 };
  for (const b of buckets) {
    totals.sessions += b.sessions.total;
    totals.checkIns += (b.checkIns.a?.count ?? 0) + (b.checkIns.b?.count ?? 0);
    totals.entries += b.entries;
  }
  return {
    from,
    to,
    bucket: query.bucket,
    buckets,
    totals,
    streak: gentleStreak(db, today, query.weekStartsOn),
    events: listEvents(db, { from, to }, query.eventLimit ?? DEFAULT_EVENT_LIMIT),
  };
}
