import type { ReadableDB } from '../db/connection';
import { addDays, weekStart } from './days';

export interface Streak {
  weeks: number;
  thisWeekDone: boolean;
}

/**
 * Weeks in a row with at least one completed session, counted back from this week. This
 * week without a session yet is still in progress, so it neither counts nor breaks the
 * streak. The index hands over completed days newest first (no sort: INDEXED BY, because
 * without statistics SQLite prefers the status index and sorts); the walk stops at the
 * first missing week, so it reads about as many days as the streak is long.
 */
export function gentleStreak(db: ReadableDB, today: string, weekStartsOn: number): Streak {
  const days = db
    .prepare(
      `SELECT DISTINCT completed_day FROM sessions INDEXED BY sessions_completed_by_day
       WHERE status = 'completed' AND completed_day <= ? ORDER BY completed_day DESC`,
    )
    .pluck()
    .iterate(today) as IterableIterator<string>;

  const thisWeek = weekStart(today, weekStartsOn);
  let expected = thisWeek;
  let count = 0;
  let thisWeekDone = false;
  for (const day of days) {
    const week = weekStart(day, weekStartsOn);
    if (week === addDays(expected, 7)) continue; // another day of a week already counted
    if (week === expected) {
      count += 1;
      if (week === thisWeek) thisWeekDone = true;
      expected = addDays(expected, -7);
    } else if (expected === thisWeek && week === addDays(thisWeek, -7)) {
      count += 1; // nothing yet this week: the streak runs up to last week
      expected = addDays(week, -7);
    } else {
      break; // a gap: leaving the loop closes the statement
    }
  }
  return { weeks: count, thisWeekDone };
}
