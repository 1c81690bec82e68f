import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { PartnerSlot } from '../../../shared/model';
import { parseUnknown } from '../../../shared/parse';
import { writeFileAtomic } from '../fs/atomic-write';
import { privateError } from './errors';
import { PrivatePageFile, privateDatabaseFile, privatePageFile } from './page-file';

/**
 * A private page travels in a backup as its own sealed bytes: its SQLCipher file (encrypted
 * under the page's key) and its key file (that key wrapped by the private passphrase and
 * recovery code), base64. The backup passphrase decrypts the backup, not these: after a
 * restore, on any computer, only the partner's private passphrase opens the page.
 */

/** Far above any real page; a backup claiming more is refused before it is decoded. */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
const MAX_KEY_FILE_BYTES = 16 * 1024;
export const MAX_PRIVATE_PAGES_JSON_BYTES = 2 * Math.ceil(((MAX_PAGE_BYTES + MAX_KEY_FILE_BYTES) * 4) / 3) + 1024;

const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil((maxBytes * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const PrivatePageBlob = z.strictObject({
  slot: PartnerSlot,
  keyFile: base64(MAX_KEY_FILE_BYTES),
  database: base64(MAX_PAGE_BYTES),
});
export type PrivatePageBlob = z.infer<typeof PrivatePageBlob>;
export const PrivatePageBlobs = z
  .array(PrivatePageBlob)
  .max(2)
  .refine((pages) => new Set(pages.map((p) => p.slot)).size === pages.length, 'one page per partner');

/** The header every plain SQLite file starts with: a page in the clear is never carried, nor restored. */
const PLAIN_SQLITE = Buffer.from('SQLite format 3\0', 'latin1');

function checkSealed(blob: PrivatePageBlob): { keyFile: Buffer; database: Buffer } {
  const keyFile = Buffer.from(blob.keyFile, 'base64');
  const database = Buffer.from(blob.database, 'base64');
  let json: unknown;
  try {
    json = JSON.parse(keyFile.toString('utf8'));
  } catch {
    throw privateError.backupDamaged();
  }
  const parsed = parseUnknown(PrivatePageFile, json);
  if (!parsed.ok || parsed.value.slot !== blob.slot) throw privateError.backupDamaged();
  if (database.length < 512 || database.subarray(0, PLAIN_SQLITE.length).equals(PLAIN_SQLITE)) throw privateError.backupDamaged();
  return { keyFile, database };
}

/**
 * Each page's two files as they are on disk. The pages must be locked first (their database
 * closed, so its write-ahead log is folded in and the file alone is the page).
 */
export function sealedPrivatePages(dataDir: string): PrivatePageBlob[] {
  const blobs: PrivatePageBlob[] = [];
  for (const slot of ['a', 'b'] as const) {
    if (!existsSync(privatePageFile(dataDir, slot)) || !existsSync(privateDatabaseFile(dataDir, slot))) continue;
    const blob = {
      slot,
      keyFile: readFileSync(privatePageFile(dataDir, slot)).toString('base64'),
      database: readFileSync(privateDatabaseFile(dataDir, slot)).toString('base64'),
    };
    checkSealed(blob);
    blobs.push(blob);
  }
  return blobs;
}

const staged = (stagingPath: string, slot: PartnerSlot) => ({
  keyFile: `${stagingPath}.private-${slot}.json`,
  database: `${stagingPath}.private-${slot}.db`,
});

/** Writes a restored backup's pages beside the staged journal (restore's worker); nothing is live yet. */
export function stagePrivatePages(stagingPath: string, blobs: readonly PrivatePageBlob[]): void {
  discardStagedPrivatePages(stagingPath);
  for (const blob of blobs) {
    const { keyFile, database } = checkSealed(blob);
    const to = staged(stagingPath, blob.slot);
    writeFileAtomic(to.database, database, 0o600);
    writeFileAtomic(to.keyFile, keyFile, 0o600);
  }
}

export function discardStagedPrivatePages(stagingPath: string): void {
  for (const slot of ['a', 'b'] as const) for (const file of Object.values(staged(stagingPath, slot))) rmSync(file, { force: true });
}

/**
 * After the restored journal is swapped in: its pages take their places. A page already here
 * for the same partner is kept aside (renamed, never deleted): it may hold notes the backup has not.
 */
export function installStagedPrivatePages(dataDir: string, stagingPath: string, now: number): PartnerSlot[] {
  const installed: PartnerSlot[] = [];
  for (const slot of ['a', 'b'] as const) {
    const from = staged(stagingPath, slot);
    if (!existsSync(from.keyFile) || !existsSync(from.database)) continue;
    const database = privateDatabaseFile(dataDir, slot);
    const keyFile = privatePageFile(dataDir, slot);
    for (const file of [keyFile, database, `${database}-wal`, `${database}-shm`]) {
      if (existsSync(file)) renameSync(file, `${file}.before-restore-${now}`);
    }
    renameSync(from.database, database);
    renameSync(from.keyFile, keyFile);
    installed.push(slot);
  }
  return installed;
}
