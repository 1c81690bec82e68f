import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, restoreBackup } from '../../../../../src/main/core/backup';
import { useTempDirs } from '../../../../support/temp-dir';
import { snapshotJournal } from './support/files';
import { dumpJournal, hearthAt, newJournal, sampleJournal, seed } from './support/journal';
import { runChild } from './support/run-child';

const tempDir = useTempDirs();
const PASSPHRASE = 'disk full passphrase';

/**
 * A full disk for real: a tiny tmpfs (this needs root; the test VM has it). Where mounting
 * is not permitted, export falls back to a child process under `ulimit -f` (writes past the
 * limit fail with EFBIG), and says so. HEARTH_TEST_NO_MOUNT=1 forces the fallback.
 */
function mountTiny(dir: string, size: string): boolean {
  if (process.env.HEARTH_TEST_NO_MOUNT === '1') return false;
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]).status === 0;
}
const unmount = (dir: string) => spawnSync('umount', [dir]);

/** A journal whose backup is a few hundred KiB: more than the tiny disk holds. */
async function bigJournal(dataParent: string) {
  const hearth = await newJournal(dataParent);
  const journal = sampleJournal('big');
  journal.entries.push(
    ...Array.from({ length: 300 }, (_, i) => ({ ...journal.entries[0]!, uid: `long-${i}`, body: `${i} ${'words that fill a disk '.repeat(60)}` })),
  );
  seed(hearth.db(), journal);
  return hearth;
}

describe('a full disk', () => {
  it('during export: DISK_FULL, no partial file under the chosen name, the journal intact', async () => {
    const dir = tempDir();
    const hearth = await bigJournal(join(dir, 'data'));
    const before = await snapshotJournal(hearth);
    const tiny = join(dir, 'tiny');
    if (mountTiny(tiny, '64k')) {
      console.info('disk-full export: ran against a 64 KiB tmpfs');
      try {
        await expect(exportBackup(hearth, join(tiny, 'us.age'), PASSPHRASE, { workFactor: 2 })).rejects.toMatchObject({
          code: 'DISK_FULL',
          message: expect.stringMatching(/^The disk is full.*No backup file was left behind/),
        });
        expect(readdirSync(tiny)).toEqual([]);
      } finally {
        unmount(tiny);
      }
    } else {
      console.info('disk-full export: mounting was not possible; ran in a child process under ulimit -f 64 (EFBIG)');
      const out = join(dir, 'out');
      mkdirSync(out);
      hearth.lock();
      const child = runChild({ op: 'export', dataDir: hearth.dataDir, file: join(out, 'us.age'), passphrase: PASSPHRASE, workFactor: 2 }, 'ulimit -f 64');
      expect(child.result, child.stderr).toMatchObject({ ok: false, code: 'DISK_FULL' });
      expect(readdirSync(out)).toEqual([]);
      await hearth.unlock();
    }
    hearth.lock();
    expect(await snapshotJournal(hearth)).toEqual(before);
  });

  it('during restore: DISK_FULL, and the journal on that disk is exactly as it was', async ({ skip }) => {
    const dir = tempDir();
    const source = await bigJournal(join(dir, 'source'));
    const file = join(dir, 'big.age');
    await exportBackup(source, file, PASSPHRASE, { runner: inlineRunner, workFactor: 2 });

    const tiny = join(dir, 'tiny');
    if (!mountTiny(tiny, '1m')) {
      // SQLite reports a file-size limit as an I/O error, not a full disk, so ulimit is no stand-in here.
      skip('mounting a tmpfs is not permitted here, so there is no real full disk to restore onto');
      return;
    }
    try {
      const hearth = await newJournal(tiny);
      seed(hearth.db(), sampleJournal('small'));
      const dump = dumpJournal(hearth.db());
      const before = await snapshotJournal(hearth);
      await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, { workFactor: 2 })).rejects.toMatchObject({
        code: 'DISK_FULL',
        message: expect.stringMatching(/Your journal is unchanged\.$/),
      });
      expect(dumpJournal(hearth.db())).toEqual(dump);
      expect(existsSync(join(hearth.dataDir, 'journal.db.restoring'))).toBe(false);
      hearth.lock();
      expect(await snapshotJournal(hearth)).toEqual(before);
      hearth.lock();
      // Still opens from scratch, as after a restart.
      const again = hearthAt(hearth.dataDir);
      await again.unlock();
      expect(dumpJournal(again.db())).toEqual(dump);
      again.lock();
    } finally {
      unmount(tiny);
    }
  });
});
