import type { Migration } from './types';

/** The first schema, designed for the whole of DESIGN.md section 1. */
export const createJournal: Migration = {
  version: 10,
  name: 'create-journal',
  up: (db) => {
    db.exec(`
      CREATE TABLE partners (
        slot TEXT PRIMARY KEY CHECK (slot IN ('a', 'b')),
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        theme TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('in-progress', 'completed', 'abandoned')),
        step_index INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT '{}',
        started_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        completed_at INTEGER,
        completed_day TEXT
      ) STRICT;
      CREATE INDEX sessions_by_completion ON sessions (completed_at) WHERE completed_at IS NOT NULL;
      CREATE INDEX sessions_by_status ON sessions (status, updated_at);

      -- Integer rowid for FTS5; 'uid' is the stable id that crosses IPC and backups.
      CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        author TEXT NOT NULL CHECK (author IN ('a', 'b', 'both')),
        kind TEXT NOT NULL CHECK (kind IN ('free', 'reflection')),
        body TEXT NOT NULL,
        mood INTEGER CHECK (mood BETWEEN 1 AND 5),
        session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        day TEXT NOT NULL,
        deleted_at INTEGER
      ) STRICT;
      CREATE INDEX entries_by_time ON entries (created_at DESC, uid DESC) WHERE deleted_at IS NULL;
      CREATE INDEX entries_by_day ON entries (day) WHERE deleted_at IS NULL;
      CREATE INDEX entries_in_trash ON entries (deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX entries_by_session ON entries (session_id) WHERE session_id IS NOT NULL;

      CREATE TABLE entry_tags (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (entry_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX entry_tags_by_tag ON entry_tags (tag, entry_id);

      CREATE TABLE check_ins (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        partner TEXT NOT NULL CHECK (partner IN ('a', 'b')),
        close INTEGER NOT NULL CHECK (close BETWEEN 1 AND 5),
        safe INTEGER NOT NULL CHECK (safe BETWEEN 1 AND 5),
        heard INTEGER NOT NULL CHECK (heard BETWEEN 1 AND 5),
        note TEXT,
        created_at INTEGER NOT NULL,
        day TEXT NOT NULL
      ) STRICT;
      CREATE INDEX check_ins_by_time ON check_ins (created_at);
      CREATE INDEX check_ins_by_partner ON check_ins (partner, created_at);

      -- Full-text search lives inside the encrypted file. A 3900-byte leaf fits a page
      -- once SQLCipher reserves its bytes (STACK.md), so leaves do not spill.
      CREATE VIRTUAL TABLE entries_fts USING fts5 (
        body,
        content = 'entries',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO entries_fts (entries_fts, rank) VALUES ('pgsz', 3900);

      CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, body) VALUES (new.id, new.body);
      END;
      CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, body) VALUES ('delete', old.id, old.body);
      END;
      CREATE TRIGGER entries_fts_update AFTER UPDATE OF body ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO entries_fts (rowid, body) VALUES (new.id, new.body);
      END;
    `);
  },
};
