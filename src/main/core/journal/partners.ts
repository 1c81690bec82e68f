import type { Partner } from '../../../shared/model';
import type { ReadableDB, WritableDB } from '../db/connection';

export function setPartners(db: WritableDB, names: readonly [string, string], now: number): void {
  const upsert = db.prepare(
    `INSERT INTO partners (slot, name, created_at) VALUES (?, ?, ?)
     ON CONFLICT (slot) DO UPDATE SET name = excluded.name`,
  );
  db.transaction(() => {
    upsert.run('a', names[0], now);
    upsert.run('b', names[1], now);
  }).immediate();
}

export function listPartners(db: ReadableDB): Partner[] {
  return db.prepare('SELECT slot, name FROM partners ORDER BY slot').all() as Partner[];
}
