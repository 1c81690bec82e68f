import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, inspectBackup, restoreBackup } from '../../../../../src/main/core/backup';
import { decryptWithPassphrase } from '../../../../../src/main/core/backup/age-file';
import { useTempDirs } from '../../../../support/temp-dir';
import { snapshotJournal, writeAgeFile } from './support/files';
import { newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'the right passphrase';
const MARKER = 'private-words-4411';
const UNCHANGED = /Nothing was changed|unchanged/;

/** A journal with content, a good backup of another journal, and that backup's document. */
async function setting() {
  const dir = tempDir();
  const hearth = await newJournal(join(dir, 'mine'));
  seed(hearth.db(), sampleJournal('mine'));
  const other = await newJournal(join(dir, 'other'));
  seed(other.db(), sampleJournal(MARKER));
  const good = join(dir, 'good.age');
  await exportBackup(other, good, PASSPHRASE, { runner: inlineRunner, workFactor: 2 });
  const doc = JSON.parse(Buffer.from(await decryptWithPassphrase(readFileSync(good), PASSPHRASE)).toString('utf8'));
  return { dir, hearth, good, doc };
}

/** The restore (real worker) and inspect both refuse with `code`; the journal's files are byte-for-byte the same. */
async function expectRefused(hearth: Awaited<ReturnType<typeof setting>>['hearth'], file: string, code: string, passphrase = PASSPHRASE) {
  const before = await snapshotJournal(hearth);
  const restoring = restoreBackup(hearth, file, passphrase, { mode: 'replace' }, { workFactor: 2 });
  await expect(restoring).rejects.toMatchObject({ code, message: expect.stringMatching(UNCHANGED) });
  const error = (await restoring.catch((e: unknown) => e)) as Error;
  expect(error.message).toMatch(/^[A-Z].*\.$/s);
  expect(error.message).not.toContain(MARKER);
  await expect(inspectBackup(file, passphrase, { runner: inlineRunner })).rejects.toMatchObject({ code });
  hearth.lock();
  expect(await snapshotJournal(hearth)).toEqual(before);
}

describe('each way a restore can fail has its own sentence, and the journal is untouched', () => {
  it('a wrong passphrase', async () => {
    const { hearth, good } = await setting();
    await expectRefused(hearth, good, 'BACKUP_WRONG_PASSPHRASE', 'the wrong passphrase');
  });

  it('files that are not age files at all: empty, JSON, a PNG, random bytes', async () => {
    const { dir, hearth, doc } = await setting();
    const cases: [string, Buffer, string][] = [
      ['empty.age', Buffer.alloc(0), 'BACKUP_DAMAGED'],
      ['plain.age', Buffer.from(JSON.stringify(doc)), 'BACKUP_NOT_AGE'],
      ['picture.age', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'BACKUP_NOT_AGE'],
      ['noise.age', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)), 'BACKUP_NOT_AGE'],
    ];
    for (const [name, bytes, code] of cases) {
      writeFileSync(join(dir, name), bytes);
      await expectRefused(hearth, join(dir, name), code);
    }
  });

  it('an age file locked to a key rather than a passphrase', async () => {
    const { dir, hearth, doc } = await setting();
    const encrypter = new Encrypter();
    encrypter.addRecipient(await identityToRecipient(await generateIdentity()));
    writeFileSync(join(dir, 'for-a-key.age'), await encrypter.encrypt(JSON.stringify(doc)));
    await expectRefused(hearth, join(dir, 'for-a-key.age'), 'BACKUP_NOT_PASSPHRASE');
  });

  it('an absurd scrypt work factor is refused at once, before any scrypt work', async () => {
    const { dir, hearth, good } = await setting();
    for (const logN of [23, 40, 99999]) {
      const costly = Buffer.from(readFileSync(good, 'latin1').replace(/^(-> scrypt \S+) 2$/m, `$1 ${logN}`), 'latin1');
      writeFileSync(join(dir, 'costly.age'), costly);
      const started = performance.now();
      await expect(inspectBackup(join(dir, 'costly.age'), PASSPHRASE, { runner: inlineRunner })).rejects.toMatchObject({
        code: 'BACKUP_TOO_COSTLY',
      });
      // 2^40 would take days and a terabyte; a refusal is instant.
      expect(performance.now() - started).toBeLessThan(1_000);
      await expectRefused(hearth, join(dir, 'costly.age'), 'BACKUP_TOO_COSTLY');
    }
  });

  it('a truncated file and a tampered byte', async () => {
    const { dir, hearth, good } = await setting();
    const bytes = readFileSync(good);
    writeFileSync(join(dir, 'short.age'), bytes.subarray(0, bytes.length - 10));
    await expectRefused(hearth, join(dir, 'short.age'), 'BACKUP_DAMAGED');
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 40]! ^= 0x20;
    writeFileSync(join(dir, 'tampered.age'), tampered);
    await expectRefused(hearth, join(dir, 'tampered.age'), 'BACKUP_DAMAGED');
  });

  it('documents that fail validation, anywhere in the file', async () => {
    const { dir, hearth, doc } = await setting();
    const variants: Record<string, unknown> = {
      'a mood of 9': { ...doc, entries: doc.entries.map((e: object, i: number) => (i === 2 ? { ...e, mood: 9 } : e)) },
      'an unknown field': { ...doc, entries: [{ ...doc.entries[0], secretField: true }, ...doc.entries.slice(1)] },
      'a reflection of a missing session': { ...doc, sessions: [] },
      'two entries with one id': { ...doc, entries: [...doc.entries, doc.entries[0]] },
      'one partner': { ...doc, partners: doc.partners.slice(0, 1) },
      'not a Hearth document': { format: 'someone-else', version: 1 },
      'no document at all': [1, 2, 3],
      'text that is not JSON': Buffer.from(`{"format":"hearth-backup", ${MARKER}`),
      'bytes that are not UTF-8': Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    };
    for (const [name, content] of Object.entries(variants)) {
      const file = join(dir, `${name}.age`);
      await writeAgeFile(file, content, PASSPHRASE);
      await expectRefused(hearth, file, 'BACKUP_INVALID');
    }
  });

  it('a backup from a newer Hearth names its format and asks for an update', async () => {
    const { dir, hearth, doc } = await setting();
    const file = join(dir, 'future.age');
    await writeAgeFile(file, { ...doc, version: 2, somethingNew: { shape: 'unknown' } }, PASSPHRASE);
    await expectRefused(hearth, file, 'BACKUP_FROM_FUTURE');
    await expect(inspectBackup(file, PASSPHRASE, { runner: inlineRunner })).rejects.toThrow(
      'This backup was made by a newer version of Hearth (backup format 2; this version reads up to 1). Update Hearth to restore it. Nothing was changed.',
    );
  });

  it('a path that is not a readable file', async () => {
    const { dir, hearth } = await setting();
    await expect(restoreBackup(hearth, join(dir, 'missing.age'), PASSPHRASE, { mode: 'replace' })).rejects.toMatchObject({
      code: 'BACKUP_UNREADABLE',
    });
    await expect(restoreBackup(hearth, 'relative.age', PASSPHRASE, { mode: 'replace' })).rejects.toMatchObject({
      code: 'BACKUP_PATH_INVALID',
    });
    await expect(inspectBackup(dir, PASSPHRASE)).rejects.toMatchObject({ code: 'BACKUP_UNREADABLE' });
  });
});
