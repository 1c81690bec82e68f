import type { Migration } from './types';

/**
 * The number of entries outside the trash, kept in a one-row table by triggers on entries.
 * The home screen asks for it at every unlock; counting meant reading an index entry per
 * entry (~5 ms of a ~7 ms unlock at 100,000 entries, all of it pages decrypted cold), where
 * this is one page at any size. Every writer keeps it right without knowing: new entries,
 * the trash and back, emptying the trash, a restore's bulk insert, exercises' reflections.
 * It is derived data: never in a backup, rebuilt by these triggers when a restore writes rows.
 * With it, two indexes for the home screen's session reads, so unlock stays flat as well.
 */
export const entryCounts: Migration = {
  version: 30,
  name: 'entry-counts',
  up: (db) => {
    db.exec(`
      CREATE TABLE journal_counts (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        live_entries INTEGER NOT NULL
      ) STRICT;
      INSERT INTO journal_counts (id, live_entries) SELECT 1, count(*) FROM entries WHERE deleted_at IS NULL;

      CREATE TRIGGER journal_counts_entry_added AFTER INSERT ON entries WHEN new.deleted_at IS NULL
      BEGIN
        UPDATE journal_counts SET live_entries = live_entries + 1 WHERE id = 1;
      END;
      CREATE TRIGGER journal_counts_entry_removed AFTER DELETE ON entries WHEN old.deleted_at IS NULL
      BEGIN
        UPDATE journal_counts SET live_entries = live_entries - 1 WHERE id = 1;
      END;
      -- Into the trash (-1) or back out of it (+1); a second delete of a trashed entry changes nothing.
      CREATE TRIGGER journal_counts_entry_trashed AFTER UPDATE OF deleted_at ON entries
        WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
      BEGIN
        UPDATE journal_counts SET live_entries = live_entries + (CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END) WHERE id = 1;
      END;

      -- The home screen's other reads that grew with the journal: the last few completed
      -- sessions, and the latest completed session per exercise (the suggestion). By status
      -- alone, each sorted every completed session in a temporary B-tree (0.2 → 0.5 ms from
      -- 1,000 to 100,000 entries); these indexes hand them over already in order.
      CREATE INDEX sessions_completed_by_time ON sessions (status, completed_at);
      CREATE INDEX sessions_completed_by_exercise ON sessions (status, exercise_id, completed_at, theme);
    `);
  },
};
