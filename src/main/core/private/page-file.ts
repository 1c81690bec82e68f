import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PartnerSlot } from '../../../shared/model';
import { writeFileAtomic } from '../fs/atomic-write';
import { readVersionedJson } from '../fs/versioned-json';
import { privateError } from './errors';

/**
 * A private page is two files beside the journal: its SQLCipher database, keyed with the
 * page's own random key, and this small JSON file holding that key wrapped by the partner's
 * private passphrase (and, if they asked, a private recovery code). Nothing in it is secret
 * without one of those; nothing in it comes from the journal's keys.
 */
export const PRIVATE_PAGE_FORMAT = 'hearth-private-page';
export const PRIVATE_PAGE_VERSION = 1;

export const privatePageFile = (dataDir: string, slot: PartnerSlot) => join(dataDir, `private-${slot}.json`);
export const privateDatabaseFile = (dataDir: string, slot: PartnerSlot) => join(dataDir, `private-${slot}.db`);
/** Every file of one page on disk, the database's write-ahead log included. */
export const privatePageFiles = (dataDir: string, slot: PartnerSlot) => {
  const db = privateDatabaseFile(dataDir, slot);
  return [privatePageFile(dataDir, slot), db, `${db}-wal`, `${db}-shm`];
};

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const Kdf = z.strictObject({
  name: z.literal('scrypt'),
  salt: base64,
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
});

/** The page key under one secret: AES-256-GCM, associated data = journal id + partner + kind (keys.ts). */
const Sealed = z.strictObject({ kdf: Kdf, iv: base64, ciphertext: base64, tag: base64 });
export type SealedKey = z.infer<typeof Sealed>;

export const PrivatePageFile = z.strictObject({
  format: z.literal(PRIVATE_PAGE_FORMAT),
  version: z.number().int().positive(),
  /** The journal the page was made in; part of every wrap's associated data. */
  journalId: z.string().uuid(),
  slot: z.enum(['a', 'b']),
  createdAt: z.string(),
  passphrase: Sealed,
  recovery: Sealed.optional(),
});
export type PrivatePageFile = z.infer<typeof PrivatePageFile>;

export const hasPrivatePage = (dataDir: string, slot: PartnerSlot) => existsSync(privatePageFile(dataDir, slot));

/** Reads a page's key file; null when the partner has no page. */
export function readPrivatePageFile(dataDir: string, slot: PartnerSlot): PrivatePageFile | null {
  const page = readVersionedJson(privatePageFile(dataDir, slot), {
    schema: PrivatePageFile,
    newestVersion: PRIVATE_PAGE_VERSION,
    damaged: privateError.damaged,
    fromFuture: privateError.fromFuture,
  });
  if (page && page.slot !== slot) throw privateError.damaged();
  return page;
}

export function writePrivatePageFile(dataDir: string, page: PrivatePageFile): void {
  writeFileAtomic(privatePageFile(dataDir, page.slot), `${JSON.stringify(page, null, 2)}\n`, 0o600);
}
