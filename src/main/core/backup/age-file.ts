import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { armor, Decrypter, Encrypter, Stanza, type Identity, type Recipient } from 'age-encryption';
import { HearthError } from '../errors';
import { backupError } from './errors';

/**
 * The age v1 file format (https://age-encryption.org/v1) with a passphrase (scrypt)
 * recipient. The header (stanza layout, header MAC) comes from the `age-encryption`
 * package; the two heavy parts are Node's native code instead of its pure JS: scrypt
 * (~5× faster) and the STREAM payload's ChaCha20-Poly1305 (~15× faster, ~1.8 GB/s). The
 * file is byte-for-byte the same format: the `age` CLI opens it, and Hearth opens the CLI's.
 */

/** age's own default, and what `age -p` (1.1.1) writes. */
export const DEFAULT_WORK_FACTOR = 18;
/**
 * Above this a file is refused before any scrypt work. Hearth writes 18; one more leaves
 * room for a backup made on a future, faster default, and no more (each step doubles the
 * time and memory: 20–22 cost seconds and gigabytes before the passphrase is even checked).
 */
export const MAX_WORK_FACTOR = DEFAULT_WORK_FACTOR + 1;
/** scrypt's memory (128·r·N, r = 8) at the highest work factor allowed, plus slack: a hard bound whatever N says. */
const SCRYPT_MAXMEM = 128 * 8 * (2 ** MAX_WORK_FACTOR + 2) + 4 * 1024 * 1024;

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const MAGIC = 'age-encryption.org/v1\n';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
/** 16 bytes in unpadded base64, the only salt age allows. */
const SALT_B64 = /^[A-Za-z0-9+/]{22}$/;

/** age's STREAM: 64 KiB plaintext chunks, each sealed with a 16-byte Poly1305 tag. */
const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED_CHUNK = CHUNK + TAG;
/** The payload nonce between the header and the first chunk (the stream key's HKDF salt). */
const PAYLOAD_NONCE = 16;
/** A passphrase header is ~150 bytes; far more than any header that is not an attack. */
const MAX_HEADER = 64 * 1024;
/** Reads, and progress reports, in pieces of this size. */
const READ_SIZE = 1 << 20;

const b64NoPad = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

/** Strict unpadded base64: the header MAC covers the text, so a second spelling of the same bytes is damage. */
function decodeB64NoPad(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return b64NoPad(bytes) === text ? bytes : null;
}

function scryptKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  const labelAndSalt = Buffer.concat([Buffer.from(SCRYPT_LABEL, 'latin1'), salt]);
  return new Promise((resolve, reject) => {
    // Runs on libuv's thread pool, so not even the worker's own thread is held.
    scrypt(passphrase, labelAndSalt, 32, { N, r: 8, p: 1, maxmem: SCRYPT_MAXMEM }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** The file key, wrapped as age does: ChaCha20-Poly1305 under the scrypt key, nonce zero. */
function sealFileKey(fileKey: Uint8Array, key: Buffer): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
  return Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
}

function openFileKey(body: Uint8Array, key: Buffer): Uint8Array | null {
  try {
    const decipher = createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
    decipher.setAuthTag(body.subarray(16));
    return Buffer.concat([decipher.update(body.subarray(0, 16)), decipher.final()]);
  } catch {
    return null;
  }
}

/** The STREAM nonce: an 11-byte big-endian chunk counter, then 1 for the last chunk, else 0. */
function chunkNonce(counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(counter, 5, 6);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function sealChunk(key: Buffer, counter: number, last: boolean, plain: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(counter, last), { authTagLength: TAG });
  const head = cipher.update(plain);
  cipher.final();
  return Buffer.concat([head, cipher.getAuthTag()]);
}

/** One chunk, authenticated; null when its tag does not match (damage, or not the last chunk after all). */
function openChunk(key: Buffer, counter: number, last: boolean, sealed: Uint8Array): Buffer | null {
  try {
    const decipher = createDecipheriv('chacha20-poly1305', key, chunkNonce(counter, last), { authTagLength: TAG });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    const plain = decipher.update(sealed.subarray(0, sealed.length - TAG));
    decipher.final();
    return plain;
  } catch {
    return null;
  }
}

const streamKey = (fileKey: Uint8Array, nonce: Uint8Array) =>
  Buffer.from(hkdfSync('sha256', fileKey, nonce, Buffer.from('payload', 'latin1'), 32));

/** The plaintext size a payload of this many bytes holds, or null if no payload has that size. */
function plaintextSizeOf(payloadBytes: number): number | null {
  // An empty plaintext is one empty last chunk: its tag alone.
  if (payloadBytes === TAG) return 0;
  if (payloadBytes < TAG) return null;
  const full = Math.floor(payloadBytes / SEALED_CHUNK);
  const rest = payloadBytes % SEALED_CHUNK;
  if (rest > 0 && rest <= TAG) return null;
  // Only an empty plaintext has an empty last chunk, and it is then the only chunk.
  if (rest === 0 && full === 0) return null;
  return payloadBytes - full * TAG - (rest > 0 ? TAG : 0);
}

export class NativeScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await scryptKey(this.passphrase, salt, this.logN);
    try {
      return [new Stanza(['scrypt', b64NoPad(salt), String(this.logN)], sealFileKey(fileKey, key))];
    } finally {
      key.fill(0);
    }
  }
}

/** age's scrypt identity rules, plus a work-factor cap checked before any scrypt work. */
export class NativeScryptIdentity implements Identity {
  /** Whether the header had a passphrase stanza at all (else the file is for a key). */
  sawScrypt = false;
  /** Whether a stanza type looks like "scrypt" with a byte or two damaged. */
  sawDamagedScrypt = false;

  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    this.sawDamagedScrypt = stanzas.some((s) => {
      const type = s.args[0] ?? '';
      return type.length === 6 && [...type].filter((c, i) => c === 'scrypt'[i]).length >= 4;
    });
    for (const stanza of stanzas) {
      if (stanza.args[0] !== 'scrypt') continue;
      this.sawScrypt = true;
      // age: a passphrase stanza must be alone, or a key holder could read the file too.
      if (stanzas.length !== 1) throw backupError.damaged();
      const [, saltText, logNText] = stanza.args;
      if (stanza.args.length !== 3 || !saltText || !logNText || !/^[1-9][0-9]*$/.test(logNText)) throw backupError.damaged();
      const logN = Number(logNText);
      if (logN > MAX_WORK_FACTOR) throw backupError.tooCostly(logN, MAX_WORK_FACTOR);
      const salt = SALT_B64.test(saltText) ? decodeB64NoPad(saltText) : null;
      if (!salt || stanza.body.length !== 32) throw backupError.damaged();
      let key: Buffer;
      try {
        key = await scryptKey(this.passphrase, salt, logN);
      } catch (cause) {
        // Only a work factor this computer cannot afford makes native scrypt fail here.
        throw new HearthError('BACKUP_TOO_COSTLY', backupError.tooCostly(logN, MAX_WORK_FACTOR).message, { cause });
      }
      try {
        return openFileKey(stanza.body, key);
      } finally {
        key.fill(0);
      }
    }
    return null;
  }
}

/**
 * Reads back a file this process just sealed, with the keys it already holds: the stanza
 * must be the one written (same salt and work factor) and open under the same scrypt key
 * to the same file key. Everything `age -d` checks, except re-running scrypt itself.
 */
class SealedByUs implements Identity {
  constructor(private readonly seal: PassphraseSeal) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const [stanza] = stanzas;
    if (stanzas.length !== 1 || !stanza) return null;
    const expected = ['scrypt', b64NoPad(this.seal.salt), String(this.seal.logN)];
    if (stanza.args.length !== 3 || stanza.args.some((arg, i) => arg !== expected[i])) return null;
    const fileKey = openFileKey(stanza.body, this.seal.wrapKey);
    return fileKey && Buffer.from(fileKey).equals(this.seal.fileKey) ? fileKey : null;
  }
}

/** What a writer keeps so the file can be verified without a second scrypt; `wipe()` when done. */
export interface PassphraseSeal {
  readonly logN: number;
  readonly salt: Buffer;
  /** scrypt's output: wraps the file key in the header's stanza. */
  readonly wrapKey: Buffer;
  readonly fileKey: Buffer;
  wipe(): void;
}

/** Takes plaintext in any pieces, hands sealed bytes to `write` in order, and seals the last chunk on `end()`. */
export interface AgeWriter {
  /** Plaintext bytes; only a full chunk is sealed, and only once more bytes follow it (the last chunk is flagged). */
  push(plain: Uint8Array): void;
  /** Seals the last chunk. Call exactly once; the file is complete when it returns. */
  end(): void;
  /** The keys, for `verifyAgeFile`. */
  readonly seal: PassphraseSeal;
  /** Plaintext bytes taken so far. */
  readonly plaintextBytes: number;
}

/**
 * The age package's encrypter with a scrypt recipient of our own, which keeps the keys it
 * derives (so the read-back is checked with them, not with a second scrypt). `onFileKey` hears
 * the random file key at once, before scrypt has finished.
 */
function keepingPassphraseEncrypter(passphrase: string, logN: number, onFileKey: (fileKey: Uint8Array) => void = () => {}) {
  const kept: { keys?: { fileKey: Buffer; salt: Buffer; wrapKey: Buffer } } = {};
  const recipient: Recipient = {
    async wrapFileKey(fileKey) {
      onFileKey(fileKey);
      const salt = randomBytes(16);
      // scrypt is handed to the thread pool here, before anything awaits.
      const wrapKey = await scryptKey(passphrase, salt, logN);
      kept.keys = { fileKey: Buffer.from(fileKey), salt, wrapKey };
      return [new Stanza(['scrypt', b64NoPad(salt), String(logN)], sealFileKey(fileKey, wrapKey))];
    },
  };
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return { encrypter, kept };
}

/**
 * Starts an age file to a passphrase (one scrypt at `logN`): writes the header and the
 * payload nonce at once, then the STREAM chunks as plaintext is pushed. Holds at most one
 * chunk of plaintext, so a caller producing the document in pieces never holds it whole.
 */
export async function createPassphraseWriter(passphrase: string, logN: number, write: (piece: Uint8Array) => void): Promise<AgeWriter> {
  const { encrypter, kept } = keepingPassphraseEncrypter(passphrase, logN);
  // The package writes the header (stanza, header MAC) around an empty payload; that payload
  // (its nonce and one empty chunk, 32 bytes) is dropped, and ours follows under a fresh nonce.
  const headerOnly = await encrypter.encrypt(new Uint8Array(0));
  if (!kept.keys) throw new Error('the age header was written without the passphrase stanza');
  const { fileKey, salt, wrapKey } = kept.keys;
  const seal: PassphraseSeal = {
    logN,
    salt,
    wrapKey,
    fileKey,
    wipe: () => {
      wrapKey.fill(0);
      fileKey.fill(0);
    },
  };
  write(headerOnly.subarray(0, headerOnly.length - PAYLOAD_NONCE - TAG));
  const payload = payloadSealer(fileKey, write);
  return {
    seal,
    get plaintextBytes() {
      return payload.plaintextBytes;
    },
    push: (plain) => payload.push(plain),
    end: () => payload.end(),
  };
}

/** The header `startPassphraseWriter` writes at this work factor: its length is known before scrypt ends. */
const passphraseHeaderLength = (logN: number) =>
  Buffer.byteLength(`${MAGIC}-> scrypt ${'A'.repeat(22)} ${logN}\n${'A'.repeat(43)}\n--- ${'A'.repeat(43)}\n`, 'latin1');

/** The payload (its nonce, then the STREAM chunks) as plaintext is pushed, under a key from `fileKey`. */
function payloadSealer(fileKey: Uint8Array, write: (piece: Uint8Array) => void) {
  const nonce = randomBytes(PAYLOAD_NONCE);
  const key = streamKey(fileKey, nonce);
  write(nonce);
  const pending = Buffer.alloc(CHUNK);
  let used = 0;
  let counter = 0;
  let total = 0;
  let ended = false;
  return {
    get plaintextBytes() {
      return total;
    },
    push(plain: Uint8Array) {
      if (ended) throw new Error('age writer already ended');
      total += plain.length;
      for (let offset = 0; offset < plain.length; ) {
        if (used === CHUNK) {
          write(sealChunk(key, counter++, false, pending));
          used = 0;
        }
        const n = Math.min(CHUNK - used, plain.length - offset);
        pending.set(plain.subarray(offset, offset + n), used);
        used += n;
        offset += n;
      }
    },
    end() {
      if (ended) throw new Error('age writer already ended');
      ended = true;
      write(sealChunk(key, counter, true, pending.subarray(0, used)));
      key.fill(0);
      pending.fill(0);
    },
    /** Wipes the key of a payload that will not be finished. */
    discard() {
      ended = true;
      key.fill(0);
      pending.fill(0);
    },
  };
}

/** An age file whose payload is sealed while scrypt still runs; the header follows when it is done. */
export interface EarlyAgeWriter {
  /** Where the payload starts in the file: `header()`'s length, known from the start. */
  readonly payloadOffset: number;
  push(plain: Uint8Array): void;
  /** Seals the last chunk. Call exactly once. */
  end(): void;
  readonly plaintextBytes: number;
  /** The header (stanza and MAC) once scrypt is done, and the keys for `verifyAgeFile`; exactly `payloadOffset` bytes. */
  header(): Promise<{ bytes: Uint8Array; seal: PassphraseSeal }>;
  /** Gives up: waits for scrypt and wipes every key. */
  abandon(): Promise<void>;
}

/**
 * Starts an age file to a passphrase without waiting for scrypt: the payload's key comes
 * from the random file key, which exists at once, and scrypt only wraps that key for the
 * header. So the payload is sealed (each piece handed to `writePayload` with its position
 * in the file) while scrypt runs on libuv's thread pool, and the header, whose length does
 * not depend on scrypt's output, is written in front of it afterwards.
 */
export async function startPassphraseWriter(
  passphrase: string,
  logN: number,
  writePayload: (piece: Uint8Array, position: number) => void,
): Promise<EarlyAgeWriter> {
  let keyReady!: (fileKey: Uint8Array) => void;
  const fileKeyReady = new Promise<Uint8Array>((resolve) => (keyReady = resolve));
  const { encrypter, kept } = keepingPassphraseEncrypter(passphrase, logN, (fileKey) => keyReady(fileKey));
  // The package writes the header (stanza, header MAC) around an empty payload, dropped below.
  const headerOnly = encrypter.encrypt(new Uint8Array(0));
  const wipe = () => {
    kept.keys?.wrapKey.fill(0);
    kept.keys?.fileKey.fill(0);
  };
  const fileKey = Buffer.from(await Promise.race([fileKeyReady, headerOnly.then(() => new Uint8Array(0))]));
  if (fileKey.length !== 16) throw new Error('the age header was written without the passphrase stanza');
  const payloadOffset = passphraseHeaderLength(logN);
  let position = payloadOffset;
  const payload = payloadSealer(fileKey, (piece) => {
    writePayload(piece, position);
    position += piece.length;
  });
  fileKey.fill(0);
  return {
    payloadOffset,
    push: (plain) => payload.push(plain),
    end: () => payload.end(),
    get plaintextBytes() {
      return payload.plaintextBytes;
    },
    async header() {
      const whole = await headerOnly;
      if (!kept.keys) throw new Error('the age header was written without the passphrase stanza');
      const bytes = whole.subarray(0, whole.length - PAYLOAD_NONCE - TAG);
      if (bytes.length !== payloadOffset) {
        wipe();
        throw new Error('the age header is not the length reserved for it');
      }
      const { fileKey: keptKey, salt, wrapKey } = kept.keys;
      return { bytes, seal: { logN, salt, wrapKey, fileKey: keptKey, wipe } };
    },
    async abandon() {
      payload.discard();
      await headerOnly.catch(() => undefined);
      wipe();
    },
  };
}

/** Encrypts to a passphrase and hands each encrypted piece to `write`, in order. */
export async function encryptWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  logN: number,
  write: (piece: Uint8Array) => void,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const writer = await createPassphraseWriter(passphrase, logN, write);
  try {
    for (let offset = 0; offset < plaintext.length; ) {
      const end = Math.min(offset + READ_SIZE, plaintext.length);
      writer.push(plaintext.subarray(offset, end));
      offset = end;
      onProgress(offset, plaintext.length);
    }
    writer.end();
    if (plaintext.length === 0) onProgress(0, 0);
  } finally {
    writer.seal.wipe();
  }
}

function startsWithMagic(bytes: Uint8Array): boolean | 'truncated' {
  const magic = Buffer.from(MAGIC, 'latin1');
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, magic.length));
  if (head.equals(magic)) return true;
  if (bytes.length < magic.length && magic.subarray(0, bytes.length).equals(head)) return 'truncated';
  // A byte or two off in the first line is a damaged age file, not some other kind of file.
  let same = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === magic[i]) same += 1;
  return same >= magic.length - 3 ? 'truncated' : false;
}

const isArmored = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, ARMOR_BEGIN.length)).toString('latin1') === ARMOR_BEGIN;

/** Undoes age's ASCII armor (`age -a`); plain binary files pass through. */
function unarmor(bytes: Uint8Array): Uint8Array {
  if (!isArmored(bytes)) return bytes;
  try {
    return armor.decode(Buffer.from(bytes).toString('latin1'));
  } catch (cause) {
    throw backupError.damaged(cause);
  }
}

/** Where a file's bytes come from: memory, or an open file read in order from the start. */
interface Source {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

const memorySource = (bytes: Uint8Array): Source => {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return { size: all.length, read: async (at, length) => all.subarray(at, at + length), close: async () => {} };
};

async function fileSource(path: string): Promise<Source> {
  const handle: FileHandle = await open(path, 'r');
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  try {
    const { size } = await handle.stat();
    const read = async (position: number, length: number) => {
      const buffer = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await handle.read(buffer, got, length - got, position + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buffer.subarray(0, got);
    };
    const head = await read(0, ARMOR_BEGIN.length);
    if (!isArmored(head)) return { size, read, close };
    // Armored files (age -a) are text; they are decoded whole, within the caller's size bound.
    const text = await read(0, size);
    await close();
    return memorySource(unarmor(text));
  } catch (error) {
    await close();
    throw error;
  }
}

/** The plaintext of an age file, opened: its exact size first, then the bytes, authenticated chunk by chunk. */
export interface AgePlaintext {
  /**
   * The plaintext's exact size in bytes, computed from the file's size before any of the
   * payload is read: refuse an oversized backup here, before parsing anything. The chunks
   * never add up to more; if the file changes while it is read, they end in an error.
   */
  readonly size: number;
  /**
   * The plaintext, in pieces of at most 64 KiB, each authenticated before it is yielded.
   * Iterate it once. It ends by throwing BACKUP_DAMAGED when the file was cut short, lacks
   * its last-chunk flag, has bytes after the last chunk or was changed: so a caller must not
   * act on what it parsed (beyond holding it) until the loop has finished without an error.
   * Finishing or breaking out of the loop closes the file.
   */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Closes the file without reading it (needed only when `chunks` is never iterated to its end). */
  close(): Promise<void>;
}

/** The header's end: the line "--- <MAC>" and its newline. */
function headerLength(start: Buffer): number | null {
  const macLine = start.indexOf('\n--- ');
  if (macLine < 0) return null;
  const end = start.indexOf('\n', macLine + 1);
  return end < 0 ? null : end + 1;
}

/** Maps the package's plain errors to named ones; `identity` says whether a passphrase stanza was there. */
function headerError(error: unknown, identity: NativeScryptIdentity | null): HearthError {
  if (error instanceof HearthError) return error;
  if (error instanceof Error && /no identity matched/.test(error.message)) {
    if (!identity) return backupError.unverified();
    if (identity.sawScrypt) return backupError.wrongPassphrase();
    return identity.sawDamagedScrypt ? backupError.damaged(error) : backupError.notPassphrase();
  }
  return identity ? backupError.damaged(error) : backupError.unverified();
}

async function openAge(
  source: Source,
  identity: Identity,
  named: NativeScryptIdentity | null,
  onProgress: (done: number, total: number) => void,
): Promise<AgePlaintext> {
  try {
    const start = await source.read(0, Math.min(source.size, MAX_HEADER));
    if (start.length === 0) throw backupError.damaged();
    const magic = startsWithMagic(start);
    if (magic === false) throw backupError.notAge();
    if (magic === 'truncated') throw backupError.damaged();
    const headerBytes = headerLength(start);
    if (headerBytes === null) throw backupError.damaged();
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    let fileKey: Uint8Array;
    try {
      // The package parses the header and checks its MAC; the identity does the scrypt.
      fileKey = await decrypter.decryptHeader(start.subarray(0, headerBytes));
    } catch (error) {
      throw headerError(error, named);
    }
    const nonce = await source.read(headerBytes, PAYLOAD_NONCE);
    const size = plaintextSizeOf(source.size - headerBytes - PAYLOAD_NONCE);
    if (nonce.length !== PAYLOAD_NONCE || size === null) throw named ? backupError.damaged() : backupError.unverified();
    const key = streamKey(fileKey, nonce);
    Buffer.from(fileKey.buffer, fileKey.byteOffset, fileKey.length).fill(0);
    return { size, chunks: payload(source, key, headerBytes + PAYLOAD_NONCE, size, named !== null, onProgress), close: source.close };
  } catch (error) {
    await source.close();
    throw error;
  }
}

async function* payload(
  source: Source,
  key: Buffer,
  from: number,
  size: number,
  strangers: boolean,
  onProgress: (done: number, total: number) => void,
): AsyncGenerator<Uint8Array> {
  const damaged = () => (strangers ? backupError.damaged() : backupError.unverified());
  try {
    let position = from;
    let buffered: Buffer = Buffer.alloc(0);
    let atEnd = false;
    let counter = 0;
    let yielded = 0;
    let reported = 0;
    for (;;) {
      // One byte more than a chunk tells whether this chunk is the last: age flags only the last.
      while (!atEnd && buffered.length <= SEALED_CHUNK) {
        const more = await source.read(position, READ_SIZE);
        position += more.length;
        if (more.length < READ_SIZE) atEnd = true;
        buffered = buffered.length === 0 ? more : Buffer.concat([buffered, more]);
      }
      const last = buffered.length <= SEALED_CHUNK;
      const sealed = buffered.subarray(0, last ? buffered.length : SEALED_CHUNK);
      buffered = buffered.subarray(sealed.length);
      if (sealed.length < TAG) throw damaged();
      const plain = openChunk(key, counter, last, sealed);
      // An empty last chunk is allowed only as the whole payload of an empty plaintext.
      if (!plain || (last && plain.length === 0 && counter > 0)) throw damaged();
      yielded += plain.length;
      if (yielded > size) throw damaged();
      if (position - reported >= READ_SIZE || last) {
        reported = position;
        onProgress(Math.min(position, source.size), source.size);
      }
      counter += 1;
      if (plain.length > 0) yield plain;
      if (last) break;
    }
    // The file changed size while it was read: what was read is not the file that was sized.
    if (yielded !== size) throw damaged();
  } finally {
    key.fill(0);
    await source.close();
  }
}

/**
 * Opens an age file with a passphrase, naming each way it can fail: not age, locked to a
 * key, too costly (checked before any scrypt work), wrong passphrase (age cannot tell that
 * from a damaged stanza, so the sentence says both), damaged or truncated anywhere after.
 *
 * `file` is a path (read as the chunks are consumed: memory stays at about 1 MiB, armored
 * files aside) or the file's bytes. The header, scrypt and header MAC are checked before
 * this resolves; the payload is checked as `chunks` is iterated (see AgePlaintext).
 */
export async function openWithPassphrase(
  file: string | Uint8Array,
  passphrase: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<AgePlaintext> {
  let source: Source;
  try {
    source = typeof file === 'string' ? await fileSource(file) : memorySource(unarmor(file));
  } catch (error) {
    throw error instanceof HearthError ? error : backupError.unreadable(error);
  }
  const identity = new NativeScryptIdentity(passphrase);
  return openAge(source, identity, identity, onProgress);
}

/**
 * Reads back a file this process has just written with `createPassphraseWriter`, using the
 * keys it kept (no second scrypt). Any difference from what was sealed ends in
 * BACKUP_WRITE_FAILED ("did not read back the same").
 */
export async function verifyAgeFile(path: string, seal: PassphraseSeal): Promise<AgePlaintext> {
  return openAge(await fileSource(path), new SealedByUs(seal), null, () => {});
}

/** The whole plaintext at once: `openWithPassphrase`, collected. */
export async function decryptWithPassphrase(
  file: Uint8Array,
  passphrase: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Uint8Array> {
  const opened = await openWithPassphrase(file, passphrase, onProgress);
  const pieces: Uint8Array[] = [];
  for await (const piece of opened.chunks) pieces.push(piece);
  return Buffer.concat(pieces, opened.size);
}
