import type { ReadableDB, WritableDB } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { HearthError } from '../errors';
import { CHILD_TABLES, DESCRIBED_TABLES, iterateRecords, recordWriter, TABLES, type AnyTable, type RecordWriter } from '../schema';
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

/** The fingerprint of what a journal holds, computed as restore computes it from the file. */
export function journalDigest(db: ReadableDB): RowsDigest {
  const digest = new RowsDigest();
  for (const table of TABLES) for (const row of iterateRecords(db, table)) digest.add(table, row);
  return digest;
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
