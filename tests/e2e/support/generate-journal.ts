/**
 * Not a test: writes a big journal into a data dir before the harness opens it, through the
 * real core (createHearth, then createEntry in one transaction), so the e2e run can measure
 * the journal screen at the stress size. Device lock, partners Ada and Bo.
 *   node --import tsx tests/e2e/support/generate-journal.ts --data-dir <dir> [--entries 100000]
 * Run it under scripts/with-keyring.sh (the device key goes to the private keyring).
 * Prints one line of JSON: how many entries, how long it took, and the rare search word.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createHearth, createOsKeychain } from '../../../src/main/core';
import { createEntry } from '../../../src/main/core/journal';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, entries: { type: 'string' } },
  strict: true,
});
if (!values['data-dir']) {
  console.error('usage: generate-journal.ts --data-dir <dir> [--entries 100000]');
  process.exit(2);
}
const dataDir = resolve(values['data-dir']);
const count = Number(values.entries ?? 100_000);

// Seeded, so every run writes the same journal.
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const WORDS = (
  'we walked talked laughed cooked listened evening morning coffee rain garden tired grateful together quiet ' +
  'home trip weekend dinner music patience small kind gentle late early hug tea bread letter window river ' +
  'worried hopeful honest noticed remembered promised planned rested slow bright heavy steady warm'
).split(' ');
const COMMON = ['the', 'and', 'today', 'felt', 'we', 'a', 'it', 'was'];
const body = (i: number) => {
  const words: string[] = [];
  const length = 120 + Math.floor(random() * 500);
  while (words.join(' ').length < length) words.push(random() < 0.4 ? pick(COMMON) : pick(WORDS));
  // One entry in a thousand holds a word no other has: the rare search.
  if (i % 1000 === 500) words.splice(Math.floor(words.length / 2), 0, 'lantern');
  return `${words.join(' ')}.`;
};

const DAY = 86_400_000;
const end = Date.now() - DAY;
const span = 10 * 365 * DAY;

mkdirSync(dataDir, { recursive: true, mode: 0o700 });
const hearth = createHearth({ dataDir, keychain: createOsKeychain() });
await hearth.setup(['Ada', 'Bo']);
const db = hearth.db();
const started = performance.now();
db.transaction(() => {
  for (let i = 0; i < count; i += 1) {
    const utc = end - span + Math.floor((i / count) * span) + Math.floor(random() * 3_600_000);
    createEntry(db, {
      author: pick(['a', 'b', 'both'] as const),
      body: body(i),
      mood: random() < 0.5 ? 1 + Math.floor(random() * 5) : undefined,
      tags: random() < 0.2 ? [pick(['home', 'trip', 'hard', 'funny', 'us'])] : [],
      at: { utc, offsetMinutes: 0 },
    });
  }
})();
db.pragma('wal_checkpoint(TRUNCATE)');
const seconds = (performance.now() - started) / 1000;
hearth.lock();
console.log(JSON.stringify({ entries: count, seconds: Number(seconds.toFixed(1)), rareWord: 'lantern' }));
