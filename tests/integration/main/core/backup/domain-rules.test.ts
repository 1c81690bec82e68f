import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, inspectBackup, restoreBackup } from '../../../../../src/main/core/backup';
import { decryptWithPassphrase } from '../../../../../src/main/core/backup/age-file';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { useTempDirs } from '../../../../support/temp-dir';
import { snapshotJournal, writeAgeFile } from './support/files';
import { callChecked } from './support/ipc';
import { newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'only what hearth could write';
const MARKER = 'domain-marker-5521';

type Doc = Record<string, Record<string, unknown>[]>;
const edit = (doc: Doc, key: string, index: number, changes: Record<string, unknown>): Doc => ({
  ...doc,
  [key]: doc[key]!.map((row, i) => (i === index ? { ...row, ...changes } : row)),
});

/**
 * Finding 6 of the outside review: documents that pass the document's shape but hold what
 * no write path of the app accepts. Each must be refused by name (BACKUP_INVALID, naming
 * the field's path, never its value) and leave the journal's folder byte for byte as it was.
 */
const HOSTILE: Record<string, { change: (doc: Doc) => Doc; path: string }> = {
  'autoLockMinutes of -1': { change: (d) => edit(d, 'settings', 0, { value: '-1' }), path: 'settings.0.value' },
  'autoLockMinutes of 99,999,999': { change: (d) => edit(d, 'settings', 0, { value: '99999999' }), path: 'settings.0.value' },
  'autoLockMinutes that is not a number': { change: (d) => edit(d, 'settings', 0, { value: '"soon"' }), path: 'settings.0.value' },
  'a session state of "not json"': { change: (d) => edit(d, 'sessions', 0, { state: 'not json' }), path: 'sessions.0.state' },
  'a session state of the wrong shape': { change: (d) => edit(d, 'sessions', 0, { state: '{"firstSpeaker":"c"}' }), path: 'sessions.0.state' },
  'an entry on day 0000-00-00': { change: (d) => edit(d, 'entries', 1, { day: '0000-00-00' }), path: 'entries.1.day' },
  'a check-in on 2026-02-30': { change: (d) => edit(d, 'checkIns', 0, { day: '2026-02-30' }), path: 'checkIns.0.day' },
  'a session completed on 0000-00-00': { change: (d) => edit(d, 'sessions', 0, { completedDay: '0000-00-00' }), path: 'sessions.0.completedDay' },
  'a partner name of 1,000 characters with U+202E and NUL': {
    change: (d) => edit(d, 'partners', 1, { name: `\u202e${'x\u0000'.repeat(499)}!` }),
    path: 'partners.1.name',
  },
  'a partner name with spaces around it (setup trims)': { change: (d) => edit(d, 'partners', 0, { name: '  Léa ' }), path: 'partners.0.name' },
  'a mood of 0': { change: (d) => edit(d, 'entries', 0, { mood: 0 }), path: 'entries.0.mood' },
  'a blank entry': { change: (d) => edit(d, 'entries', 0, { body: ' \n ' }), path: 'entries.0.body' },
  'an entry of 100,001 characters': { change: (d) => edit(d, 'entries', 0, { body: 'a'.repeat(100_001) }), path: 'entries.0.body' },
  'a tag with a comma': { change: (d) => edit(d, 'entries', 0, { tags: ['us, home'] }), path: 'entries.0.tags.0' },
  '21 tags': { change: (d) => edit(d, 'entries', 0, { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }), path: 'entries.0.tags' },
  'a step of an exercise far out of range': { change: (d) => edit(d, 'sessions', 0, { stepIndex: 1_000_000 }), path: 'sessions.0.stepIndex' },
  'an unknown theme': { change: (d) => edit(d, 'sessions', 0, { theme: 'mind-control' }), path: 'sessions.0.theme' },
  'a session id that is not one the app makes': { change: (d) => edit(d, 'sessions', 0, { id: 'session-1' }), path: 'sessions.0.id' },
  'a check-in note of spaces': { change: (d) => edit(d, 'checkIns', 0, { note: '   ' }), path: 'checkIns.0.note' },
  'a time before 1970': { change: (d) => edit(d, 'entries', 0, { updatedAt: -5 }), path: 'entries.0.updatedAt' },
};

async function setting() {
  const dir = tempDir();
  const hearth = await newJournal(join(dir, 'mine'));
  seed(hearth.db(), sampleJournal('mine'));
  const other = await newJournal(join(dir, 'other'));
  seed(other.db(), sampleJournal(MARKER));
  const good = join(dir, 'good.age');
  await exportBackup(other, good, PASSPHRASE, { runner: inlineRunner, workFactor: 2 });
  const doc = JSON.parse(Buffer.from(await decryptWithPassphrase(readFileSync(good), PASSPHRASE)).toString('utf8')) as Doc;
  return { dir, hearth, good, doc };
}

describe('a restore brings back only what Hearth itself could have written', () => {
  it.each(Object.keys(HOSTILE))('refuses %s by name, and changes nothing', async (name) => {
    const { dir, hearth, doc } = await setting();
    const { change, path } = HOSTILE[name]!;
    const file = join(dir, 'hostile.age');
    await writeAgeFile(file, change(doc), PASSPHRASE);
    const before = await snapshotJournal(hearth);
    const refusal = { code: 'BACKUP_INVALID', message: expect.stringContaining(`at ${path}`) };
    await expect(inspectBackup(file, PASSPHRASE, { runner: inlineRunner })).rejects.toMatchObject(refusal);
    const restoring = restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }, { workFactor: 2 });
    await expect(restoring).rejects.toMatchObject(refusal);
    expect(((await restoring.catch((e: unknown) => e)) as Error).message).not.toContain(MARKER);
    hearth.lock();
    expect(await snapshotJournal(hearth)).toEqual(before);
  });

  it('the unedited backup restores, and every answer main gives afterwards fits the contract', async () => {
    const { hearth, good } = await setting();
    await restoreBackup(hearth, good, PASSPHRASE, { mode: 'replace' }, { runner: inlineRunner });
    const handlers = createHandlers(hearth);
    for (const [channel, input] of [
      ['settings.get', undefined],
      ['journal.summary', undefined],
      ['entries.list', { limit: 50 }],
      ['entries.trash.list', { limit: 50 }],
      ['checkins.list', { limit: 50 }],
      ['sessions.recent', { limit: 10 }],
      ['sessions.inProgress', undefined],
    ] as const) {
      expect(await callChecked(handlers, channel, input), channel).toMatchObject({ ok: true });
    }
  });
});
