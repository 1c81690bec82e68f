import type { Migration } from '../db/migrations/types';

/**
 * The private page's own schema, inside its own SQLCipher file. Numbered like the journal's,
 * but a separate list: the page's file never holds the journal's tables, nor the journal its.
 */
export const PRIVATE_MIGRATIONS: readonly Migration[] = [
  {
    version: 10,
    name: 'create-private-page',
    up: (db) => {
      db.exec(`
        CREATE TABLE notes (
          id INTEGER PRIMARY KEY,
          uid TEXT NOT NULL UNIQUE,
          body TEXT NOT NULL,
          mood INTEGER CHECK (mood BETWEEN 1 AND 5),
          -- A JSON array of tags, sorted.
          tags TEXT NOT NULL DEFAULT '[]',
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          day TEXT NOT NULL
        ) STRICT;
        CREATE INDEX notes_by_time ON notes (created_at DESC, uid DESC);

        CREATE VIRTUAL TABLE notes_fts USING fts5 (
          body,
          tags,
          content = 'notes',
          content_rowid = 'id',
          tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
          INSERT INTO notes_fts (rowid, body, tags) VALUES (new.id, new.body, new.tags);
        END;
        CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
          INSERT INTO notes_fts (notes_fts, rowid, body, tags) VALUES ('delete', old.id, old.body, old.tags);
        END;
        CREATE TRIGGER notes_fts_update AFTER UPDATE OF body, tags ON notes BEGIN
          INSERT INTO notes_fts (notes_fts, rowid, body, tags) VALUES ('delete', old.id, old.body, old.tags);
          INSERT INTO notes_fts (rowid, body, tags) VALUES (new.id, new.body, new.tags);
        END;

        CREATE TABLE check_ins (
          id INTEGER PRIMARY KEY,
          uid TEXT NOT NULL UNIQUE,
          close INTEGER NOT NULL CHECK (close BETWEEN 1 AND 5),
          safe INTEGER NOT NULL CHECK (safe BETWEEN 1 AND 5),
          heard INTEGER NOT NULL CHECK (heard BETWEEN 1 AND 5),
          note TEXT,
          created_at INTEGER NOT NULL,
          day TEXT NOT NULL
        ) STRICT;
        CREATE INDEX check_ins_by_time ON check_ins (created_at);
      `);
    },
  },
];
