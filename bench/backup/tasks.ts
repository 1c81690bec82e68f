/**
 * Export and restore for engines (b) and (c), step for step as Hearth's worker does them
 * (src/main/core/backup/tasks.ts: exportToTemp, buildRestoredJournal), built from the same
 * core functions (export: the app's own exportJournal for (b), and its writeVerifiedBackup around
 * (c)'s document; restore: writeJournal, the age file format with native scrypt, the document
 * schema and its checks). Only the store differs: (b) opens plain SQLite, (c)
 * decrypts or seals its one JSON file. Keep these in step with tasks.ts.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import type { WritableDB } from '../../src/main/core/db/connection';
import { migrate } from '../../src/main/core/db/migrate';
import { summarize, type BackupDocument } from '../../src/main/core/backup/document';
import { writeJournal, type DocumentMeta } from '../../src/main/core/backup/journal-io';
import { canonical, databaseFiles, exportJournal, openBackupFile, verifyBuilt, writeVerifiedBackup } from '../../src/main/core/backup/tasks';
import { openPlain } from '../engines/plain-connection';
import { openStore, sealStore } from '../engines/whole-file-store';

export interface PlainExportTask {
  kind: 'plain-export';
  databasePath: string;
  cacheKiB: number;
  passphrase: string;
  workFactor: number;
  tempPath: string;
  meta: DocumentMeta;
}
export interface PlainBuildTask {
  kind: 'plain-build';
  file: string;
  passphrase: string;
  stagingPath: string;
  databasePath: string;
  cacheKiB: number;
}
export interface FileExportTask {
  kind: 'file-export';
  storePath: string;
  key: Uint8Array;
  passphrase: string;
  workFactor: number;
  tempPath: string;
}
export interface FileBuildTask {
  kind: 'file-build';
  file: string;
  passphrase: string;
  stagingPath: string;
  key: Uint8Array;
}
export type BenchTask = PlainExportTask | PlainBuildTask | FileExportTask | FileBuildTask;

const writeAll = (fd: number, bytes: Uint8Array) => {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
};

// canonical() and verifyBuilt() are the app's own (src/main/core/backup/tasks.ts): the
// engines are checked exactly as Hearth checks a restored journal.

/** (b): Hearth's own export (exportJournal: the text made by SQLite, sealed as it comes) on a plain connection. */
async function plainExport(task: PlainExportTask) {
  const db = openPlain(task.databasePath, { readonly: true, cacheKiB: task.cacheKiB });
  try {
    return await exportJournal(db, task.meta, task, () => {});
  } catch (error) {
    rmSync(task.tempPath, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

async function plainBuild(task: PlainBuildTask) {
  const doc = await openBackupFile(task.file, task.passphrase, () => {});
  let db: WritableDB | undefined;
  try {
    for (const file of databaseFiles(task.stagingPath)) rmSync(file, { force: true });
    db = openPlain(task.stagingPath, { cacheKiB: task.cacheKiB });
    migrate(db);
    writeJournal(db, doc, () => {});
    verifyBuilt(db, doc);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = undefined;
    const wal = `${task.stagingPath}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) throw new Error('the new journal kept a write-ahead log');
    for (const file of databaseFiles(task.stagingPath).slice(1)) rmSync(file, { force: true });
    const live = openPlain(task.databasePath, { cacheKiB: task.cacheKiB });
    try {
      live.pragma('wal_checkpoint(PASSIVE)');
    } finally {
      live.close();
    }
    return summarize(doc);
  } catch (error) {
    db?.close();
    for (const file of databaseFiles(task.stagingPath)) rmSync(file, { force: true });
    throw error;
  }
}

/** (c): the snapshot is the store file itself, decrypted and parsed; then exactly Hearth's steps. */
async function fileExport(task: FileExportTask) {
  return writeVerifiedBackup(() => JSON.parse(openStore(readFileSync(task.storePath), task.key).toString('utf8')) as BackupDocument, task, () => {});
}

/**
 * (c): decrypt and validate the backup (as Hearth does), seal it as the new store beside the
 * old one, flush it, and check it reads back to the same document (Hearth checks its built
 * journal row by row). Main swaps it in and loads it.
 */
async function fileBuild(task: FileBuildTask) {
  const doc = await openBackupFile(task.file, task.passphrase, () => {});
  rmSync(task.stagingPath, { force: true });
  const plaintext = Buffer.from(JSON.stringify(doc), 'utf8');
  const sealed = sealStore(plaintext, task.key);
  const fd = openSync(task.stagingPath, 'wx', 0o600);
  try {
    writeAll(fd, sealed);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const back = openStore(readFileSync(task.stagingPath), task.key);
  if (!back.equals(plaintext)) throw new Error('mismatch');
  const reread = JSON.parse(back.toString('utf8')) as BackupDocument;
  if (canonical(reread) !== canonical(doc)) throw new Error('mismatch');
  return summarize(doc);
}

export async function runBenchTask(task: BenchTask): Promise<unknown> {
  switch (task.kind) {
    case 'plain-export':
      return plainExport(task);
    case 'plain-build':
      return plainBuild(task);
    case 'file-export':
      return fileExport(task);
    case 'file-build':
      return fileBuild(task);
  }
}
