import { describe, expect, it } from 'vitest';
import { createCheckIn, latestCheckIns, listCheckIns } from '../../../../../src/main/core/checkins';
import { useTempDirs } from '../../../../support/temp-dir';
import { at, noon, openJournal } from '../journal/fixture';

const tempDir = useTempDirs();

describe('check-ins', () => {
  it('saves the three ratings, a trimmed note (a blank one as none) and the partner’s local day', () => {
    const db = openJournal(tempDir());
    // 22:00 on 12 March in UTC-5 is 03:00 on 13 March in UTC.
    const late = createCheckIn(db, { partner: 'b', close: 4, safe: 5, heard: 3, note: '  Long day, better now. ', at: at('2026-03-13T03:00:00Z', -300) });
    expect(late).toEqual({
      id: expect.any(String),
      partner: 'b',
      close: 4,
      safe: 5,
      heard: 3,
      note: 'Long day, better now.',
      createdAt: Date.parse('2026-03-13T03:00:00Z'),
      day: '2026-03-12',
    });
    expect(createCheckIn(db, { partner: 'a', close: 1, safe: 1, heard: 1, note: '   ', at: noon('2026-03-12') }).note).toBeNull();
    expect(() => createCheckIn(db, { partner: 'a', close: 6, safe: 1, heard: 1, at: noon('2026-03-12') })).toThrow(/CHECK/);
    db.close();
  });

  it('lists several a day, newest first, by day range and partner, a page at a time', () => {
    const db = openJournal(tempDir());
    const add = (partner: 'a' | 'b', iso: string, close: number) =>
      createCheckIn(db, { partner, close, safe: 3, heard: 3, at: at(iso) });
    add('a', '2026-03-01T08:00:00Z', 1);
    add('a', '2026-03-02T08:00:00Z', 2);
    add('b', '2026-03-02T09:00:00Z', 3);
    add('a', '2026-03-02T20:00:00Z', 4);
    add('b', '2026-03-03T08:00:00Z', 5);
    const closeness = (page: { checkIns: { close: number }[] }) => page.checkIns.map((c) => c.close);

    expect(closeness(listCheckIns(db, { limit: 10 }))).toEqual([5, 4, 3, 2, 1]);
    expect(closeness(listCheckIns(db, { from: '2026-03-02', to: '2026-03-02', limit: 10 }))).toEqual([4, 3, 2]);
    expect(closeness(listCheckIns(db, { partner: 'a', from: '2026-03-02', limit: 10 }))).toEqual([4, 2]);
    const first = listCheckIns(db, { limit: 2 });
    expect(closeness(first)).toEqual([5, 4]);
    const second = listCheckIns(db, { limit: 2, before: first.nextCursor! });
    expect(closeness(second)).toEqual([3, 2]);
    const third = listCheckIns(db, { limit: 2, before: second.nextCursor! });
    expect(third).toMatchObject({ checkIns: [{ close: 1 }], nextCursor: null });
    db.close();
  });

  it('knows each partner’s latest check-in, or none yet', () => {
    const db = openJournal(tempDir());
    expect(latestCheckIns(db)).toEqual({ a: null, b: null });
    createCheckIn(db, { partner: 'a', close: 2, safe: 2, heard: 2, at: at('2026-03-02T08:00:00Z') });
    // Entered later but about an earlier moment: not the latest.
    createCheckIn(db, { partner: 'a', close: 1, safe: 1, heard: 1, at: at('2026-03-01T08:00:00Z') });
    createCheckIn(db, { partner: 'a', close: 4, safe: 4, heard: 4, at: at('2026-03-03T08:00:00Z') });
    const latest = latestCheckIns(db);
    expect(latest.a).toMatchObject({ partner: 'a', close: 4, day: '2026-03-03' });
    expect(latest.b).toBeNull();
    db.close();
  });
});
