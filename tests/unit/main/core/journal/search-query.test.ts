import { describe, expect, it } from 'vitest';
import { toFtsQuery, toSegments } from '../../../../../src/main/core/journal';

describe('toFtsQuery: what was typed, made safe for FTS5', () => {
  it('quotes every word, ANDs them, and lets the last one match as a prefix', () => {
    expect(toFtsQuery('lighthouse')).toBe('"lighthouse"*');
    expect(toFtsQuery('  quiet   evening walk ')).toBe('"quiet" "evening" "walk"*');
  });

  it('turns operators and syntax into plain words', () => {
    expect(toFtsQuery('sea OR ocean')).toBe('"sea" "OR" "ocean"*');
    expect(toFtsQuery('NEAR(a b)')).toBe('"NEAR(a" "b)"*');
    expect(toFtsQuery('body:secret -not ^first')).toBe('"body:secret" "-not" "^first"*');
    expect(toFtsQuery('say "hi')).toBe('"say" """hi"*');
    expect(toFtsQuery('don"t')).toBe('"don""t"*');
  });

  it('returns null when nothing searchable is left', () => {
    for (const typed of ['', '   ', '"', '" "', '*', '-', '()', '.,;:!?', '\u{1F600} \u{1F601}']) {
      expect(toFtsQuery(typed), typed).toBeNull();
    }
  });

  it('keeps at most 16 words of the first 1,000 characters', () => {
    const query = toFtsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!;
    expect(query.split(' ')).toHaveLength(16);
    expect(query.endsWith('"w15"*')).toBe(true);
    expect(toFtsQuery('x'.repeat(10_000))).toBe(`"${'x'.repeat(1000)}"*`);
  });
});

describe('toSegments', () => {
  it('splits a marked snippet into text and matched words', () => {
    expect(toSegments('a \uFDD0b\uFDD1 c \uFDD0d\uFDD1')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c ', match: false },
      { text: 'd', match: true },
    ]);
    expect(toSegments('')).toEqual([]);
    expect(toSegments('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', match: false }]);
  });
});
