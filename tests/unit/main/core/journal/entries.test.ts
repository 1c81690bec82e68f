import { describe, expect, it } from 'vitest';
import {
  createEntry,
  emptyTrash,
  getEntry,
  listEntries,
  listTags,
  listTrash,
  restoreEntry,
  searchEntries,
  trashEntry,
  updateEntry,
} from '../../../../../src/main/core/journal';
import type { WritableDB } from '../../../../../src/main/core/db/connection';
import { useTempDirs } from '../../../../support/temp-dir';
import { addSession, at, noon, openJournal } from './fixture';

const tempDir = useTempDirs();
const found = (db: WritableDB, words: string) => searchEntries(db, words, 50).hits.map((h) => h.entry.body);
/** Does any page of the full-text index still hold these bytes? */
const indexHolds = (db: WritableDB, word: string) =>
  (db.prepare(`SELECT count(*) AS n FROM entries_fts_data WHERE instr(block, CAST(? AS BLOB)) > 0`).get(word) as { n: number }).n > 0;

describe('journal entries', () => {
  it('saves an entry with its author, mood, tags, session and local day', () => {
    const db = openJournal(tempDir());
    const session = addSession(db, 'active-listening', '2026-03-02');
    // 23:30 on 1 March in New York is already 2 March in UTC: the day is the writer's.
    const entry = createEntry(db, {
      author: 'both',
      body: 'We listened.',
      kind: 'reflection',
      mood: 4,
      tags: ['walks', 'us', 'walks'],
      sessionId: session,
      at: at('2026-03-02T04:30:00Z', -300),
    });
    expect(entry).toMatchObject({
      author: 'both',
      kind: 'reflection',
      mood: 4,
      tags: ['us', 'walks'],
      sessionId: session,
      day: '2026-03-01',
      createdAt: Date.parse('2026-03-02T04:30:00Z'),
    });
    expect(getEntry(db, entry.id)).toEqual(entry);
    expect(() => createEntry(db, { author: 'a', body: 'x', sessionId: 'no-such-session', at: noon('2026-03-02') })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    db.close();
  });

  it('keeps several entries a day, even in the same millisecond, newest first', () => {
    const db = openJournal(tempDir());
    const same = at('2026-03-02T09:00:00Z');
    for (const body of ['first', 'second', 'third']) createEntry(db, { author: 'a', body, at: same });
    createEntry(db, { author: 'b', body: 'later', at: at('2026-03-02T18:00:00Z') });
    expect(listEntries(db, 10).entries.map((e) => e.body)).toEqual(['later', 'third', 'second', 'first']);
    db.close();
  });

  it('edits body, mood and tags, bumps updated_at, and search follows the new words', () => {
    const db = openJournal(tempDir());
    const entry = createEntry(db, { author: 'a', body: 'The lighthouse at dusk', mood: 2, tags: ['sea'], at: noon('2026-03-02') });
    const edited = updateEntry(db, entry.id, { body: 'The harbour at dawn', mood: null, tags: ['boats', 'morning'] }, 5_000);
    expect(edited).toMatchObject({ body: 'The harbour at dawn', mood: null, tags: ['boats', 'morning'], updatedAt: 5_000 });
    expect(edited.createdAt).toBe(entry.createdAt);
    expect(found(db, 'lighthouse')).toEqual([]);
    expect(found(db, 'harbour')).toEqual(['The harbour at dawn']);
    // Only what is given changes.
    expect(updateEntry(db, entry.id, { mood: 5 }, 6_000)).toMatchObject({ body: 'The harbour at dawn', mood: 5, tags: ['boats', 'morning'] });
    expect(listTags(db)).toEqual([
      { tag: 'boats', count: 1 },
      { tag: 'morning', count: 1 },
    ]);
    expect(() => updateEntry(db, 'missing', { mood: 1 }, 7_000)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    db.close();
  });

  it('moves an entry to the trash, out of lists, search and tags, and brings it back', () => {
    const db = openJournal(tempDir());
    const kept = createEntry(db, { author: 'a', body: 'Picnic by the river', tags: ['outside'], at: noon('2026-03-01') });
    const gone = createEntry(db, { author: 'b', body: 'River walk in the rain', tags: ['outside'], at: noon('2026-03-02') });
    expect(trashEntry(db, gone.id, 9_000)).toEqual({ id: gone.id, deletedAt: 9_000 });
    expect(getEntry(db, gone.id)).toBeNull();
    expect(listEntries(db, 10).entries.map((e) => e.id)).toEqual([kept.id]);
    expect(found(db, 'river')).toEqual(['Picnic by the river']);
    expect(listTags(db)).toEqual([{ tag: 'outside', count: 1 }]);
    expect(listTrash(db, 10)).toEqual({ entries: [{ ...gone, deletedAt: 9_000 }], nextCursor: null });
    expect(() => updateEntry(db, gone.id, { mood: 1 }, 9_500)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => trashEntry(db, gone.id, 9_600)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));

    expect(restoreEntry(db, gone.id)).toEqual(gone);
    expect(found(db, 'river')).toEqual(['River walk in the rain', 'Picnic by the river']);
    expect(listTrash(db, 10).entries).toEqual([]);
    expect(() => restoreEntry(db, gone.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    db.close();
  });

  it('lists the trash most recently deleted first, a page at a time', () => {
    const db = openJournal(tempDir());
    const ids = ['one', 'two', 'three'].map((body, i) => createEntry(db, { author: 'a', body, at: noon(`2026-03-0${i + 1}`) }).id);
    trashEntry(db, ids[1]!, 100);
    trashEntry(db, ids[0]!, 200);
    trashEntry(db, ids[2]!, 300);
    const first = listTrash(db, 2);
    expect(first.entries.map((e) => e.body)).toEqual(['three', 'one']);
    const rest = listTrash(db, 2, first.nextCursor!);
    expect(rest).toMatchObject({ entries: [{ body: 'two', deletedAt: 100 }], nextCursor: null });
    db.close();
  });

  it('empties the trash for good: rows, tags and the words in the index are gone, the rest stays', () => {
    const db = openJournal(tempDir());
    const kept = createEntry(db, { author: 'a', body: 'qqkeptword stays', tags: ['k'], at: noon('2026-03-01') });
    const gone = createEntry(db, { author: 'b', body: 'qqsecretword leaves', tags: ['g'], at: noon('2026-03-02') });
    trashEntry(db, gone.id, 1_000);
    expect(indexHolds(db, 'qqsecretword')).toBe(true);

    expect(emptyTrash(db)).toEqual({ removed: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM entries WHERE uid = ?').get(gone.id)).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM entry_tags WHERE tag = 'g'`).get()).toEqual({ n: 0 });
    expect(indexHolds(db, 'qqsecretword')).toBe(false);
    expect(indexHolds(db, 'qqkeptword')).toBe(true);
    expect(found(db, 'qqsecretword')).toEqual([]);
    expect(() => restoreEntry(db, gone.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(listEntries(db, 10).entries).toEqual([kept]);
    expect(emptyTrash(db)).toEqual({ removed: 0 });
    db.close();
  });
});
