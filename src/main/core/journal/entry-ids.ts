import type { ReadableDB, WritableDB } from '../db/connection';
import { journalError } from './errors';

/**
 * An entry's integer id is its moment: created_at * 1000 + n, n counting entries written
 * in the same millisecond (migration 0020 explains why and enforces it with a trigger).
 * So id order is time order, also for a back-dated entry, and every index that ends in
 * the entry id (FTS5 rowids, tags) lists entries newest first without a sort.
 */
export const PER_MILLISECOND = 1000;

/** The next free id for an entry written at `createdAt`. Anyone inserting entries uses this. */
export function allocateEntryId(db: WritableDB, createdAt: number): number {
  const base = createdAt * PER_MILLISECOND;
  const { last } = db
    .prepare('SELECT max(id) AS last FROM entries WHERE id BETWEEN ? AND ?')
    .get(base, base + PER_MILLISECOND - 1) as { last: number | null };
  if (last === null) return base;
  if (last - base + 1 >= PER_MILLISECOND) {
    throw journalError.tooManyAtOnce();
  }
  return last + 1;
}

/** The smallest id an entry written at `createdAt` can have; ids below it are strictly older. */
export const firstIdAt = (createdAt: number): number => createdAt * PER_MILLISECOND;

/** The integer id behind a uid, for keyset cursors. */
export function entryKey(db: ReadableDB, uid: string): number | null {
  const row = db.prepare('SELECT id FROM entries WHERE uid = ?').get(uid) as { id: number } | undefined;
  return row?.id ?? null;
}
