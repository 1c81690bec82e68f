import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, inspectBackup, restoreBackup } from '../../../../../src/main/core/backup';
import { isDerivedTable, isLocalTable, TABLES } from '../../../../../src/main/core/schema';
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
 * What an old backup becomes in today's journal: each column added since (marked `added`
 * in the description) is null, each table added since is empty. Tables the journal derives
 * (counts, the search index) are not compared here.
 */
function withLaterAdditions(tables: Record<string, string[]>): Record<string, string[]> {
  const out = { ...tables };
  for (const table of TABLES) {
    if ('added' in table) out[table.table] ??= [];
    const later = Object.values(table.fields as Record<string, { column: string; added?: true }>).filter((c) => c.added);
    out[table.table] = (out[table.table] ?? []).map((row) => {
      const parsed = JSON.parse(row) as Record<string, unknown>;
      for (const column of later) if (!(column.column in parsed)) parsed[column.column] = null;
      return JSON.stringify(parsed);
    });
  }
  // Migration 0060: sync's mark, a column backups do not carry; a restored entry starts unmarked.
  out.entries = (out.entries ?? []).map((row) => JSON.stringify({ ...(JSON.parse(row) as object), edited_in_parallel: 0 }));
  return out;
}

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
    const { ['schema version']: _schemaVersion, ...dumped } = dumpJournal(hearth.db());
    const tables = Object.fromEntries(Object.entries(dumped).filter(([name]) => !isDerivedTable(name) && !isLocalTable(name)));
    expect(tables).toEqual(withLaterAdditions(expected.tables));
  });
});
