import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { readVersionedJson } from '../fs/versioned-json';
import { vaultError } from './errors';

export const VAULT_FILE = 'vault.json';
export const VAULT_FORMAT = 'hearth-vault';
export const VAULT_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const Wrap = z.strictObject({
  kind: z.enum(['device', 'device+passphrase', 'recovery']),
  iv: base64,
  ciphertext: base64,
  tag: base64,
});

/** Passphrase and recovery wraps carry their own KDF parameters (added by the lock issue). */
const Kdf = z.strictObject({
  name: z.literal('scrypt'),
  salt: base64,
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
});

/**
 * Wrong tries in a row for one kind of secret ('passphrase', 'recovery', later one per private
 * page), and when the last one failed (UTC ms). Kept under the vault's MAC, so an edit to them is
 * noticed (see attempt-ledger.ts).
 */
const AttemptCount = z.strictObject({
  failures: z.number().int().min(1).max(10_000),
  lastFailureAt: z.number().int().min(0),
});
export const ATTEMPT_KIND = /^[a-z][a-z0-9:-]{0,63}$/;

const count = (wraps: { kind: string }[], kind: string) => wraps.filter((w) => w.kind === kind).length;

export const VaultFile = z
  .strictObject({
    format: z.literal(VAULT_FORMAT),
    version: z.number().int().positive(),
    journalId: z.string().uuid(),
    createdAt: z.string(),
    lockMode: z.enum(['device', 'device+passphrase']),
    /** Salt for the HKDF that turns the device key into a wrapping key. Not secret. */
    deviceSalt: base64,
    wraps: z.array(Wrap).min(2).max(2),
    kdf: z.strictObject({ passphrase: Kdf.optional(), recovery: Kdf }),
    /** Absent when there has been no wrong try since the last right one. */
    attempts: z.record(z.string().regex(ATTEMPT_KIND), AttemptCount).optional(),
    /** A check value of the device key (not the key), to tell a foreign keychain key from an edited file. */
    deviceCheck: base64,
    /** HMAC over everything above, under a key derived from the device key. */
    mac: base64,
  })
  // The lock mode and the wraps must agree: in passphrase mode no device-only wrap may
  // exist (it would open the journal without the passphrase), and there is always one
  // recovery wrap. A file edited to weaken its lock is refused, not obeyed.
  .refine((v) =>
    v.lockMode === 'device'
      ? count(v.wraps, 'device') === 1 && count(v.wraps, 'device+passphrase') === 0 && !v.kdf.passphrase
      : count(v.wraps, 'device+passphrase') === 1 && count(v.wraps, 'device') === 0 && !!v.kdf.passphrase,
  )
  .refine((v) => count(v.wraps, 'recovery') === 1);
export type VaultFile = z.infer<typeof VaultFile>;

/** Reads vault.json; returns null only when there is none (a journal not yet set up). */
export function readVaultFile(path: string): VaultFile | null {
  return readVersionedJson(path, {
    schema: VaultFile,
    newestVersion: VAULT_VERSION,
    damaged: vaultError.damaged,
    fromFuture: vaultError.fromFuture,
  });
}

export function writeVaultFile(path: string, vault: VaultFile, beforeRename?: () => void): void {
  writeFileAtomic(path, `${JSON.stringify(vault, null, 2)}\n`, 0o600, beforeRename);
}
