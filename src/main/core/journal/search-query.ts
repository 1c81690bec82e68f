import type { SnippetSegment } from '../../../shared/ipc/features/journal';

/** Enough for any real search; the rest of a pasted essay is ignored rather than refused. */
export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_TERMS = 16;

/** A word worth searching has a letter or a digit; the tokenizer drops everything else. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Turns what a person typed into a safe FTS5 query: each whitespace-separated word becomes
 * a quoted string (quotes inside doubled), so `OR`, `NEAR(`, `-`, `*`, `:` and column names
 * are only ever words to find, never syntax. Words are ANDed; the last one also matches as
 * a prefix, so results follow the typing. Returns null when nothing searchable is left.
 */
export function toFtsQuery(typed: string): string | null {
  const words = [...typed]
    .slice(0, MAX_QUERY_CHARS)
    .join('')
    .split(/\s+/u)
    .filter((word) => HAS_WORD.test(word))
    .slice(0, MAX_QUERY_TERMS);
  if (words.length === 0) return null;
  return words.map((word, i) => `"${word.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * Unicode noncharacters: never part of interchanged text, so they can mark the matched
 * words in FTS5's snippet() and be split out again here. The renderer gets segments and
 * sets them as text, never as HTML.
 */
export const MATCH_OPEN = '\uFDD0';
export const MATCH_CLOSE = '\uFDD1';
const MARKERS = /([\uFDD0\uFDD1])/u;

export function toSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  for (const part of marked.split(MARKERS)) {
    if (part === MATCH_OPEN) match = true;
    else if (part === MATCH_CLOSE) match = false;
    else if (part.length > 0) segments.push({ text: part, match });
  }
  return segments;
}
