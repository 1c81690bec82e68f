import { FortnightState } from '../../../shared/ipc/features/deck';
import { parseUnknown } from '../../../shared/parse';
import type { ReadableDB, WritableDB } from '../db/connection';

/** Kept as one JSON value in the settings table, so backups carry it like any setting. */
export const FORTNIGHT_KEY = 'firstFortnight';

const NOT_STARTED: FortnightState = { startedOn: null, done: [], dismissed: false };

export function readFortnight(db: ReadableDB): FortnightState {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(FORTNIGHT_KEY) as { value: string } | undefined;
  if (!row) return NOT_STARTED;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return NOT_STARTED;
  }
  const parsed = parseUnknown(FortnightState, stored);
  return parsed.ok ? parsed.value : NOT_STARTED;
}

function writeFortnight(db: WritableDB, state: FortnightState): FortnightState {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    FORTNIGHT_KEY,
    JSON.stringify(state),
  );
  return state;
}

/** The path begins the first day it is shown, so "day 3" means the couple's third day with it. */
export function startFortnight(db: WritableDB, today: string): FortnightState {
  const state = readFortnight(db);
  return state.startedOn || state.dismissed ? state : writeFortnight(db, { ...state, startedOn: today });
}

export function updateFortnight(
  db: WritableDB,
  change: { done?: number | undefined; undone?: number | undefined; dismissed?: boolean | undefined },
  today: string,
): FortnightState {
  return db.transaction(() => {
    const state = readFortnight(db);
    const done = new Set(state.done);
    if (change.done !== undefined) done.add(change.done);
    if (change.undone !== undefined) done.delete(change.undone);
    return writeFortnight(db, {
      startedOn: state.startedOn ?? today,
      done: [...done].sort((x, y) => x - y),
      dismissed: change.dismissed ?? state.dismissed,
    });
  }).immediate();
}
