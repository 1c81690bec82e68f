import { randomUUID } from 'node:crypto';
import type { WrittenAt } from '../../../shared/ipc/contract';
import type { PrivateCheckIn, PrivateCursor, PrivateNote } from '../../../shared/ipc/features/private';
import type { ReadableDB, WritableDB } from '../db/connection';
import { toFtsQuery } from '../journal/search-query';
import { localDay } from '../time/local-day';
import { privateError } from './errors';

/** Notes and check-in answers on one open private page. Every function takes the page's own database. */

interface NoteRow {
  id: number;
  uid: string;
  body: string;
  mood: number | null;
  tags: string;
  created_at: number;
  updated_at: number;
  day: string;
}

const COLUMNS = 'n.id, n.uid, n.body, n.mood, n.tags, n.created_at, n.updated_at, n.day';

const toNote = (row: NoteRow): PrivateNote => ({
  id: row.uid,
  body: row.body,
  mood: row.mood,
  tags: JSON.parse(row.tags) as string[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  day: row.day,
});

const tagsJson = (tags: readonly string[] | undefined) => JSON.stringify([...new Set(tags ?? [])].sort());

export interface NewNote {
  body: string;
  mood?: number | undefined;
  tags?: string[] | undefined;
  at: WrittenAt;
}

export function createNote(db: WritableDB, input: NewNote): PrivateNote {
  const uid = randomUUID();
  db.prepare('INSERT INTO notes (uid, body, mood, tags, created_at, updated_at, day) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    uid,
    input.body,
    input.mood ?? null,
    tagsJson(input.tags),
    input.at.utc,
    input.at.utc,
    localDay(input.at),
  );
  return requireNote(db, uid);
}

export function requireNote(db: ReadableDB, uid: string): PrivateNote {
  const row = db.prepare(`SELECT ${COLUMNS} FROM notes n WHERE n.uid = ?`).get(uid) as NoteRow | undefined;
  if (!row) throw privateError.noteGone();
  return toNote(row);
}

export interface NoteChanges {
  body?: string | undefined;
  mood?: number | null | undefined;
  tags?: string[] | undefined;
}

export function updateNote(db: WritableDB, uid: string, changes: NoteChanges, now: number): PrivateNote {
  const sets = ['updated_at = ?'];
  const params: (string | number | null)[] = [now];
  if (changes.body !== undefined) sets.push('body = ?') && params.push(changes.body);
  if (changes.mood !== undefined) sets.push('mood = ?') && params.push(changes.mood);
  if (changes.tags !== undefined) sets.push('tags = ?') && params.push(tagsJson(changes.tags));
  const { changes: changed } = db.prepare(`UPDATE notes SET ${sets.join(', ')} WHERE uid = ?`).run(...params, uid);
  if (changed === 0) throw privateError.noteGone();
  return requireNote(db, uid);
}

/** Gone for good; secure_delete (set on every open) overwrites its bytes in the file. */
export function deleteNote(db: WritableDB, uid: string): void {
  const { changes } = db.prepare('DELETE FROM notes WHERE uid = ?').run(uid);
  if (changes === 0) throw privateError.noteGone();
}

/** Newest first, by keyset over (created_at, uid). */
export function listNotes(db: ReadableDB, limit: number, before?: PrivateCursor): { notes: PrivateNote[]; nextCursor: PrivateCursor | null } {
  const rows = (
    before
      ? db
          .prepare(
            `SELECT ${COLUMNS} FROM notes n WHERE (n.created_at, n.uid) < (?, ?) ORDER BY n.created_at DESC, n.uid DESC LIMIT ?`,
          )
          .all(before.createdAt, before.id, limit + 1)
      : db.prepare(`SELECT ${COLUMNS} FROM notes n ORDER BY n.created_at DESC, n.uid DESC LIMIT ?`).all(limit + 1)
  ) as NoteRow[];
  const notes = rows.slice(0, limit).map(toNote);
  const last = notes.at(-1);
  return { notes, nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

/** Full-text search in the page's own file, words and tags, with the journal's safe query builder. */
export function searchNotes(db: ReadableDB, typed: string, limit: number): PrivateNote[] {
  const query = toFtsQuery(typed);
  if (!query) return [];
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM notes_fts f JOIN notes n ON n.id = f.rowid
       WHERE notes_fts MATCH ? ORDER BY n.created_at DESC, n.uid DESC LIMIT ?`,
    )
    .all(query, limit) as NoteRow[];
  return rows.map(toNote);
}

interface CheckInRow {
  uid: string;
  close: number;
  safe: number;
  heard: number;
  note: string | null;
  created_at: number;
  day: string;
}

const toCheckIn = (row: CheckInRow): PrivateCheckIn => ({
  id: row.uid,
  close: row.close,
  safe: row.safe,
  heard: row.heard,
  note: row.note,
  createdAt: row.created_at,
  day: row.day,
});

export function createPrivateCheckIn(
  db: WritableDB,
  input: { close: number; safe: number; heard: number; note?: string | undefined; at: WrittenAt },
): PrivateCheckIn {
  const uid = randomUUID();
  db.prepare('INSERT INTO check_ins (uid, close, safe, heard, note, created_at, day) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    uid,
    input.close,
    input.safe,
    input.heard,
    input.note?.trim() || null,
    input.at.utc,
    localDay(input.at),
  );
  return toCheckIn(db.prepare('SELECT uid, close, safe, heard, note, created_at, day FROM check_ins WHERE uid = ?').get(uid) as CheckInRow);
}

/** The page's check-ins, newest first (the most recent hundred). */
export function listPrivateCheckIns(db: ReadableDB): PrivateCheckIn[] {
  return (
    db
      .prepare('SELECT uid, close, safe, heard, note, created_at, day FROM check_ins ORDER BY created_at DESC, uid DESC LIMIT 100')
      .all() as CheckInRow[]
  ).map(toCheckIn);
}
