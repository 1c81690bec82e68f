import { chmodSync, closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { databaseError } from './errors';

export type Connection = Database.Database;

/** Branded so that a function that only reads cannot be handed a way to write. */
export type ReadableDB = Connection & { readonly __readable: unique symbol };
export type WritableDB = ReadableDB & { readonly __writable: unique symbol };

export interface OpenOptions {
  /** The 32-byte database key (DEK). */
  key: Buffer;
  /** A native build for another runtime (Electron's ABI); Node's own build otherwise. */
  nativeBinding?: string;
  readonly?: boolean;
  /** Page cache in KiB; sized so a typical journal stays in memory (see STACK.md). */
  cacheKiB?: number;
}

/** The journal's files are for this OS account alone, not only the folder they sit in. */
export const DATABASE_FILE_MODE = 0o600;

/**
 * Makes the database file 0600 before SQLite opens it: created so when missing (an exclusive
 * create, so the umask can only take bits away), tightened when an older version left it
 * wider. SQLite's unix VFS creates `-wal` and `-shm` with the main file's mode, so they follow;
 * tightenSidecars() covers those an older version left behind. On Windows modes mean nothing
 * and chmod only touches the read-only bit, which 0600 leaves off.
 */
function prepareDatabaseFile(path: string): void {
  try {
    closeSync(openSync(path, 'wx', DATABASE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    chmodSync(path, DATABASE_FILE_MODE);
  }
}

function tightenSidecars(path: string): void {
  for (const sidecar of [`${path}-wal`, `${path}-shm`]) {
    try {
      chmodSync(sidecar, DATABASE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Opens a SQLCipher journal with a raw key. The cipher must be named before the key on
 * every open, and a wrong key only shows on the first read, so read at once and name it.
 */
export function openEncrypted(path: string, options: OpenOptions): WritableDB {
  if (options.key.length !== 32) throw new Error('A database key is 32 bytes');
  const onDisk = path !== ':memory:' && path !== '';
  if (!options.readonly && onDisk) prepareDatabaseFile(path);
  const db = new Database(path, {
    fileMustExist: false,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`key="x'${options.key.toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (cause) {
      const code = (cause as { code?: string }).code;
      if (code === 'SQLITE_NOTADB') throw databaseError.wrongKey(cause);
      throw databaseError.damaged(cause);
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      if (onDisk) tightenSidecars(path);
    }
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma(`cache_size = -${options.cacheKiB ?? 64 * 1024}`);
    db.pragma('secure_delete = ON');
    return db as WritableDB;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Runs work in one transaction; better-sqlite3 rolls back if it throws. */
export function inTransaction<T>(db: WritableDB, work: () => T): T {
  return db.transaction(work).immediate();
}
