import type { Journal } from '../generate';

export type EngineId = 'hearth' | 'plain' | 'whole-file';

/** What an engine's first home screen read gives back: enough to check engines agree. */
export interface HomeRead {
  entryCount: number;
  /** uids of the newest 50 live entries, newest first. */
  newest: string[];
  partners: number;
  inProgress: number;
  recent: number;
  suggestion: string;
}

export interface TimelineRead {
  buckets: number;
  totals: { sessions: number; checkIns: number; entries: number };
  streakWeeks: number;
  events: number;
}

export type TimelineRange = 'last-year' | 'all-time';

/**
 * One way of keeping the journal. Every workload is one call; the suite times the call.
 * `build` and `close` are never timed.
 */
export interface Engine {
  readonly id: EngineId;
  readonly label: string;
  /** Creates the store from the journal, then leaves it closed (locked). */
  build(journal: Journal): Promise<void>;
  /** Unlock with the key in hand, open, and read what the first home screen shows. */
  open(): Promise<HomeRead>;
  /** Close (lock). */
  close(): void;
  timeline(range: TimelineRange): TimelineRead;
  /** The newest 50 matches, as the journal's search shows them; returns their uids. */
  search(query: string): string[];
  /** Saves one new entry, durably, as the app does. */
  save(i: number): Promise<void>;
  /** Writes an encrypted, verified backup to `target` (absolute, .age). */
  exportBackup(target: string): Promise<void>;
  /** Replaces the journal with the backup at `file`; the journal is open again after. */
  restoreBackup(file: string): Promise<void>;
  /** Bytes on disk for the store (main file plus any log). */
  storeBytes(): number;
  /** Untimed housekeeping after a restore (e.g. safety copies a real app keeps). */
  afterRestore(): void;
  dispose(): void;
}
