/**
 * Engine (a): Hearth's store exactly as the app opens it. createHearth with the device lock
 * (the default): unlock reads the device key from the keychain (here an in-memory one, so
 * the OS keychain's latency is not measured), unwraps the journal key, and opens the file
 * through openEncrypted (SQLCipher, raw key, WAL, synchronous=FULL) and migrate. Reads and
 * writes are the app's own functions; export and restore are the app's exportBackup and
 * restoreBackup, with their worker thread.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { exportBackup, restoreBackup } from '../../src/main/core/backup';
import { SAFETY_DIR } from '../../src/main/core/backup/safety-copies';
import { writeJournal } from '../../src/main/core/backup/journal-io';
import { openEncrypted } from '../../src/main/core/db/connection';
import { migrate } from '../../src/main/core/db/migrate';
import { createHearth, DATABASE_FILE, type Hearth } from '../../src/main/core/hearth';
import type { Keychain } from '../../src/main/core/vault/keychain';
import type { StartWorker } from '../../src/main/core/backup/run-task';
import { PASSPHRASE, type Journal } from '../generate';
import { connectionSettings } from './plain-connection';
import { NOW, readHome, readTimeline, runSearch, saveEntry } from './sql-reads';
import type { Engine, HomeRead, TimelineRange, TimelineRead } from './types';

function memoryKeychain(): Keychain {
  const items = new Map<string, Buffer>();
  return {
    get: async (account) => (items.has(account) ? Buffer.from(items.get(account)!) : null),
    set: async (account, secret) => void items.set(account, Buffer.from(secret)),
    delete: async (account) => items.delete(account),
  };
}

export interface HearthEngineOptions {
  dir: string;
  startWorker: StartWorker;
  workFactor: number;
}

export class HearthEngine implements Engine {
  readonly id = 'hearth' as const;
  readonly label = '(a) Hearth: SQLCipher';
  private readonly hearth: Hearth;
  private readonly dataDir: string;
  /** The pragmas Hearth's connection reports, for engine (b) to copy and check against. */
  settings: Record<string, unknown> = {};

  constructor(private readonly options: HearthEngineOptions) {
    this.dataDir = join(options.dir, 'hearth');
    this.hearth = createHearth({
      dataDir: this.dataDir,
      keychain: memoryKeychain(),
      clock: () => NOW,
      // Only setup and passphrase unlocks stretch a secret; the device unlock measured here does not.
      kdf: async () => ({ name: 'scrypt', N: 2 ** 14, r: 8, p: 1 }),
      sleep: async () => {},
    });
  }

  async build(journal: Journal): Promise<void> {
    await this.hearth.setup([journal.partners[0]!.name, journal.partners[1]!.name]);
    const db = this.hearth.db();
    // The restore path's own bulk writer (ids allocated as the journal allocates them).
    db.prepare('DELETE FROM partners').run();
    writeJournal(db, journal, () => {});
    db.pragma('wal_checkpoint(TRUNCATE)');
    this.settings = connectionSettings(db);
    this.storeKey = await this.hearth.withDatabaseKey(async ({ dek }) => Buffer.from(dek));
    this.hearth.lock();
  }

  /**
   * The store alone, key in hand: openEncrypted + migrate + the home screen's reads on a
   * fresh connection, without the vault step of unlock (keychain read, key unwrap). Shows
   * how much of (a)'s unlock is the vault and how much the encrypted store.
   */
  async openStoreOnly(): Promise<HomeRead> {
    if (!this.storeKey) throw new Error('build the hearth engine first');
    const db = openEncrypted(join(this.dataDir, DATABASE_FILE), { key: this.storeKey });
    try {
      migrate(db);
      return readHome(db);
    } finally {
      db.close();
    }
  }

  private storeKey: Buffer | null = null;

  /** The open connection (for the suite's checks). */
  connection() {
    return this.hearth.db();
  }

  async open(): Promise<HomeRead> {
    await this.hearth.unlock();
    return readHome(this.hearth.db());
  }

  close(): void {
    this.hearth.lock();
  }

  timeline(range: TimelineRange): TimelineRead {
    return readTimeline(this.hearth.db(), range);
  }

  search(query: string): string[] {
    return runSearch(this.hearth.db(), query);
  }

  async save(i: number): Promise<void> {
    saveEntry(this.hearth.db(), i);
  }

  async exportBackup(target: string): Promise<void> {
    await exportBackup(this.hearth, target, PASSPHRASE, { startWorker: this.options.startWorker, workFactor: this.options.workFactor });
  }

  async restoreBackup(file: string): Promise<void> {
    await restoreBackup(this.hearth, file, PASSPHRASE, { mode: 'replace' }, { startWorker: this.options.startWorker });
  }

  afterRestore(): void {
    // The app keeps the replaced journal as a safety copy; the bench does not need them.
    rmSync(join(this.dataDir, SAFETY_DIR), { recursive: true, force: true });
  }

  storeBytes(): number {
    const size = (p: string) => statSync(p, { throwIfNoEntry: false })?.size ?? 0;
    const db = join(this.dataDir, DATABASE_FILE);
    return size(db) + size(`${db}-wal`);
  }

  dispose(): void {
    this.storeKey?.fill(0);
    this.hearth.lock();
  }
}
