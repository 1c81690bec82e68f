/**
 * The writer that crash-safety.test.ts kills. It opens a real journal (real keychain) and
 * writes entries as fast as it can; after each `entries.create` has returned — the moment the
 * UI shows "saved" — it prints one line: {"n":…,"id":…,"sha256":…} (short, so the pipe write
 * is atomic). Before the first entry it prints "ready".
 *   node --import tsx crash-writer.ts <dataDir> <seed>
 */
import { createHash } from 'node:crypto';
import { createHandlers } from '../../../src/main/core/handlers';
import { createOsKeychain } from '../../../src/main/core/vault/keychain';
import { reopenTestJournal } from '../../support/journal';
import { mulberry32 as seeded } from '../../../src/shared/seeded';

const [dataDir, seedText] = process.argv.slice(2);
if (!dataDir || !seedText) throw new Error('usage: crash-writer.ts <dataDir> <seed>');

/** Seeded, so every body can be told apart and reproduced. */
const random = seeded(Number(seedText));

const WORDS = ['we', 'walked', 'to', 'the', 'lake', 'and', 'talked', 'about', 'our', 'week', 'felt', 'heard', 'close', 'safe', '🌙', 'léa'];
const body = (n: number) => {
  // From a line to a few pages: small entries fill leaves, long ones spill to overflow pages.
  const length = random() < 0.2 ? 2_000 + Math.floor(random() * 8_000) : 20 + Math.floor(random() * 400);
  let text = `writer ${seedText} entry ${n}:`;
  while (text.length < length) text += ` ${WORDS[Math.floor(random() * WORDS.length)]}`;
  return text;
};

const hearth = await reopenTestJournal(dataDir, { keychain: createOsKeychain() });
const handlers = createHandlers(hearth);
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const text = body(n);
  const entry = await handlers['entries.create']({
    author: (['a', 'b', 'both'] as const)[n % 3]!,
    body: text,
    ...(n % 4 === 0 ? { tags: [`run-${seedText}`] } : {}),
  });
  // Pipes are written synchronously on Linux: once this returns, the parent can read the line.
  process.stdout.write(`${JSON.stringify({ n, id: entry.id, sha256: createHash('sha256').update(text).digest('hex') })}\n`);
}
