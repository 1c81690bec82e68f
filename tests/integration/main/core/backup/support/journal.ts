import { join } from 'node:path';
import type { WritableDB } from '../../../../../../src/main/core/db/connection';
import type { Hearth, HearthDeps } from '../../../../../../src/main/core/hearth';
import type { Keychain } from '../../../../../../src/main/core/vault/keychain';
import { createOsKeychain } from '../../../../../../src/main/core/vault/keychain';
import { createTestHearth } from '../../../../../support/journal';

/**
 * Test-side journals for backup tests: seeded with plain SQL (not through the backup code,
 * so a bug there cannot hide itself), and dumped table by table for exact comparison.
 */

export interface SeedSession {
  id: string;
  exerciseId: string;
  theme: string;
  status: 'in-progress' | 'completed' | 'abandoned';
  stepIndex: number;
  state: string;
  startedAt: number;
  updatedAt: number;
  completedAt: number | null;
  completedDay: string | null;
}
export interface SeedEntry {
  uid: string;
  author: 'a' | 'b' | 'both';
  kind: 'free' | 'reflection';
  body: string;
  mood: number | null;
  tags: string[];
  sessionId: string | null;
  createdAt: number;
  updatedAt: number;
  day: string;
  deletedAt: number | null;
}
export interface SeedCheckIn {
  uid: string;
  partner: 'a' | 'b';
  close: number;
  safe: number;
  heard: number;
  note: string | null;
  createdAt: number;
  day: string;
}
export interface SeedJournal {
  partners: [string, string];
  settings: { key: string; value: string }[];
  sessions: SeedSession[];
  entries: SeedEntry[];
  checkIns: SeedCheckIn[];
}

/** The one test helper's Hearth (tests/support/journal.ts), on the OS keychain unless told, with no wrong-try waits. */
export const hearthAt = (dataDir: string, extra: Partial<HearthDeps> = {}, keychain: Keychain = createOsKeychain()): Hearth =>
  createTestHearth(dataDir, { keychain, sleep: async () => {}, ...extra });

export async function newJournal(dir: string, names: [string, string] = ['Ada', 'Bo'], extra: Partial<HearthDeps> = {}) {
  const hearth = hearthAt(join(dir, 'journal'), extra);
  await hearth.setup(names);
  return hearth;
}

/** Replaces everything in the journal with `seed`, in one transaction. */
export function seed(db: WritableDB, journal: SeedJournal): void {
  db.transaction(() => {
    db.exec('DELETE FROM entry_tags; DELETE FROM entries; DELETE FROM check_ins; DELETE FROM sessions; DELETE FROM settings;');
    const partner = db.prepare('UPDATE partners SET name = ? WHERE slot = ?');
    partner.run(journal.partners[0], 'a');
    partner.run(journal.partners[1], 'b');
    const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (const s of journal.settings) setting.run(s.key, s.value);
    const session = db.prepare(
      `INSERT INTO sessions (id, exercise_id, theme, status, step_index, state, started_at, updated_at, completed_at, completed_day)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of journal.sessions) {
      session.run(s.id, s.exerciseId, s.theme, s.status, s.stepIndex, s.state, s.startedAt, s.updatedAt, s.completedAt, s.completedDay);
    }
    // Ids follow the journal's rule (created_at × 1000 + n), computed here independently.
    const perMoment = new Map<number, number>();
    const entry = db.prepare(
      `INSERT INTO entries (id, uid, author, kind, body, mood, session_id, created_at, updated_at, day, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const tag = db.prepare('INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)');
    for (const e of journal.entries) {
      const n = perMoment.get(e.createdAt) ?? 0;
      perMoment.set(e.createdAt, n + 1);
      const id = e.createdAt * 1000 + n;
      entry.run(id, e.uid, e.author, e.kind, e.body, e.mood, e.sessionId, e.createdAt, e.updatedAt, e.day, e.deletedAt);
      for (const t of e.tags) tag.run(id, t);
    }
    const checkIn = db.prepare(
      'INSERT INTO check_ins (uid, partner, close, safe, heard, note, created_at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const c of journal.checkIns) checkIn.run(c.uid, c.partner, c.close, c.safe, c.heard, c.note, c.createdAt, c.day);
  })();
}

const SURROGATE_IDS: Record<string, string> = { entries: 'id', check_ins: 'id' };

/**
 * Every table of the journal (whatever the schema is by now), each row with every column
 * except integer surrogate ids; tags by their entry's uid. Sorted, so equal journals dump
 * equal. Search is checked too: each entry is found by its own words through FTS.
 */
export function dumpJournal(db: WritableDB): Record<string, unknown[]> {
  const tables = (
    db
      // journal_counts is derived (kept by triggers); tests/unit/main/core/journal/entry-count.test.ts checks it.
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entries_fts%' AND name <> 'journal_counts' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows =
      table === 'entry_tags'
        ? db.prepare('SELECT e.uid, t.tag FROM entry_tags t JOIN entries e ON e.id = t.entry_id').all()
        : (db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]).map((row) => {
            const { [SURROGATE_IDS[table] ?? '\0']: _surrogate, ...rest } = row;
            return rest;
          });
    dump[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  // The full-text index is part of the journal: it must hold every entry's text.
  dump['entries_fts (rows indexed)'] = [
    (db.prepare('SELECT count(*) AS n FROM entries_fts_docsize').get() as { n: number }).n,
  ];
  dump['schema version'] = [db.pragma('user_version', { simple: true })];
  return dump;
}

/** A session id as the app makes them (randomUUID), from a small number, so tests can name them. */
export const sessionUuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A small, fixed journal with some of everything. */
export function sampleJournal(marker = 'sample'): SeedJournal {
  const t0 = Date.UTC(2025, 0, 5, 20, 15);
  return {
    partners: ['Léa', 'Sam 🌿'],
    settings: [{ key: 'autoLockMinutes', value: '10' }],
    sessions: [
      {
        id: sessionUuid(1),
        exerciseId: 'active-listening-reflect-back',
        theme: 'active-listening',
        status: 'completed',
        stepIndex: 3,
        state: '{"firstSpeaker":"a","feelings":{"a":4,"b":5}}',
        startedAt: t0,
        updatedAt: t0 + 60_000,
        completedAt: t0 + 60_000,
        completedDay: '2025-01-05',
      },
    ],
    entries: [
      { uid: 'e-1', author: 'a', kind: 'free', body: `${marker}: first words 🌙`, mood: 4, tags: ['us', 'home'], sessionId: null, createdAt: t0, updatedAt: t0 + 5, day: '2025-01-05', deletedAt: null },
      { uid: 'e-2', author: 'b', kind: 'reflection', body: `${marker}: I felt heard`, mood: 5, tags: [], sessionId: sessionUuid(1), createdAt: t0 + 60_000, updatedAt: t0 + 60_000, day: '2025-01-05', deletedAt: null },
      { uid: 'e-3', author: 'both', kind: 'free', body: `${marker}: in the trash`, mood: null, tags: ['old'], sessionId: null, createdAt: t0 + 120_000, updatedAt: t0 + 120_000, day: '2025-01-05', deletedAt: t0 + 300_000 },
    ],
    checkIns: [
      { uid: 'c-1', partner: 'a', close: 4, safe: 5, heard: 3, note: `${marker}: tired`, createdAt: t0 + 1000, day: '2025-01-05' },
      { uid: 'c-2', partner: 'b', close: 5, safe: 5, heard: 5, note: null, createdAt: t0 + 2000, day: '2025-01-05' },
    ],
  };
}
