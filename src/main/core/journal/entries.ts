import { randomUUID } from 'node:crypto';
import type { Entry, Author } from '../../../shared/model';
import type { WrittenAt } from '../../../shared/ipc/contract';
import type { EntryCursor, EntryFilter } from '../../../shared/ipc/features/journal';
import type { ReadableDB, WritableDB } from '../db/connection';
import { deckError } from '../deck/errors';
import { questionById } from '../../../shared/deck';
import { localDay } from '../time/local-day';
import { allocateEntryId } from './entry-ids';
import { journalError } from './errors';
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './entry-row';
import { entryConditions } from './filters';

export interface NewEntry {
  author: Author;
  body: string;
  kind?: Entry['kind'];
  mood?: number | undefined;
  tags?: string[] | undefined;
  sessionId?: string | null | undefined;
  /** The deck question it was written about; must be one of the deck's. */
  questionId?: string | null | undefined;
  /** Shared from its author's private page: when it was written there (migration 0050). */
  writtenPrivatelyAt?: number | null | undefined;
  at: WrittenAt;
}

export function createEntry(db: WritableDB, input: NewEntry): Entry {
  const uid = randomUUID();
  if (input.questionId && !questionById(input.questionId)) throw deckError.noSuchQuestion();
  db.transaction(() => {
    if (input.sessionId && !db.prepare('SELECT 1 FROM sessions WHERE id = ?').get(input.sessionId)) {
      throw journalError.sessionGone();
    }
    const id = allocateEntryId(db, input.at.utc);
    db.prepare(
      `INSERT INTO entries (id, uid, author, kind, body, mood, session_id, question_id, written_privately_at, created_at, updated_at, day)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      uid,
      input.author,
      input.kind ?? 'free',
      input.body,
      input.mood ?? null,
      input.sessionId ?? null,
      input.questionId ?? null,
      input.writtenPrivatelyAt ?? null,
      input.at.utc,
      input.at.utc,
      localDay(input.at),
    );
    replaceTags(db, id, input.tags ?? []);
  }).immediate();
  return requireEntry(db, uid);
}

function replaceTags(db: WritableDB, id: number, tags: readonly string[]): void {
  db.prepare('DELETE FROM entry_tags WHERE entry_id = ?').run(id);
  const addTag = db.prepare('INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)');
  for (const tag of new Set(tags)) addTag.run(id, tag);
}

/** A live entry (not in the trash), or null. */
export function getEntry(db: ReadableDB, uid: string): Entry | null {
  const row = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.uid = ? AND e.deleted_at IS NULL`).get(uid) as
    | EntryRow
    | undefined;
  return row ? toEntry(row) : null;
}

export function requireEntry(db: ReadableDB, uid: string): Entry {
  const entry = getEntry(db, uid);
  if (!entry) throw journalError.entryGone();
  return entry;
}

export interface EntryChanges {
  body?: string | undefined;
  /** null clears the mood; undefined leaves it. */
  mood?: number | null | undefined;
  /** Replaces every tag when given. */
  tags?: string[] | undefined;
}

/** Edits a live entry; the full-text index follows the body through its trigger. */
export function updateEntry(db: WritableDB, uid: string, changes: EntryChanges, now: number): Entry {
  db.transaction(() => {
    const row = db.prepare('SELECT id FROM entries WHERE uid = ? AND deleted_at IS NULL').get(uid) as
      | { id: number }
      | undefined;
    if (!row) throw journalError.entryGone();
    const sets = ['updated_at = ?'];
    const params: (string | number | null)[] = [now];
    if (changes.body !== undefined) {
      sets.push('body = ?');
      params.push(changes.body);
    }
    if (changes.mood !== undefined) {
      sets.push('mood = ?');
      params.push(changes.mood);
    }
    db.prepare(`UPDATE entries SET ${sets.join(', ')} WHERE id = ?`).run(...params, row.id);
    if (changes.tags !== undefined) replaceTags(db, row.id, changes.tags);
  }).immediate();
  return requireEntry(db, uid);
}

export interface EntryPage {
  entries: Entry[];
  nextCursor: EntryCursor | null;
}

/**
 * Newest first, by keyset (not OFFSET), so page N costs the same as page 1. Ids are moments
 * (entry-ids.ts), so walking ids downwards is walking time backwards, back-dated entries
 * included, and a tag filter walks its index in the same order.
 */
export function listEntries(db: ReadableDB, limit: number, before?: EntryCursor, filter?: EntryFilter): EntryPage {
  const { clauses, params } = entryConditions(db, filter, before, 'list');
  const rows = db
    .prepare(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${clauses.join(' AND ')} ORDER BY e.id DESC LIMIT ?`)
    .all(...params, limit + 1) as EntryRow[];
  const { items, nextCursor } = pageOf(rows.map(toEntry), limit);
  return { entries: items, nextCursor };
}

/** Cuts one extra fetched item off and turns the last kept one into the cursor. */
export function pageOf<T extends { createdAt: number; id: string }>(
  items: T[],
  limit: number,
): { items: T[]; nextCursor: EntryCursor | null } {
  const page = items.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = items.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null;
  return { items: page, nextCursor };
}

/** Entries outside the trash: one row kept by triggers (migration 0030), not a walk over every entry. */
export function countEntries(db: ReadableDB): number {
  return (db.prepare('SELECT live_entries AS n FROM journal_counts WHERE id = 1').get() as { n: number }).n;
}

/** Tags in use outside the trash, most used first. */
export function listTags(db: ReadableDB): { tag: string; count: number }[] {
  return db
    .prepare(
      `SELECT t.tag, count(*) AS count FROM entry_tags t JOIN entries e ON e.id = t.entry_id
       WHERE e.deleted_at IS NULL GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT 1000`,
    )
    .all() as { tag: string; count: number }[];
}
