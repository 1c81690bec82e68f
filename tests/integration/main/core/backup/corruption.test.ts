import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, inspectBackup, restoreBackup } from '../../../../../src/main/core/backup';
import { HearthError } from '../../../../../src/main/core/errors';
import { snapshotDir } from '../../../../support/scan';
import { useTempDirs } from '../../../../support/temp-dir';
import { corruptions, payloadStart, snapshotJournal } from './support/files';
import { newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'corrupt me if you can';
const MARKER = 'zq-private-marker';
/** The answers a damaged file may get: each names what is wrong; none is a crash or INTERNAL. */
const NAMED = ['BACKUP_DAMAGED', 'BACKUP_WRONG_PASSPHRASE', 'BACKUP_NOT_AGE', 'BACKUP_NOT_PASSPHRASE', 'BACKUP_TOO_COSTLY', 'BACKUP_INVALID'];

async function journalWithBackup() {
  const dir = tempDir();
  const hearth = await newJournal(dir);
  const journal = sampleJournal(MARKER);
  // Long enough for four STREAM chunks (three full, one partial), so whole chunks can be swapped.
  journal.entries.push(
    ...Array.from({ length: 4 }, (_, i) => ({
      ...journal.entries[0]!,
      uid: `long-${i}`,
      body: `${MARKER} ${i} ${'a long letter to each other '.repeat(2_000)}`,
    })),
  );
  seed(hearth.db(), journal);
  const file = join(dir, 'good.age');
  // A tiny scrypt cost keeps 1,000 attempts fast; the format is otherwise the real one.
  await exportBackup(hearth, file, PASSPHRASE, { runner: inlineRunner, workFactor: 1 });
  return { dir, hearth, good: readFileSync(file) };
}

describe('a damaged backup is refused by name and changes nothing', () => {
  it('1,000 seeded corruptions (flips, truncations, swapped chunks and ranges) are each refused', async () => {
    const { dir, hearth, good } = await journalWithBackup();
    expect(good.length - payloadStart(good)).toBeGreaterThan(3 * 65_552);
    const before = await snapshotJournal(hearth);
    const variants = corruptions(good, 1_000, 20261125);
    const seen = new Map<string, number>();
    const path = join(dir, 'variant.age');
    for (const variant of variants) {
      writeFileSync(path, variant.bytes);
      const error = await inspectBackup(path, PASSPHRASE, { runner: inlineRunner }).then(
        () => new Error(`accepted: ${variant.label}`),
        (e: unknown) => e,
      );
      expect(error, variant.label).toBeInstanceOf(HearthError);
      const { code, message } = error as HearthError;
      expect(NAMED, `${variant.label}: ${code}`).toContain(code);
      expect(message).not.toContain(MARKER);
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    // Some of each broad kind really happened (the generator is not quietly doing nothing).
    expect(seen.get('BACKUP_DAMAGED')).toBeGreaterThan(500);
    console.info('corrupted variants refused, by code:', Object.fromEntries(seen));

    // A handful through the whole restore path, in the worker, against the open journal.
    for (const variant of variants.filter((_, i) => i % 125 === 0)) {
      writeFileSync(path, variant.bytes);
      await expect(restoreBackup(hearth, path, PASSPHRASE, { mode: 'replace' }), variant.label).rejects.toSatisfy(
        (e: unknown) => e instanceof HearthError && NAMED.includes(e.code),
      );
    }
    hearth.lock();
    expect(snapshotDir(hearth.dataDir)).toEqual(before);
  });
});
