import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, inspectBackup, restoreBackup } from '../../../../../src/main/core/backup';
import { useTempDirs } from '../../../../support/temp-dir';
import { dumpJournal, newJournal } from './support/journal';

const tempDir = useTempDirs();
const FIXTURES = join(import.meta.dirname, '../../../../fixtures/backups');

/** Every golden backup and its passphrase. A fixture without one here fails the test below. */
const PASSPHRASES: Record<string, string> = {
  'hearth-backup-v1.age': 'golden hour over the hearth',
};

const goldens = readdirSync(FIXTURES).filter((name) => name.endsWith('.age'));

/**
 * Every backup any released Hearth wrote must restore in every later one, exactly. When a
 * migration adds a column, extend the expectation with the value old backups get (never
 * regenerate the fixture: it stands for files people already keep).
 */
describe('golden backups of every format version', () => {
  it('there is one for each format version up to the current one, each with its passphrase', () => {
    for (let version = 1; version <= BACKUP_VERSION; version++) expect(goldens).toContain(`hearth-backup-v${version}.age`);
    for (const name of goldens) expect(PASSPHRASES, name).toHaveProperty(name);
  });

  it.each(goldens)('%s restores with exactly the expected content', async (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.age$/, '.expected.json')), 'utf8'));
    const file = join(FIXTURES, name);
    const passphrase = PASSPHRASES[name]!;
    expect(await inspectBackup(file, passphrase)).toEqual(expected.summary);

    const hearth = await newJournal(tempDir(), ['Someone', 'Else']);
    const { summary } = await restoreBackup(hearth, file, passphrase, { mode: 'into-empty' });
    expect(summary).toEqual(expected.summary);
    const { ['schema version']: _schemaVersion, ...tables } = dumpJournal(hearth.db());
    expect(tables).toEqual(expected.tables);
  });
});
