import { DEFAULT_SETTINGS, Settings } from '../../../shared/ipc/features/vault';
import { parseUnknown } from '../../../shared/parse';
import type { ReadableDB, WritableDB } from '../db/connection';

/** Settings live inside the encrypted journal, one JSON value per key. */
export function readSettings(db: ReadableDB): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const parsed = parseUnknown(Settings, { ...DEFAULT_SETTINGS, ...stored });
  // A value this version does not understand falls back to the default rather than failing.
  return parsed.ok ? parsed.value : DEFAULT_SETTINGS;
}

export function updateSettings(db: WritableDB, changes: Partial<Settings>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return readSettings(db);
}
