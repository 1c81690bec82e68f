import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, listSafetyCopies, restoreBackup } from '../../../../../src/main/core/backup';
import { useTempDirs } from '../../../../support/temp-dir';
import { dumpJournal, hearthAt, newJournal, sampleJournal, seed } from './support/journal';
import { runChild } from './support/run-child';

const tempDir = useTempDirs();
const PASSPHRASE = 'crash test passphrase';
const FAST = { runner: inlineRunner, workFactor: 2 };

/**
 * A process killed outright (SIGKILL: no finally, no cleanup) at each step of a restore or
 * an export. Whatever step it died at, the next start finds a whole journal (the old one,
 * or after the one atomic rename the new one) and never a backup that looks complete.
 */
describe('killed mid-way', () => {
  async function journals() {
    const dir = tempDir();
    const hearth = await newJournal(join(dir, 'mine'));
    seed(hearth.db(), sampleJournal('mine'));
    const other = await newJournal(join(dir, 'other'));
    const theirs = sampleJournal('theirs');
    // Enough rows that the build is still writing when the first progress report arrives.
    theirs.entries.push(...Array.from({ length: 3_000 }, (_, i) => ({ ...theirs.entries[0]!, uid: `bulk-${i}`, createdAt: 1_700_000_000_000 + i })));
    seed(other.db(), theirs);
    const file = join(dir, 'theirs.age');
    await exportBackup(other, file, PASSPHRASE, FAST);
    const dumps = { old: dumpJournal(hearth.db()), new: dumpJournal(other.db()) };
    hearth.lock();
    return { dataDir: hearth.dataDir, file, dumps };
  }

  it.each([
    ['decrypting', 'old'],
    ['writing', 'old'],
    ['after-build', 'old'],
    ['before-safety-copy', 'old'],
    ['before-swap', 'old'],
    ['after-swap', 'new'],
  ] as const)('a restore killed at %s leaves the %s journal, whole', async (killAt, expected) => {
    const { dataDir, file, dumps } = await journals();
    const child = runChild({ op: 'restore', dataDir, file, passphrase: PASSPHRASE, workFactor: 2, killAt });
    expect(child.signal, child.stderr).toBe('SIGKILL');

    const next = hearthAt(dataDir);
    await next.unlock();
    expect(dumpJournal(next.db())).toEqual(dumps[expected]);
    // Only a real copy of an earlier journal is offered as a safety copy.
    const copies = listSafetyCopies(next);
    expect(copies).toHaveLength(expected === 'new' ? 1 : 0);

    // And a restore afterwards goes through, clearing what the killed one left behind.
    await restoreBackup(next, file, PASSPHRASE, { mode: 'replace' }, FAST);
    expect(dumpJournal(next.db())).toEqual(dumps.new);
    expect(readdirSync(dataDir).filter((name) => name.includes('restoring'))).toEqual([]);
  });

  it.each(['reading', 'encrypting', 'verifying', 'before-rename'] as const)(
    'an export killed at %s leaves nothing under the chosen name',
    async (killAt) => {
      const dir = tempDir();
      const hearth = await newJournal(join(dir, 'mine'));
      seed(hearth.db(), sampleJournal('mine'));
      const before = dumpJournal(hearth.db());
      hearth.lock();
      const out = join(dir, 'out');
      mkdirSync(out);
      const target = join(out, 'us.age');
      const child = runChild({ op: 'export', dataDir: hearth.dataDir, file: target, passphrase: PASSPHRASE, workFactor: 2, killAt });
      expect(child.signal, child.stderr).toBe('SIGKILL');
      expect(existsSync(target)).toBe(false);
      // At most a hidden temp file that does not end in .age.
      for (const name of readdirSync(out)) expect(name).toMatch(/^\.us\.age\.[0-9a-f]{12}\.partial$/);

      await hearth.unlock();
      expect(dumpJournal(hearth.db())).toEqual(before);
      await exportBackup(hearth, target, PASSPHRASE, FAST);
      expect(readdirSync(out)).toEqual(['us.age']);
    },
  );
});
