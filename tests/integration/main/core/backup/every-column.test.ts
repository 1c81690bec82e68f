import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, restoreBackup } from '../../../../../src/main/core/backup';
import type { WritableDB } from '../../../../../src/main/core/db/connection';
import { CHILD_TABLES, TABLES, type Column } from '../../../../../src/main/core/schema';
import { useTempDirs } from '../../../../support/temp-dir';
import { dumpJournal, newJournal } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'every column, every table';

type Row = Record<string, unknown>;

/**
 * Two rows for every real column of every carried table (PRAGMA table_xinfo, not the
 * description's list), with values from the description's samples: the first row has each
 * column's first sample, the second its second sample, or null where a column may be
 * null. A new column is covered here without a new line, and a column the description
 * forgot has no sample, which fails.
 */
function rowsFromDescription(db: WritableDB): Map<string, Row[]> {
  const rows = new Map<string, Row[]>();
  for (const table of TABLES) {
    const described = Object.values(table.fields as Record<string, Column>);
    const real = db.prepare('SELECT name FROM pragma_table_xinfo(?)').pluck().all(table.table) as string[];
    const columns = real
      .filter((name) => !(name in table.notInBackup))
      .map((name) => {
        const column = described.find((c) => c.column === name);
        if (!column) throw new Error(`${table.table}.${name} has no sample: the description does not carry it`);
        return column;
      });
    rows.set(table.table, [
      Object.fromEntries(columns.map((c) => [c.column, c.samples[0]])),
      Object.fromEntries(columns.map((c) => [c.column, c.nullable ? null : c.samples[1]])),
    ]);
  }
  return rows;
}

/** Seeds with plain SQL built from column names (not through backup code); entry ids follow the journal's rule. */
function seedRows(db: WritableDB, rows: Map<string, Row[]>): void {
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (const child of CHILD_TABLES) db.exec(`DELETE FROM ${child.table}`);
    for (const table of [...TABLES].reverse()) db.exec(`DELETE FROM ${table.table}`);
    for (const table of TABLES) {
      for (const row of rows.get(table.table)!) {
        const values = { ...row, ...(table.table === 'entries' ? { id: (row.created_at as number) * 1000 } : {}) };
        const columns = Object.keys(values);
        db.prepare(`INSERT INTO ${table.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
          ...Object.values(values),
        );
      }
    }
    // The first entry gets both sample tags of every child table.
    for (const child of CHILD_TABLES) {
      const parentId = (rows.get(child.parent)![0]!.created_at as number) * 1000;
      for (const value of child.value.samples) {
        db.prepare(`INSERT INTO ${child.table} (${child.parentColumn}, ${child.value.column}) VALUES (?, ?)`).run(parentId, value);
      }
    }
  })();
  db.pragma('foreign_keys = ON');
}

describe('every column of every table survives a real backup', () => {
  it('export → restore into another journal → the same rows, column by column', async () => {
    const dir = tempDir();
    const source = await newJournal(join(dir, 'source'));
    const rows = rowsFromDescription(source.db());
    seedRows(source.db(), rows);
    const before = dumpJournal(source.db());
    // The seed really put each sample in place (so a dropped column cannot pass as a default).
    for (const table of TABLES) {
      const dumped = (before[table.table] as string[]).map((r) => JSON.parse(r) as Row);
      for (const column of Object.values(table.fields as Record<string, Column>)) {
        const values = dumped.map((r) => r[column.column]);
        expect(values, `${table.table}.${column.column}`).toContain(column.samples[0]);
        expect(new Set(values.map((v) => JSON.stringify(v))).size, `${table.table}.${column.column}`).toBe(2);
      }
    }

    const file = join(dir, 'all.age');
    await exportBackup(source, file, PASSPHRASE, { runner: inlineRunner, workFactor: 2 });
    const target = await newJournal(join(dir, 'target'), ['Someone', 'Else']);
    await restoreBackup(target, file, PASSPHRASE, { mode: 'into-empty' }, { runner: inlineRunner });
    expect(dumpJournal(target.db())).toEqual(before);
    console.info(
      `every-column round trip: ${TABLES.length + CHILD_TABLES.length} tables, ${TABLES.reduce((n, t) => n + Object.keys(t.fields).length, 0) + CHILD_TABLES.length} columns`,
    );
  });
});
