import type { ReadableDB } from '../db/connection';
import { CHILD_TABLES, isDerivedTable, isLocalTable, TABLES, type ChildTable, type TableDescription } from './journal-schema';
import { describedColumns } from './records';

/**
 * Differences between the description and a migrated journal's real schema (PRAGMA
 * table_xinfo), each as a short sentence naming the table and column. Empty when they
 * agree. Used by tests, so neither side can gain a column or a table alone.
 */
export function schemaDifferences(
  db: ReadableDB,
  described: { TABLES: readonly TableDescription[]; CHILD_TABLES: readonly ChildTable[] } = { TABLES, CHILD_TABLES },
): string[] {
  const problems: string[] = [];
  const real = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[]).sort();
  const names = [...described.TABLES.map((t) => t.table), ...described.CHILD_TABLES.map((c) => c.table)];
  for (const table of real) {
    if (!names.includes(table) && !isDerivedTable(table) && !isLocalTable(table)) problems.push(`${table}: a table the description neither carries nor calls derived`);
  }
  for (const table of names) {
    if (!real.includes(table)) {
      problems.push(`${table}: described, but no migration creates it`);
      continue;
    }
    const columns = db.prepare(`SELECT name, type, "notnull" AS "notNull", pk FROM pragma_table_xinfo(?)`).all(table) as {
      name: string;
      type: string;
      notNull: number;
      pk: number;
    }[];
    const expected = describedColumns(table, described) ?? [];
    for (const column of columns) {
      const mine = expected.find((c) => c.column === column.name);
      if (!mine) {
        problems.push(`${table}.${column.name}: a column no description mentions (add it, or say why it is not in backups)`);
        continue;
      }
      if (mine.type.startsWith('(')) continue;
      if (mine.type !== column.type) problems.push(`${table}.${column.name}: described as ${mine.type}, is ${column.type}`);
      // Primary key columns of STRICT tables are NOT NULL without saying so.
      const notNull = column.notNull === 1 || column.pk > 0;
      if (mine.nullable === notNull) {
        problems.push(`${table}.${column.name}: described as ${mine.nullable ? 'nullable' : 'NOT NULL'}, is ${notNull ? 'NOT NULL' : 'nullable'}`);
      }
    }
    for (const column of expected) {
      if (!columns.some((c) => c.name === column.column)) problems.push(`${table}.${column.column}: described, but no migration adds it`);
    }
  }
  return problems;
}
