import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify, timingSafeEqual } from 'node:crypto';
import type { DeviceIdentity, Epoch, Keyring, PayloadKind } from './types';

/**
 * One file in the shared folder. Public header, 45 bytes:
 *   magic "HRTHSYN1" (8) | version (1) | key kind (1) | key id (16) | scrypt cost (3) | nonce (12) | check (4)
 * then ChaCha20-Poly1305 (header as associated data) over the padded plaintext:
 *   payload kind (1) | device id (16) | signing key (32) | length (4) | bytes | Ed25519 signature (64) | zeros
 * The key kind says what opens it: an epoch key (key id = epoch id), or a key stretched from a
 * pairing or recovery code (key id = scrypt salt, cost = log2 N, r, p). The check is the first
 * four bytes of SHA-256 of the rest of the header, so a flipped header byte reads as damage
 * rather than as a file of another journal. The signature covers the header and everything
 * before it, so only the device named inside could have written it.
 */

export const MAGIC = Buffer.from('HRTHSYN1', 'latin1');
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 45;
export const PAD_BYTES = 1024;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const SIGNATURE_BYTES = 64;
const FIXED_PLAIN = 1 + 16 + 32 + 4;

export type KeyKind = 'epoch' | 'pairing-code' | 'recovery-code';
const KEY_KINDS: KeyKind[] = ['epoch', 'pairing-code', 'recovery-code'];
const PAYLOAD_KINDS: PayloadKind[] = ['data', 'epoch', 'join', 'join-offer', 'recovery-offer'];

export interface ScryptCost {
  logN: number;
  r: number;
  p: number;
}

export interface Header {
  keyKind: KeyKind;
  /** The epoch id, or the scrypt salt, as 32 hex characters. */
  keyId: string;
  cost: ScryptCost;
  nonce: Buffer;
}

/** What seals a file: an epoch, or a key stretched from a code (with the salt and cost that made it). */
export type SealingKey =
  | { keyKind: 'epoch'; keyId: string; key: Buffer }
  | { keyKind: 'pairing-code' | 'recovery-code'; keyId: string; cost: ScryptCost; key: Buffer };

export interface Opened {
  kind: PayloadKind;
  device: string;
  /** The writer's Ed25519 public key, checked against the signature. */
  signingKey: Buffer;
  bytes: Buffer;
  /** The epoch (or code salt) the file was sealed under. */
  keyId: string;
}

/** other-journal: no key here for it; damaged: cut short, changed or not a sealed file; not-member: signed by a device not (or no longer) trusted. */
export type Rejection = 'other-journal' | 'damaged' | 'not-member';
export type OpenResult = ({ ok: true } & Opened) | { ok: false; reason: Rejection };

const headerCheck = (head: Buffer) => createHash('sha256').update(head).digest().subarray(0, 4);

function buildHeader(sealing: SealingKey, nonce: Buffer): Buffer {
  const head = Buffer.alloc(HEADER_BYTES - 4);
  MAGIC.copy(head, 0);
  head[8] = FORMAT_VERSION;
  head[9] = KEY_KINDS.indexOf(sealing.keyKind) + 1;
  Buffer.from(sealing.keyId, 'hex').copy(head, 10);
  if (sealing.keyKind !== 'epoch') {
    head[26] = sealing.cost.logN;
    head[27] = sealing.cost.r;
    head[28] = sealing.cost.p;
  }
  nonce.copy(head, 29);
  return Buffer.concat([head, headerCheck(head)]);
}

/** The public header, or null when the bytes are not a whole, unaltered Hearth header. */
export function readHeader(file: Buffer): Header | null {
  if (file.length < HEADER_BYTES) return null;
  const head = file.subarray(0, HEADER_BYTES - 4);
  if (!head.subarray(0, 8).equals(MAGIC)) return null;
  if (!timingSafeEqual(headerCheck(head), file.subarray(HEADER_BYTES - 4, HEADER_BYTES))) return null;
  if (head[8] !== FORMAT_VERSION) return null;
  const keyKind = KEY_KINDS[head[9]! - 1];
  if (!keyKind) return null;
  return {
    keyKind,
    keyId: head.subarray(10, 26).toString('hex'),
    cost: { logN: head[26]!, r: head[27]!, p: head[28]! },
    nonce: Buffer.from(head.subarray(29, 41)),
  };
}

export const signingPrivateKey = (identity: DeviceIdentity) =>
  createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: identity.signing.privateKey.toString('base64url'), x: identity.signing.publicKey.toString('base64url') },
    format: 'jwk',
  });

const signingPublicKey = (raw: Buffer) =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });

export function sealWith(
  sealing: SealingKey,
  kind: PayloadKind,
  identity: DeviceIdentity,
  bytes: Buffer,
  random: (n: number) => Buffer = randomBytes,
): Buffer {
  const nonce = random(NONCE_BYTES);
  const header = buildHeader(sealing, nonce);
  const fixed = Buffer.alloc(FIXED_PLAIN);
  fixed[0] = PAYLOAD_KINDS.indexOf(kind) + 1;
  Buffer.from(identity.deviceId, 'hex').copy(fixed, 1);
  identity.signing.publicKey.copy(fixed, 17);
  fixed.writeUInt32BE(bytes.length, 49);
  const signature = sign(null, Buffer.concat([header, fixed, bytes]), signingPrivateKey(identity));
  const used = FIXED_PLAIN + bytes.length + SIGNATURE_BYTES;
  // Padding to whole KiB: a change of one entry and of three look the same from outside.
  const padded = Buffer.alloc(Math.ceil(used / PAD_BYTES) * PAD_BYTES);
  Buffer.concat([fixed, bytes, signature]).copy(padded, 0);
  const cipher = createCipheriv('chacha20-poly1305', sealing.key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(header, { plaintextLength: padded.length });
  const sealed = Buffer.concat([header, cipher.update(padded), cipher.final(), cipher.getAuthTag()]);
  padded.fill(0);
  return sealed;
}

/** Seals `bytes` of `kind` in an epoch's key, signed by this device. */
export const seal = (epoch: Epoch, kind: PayloadKind, identity: DeviceIdentity, bytes: Buffer, random?: (n: number) => Buffer) =>
  sealWith({ keyKind: 'epoch', keyId: epoch.id, key: epoch.key }, kind, identity, bytes, random);

/** Whether a file is as long as a whole sealed file can be (a file cut short mostly is not). */
export const isWholeLength = (length: number) => length >= HEADER_BYTES + PAD_BYTES + TAG_BYTES && (length - HEADER_BYTES - TAG_BYTES) % PAD_BYTES === 0;

/** Decrypts and checks the signature; says nothing about who the signer is. */
export function openWithKey(file: Buffer, header: Header, key: Buffer): ({ ok: true } & Opened) | { ok: false; reason: 'damaged' } {
  const body = file.subarray(HEADER_BYTES);
  if (!isWholeLength(file.length)) return { ok: false, reason: 'damaged' };
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('chacha20-poly1305', key, header.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(file.subarray(0, HEADER_BYTES), { plaintextLength: body.length - TAG_BYTES });
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const kind = PAYLOAD_KINDS[plain[0]! - 1];
  const length = plain.readUInt32BE(49);
  if (!kind || FIXED_PLAIN + length + SIGNATURE_BYTES > plain.length) return { ok: false, reason: 'damaged' };
  const signed = plain.subarray(0, FIXED_PLAIN + length);
  const signature = plain.subarray(FIXED_PLAIN + length, FIXED_PLAIN + length + SIGNATURE_BYTES);
  const signingKey = Buffer.from(plain.subarray(17, 49));
  let good = false;
  try {
    good = verify(null, Buffer.concat([file.subarray(0, HEADER_BYTES), signed]), signingPublicKey(signingKey), signature);
  } catch {
    good = false;
  }
  if (!good) return { ok: false, reason: 'damaged' };
  return {
    ok: true,
    kind,
    device: plain.subarray(1, 17).toString('hex'),
    signingKey,
    bytes: Buffer.from(plain.subarray(FIXED_PLAIN, FIXED_PLAIN + length)),
    keyId: header.keyId,
  };
}

/** Whether a signer may write into this journal: a current member with that very key, or (only to ask to join) a stranger. */
export function signerStanding(keyring: Keyring, device: string, signingKey: Buffer): 'member' | 'stranger' | 'removed' {
  if (keyring.removed.includes(device)) return 'removed';
  const member = keyring.members.find((m) => m.deviceId === device);
  if (!member) return 'stranger';
  return member.signingKey.equals(signingKey) ? 'member' : 'removed';
}

/**
 * Opens a file sealed in one of the keyring's epochs. Never throws on hostile bytes: a
 * rejection says why, and nothing of the file is returned with it.
 */
export function open(file: Buffer, keyring: Keyring): OpenResult {
  const header = readHeader(file);
  if (!header) return { ok: false, reason: 'damaged' };
  const epoch = header.keyKind === 'epoch' ? keyring.epochs.find((e) => e.id === header.keyId) : undefined;
  if (!epoch) return { ok: false, reason: 'other-journal' };
  const opened = openWithKey(file, header, epoch.key);
  if (!opened.ok) return opened;
  const standing = signerStanding(keyring, opened.device, opened.signingKey);
  if (standing === 'removed' || (standing === 'stranger' && opened.kind !== 'join')) return { ok: false, reason: 'not-member' };
  return opened;
}
