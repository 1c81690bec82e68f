import type { Migration } from './types';

/** Tables whose rows travel between computers, with the column that names a row. */
const TRACKED: readonly { table: string; key: string }[] = [
  { table: 'partners', key: 'slot' },
  { table: 'sessions', key: 'id' },
  { table: 'entries', key: 'uid' },
  { table: 'check_ins', key: 'uid' },
  { table: 'deck_marks', key: 'question_id' },
];

const ON = `EXISTS (SELECT 1 FROM sync_config WHERE id = 1 AND enabled = 1)`;

/**
 * Sync between two computers (src/main/core/sync). Everything here stays on this computer,
 * inside the encrypted journal:
 * - sync_config: one row, sync's own state (the folder, this computer's keys, the keyring);
 * - sync_outbox: which rows changed here since sync last looked, filled by triggers in the
 *   same transaction as the change, so an acknowledged write is never missed, even by a
 *   crash between the write and the sync;
 * - sync_chunks: the Automerge document, as the chunks it was built from (this computer's
 *   changes until they are in the folder, and what was read from it);
 * - entries.edited_in_parallel: set when two computers edited an entry at the same time, so
 *   the entry can say so (both versions are in its history).
 * The triggers do nothing until sync is turned on.
 */
export const sync: Migration = {
  version: 60,
  name: 'sync',
  up: (db) => {
    db.exec(`
      CREATE TABLE sync_config (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        state TEXT NOT NULL
      ) STRICT;
      CREATE TABLE sync_outbox (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (tbl, key)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE sync_chunks (
        digest TEXT PRIMARY KEY,
        bytes BLOB NOT NULL,
        -- 1 while a change made here waits to be written into the folder.
        pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1))
      ) STRICT;
      ALTER TABLE entries ADD COLUMN edited_in_parallel INTEGER NOT NULL DEFAULT 0 CHECK (edited_in_parallel IN (0, 1));
    `);
    for (const { table, key } of TRACKED) {
      db.exec(`
        CREATE TRIGGER sync_outbox_${table}_insert AFTER INSERT ON ${table} WHEN ${ON}
        BEGIN INSERT OR IGNORE INTO sync_outbox (tbl, key) VALUES ('${table}', new.${key}); END;
        CREATE TRIGGER sync_outbox_${table}_update AFTER UPDATE ON ${table} WHEN ${ON}
        BEGIN
          INSERT OR IGNORE INTO sync_outbox (tbl, key) VALUES ('${table}', old.${key});
          INSERT OR IGNORE INTO sync_outbox (tbl, key) VALUES ('${table}', new.${key});
        END;
        CREATE TRIGGER sync_outbox_${table}_delete AFTER DELETE ON ${table} WHEN ${ON}
        BEGIN INSERT OR IGNORE INTO sync_outbox (tbl, key) VALUES ('${table}', old.${key}); END;
      `);
    }
    // An entry's tags live in their own table: a change there is a change of the entry.
    db.exec(`
      CREATE TRIGGER sync_outbox_entry_tags_insert AFTER INSERT ON entry_tags WHEN ${ON}
      BEGIN INSERT OR IGNORE INTO sync_outbox (tbl, key) SELECT 'entries', uid FROM entries WHERE id = new.entry_id; END;
      CREATE TRIGGER sync_outbox_entry_tags_delete AFTER DELETE ON entry_tags WHEN ${ON}
      BEGIN INSERT OR IGNORE INTO sync_outbox (tbl, key) SELECT 'entries', uid FROM entries WHERE id = old.entry_id; END;
    `);
  },
};
