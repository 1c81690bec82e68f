import type { TrashedEntry } from '../../../shared/ipc/features/journal';
import type { Entry } from '../../../shared/model';
import type { ReadableDB, WritableDB } from '../db/connection';
import { requireEntry } from './entries';
import { journalError } from './errors';
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './entry-row';

/** To the trash: the entry disappears from lists, search and the timeline, and can come back. */
export function trashEntry(db: WritableDB, uid: string, now: number): { id: string; deletedAt: number } {
  const { changes } = db
    .prepare('UPDATE entries SET deleted_at = ? WHERE uid = ? AND deleted_at IS NULL')
    .run(now, uid);
  if (changes === 0) throw journalError.entryGone();
  return { id: uid, deletedAt: now };
}

export function restoreEntry(db: WritableDB, uid: string): Entry {
  const { changes } = db
    .prepare('UPDATE entries SET deleted_at = NULL WHERE uid = ? AND deleted_at IS NOT NULL')
    .run(uid);
  if (changes === 0) throw journalError.notInTrash();
  return requireEntry(db, uid);
}

export interface TrashPage {
  entries: TrashedEntry[];
  nextCursor: { deletedAt: number; id: string } | null;
}

/** Most recently deleted first, by keyset over (deleted_at, uid). */
export function listTrash(db: ReadableDB, limit: number, before?: { deletedAt: number; id: string }): TrashPage {
  const rows = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS}, e.deleted_at FROM entries e
       WHERE e.deleted_at IS NOT NULL ${before ? 'AND (e.deleted_at, e.uid) < (?, ?)' : ''}
       ORDER BY e.deleted_at DESC, e.uid DESC LIMIT ?`,
    )
    .all(...(before ? [before.deletedAt, before.id] : []), limit + 1) as (EntryRow & { deleted_at: number })[];
  const page = rows.slice(0, limit).map((row) => ({ ...toEntry(row), deletedAt: row.deleted_at }));
  const last = page.at(-1);
  return {
    entries: page,
    nextCursor: rows.length > limit && last ? { deletedAt: last.deletedAt, id: last.id } : null,
  };
}

/**
 * Erases every entry in the trash for good. The delete trigger takes each body out of the
 * full-text index, which (migration 0020) removes the words themselves rather than marking
 * them deleted; `secure_delete` zeroes the freed pages; and the checkpoint moves the change
 * out of the write-ahead log, so no older copy of those pages waits there.
 */
export function emptyTrash(db: WritableDB): { removed: number } {
  const { changes } = db.transaction(() => db.prepare('DELETE FROM entries WHERE deleted_at IS NOT NULL').run()).immediate();
  if (changes > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return { removed: changes };
}
