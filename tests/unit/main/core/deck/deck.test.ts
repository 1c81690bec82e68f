import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { dispatch } from '../../../../../src/main/core/ipc/dispatch';
import { deckHandlers } from '../../../../../src/main/core/deck';
import { DECKS, questionById, questionsInDeck } from '../../../../../src/shared/deck';
import type { DeckCard, TodaysQuestion } from '../../../../../src/shared/ipc/features/deck';
import { openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

/** A real journal whose clock the test moves; `reopen` is a second window (new handler table) on it. */
async function openJournal(dir = tempDir()) {
  const clock = { now: Date.UTC(2026, 3, 5, 12) };
  const { hearth } = await openTestJournal(dir, { clock: () => clock.now });
  let handlers = createHandlers(hearth);
  const ask = async (channel: string, input?: unknown) => dispatch(handlers, channel, input);
  const value = async <T>(channel: string, input?: unknown) => {
    const result = await ask(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  return { hearth, clock, ask, value, reopen: () => (handlers = createHandlers(hearth)) };
}

const DAY = 86_400_000;

describe('the question for today', () => {
  it('is the same all day for every window, different the next day, and a skip holds for the rest of the day', async () => {
    const { clock, value, reopen } = await openJournal();
    const morning = await value<TodaysQuestion>('deck.today', {});
    expect(morning).toMatchObject({ day: '2026-04-05', skipped: 0, favourite: false, talkedAt: null });
    expect(questionById(morning.questionId)).toBeDefined();

    clock.now += 9 * 3_600_000; // 21:00 the same day, from a fresh window
    reopen();
    expect((await value<TodaysQuestion>('deck.today', {})).questionId).toBe(morning.questionId);

    const skipped = await value<TodaysQuestion>('deck.skipToday', {});
    expect(skipped.questionId).not.toBe(morning.questionId);
    expect(skipped.skipped).toBe(1);
    reopen();
    expect((await value<TodaysQuestion>('deck.today', {})).questionId).toBe(skipped.questionId);

    clock.now += DAY;
    const tomorrow = await value<TodaysQuestion>('deck.today', {});
    expect(tomorrow).toMatchObject({ day: '2026-04-06', skipped: 0 });
    expect(tomorrow.questionId).not.toBe(morning.questionId);
  });

  it('follows the day the page says it is, when it says so (both partners share one computer)', async () => {
    const { value } = await openJournal();
    const at = (iso: string, offsetMinutes: number) => ({ at: { utc: Date.parse(iso), offsetMinutes } });
    // 23:30 in UTC−5 on the 4th is already the 5th in UTC: the page's own day decides.
    const late = await value<TodaysQuestion>('deck.today', at('2026-04-05T04:30:00Z', -300));
    expect(late.day).toBe('2026-04-04');
    const main = await value<TodaysQuestion>('deck.today', {});
    expect(main.day).toBe('2026-04-05');
    expect(late.questionId).not.toBe(main.questionId);
    expect((await value<TodaysQuestion>('deck.today', at('2026-04-04T10:00:00Z', 0))).questionId).toBe(late.questionId);
  });

  it('differs between two journals on the same day only by their seed, never by chance per window', async () => {
    const one = await openJournal(join(tempDir(), 'one'));
    const other = await openJournal(join(tempDir(), 'two'));
    const days: string[][] = [[], []];
    for (let i = 0; i < 20; i++) {
      days[0]!.push((await one.value<TodaysQuestion>('deck.today', {})).questionId);
      days[1]!.push((await other.value<TodaysQuestion>('deck.today', {})).questionId);
      one.clock.now += DAY;
      other.clock.now += DAY;
    }
    // Consecutive days never repeat a question within one journal.
    for (const list of days) expect(list.every((q, i) => i === 0 || q !== list[i - 1])).toBe(true);
    expect(days[0]).not.toEqual(days[1]);
  });
});

describe('drawing from the deck', () => {
  it('goes through a whole deck before any question comes back, and talked-about ones come last', async () => {
    const { hearth } = await openJournal();
    let n = 0;
    const random = () => ((n = (n * 9301 + 49297) % 233280) / 233280);
    const handlers = deckHandlers(hearth, random);
    const deck = DECKS[1]!.id;
    const size = questionsInDeck(deck).length;
    expect(size).toBeGreaterThanOrEqual(20);

    // Two talked about before any draw: they come after every other question of the deck.
    const [first, second] = questionsInDeck(deck);
    await handlers['deck.talked']({ questionId: first!.id });
    await handlers['deck.talked']({ questionId: second!.id });

    const round: string[] = [];
    for (let i = 0; i < size; i++) round.push((await handlers['deck.draw']({ deckId: deck })).questionId);
    expect(new Set(round).size).toBe(size);
    expect(round.every((id) => id.startsWith(`${deck}-`))).toBe(true);
    expect(round.slice(-2).sort()).toEqual([first!.id, second!.id].sort());

    // The deck starts over: the next draw is one of it again.
    const again = await handlers['deck.draw']({ deckId: deck });
    expect(round).toContain(again.questionId);
  });

  it('draws from every deck when none is chosen, and refuses a deck that does not exist', async () => {
    const { value, ask } = await openJournal();
    const decks = new Set<string>();
    for (let i = 0; i < 60; i++) decks.add((await value<DeckCard>('deck.draw', {})).questionId.replace(/-\d+$/, ''));
    expect(decks.size).toBeGreaterThan(3);
    expect(await ask('deck.draw', { deckId: 'no-such-deck' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('favourites and "we talked about it"', () => {
  it('keeps favourites newest first, lets one go, and refuses a question that is not in the deck', async () => {
    const { clock, value, ask } = await openJournal();
    const [one, two] = questionsInDeck(DECKS[0]!.id);
    expect(await value('deck.favourite', { questionId: one!.id, favourite: true })).toMatchObject({ favourite: true });
    clock.now += 1000;
    await value('deck.favourite', { questionId: two!.id, favourite: true });
    expect((await value<DeckCard[]>('deck.favourites')).map((c) => c.questionId)).toEqual([two!.id, one!.id]);
    await value('deck.favourite', { questionId: two!.id, favourite: false });
    expect((await value<DeckCard[]>('deck.favourites')).map((c) => c.questionId)).toEqual([one!.id]);
    expect(await ask('deck.favourite', { questionId: 'memories-999', favourite: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('shows a talk as a small moment on the timeline, and today\'s question knows it was talked about', async () => {
    const { clock, value } = await openJournal();
    const today = await value<TodaysQuestion>('deck.today', {});
    const talked = await value<DeckCard>('deck.talked', { questionId: today.questionId });
    expect(talked.talkedAt).toBe(clock.now);
    expect((await value<TodaysQuestion>('deck.today', {})).talkedAt).toBe(clock.now);
    const events = await value<{ events: unknown[] }>('timeline.events', { limit: 10 });
    expect(events.events).toEqual([{ kind: 'question', id: today.questionId, at: clock.now, day: '2026-04-05' }]);
    const timeline = await value<{ from: string }>('timeline.get', { bucket: 'week', weekStartsOn: 1 });
    expect(timeline.from).toBe('2026-04-05');
  });
});

describe('an entry written about a question', () => {
  it('carries the question, and a made-up question id writes nothing', async () => {
    const { value, ask } = await openJournal();
    const question = questionsInDeck(DECKS[2]!.id)[3]!;
    const entry = await value<{ id: string; questionId: string | null }>('entries.create', {
      author: 'both',
      body: 'We laughed about the tent.',
      questionId: question.id,
    });
    expect(entry.questionId).toBe(question.id);
    expect(await value('entries.get', { id: entry.id })).toMatchObject({ questionId: question.id });
    expect(await value('entries.create', { author: 'a', body: 'Plain' })).toMatchObject({ questionId: null });

    expect(await ask('entries.create', { author: 'a', body: 'About nothing', questionId: 'memories-999' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That question is not in any deck.' },
    });
    expect(await value('journal.summary')).toMatchObject({ entryCount: 2 });
  });
});

describe('the first fortnight', () => {
  it('starts on the day it is first shown, keeps days done, and stays dismissed', async () => {
    const { clock, value } = await openJournal();
    expect(await value('fortnight.get', {})).toEqual({ startedOn: '2026-04-05', done: [], dismissed: false });
    clock.now += 3 * DAY;
    expect(await value('fortnight.get', {})).toMatchObject({ startedOn: '2026-04-05' });
    await value('fortnight.update', { done: 2 });
    await value('fortnight.update', { done: 1 });
    expect(await value('fortnight.update', { undone: 2 })).toMatchObject({ done: [1] });
    await value('fortnight.update', { dismissed: true });
    expect(await value('fortnight.get', {})).toEqual({ startedOn: '2026-04-05', done: [1], dismissed: true });
  });
});
