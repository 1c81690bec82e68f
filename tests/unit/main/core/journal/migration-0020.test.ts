import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import { latestSchemaVersion, migrate, schemaVersion } from '../../../../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../../../../src/main/core/db/migrations';
import { createEntry, listEntries, searchEntries } from '../../../../../src/main/core/journal';
import { useTempDirs } from '../../../../support/temp-dir';
import { noon } from './fixture';

const tempDir = useTempDirs();

describe('0020 time-ordered-entries', () => {
  it('renumbers entries written under 0010 by their moment, keeping tags and search', () => {
    const db = openEncrypted(join(tempDir(), 'journal.db'), { key: Buffer.alloc(32, 3) });
    migrate(db, MIGRATIONS.filter((m) => m.version <= 10));
    const insert = db.prepare(
      `INSERT INTO entries (uid, author, kind, body, created_at, updated_at, day) VALUES (?, 'a', 'free', ?, ?, ?, '2026-03-01')`,
    );
    // Insertion order is not time order: the second one was back-dated; the last two share a millisecond.
    insert.run('u1', 'kettle on', 3_000, 3_000);
    insert.run('u2', 'kettle boiled', 1_000, 1_000);
    insert.run('u3', 'kettle poured', 5_000, 5_000);
    insert.run('u4', 'kettle again', 5_000, 5_000);
    db.prepare(`INSERT INTO entry_tags (entry_id, tag) SELECT id, 'tea' FROM entries WHERE uid IN ('u2', 'u4')`).run();

    migrate(db);
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    expect(db.prepare('SELECT uid, id FROM entries ORDER BY id').all()).toEqual([
      { uid: 'u2', id: 1_000_000 },
      { uid: 'u1', id: 3_000_000 },
      { uid: 'u3', id: 5_000_000 },
      { uid: 'u4', id: 5_000_001 },
    ]);
    expect(db.prepare(`SELECT e.uid FROM entry_tags t JOIN entries e ON e.id = t.entry_id ORDER BY e.uid`).pluck().all()).toEqual(['u2', 'u4']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(searchEntries(db, 'kettle', 10).hits.map((h) => h.entry.id)).toEqual(['u4', 'u3', 'u1', 'u2']);
    expect(listEntries(db, 10, undefined, { tags: ['tea'] }).entries.map((e) => e.id)).toEqual(['u4', 'u2']);
    db.close();
  });

  it('refuses an entry whose id does not follow its moment, whoever writes it', () => {
    const db = openEncrypted(join(tempDir(), 'journal.db'), { key: Buffer.alloc(32, 3) });
    migrate(db);
    const careless = db.prepare(
      `INSERT INTO entries (uid, author, kind, body, created_at, updated_at, day) VALUES ('x', 'a', 'free', 'x', ?, ?, '2026-03-01')`,
    );
    expect(() => careless.run(Date.parse('2026-03-01T12:00:00Z'), 0)).toThrow(/created_at times 1000/);
    const entry = createEntry(db, { author: 'a', body: 'fine', at: noon('2026-03-01') });
    expect(() => db.prepare('UPDATE entries SET created_at = created_at - 86400000 WHERE uid = ?').run(entry.id)).toThrow(
      /created_at times 1000/,
    );
    expect(db.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 1 });
    db.close();
  });
});
