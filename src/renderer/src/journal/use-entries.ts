import { useCallback, useEffect, useState } from 'react';
import type { Entry } from '../../../shared/model';
import { call } from '../api';

export const PAGE_SIZE = 20;

type Cursor = { createdAt: number; id: string };

export interface EntryPages {
  entries: Entry[];
  /** First page still on its way. */
  loading: boolean;
  loadingOlder: boolean;
  hasOlder: boolean;
  error: string | null;
  loadOlder: () => Promise<void>;
  /** Puts a just-saved entry on top without reloading the list. */
  prepend: (entry: Entry) => void;
}

/** The journal's entries, newest first, a page at a time by keyset cursor. */
export function useEntries(): EntryPages {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void call('entries.list', { limit: PAGE_SIZE }).then((result) => {
      if (!current) return;
      setLoading(false);
      if (!result.ok) return setError(result.error.message);
      setEntries(result.value.entries);
      setCursor(result.value.nextCursor);
    });
    return () => {
      current = false;
    };
  }, []);

  const loadOlder = useCallback(async () => {
    if (!cursor || loadingOlder) return;
    setLoadingOlder(true);
    setError(null);
    const result = await call('entries.list', { limit: PAGE_SIZE, before: cursor });
    setLoadingOlder(false);
    if (!result.ok) return setError(result.error.message);
    // The cursor marks the oldest entry shown, so newly saved entries never shift a page.
    setEntries((shown) => [...shown, ...result.value.entries]);
    setCursor(result.value.nextCursor);
  }, [cursor, loadingOlder]);

  const prepend = useCallback((entry: Entry) => setEntries((shown) => [entry, ...shown]), []);

  return { entries, loading, loadingOlder, hasOlder: cursor !== null, error, loadOlder, prepend };
}
