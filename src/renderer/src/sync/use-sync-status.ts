import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../../shared/ipc/features/sync';
import { call } from '../api';

/** How often the screen asks again while it is open: the other computer's writing shows up by itself. */
export const POLL_MS = 3000;

/**
 * The sync status, asked for now and every few seconds while the screen is open (the folder
 * changes under Hearth, by the couple's sync tool). `accept` takes a status an action returned,
 * so the screen never waits for the next poll to show what just happened.
 */
export function useSyncStatus(pollMs = POLL_MS) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const alive = useRef(true);

  const refresh = useCallback(async () => {
    const result = await call('sync.status');
    if (!alive.current) return;
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setStatus(result.value);
  }, []);

  useEffect(() => {
    alive.current = true;
    void refresh();
    const timer = setInterval(() => void refresh(), pollMs);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [refresh, pollMs]);

  const accept = useCallback((next: SyncStatus) => {
    setProblem(null);
    setStatus(next);
  }, []);

  return { status, problem, accept, refresh };
}
