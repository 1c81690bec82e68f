import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import { latestSchemaVersion, migrate, schemaVersion } from '../../../../../src/main/core/db/migrate';
import { MIGRATIONS, type Migration } from '../../../../../src/main/core/db/migrations';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const KEY = Buffer.alloc(32, 42);
const open = () => openEncrypted(join(tempDir(), 'journal.db'), { key: KEY });

describe('migrations', () => {
  it('are numbered in strictly rising steps of ten with unique names', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v) => v % 10 === 0)).toBe(true);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('bring a new journal to the latest version and record it', () => {
    const db = open();
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db)).toBe(latestSchemaVersion());
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining(['partners', 'entries', 'entry_tags', 'check_ins', 'sessions', 'settings', 'entries_fts']),
    );
    // Running again is a no-op.
    expect(migrate(db)).toBe(latestSchemaVersion());
    db.close();
  });

  it('roll back entirely when one step fails, leaving the version where it was', () => {
    const db = open();
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: 9990, name: 'half-done', up: (d) => d.exec('CREATE TABLE extra (x); SELECT * FROM missing_table;') },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuse a database from a newer version by name, before changing anything', () => {
    const db = open();
    migrate(db);
    db.pragma('user_version = 5000');
    expect(() => migrate(db)).toThrow(expect.objectContaining({ name: 'HearthError', code: 'DATABASE_FROM_FUTURE' }));
    expect(schemaVersion(db)).toBe(5000);
    db.close();
  });
});

describe('0010 create-journal', () => {
  it('keeps the full-text index in step with entries through insert, edit and delete', () => {
    const db = open();
    migrate(db);
    const insert = db.prepare(
      `INSERT INTO entries (uid, author, kind, body, created_at, updated_at, day) VALUES (?, 'a', 'free', ?, 0, 0, '2026-01-01')`,
    );
    insert.run('one', 'the lighthouse at dusk');
    const find = (word: string) =>
      db.prepare(`SELECT e.uid FROM entries_fts f JOIN entries e ON e.id = f.rowid WHERE entries_fts MATCH ?`).all(word);
    expect(find('lighthouse')).toEqual([{ uid: 'one' }]);
    db.prepare(`UPDATE entries SET body = 'the harbour at dawn' WHERE uid = 'one'`).run();
    expect(find('lighthouse')).toEqual([]);
    expect(find('harbour')).toEqual([{ uid: 'one' }]);
    db.prepare(`DELETE FROM entries WHERE uid = 'one'`).run();
    expect(find('harbour')).toEqual([]);
    db.close();
  });

  it('refuses an entry with an unknown author or an out-of-range mood', () => {
    const db = open();
    migrate(db);
    const insert = db.prepare(
      `INSERT INTO entries (uid, author, kind, body, mood, created_at, updated_at, day) VALUES (?, ?, 'free', 'x', ?, 0, 0, '2026-01-01')`,
    );
    expect(() => insert.run('u1', 'c', null)).toThrow(/CHECK/);
    expect(() => insert.run('u2', 'a', 6)).toThrow(/CHECK/);
    db.close();
  });
});
