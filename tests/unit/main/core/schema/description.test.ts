import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import { migrate } from '../../../../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../../../../src/main/core/db/migrations';
import { CHILD_TABLES, entries, RECORD_SCHEMAS, schemaDifferences, TABLES, type TableDescription } from '../../../../../src/main/core/schema';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

function migrated(migrations = MIGRATIONS) {
  const db = openEncrypted(join(tempDir(), 'journal.db'), { key: randomBytes(32) });
  migrate(db, migrations);
  return db;
}

describe('the one description of the journal and the migrated schema agree', () => {
  it('every table and column, with its type and nullability (PRAGMA table_xinfo)', () => {
    const db = migrated();
    expect(schemaDifferences(db)).toEqual([]);
    db.close();
  });

  it('a migration that adds a column the description lacks is caught', () => {
    const extra = { version: 10_000, name: 'test-extra-column', up: (db: Parameters<(typeof MIGRATIONS)[number]['up']>[0]) => db.exec('ALTER TABLE entries ADD COLUMN secret_note TEXT') };
    const db = migrated([...MIGRATIONS, extra]);
    expect(schemaDifferences(db)).toEqual([
      'entries.secret_note: a column no description mentions (add it, or say why it is not in backups)',
    ]);
    db.close();
  });

  it('a migration that adds a table neither carried nor called derived is caught', () => {
    const extra = { version: 10_000, name: 'test-extra-table', up: (db: Parameters<(typeof MIGRATIONS)[number]['up']>[0]) => db.exec('CREATE TABLE pages (id TEXT PRIMARY KEY) STRICT') };
    const db = migrated([...MIGRATIONS, extra]);
    expect(schemaDifferences(db)).toEqual(['pages: a table the description neither carries nor calls derived']);
    db.close();
  });

  it('a column added to the description without a migration is caught', () => {
    const db = migrated();
    const withExtra: TableDescription[] = TABLES.map((t) =>
      t === entries ? { ...t, fields: { ...t.fields, mood2: { ...entries.fields.mood, column: 'mood2' } } } : t,
    );
    expect(schemaDifferences(db, { TABLES: withExtra, CHILD_TABLES })).toEqual(['entries.mood2: described, but no migration adds it']);
    db.close();
  });

  it('each table has a strict record validator built from its columns', () => {
    for (const table of TABLES) {
      const schema = RECORD_SCHEMAS.get(table.document)!;
      const sample = Object.fromEntries(Object.entries(table.fields).map(([field, c]) => [field, c.samples[0]]));
      const record = table.table === 'entries' ? { ...sample, tags: ['us'] } : sample;
      expect(schema.safeParse(record).success, table.table).toBe(true);
      expect(schema.safeParse({ ...record, unknownField: 1 }).success, table.table).toBe(false);
    }
  });
});
