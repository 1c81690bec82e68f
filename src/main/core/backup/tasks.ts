import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import type { BackupSummary } from '../../../shared/ipc/features/backup';
import type { ErrorCode } from '../../../shared/result';
import { openEncrypted, type ReadableDB, type WritableDB } from '../db/connection';
import { migrate } from '../db/migrate';
import { HearthError } from '../errors';
import { CHILD_TABLES, TABLES, type AnyTable } from '../schema';
import { openWithPassphrase, startPassphraseWriter, verifyAgeFile, type AgePlaintext, type EarlyAgeWriter, type PassphraseSeal } from './age-file';
import {
  BACKUP_FORMAT,
  canonicalRow,
  MAX_DOCUMENT_BYTES,
  readBackupDocument,
  RowsDigest,
  summarize,
  type BackupDocument,
  type StreamedDocument,
} from './document';
import { asBackupError, backupError } from './errors';
import { discardStagedPrivatePages, stagePrivatePages } from '../private/backup-blobs';
import { countRows, documentCounts, journalDigest, JournalLoader, TABLES_IN_BACKUP, writeJournalJson, type DocumentMeta } from './journal-io';

/**
 * The heavy half of export, inspect and restore: JSON, encryption, scrypt, SQLite writes.
 * It runs in a worker thread (run-task.ts) so the main process never stalls; the same
 * functions run in-thread in tests that care about the data rather than the thread.
 */

export type BackupPhase = 'reading' | 'encrypting' | 'verifying' | 'decrypting' | 'checking' | 'writing';
export type OnProgress = (phase: BackupPhase, done: number, total: number) => void;

/** What the worker tells main: progress, then exactly one of done or failed. */
export type WorkerMessage =
  | { type: 'progress'; phase: BackupPhase; done: number; total: number }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; code: ErrorCode; message?: string; errorName?: string };

/** No real journal comes near this; a JSON text above it would not even fit in one JS string. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

interface KeyedDatabase {
  /** A copy of the journal's key; structured-cloned into the worker and wiped there. */
  key: Uint8Array;
  nativeBinding: string | undefined;
}
export interface ExportTask extends KeyedDatabase {
  kind: 'export';
  databasePath: string;
  passphrase: string;
  workFactor: number;
  /** Beside the target; main renames it into place once this task has verified it. */
  tempPath: string;
  meta: DocumentMeta;
}
export interface InspectTask {
  kind: 'inspect';
  file: string;
  passphrase: string;
}
export interface BuildTask extends KeyedDatabase {
  kind: 'build';
  file: string;
  passphrase: string;
  /** The new journal file, beside the current one; main swaps it in. */
  stagingPath: string;
  /** The live journal, whose write-ahead log is folded in here so main's last checkpoint is short. */
  databasePath: string;
}
export type BackupTask = ExportTask | InspectTask | BuildTask;

export interface ExportDone {
  summary: BackupSummary;
  sizeBytes: number;
}
export type TaskResult<T extends BackupTask> = T extends ExportTask ? ExportDone : BackupSummary;

/** The files SQLite may keep for one database. */
export const databaseFiles = (path: string) => ['', '-wal', '-shm', '-journal'].map((suffix) => `${path}${suffix}`);

/**
 * Opens a backup file for reading: refuses at once a file, or a plaintext (its exact size
 * is known from the file's size), larger than any Hearth backup could be, before any of
 * it is decrypted or parsed.
 */
async function openBackupPlaintext(file: string, passphrase: string, progress: OnProgress): Promise<AgePlaintext> {
  try {
    if (statSync(file).size > MAX_BACKUP_BYTES) throw backupError.tooLarge();
  } catch (error) {
    throw error instanceof HearthError ? error : backupError.unreadable(error);
  }
  const opened = await openWithPassphrase(file, passphrase, (done, total) => progress('decrypting', done, total));
  if (opened.size > MAX_DOCUMENT_BYTES) {
    await opened.close();
    throw backupError.tooLarge();
  }
  return opened;
}

/**
 * Decrypts and validates a backup as a stream, record by record, handing each valid
 * record to `onRecord`; nothing is held whole. What `onRecord` did must be thrown away if
 * this fails (the file's last chunk is authenticated only at its end).
 */
export async function streamBackupFile(
  file: string,
  passphrase: string,
  progress: OnProgress,
  onRecord?: (table: AnyTable, row: Record<string, unknown>) => void,
): Promise<StreamedDocument> {
  const opened = await openBackupPlaintext(file, passphrase, progress);
  try {
    return await readBackupDocument(opened.chunks, onRecord);
  } finally {
    await opened.close();
  }
}

/** Reads, decrypts and fully validates a backup file, and returns it whole (the bench's other engines). */
export async function openBackupFile(file: string, passphrase: string, progress: OnProgress): Promise<BackupDocument> {
  const rows = new Map<string, Record<string, unknown>[]>();
  const { envelope } = await streamBackupFile(file, passphrase, progress, (table, row) => {
    const list = rows.get(table.document) ?? [];
    rows.set(table.document, list);
    list.push(row);
  });
  return {
    format: BACKUP_FORMAT,
    ...envelope,
    ...Object.fromEntries(TABLES.map((t) => [t.document, rows.get(t.document) ?? []])),
  } as unknown as BackupDocument;
}

/**
 * The document as JSON text in pieces: exactly the bytes of `JSON.stringify(doc)`, one
 * top-level field or one array row at a time, so the whole text never exists at once.
 */
export function* documentJson(doc: object): Generator<string> {
  let first = true;
  yield '{';
  for (const [field, value] of Object.entries(doc)) {
    const head = `${first ? '' : ','}${JSON.stringify(field)}:`;
    if (!Array.isArray(value)) {
      const text = JSON.stringify(value) as string | undefined;
      // JSON.stringify leaves out undefined fields (and functions) altogether.
      if (text === undefined) continue;
      yield head + text;
    } else {
      yield `${head}[`;
      for (let i = 0; i < value.length; i++) yield (i > 0 ? ',' : '') + (JSON.stringify(value[i]) ?? 'null');
      yield ']';
    }
    first = false;
  }
  yield '}';
}

/** Text is gathered into pieces of about this many characters before it is encoded and sealed. */
const JSON_BATCH = 256 * 1024;

const writeAllAt = (fd: number, bytes: Uint8Array, position: number) => {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset, position + offset);
};

async function exportToTemp(task: ExportTask, progress: OnProgress): Promise<ExportDone> {
  let db: ReadableDB | undefined;
  try {
    progress('reading', 0, 1);
    const key = Buffer.from(task.key);
    try {
      // Its own read-only connection: a consistent snapshot while the journal stays usable.
      db = openEncrypted(task.databasePath, { key, readonly: true, nativeBinding: task.nativeBinding });
    } finally {
      key.fill(0);
    }
    // The snapshot itself is read as the text is made (writeJournalJson), in one transaction.
    progress('reading', 1, 1);
    return await exportJournal(db, task.meta, task, progress);
  } catch (error) {
    rmSync(task.tempPath, { force: true });
    throw asBackupError(error, 'export');
  } finally {
    db?.close();
  }
}

/**
 * Export from an open journal (Hearth's worker; the bench's plain engine too): the text is
 * made by SQLite record by record (writeJournalJson), sealed and written as it comes, and
 * the file checked once it is on the disk.
 */
export function exportJournal(
  db: ReadableDB,
  meta: DocumentMeta,
  task: { passphrase: string; workFactor: number; tempPath: string },
  progress: OnProgress,
): Promise<ExportDone> {
  return sealVerified(task, progress, (emit) => writeJournalJson(db, meta, emit, (done, total) => progress('encrypting', done, total)));
}

/**
 * Export's steps around a snapshot held whole as a document (the bench's whole-file
 * engine): its JSON text, piece by piece, through the same sealing and checks.
 */
export async function writeVerifiedBackup(
  takeSnapshot: () => BackupDocument,
  task: { passphrase: string; workFactor: number; tempPath: string },
  progress: OnProgress,
): Promise<ExportDone> {
  return sealVerified(task, progress, (emit) => {
    const snapshot = takeSnapshot();
    for (const piece of documentJson(snapshot)) emit(piece);
    return summarize(snapshot);
  });
}

/**
 * Writes the text `produce` emits to `task.tempPath` as an age file, and checks what
 * reached the disk. The one scrypt starts first and runs on libuv's thread pool while the
 * text is made, sealed and written behind the header's reserved place (the payload's key
 * does not depend on scrypt); the header goes in front once scrypt is done. Then fsync,
 * and the file is read back with the keys already derived (no second scrypt): it must
 * authenticate chunk by chunk and decrypt to exactly the bytes meant (their SHA-256).
 */
async function sealVerified(
  task: { passphrase: string; workFactor: number; tempPath: string },
  progress: OnProgress,
  produce: (emit: (text: string | Uint8Array) => void) => BackupSummary,
): Promise<ExportDone> {
  let fd: number | undefined;
  let writer: EarlyAgeWriter | undefined;
  let seal: PassphraseSeal | undefined;
  try {
    fd = openSync(task.tempPath, 'wx', 0o600);
    const out = fd;
    let end = 0;
    writer = await startPassphraseWriter(task.passphrase, task.workFactor, (piece, position) => {
      writeAllAt(out, piece, position);
      end = Math.max(end, position + piece.length);
    });
    const sealer = writer;
    const meant = createHash('sha256');
    let pieces: string[] = [];
    let gathered = 0;
    const take = (bytes: Uint8Array) => {
      meant.update(bytes);
      sealer.push(bytes);
    };
    const flush = () => {
      if (pieces.length > 0) take(Buffer.from(pieces.join(''), 'utf8'));
      pieces = [];
      gathered = 0;
    };
    // Text is gathered and encoded in batches; bytes (SQLite's own UTF-8) go straight in.
    const summary = produce((text) => {
      if (typeof text !== 'string') {
        flush();
        take(text);
        return;
      }
      pieces.push(text);
      gathered += text.length;
      if (gathered >= JSON_BATCH) flush();
    });
    flush();
    writer.end();
    const header = await writer.header();
    seal = header.seal;
    writeAllAt(out, header.bytes, 0);
    const sizeBytes = end;
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;

    const back = await verifyAgeFile(task.tempPath, seal);
    if (back.size !== writer.plaintextBytes) {
      await back.close();
      throw backupError.unverified();
    }
    const got = createHash('sha256');
    let checked = 0;
    for await (const chunk of back.chunks) {
      got.update(chunk);
      checked += chunk.length;
      if (checked % (1 << 20) < chunk.length) progress('verifying', checked, back.size);
    }
    progress('verifying', back.size, back.size);
    if (!got.digest().equals(meant.digest())) throw backupError.unverified();
    return { summary, sizeBytes };
  } catch (error) {
    // Whatever happened, the scrypt already started is awaited and its keys wiped.
    if (!seal) await writer?.abandon();
    if (fd !== undefined) closeSync(fd);
    rmSync(task.tempPath, { force: true });
    throw asBackupError(error, 'export');
  } finally {
    seal?.wipe();
  }
}

/** The journal and the document, as one comparable text: every row, in its table's canonical form, sorted. */
export function canonical(doc: Pick<BackupDocument, 'partners' | 'settings' | 'sessions' | 'entries' | 'checkIns'>): string {
  const rows = (t: AnyTable) => ((doc as unknown as Record<string, Record<string, unknown>[] | undefined>)[t.document] ?? []);
  return JSON.stringify(TABLES.map((t) => rows(t).map((row) => canonicalRow(t, row)).sort()));
}

/**
 * Checks a freshly built journal: SQLite's own checks (integrity, which since SQLite 3.44
 * includes the full-text index's own integrity check, so that is not run twice; foreign
 * keys), then the rows of every table against the fingerprint of the file's.
 */
function verifyJournal(db: WritableDB, counts: Record<string, number>, digest: RowsDigest): void {
  const integrity = db.pragma('integrity_check', { simple: true });
  const danglingKeys = db.pragma('foreign_key_check') as unknown[];
  if (integrity !== 'ok' || danglingKeys.length > 0) throw backupError.mismatch();
  if (JSON.stringify(countRows(db)) !== JSON.stringify(counts)) throw backupError.mismatch();
  if (!journalDigest(db).equals(digest)) throw backupError.mismatch();
}

/** Checks a built journal against a document held whole (the bench's other engines). */
export function verifyBuilt(db: WritableDB, doc: BackupDocument): void {
  const digest = new RowsDigest();
  for (const table of TABLES) {
    for (const row of ((doc as unknown as Record<string, Record<string, unknown>[] | undefined>)[table.document] ?? [])) digest.add(table, row);
  }
  verifyJournal(db, documentCounts(doc), digest);
}

/**
 * Bulk-load settings for the new journal only (it is thrown away on any failure, so it
 * needs no rollback journal and no syncs until it is complete): no journal, no syncs, and
 * the secondary indexes and the full-text index set aside until the rows are in, as
 * building them once is far cheaper than keeping them up to date row by row.
 */
export function beginBulkLoad(db: WritableDB, documentBytes: number): (onStep?: (step: 'committed' | 'indexed') => void) => void {
  const setAside = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND name LIKE 'entries_fts_%'))`,
    )
    .all() as { type: 'index' | 'trigger'; name: string; sql: string }[];
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  // A page cache in proportion to the backup (a journal is ~1.8× its document), so most
  // pages are encrypted once, when written, and the verification reads them from memory;
  // capped so that memory stays within 2× the backup's size + 200 MB (finding 5).
  db.pragma(`cache_size = -${Math.round(Math.min(BULK_CACHE_MAX, Math.max(BULK_CACHE_MIN, 1.5 * documentBytes)) / 1024)}`);
  // Rows may refer to rows later in the file (any JSON layout); checked at the end instead.
  db.pragma('foreign_keys = OFF');
  for (const { type, name } of setAside) db.exec(`DROP ${type === 'index' ? 'INDEX' : 'TRIGGER'} "${name}"`);
  db.exec('BEGIN IMMEDIATE');
  // onStep: the bench times the three steps of the end (bench/backup/restore-floor.ts).
  return (onStep) => {
    db.exec('COMMIT');
    onStep?.('committed');
    db.transaction(() => {
      for (const { sql } of setAside) db.exec(sql);
      onStep?.('indexed');
      // The full-text index gathers tokens in memory up to this size before it writes a
      // segment (1 MiB by default): fewer, larger segments make the one rebuild ~15% cheaper
      // at 100,000 entries (64 MiB saved little more, and broke the memory bound). The
      // journal keeps SQLite's default for its own small writes.
      db.prepare(`INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ${FTS_BULK_HASH})`).run();
      db.prepare(`INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')`).run();
      db.prepare(`INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ${FTS_DEFAULT_HASH})`).run();
    })();
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  };
}

const BULK_CACHE_MIN = 16 * 1024 * 1024;
/** At most this much of the text's tokens is held at once (within restore's memory bound, issue 15). */
const FTS_BULK_HASH = 8 * 1024 * 1024;
const FTS_DEFAULT_HASH = 1024 * 1024;
const BULK_CACHE_MAX = 144 * 1024 * 1024;

/** A file's contents to the disk (SQLite did not sync during the bulk load). */
function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function buildRestoredJournal(task: BuildTask, progress: OnProgress): Promise<BackupSummary> {
  const key = Buffer.from(task.key);
  let db: WritableDB | undefined;
  try {
    // The header, passphrase and size are checked before a single byte of the new journal exists.
    const opened = await openBackupPlaintext(task.file, task.passphrase, progress);
    let streamed: StreamedDocument;
    try {
      for (const file of databaseFiles(task.stagingPath)) rmSync(file, { force: true });
      db = openEncrypted(task.stagingPath, { key, nativeBinding: task.nativeBinding });
      migrate(db);
      const endBulkLoad = beginBulkLoad(db, opened.size);
      const loader = new JournalLoader(db);
      // Each record is validated, then inserted at once: the document is never held whole.
      streamed = await readBackupDocument(opened.chunks, (table, row) => loader.insert(table, row));
      progress('writing', 1, 1);
      endBulkLoad();
      // Sealed private pages wait beside the staged journal; main moves them in after the swap.
      stagePrivatePages(task.stagingPath, streamed.privatePages ?? []);
    } finally {
      await opened.close();
    }
    progress('checking', 0, 1);
    verifyJournal(db, streamedCounts(streamed), streamed.checker.digest!);
    // Everything into the main file, synced, so the file alone is the journal when swapped in.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = undefined;
    const wal = `${task.stagingPath}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) throw new Error('the new journal kept a write-ahead log');
    for (const file of databaseFiles(task.stagingPath).slice(1)) rmSync(file, { force: true });
    syncFile(task.stagingPath);
    // Main checkpoints the live journal before the swap; do the bulk of that work here, off
    // the main thread (PASSIVE: it never waits for, or blocks, the journal's own connection).
    const live = openEncrypted(task.databasePath, { key, nativeBinding: task.nativeBinding });
    try {
      live.pragma('wal_checkpoint(PASSIVE)');
    } finally {
      live.close();
    }
    progress('checking', 1, 1);
    return streamed.summary;
  } catch (error) {
    db?.close();
    for (const file of databaseFiles(task.stagingPath)) rmSync(file, { force: true });
    discardStagedPrivatePages(task.stagingPath);
    throw asBackupError(error, 'restore');
  } finally {
    key.fill(0);
  }
}

/** Rows of each table as the file had them, in countRows' shape. */
function streamedCounts({ checker }: StreamedDocument): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t.table, checker.counts.get(t.document) ?? 0]));
  for (const child of CHILD_TABLES) counts[child.table] = checker.childRows;
  return Object.fromEntries(TABLES_IN_BACKUP.map((t) => [t, counts[t] ?? 0]));
}

export async function runTask<T extends BackupTask>(task: T, progress: OnProgress): Promise<TaskResult<T>> {
  try {
    switch (task.kind) {
      case 'export':
        return (await exportToTemp(task, progress)) as TaskResult<T>;
      case 'inspect':
        return (await streamBackupFile(task.file, task.passphrase, progress)).summary as TaskResult<T>;
      case 'build':
        return (await buildRestoredJournal(task, progress)) as TaskResult<T>;
    }
    throw new Error('unknown backup task');
  } finally {
    // This thread's copy of the journal key, however the task ended.
    if ('key' in task) task.key.fill(0);
  }
}
