import type { WritableDB } from '../../../../../src/main/core/db/connection';
import { createCheckIn } from '../../../../../src/main/core/checkins';
import { createEntry, trashEntry } from '../../../../../src/main/core/journal';
import { addSession, at, noon } from '../journal/fixture';

/**
 * A small journal with known answers (February to April 2026). Weekdays: 1 March and
 * 8, 15, 29 March and 5 April are Sundays; 2 and 16 March are Mondays.
 */
export function buildCoupleJournal(db: WritableDB): void {
  for (const [day, theme] of [
    ['2026-02-10', 'cultivate-trust'],
    ['2026-03-02', 'active-listening'],
    ['2026-03-04', 'active-listening'],
    ['2026-03-08', 'cultivate-trust'],
    ['2026-03-10', 'quality-time'],
    ['2026-03-15', 'share-feelings'],
    ['2026-03-24', 'fear-of-vulnerability'],
    ['2026-03-29', 'active-listening'],
    ['2026-04-01', 'quality-time'],
  ] as const) {
    addSession(db, theme, day);
  }
  // Neither of these counts: one was stopped, one is still going.
  addSession(db, 'active-listening', null, 'abandoned');
  addSession(db, 'quality-time', null, 'in-progress');

  for (const [partner, when, close, safe, heard] of [
    ['a', noon('2026-03-02'), 4, 3, 5],
    ['a', at('2026-03-03T08:00:00Z'), 2, 3, 4],
    ['b', at('2026-03-03T09:00:00Z'), 5, 5, 5],
    ['a', at('2026-03-03T21:00:00Z'), 3, 3, 3],
    ['b', noon('2026-03-10'), 3, 4, 2],
    // 21:00 on 12 March in UTC-5: the 13th in UTC, the 12th for b.
    ['b', at('2026-03-13T02:00:00Z', -300), 4, 4, 4],
    ['a', noon('2026-04-02'), 5, 4, 4],
  ] as const) {
    createCheckIn(db, { partner, close, safe, heard, at: when });
  }

  for (const [author, day] of [
    ['a', '2026-03-02'],
    ['both', '2026-03-03'],
    ['b', '2026-03-08'],
    ['a', '2026-03-15'],
    ['b', '2026-03-30'],
  ] as const) {
    createEntry(db, { author, body: `An evening on ${day}`, at: noon(day) });
  }
  const trashed = createEntry(db, { author: 'a', body: 'Not this one', at: noon('2026-03-04') });
  trashEntry(db, trashed.id, Date.parse('2026-03-05T00:00:00Z'));
}
