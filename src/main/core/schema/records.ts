import { z } from 'zod';
import type { ReadableDB, WritableDB } from '../db/connection';
import { allocateEntryId } from '../journal/entry-ids';
import { CHILD_TABLES, TABLES, type AnyTable, type ChildTable, type Column, type TableDescription } from './journal-schema';

/**
 * What the description gives the rest of the app: each table's record validator, and the
 * SQL that reads and writes its rows. No column is named anywhere else.
 */

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
const childrenOf = (table: TableDescription): ChildTable[] => CHILD_TABLES.filter((c) => c.parent === table.table);
const fieldsOf = (table: TableDescription): [string, Column][] => Object.entries(table.fields);

const fieldSchema = (column: Column) =>
  column.added ? column.validator.nullable().optional() : column.nullable ? column.validator.nullable() : column.validator;

/** The document's record for one table: exactly its fields (strict), each by its write path's rule. */
export function recordSchema(table: TableDescription) {
  const shape: Record<string, z.ZodType> = {};
  for (const [field, column] of fieldsOf(table)) shape[field] = fieldSchema(column);
  for (const child of childrenOf(table)) {
    shape[child.field] = z
      .array(child.value.validator)
      .max(child.max)
      .superRefine((values, ctx) => {
        const seen = new Set<unknown>();
        values.forEach((value, i) => {
          if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [i], message: 'duplicate' });
          seen.add(value);
        });
      });
  }
  const strict = z.strictObject(shape);
  const refine = table.refine;
  return refine ? strict.superRefine((row, ctx) => refine(row, ctx)) : strict;
}

export const RECORD_SCHEMAS = new Map<string, z.ZodType>(TABLES.map((t) => [t.document, recordSchema(t)]));

/** Rows of one table as document records, in the order they were written. */
export function selectRecordsSql(table: TableDescription): string {
  const columns = fieldsOf(table).map(([field, c]) => `t.${quote(c.column)} AS ${quote(field)}`);
  for (const child of childrenOf(table)) {
    const value = quote(child.value.column);
    columns.push(
      `(SELECT json_group_array(${value}) FROM (SELECT ${value} FROM ${quote(child.table)} WHERE ${quote(child.parentColumn)} = t.rowid ORDER BY ${value})) AS ${quote(child.field)}`,
    );
  }
  return `SELECT ${columns.join(', ')} FROM ${quote(table.table)} t ORDER BY t.${table.orderBy}`;
}

/** A child table's values for the row `t`, as one JSON array in SQL, sorted by their bytes. */
const childArraySql = (child: ChildTable) => {
  const value = quote(child.value.column);
  return `(SELECT json_group_array(${value}) FROM (SELECT ${value} FROM ${quote(child.table)} WHERE ${quote(child.parentColumn)} = t.rowid ORDER BY ${value}))`;
};

/** One record's JSON text in SQL (json_object): the same fields, values and order as `iterateRecords` gives. */
const recordJson = (table: TableDescription) => {
  const pairs = fieldsOf(table).map(([field, c]) => `${sqlText(field)}, t.${quote(c.column)}`);
  for (const child of childrenOf(table)) pairs.push(`${sqlText(child.field)}, ${childArraySql(child)}`);
  return `json_object(${pairs.join(', ')})`;
};

/**
 * The next records of one table in order, as one piece of JSON text made by SQLite: at most
 * `limit` records after the key `?` (no `?` when `first`), joined by commas, as UTF-8 bytes
 * (a BLOB, so the text never becomes a JS string), with the last key read and how many.
 * Row by row in JS, the same text cost three times as much.
 */
export function selectRecordsJsonBatchSql(table: TableDescription, first: boolean, limit: number): string {
  const key = `t.${table.orderBy}`;
  return (
    `SELECT CAST(group_concat(j, ',' ORDER BY k) AS BLOB) AS text, max(k) AS last, count(*) AS n FROM (` +
    `SELECT ${recordJson(table)} AS j, ${key} AS k FROM ${quote(table.table)} t` +
    `${first ? '' : ` WHERE ${key} > ?`} ORDER BY ${key} LIMIT ${Math.trunc(limit)})`
  );
}

/**
 * Each row of one table in its canonical form (see canonicalRow in backup/document.ts): a
 * JSON array of its fields in the description's order, then its children sorted. SQLite's
 * JSON text for these values is byte for byte JSON.stringify's (a test holds it to that).
 */
export function selectCanonicalSql(table: TableDescription): string {
  const values = fieldsOf(table).map(([, c]) => `t.${quote(c.column)}`);
  for (const child of childrenOf(table)) values.push(childArraySql(child));
  return `SELECT json_array(${values.join(', ')}) FROM ${quote(table.table)} t`;
}

/** Reads one table's records, a row at a time. */
export function* iterateRecords(db: ReadableDB, table: TableDescription): Generator<Record<string, unknown>> {
  const children = childrenOf(table);
  for (const row of db.prepare(selectRecordsSql(table)).iterate() as Iterable<Record<string, unknown>>) {
    for (const child of children) row[child.field] = JSON.parse(row[child.field] as string) as unknown;
    yield row;
  }
}

/**
 * The same connection, preparing each statement only once: a restore allocates 100,000
 * entry ids, and compiling the same query each time was a sixth of the time spent writing.
 */
function preparingOnce(db: WritableDB): WritableDB {
  const statements = new Map<string, ReturnType<WritableDB['prepare']>>();
  return new Proxy(db, {
    get(target, property) {
      if (property !== 'prepare') return Reflect.get(target, property, target) as unknown;
      return (sql: string) => {
        let statement = statements.get(sql);
        if (!statement) statements.set(sql, (statement = target.prepare(sql)));
        return statement;
      };
    },
  });
}

/** Columns a table gets on restore that the document does not carry (the entry's moment-based id). */
const ASSIGNED: Partial<Record<AnyTable['table'], { column: string; value: (db: WritableDB, row: Record<string, unknown>) => number }>> = {
  entries: { column: 'id', value: (db, row) => allocateEntryId(db, row.createdAt as number) },
};

export interface RecordWriter {
  /** Inserts one validated record; returns how many rows it made (the record and its children). */
  insert(row: Record<string, unknown>): number;
}

/** A prepared writer for one table: the record's columns, any assigned id, then its children. */
export function recordWriter(db: WritableDB, table: TableDescription): RecordWriter {
  const fields = fieldsOf(table);
  const assigned = ASSIGNED[table.table as AnyTable['table']];
  const once = preparingOnce(db);
  const columns = [...(assigned ? [assigned.column] : []), ...fields.map(([, c]) => c.column)];
  const insert = db.prepare(
    `INSERT INTO ${quote(table.table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const children = childrenOf(table).map((child) => ({
    field: child.field,
    insert: db.prepare(
      `INSERT INTO ${quote(child.table)} (${quote(child.parentColumn)}, ${quote(child.value.column)}) VALUES (?, ?)`,
    ),
  }));
  return {
    insert(row) {
      const values = fields.map(([field]) => row[field] ?? null);
      const result = assigned ? insert.run(assigned.value(once, row), ...values) : insert.run(...values);
      let rows = 1;
      for (const child of children) {
        for (const value of row[child.field] as unknown[]) {
          child.insert.run(result.lastInsertRowid, value);
          rows += 1;
        }
      }
      return rows;
    },
  };
}

/** The table of each document key, and every SQL table the description names (children too). */
export const TABLE_BY_DOCUMENT = new Map<string, AnyTable>(TABLES.map((t) => [t.document, t]));
export const DESCRIBED_TABLES = [...TABLES.map((t) => t.table), ...CHILD_TABLES.map((c) => c.table)];

/** Every column the description knows for an SQL table: carried ones and the ones it says are not. */
export function describedColumns(
  tableName: string,
  described: { TABLES: readonly TableDescription[]; CHILD_TABLES: readonly ChildTable[] } = { TABLES, CHILD_TABLES },
): { column: string; type: string; nullable: boolean }[] | null {
  const table = described.TABLES.find((t) => t.table === tableName);
  if (table) {
    return [
      ...fieldsOf(table).map(([, c]) => ({ column: c.column, type: c.type, nullable: c.nullable })),
      ...Object.keys(table.notInBackup).map((column) => ({ column, type: '(not in backup)', nullable: true })),
    ];
  }
  const child = described.CHILD_TABLES.find((c) => c.table === tableName);
  if (child) {
    return [
      { column: child.parentColumn, type: '(parent id)', nullable: false },
      { column: child.value.column, type: child.value.type, nullable: child.value.nullable },
    ];
  }
  return null;
}
