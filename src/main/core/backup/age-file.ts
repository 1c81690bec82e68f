import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { armor, Decrypter, Encrypter, Stanza, type Identity, type Recipient } from 'age-encryption';
import { HearthError } from '../errors';
import { backupError } from './errors';

/**
 * The age v1 file format (https://age-encryption.org/v1) with a passphrase (scrypt)
 * recipient, through the `age-encryption` package. Only the scrypt step is swapped for
 * Node's native scrypt, through the package's Recipient/Identity interfaces: the pure-JS
 * one takes ~1.7 s at the default work factor, native about a fifth of that, and the file
 * is byte-for-byte the same format (the `age` CLI opens it, and Hearth opens the CLI's).
 */

/** age's own default; the `age` CLI encrypts with it and opens up to 22. */
export const DEFAULT_WORK_FACTOR = 18;
/** Above this a file is refused before any work: 2^22 × 1 KiB is 4 GiB of memory already. */
export const MAX_WORK_FACTOR = 22;

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const MAGIC = 'age-encryption.org/v1\n';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
/** 16 bytes in unpadded base64, the only salt age allows. */
const SALT_B64 = /^[A-Za-z0-9+/]{22}$/;

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
    scrypt(passphrase, labelAndSalt, 32, { N, r: 8, p: 1, maxmem: 128 * 8 * N + 16 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
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

export class NativeScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await scryptKey(this.passphrase, salt, this.logN);
    return [new Stanza(['scrypt', b64NoPad(salt), String(this.logN)], sealFileKey(fileKey, key))];
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
      return openFileKey(stanza.body, key);
    }
    return null;
  }
}

/** Plaintext in slices, so encryption can report progress and never holds two whole copies. */
function sliced(bytes: Uint8Array, onSlice: (done: number) => void, size = 1 << 20): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      const end = Math.min(offset + size, bytes.length);
      controller.enqueue(bytes.subarray(offset, end));
      offset = end;
      onSlice(offset);
    },
  });
}

/** Encrypts to a passphrase and hands each encrypted piece to `write`, in order. */
export async function encryptWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  logN: number,
  write: (piece: Uint8Array) => void,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(new NativeScryptRecipient(passphrase, logN));
  const stream = await encrypter.encrypt(sliced(plaintext, (done) => onProgress(done, plaintext.length)));
  for await (const piece of stream as unknown as AsyncIterable<Uint8Array>) write(piece);
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

/** Undoes age's ASCII armor (`age -a`); plain binary files pass through. */
function unarmor(bytes: Uint8Array): Uint8Array {
  const head = Buffer.from(bytes.subarray(0, ARMOR_BEGIN.length)).toString('latin1');
  if (head !== ARMOR_BEGIN) return bytes;
  try {
    return armor.decode(Buffer.from(bytes).toString('latin1'));
  } catch (cause) {
    throw backupError.damaged(cause);
  }
}

/**
 * Decrypts an age file with a passphrase, naming each way it can fail: not age, locked to
 * a key, too costly, wrong passphrase (age cannot tell that from a damaged stanza, so the
 * sentence says both), damaged or truncated anywhere after.
 */
export async function decryptWithPassphrase(
  file: Uint8Array,
  passphrase: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Uint8Array> {
  if (file.length === 0) throw backupError.damaged();
  const bytes = unarmor(file);
  const magic = startsWithMagic(bytes);
  if (magic === false) throw backupError.notAge();
  if (magic === 'truncated') throw backupError.damaged();
  const identity = new NativeScryptIdentity(passphrase);
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  try {
    const plain = await decrypter.decrypt(sliced(bytes, (done) => onProgress(done, bytes.length)));
    const pieces: Uint8Array[] = [];
    for await (const piece of plain as unknown as AsyncIterable<Uint8Array>) pieces.push(piece);
    return Buffer.concat(pieces);
  } catch (error) {
    if (error instanceof HearthError) throw error;
    if (error instanceof Error && /no identity matched/.test(error.message)) {
      if (identity.sawScrypt) throw backupError.wrongPassphrase();
      throw identity.sawDamagedScrypt ? backupError.damaged(error) : backupError.notPassphrase();
    }
    throw backupError.damaged(error);
  }
}
