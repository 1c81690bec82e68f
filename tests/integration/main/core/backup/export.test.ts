import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, inspectBackup, type BackupFault, type BackupPhase } from '../../../../../src/main/core/backup';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { filesContaining } from '../../../../support/scan';
import { useTempDirs } from '../../../../support/temp-dir';
import { snapshotJournal } from './support/files';
import { newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'export passphrase ok';
const MARKER = 'export-marker-9931';
const FAST = { runner: inlineRunner, workFactor: 2 };

async function journal() {
  const dir = tempDir();
  const hearth = await newJournal(join(dir, 'data'));
  seed(hearth.db(), sampleJournal(MARKER));
  const out = join(dir, 'out');
  mkdirSync(out);
  return { hearth, out };
}

describe('exporting a backup', () => {
  it('writes one verified, encrypted .age file and nothing else, reporting progress on the way', async () => {
    const { hearth, out } = await journal();
    const phases: [BackupPhase, number, number][] = [];
    // Through the real worker thread.
    const result = await exportBackup(hearth, join(out, 'us.age'), PASSPHRASE, {
      workFactor: 4,
      onProgress: (phase, done, total) => phases.push([phase, done, total]),
    });
    expect(readdirSync(out)).toEqual(['us.age']);
    expect(result).toMatchObject({ path: join(out, 'us.age'), summary: { entries: 2, inTrash: 1, checkIns: 2, sessions: 1 } });
    expect(result.sizeBytes).toBe(readFileSync(join(out, 'us.age')).length);
    expect(filesContaining(out, MARKER)).toEqual([]);
    expect(filesContaining(out, 'Léa')).toEqual([]);
    expect([...new Set(phases.map(([phase]) => phase))]).toEqual(['reading', 'encrypting', 'verifying']);
    for (const phase of ['reading', 'encrypting', 'verifying']) {
      const last = phases.filter(([p]) => p === phase).at(-1)!;
      expect(last[1]).toBe(last[2]);
    }
    expect(await inspectBackup(join(out, 'us.age'), PASSPHRASE, FAST)).toEqual(result.summary);
  });

  it('refuses a bad place or a short passphrase before writing anything', async () => {
    const { hearth, out } = await journal();
    const cases: [string, string, string][] = [
      ['relative/us.age', PASSPHRASE, 'BACKUP_PATH_INVALID'],
      [join(out, 'us.json'), PASSPHRASE, 'BACKUP_PATH_INVALID'],
      [join(out, 'no-such-folder', 'us.age'), PASSPHRASE, 'BACKUP_PATH_INVALID'],
      [out + '.age', PASSPHRASE, 'BACKUP_PATH_INVALID'],
      [join(out, 'us.age'), 'too short', 'PASSPHRASE_TOO_SHORT'],
      [join(out, 'us.age'), '🌙🌙🌙🌙🌙🌙🌙🌙🌙', 'PASSPHRASE_TOO_SHORT'],
    ];
    mkdirSync(out + '.age');
    for (const [path, passphrase, code] of cases) {
      await expect(exportBackup(hearth, path, passphrase, FAST), path).rejects.toMatchObject({ code, message: expect.stringMatching(/Nothing was written\.$/) });
    }
    expect(readdirSync(out)).toEqual([]);
    hearth.lock();
    await expect(exportBackup(hearth, join(out, 'us.age'), PASSPHRASE, FAST)).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('a failure just before the rename leaves no file under the name, and an earlier backup there intact', async () => {
    const { hearth, out } = await journal();
    const target = join(out, 'us.age');
    writeFileSync(target, 'the previous backup');
    const faults = (point: BackupFault) => {
      if (point === 'before-rename') throw Object.assign(new Error('injected'), { code: 'EIO' });
    };
    await expect(exportBackup(hearth, target, PASSPHRASE, { ...FAST, faults })).rejects.toMatchObject({ code: 'BACKUP_WRITE_FAILED' });
    expect(readdirSync(out)).toEqual(['us.age']);
    expect(readFileSync(target, 'utf8')).toBe('the previous backup');
    // Then it succeeds and replaces it.
    await exportBackup(hearth, target, PASSPHRASE, FAST);
    expect(readFileSync(target).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  });

  it('a temp file left by a killed export is cleaned up by the next export to that name', async () => {
    const { hearth, out } = await journal();
    writeFileSync(join(out, '.us.age.0123456789ab.partial'), 'half of something');
    writeFileSync(join(out, '.other.age.0123456789ab.partial'), 'not ours to remove');
    await exportBackup(hearth, join(out, 'us.age'), PASSPHRASE, FAST);
    expect(readdirSync(out).sort()).toEqual(['.other.age.0123456789ab.partial', 'us.age']);
  });

  it('leaves the journal untouched and usable while the worker exports', async () => {
    const { hearth, out } = await journal();
    const before = await snapshotJournal(hearth);
    const exporting = exportBackup(hearth, join(out, 'us.age'), PASSPHRASE, { workFactor: 12 });
    // The journal answers while the backup is being made (its own connection reads a snapshot).
    expect((await createHandlers(hearth)['journal.summary'](undefined)).entryCount).toBe(2);
    const result = await exporting;
    expect(result.summary.entries).toBe(2);
    hearth.lock();
    expect(await snapshotJournal(hearth)).toEqual(before);
  });
});
