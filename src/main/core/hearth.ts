import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AppStatus, LockMode } from '../../shared/model';
import { openEncrypted, type WritableDB } from './db/connection';
import { migrate } from './db/migrate';
import { setPartners } from './journal';
import { createVaultAttemptLedger } from './vault/attempt-ledger';
import { createAttemptLimiter, isWrongSecret, type AttemptLimiter } from './vault/attempts';
import {
  createVault,
  readVaultFile,
  rewrapLock,
  rewrapRecovery,
  unwrapDek,
  VAULT_FILE,
  writeVaultFile,
  type KeyDeps,
  type Keychain,
  type LockChoice,
  type Secret,
  type VaultFile,
} from './vault';
import { vaultError } from './vault/errors';

export const DATABASE_FILE = 'journal.db';
export const MIN_PASSPHRASE_LENGTH = 8;

export interface HearthDeps {
  /** The folder that holds vault.json and the encrypted journal. */
  dataDir: string;
  keychain: Keychain;
  clock?: () => number;
  /** Electron's build of the SQLite addon, when running inside Electron. */
  nativeBinding?: string;
  /** The scrypt cost; calibrated on this machine unless a test fixes it. */
  kdf?: KeyDeps['kdf'];
  sleep?: (ms: number) => Promise<void>;
  /** Tests inject crashes at named points of a rewrap. */
  faults?: (point: 'after-keychain' | 'before-rename' | 'after-rename') => void;
}

export interface Hearth {
  status(): AppStatus;
  setup(partners: readonly [string, string], lock?: LockChoice): Promise<{ status: AppStatus; recoveryCode: string }>;
  unlock(secret?: Secret): Promise<AppStatus>;
  /** Closes the database and forgets the key. */
  lock(): AppStatus;
  /** Turns the passphrase on, off, or changes it. Asks for the current one when there is one. */
  changeLock(choice: LockChoice, currentPassphrase?: string): Promise<AppStatus>;
  regenerateRecoveryCode(currentPassphrase?: string): Promise<string>;
  /** The open journal, or a named error when there is none. */
  db(): WritableDB;
  now(): number;
  readonly dataDir: string;
}

// ── backup & restore: begin (used only by src/main/core/backup) ─────────────────────────
/** The open journal's file and a copy of its key, lent to work that opens its own connection. */
export interface DatabaseKeyLoan {
  databasePath: string;
  dek: Buffer;
  nativeBinding: string | undefined;
}
export interface Hearth {
  /** Lends a copy of the key while `use` runs (a backup worker reads or builds with it); the copy is wiped after. */
  withDatabaseKey<T>(use: (loan: DatabaseKeyLoan) => Promise<T>): Promise<T>;
  /**
   * Closes the journal, lets `swap` put another file in its place (returning how to undo
   * that), and reopens it. If the new file does not open, the swap is undone and the old
   * journal reopened, so the journal is never left half replaced.
   */
  replaceDatabase(swap: (databasePath: string) => () => void): void;
}
// ── backup & restore: end ───────────────────────────────────────────────────────────────

// ── private pages: begin (used only by src/main/core/private) ───────────────────────────
/** What a private page borrows from the journal: never the journal's key. */
export interface PrivatePageDeps {
  keychain: Keychain;
  kdf?: KeyDeps['kdf'];
  nativeBinding: string | undefined;
  /** The journal's own limiter, so a private passphrase's wrong tries wait, queue and persist alike. */
  attempt: AttemptLimiter['attempt'];
}
export interface Hearth {
  readonly privatePageDeps: PrivatePageDeps;
  /** Runs `listener` on every lock of the journal (and before its file is replaced); returns how to stop. */
  onLock(listener: () => void): () => void;
}
// ── private pages: end ──────────────────────────────────────────────────────────────────

const databaseFiles = (dataDir: string) =>
  ['', '-wal', '-shm'].map((suffix) => join(dataDir, `${DATABASE_FILE}${suffix}`));

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function checkPassphrase(choice: LockChoice): void {
  if (choice.lockMode === 'device+passphrase' && [...choice.passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw vaultError.passphraseTooShort(MIN_PASSPHRASE_LENGTH);
  }
}

/**
 * The journal as one object with three states: not set up, locked, open. Keys exist only
 * while open and only here, in the main process.
 */
export function createHearth(deps: HearthDeps): Hearth {
  const clock = deps.clock ?? Date.now;
  const sleep = deps.sleep ?? sleepFor;
  const fault = deps.faults ?? (() => {});
  const keyDeps: KeyDeps = { keychain: deps.keychain, ...(deps.kdf ? { kdf: deps.kdf } : {}) };
  const vaultPath = join(deps.dataDir, VAULT_FILE);
  const databasePath = join(deps.dataDir, DATABASE_FILE);

  /** While open: the database, its key (kept to rewrap it), and whether a lock must be chosen anew. */
  let open: { db: WritableDB; dek: Buffer; lockMode: LockMode; mustChooseLock: boolean } | null = null;
  // Wrong tries are counted in vault.json (under its MAC), so a restart does not forget them.
  const limiter = createAttemptLimiter({ ledger: createVaultAttemptLedger(vaultPath, deps.keychain), clock, sleep });
  // Private pages lock with the journal, whatever locked it.
  const lockListeners = new Set<() => void>();
  const notifyLock = () => {
    for (const listener of lockListeners) {
      try {
        listener();
      } catch {
        // One listener's failure must not keep the others (or the journal) open.
      }
    }
  };

  const openDatabase = (dek: Buffer): WritableDB => {
    const db = openEncrypted(databasePath, { key: dek, nativeBinding: deps.nativeBinding });
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  };

  const status = (): AppStatus => {
    if (open) return { state: 'open', lockMode: open.lockMode, mustChooseLock: open.mustChooseLock };
    const vault = readVaultFile(vaultPath);
    if (!vault) return { state: 'needs-setup', lockMode: null, mustChooseLock: false };
    return { state: 'locked', lockMode: vault.lockMode, mustChooseLock: false };
  };

  const requireVault = (): VaultFile => {
    const vault = readVaultFile(vaultPath);
    if (!vault) throw vaultError.notSetUp();
    return vault;
  };

  const requireOpen = () => {
    if (!open) throw vaultError.locked();
    return open;
  };

  /** Writes a rewrapped vault atomically: a crash at any point leaves the old or the new one, both whole. */
  const commitVault = (vault: VaultFile) => {
    fault('after-keychain');
    writeVaultFile(vaultPath, vault, () => fault('before-rename'));
    fault('after-rename');
  };

  /** Changing how the journal opens asks again for the passphrase, so an unattended open journal cannot be re-locked by someone else. */
  const confirmCurrentPassphrase = async (currentPassphrase: string | undefined) => {
    const vault = requireVault();
    if (vault.lockMode !== 'device+passphrase' || requireOpen().mustChooseLock) return vault;
    if (currentPassphrase === undefined) {
      throw vaultError.currentPassphraseRequired();
    }
    (await attempt({ method: 'passphrase', passphrase: currentPassphrase }, vault)).fill(0);
    // Read again: a try that cleared the wrong-try count rewrote the vault.
    return requireVault();
  };

  /**
   * Guessing gets slower: after a few wrong secrets of one kind in a row, each try waits longer,
   * tries run one at a time, and the count survives a restart. The device unlock guesses nothing.
   */
  const attempt = (secret: Secret, vault: VaultFile): Promise<Buffer> => {
    if (secret.method === 'device') return unwrapDek(deps.keychain, vault, secret);
    const kind = secret.method;
    const wrong = isWrongSecret(kind === 'passphrase' ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_CODE');
    // The vault is read again inside the turn: an earlier try may have rewritten its counts.
    return limiter.attempt(kind, () => unwrapDek(deps.keychain, requireVault(), secret), wrong);
  };

  return {
    dataDir: deps.dataDir,
    now: clock,
    status,

    async setup(partners, lock = { lockMode: 'device' }) {
      if (readVaultFile(vaultPath)) {
        throw vaultError.alreadySetUp();
      }
      checkPassphrase(lock);
      const created = await createVault(keyDeps, lock, new Date(clock()));
      try {
        mkdirSync(deps.dataDir, { recursive: true, mode: 0o700 });
        // A database without a vault can never be opened (its key is gone); keep it aside
        // rather than delete it, in case someone knows more than Hearth does.
        for (const file of databaseFiles(deps.dataDir)) {
          if (existsSync(file)) renameSync(file, `${file}.orphaned-${clock()}`);
        }
        const db = openDatabase(created.dek);
        try {
          setPartners(db, partners, clock());
          writeVaultFile(vaultPath, created.vault);
        } catch (error) {
          db.close();
          throw error;
        }
        open = { db, dek: created.dek, lockMode: lock.lockMode, mustChooseLock: false };
      } catch (error) {
        for (const file of databaseFiles(deps.dataDir)) rmSync(file, { force: true });
        await deps.keychain.delete(created.vault.journalId).catch(() => false);
        created.dek.fill(0);
        throw error;
      }
      return { status: status(), recoveryCode: created.recoveryCode };
    },

    async unlock(secret = { method: 'device' }) {
      if (open) return status();
      const vault = requireVault();
      if (!existsSync(databasePath)) {
        throw vaultError.databaseMissing();
      }
      const dek = await attempt(secret, vault);
      let db: WritableDB;
      try {
        db = openDatabase(dek);
      } catch (error) {
        dek.fill(0);
        throw error;
      }
      open = { db, dek, lockMode: vault.lockMode, mustChooseLock: false };
      if (secret.method === 'recovery') {
        // Opened without this computer's keychain (or its passphrase): give this computer a
        // fresh device key now, and ask the couple to choose how it locks here.
        let fresh: VaultFile;
        try {
          fresh = await rewrapLock(keyDeps, vault, dek, { lockMode: 'device' }, { newDeviceKey: true });
        } catch (error) {
          // No keychain to hold the new device key (unreachable, locked): stay locked, so the
          // error the page is shown is also the state it finds.
          open = null;
          db.close();
          dek.fill(0);
          throw error;
        }
        if (vault.lockMode === 'device') {
          commitVault(fresh);
        } else {
          // Keep the passphrase mode: until a new passphrase is chosen, the recovery code
          // (unchanged) is the way in, and nothing here opens the journal without a secret.
          open.mustChooseLock = true;
        }
        open.lockMode = vault.lockMode;
      }
      return status();
    },

    lock() {
      notifyLock();
      if (open) {
        open.db.close();
        open.dek.fill(0);
        open = null;
      }
      return status();
    },

    async changeLock(choice, currentPassphrase) {
      const current = requireOpen();
      checkPassphrase(choice);
      const vault = await confirmCurrentPassphrase(currentPassphrase);
      const next = await rewrapLock(keyDeps, vault, current.dek, choice);
      commitVault(next);
      current.lockMode = choice.lockMode;
      current.mustChooseLock = false;
      return status();
    },

    async regenerateRecoveryCode(currentPassphrase) {
      const current = requireOpen();
      const vault = await confirmCurrentPassphrase(currentPassphrase);
      const { vault: next, recoveryCode } = await rewrapRecovery(keyDeps, vault, current.dek);
      commitVault(next);
      return recoveryCode;
    },

    db() {
      if (open) return open.db;
      const current = status();
      if (current.state === 'needs-setup') throw vaultError.notSetUp();
      throw vaultError.locked();
    },

    // ── backup & restore: begin (used only by src/main/core/backup) ───────────────────────
    async withDatabaseKey(use) {
      const current = requireOpen();
      const dek = Buffer.from(current.dek);
      try {
        return await use({ databasePath, dek, nativeBinding: deps.nativeBinding });
      } finally {
        dek.fill(0);
      }
    },

    replaceDatabase(swap) {
      const current = requireOpen();
      notifyLock();
      // Fold the write-ahead log into the file, so the file alone is the whole journal and
      // a swapped-in file can never meet a log that belongs to the old one.
      current.db.pragma('wal_checkpoint(TRUNCATE)');
      current.db.close();
      let undo: (() => void) | undefined;
      try {
        undo = swap(databasePath);
        current.db = openDatabase(current.dek);
      } catch (error) {
        try {
          undo?.();
          current.db = openDatabase(current.dek);
        } catch {
          // Neither file opens: be locked rather than pretend to be open; unlock says why.
          current.dek.fill(0);
          open = null;
        }
        throw error;
      }
    },
    // ── backup & restore: end ─────────────────────────────────────────────────────────────

    // ── private pages: begin ──────────────────────────────────────────────────────────────
    privatePageDeps: {
      keychain: deps.keychain,
      ...(deps.kdf ? { kdf: deps.kdf } : {}),
      nativeBinding: deps.nativeBinding,
      attempt: (kind, work, isWrong) => limiter.attempt(kind, work, isWrong),
    },
    onLock(listener) {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
    // ── private pages: end ────────────────────────────────────────────────────────────────
  };
}
