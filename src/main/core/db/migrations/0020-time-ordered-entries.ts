import type { Migration } from './types';

/**
 * Makes an entry's integer id its moment: id = created_at * 1000 + n (n < 1000 tells apart
 * entries written in the same millisecond). The full-text index is keyed by that id, so
 * "newest matches first" is FTS5's own rowid order, read backwards and stopped after a
 * page, instead of sorting every match by date (STACK.md: ~410 ms against ~0.3 ms at
 * 100,000 entries). A back-dated entry gets the id of its date, so it sorts where it belongs.
 * The largest id (year 2243, the WrittenAt limit, times 1000) is below 2^53, so it stays an
 * exact JavaScript number.
 *
 * Also: the index stops keeping words of deleted entries (FTS5 secure-delete), and the
 * timeline gets covering indexes for its per-day counts.
 */
export const timeOrderedEntries: Migration = {
  version: 20,
  name: 'time-ordered-entries',
  up: (db) => {
    // Renumber entries written before this migration. Tags follow their entry; foreign
    // keys are checked at commit, once both sides agree again.
    db.pragma('defer_foreign_keys = ON');
    const tooMany = db
      .prepare('SELECT count(*) AS n FROM entries GROUP BY created_at HAVING count(*) >= 1000 LIMIT 1')
      .get();
    if (tooMany) throw new Error('More than 999 entries share one millisecond; they cannot be renumbered.');
    db.exec(`
      CREATE TEMP TABLE entry_renumbering AS
        SELECT id AS old_id,
               created_at * 1000 + row_number() OVER (PARTITION BY created_at ORDER BY id) - 1 AS new_id
        FROM entries;
      -- Out of the way first (negative ids), so no new id collides with an old one mid-update.
      UPDATE entries SET id = -1 - id;
      UPDATE entries SET id = (SELECT new_id FROM entry_renumbering WHERE old_id = -1 - entries.id);
      UPDATE entry_tags SET entry_id = (SELECT new_id FROM entry_renumbering WHERE old_id = entry_tags.entry_id);
      DROP TABLE temp.entry_renumbering;

      -- Without this, deleting an entry leaves its words in the index's pages until a merge.
      INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);
      INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');

      -- Every writer (journal, restore, exercises) must keep the rule; refuse one that does not.
      CREATE TRIGGER entries_id_is_time_insert AFTER INSERT ON entries
        WHEN new.id / 1000 <> new.created_at
      BEGIN
        SELECT RAISE(ABORT, 'An entry id must be its created_at times 1000 plus a small number.');
      END;
      CREATE TRIGGER entries_id_is_time_update AFTER UPDATE OF id, created_at ON entries
        WHEN new.id / 1000 <> new.created_at
      BEGIN
        SELECT RAISE(ABORT, 'An entry id must be its created_at times 1000 plus a small number.');
      END;

      -- Timeline: counts per day read from the index alone (covering), then grouped by week or month.
      CREATE INDEX sessions_completed_by_day ON sessions (completed_day, theme) WHERE status = 'completed';
      CREATE INDEX check_ins_by_day ON check_ins (day, partner, close, safe, heard);
      -- Journal filters: the few sessions of a theme, then their entries; one partner's entries
      -- (each index ends in the entry id, so it lists them newest first).
      CREATE INDEX sessions_by_theme ON sessions (theme);
      CREATE INDEX entries_by_author ON entries (author) WHERE deleted_at IS NULL;
    `);
  },
};
