import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync } from 'node:fs';
import type { Connection, WritableDB } from '../../src/main/core/db/connection';

/**
 * Engine (b): the same SQLite build, the same schema (the app's migrations), the same
 * pragmas as openEncrypted in src/main/core/db/connection.ts, minus the cipher and key.
 * Kept in step by `connectionSettings`: the suite compares both engines' values at start
 * and stops if they differ, so a change to the app's pragmas cannot silently skew (b).
 */
export interface PlainOptions {
  readonly?: boolean;
  /** Page cache in KiB: the value read from Hearth's own connection. */
  cacheKiB: number;
  /**
   * Only for bench/page-ciphers.ts: another of SQLite3 Multiple Ciphers' page ciphers
   * (named before the key, as openEncrypted names SQLCipher's), to show what each costs.
   */
  cipher?: { name: 'chacha20' | 'aegis'; key: Buffer };
}

export function openPlain(path: string, options: PlainOptions): WritableDB {
  const db = new Database(path, { fileMustExist: false, readonly: options.readonly ?? false });
  try {
    if (options.cipher) {
      db.pragma(`cipher='${options.cipher.name}'`);
      db.pragma(`key="x'${options.cipher.key.toString('hex')}'"`);
    }
    // openEncrypted reads sqlite_master right after keying; the same first read here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma(`cache_size = -${options.cacheKiB}`);
    db.pragma('secure_delete = ON');
    return db as WritableDB;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The settings that decide speed and durability, as a connection reports them. */
export function connectionSettings(db: Connection): Record<string, unknown> {
  const get = (name: string) => db.pragma(name, { simple: true });
  return {
    journal_mode: get('journal_mode'),
    synchronous: get('synchronous'),
    foreign_keys: get('foreign_keys'),
    temp_store: get('temp_store'),
    cache_size: get('cache_size'),
    secure_delete: get('secure_delete'),
    page_size: get('page_size'),
    user_version: get('user_version'),
  };
}

/** True when the file starts with SQLite's plaintext header (so it is not encrypted). */
export function isPlaintextSqlite(path: string): boolean {
  return readFileSync(path).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';
}
