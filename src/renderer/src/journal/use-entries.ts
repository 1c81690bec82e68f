import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryCursor, EntryFilter, SnippetSegment } from '../../../shared/ipc/features/journal';
import type { Entry } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { call } from '../api';

export const PAGE_SIZE = 50;

/** One row of the journal: an entry, and when it was found by a search, the words around the match. */
export interface FeedItem {
  entry: Entry;
  snippet: SnippetSegment[] | null;
}

/** What the list shows: every entry, or those matching the words and the filter. */
export interface FeedQuery {
  words: string;
  filter: EntryFilter | null;
}

/** How the first page of a search or a filter came out, for the sentence that announces it. */
export interface FeedOutcome {
  count: number;
  more: boolean;
}

export interface EntryFeed {
  items: FeedItem[];
  /** Nothing shown yet: the very first page is on its way. */
  loading: boolean;
  /** A new search or filter is on its way; the previous rows stay until it lands. */
  refreshing: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error: string | null;
  /** The first page of the current search or filter, once it has landed. */
  outcome: FeedOutcome | null;
  loadMore: () => void;
  /** Puts a just-saved entry on top without reloading the list. */
  prepend: (entry: Entry) => void;
  /** Shows an edited entry in place. */
  replace: (entry: Entry) => void;
  /** Takes a row out (moved to the trash); returns it and where it was, for Undo. */
  remove: (id: string) => { item: FeedItem; index: number } | null;
  /** Puts a row back where it was (Undo). */
  putBack: (item: FeedItem, index: number) => void;
  /** Asks again from the first page (after entries came back from the trash). */
  reload: () => void;
}

type Page = { items: FeedItem[]; nextCursor: EntryCursor | null };

async function fetchPage(query: FeedQuery, before: EntryCursor | undefined): Promise<Result<Page>> {
  const filter = query.filter ?? undefined;
  const words = query.words.trim();
  if (words !== '') {
    const result = await call('entries.search', { query: words, limit: PAGE_SIZE, before, filter });
    if (!result.ok) return result;
    return { ok: true, value: { items: result.value.hits, nextCursor: result.value.nextCursor } };
  }
  const result = await call('entries.list', { limit: PAGE_SIZE, before, filter });
  if (!result.ok) return result;
  return {
    ok: true,
    value: { items: result.value.entries.map((entry) => ({ entry, snippet: null })), nextCursor: result.value.nextCursor },
  };
}

/**
 * The journal's entries, newest first, a page at a time by keyset cursor: all of them, or
 * a search, or a filter, or both. A slower answer to an older query never overwrites a
 * newer one.
 */
export function useEntryFeed(query: FeedQuery): EntryFeed {
  const [items, setItems] = useState<FeedItem[]>([]);
  const [loading, setLoading] = useState(true);
  const [refreshing, setRefreshing] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<FeedOutcome | null>(null);
  // Mutable paging state, read by loadMore without re-creating it on every page.
  const paging = useRef({ generation: 0, cursor: null as EntryCursor | null, busy: false, query });
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const key = JSON.stringify(query);
  useEffect(() => {
    const parsed = JSON.parse(key) as FeedQuery;
    const state = paging.current;
    const generation = ++state.generation;
    state.query = parsed;
    state.cursor = null;
    state.busy = true;
    setRefreshing(true);
    setLoadingMore(false);
    setOutcome(null);
    void fetchPage(parsed, undefined).then((result) => {
      if (generation !== state.generation) return;
      state.busy = false;
      setLoading(false);
      setRefreshing(false);
      if (!result.ok) {
        setHasMore(false);
        return setError(result.error.message);
      }
      setError(null);
      setItems(result.value.items);
      state.cursor = result.value.nextCursor;
      setHasMore(state.cursor !== null);
      setOutcome({ count: result.value.items.length, more: state.cursor !== null });
    });
  }, [key, round]);

  const loadMore = useCallback(() => {
    const state = paging.current;
    if (!state.cursor || state.busy) return;
    const generation = state.generation;
    state.busy = true;
    setLoadingMore(true);
    void fetchPage(state.query, state.cursor).then((result) => {
      if (generation !== state.generation) return;
      state.busy = false;
      setLoadingMore(false);
      if (!result.ok) return setError(result.error.message);
      // The cursor marks the oldest row shown, so newly saved entries never shift a page.
      const shown = new Set(itemsRef.current.map((item) => item.entry.id));
      setItems((rows) => [...rows, ...result.value.items.filter((item) => !shown.has(item.entry.id))]);
      state.cursor = result.value.nextCursor;
      setHasMore(state.cursor !== null);
    });
  }, []);

  const prepend = useCallback((entry: Entry) => setItems((rows) => [{ entry, snippet: null }, ...rows]), []);

  const replace = useCallback(
    (entry: Entry) => setItems((rows) => rows.map((row) => (row.entry.id === entry.id ? { ...row, entry } : row))),
    [],
  );

  const remove = useCallback((id: string) => {
    const index = itemsRef.current.findIndex((row) => row.entry.id === id);
    const item = itemsRef.current[index];
    if (!item) return null;
    setItems((rows) => rows.filter((row) => row.entry.id !== id));
    setOutcome((said) => said && { ...said, count: Math.max(0, said.count - 1) });
    return { item, index };
  }, []);

  const putBack = useCallback((item: FeedItem, index: number) => {
    setOutcome((said) => said && { ...said, count: said.count + 1 });
    setItems((rows) => {
      if (rows.some((row) => row.entry.id === item.entry.id)) return rows;
      const at = Math.min(index, rows.length);
      return [...rows.slice(0, at), item, ...rows.slice(at)];
    });
  }, []);

  return { items, loading, refreshing, loadingMore, hasMore, error, outcome, loadMore, prepend, replace, remove, putBack, reload };
}
