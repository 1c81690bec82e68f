/**
 * Not a test: a local measurement of search and timeline at the 100,000-entry stress size
 * (STACK.md). Run: npx tsx tests/unit/main/core/journal/measure.ts [entries]
 * Prints p50/p95 in milliseconds. Builds a throwaway encrypted journal in a temp folder.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCheckIn } from '../../../../../src/main/core/checkins';
import { createEntry, listEntries, searchEntries } from '../../../../../src/main/core/journal';
import { buildTimeline } from '../../../../../src/main/core/timeline';
import { THEMES } from '../../../../../src/shared/exercises/schema';
import { addSession, openJournal } from './fixture';

const COUNT = Number(process.argv[2] ?? 100_000);
const DAY = 86_400_000;
const START = Date.UTC(2016, 0, 1);
const SPAN_DAYS = 3650;

// A seeded generator, so every run measures the same journal.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'so', 'vi', 'dar', 'el', 'nu', 'po', 'ris'];
const vocabulary = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(''));
const common = ['the', 'and', 'we', 'today', 'felt', 'talked', 'together', 'walk'];
// Zipf-like: low indexes are much more frequent.
const word = () => (random() < 0.35 ? pick(common) : vocabulary[Math.floor(vocabulary.length * random() ** 3)]!);
const body = () => {
  const words: string[] = ['the'];
  while (words.join(' ').length < 600) words.push(word());
  return words.join(' ');
};

function time(label: string, runs: number, work: () => unknown): void {
  for (let i = 0; i < 5; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
  }
  samples.sort((x, y) => x - y);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
  console.log(`${label.padEnd(58)} p50 ${at(0.5).padStart(8)} ms   p95 ${at(0.95).padStart(8)} ms`);
}

// MEASURE_KEEP=<folder> keeps the built journal there and reuses it on the next run.
const kept = process.env.MEASURE_KEEP;
const dir = kept ?? mkdtempSync(join(tmpdir(), 'hearth-measure-'));
if (kept) mkdirSync(kept, { recursive: true });
const reuse = kept !== undefined && existsSync(join(dir, 'journal.db'));
try {
  const db = openJournal(dir);
  const t = performance.now();
  if (!reuse) db.transaction(() => {
    for (let i = 0; i < COUNT; i += 1) {
      // Mostly written on the day; one in twenty back-dated by up to a year.
      let moment = START + Math.floor((i / COUNT) * SPAN_DAYS * DAY) + Math.floor(random() * 3_600_000);
      if (random() < 0.05) moment -= Math.floor(random() * 365 * DAY);
      createEntry(db, {
        author: pick(['a', 'b', 'both'] as const),
        body: i % 1000 === 500 ? `${body()} lantern` : body(),
        // Twenty of the oldest carry a tag no later entry has: the slowest filter to combine with a common word.
        tags: i < 20 ? ['first-year'] : random() < 0.2 ? [pick(['home', 'trip', 'hard', 'funny', 'us'])] : [],
        at: { utc: Math.max(START, moment), offsetMinutes: 60 },
      });
    }
    for (let d = 0; d < SPAN_DAYS; d += 1) {
      const day = new Date(START + d * DAY).toISOString().slice(0, 10);
      if (random() < 0.45) addSession(db, pick(THEMES).id, day);
      for (const partner of ['a', 'b'] as const) {
        if (random() < 0.8) {
          createCheckIn(db, { partner, close: 1 + Math.floor(random() * 5), safe: 3, heard: 4, at: { utc: START + d * DAY + 20 * 3_600_000, offsetMinutes: 60 } });
        }
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  console.log(reuse ? `reused the journal in ${dir}` : `built ${COUNT} entries in ${((performance.now() - t) / 1000).toFixed(1)} s; file ${(statSync(join(dir, 'journal.db')).size / 1e6).toFixed(0)} MB`);

  const matches = (w: string) => (db.prepare('SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?').pluck().get(`"${w}"`) as number);
  const rare = 'lantern';
  console.log(`matches: "the" ${matches('the')}, "together" ${matches('together')}, "${rare}" ${matches(rare)}`);
  const deep = (() => {
    let cursor = searchEntries(db, 'the', 50).nextCursor!;
    for (let i = 0; i < 19; i += 1) cursor = searchEntries(db, 'the', 50, cursor).nextCursor!;
    return cursor;
  })();

  time('search "the" (every entry), newest 50', 200, () => searchEntries(db, 'the', 50));
  time('search "together" (common), newest 50', 200, () => searchEntries(db, 'together', 50));
  time(`search "${rare}" (rare), newest 50`, 200, () => searchEntries(db, rare, 50));
  time('search "the", page 21 by cursor', 200, () => searchEntries(db, 'the', 50, deep));
  time('search "the" + author b + tag "hard"', 100, () => searchEntries(db, 'the', 50, undefined, { authors: ['b'], tags: ['hard'] }));
  time('search "the" + tag only on the 20 oldest (worst case)', 20, () => searchEntries(db, 'the', 50, undefined, { tags: ['first-year'] }));
  time('search "the" in March 2018', 100, () => searchEntries(db, 'the', 50, undefined, { from: '2018-03-01', to: '2018-03-31' }));
  time('search "tog" (prefix while typing), newest 50', 100, () => searchEntries(db, 'tog', 50));
  time('search "the" + author "both"', 100, () => searchEntries(db, 'the', 50, undefined, { authors: ['both'] }));
  time('list, newest 50', 100, () => listEntries(db, 50));
  time('list, authors a or both, newest 50', 100, () => listEntries(db, 50, undefined, { authors: ['a', 'both'] }));
  time('list, March 2018, newest 50', 100, () => listEntries(db, 50, undefined, { from: '2018-03-01', to: '2018-03-31' }));
  time('list, tag only on the 20 oldest', 100, () => listEntries(db, 50, undefined, { tags: ['first-year'] }));
  time('list, tag "hard", newest 50', 100, () => listEntries(db, 50, undefined, { tags: ['hard'] }));
  time('list, theme quality-time, newest 50', 100, () => listEntries(db, 50, undefined, { themes: ['quality-time'] }));
  time('for contrast: "the" ORDER BY created_at DESC LIMIT 50', 20, () =>
    db.prepare(`SELECT e.uid FROM entries_fts f JOIN entries e ON e.id = f.rowid WHERE entries_fts MATCH '"the"' AND e.deleted_at IS NULL ORDER BY e.created_at DESC LIMIT 50`).all(),
  );
  const today = '2025-12-31';
  time('timeline all time, by week (10 years)', 50, () => buildTimeline(db, { bucket: 'week', weekStartsOn: 1 }, today));
  time('timeline all time, by month', 50, () => buildTimeline(db, { bucket: 'month', weekStartsOn: 1 }, today));
  time('timeline last 3 months, by week', 100, () => buildTimeline(db, { from: '2025-10-01', to: today, bucket: 'week', weekStartsOn: 1 }, today));
  db.close();
} finally {
  if (!kept) rmSync(dir, { recursive: true, force: true });
}
