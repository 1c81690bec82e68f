#!/usr/bin/env node
// Writes tests/fixtures/article-runs.json: a hash of every run of six consecutive words of
// the source article, and never the words themselves. The copy check (tests/unit/shared/
// support/article-check.ts) compares Hearth's strings against these hashes, so it runs from
// a clone of the repository alone while the repository holds no copy of the article.
//
//   node scripts/article-fingerprints.mjs            (reads ../shared/source/…)
//   HEARTH_SHARED_DIR=/path/to/shared node scripts/article-fingerprints.mjs
//
// Rerun it only if the article itself changes; a test checks the file is still in step
// whenever the article is present beside the repository.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_PATH = join(ROOT, 'tests', 'fixtures', 'article-runs.json');
/** Six words: long enough to be a phrase of the article, short enough to catch a paraphrase that kept its bones. */
export const RUN_LENGTH = 6;
/** 16 hex characters (64 bits) of SHA-256: no accidental collisions among a few thousand runs. */
const HASH_CHARS = 16;

export const articlePath = (env = process.env) =>
  join(env.HEARTH_SHARED_DIR ?? resolve(ROOT, '..', 'shared'), 'source', 'emotional-intimacy-article.txt');

/** Lower case, apostrophes dropped ("partner’s" → "partners"), everything else that is not a letter or digit a space. */
export function normalisedWords(text) {
  const normal = text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return normal === '' ? [] : normal.split(' ');
}

/** Every run of `length` consecutive normalised words of a text, in order (repeats kept). */
export function wordRuns(text, length = RUN_LENGTH) {
  const words = normalisedWords(text);
  const runs = [];
  for (let i = 0; i + length <= words.length; i++) runs.push(words.slice(i, i + length).join(' '));
  return runs;
}

export const fingerprint = (run) => createHash('sha256').update(run, 'utf8').digest('hex').slice(0, HASH_CHARS);

/** The fixture's content for an article's text: sorted, unique hashes of its runs. */
export function fingerprintsOf(articleText) {
  const hashes = [...new Set(wordRuns(articleText).map(fingerprint))].sort();
  return { runLength: RUN_LENGTH, hashChars: HASH_CHARS, count: hashes.length, hashes };
}

export const serialise = (fingerprints) => `${JSON.stringify(fingerprints, null, 1)}\n`;

function main() {
  const source = articlePath();
  if (!existsSync(source)) {
    console.error(`The article is not at ${source}. Set HEARTH_SHARED_DIR to the folder that holds source/.`);
    process.exit(1);
  }
  const fingerprints = fingerprintsOf(readFileSync(source, 'utf8'));
  writeFileSync(FIXTURE_PATH, serialise(fingerprints));
  console.log(`Wrote ${fingerprints.count} run hashes to ${FIXTURE_PATH}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
