import { armor, Decrypter, Encrypter, generateIdentity, identityToRecipient, Stanza } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  decryptWithPassphrase,
  encryptWithPassphrase,
  MAX_WORK_FACTOR,
  NativeScryptIdentity,
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
