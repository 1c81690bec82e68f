import { describe, expect, it } from 'vitest';
import { createEntry, listEntries, searchEntries, trashEntry, updateEntry } from '../../../../../src/main/core/journal';
import type { WritableDB } from '../../../../../src/main/core/db/connection';
import { useTempDirs } from '../../../../support/temp-dir';
import { addSession, at, noon, openJournal } from './fixture';

const tempDir = useTempDirs();
const bodies = (db: WritableDB, words: string, limit = 50) => searchEntries(db, words, limit).hits.map((h) => h.entry.body);

describe('search', () => {
  it('finds whole words and the last word as a prefix, ignoring case and accents, all words required', () => {
    const db = openJournal(tempDir());
    createEntry(db, { author: 'a', body: 'Coffee at the Café on the corner', at: noon('2026-03-01') });
    createEntry(db, { author: 'b', body: 'A lighthouse, then coffee', at: noon('2026-03-02') });
    expect(bodies(db, 'cafe')).toEqual(['Coffee at the Café on the corner']);
    expect(bodies(db, 'light')).toEqual(['A lighthouse, then coffee']);
    expect(bodies(db, 'COFFEE')).toEqual(['A lighthouse, then coffee', 'Coffee at the Café on the corner']);
    expect(bodies(db, 'coffee corner')).toEqual(['Coffee at the Café on the corner']);
    expect(bodies(db, 'corner coff')).toEqual(['Coffee at the Café on the corner']);
    // Only the last word is a prefix: "light" alone is not a word in either entry.
    expect(bodies(db, 'light coffee')).toEqual([]);
    db.close();
  });

  it('marks the matched words in a snippet made of plain-text segments', () => {
    const db = openJournal(tempDir());
    createEntry(db, { author: 'a', body: 'We <b>talked</b> about the lighthouse & the sea', at: noon('2026-03-01') });
    const [hit] = searchEntries(db, 'lighthouse', 10).hits;
    expect(hit!.snippet).toEqual([
      { text: 'We <b>talked</b> about the ', match: false },
      { text: 'lighthouse', match: true },
      { text: ' & the sea', match: false },
    ]);
    const [prefixHit] = searchEntries(db, 'talk', 10).hits;
    expect(prefixHit!.snippet.filter((s) => s.match)).toEqual([{ text: 'talked', match: true }]);
    db.close();
  });

  it('puts a back-dated entry at its date among the results, not on top', () => {
    const db = openJournal(tempDir());
    createEntry(db, { author: 'a', body: 'walk one', at: noon('2026-03-10') });
    createEntry(db, { author: 'a', body: 'walk three', at: noon('2026-03-12') });
    // Written last, but about the 11th, and one written about long ago.
    createEntry(db, { author: 'b', body: 'walk two', at: noon('2026-03-11') });
    createEntry(db, { author: 'b', body: 'walk zero', at: noon('2025-12-24') });
    expect(bodies(db, 'walk')).toEqual(['walk three', 'walk two', 'walk one', 'walk zero']);
    expect(listEntries(db, 10).entries.map((e) => e.body)).toEqual(['walk three', 'walk two', 'walk one', 'walk zero']);
    // And page by page: the back-dated entries fall on the page of their dates.
    const first = searchEntries(db, 'walk', 2);
    expect(first.hits.map((h) => h.entry.body)).toEqual(['walk three', 'walk two']);
    const second = searchEntries(db, 'walk', 2, first.nextCursor!);
    expect(second.hits.map((h) => h.entry.body)).toEqual(['walk one', 'walk zero']);
    expect(second.nextCursor).toBeNull();
    db.close();
  });

  it('follows edits and deletes', () => {
    const db = openJournal(tempDir());
    const entry = createEntry(db, { author: 'a', body: 'The orchard in bloom', at: noon('2026-03-01') });
    updateEntry(db, entry.id, { body: 'The meadow in bloom' }, 1);
    expect(bodies(db, 'orchard')).toEqual([]);
    expect(bodies(db, 'meadow')).toEqual(['The meadow in bloom']);
    trashEntry(db, entry.id, 2);
    expect(bodies(db, 'meadow')).toEqual([]);
    expect(bodies(db, 'bloom')).toEqual([]);
    db.close();
  });

  it('combines search with author, theme, tag and date filters, page by page', () => {
    const db = openJournal(tempDir());
    const listening = addSession(db, 'active-listening', '2026-03-05');
    const trust = addSession(db, 'cultivate-trust', '2026-03-06');
    const add = (author: 'a' | 'b' | 'both', day: string, tags: string[], sessionId?: string) =>
      createEntry(db, { author, body: `dinner talk ${author} ${day}`, tags, sessionId, at: noon(day) }).body;
    const e2 = add('both', '2026-03-05', ['home'], listening);
    const e3 = add('b', '2026-03-05', ['out'], listening);
    const e5 = add('a', '2026-03-09', ['home', 'out']);
    const e4 = add('a', '2026-03-06', ['home'], trust); // back-dated by three days
    const e1 = add('a', '2026-03-01', ['home']); // back-dated by a week
    createEntry(db, { author: 'a', body: 'breakfast only', tags: ['home'], at: noon('2026-03-07') });

    const search = (filter: Parameters<typeof searchEntries>[4], limit = 50) =>
      searchEntries(db, 'dinner', limit, undefined, filter).hits.map((h) => h.entry.body);
    expect(search({ authors: ['a'] })).toEqual([e5, e4, e1]);
    expect(search({ authors: ['a', 'both'] })).toEqual([e5, e4, e2, e1]);
    expect(search({ themes: ['active-listening'] })).toEqual([e3, e2]);
    expect(search({ themes: ['active-listening', 'cultivate-trust'], authors: ['a', 'both'] })).toEqual([e4, e2]);
    expect(search({ tags: ['out'] })).toEqual([e5, e3]);
    expect(search({ from: '2026-03-05', to: '2026-03-06' })).toEqual([e4, e3, e2]);
    expect(search({ authors: ['a', 'both'], tags: ['home'], from: '2026-03-02' })).toEqual([e5, e4, e2]);
    expect(search({ themes: ['quality-time'] })).toEqual([]);

    // The same filters without words: the list.
    expect(listEntries(db, 50, undefined, { tags: ['home'], to: '2026-03-06' }).entries.map((e) => e.body)).toEqual([e4, e2, e1]);

    // Keyset pages of a filtered search add up to the whole answer, in order, without repeats.
    const filter = { authors: ['a', 'both'] as ('a' | 'both')[], tags: ['home'] };
    const pages: string[] = [];
    let cursor: Parameters<typeof searchEntries>[3];
    do {
      const page = searchEntries(db, 'dinner', 1, cursor, filter);
      pages.push(...page.hits.map((h) => h.entry.body));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual([e5, e4, e2, e1]);
    db.close();
  });

  it('filters by the writer’s local day, not the UTC day', () => {
    const db = openJournal(tempDir());
    // 21:00 on 5 March in UTC-5 is 02:00 on 6 March in UTC.
    createEntry(db, { author: 'a', body: 'late evening', at: at('2026-03-06T02:00:00Z', -300) });
    // 08:00 on 6 March in UTC+14 is 18:00 on 5 March in UTC.
    createEntry(db, { author: 'b', body: 'early morning', at: at('2026-03-05T18:00:00Z', 840) });
    expect(searchEntries(db, 'late', 5, undefined, { from: '2026-03-05', to: '2026-03-05' }).hits).toHaveLength(1);
    expect(searchEntries(db, 'late', 5, undefined, { from: '2026-03-06' }).hits).toHaveLength(0);
    expect(searchEntries(db, 'early', 5, undefined, { from: '2026-03-06', to: '2026-03-06' }).hits).toHaveLength(1);
    expect(listEntries(db, 5, undefined, { to: '2026-03-05' }).entries.map((e) => e.body)).toEqual(['late evening']);
    db.close();
  });

  it('never throws on hostile or odd input, and treats syntax as words', () => {
    const db = openJournal(tempDir());
    createEntry(db, { author: 'a', body: 'near the sea, this or that; not now', at: noon('2026-03-01') });
    const hostile = [
      '"', '""', '"""', '*', '**', 'NEAR(', 'NEAR(sea now', 'OR', 'AND', 'NOT', '-', '-sea', 'sea -', '^sea',
      'body:sea', '{body}: sea', '(sea', 'sea)', "'", 'sea"', '"sea', 'sea*"', '\\', '\0', '\u{1F600}', '   ',
      '', '.,;:!?', 'x'.repeat(10_000), 'sea '.repeat(3_000), '\uFDD0sea\uFDD1', '\uD800',
    ];
    for (const words of hostile) {
      expect(() => searchEntries(db, words, 10, undefined, { authors: ['a'] }), JSON.stringify(words.slice(0, 20))).not.toThrow();
    }
    // Nothing searchable: nothing found, quietly.
    for (const words of ['', '   ', '"', '*', '-', '.,;:!?', '\u{1F600}']) expect(bodies(db, words)).toEqual([]);
    // Operators are just words.
    expect(bodies(db, 'OR')).toHaveLength(1);
    expect(bodies(db, 'NEAR(')).toHaveLength(1);
    expect(bodies(db, 'NOT')).toHaveLength(1);
    expect(bodies(db, '"sea')).toHaveLength(1);
    expect(bodies(db, '-sea')).toHaveLength(1);
    expect(bodies(db, 'sea OR ocean')).toEqual([]);
    expect(bodies(db, 'x'.repeat(10_000))).toEqual([]);
    db.close();
  });
});
