import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AppStatus, LockMode } from '../../shared/model';
import { HearthError } from './errors';
import { openEncrypted, type WritableDB } from './db/connection';
import { migrate } from './db/migrate';
import { setPartners } from './journal';
import {
  createDeviceVault,
  readVaultFile,
  unlockWithDevice,
  VAULT_FILE,
  writeVaultFile,
  type Keychain,
} from './vault';

export const DATABASE_FILE = 'journal.db';

export interface HearthDeps {
  /** The folder that holds vault.json and the encrypted journal. */
  dataDir: string;
  keychain: Keychain;
  clock?: () => number;
  /** Electron's build of the SQLite addon, when running inside Electron. */
  nativeBinding?: string;
}

export interface Hearth {
  status(): AppStatus;
  setup(partners: readonly [string, string]): Promise<AppStatus>;
  unlock(): Promise<AppStatus>;
  /** Closes the database and forgets the key. */
  lock(): AppStatus;
  /** The open journal, or a named error when there is none. */
  db(): WritableDB;
  now(): number;
  readonly dataDir: string;
}

const databaseFiles = (dataDir: string) =>
  ['', '-wal', '-shm'].map((suffix) => join(dataDir, `${DATABASE_FILE}${suffix}`));

/**
 * The journal as one object with three states: not set up, locked, open. Keys exist only
 * while open and only here, in the main process.
 */
export function createHearth(deps: HearthDeps): Hearth {
  const clock = deps.clock ?? Date.now;
  const vaultPath = join(deps.dataDir, VAULT_FILE);
  const databasePath = join(deps.dataDir, DATABASE_FILE);
  let open: WritableDB | null = null;
  let openLockMode: LockMode = 'device';

  const openDatabase = (dek: Buffer): WritableDB => {
    try {
      const db = openEncrypted(databasePath, { key: dek, nativeBinding: deps.nativeBinding });
      try {
        migrate(db);
      } catch (error) {
        db.close();
        throw error;
      }
      return db;
    } finally {
      dek.fill(0);
    }
  };

  const status = (): AppStatus => {
    if (open) return { state: 'open', lockMode: openLockMode };
    const vault = readVaultFile(vaultPath);
    if (!vault) return { state: 'needs-setup', lockMode: null };
    return { state: 'locked', lockMode: vault.lockMode };
  };

  return {
    dataDir: deps.dataDir,
    now: clock,
    status,

    async setup(partners) {
      if (readVaultFile(vaultPath)) {
        throw new HearthError('ALREADY_SET_UP', 'This journal is already set up.');
      }
      const { vault, dek } = await createDeviceVault(deps.keychain, new Date(clock()));
      try {
        mkdirSync(deps.dataDir, { recursive: true, mode: 0o700 });
        // A database without a vault can never be opened (its key is gone); keep it aside
        // rather than delete it, in case someone knows more than Hearth does.
        if (existsSync(databasePath)) {
          for (const file of databaseFiles(deps.dataDir)) {
            if (existsSync(file)) renameSync(file, `${file}.orphaned-${clock()}`);
          }
        }
        const db = openDatabase(dek);
        try {
          setPartners(db, partners, clock());
          writeVaultFile(vaultPath, vault);
        } catch (error) {
          db.close();
          throw error;
        }
        open = db;
        openLockMode = vault.lockMode;
      } catch (error) {
        for (const file of databaseFiles(deps.dataDir)) rmSync(file, { force: true });
        await deps.keychain.delete(vault.journalId).catch(() => false);
        throw error;
      }
      return status();
    },

    async unlock() {
      if (open) return status();
      const vault = readVaultFile(vaultPath);
      if (!vault) throw new HearthError('NOT_SET_UP', 'There is no journal here yet.');
      if (!existsSync(databasePath)) {
        throw new HearthError(
          'DATABASE_CORRUPT',
          'The journal file is missing from its folder. Restore a backup to get it back.',
        );
      }
      const dek = await unlockWithDevice(deps.keychain, vault);
      open = openDatabase(dek);
      openLockMode = vault.lockMode;
      return status();
    },

    lock() {
      if (open) {
        open.close();
        open = null;
      }
      return status();
    },

    db() {
      if (open) return open;
      const current = status();
      if (current.state === 'needs-setup') {
        throw new HearthError('NOT_SET_UP', 'There is no journal here yet.');
      }
      throw new HearthError('LOCKED', 'The journal is locked. Unlock it to continue.');
    },
  };
}
