import type { ReadableDB, WritableDB } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { HearthError } from '../errors';
import type { BackupSummary } from '../../../shared/ipc/features/backup';
import {
  CHILD_TABLES,
  checkIns,
  DESCRIBED_TABLES,
  entries,
  iterateRecords,
  partners,
  recordWriter,
  selectCanonicalSql,
  selectRecordsJsonBatchSql,
  sessions,
  TABLES,
  type AnyTable,
  type RecordWriter,
} from '../schema';
import { BACKUP_FORMAT, BACKUP_VERSION, RowsDigest, type BackupDocument } from './document';
import { backupError } from './errors';
import type { PrivatePageBlob } from '../private/backup-blobs';

/**
 * The journal's tables to and from the backup document, all derived from the one
 * description in core/schema: no column is named here. A test compares the description
 * with the migrated schema, so a new table or column cannot be forgotten by backups.
 */
export const TABLES_IN_BACKUP = DESCRIBED_TABLES;

export type Progress = (done: number, total: number) => void;

export interface DocumentMeta {
  appVersion: string;
  exportedAt: string;
  /** Sealed private pages, read by main with the pages locked (core/private/backup-blobs.ts). */
  privatePages?: PrivatePageBlob[];
}

/** One consistent snapshot of the whole journal, in insertion order (so a restore keeps it). */
export function readJournal(db: ReadableDB, meta: DocumentMeta): BackupDocument {
  return db.transaction((): BackupDocument => {
    const doc: Record<string, unknown> = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      appVersion: meta.appVersion,
      schemaVersion: schemaVersion(db as WritableDB),
      exportedAt: meta.exportedAt,
    };
    for (const table of TABLES) doc[table.document] = [...iterateRecords(db, table)];
    if (meta.privatePages?.length) doc['privatePages'] = meta.privatePages;
    return doc as unknown as BackupDocument;
  })();
}

/** Rows of each kind (a child table under its own name), for progress and for checking a restored journal. */
export function countRows(db: ReadableDB): Record<string, number> {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  return Object.fromEntries(DESCRIBED_TABLES.map((table) => [table, count(table)]));
}

export const documentCounts = (doc: BackupDocument): Record<string, number> => {
  const rows = (t: AnyTable) => ((doc as unknown as Record<string, unknown[] | undefined>)[t.document] ?? []) as Record<string, unknown>[];
  const counts: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t.table, rows(t).length]));
  for (const child of CHILD_TABLES) {
    const parent = TABLES.find((t) => t.table === child.parent)!;
    counts[child.table] = rows(parent).reduce((n, row) => n + (row[child.field] as unknown[]).length, 0);
  }
  return Object.fromEntries(DESCRIBED_TABLES.map((t) => [t, counts[t] ?? 0]));
};

/** The fingerprint of what a journal holds, as restore computes it from the file: each row's canonical text made by SQLite. */
export function journalDigest(db: ReadableDB): RowsDigest {
  const digest = new RowsDigest();
  for (const table of TABLES) {
    for (const text of db.prepare(selectCanonicalSql(table)).pluck().iterate() as Iterable<string>) digest.addText(table, text);
  }
  return digest;
}

/**
 * The document's JSON text from one consistent snapshot, in pieces handed to `emit`: the
 * envelope, then each table's records as SQLite writes them (json_object, from the
 * description), never a JS object per row. Returns what the backup holds.
 *
 * Records are not validated again here. Each one passed its write path's validator when it
 * was written, and the journal's STRICT types, CHECK, UNIQUE and foreign-key constraints
 * hold on every write; that double-check cost more than all of `age -p` at 100,000 entries
 * (~1 s). Restore still validates every record, as a file is untrusted. What the tables
 * alone cannot promise is checked: both partners are there (else restore would refuse it).
 */
export function writeJournalJson(
  db: ReadableDB,
  meta: DocumentMeta,
  emit: (text: string | Uint8Array) => void,
  progress: Progress,
): BackupSummary {
  return db.transaction((): BackupSummary => {
    const counts = countRows(db);
    const total = TABLES.reduce((n, t) => n + (counts[t.table] ?? 0), 0);
    const summary = journalSummary(db, meta);
    if (summary.partners.map((p) => p.slot).join() !== 'a,b') throw backupError.unexportable('the first problem is at partners: needs partners a and b');
    let done = 0;
    let reported = 0;
    emit(
      `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"appVersion":${JSON.stringify(meta.appVersion)},` +
        `"schemaVersion":${schemaVersion(db as WritableDB)},"exportedAt":${JSON.stringify(meta.exportedAt)}`,
    );
    for (const table of TABLES) {
      emit(`,${JSON.stringify(table.document)}:[`);
      const firstBatch = db.prepare(selectRecordsJsonBatchSql(table, true, EXPORT_BATCH_ROWS));
      const nextBatch = db.prepare(selectRecordsJsonBatchSql(table, false, EXPORT_BATCH_ROWS));
      let last: unknown;
      for (let batch = 0; ; batch++) {
        const { text, last: key, n } = (batch === 0 ? firstBatch.get() : nextBatch.get(last)) as { text: Buffer | null; last: unknown; n: number };
        if (n === 0 || !text) break;
        if (batch > 0) emit(',');
        emit(text);
        last = key;
        done += n;
        if (done - reported >= 2000) progress((reported = done), total);
        if (n < EXPORT_BATCH_ROWS) break;
      }
      emit(']');
    }
    if (meta.privatePages?.length) emit(`,"privatePages":${JSON.stringify(meta.privatePages)}`);
    emit('}');
    progress(total, total);
    return summary;
  })();
}

/**
 * Records per piece of text SQLite makes: ~64 KB for ordinary entries, and at most ~42 MB
 * for 64 entries at their largest (100,000 characters), so memory stays bounded.
 */
const EXPORT_BATCH_ROWS = 64;

/**
 * What a person sees of a backup (who, how much, which days), asked of the journal itself:
 * a few queries the journal's indexes answer without reading every entry.
 */
export function journalSummary(db: ReadableDB, meta: Pick<DocumentMeta, 'appVersion' | 'exportedAt'>): BackupSummary {
  const q = (name: string) => `"${name}"`;
  const deleted = q(entries.fields.deletedAt.column);
  const entryDay = q(entries.fields.day.column);
  const checkInDay = q(checkIns.fields.day.column);
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  // Each its own query, so each is one step down an index (entries_by_day, entries_in_trash…).
  const live = one<{ n: number; first: string | null; last: string | null }>(
    `SELECT (SELECT count(*) FROM ${q(entries.table)}) - (SELECT count(*) FROM ${q(entries.table)} WHERE ${deleted} IS NOT NULL) AS n,
       (SELECT min(${entryDay}) FROM ${q(entries.table)} WHERE ${deleted} IS NULL) AS first,
       (SELECT max(${entryDay}) FROM ${q(entries.table)} WHERE ${deleted} IS NULL) AS last`,
  );
  const trash = one<{ n: number; first: string | null; last: string | null }>(
    `SELECT count(*) AS n, min(${entryDay}) AS first, max(${entryDay}) AS last FROM ${q(entries.table)} WHERE ${deleted} IS NOT NULL`,
  );
  const checkInDays = one<{ n: number; first: string | null; last: string | null }>(
    `SELECT count(*) AS n, min(${checkInDay}) AS first, max(${checkInDay}) AS last FROM ${q(checkIns.table)}`,
  );
  const days = [live, trash, checkInDays];
  const firsts = days.map((d) => d.first).filter((d): d is string => d !== null).sort();
  const lasts = days.map((d) => d.last).filter((d): d is string => d !== null).sort();
  const partnerRows = db
    .prepare(`SELECT ${q(partners.fields.slot.column)} AS slot, ${q(partners.fields.name.column)} AS name FROM ${q(partners.table)} ORDER BY 1`)
    .all() as { slot: 'a' | 'b'; name: string }[];
  return {
    formatVersion: BACKUP_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    partners: partnerRows.map(({ slot, name }) => ({ slot, name })),
    entries: live.n,
    inTrash: trash.n,
    checkIns: checkInDays.n,
    sessions: (db.prepare(`SELECT count(*) AS n FROM ${q(sessions.table)}`).get() as { n: number }).n,
    firstDay: firsts[0] ?? null,
    lastDay: lasts.at(-1) ?? null,
  };
}

/** Inserts validated records, table by table, into a freshly migrated journal. */
export class JournalLoader {
  private readonly writers = new Map<string, RecordWriter>();
  rows = 0;

  constructor(private readonly db: WritableDB) {}

  insert(table: AnyTable, row: Record<string, unknown>): void {
    let writer = this.writers.get(table.document);
    if (!writer) this.writers.set(table.document, (writer = recordWriter(this.db, table)));
    try {
      this.rows += writer.insert(row);
    } catch (error) {
      // More entries in one millisecond than the journal can number: not a file Hearth wrote.
      if (error instanceof HearthError) throw backupError.invalid('too many entries share one moment');
      // A row the journal's own constraints refuse (its checks and triggers): not one Hearth wrote either.
      if (String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) {
        throw backupError.invalid(`the first problem is at ${table.document}: not accepted by the journal`);
      }
      throw error;
    }
  }
}

/**
 * Writes a validated document into a freshly migrated, empty journal, in one transaction.
 * Entries keep their order and get ids the way the journal gives them (allocateEntryId).
 */
export function writeJournal(db: WritableDB, doc: BackupDocument, progress: Progress): void {
  const rows = (t: AnyTable) => ((doc as unknown as Record<string, unknown[] | undefined>)[t.document] ?? []) as Record<string, unknown>[];
  const total = TABLES.reduce((n, t) => n + rows(t).length, 0);
  const loader = new JournalLoader(db);
  let done = 0;
  db.transaction(() => {
    for (const table of TABLES) {
      for (const row of rows(table)) {
        loader.insert(table, row);
        done += 1;
        if (done % 500 === 0 || done === total) progress(done, total);
      }
    }
  }).immediate();
}
