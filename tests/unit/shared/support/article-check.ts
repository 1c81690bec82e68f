// The copy check, from the repository alone: Hearth's strings against hashes of every
// six-word run of the source article (tests/fixtures/article-runs.json, written by
// scripts/article-fingerprints.mjs). The fixture holds no article text, and nothing here
// ever returns any: a finding is a run of the *checked* text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PROJECT_ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', '..');

export interface ArticleFingerprints {
  readonly runLength: number;
  readonly hashChars: number;
  readonly count: number;
  readonly hashes: readonly string[];
}

/** The pure helpers of scripts/article-fingerprints.mjs (plain JS, so typed here by hand). */
export interface FingerprintScript {
  readonly FIXTURE_PATH: string;
  readonly RUN_LENGTH: number;
  articlePath(env?: Record<string, string | undefined>): string;
  normalisedWords(text: string): string[];
  wordRuns(text: string, length?: number): string[];
  fingerprint(run: string): string;
  fingerprintsOf(articleText: string): ArticleFingerprints;
  serialise(fingerprints: ArticleFingerprints): string;
}

// One normalisation and one hash for the script and the check, so they cannot drift apart.
export const script = (await import(
  /* @vite-ignore */ pathToFileURL(join(PROJECT_ROOT, 'scripts', 'article-fingerprints.mjs')).href
)) as FingerprintScript;

export const FIXTURE_PATH = script.FIXTURE_PATH;

export function committedFingerprints(): ArticleFingerprints {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as ArticleFingerprints;
}

const COMMITTED = new Set(committedFingerprints().hashes);

/**
 * The six-word runs of `text` whose hash is one of the article's, each quoted with the text
 * it came from. Empty when the text shares no run of six words with the article.
 * `hashes` defaults to the committed fixture; tests of the check itself pass their own.
 */
export function sharedRunsWithArticle(text: string, hashes: ReadonlySet<string> = COMMITTED): string[] {
  return script
    .wordRuns(text)
    .filter((run) => hashes.has(script.fingerprint(run)))
    .map((run) => `"${run}" in "${text}"`);
}

/** The same over many strings. */
export function copiedRuns(texts: readonly string[], hashes?: ReadonlySet<string>): string[] {
  return texts.flatMap((text) => sharedRunsWithArticle(text, hashes));
}

/** The article's text when it sits beside the repository (../shared/source), else undefined. */
export function articleIfPresent(): string | undefined {
  const path = script.articlePath();
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
