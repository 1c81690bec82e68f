import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES_IN_BACKUP } from '../../../../../src/main/core/backup/journal-io';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import { migrate } from '../../../../../src/main/core/db/migrate';
import { isDerivedTable, isLocalTable } from '../../../../../src/main/core/schema';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

describe('backups know every table', () => {
  it('the latest schema has no table that backups leave out (add it to the backup format first)', () => {
    const db = openEncrypted(join(tempDir(), 'journal.db'), { key: randomBytes(32) });
    migrate(db);
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]
    )
      .map((t) => t.name)
      // Derived tables (the full-text index, counts) are rebuilt on restore, and this
      // computer's own (sync's state) never leave it (core/schema says which).
      .filter((name) => !isDerivedTable(name) && !isLocalTable(name));
    db.close();
    expect(tables.sort()).toEqual([...TABLES_IN_BACKUP].sort());
  });
});
