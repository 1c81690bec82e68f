import { Decrypter } from 'age-encryption';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPassphraseWriter, verifyAgeFile } from '../../../../../src/main/core/backup/age-file';

const PASSPHRASE = 'sealed while scrypt runs';

/** An age file written the way export writes it: the payload first, at its place, the header in front last. */
async function writeEarly(plaintext: Uint8Array, logN: number, pieces = 7) {
  let bytes = Buffer.alloc(0);
  const place = (piece: Uint8Array, at: number) => {
    if (bytes.length < at + piece.length) bytes = Buffer.concat([bytes, Buffer.alloc(at + piece.length - bytes.length)]);
    bytes.set(piece, at);
  };
  const writer = await startPassphraseWriter(PASSPHRASE, logN, place);
  const step = Math.ceil(plaintext.length / pieces);
  for (let at = 0; at < plaintext.length; at += step) writer.push(plaintext.subarray(at, at + step));
  writer.end();
  const header = await writer.header();
  expect(header.bytes.length).toBe(writer.payloadOffset);
  place(header.bytes, 0);
  return { bytes, seal: header.seal };
}

describe('an age file sealed before scrypt is done', () => {
  it('is the standard format at one- and two-digit work factors, whatever the size: the age-encryption library opens it', async () => {
    for (const logN of [4, 10]) {
      for (const size of [0, 1, 64 * 1024, 64 * 1024 + 1, 200_000]) {
        const plaintext = Buffer.from(Array.from({ length: size }, (_, i) => (i * 31) % 251));
        const { bytes, seal } = await writeEarly(plaintext, logN);
        const decrypter = new Decrypter();
        decrypter.addPassphrase(PASSPHRASE);
        expect(Buffer.from(await decrypter.decrypt(bytes)).equals(plaintext), `logN ${logN}, ${size} bytes`).toBe(true);
        seal.wipe();
      }
    }
  });

  it('reads back with the keys it kept, and a changed payload byte is caught', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'early-writer-'));
    try {
      const plaintext = Buffer.from('ünïcødé 🌙 '.repeat(20_000));
      const { bytes, seal } = await writeEarly(plaintext, 4);
      const path = join(dir, 'ok.age');
      writeFileSync(path, bytes);
      const back = await verifyAgeFile(path, seal);
      const pieces: Uint8Array[] = [];
      for await (const chunk of back.chunks) pieces.push(chunk);
      expect(Buffer.concat(pieces).equals(plaintext)).toBe(true);

      bytes[bytes.length - 100]! ^= 1;
      writeFileSync(path, bytes);
      const damaged = await verifyAgeFile(path, seal);
      await expect((async () => {
        for await (const chunk of damaged.chunks) void chunk;
      })()).rejects.toMatchObject({ code: 'BACKUP_WRITE_FAILED' });
      seal.wipe();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('abandoned, it still waits for scrypt and leaves nothing running', async () => {
    const writer = await startPassphraseWriter(PASSPHRASE, 4, () => {});
    writer.push(Buffer.from('half a backup'));
    await writer.abandon();
    expect(() => writer.push(Buffer.from('more'))).toThrow();
  });
});
