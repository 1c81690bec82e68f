import { useEffect, useState } from 'react';
import type { Session } from '../../../shared/ipc/features/sessions';
import type { Entry } from '../../../shared/model';
import { call } from '../api';
import { weekStartsOn } from '../i18n';
import { localDay, memoryRanges } from './home-days';

export interface Memory {
  label: string;
  entries: Entry[];
}

export interface HomeData {
  inProgress: Session[];
  latest: Entry | null;
  memories: Memory[];
  streak: { weeks: number; thisWeekDone: boolean } | null;
}

/** At most this many memories per moment: a glance, not a second journal. */
const PER_MEMORY = 3;

/**
 * Everything Home shows besides the deck's cards, read once per visit: a session to resume,
 * the newest entry, what was written a month and a year ago, and the gentle streak.
 * Read-only; a part that fails is left out and the first problem is said once.
 */
export function useHome(): { data: HomeData | null; problem: string | null } {
  const [data, setData] = useState<HomeData | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const now = new Date();
    const ranges = memoryRanges(now);
    const today = localDay(now);
    void Promise.all([
      call('sessions.inProgress'),
      call('entries.list', { limit: 1 }),
      Promise.all(ranges.map(({ from, to }) => call('entries.list', { limit: PER_MEMORY, filter: { from, to } }))),
      // Only the streak is wanted: a one-day range keeps the buckets and events small.
      call('timeline.get', { from: today, to: today, bucket: 'week', weekStartsOn, eventLimit: 1 }),
    ]).then(([inProgress, latest, memories, timeline]) => {
      if (!current) return;
      const failed = [inProgress, latest, ...memories, timeline].find((result) => !result.ok);
      if (failed && !failed.ok) setProblem(failed.error.message);
      setData({
        inProgress: inProgress.ok ? inProgress.value : [],
        latest: latest.ok ? (latest.value.entries[0] ?? null) : null,
        memories: ranges
          .map((range, i) => {
            const found = memories[i];
            return { label: range.label, entries: found?.ok ? found.value.entries : [] };
          })
          .filter((memory) => memory.entries.length > 0),
        streak: timeline.ok ? timeline.value.streak : null,
      });
    });
    return () => {
      current = false;
    };
  }, []);

  return { data, problem };
}
