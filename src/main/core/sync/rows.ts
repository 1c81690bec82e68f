import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { ReadableDB, WritableDB } from '../db/connection';
import { allocateEntryId } from '../journal/entry-ids';
import { CHILD_TABLES, recordSchema, type TableDescription } from '../schema';
import type { SyncRecord } from './doc';
import type { ReplicatedTable } from './replicated';

/**
 * Rows of the replicated tables as sync records (the description's field names), read from
 * and written to this computer's journal. Columns come from the description, never named here.
 */

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Each statement prepared once per connection: a join projects 10,000 rows with the same few. */
type Statement = Database.Statement<unknown[]>;
const statements = new WeakMap<ReadableDB, Map<string, Statement>>();
function prepared(db: ReadableDB, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
const columnsOf = (table: TableDescription) => Object.entries(table.fields).map(([field, c]) => ({ field, column: c.column }));
const keyColumn = (table: TableDescription) => table.fields[table.key]!.column;
const tagsOf = CHILD_TABLES.find((c) => c.parent === 'entries')!;

const schemas = new Map<string, z.ZodType>();
/** The description's own validator for a record of this table: what its write path allows. */
export function isValidRecord(table: ReplicatedTable, record: SyncRecord): boolean {
  let schema = schemas.get(table.table);
  if (!schema) schemas.set(table.table, (schema = recordSchema(table)));
  return schema.safeParse(record).success;
}

export function readRow(db: ReadableDB, table: ReplicatedTable, key: string): SyncRecord | null {
  const select = columnsOf(table).map(({ field, column }) => `t.${quote(column)} AS ${quote(field)}`);
  if (table.table === 'entries') {
    const tag = quote(tagsOf.value.column);
    select.push(
      `(SELECT json_group_array(${tag}) FROM (SELECT ${tag} FROM ${quote(tagsOf.table)} WHERE ${quote(tagsOf.parentColumn)} = t.id ORDER BY ${tag})) AS ${quote(tagsOf.field)}`,
    );
  }
  const row = prepared(db, `SELECT ${select.join(', ')} FROM ${quote(table.table)} t WHERE t.${quote(keyColumn(table))} = ?`).get(key) as
    | Record<string, string | number | null>
    | undefined;
  if (!row) return null;
  const record: SyncRecord = { ...row };
  if (table.table === 'entries') record[tagsOf.field] = JSON.parse(row[tagsOf.field] as string) as string[];
  return record;
}

/** Every key of a table, for the first capture when sync is turned on. */
export function allKeys(db: ReadableDB, table: ReplicatedTable): string[] {
  return (prepared(db, `SELECT ${quote(keyColumn(table))} AS k FROM ${quote(table.table)} ORDER BY rowid`).all() as { k: string }[]).map(
    (r) => r.k,
  );
}

/**
 * Makes this computer's row say what the sync document says (`record`, or null: no row).
 * Runs inside the caller's transaction.
 */
export function writeRow(db: WritableDB, table: ReplicatedTable, key: string, record: SyncRecord | null, editedInParallel = false): void {
  const keyCol = quote(keyColumn(table));
  if (record === null) {
    prepared(db, `DELETE FROM ${quote(table.table)} WHERE ${keyCol} = ?`).run(key);
    return;
  }
  const cols = columnsOf(table);
  const values = cols.map(({ field }) => (record[field] ?? null) as string | number | null);
  if (table.table !== 'entries') {
    const names = cols.map((c) => quote(c.column));
    const others = cols.map((c, i) => ({ c, v: values[i] })).filter(({ c }) => c.field !== table.key);
    const { changes } = db
      .prepare(`UPDATE ${quote(table.table)} SET ${others.map(({ c }) => `${quote(c.column)} = ?`).join(', ')} WHERE ${keyCol} = ?`)
      .run(...others.map(({ v }) => v), key);
    if (changes === 0) {
      prepared(db, `INSERT INTO ${quote(table.table)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...values);
    }
    return;
  }
  // An entry: its moment-based id is this computer's own (allocateEntryId); a reflection's
  // session may not have arrived yet, and the journal keeps a reflection without one.
  const sessionIndex = cols.findIndex((c) => c.field === 'sessionId');
  const sessionId = values[sessionIndex];
  if (sessionId && !prepared(db, 'SELECT 1 FROM sessions WHERE id = ?').get(sessionId)) values[sessionIndex] = null;
  const existing = prepared(db, `SELECT id FROM entries WHERE ${keyCol} = ?`).get(key) as { id: number } | undefined;
  let id: number;
  if (existing) {
    id = existing.id;
    const sets = cols.filter((c) => c.field !== table.key).map((c) => `${quote(c.column)} = ?`);
    const params = cols.map((c, i) => ({ c, v: values[i] })).filter(({ c }) => c.field !== table.key).map(({ v }) => v);
    prepared(db, `UPDATE entries SET ${sets.join(', ')}, edited_in_parallel = ? WHERE id = ?`).run(...params, editedInParallel ? 1 : 0, id);
  } else {
    id = allocateEntryId(db, record.createdAt as number);
    const names = ['id', ...cols.map((c) => c.column), 'edited_in_parallel'].map(quote);
    prepared(db, `INSERT INTO entries (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
      id,
      ...values,
      editedInParallel ? 1 : 0,
    );
  }
  const tags = new Set((record[tagsOf.field] as string[] | undefined) ?? []);
  const have = new Set(
    (prepared(db, `SELECT ${quote(tagsOf.value.column)} AS t FROM ${quote(tagsOf.table)} WHERE ${quote(tagsOf.parentColumn)} = ?`).all(id) as {
      t: string;
    }[]).map((r) => r.t),
  );
  for (const tag of have) {
    if (!tags.has(tag)) prepared(db, `DELETE FROM ${quote(tagsOf.table)} WHERE ${quote(tagsOf.parentColumn)} = ? AND ${quote(tagsOf.value.column)} = ?`).run(id, tag);
  }
  for (const tag of tags) {
    if (!have.has(tag)) prepared(db, `INSERT INTO ${quote(tagsOf.table)} (${quote(tagsOf.parentColumn)}, ${quote(tagsOf.value.column)}) VALUES (?, ?)`).run(id, tag);
  }
}
