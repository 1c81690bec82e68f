import type { BucketSize, CheckInAverages, TimelineBucket } from '../../../shared/ipc/features/timeline';
import { ThemeId } from '../../../shared/exercises/schema';
import type { PartnerSlot } from '../../../shared/model';
import type { ReadableDB } from '../db/connection';
import { bucketSql } from './days';

export interface BucketQuery {
  from: string;
  to: string;
  size: BucketSize;
  weekStartsOn: number;
}

/**
 * Each count is grouped per day first, straight off a covering index in day order (no
 * sort, no table rows), and only those per-day rows are then folded into weeks or
 * months: at most one date computation per day that had something, not one per row.
 * (INDEXED BY for sessions: without statistics SQLite prefers the status index and sorts.)
 */
function sessionsPerBucket(db: ReadableDB, q: BucketQuery) {
  return db
    .prepare(
      `WITH per_day AS (
         SELECT completed_day AS day, theme, count(*) AS n FROM sessions INDEXED BY sessions_completed_by_day
         WHERE status = 'completed' AND completed_day BETWEEN ? AND ?
         GROUP BY completed_day, theme)
       SELECT ${bucketSql('day', q.size, q.weekStartsOn)} AS bucket, theme, sum(n) AS n
       FROM per_day GROUP BY bucket, theme`,
    )
    .all(q.from, q.to) as { bucket: string; theme: string; n: number }[];
}

function entriesPerBucket(db: ReadableDB, q: BucketQuery) {
  return db
    .prepare(
      `WITH per_day AS (
         SELECT day, count(*) AS n FROM entries
         WHERE deleted_at IS NULL AND day BETWEEN ? AND ? GROUP BY day)
       SELECT ${bucketSql('day', q.size, q.weekStartsOn)} AS bucket, sum(n) AS n
       FROM per_day GROUP BY bucket`,
    )
    .all(q.from, q.to) as { bucket: string; n: number }[];
}

/** Averages are true means over the bucket's check-ins (sums over counts), not means of daily means. */
function checkInsPerBucket(db: ReadableDB, q: BucketQuery) {
  return db
    .prepare(
      `WITH per_day AS (
         SELECT day, partner, count(*) AS n, sum(close) AS close, sum(safe) AS safe, sum(heard) AS heard
         FROM check_ins WHERE day BETWEEN ? AND ? GROUP BY day, partner)
       SELECT ${bucketSql('day', q.size, q.weekStartsOn)} AS bucket, partner, sum(n) AS count,
              round(1.0 * sum(close) / sum(n), 2) AS close,
              round(1.0 * sum(safe) / sum(n), 2) AS safe,
              round(1.0 * sum(heard) / sum(n), 2) AS heard
       FROM per_day GROUP BY bucket, partner`,
    )
    .all(q.from, q.to) as ({ bucket: string; partner: PartnerSlot } & CheckInAverages)[];
}

/** Fills the given (possibly empty) buckets with what the database counted. */
export function fillBuckets(
  db: ReadableDB,
  q: BucketQuery,
  frames: readonly { start: string; end: string }[],
): TimelineBucket[] {
  const byStart = new Map<string, TimelineBucket>(
    frames.map((f) => [f.start, { ...f, sessions: { total: 0, byTheme: {} }, checkIns: { a: null, b: null }, entries: 0 }]),
  );
  for (const row of sessionsPerBucket(db, q)) {
    const bucket = byStart.get(row.bucket);
    if (!bucket) continue;
    bucket.sessions.total += row.n;
    // A theme this version does not know (written by a newer one) still counts in the total.
    const theme = ThemeId.safeParse(row.theme);
    if (theme.success) bucket.sessions.byTheme[theme.data] = row.n;
  }
  for (const row of entriesPerBucket(db, q)) {
    const bucket = byStart.get(row.bucket);
    if (bucket) bucket.entries = row.n;
  }
  for (const { bucket: start, partner, ...averages } of checkInsPerBucket(db, q)) {
    const bucket = byStart.get(start);
    if (bucket) bucket.checkIns[partner] = averages;
  }
  return [...byStart.values()];
}
