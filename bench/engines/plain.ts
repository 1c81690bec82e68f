/**
 * Engine (b): plain SQLite (the same better-sqlite3-multiple-ciphers build, no key), the
 * app's schema through its own migrations, the same pragmas, and the same read and write
 * functions as (a). The difference between (a) and (b) is the cost of encryption.
 * Export and restore follow Hearth's steps (bench/backup/tasks.ts) in a worker thread, and
 * the main-thread half (safety-copy link, checkpoint, swap, reopen, folder flush) calls the
 * app's own helpers.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { StartWorker } from '../../src/main/core/backup/run-task';
import { flushFolder } from '../../src/main/core/backup/flush';
import { writeJournal } from '../../src/main/core/backup/journal-io';
import { linkSafetyCopy, SAFETY_DIR, stagingPathFor, swapInRestoredJournal } from '../../src/main/core/backup/safety-copies';
import { databaseFiles } from '../../src/main/core/backup/tasks';
import type { WritableDB } from '../../src/main/core/db/connection';
import { migrate } from '../../src/main/core/db/migrate';
import { DATABASE_FILE } from '../../src/main/core/hearth';
import { PASSPHRASE, type Journal } from '../generate';
import { runInWorker } from '../backup/workers';
import { isPlaintextSqlite, openPlain } from './plain-connection';
import { NOW, readHome, readTimeline, runSearch, saveEntry } from './sql-reads';
import type { Engine, HomeRead, TimelineRange, TimelineRead } from './types';

export interface PlainEngineOptions {
  dir: string;
  startWorker: StartWorker;
  workFactor: number;
  /** Hearth's page cache, as its connection reports it. */
  cacheKiB: () => number;
}

export class PlainEngine implements Engine {
  readonly id = 'plain' as const;
  readonly label = '(b) plain SQLite';
  private readonly dataDir: string;
  private readonly path: string;
  private db: WritableDB | null = null;

  constructor(private readonly options: PlainEngineOptions) {
    this.dataDir = join(options.dir, 'plain');
    this.path = join(this.dataDir, DATABASE_FILE);
  }

  private connect(): WritableDB {
    const db = openPlain(this.path, { cacheKiB: this.options.cacheKiB() });
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  /** The open connection. */
  connection(): WritableDB {
    if (!this.db) throw new Error('plain engine is closed');
    return this.db;
  }

  async build(journal: Journal): Promise<void> {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    const db = this.connect();
    writeJournal(db, journal, () => {});
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    if (!isPlaintextSqlite(this.path)) throw new Error('engine (b) must be unencrypted');
  }

  async open(): Promise<HomeRead> {
    this.db = this.connect();
    return readHome(this.db);
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  timeline(range: TimelineRange): TimelineRead {
    return readTimeline(this.connection(), range);
  }

  search(query: string): string[] {
    return runSearch(this.connection(), query);
  }

  async save(i: number): Promise<void> {
    saveEntry(this.connection(), i);
  }

  async exportBackup(target: string): Promise<void> {
    this.connection();
    const tempPath = join(dirname(target), `.${randomBytes(6).toString('hex')}.partial`);
    try {
      await runInWorker(this.options.startWorker, {
        kind: 'plain-export',
        databasePath: this.path,
        cacheKiB: this.options.cacheKiB(),
        passphrase: PASSPHRASE,
        workFactor: this.options.workFactor,
        tempPath,
        meta: { appVersion: '0.1.0', exportedAt: new Date(NOW).toISOString() },
      });
      await rename(tempPath, target);
      await flushFolder(dirname(target));
    } finally {
      rmSync(tempPath, { force: true });
    }
  }

  async restoreBackup(file: string): Promise<void> {
    this.connection();
    const stagingPath = stagingPathFor(this.dataDir);
    try {
      await runInWorker(this.options.startWorker, {
        kind: 'plain-build',
        file,
        passphrase: PASSPHRASE,
        stagingPath,
        databasePath: this.path,
        cacheKiB: this.options.cacheKiB(),
      });
      const linked = await linkSafetyCopy(this.path, NOW);
      // hearth.replaceDatabase: fold the log in, close, swap, reopen (synchronous, main thread).
      const db = this.connection();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      this.db = null;
      swapInRestoredJournal(this.path, stagingPath, linked, NOW);
      this.db = this.connect();
      await flushFolder(this.dataDir);
    } finally {
      for (const path of databaseFiles(stagingPath)) rmSync(path, { force: true });
    }
  }

  afterRestore(): void {
    rmSync(join(this.dataDir, SAFETY_DIR), { recursive: true, force: true });
  }

  storeBytes(): number {
    const size = (p: string) => statSync(p, { throwIfNoEntry: false })?.size ?? 0;
    return size(this.path) + size(`${this.path}-wal`);
  }

  dispose(): void {
    this.close();
  }
}
