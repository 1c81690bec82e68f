import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK_FACTOR, exportBackup, inlineRunner, inspectBackup, MAX_WORK_FACTOR, restoreBackup } from '../../../../../src/main/core/backup';
import { useTempDirs } from '../../../../support/temp-dir';
import { snapshotJournal } from './support/files';
import { newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'a walk by the river at dusk';

/**
 * Issue 15, finding 4: a few-KB backup whose header asks for scrypt at work factor 20–22
 * cost 28 s and 4.4 GB before it was even checked. Hearth writes 18, so anything above 19
 * is refused by name before any scrypt work, and the journal is not touched.
 */
describe('a backup asking for more scrypt work than Hearth ever writes', () => {
  it('is capped at what Hearth writes plus one', () => {
    expect(MAX_WORK_FACTOR).toBe(DEFAULT_WORK_FACTOR + 1);
  });

  it('work factors 20, 21 and 22 are refused at once, by name, and the journal stays byte-identical', async () => {
    const dir = tempDir();
    const hearth = await newJournal(join(dir, 'mine'));
    seed(hearth.db(), sampleJournal('mine'));
    const other = await newJournal(join(dir, 'other'));
    seed(other.db(), sampleJournal('theirs'));
    const good = join(dir, 'good.age');
    await exportBackup(other, good, PASSPHRASE, { runner: inlineRunner, workFactor: 2 });

    for (const logN of [20, 21, 22]) {
      const file = join(dir, `costly-${logN}.age`);
      writeFileSync(file, Buffer.from(readFileSync(good, 'latin1').replace(/^(-> scrypt \S+) 2$/m, `$1 ${logN}`), 'latin1'));
      const started = performance.now();
      await expect(inspectBackup(file, PASSPHRASE, { runner: inlineRunner })).rejects.toMatchObject({
        code: 'BACKUP_TOO_COSTLY',
        message: expect.stringContaining(`work factor ${logN}`),
      });
      // Work factor 20 alone takes ~2 s and 1 GiB here; a refusal takes no scrypt at all.
      expect(performance.now() - started).toBeLessThan(500);

      const before = await snapshotJournal(hearth);
      await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' })).rejects.toMatchObject({
        code: 'BACKUP_TOO_COSTLY',
        message: expect.stringMatching(/Nothing was changed\.$/),
      });
      hearth.lock();
      expect(await snapshotJournal(hearth)).toEqual(before);
    }
  });
});
