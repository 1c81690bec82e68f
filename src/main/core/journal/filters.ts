import type { EntryCursor, EntryFilter } from '../../../shared/ipc/features/journal';
import type { ReadableDB } from '../db/connection';
import { entryKey, firstIdAt } from './entry-ids';

/** SQL conditions over the entries table aliased `e`, with their parameters in order. */
export interface Conditions {
  clauses: string[];
  params: (string | number)[];
}

const DAY_MS = 86_400_000;
/** WrittenAt accepts offsets up to 14 h either side of UTC, so this covers every writer's local day. */
const ANY_OFFSET_MS = 14 * 3_600_000;
const utcMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`);
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Turns a filter and a cursor into conditions, for a list (walking `e.id`) or a search
 * (walking the FTS rowid, which is the same id).
 *
 * Id bounds go on the walked column, so the walk itself starts and stops there. A day range
 * becomes an id range too (ids are moments, see entry-ids.ts), widened by the largest UTC
 * offset, so filtering an old month reads that month, not the years since.
 *
 * In a search, author, theme and tag are tested on the FTS rowid against a set built once
 * (`+` keeps SQLite from turning that into one index lookup per id, which costs a full
 * prefix expansion each time), before any entry row is read. A word in every entry with a
 * tag on twenty old ones then walks 100,000 integers (~8 ms) instead of reading 100,000
 * entries (~200 ms); a common facet costs a few ms to collect.
 */
export function entryConditions(
  db: ReadableDB,
  filter: EntryFilter | undefined,
  before: EntryCursor | undefined,
  walk: 'list' | 'search',
): Conditions {
  const idColumn = walk === 'list' ? 'e.id' : 'f.rowid';
  const among = (ids: string) => (walk === 'list' ? `e.id IN (${ids})` : `+f.rowid IN (${ids})`);
  const clauses = ['e.deleted_at IS NULL'];
  const params: (string | number)[] = [];
  if (before) {
    // A cursor whose entry has since been erased still works, from its moment.
    clauses.push(`${idColumn} < ?`);
    params.push(entryKey(db, before.id) ?? firstIdAt(before.createdAt));
  }
  if (!filter) return { clauses, params };
  if (filter.authors) {
    const authors = marks(filter.authors.length);
    clauses.push(
      walk === 'list' ? `e.author IN (${authors})` : among(`SELECT id FROM entries WHERE deleted_at IS NULL AND author IN (${authors})`),
    );
    params.push(...filter.authors);
  }
  if (filter.themes) {
    clauses.push(
      among(`SELECT id FROM entries WHERE session_id IN (SELECT id FROM sessions WHERE theme IN (${marks(filter.themes.length)}))`),
    );
    params.push(...filter.themes);
  }
  if (filter.tags) {
    const tags = [...new Set(filter.tags)];
    clauses.push(among(`SELECT entry_id FROM entry_tags WHERE tag IN (${marks(tags.length)})`));
    params.push(...tags);
  }
  if (filter.from) {
    clauses.push(`${idColumn} >= ?`, 'e.day >= ?');
    params.push(firstIdAt(Math.max(0, utcMidnight(filter.from) - ANY_OFFSET_MS)), filter.from);
  }
  if (filter.to) {
    clauses.push(`${idColumn} < ?`, 'e.day <= ?');
    params.push(firstIdAt(utcMidnight(filter.to) + DAY_MS + ANY_OFFSET_MS), filter.to);
  }
  return { clauses, params };
}

