import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, restoreBackup } from '../../../../../src/main/core/backup';
import { useTempDirs } from '../../../../support/temp-dir';
import { PartnerName, Tag } from '../../../../../src/shared/model';
import { dumpJournal, newJournal, seed, sessionUuid, type SeedEntry, type SeedJournal } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'round trip passphrase';
// A low scrypt cost: these tests are about the data, not the key derivation.
const FAST = { runner: inlineRunner, workFactor: 2 };

/** Text of every awkward kind: any code point (lone surrogates, NUL), emoji, blank, long. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t', '🌙💞👩‍❤️‍👨', 'é e\u0301', '"quoted" \\ back/slash', '</script>') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 2_000, maxLength: 20_000 }) },
);
/** What the app stores: an entry has some words; a note and a name are stored trimmed, a tag as typed. */
const stored = (schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }) => (s: string) => {
  const parsed = schema.safeParse(s);
  return parsed.success && parsed.data === s;
};
const body = text.filter((s) => s.trim().length > 0);
const note = text.map((s) => s.slice(0, 2_000).trim()).filter((s) => s.length > 0);
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => s.trim()).filter(stored(PartnerName));
const time = fc.integer({ min: 1_500_000_000_000, max: 1_900_000_000_000 });
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const uid = fc.uuid({ version: 4 });

const session = fc.record({
  id: uid,
  exerciseId: fc.constantFrom('active-listening-reflect-back', 'quality-time-walk', 'cultivate-trust-small-promises'),
  theme: fc.constantFrom('cultivate-trust', 'active-listening', 'quality-time'),
  status: fc.constantFrom('in-progress' as const, 'completed' as const, 'abandoned' as const),
  stepIndex: fc.nat(20),
  state: fc
    .record({
      firstSpeaker: fc.constantFrom('a', 'b'),
      feelings: fc.record({ a: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), b: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }) }),
    })
    .map((state) => JSON.stringify(state)),
  startedAt: time,
  updatedAt: time,
  completedAt: fc.option(time, { nil: null }),
  completedDay: fc.option(day, { nil: null }),
});

const entry = (sessionIds: string[]) =>
  fc.record({
    uid,
    author: fc.constantFrom('a' as const, 'b' as const, 'both' as const),
    kind: fc.constantFrom('free' as const, 'reflection' as const),
    body,
    mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    tags: fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter(stored(Tag)), { maxLength: 20 }),
    sessionId: sessionIds.length ? fc.option(fc.constantFrom(...sessionIds), { nil: null }) : fc.constant(null),
    // A few shared moments, so entries written in the same millisecond are covered too.
    createdAt: fc.oneof(time, fc.constantFrom(1_700_000_000_000, 1_700_000_000_001)),
    updatedAt: time,
    day,
    deletedAt: fc.option(time, { nil: null, freq: 3 }),
  });

const checkIn = fc.record({
  uid,
  partner: fc.constantFrom('a' as const, 'b' as const),
  close: fc.integer({ min: 1, max: 5 }),
  safe: fc.integer({ min: 1, max: 5 }),
  heard: fc.integer({ min: 1, max: 5 }),
  note: fc.option(note, { nil: null }),
  createdAt: time,
  day,
});

const journal: fc.Arbitrary<SeedJournal> = fc
  .uniqueArray(session, { maxLength: 4, selector: (s) => s.id })
  .chain((sessions) =>
    fc.record({
      partners: fc.tuple(name, name),
      settings: fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 30 }), value: fc.json() }), { maxLength: 4, selector: (s) => s.key }),
      sessions: fc.constant(sessions),
      entries: fc.uniqueArray(entry(sessions.map((s) => s.id)), { maxLength: 25, selector: (e) => e.uid }),
      checkIns: fc.uniqueArray(checkIn, { maxLength: 8, selector: (c) => c.uid }),
    }),
  );

describe('export then restore gives back the very same journal', () => {
  it('for random journals (25 runs): every table, trash and history fields included', async () => {
    const dir = tempDir();
    const source = await newJournal(join(dir, 'source'));
    const target = await newJournal(join(dir, 'target'), ['X', 'Y']);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(journal, async (content) => {
        run += 1;
        seed(source.db(), content);
        const file = join(dir, `backup-${run}.age`);
        await exportBackup(source, file, PASSPHRASE, FAST);
        // The first run restores into the fresh, empty journal; the rest replace it.
        await restoreBackup(target, file, PASSPHRASE, { mode: run === 1 ? 'into-empty' : 'replace' }, FAST);
        expect(dumpJournal(target.db())).toEqual(dumpJournal(source.db()));
      }),
      { numRuns: 25, seed: 20261125 },
    );
  });

  it('for one big journal (3,000 entries, long texts, many tags), through the worker thread', async () => {
    const dir = tempDir();
    const source = await newJournal(join(dir, 'source'), ['Ada 🌊', 'Bo']);
    const sessions = Array.from({ length: 200 }, (_, i) => ({
      id: sessionUuid(i),
      exerciseId: 'quality-time-walk',
      theme: 'quality-time',
      status: 'completed' as const,
      stepIndex: 4,
      state: JSON.stringify({ firstSpeaker: i % 2 ? 'a' : 'b', feelings: { a: 3, b: 4 } }),
      startedAt: 1_700_000_000_000 + i * 86_400_000,
      updatedAt: 1_700_000_000_000 + i * 86_400_000 + 900_000,
      completedAt: 1_700_000_000_000 + i * 86_400_000 + 900_000,
      completedDay: new Date(1_700_000_000_000 + i * 86_400_000).toISOString().slice(0, 10),
    }));
    const entries: SeedEntry[] = Array.from({ length: 3_000 }, (_, i) => ({
      uid: `entry-${i}`,
      author: (['a', 'b', 'both'] as const)[i % 3]!,
      kind: i % 7 === 0 ? 'reflection' : 'free',
      body: `${i} — ${'ünïcødé 🌙 words and more words '.repeat(1 + (i % 40))}`,
      mood: i % 6 === 0 ? null : (i % 5) + 1,
      tags: Array.from({ length: i % 12 }, (_, t) => `tag-${t}-${i % 9}`),
      sessionId: i % 7 === 0 ? sessionUuid(i % 200) : null,
      createdAt: 1_700_000_000_000 + Math.floor(i / 2) * 3_600_000,
      updatedAt: 1_700_000_000_000 + i * 3_600_000,
      day: new Date(1_700_000_000_000 + Math.floor(i / 2) * 3_600_000).toISOString().slice(0, 10),
      deletedAt: i % 25 === 0 ? 1_800_000_000_000 : null,
    }));
    const checkIns = Array.from({ length: 500 }, (_, i) => ({
      uid: `c-${i}`,
      partner: i % 2 ? ('a' as const) : ('b' as const),
      close: (i % 5) + 1,
      safe: ((i + 1) % 5) + 1,
      heard: ((i + 2) % 5) + 1,
      note: i % 3 ? `note ${i}` : null,
      createdAt: 1_700_000_000_000 + i * 86_400_000,
      day: new Date(1_700_000_000_000 + i * 86_400_000).toISOString().slice(0, 10),
    }));
    seed(source.db(), { partners: ['Ada 🌊', 'Bo'], settings: [{ key: 'theme', value: '"dark"' }], sessions, entries, checkIns });
    const file = join(dir, 'big.age');
    const exported = await exportBackup(source, file, PASSPHRASE, { workFactor: 10 });
    expect(exported.summary).toMatchObject({ entries: 2_880, inTrash: 120, checkIns: 500, sessions: 200 });

    const target = await newJournal(join(dir, 'target'));
    await restoreBackup(target, file, PASSPHRASE, { mode: 'into-empty' }, { workFactor: 10 });
    expect(dumpJournal(target.db())).toEqual(dumpJournal(source.db()));
  });
});
