import type { ReadableDB, WritableDB } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { HearthError } from '../errors';
import { allocateEntryId } from '../journal/entry-ids';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument } from './document';
import { backupError } from './errors';

/**
 * The journal's tables to and from the backup document. Every table is named here; a
 * test compares this list with the schema, so a new table cannot be forgotten by backups.
 */
export const TABLES_IN_BACKUP = ['partners', 'settings', 'sessions', 'entries', 'entry_tags', 'check_ins'] as const;

export type Progress = (done: number, total: number) => void;

export interface DocumentMeta {
  appVersion: string;
  exportedAt: string;
}

/** One consistent snapshot of the whole journal, in insertion order (so a restore keeps it). */
export function readJournal(db: ReadableDB, meta: DocumentMeta): BackupDocument {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  return db.transaction((): BackupDocument => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: schemaVersion(db as WritableDB),
    exportedAt: meta.exportedAt,
    partners: all<BackupDocument['partners'][number]>('SELECT slot, name, created_at AS createdAt FROM partners ORDER BY slot'),
    settings: all<BackupDocument['settings'][number]>('SELECT key, value FROM settings ORDER BY key'),
    sessions: all<BackupDocument['sessions'][number]>(
      `SELECT id, exercise_id AS exerciseId, theme, status, step_index AS stepIndex, state,
              started_at AS startedAt, updated_at AS updatedAt, completed_at AS completedAt, completed_day AS completedDay
       FROM sessions ORDER BY rowid`,
    ),
    entries: all<Omit<BackupDocument['entries'][number], 'tags'> & { tags: string }>(
      `SELECT uid, author, kind, body, mood,
              (SELECT json_group_array(tag) FROM (SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag)) AS tags,
              session_id AS sessionId, created_at AS createdAt, updated_at AS updatedAt, day, deleted_at AS deletedAt
       FROM entries e ORDER BY id`,
    ).map((row) => ({ ...row, tags: JSON.parse(row.tags) as string[] })),
    checkIns: all<BackupDocument['checkIns'][number]>(
      `SELECT uid, partner, close, safe, heard, note, created_at AS createdAt, day FROM check_ins ORDER BY id`,
    ),
  }))();
}

/** Rows of each kind, for progress and for checking a restored journal against its document. */
export function countRows(db: ReadableDB) {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    partners: count('partners'),
    settings: count('settings'),
    sessions: count('sessions'),
    entries: count('entries'),
    entryTags: count('entry_tags'),
    checkIns: count('check_ins'),
  };
}

export const documentCounts = (doc: BackupDocument): ReturnType<typeof countRows> => ({
  partners: doc.partners.length,
  settings: doc.settings.length,
  sessions: doc.sessions.length,
  entries: doc.entries.length,
  entryTags: doc.entries.reduce((n, e) => n + e.tags.length, 0),
  checkIns: doc.checkIns.length,
});

/**
 * Writes a validated document into a freshly migrated, empty journal, in one transaction.
 * Entries keep their order and get ids the way the journal gives them (allocateEntryId).
 */
export function writeJournal(db: WritableDB, doc: BackupDocument, progress: Progress): void {
  const total = doc.sessions.length + doc.entries.length + doc.checkIns.length;
  let done = 0;
  const tick = () => {
    done += 1;
    if (done % 500 === 0 || done === total) progress(done, total);
  };
  const partner = db.prepare('INSERT INTO partners (slot, name, created_at) VALUES (?, ?, ?)');
  const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  const session = db.prepare(
    `INSERT INTO sessions (id, exercise_id, theme, status, step_index, state, started_at, updated_at, completed_at, completed_day)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const entry = db.prepare(
    `INSERT INTO entries (id, uid, author, kind, body, mood, session_id, created_at, updated_at, day, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = db.prepare('INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)');
  const checkIn = db.prepare(
    `INSERT INTO check_ins (uid, partner, close, safe, heard, note, created_at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const p of doc.partners) partner.run(p.slot, p.name, p.createdAt);
    for (const s of doc.settings) setting.run(s.key, s.value);
    for (const s of doc.sessions) {
      session.run(s.id, s.exerciseId, s.theme, s.status, s.stepIndex, s.state, s.startedAt, s.updatedAt, s.completedAt, s.completedDay);
      tick();
    }
    for (const e of doc.entries) {
      let id: number;
      try {
        id = allocateEntryId(db, e.createdAt);
      } catch (error) {
        // More entries in one millisecond than the journal can number: not a file Hearth wrote.
        if (error instanceof HearthError) throw backupError.invalid('too many entries share one moment');
        throw error;
      }
      entry.run(id, e.uid, e.author, e.kind, e.body, e.mood, e.sessionId, e.createdAt, e.updatedAt, e.day, e.deletedAt);
      for (const t of e.tags) tag.run(id, t);
      tick();
    }
    for (const c of doc.checkIns) {
      checkIn.run(c.uid, c.partner, c.close, c.safe, c.heard, c.note, c.createdAt, c.day);
      tick();
    }
  }).immediate();
}
