import type { EntryCursor, EntryFilter, SearchHit } from '../../../shared/ipc/features/journal';
import type { ReadableDB } from '../db/connection';
import { pageOf } from './entries';
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './entry-row';
import { entryConditions } from './filters';
import { MATCH_CLOSE, MATCH_OPEN, toFtsQuery, toSegments } from './search-query';

/** Words of context around the first match in a snippet. */
const SNIPPET_TOKENS = 24;

export interface SearchPage {
  hits: SearchHit[];
  nextCursor: EntryCursor | null;
}

/**
 * Newest matches first, without sorting the matches. An entry's id is its moment
 * (entry-ids.ts) and the FTS rowid is that id, so FTS5 hands matches over in date order
 * when walked by descending rowid, and the walk stops after `limit + 1` that pass the
 * filters (filters.ts keeps that walk cheap when a filter is narrow). A back-dated entry
 * has the id of its date, so it lands in its place, not on top. CROSS JOIN keeps FTS5 as
 * the outer loop, so SQLite never chooses to sort; snippets are made for the page only.
 */
export function searchEntries(
  db: ReadableDB,
  typed: string,
  limit: number,
  before?: EntryCursor,
  filter?: EntryFilter,
): SearchPage {
  const query = toFtsQuery(typed);
  if (query === null) return { hits: [], nextCursor: null };
  const { clauses, params } = entryConditions(db, filter, before, 'search');
  const rows = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS}, snippet(entries_fts, 0, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet
       FROM entries_fts f CROSS JOIN entries e ON e.id = f.rowid
       WHERE entries_fts MATCH ? AND ${clauses.join(' AND ')}
       ORDER BY f.rowid DESC LIMIT ?`,
    )
    .all(MATCH_OPEN, MATCH_CLOSE, query, ...params, limit + 1) as (EntryRow & { snippet: string })[];
  const found = rows.map((row) => ({ ...toEntry(row), snippet: toSegments(row.snippet) }));
  const { items, nextCursor } = pageOf(found, limit);
  return { hits: items.map(({ snippet, ...entry }) => ({ entry, snippet })), nextCursor };
}
