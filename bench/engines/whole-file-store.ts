import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Engine (c)'s file: the whole journal as one JSON document, sealed with AES-256-GCM under
 * a raw 32-byte key (the same kind of key Hearth's vault hands SQLCipher), the way several
 * diary apps keep their data. Layout: "HWF1" | 12-byte nonce | ciphertext | 16-byte tag.
 * A fresh nonce on every save.
 */
const MAGIC = Buffer.from('HWF1', 'latin1');

export function sealStore(plaintext: Uint8Array, key: Uint8Array): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  return Buffer.concat([MAGIC, nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

export function openStore(sealed: Uint8Array, key: Uint8Array): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (!bytes.subarray(0, 4).equals(MAGIC)) throw new Error('not a whole-file store');
  const nonce = bytes.subarray(4, 16);
  const tag = bytes.subarray(bytes.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(bytes.subarray(16, bytes.length - 16)), decipher.final()]);
}
