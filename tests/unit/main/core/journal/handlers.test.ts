import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { dispatch } from '../../../../../src/main/core/ipc/dispatch';
import { openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const UTC = { offsetMinutes: 0 };

async function openJournal() {
  const { hearth } = await openTestJournal(tempDir(), { clock: () => Date.UTC(2026, 3, 5, 12) });
  const handlers = createHandlers(hearth);
  const ask = async (channel: string, input?: unknown) => dispatch(handlers, channel, input);
  const value = async <T>(channel: string, input?: unknown) => {
    const result = await ask(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value as T;
  };
  return { hearth, ask, value };
}

describe('journal, check-in and timeline channels', () => {
  it('carry a whole journal round: write, find, edit, trash, restore, empty', async () => {
    const { ask, value } = await openJournal();
    const entry = await value<{ id: string }>('entries.create', { author: 'a', body: 'Tea in the garden', tags: ['home'], at: { utc: Date.UTC(2026, 3, 1, 9), ...UTC } });
    expect(await value('entries.search', { query: 'garden', limit: 10 })).toMatchObject({
      hits: [{ entry: { id: entry.id }, snippet: [{ text: 'Tea in the ', match: false }, { text: 'garden', match: true }] }],
      nextCursor: null,
    });
    expect(await value('entries.update', { id: entry.id, body: 'Tea on the balcony', mood: 4 })).toMatchObject({ mood: 4, updatedAt: Date.UTC(2026, 3, 5, 12) });
    expect(await value('entries.list', { limit: 5, filter: { tags: ['home'], authors: ['a'] } })).toMatchObject({ entries: [{ id: entry.id }] });
    expect(await value('entries.tags')).toEqual([{ tag: 'home', count: 1 }]);
    expect(await value('entries.delete', { id: entry.id })).toEqual({ id: entry.id, deletedAt: Date.UTC(2026, 3, 5, 12) });
    expect(await ask('entries.get', { id: entry.id })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That entry is no longer in the journal.' } });
    expect(await value('entries.trash.list', { limit: 5 })).toMatchObject({ entries: [{ id: entry.id, body: 'Tea on the balcony' }] });
    expect(await value('entries.restore', { id: entry.id })).toMatchObject({ id: entry.id });
    await value('entries.delete', { id: entry.id });
    expect(await value('entries.trash.empty', { confirm: true })).toEqual({ removed: 1 });
    expect(await value('journal.summary')).toMatchObject({ entryCount: 0 });
  });

  it('carry check-ins and the timeline, with today from the clock', async () => {
    const { value } = await openJournal();
    await value('checkins.create', { partner: 'b', close: 4, safe: 5, heard: 3, note: 'Better today' });
    expect(await value('checkins.latest')).toMatchObject({ a: null, b: { close: 4, day: '2026-04-05' } });
    expect(await value('checkins.list', { from: '2026-04-01', limit: 10 })).toMatchObject({ checkIns: [{ partner: 'b' }], nextCursor: null });
    const timeline = await value<Record<string, unknown>>('timeline.get', { bucket: 'week', weekStartsOn: 1 });
    expect(timeline).toMatchObject({
      from: '2026-04-05',
      to: '2026-04-05',
      buckets: [{ start: '2026-03-30', end: '2026-04-05', checkIns: { a: null, b: { close: 4, safe: 5, heard: 3, count: 1 } } }],
      streak: { weeks: 0, thisWeekDone: false },
      events: { events: [{ kind: 'check-in', partner: 'b', hasNote: true }], nextCursor: null },
    });
    expect(JSON.stringify(timeline)).not.toContain('Better today');
    expect(await value('timeline.events', { from: '2026-04-05', limit: 1 })).toMatchObject({ events: [{ kind: 'check-in' }] });
  });

  it('refuse malformed requests before touching the journal', async () => {
    const { ask } = await openJournal();
    const refused: [string, unknown][] = [
      ['entries.search', { query: 'x'.repeat(1001), limit: 10 }],
      ['entries.search', { query: 'tea', limit: 0 }],
      ['entries.search', { query: 'tea', limit: 10, filter: { authors: ['c'] } }],
      ['entries.search', { query: 'tea', limit: 10, filter: { themes: ['nonsense'] } }],
      ['entries.search', { query: 'tea', limit: 10, filter: { from: '2026-02-30' } }],
      ['entries.search', { query: 'tea', limit: 10, filter: { from: '2026-03-02', to: '2026-03-01' } }],
      ['entries.search', { query: 'tea', limit: 10, filter: { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } }],
      ['entries.list', { limit: 10, filter: { authors: [] } }],
      ['entries.update', { id: 'x', body: '   ' }],
      ['entries.update', { id: 'x', mood: 6 }],
      ['entries.trash.empty', undefined],
      ['entries.trash.empty', { confirm: false }],
      ['entries.create', { author: 'a', body: 'x', sessionId: 'y'.repeat(65) }],
      ['checkins.create', { partner: 'both', close: 3, safe: 3, heard: 3 }],
      ['checkins.create', { partner: 'a', close: 0, safe: 3, heard: 3 }],
      ['checkins.create', { partner: 'a', close: 3, safe: 3, heard: 3.5 }],
      ['checkins.create', { partner: 'a', close: 3, safe: 3, heard: 3, note: 'n'.repeat(2001) }],
      ['checkins.list', { limit: 10, from: '2026-13-01' }],
      ['checkins.list', { limit: 10, from: '0000-01-01' }],
      ['checkins.list', { limit: 10, to: '2026-1-1' }],
      ['timeline.get', { bucket: 'day', weekStartsOn: 1 }],
      ['timeline.get', { bucket: 'week', weekStartsOn: 7 }],
      ['timeline.get', { bucket: 'week' }],
      ['timeline.get', { bucket: 'week', weekStartsOn: 1, from: '2026-05-01', to: '2026-04-01' }],
      ['timeline.events', { limit: 501 }],
    ];
    for (const [channel, input] of refused) {
      expect(await ask(channel, input), `${channel} ${String(JSON.stringify(input)).slice(0, 80)}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
  });
});
