import { describe, expect, it } from 'vitest';
import { buildTimeline, gentleStreak, listEvents } from '../../../../../src/main/core/timeline';
import { useTempDirs } from '../../../../support/temp-dir';
import { addSession, openJournal } from '../journal/fixture';
import { buildCoupleJournal } from './couple';

const tempDir = useTempDirs();
const couple = () => {
  const db = openJournal(tempDir());
  buildCoupleJournal(db);
  return db;
};
const none = { a: null, b: null };
const empty = { sessions: { total: 0, byTheme: {} }, checkIns: none, entries: 0 };

describe('timeline buckets', () => {
  it('counts weeks starting on Monday', () => {
    const db = couple();
    const t = buildTimeline(db, { from: '2026-03-01', to: '2026-04-05', bucket: 'week', weekStartsOn: 1 }, '2026-04-05');
    expect(t.buckets).toEqual([
      { start: '2026-02-23', end: '2026-03-01', ...empty },
      {
        start: '2026-03-02',
        end: '2026-03-08',
        sessions: { total: 3, byTheme: { 'active-listening': 2, 'cultivate-trust': 1 } },
        checkIns: { a: { close: 3, safe: 3, heard: 4, count: 3 }, b: { close: 5, safe: 5, heard: 5, count: 1 } },
        entries: 3,
      },
      {
        start: '2026-03-09',
        end: '2026-03-15',
        sessions: { total: 2, byTheme: { 'quality-time': 1, 'share-feelings': 1 } },
        checkIns: { a: null, b: { close: 3.5, safe: 4, heard: 3, count: 2 } },
        entries: 1,
      },
      { start: '2026-03-16', end: '2026-03-22', ...empty },
      {
        start: '2026-03-23',
        end: '2026-03-29',
        sessions: { total: 2, byTheme: { 'fear-of-vulnerability': 1, 'active-listening': 1 } },
        checkIns: none,
        entries: 0,
      },
      {
        start: '2026-03-30',
        end: '2026-04-05',
        sessions: { total: 1, byTheme: { 'quality-time': 1 } },
        checkIns: { a: { close: 5, safe: 4, heard: 4, count: 1 }, b: null },
        entries: 1,
      },
    ]);
    expect(t.totals).toEqual({ sessions: 8, checkIns: 7, entries: 5 });
    db.close();
  });

  it('counts the same days differently when weeks start on Sunday', () => {
    const db = couple();
    const t = buildTimeline(db, { from: '2026-03-01', to: '2026-04-05', bucket: 'week', weekStartsOn: 0 }, '2026-04-05');
    expect(t.buckets.map((b) => [b.start, b.end, b.sessions.total, b.entries])).toEqual([
      ['2026-03-01', '2026-03-07', 2, 2],
      ['2026-03-08', '2026-03-14', 2, 1],
      ['2026-03-15', '2026-03-21', 1, 1],
      ['2026-03-22', '2026-03-28', 1, 0],
      ['2026-03-29', '2026-04-04', 2, 1],
      ['2026-04-05', '2026-04-11', 0, 0],
    ]);
    expect(t.buckets.map((b) => b.sessions.byTheme)).toEqual([
      { 'active-listening': 2 },
      { 'cultivate-trust': 1, 'quality-time': 1 },
      { 'share-feelings': 1 },
      { 'fear-of-vulnerability': 1 },
      { 'active-listening': 1, 'quality-time': 1 },
      {},
    ]);
    expect(t.buckets[0]!.checkIns).toEqual({ a: { close: 3, safe: 3, heard: 4, count: 3 }, b: { close: 5, safe: 5, heard: 5, count: 1 } });
    expect(t.buckets[1]!.checkIns).toEqual({ a: null, b: { close: 3.5, safe: 4, heard: 3, count: 2 } });
    db.close();
  });

  it('counts months, with each partner’s check-in averages', () => {
    const db = couple();
    const t = buildTimeline(db, { from: '2026-01-01', to: '2026-04-30', bucket: 'month', weekStartsOn: 1 }, '2026-04-05');
    expect(t.buckets).toEqual([
      { start: '2026-01-01', end: '2026-01-31', ...empty },
      { start: '2026-02-01', end: '2026-02-28', ...empty, sessions: { total: 1, byTheme: { 'cultivate-trust': 1 } } },
      {
        start: '2026-03-01',
        end: '2026-03-31',
        sessions: {
          total: 7,
          byTheme: { 'active-listening': 3, 'cultivate-trust': 1, 'quality-time': 1, 'share-feelings': 1, 'fear-of-vulnerability': 1 },
        },
        checkIns: { a: { close: 3, safe: 3, heard: 4, count: 3 }, b: { close: 4, safe: 4.33, heard: 3.67, count: 3 } },
        entries: 5,
      },
      {
        start: '2026-04-01',
        end: '2026-04-30',
        sessions: { total: 1, byTheme: { 'quality-time': 1 } },
        checkIns: { a: { close: 5, safe: 4, heard: 4, count: 1 }, b: null },
        entries: 0,
      },
    ]);
    expect(t.totals).toEqual({ sessions: 9, checkIns: 7, entries: 5 });
    db.close();
  });

  it('reaches back to the first record for "all time", and to today', () => {
    const db = couple();
    const t = buildTimeline(db, { bucket: 'month', weekStartsOn: 1 }, '2026-04-05');
    expect([t.from, t.to]).toEqual(['2026-02-10', '2026-04-05']);
    expect(t.buckets.map((b) => [b.start, b.sessions.total])).toEqual([
      ['2026-02-01', 1],
      ['2026-03-01', 7],
      ['2026-04-01', 1],
    ]);
    const fresh = openJournal(tempDir());
    const nothing = buildTimeline(fresh, { bucket: 'week', weekStartsOn: 1 }, '2026-04-05');
    expect(nothing).toMatchObject({ from: '2026-04-05', to: '2026-04-05', streak: { weeks: 0, thisWeekDone: false } });
    expect(nothing.buckets).toEqual([{ start: '2026-03-30', end: '2026-04-05', ...empty }]);
    expect(nothing.events).toEqual({ events: [], nextCursor: null });
    db.close();
    fresh.close();
  });

  it('refuses a range too long to chart by week, kindly', () => {
    const db = openJournal(tempDir());
    expect(() => buildTimeline(db, { from: '1900-01-01', to: '2026-01-01', bucket: 'week', weekStartsOn: 1 }, '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(buildTimeline(db, { from: '1900-01-01', to: '2026-01-01', bucket: 'month', weekStartsOn: 1 }, '2026-01-01').buckets).toHaveLength(1513);
    db.close();
  });
});

describe('gentle streak', () => {
  it('counts weeks in a row up to this one; an unfinished week does not break it; a gap does', () => {
    const db = couple();
    // Monday weeks, on Sunday 5 April: this week (30 Mar–5 Apr) has a session, so has 23–29 Mar; 16–22 Mar has none.
    expect(gentleStreak(db, '2026-04-05', 1)).toEqual({ weeks: 2, thisWeekDone: true });
    // Sunday weeks, same day: this week (5–11 Apr) has none yet and is still going; the five before it each have one.
    expect(gentleStreak(db, '2026-04-05', 0)).toEqual({ weeks: 5, thisWeekDone: false });
    // Monday weeks on Wednesday 8 April: this week has none yet; 30 Mar and 23 Mar weeks, then the gap.
    expect(gentleStreak(db, '2026-04-08', 1)).toEqual({ weeks: 2, thisWeekDone: false });
    // Two quiet weeks later: simply no streak right now.
    expect(gentleStreak(db, '2026-04-20', 0)).toEqual({ weeks: 0, thisWeekDone: false });
    expect(gentleStreak(db, '2026-04-20', 1)).toEqual({ weeks: 0, thisWeekDone: false });
    // Picking up again this week starts a new one.
    addSession(db, 'quality-time', '2026-04-20');
    expect(gentleStreak(db, '2026-04-20', 1)).toEqual({ weeks: 1, thisWeekDone: true });
    // Back in time, sessions after "today" do not count.
    expect(gentleStreak(db, '2026-03-09', 1)).toEqual({ weeks: 1, thisWeekDone: false });
    db.close();
  });
});

describe('timeline events', () => {
  it('lists what happened in the range, newest first, without journal text, page by page', () => {
    const db = couple();
    const range = { from: '2026-03-29', to: '2026-04-05' };
    const all = listEvents(db, range, 10);
    expect(all.events.map((e) => [e.kind, e.day])).toEqual([
      ['check-in', '2026-04-02'],
      ['session', '2026-04-01'],
      ['entry', '2026-03-30'],
      ['session', '2026-03-29'],
    ]);
    expect(all.events[0]).toEqual({
      kind: 'check-in',
      id: expect.any(String),
      at: Date.parse('2026-04-02T12:00:00Z'),
      day: '2026-04-02',
      partner: 'a',
      hasNote: false,
    });
    expect(all.events[1]).toMatchObject({ kind: 'session', theme: 'quality-time', exerciseId: 'exercise-quality-time' });
    expect(all.events[2]).toMatchObject({ kind: 'entry', author: 'b', entryKind: 'free', mood: null, fromSession: false });
    expect(JSON.stringify(all)).not.toContain('evening');
    expect(all.nextCursor).toBeNull();

    const first = listEvents(db, range, 3);
    expect(first.events).toEqual(all.events.slice(0, 3));
    expect(listEvents(db, range, 3, first.nextCursor!)).toEqual({ events: all.events.slice(3), nextCursor: null });

    // The day is the writer's: b's check-in at 02:00 UTC on the 13th belongs to the 12th.
    expect(listEvents(db, { from: '2026-03-12', to: '2026-03-12' }, 10).events).toMatchObject([{ kind: 'check-in', partner: 'b', day: '2026-03-12' }]);
    // The trashed entry of 4 March is not an event.
    expect(listEvents(db, { from: '2026-03-04', to: '2026-03-04' }, 10).events.map((e) => e.kind)).toEqual(['session']);
    db.close();
  });
});
