import { armor, Decrypter, Encrypter, generateIdentity, identityToRecipient, Stanza } from 'age-encryption';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createPassphraseWriter,
  decryptWithPassphrase,
  encryptWithPassphrase,
  MAX_WORK_FACTOR,
  NativeScryptIdentity,
  openWithPassphrase,
  verifyAgeFile,
} from '../../../../../src/main/core/backup/age-file';

const PASSPHRASE = 'correct horse battery staple';
const plaintext = Buffer.from(JSON.stringify({ text: 'ünïcødé 🌙', long: 'x'.repeat(150_000) }));

async function encrypt(bytes: Uint8Array, logN = 4) {
  const pieces: Uint8Array[] = [];
  await encryptWithPassphrase(bytes, PASSPHRASE, logN, (p) => pieces.push(p));
  return Buffer.concat(pieces);
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'accepted', (e: { code?: string }) => e.code ?? String(e));

describe('age files with a passphrase', () => {
  it('are the standard format: the age-encryption library opens ours, and we open its', async () => {
    const ours = await encrypt(plaintext);
    expect(ours.subarray(0, 33).toString('latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt /);
    const library = new Decrypter();
    library.addPassphrase(PASSPHRASE);
    expect(Buffer.from(await library.decrypt(ours)).equals(plaintext)).toBe(true);

    const encrypter = new Encrypter();
    encrypter.setPassphrase(PASSPHRASE);
    encrypter.setScryptWorkFactor(4);
    const theirs = await encrypter.encrypt(plaintext);
    expect(Buffer.from(await decryptWithPassphrase(theirs, PASSPHRASE)).equals(plaintext)).toBe(true);
    // Armored (age -a) too.
    expect(Buffer.from(await decryptWithPassphrase(Buffer.from(armor.encode(theirs)), PASSPHRASE)).equals(plaintext)).toBe(true);
  });

  it('reports progress while encrypting, ending at the whole size', async () => {
    const seen: [number, number][] = [];
    await encryptWithPassphrase(plaintext, PASSPHRASE, 2, () => {}, (done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([plaintext.length, plaintext.length]);
  });

  it('name each failure', async () => {
    const good = await encrypt(plaintext);
    expect(await codeOf(decryptWithPassphrase(good, 'another passphrase'))).toBe('BACKUP_WRONG_PASSPHRASE');
    expect(await codeOf(decryptWithPassphrase(Buffer.from('PK\x03\x04 a zip file'), PASSPHRASE))).toBe('BACKUP_NOT_AGE');
    expect(await codeOf(decryptWithPassphrase(Buffer.alloc(0), PASSPHRASE))).toBe('BACKUP_DAMAGED');
    expect(await codeOf(decryptWithPassphrase(good.subarray(0, 10), PASSPHRASE))).toBe('BACKUP_DAMAGED');
    expect(await codeOf(decryptWithPassphrase(good.subarray(0, good.length - 1), PASSPHRASE))).toBe('BACKUP_DAMAGED');
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100]! ^= 1;
    expect(await codeOf(decryptWithPassphrase(flipped, PASSPHRASE))).toBe('BACKUP_DAMAGED');
    const badMac = Buffer.from(good.toString('latin1').replace(/\n--- (.)/, (_, c: string) => `\n--- ${c === 'A' ? 'B' : 'A'}`), 'latin1');
    expect(await codeOf(decryptWithPassphrase(badMac, PASSPHRASE))).toBe('BACKUP_DAMAGED');
    const encrypter = new Encrypter();
    encrypter.addRecipient(await identityToRecipient(await generateIdentity()));
    expect(await codeOf(decryptWithPassphrase(await encrypter.encrypt('x'), PASSPHRASE))).toBe('BACKUP_NOT_PASSPHRASE');
  });

  it('refuse a work factor above the cap before spending anything on it', async () => {
    const identity = new NativeScryptIdentity(PASSPHRASE);
    const stanza = (logN: string) => new Stanza(['scrypt', 'AAAAAAAAAAAAAAAAAAAAAA', logN], new Uint8Array(32));
    const started = performance.now();
    for (const logN of [String(MAX_WORK_FACTOR + 1), '64', '1000000']) {
      await expect(identity.unwrapFileKey([stanza(logN)])).rejects.toMatchObject({ code: 'BACKUP_TOO_COSTLY' });
    }
    expect(performance.now() - started).toBeLessThan(500);
    for (const bad of ['0', '-1', '18a', '']) {
      await expect(identity.unwrapFileKey([stanza(bad)])).rejects.toMatchObject({ code: 'BACKUP_DAMAGED' });
    }
    // age: a passphrase stanza must be the only one, or a key holder could read the file too.
    await expect(identity.unwrapFileKey([stanza('4'), new Stanza(['X25519', 'abc'], new Uint8Array(32))])).rejects.toMatchObject({
      code: 'BACKUP_DAMAGED',
    });
    // A salt spelled in a second, non-canonical way is damage, not a different salt.
    await expect(identity.unwrapFileKey([new Stanza(['scrypt', 'AAAAAAAAAAAAAAAAAAAAAB', '4'], new Uint8Array(32))])).rejects.toMatchObject({
      code: 'BACKUP_DAMAGED',
    });
  });
});

describe('age files opened as a stream', () => {
  const CHUNK = 64 * 1024;
  const bytesOf = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + (i >> 8)) % 256));
  const collect = async (chunks: AsyncIterable<Uint8Array>, sizes: number[] = []) => {
    const pieces: Buffer[] = [];
    for await (const piece of chunks) {
      sizes.push(piece.length);
      pieces.push(Buffer.from(piece));
    }
    return Buffer.concat(pieces);
  };
  const libraryEncrypt = async (bytes: Uint8Array) => {
    const encrypter = new Encrypter();
    encrypter.setPassphrase(PASSPHRASE);
    encrypter.setScryptWorkFactor(4);
    return Buffer.from(await encrypter.encrypt(bytes));
  };
  const libraryDecrypt = async (file: Uint8Array) => {
    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSPHRASE);
    return Buffer.from(await decrypter.decrypt(file));
  };

  it('agree with the age-encryption library both ways at every chunk boundary (the last chunk may be full, or empty only when alone)', async () => {
    for (const n of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17]) {
      const plain = bytesOf(n);
      const ours = await encrypt(plain);
      expect((await libraryDecrypt(ours)).equals(plain)).toBe(true);
      const opened = await openWithPassphrase(await libraryEncrypt(plain), PASSPHRASE);
      expect(opened.size).toBe(n);
      const sizes: number[] = [];
      expect((await collect(opened.chunks, sizes)).equals(plain)).toBe(true);
      expect(sizes.every((s) => s > 0 && s <= CHUNK)).toBe(true);
    }
  });

  it('read from a path, know the exact size before decrypting, and hand over at most 64 KiB at a time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-age-'));
    try {
      const plain = bytesOf(5 * CHUNK + 1234);
      const path = join(dir, 'big.age');
      writeFileSync(path, await encrypt(plain));
      const seen: [number, number][] = [];
      const opened = await openWithPassphrase(path, PASSPHRASE, (done, total) => seen.push([done, total]));
      expect(opened.size).toBe(plain.length);
      expect(seen).toEqual([]);
      const sizes: number[] = [];
      expect((await collect(opened.chunks, sizes)).equals(plain)).toBe(true);
      expect(sizes).toEqual([CHUNK, CHUNK, CHUNK, CHUNK, CHUNK, 1234]);
      expect(seen.at(-1)).toEqual([statSync(path).size, statSync(path).size]);
      // Armored (age -a) files from a path too.
      writeFileSync(join(dir, 'armored.age'), armor.encode(await libraryEncrypt(plain)));
      const armored = await openWithPassphrase(join(dir, 'armored.age'), PASSPHRASE);
      expect((await collect(armored.chunks)).equals(plain)).toBe(true);
      // A missing file is named as unreadable.
      expect(await codeOf(openWithPassphrase(join(dir, 'missing.age'), PASSPHRASE))).toBe('BACKUP_UNREADABLE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('yield only authenticated chunks, and end in BACKUP_DAMAGED when cut at a chunk boundary, extended, or changed late', async () => {
    const plain = bytesOf(3 * CHUNK + 500);
    const good = await encrypt(plain);
    const payloadStart = good.indexOf('\n', good.indexOf('\n--- ') + 1) + 1 + 16;
    const sealed = CHUNK + 16;
    /** What a damaged file yields before its error, and the error's code. */
    const readDamaged = async (file: Buffer) => {
      const opened = await openWithPassphrase(file, PASSPHRASE);
      const pieces: Buffer[] = [];
      try {
        for await (const piece of opened.chunks) pieces.push(Buffer.from(piece));
      } catch (error) {
        return { before: Buffer.concat(pieces), code: (error as { code?: string }).code };
      }
      return { before: Buffer.concat(pieces), code: 'accepted' };
    };

    // Cut after two whole chunks: the size is plausible, but the second chunk is not flagged last.
    const cut = await readDamaged(good.subarray(0, payloadStart + 2 * sealed));
    expect(cut.code).toBe('BACKUP_DAMAGED');
    expect(cut.before.equals(plain.subarray(0, CHUNK))).toBe(true);
    // Trailing bytes after the last chunk, a few or a whole chunk's worth.
    for (const extra of [Buffer.alloc(40, 1), Buffer.alloc(sealed, 2), good.subarray(payloadStart, payloadStart + sealed)]) {
      expect((await readDamaged(Buffer.concat([good, extra]))).code).toBe('BACKUP_DAMAGED');
    }
    // One flipped bit in the third chunk: the first two are handed over, the third never is.
    const flipped = Buffer.from(good);
    flipped[payloadStart + 2 * sealed + 100]! ^= 4;
    const late = await readDamaged(flipped);
    expect(late.code).toBe('BACKUP_DAMAGED');
    expect(late.before.equals(plain.subarray(0, 2 * CHUNK))).toBe(true);
    // Two chunks swapped: each is authentic, but not at that place.
    const swapped = Buffer.concat([
      good.subarray(0, payloadStart),
      good.subarray(payloadStart + sealed, payloadStart + 2 * sealed),
      good.subarray(payloadStart, payloadStart + sealed),
      good.subarray(payloadStart + 2 * sealed),
    ]);
    expect((await readDamaged(swapped)).code).toBe('BACKUP_DAMAGED');
    // A size no age payload can have (a last chunk of a tag alone, after full ones) is refused before any chunk.
    expect(await codeOf(openWithPassphrase(good.subarray(0, good.length - 500), PASSPHRASE))).toBe('BACKUP_DAMAGED');
  });

  it('verify a file just written with the keys kept from writing it (no second scrypt), and refuse any change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-age-'));
    try {
      const plain = bytesOf(2 * CHUNK + 99);
      const pieces: Uint8Array[] = [];
      const writer = await createPassphraseWriter(PASSPHRASE, 4, (p) => pieces.push(Buffer.from(p)));
      writer.push(plain.subarray(0, 1000));
      writer.push(plain.subarray(1000));
      writer.end();
      const file = Buffer.concat(pieces);
      const path = join(dir, 'written.age');
      writeFileSync(path, file);
      const back = await verifyAgeFile(path, writer.seal);
      expect((await collect(back.chunks)).equals(plain)).toBe(true);
      // What the writer wrote is a standard age file.
      expect((await libraryDecrypt(file)).equals(plain)).toBe(true);

      const changed = Buffer.from(file);
      changed[changed.length - 30]! ^= 1;
      writeFileSync(path, changed);
      const tampered = await verifyAgeFile(path, writer.seal);
      await expect(collect(tampered.chunks)).rejects.toMatchObject({ code: 'BACKUP_WRITE_FAILED' });
      // Another file (same passphrase, its own salt and keys) is not the one written.
      writeFileSync(path, await encrypt(plain));
      await expect(verifyAgeFile(path, writer.seal)).rejects.toMatchObject({ code: 'BACKUP_WRITE_FAILED' });
      writer.seal.wipe();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
