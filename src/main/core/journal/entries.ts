import { randomUUID } from 'node:crypto';
import type { Entry, Author } from '../../../shared/model';
import type { WrittenAt } from '../../../shared/ipc/contract';
import type { ReadableDB, WritableDB } from '../db/connection';
import { localDay } from '../time/local-day';

interface EntryRow {
  id: number;
  uid: string;
  author: Author;
  kind: Entry['kind'];
  body: string;
  mood: number | null;
  session_id: string | null;
  created_at: number;
  updated_at: number;
  day: string;
  tags: string | null;
}

const SELECT_ENTRY = `
  SELECT e.id, e.uid, e.author, e.kind, e.body, e.mood, e.session_id, e.created_at, e.updated_at, e.day,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag)) AS tags
  FROM entries e`;

const toEntry = (row: EntryRow): Entry => ({
  id: row.uid,
  author: row.author,
  kind: row.kind,
  body: row.body,
  mood: row.mood,
  tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
  sessionId: row.session_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  day: row.day,
});

export interface NewEntry {
  author: Author;
  body: string;
  kind?: Entry['kind'];
  mood?: number | undefined;
  tags?: string[] | undefined;
  sessionId?: string | null;
  at: WrittenAt;
}

export function createEntry(db: WritableDB, input: NewEntry): Entry {
  const uid = randomUUID();
  const tags = [...new Set(input.tags ?? [])];
  db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO entries (uid, author, kind, body, mood, session_id, created_at, updated_at, day)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        uid,
        input.author,
        input.kind ?? 'free',
        input.body,
        input.mood ?? null,
        input.sessionId ?? null,
        input.at.utc,
        input.at.utc,
        localDay(input.at),
      );
    const addTag = db.prepare('INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)');
    for (const tag of tags) addTag.run(lastInsertRowid, tag);
  }).immediate();
  const created = getEntry(db, uid);
  if (!created) throw new Error('entry vanished after insert');
  return created;
}

export function getEntry(db: ReadableDB, uid: string): Entry | null {
  const row = db.prepare(`${SELECT_ENTRY} WHERE e.uid = ? AND e.deleted_at IS NULL`).get(uid) as
    | EntryRow
    | undefined;
  return row ? toEntry(row) : null;
}

export interface EntryPage {
  entries: Entry[];
  nextCursor: { createdAt: number; id: string } | null;
}

/** Newest first, by keyset (not OFFSET), so page N costs the same as page 1. */
export function listEntries(
  db: ReadableDB,
  limit: number,
  before?: { createdAt: number; id: string },
): EntryPage {
  const rows = (
    before
      ? db
          .prepare(
            `${SELECT_ENTRY} WHERE e.deleted_at IS NULL AND (e.created_at, e.uid) < (?, ?)
             ORDER BY e.created_at DESC, e.uid DESC LIMIT ?`,
          )
          .all(before.createdAt, before.id, limit + 1)
      : db
          .prepare(
            `${SELECT_ENTRY} WHERE e.deleted_at IS NULL ORDER BY e.created_at DESC, e.uid DESC LIMIT ?`,
          )
          .all(limit + 1)
  ) as EntryRow[];
  const page = rows.slice(0, limit).map(toEntry);
  const last = page.at(-1);
  return {
    entries: page,
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export function countEntries(db: ReadableDB): number {
  return (db.prepare('SELECT count(*) AS n FROM entries WHERE deleted_at IS NULL').get() as { n: number }).n;
}
