import type { EventCursor, TimelineEvent } from '../../../shared/ipc/features/timeline';
import type { Author, PartnerSlot } from '../../../shared/model';
import type { ReadableDB } from '../db/connection';

const DAY_MS = 86_400_000;
/** Offsets reach 14 h either side of UTC (WrittenAt), so a local day lies within these bounds. */
const ANY_OFFSET_MS = 14 * 3_600_000;

interface EventRow {
  kind: TimelineEvent['kind'];
  id: string;
  at: number;
  day: string;
  key: string;
  theme: string | null;
  exercise_id: string | null;
  partner: PartnerSlot | null;
  author: Author | null;
  entry_kind: 'free' | 'reflection' | null;
  mood: number | null;
  flag: number | null;
}

/**
 * Four newest-first index walks (sessions, check-ins, entries, deck questions talked about),
 * each cut at the page size, merged and cut again: the page never costs more than four pages
 * of reads, however long the range. Order is (moment, key) descending; the key ("s:", "c:",
 * "e:", "q:" + id) breaks ties,
 * so keyset paging neither skips nor repeats an event. No journal text is read.
 */
export function listEvents(
  db: ReadableDB,
  range: { from: string; to: string },
  limit: number,
  before?: EventCursor,
): { events: TimelineEvent[]; nextCursor: EventCursor | null } {
  const lowest = Date.parse(`${range.from}T00:00:00Z`) - ANY_OFFSET_MS;
  const highest = Math.min(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS + ANY_OFFSET_MS, before ? before.at : Infinity);
  const after = before ? `AND (at, key) < (@at, @key)` : '';
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT 'session' AS kind, id, completed_at AS at, completed_day AS day, 's:' || id AS key,
                theme, exercise_id, NULL AS partner, NULL AS author, NULL AS entry_kind, NULL AS mood, NULL AS flag
         FROM sessions
         WHERE status = 'completed' AND completed_at BETWEEN @lowest AND @highest
           AND completed_day BETWEEN @from AND @to ${after}
         ORDER BY completed_at DESC, key DESC LIMIT @take)
       UNION ALL SELECT * FROM (
         SELECT 'check-in', uid, created_at AS at, day, 'c:' || uid AS key,
                NULL, NULL, partner, NULL, NULL, NULL, note IS NOT NULL
         FROM check_ins
         WHERE created_at BETWEEN @lowest AND @highest AND day BETWEEN @from AND @to ${after}
         ORDER BY created_at DESC, key DESC LIMIT @take)
       UNION ALL SELECT * FROM (
         SELECT 'entry', uid, created_at AS at, day, 'e:' || uid AS key,
                NULL, NULL, NULL, author, kind, mood, session_id IS NOT NULL
         FROM entries
         WHERE deleted_at IS NULL AND created_at BETWEEN @lowest AND @highest
           AND day BETWEEN @from AND @to ${after}
         ORDER BY created_at DESC, uid DESC LIMIT @take)
       UNION ALL SELECT * FROM (
         SELECT 'question', question_id, talked_at AS at, talked_day AS day, 'q:' || question_id AS key,
                NULL, NULL, NULL, NULL, NULL, NULL, NULL
         FROM deck_marks
         WHERE talked_at BETWEEN @lowest AND @highest AND talked_day BETWEEN @from AND @to ${after}
         ORDER BY talked_at DESC, key DESC LIMIT @take)
       ORDER BY at DESC, key DESC LIMIT @take`,
    )
    .all({
      lowest,
      highest: Number.isFinite(highest) ? highest : Number.MAX_SAFE_INTEGER,
      from: range.from,
      to: range.to,
      take: limit + 1,
      ...(before ? { at: before.at, key: before.key } : {}),
    }) as EventRow[];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map(toEvent),
    nextCursor: rows.length > limit && last ? { at: last.at, key: last.key } : null,
  };
}

function toEvent(row: EventRow): TimelineEvent {
  const base = { id: row.id, at: row.at, day: row.day };
  switch (row.kind) {
    case 'session':
      return { kind: 'session', ...base, theme: row.theme ?? '', exerciseId: row.exercise_id ?? '' };
    case 'check-in':
      return { kind: 'check-in', ...base, partner: row.partner ?? 'a', hasNote: row.flag === 1 };
    case 'entry':
      return {
        kind: 'entry',
        ...base,
        author: row.author ?? 'both',
        entryKind: row.entry_kind ?? 'free',
        mood: row.mood,
        fromSession: row.flag === 1,
      };
    case 'question':
      return { kind: 'question', ...base };
  }
}
