import type { WritableDB } from './connection';
import { DatabaseFromFutureError } from '../errors';
import { MIGRATIONS, type Migration } from './migrations';

export const latestSchemaVersion = (migrations: readonly Migration[] = MIGRATIONS): number =>
  migrations.at(-1)?.version ?? 0;

export const schemaVersion = (db: WritableDB): number =>
  db.pragma('user_version', { simple: true }) as number;

/**
 * Brings the schema up to date in one transaction, or refuses by name a journal written
 * by a newer Hearth (before changing anything).
 */
export function migrate(db: WritableDB, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const latest = latestSchemaVersion(migrations);
  if (current > latest) throw new DatabaseFromFutureError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return latest;
}
