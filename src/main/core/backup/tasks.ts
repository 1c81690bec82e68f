import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import type { BackupSummary } from '../../../shared/ipc/features/backup';
import { parseUnknown } from '../../../shared/parse';
import type { ErrorCode } from '../../../shared/result';
import { openEncrypted, type WritableDB } from '../db/connection';
import { migrate } from '../db/migrate';
import { HearthError } from '../errors';
import { decryptWithPassphrase, encryptWithPassphrase } from './age-file';
import { BackupDocumentV1, decodeBackupDocument, summarize, type BackupDocument } from './document';
import { asBackupError, backupError } from './errors';
import { countRows, documentCounts, readJournal, writeJournal, type DocumentMeta } from './journal-io';

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

const writeAll = (fd: number, bytes: Uint8Array) => {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
};

/** Reads, decrypts and fully validates a backup file. Nothing is written. */
export async function openBackupFile(file: string, passphrase: string, progress: OnProgress): Promise<BackupDocument> {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_BACKUP_BYTES) throw backupError.tooLarge();
    bytes = readFileSync(file);
  } catch (error) {
    throw error instanceof HearthError ? error : backupError.unreadable(error);
  }
  const plaintext = await decryptWithPassphrase(bytes, passphrase, (done, total) => progress('decrypting', done, total));
  progress('checking', 0, 1);
  const doc = decodeBackupDocument(plaintext);
  progress('checking', 1, 1);
  return doc;
}

async function exportToTemp(task: ExportTask, progress: OnProgress): Promise<ExportDone> {
  let fd: number | undefined;
  try {
    progress('reading', 0, 1);
    const key = Buffer.from(task.key);
    let snapshot: BackupDocument;
    try {
      // Its own read-only connection: a consistent snapshot while the journal stays usable.
      const db = openEncrypted(task.databasePath, { key, readonly: true, nativeBinding: task.nativeBinding });
      try {
        snapshot = readJournal(db, task.meta);
      } finally {
        db.close();
      }
    } finally {
      key.fill(0);
    }
    progress('reading', 1, 1);
    // Never write a backup that this very version would refuse to restore.
    const valid = parseUnknown(BackupDocumentV1, snapshot);
    if (!valid.ok) throw backupError.unexportable(`the first problem is at ${valid.issues[0]}`);
    const plaintext = Buffer.from(JSON.stringify(valid.value), 'utf8');

    fd = openSync(task.tempPath, 'wx', 0o600);
    const out = fd;
    await encryptWithPassphrase(plaintext, task.passphrase, task.workFactor, (piece) => writeAll(out, piece), (done, total) =>
      progress('encrypting', done, total),
    );
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;

    // Read back what reached the disk: it must decrypt to exactly what was meant.
    const written = readFileSync(task.tempPath);
    const back = await decryptWithPassphrase(written, task.passphrase, (done, total) => progress('verifying', done, total));
    if (!plaintext.equals(back)) throw backupError.unverified();
    const reread = decodeBackupDocument(back);
    if (JSON.stringify(documentCounts(reread)) !== JSON.stringify(documentCounts(valid.value))) throw backupError.unverified();
    return { summary: summarize(reread), sizeBytes: written.length };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(task.tempPath, { force: true });
    throw asBackupError(error, 'export');
  }
}

/** The journal and the document, as one comparable text: every row, keyed by its stable id. */
export function canonical(doc: Pick<BackupDocument, 'partners' | 'settings' | 'sessions' | 'entries' | 'checkIns'>): string {
  const by = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  return JSON.stringify([
    by(doc.partners, (p) => p.slot),
    by(doc.settings, (s) => s.key),
    by(doc.sessions, (s) => s.id),
    by(doc.entries, (e) => e.uid).map((e) => ({ ...e, tags: [...e.tags].sort() })),
    by(doc.checkIns, (c) => c.uid),
  ]);
}

/** Checks a freshly built journal: SQLite's own checks, then every row against the document. */
export function verifyBuilt(db: WritableDB, doc: BackupDocument): void {
  const integrity = db.pragma('integrity_check', { simple: true });
  const danglingKeys = db.pragma('foreign_key_check') as unknown[];
  db.prepare(`INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')`).run();
  if (integrity !== 'ok' || danglingKeys.length > 0) throw backupError.mismatch();
  if (JSON.stringify(countRows(db)) !== JSON.stringify(documentCounts(doc))) throw backupError.mismatch();
  const rebuilt = readJournal(db, { appVersion: doc.appVersion, exportedAt: doc.exportedAt });
  if (canonical(rebuilt) !== canonical(doc)) throw backupError.mismatch();
}

async function buildRestoredJournal(task: BuildTask, progress: OnProgress): Promise<BackupSummary> {
  // The whole document is validated before a single byte of the new journal exists.
  const doc = await openBackupFile(task.file, task.passphrase, progress);
  const key = Buffer.from(task.key);
  let db: WritableDB | undefined;
  try {
    for (const file of databaseFiles(task.stagingPath)) rmSync(file, { force: true });
    db = openEncrypted(task.stagingPath, { key, nativeBinding: task.nativeBinding });
    migrate(db);
    writeJournal(db, doc, (done, total) => progress('writing', done, total));
    progress('checking', 0, 1);
    verifyBuilt(db, doc);
    // Everything into the main file (synced), so the file alone is the journal when swapped in.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = undefined;
    const wal = `${task.stagingPath}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) throw new Error('the new journal kept a write-ahead log');
    for (const file of databaseFiles(task.stagingPath).slice(1)) rmSync(file, { force: true });
    // Main checkpoints the live journal before the swap; do the bulk of that work here, off
    // the main thread (PASSIVE: it never waits for, or blocks, the journal's own connection).
    const live = openEncrypted(task.databasePath, { key, nativeBinding: task.nativeBinding });
    try {
      live.pragma('wal_checkpoint(PASSIVE)');
    } finally {
      live.close();
    }
    progress('checking', 1, 1);
    return summarize(doc);
  } catch (error) {
    db?.close();
    for (const file of databaseFiles(task.stagingPath)) rmSync(file, { force: true });
    throw asBackupError(error, 'restore');
  } finally {
    key.fill(0);
  }
}

export async function runTask<T extends BackupTask>(task: T, progress: OnProgress): Promise<TaskResult<T>> {
  try {
    switch (task.kind) {
      case 'export':
        return (await exportToTemp(task, progress)) as TaskResult<T>;
      case 'inspect':
        return summarize(await openBackupFile(task.file, task.passphrase, progress)) as TaskResult<T>;
      case 'build':
        return (await buildRestoredJournal(task, progress)) as TaskResult<T>;
    }
    throw new Error('unknown backup task');
  } finally {
    // This thread's copy of the journal key, however the task ended.
    if ('key' in task) task.key.fill(0);
  }
}
