import { join } from 'node:path';
import { openEncrypted, type WritableDB } from '../../../../../src/main/core/db/connection';
import { migrate } from '../../../../../src/main/core/db/migrate';
import type { WrittenAt } from '../../../../../src/shared/ipc/written-at';

const KEY = Buffer.alloc(32, 7);

/** A real, migrated SQLCipher journal in a temporary folder. */
export function openJournal(dir: string): WritableDB {
  const db = openEncrypted(join(dir, 'journal.db'), { key: KEY });
  migrate(db);
  return db;
}

/** A moment: an ISO instant and the writer's offset east of UTC in minutes. */
export const at = (iso: string, offsetMinutes = 0): WrittenAt => ({ utc: Date.parse(iso), offsetMinutes });

/** Noon UTC on a day, for rows whose local day is that day at offset 0. */
export const noon = (day: string, offsetMinutes = 0): WrittenAt => at(`${day}T12:00:00Z`, offsetMinutes);

let sessionCount = 0;

/** A session row as the exercises feature writes it; completed ones carry their local day. */
export function addSession(
  db: WritableDB,
  theme: string,
  completedDay: string | null,
  status: 'completed' | 'abandoned' | 'in-progress' = 'completed',
): string {
  const id = `session-${++sessionCount}`;
  const moment = Date.parse(`${completedDay ?? '2026-01-01'}T12:00:00Z`);
  db.prepare(
    `INSERT INTO sessions (id, exercise_id, theme, status, started_at, updated_at, completed_at, completed_day)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    `exercise-${theme}`,
    theme,
    status,
    moment - 1_800_000,
    moment,
    status === 'completed' ? moment : null,
    status === 'completed' ? completedDay : null,
  );
  return id;
}
