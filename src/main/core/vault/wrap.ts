import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type WrapKind = 'device' | 'device+passphrase' | 'recovery';

export interface WrappedKey {
  kind: WrapKind;
  iv: string;
  ciphertext: string;
  tag: string;
}

/** Binds a wrap to its journal and its kind, so a wrap cannot be moved between journals or kinds. */
const associatedData = (journalId: string, kind: WrapKind) =>
  Buffer.from(`hearth/vault/v1/${journalId}/${kind}`, 'utf8');

/** A key for one purpose (a wrap kind, the vault's MAC, the device-key check) from key material. */
export function deriveWrapKey(ikm: Buffer, salt: Buffer, purpose: WrapKind | 'vault-mac' | 'device-check'): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, `hearth/wrap/${purpose}`, KEY_BYTES));
}

export function wrapKey(
  dek: Buffer,
  wrapKeyBytes: Buffer,
  journalId: string,
  kind: WrapKind,
  random: (n: number) => Buffer = randomBytes,
): WrappedKey {
  const iv = random(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrapKeyBytes, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(journalId, kind));
  const ciphertext = Buffer.concat([cipher.update(dek), cipher.final()]);
  return {
    kind,
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the DEK, or null when this wrapping key (or the wrap itself) is not right. */
export function unwrapKey(wrapped: WrappedKey, wrapKeyBytes: Buffer, journalId: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrapKeyBytes, Buffer.from(wrapped.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(journalId, wrapped.kind));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const dek = Buffer.concat([
      decipher.update(Buffer.from(wrapped.ciphertext, 'base64')),
      decipher.final(),
    ]);
    return dek.length === KEY_BYTES ? dek : null;
  } catch {
    return null;
  }
}
