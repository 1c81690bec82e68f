import * as crypto from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup, inlineRunner } from '../../../../../src/main/core/backup';
import { decryptWithPassphrase } from '../../../../../src/main/core/backup/age-file';
import { documentJson } from '../../../../../src/main/core/backup/tasks';
import { useTempDirs } from '../../../../support/temp-dir';
import { newJournal, sampleJournal, seed } from './support/journal';

// Every scrypt call, counted: export derives the key once and verifies with it (issue 14).
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, scrypt: vi.fn(actual.scrypt) };
});

const tempDir = useTempDirs();
const PASSPHRASE = 'one scrypt is enough';

describe('export streams the document and runs scrypt once', () => {
  it('derives the backup key once, and the file it writes opens with the passphrase to the whole journal', async () => {
    const dir = tempDir();
    const hearth = await newJournal(join(dir, 'data'));
    const journal = sampleJournal('streamed');
    // Enough text for many 64 KiB chunks and several serialisation batches (an entry holds up to 100,000 characters).
    for (const entry of journal.entries) entry.body = `${entry.uid}: a long letter 💌 `.repeat(4_000);
    seed(hearth.db(), journal);
    mkdirSync(join(dir, 'out'));
    const target = join(dir, 'out', 'us.age');

    const scrypt = vi.mocked(crypto.scrypt);
    scrypt.mockClear();
    await exportBackup(hearth, target, PASSPHRASE, { runner: inlineRunner, workFactor: 3 });
    const backupScrypts = scrypt.mock.calls.filter(([, , , options]) => (options as { N?: number }).N === 2 ** 3);
    expect(backupScrypts).toHaveLength(1);
    // With an explicit memory bound: what the highest work factor Hearth opens (19) needs, no more.
    const { maxmem } = backupScrypts[0]![3] as { maxmem?: number };
    expect(maxmem).toBeGreaterThanOrEqual(128 * 8 * 2 ** 19);
    expect(maxmem).toBeLessThan(128 * 8 * 2 ** 20);

    const doc = JSON.parse(Buffer.from(await decryptWithPassphrase(readFileSync(target), PASSPHRASE)).toString('utf8'));
    expect(doc.entries.map((e: { body: string }) => e.body)).toContain(journal.entries[0]!.body);
    expect(doc.entries).toHaveLength(3);
  });

  it('serialises the document piece by piece into exactly the bytes of JSON.stringify', () => {
    const doc = {
      format: 'hearth-backup',
      version: 1,
      skipped: undefined,
      nested: { a: [1, { b: 'ü"\\\n' }], c: null },
      empty: [],
      rows: [{ uid: 'x', body: 'line\u2028sep 🌙', tags: ['a', 'b'], gone: undefined }, null, 3, 'text'],
      last: [undefined, () => 1],
    };
    const pieces = [...documentJson(doc)];
    expect(pieces.length).toBeGreaterThan(8);
    expect(pieces.join('')).toBe(JSON.stringify(doc));
    expect([...documentJson({})].join('')).toBe('{}');
  });
});
