/**
 * The app's own read and write paths, called exactly as its IPC handlers call them, for any
 * connection: Hearth's SQLCipher one (a) and the plain one (b) run the same functions, so
 * the same SQL, on the same schema.
 */
import type { WritableDB } from '../../src/main/core/db/connection';
import { countEntries, createEntry, listEntries, listPartners, searchEntries } from '../../src/main/core/journal';
import { recentSessions, sessionsInProgress } from '../../src/main/core/sessions/sessions';
import { suggestNext } from '../../src/main/core/sessions/suggestion';
import { addDays, buildTimeline } from '../../src/main/core/timeline';
import { newEntryBody, TODAY, TODAY_MS } from '../generate';
import type { HomeRead, TimelineRange, TimelineRead } from './types';

/** "Now" for every engine: the evening of the journal's last day. */
export const NOW = TODAY_MS + 20 * 3_600_000;
export const WEEK_STARTS_ON = 1;
export const PAGE = 50;
/** How many recent sessions the home screen shows (HomeExercises' RECENT). */
const RECENT = 3;

/** What the first home screen asks for: journal.summary, entries.list, home.suggestion, sessions.inProgress, sessions.recent. */
export function readHome(db: WritableDB): HomeRead {
  const partners = listPartners(db);
  const entryCount = countEntries(db);
  const page = listEntries(db, PAGE);
  const suggestion = suggestNext(db, NOW);
  const inProgress = sessionsInProgress(db);
  const recent = recentSessions(db, RECENT);
  return {
    entryCount,
    newest: page.entries.map((e) => e.id),
    partners: partners.length,
    inProgress: inProgress.length,
    recent: recent.length,
    suggestion: suggestion.exerciseId,
  };
}

/** The timeline screen: the last year by week, or everything since the first record by month. */
export const timelineQuery = (range: TimelineRange) =>
  range === 'last-year'
    ? { from: addDays(TODAY, -364), to: TODAY, bucket: 'week' as const, weekStartsOn: WEEK_STARTS_ON }
    : { bucket: 'month' as const, weekStartsOn: WEEK_STARTS_ON };

export function readTimeline(db: WritableDB, range: TimelineRange): TimelineRead {
  const t = buildTimeline(db, timelineQuery(range), TODAY);
  return { buckets: t.buckets.length, totals: t.totals, streakWeeks: t.streak.weeks, events: t.events.events.length };
}

export const runSearch = (db: WritableDB, query: string): string[] => searchEntries(db, query, PAGE).hits.map((h) => h.entry.id);

/** The entry the save workload writes (i-th of the run), at the journal's "now". */
export const newEntry = (i: number) => ({
  author: (i % 2 ? 'a' : 'b') as 'a' | 'b',
  body: newEntryBody(i),
  mood: 4,
  tags: ['us', 'small-wins'],
  at: { utc: NOW + i * 1000, offsetMinutes: 60 },
});

export function saveEntry(db: WritableDB, i: number): void {
  createEntry(db, newEntry(i));
}
