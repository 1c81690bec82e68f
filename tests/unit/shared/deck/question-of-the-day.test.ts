import { describe, expect, it, vi } from 'vitest';
import {
  ALL_QUESTIONS,
  DECK_IDS,
  type DeckId,
  dayNumber,
  deckForDay,
  drawFromDeck,
  localDay,
  questionForDay,
  questionsInDeck,
} from '../../../../src/shared/deck/index';

// A fixed clock: the year runs from this local midnight, one calendar day at a time
// (built with the local Date constructor, so a daylight-saving change never skips a day).
const FIRST_DAY = new Date(2027, 0, 1);
const JOURNAL = 'journal-7f3c2a9e-1b4d-4e0a-9c55-2d8e6f1a0b37';
const OTHER_JOURNAL = 'journal-0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9';

function days(count: number, from = FIRST_DAY): string[] {
  return Array.from({ length: count }, (_, i) =>
    localDay(new Date(from.getFullYear(), from.getMonth(), from.getDate() + i)),
  );
}

const YEAR = days(365);

describe('the question of the day', () => {
  it('covers a whole year of distinct calendar days', () => {
    expect(YEAR[0]).toBe('2027-01-01');
    expect(YEAR[364]).toBe('2027-12-31');
    expect(new Set(YEAR).size).toBe(365);
  });

  it('is the same for the same day and journal whatever the order of asking, and in a freshly loaded copy', async () => {
    const forwards = YEAR.map((day) => questionForDay(day, JOURNAL).id);
    // Asked backwards, with other journals and skips in between, as two partners and
    // two computers would ask: nothing said earlier may change the answer.
    const backwards = [...YEAR]
      .reverse()
      .map((day) => {
        questionForDay(day, OTHER_JOURNAL, 3);
        return questionForDay(day, JOURNAL).id;
      })
      .reverse();
    expect(backwards).toEqual(forwards);

    vi.resetModules();
    const fresh = await import('../../../../src/shared/deck/index');
    const shuffledDays = [...YEAR].sort((a, b) => (dayNumber(a) * 7919) % 365 - (dayNumber(b) * 7919) % 365);
    const answers = new Map(shuffledDays.map((day) => [day, fresh.questionForDay(day, JOURNAL).id]));
    expect(YEAR.map((day) => answers.get(day))).toEqual(forwards);
  });

  it('differs from one day to the next, every day of the year (and across the new year)', () => {
    const run = days(367, new Date(2026, 11, 31));
    for (let i = 1; i < run.length; i++) {
      expect(questionForDay(run[i]!, JOURNAL).id, `${run[i - 1]} → ${run[i]}`).not.toBe(
        questionForDay(run[i - 1]!, JOURNAL).id,
      );
    }
  });

  it('repeats no question in a deck before the whole deck has been seen', () => {
    const longest = Math.max(...DECK_IDS.map((deck) => questionsInDeck(deck).length));
    // Enough days for every deck to come round twice in full, starting on an ordinary day.
    const span = days(Math.max(365, DECK_IDS.length * longest * 2));
    const byDeck = new Map<DeckId, string[]>(DECK_IDS.map((deck) => [deck, []]));
    for (const day of span) {
      const question = questionForDay(day, JOURNAL);
      expect(question.deckId).toBe(deckForDay(day, JOURNAL));
      byDeck.get(question.deckId)!.push(question.id);
    }
    for (const deck of DECK_IDS) {
      const size = questionsInDeck(deck).length;
      const shown = byDeck.get(deck)!;
      expect(shown.length, deck).toBeGreaterThanOrEqual(size * 2);
      // Any run of `size` turns in a row shows `size` different questions: the whole deck.
      for (let start = 0; start + size <= shown.length; start++) {
        expect(new Set(shown.slice(start, start + size)).size, `${deck} from turn ${start}`).toBe(size);
      }
    }
  });

  it('uses every deck up within the year', () => {
    const seen = new Set(YEAR.map((day) => questionForDay(day, JOURNAL).id));
    for (const deck of DECK_IDS) {
      for (const question of questionsInDeck(deck)) expect(seen.has(question.id), question.id).toBe(true);
    }
  });

  it('gives another journal its own sequence', () => {
    const differing = YEAR.filter((day) => questionForDay(day, JOURNAL).id !== questionForDay(day, OTHER_JOURNAL).id);
    expect(differing.length).toBeGreaterThan(300);
  });

  it('can be skipped: each skip offers a different question, the same one for both partners', () => {
    for (const day of YEAR) {
      const offered = [0, 1, 2, 3, 4, 5].map((skips) => questionForDay(day, JOURNAL, skips));
      expect(new Set(offered.map((question) => question.id)).size, day).toBe(offered.length);
      // A skipped topic gives way to another deck.
      expect(offered[1]!.deckId, day).not.toBe(offered[0]!.deckId);
      expect(questionForDay(day, JOURNAL, 2).id).toBe(offered[2]!.id);
    }
  });

  it('keeps offering new questions after many skips on one day, until every question has been offered', () => {
    const day = '2027-06-15';
    const offered = Array.from({ length: ALL_QUESTIONS.length }, (_, skips) => questionForDay(day, JOURNAL, skips).id);
    expect(new Set(offered).size).toBe(ALL_QUESTIONS.length);
  });

  it('refuses a day that is not a calendar day, and a skip count that is not a whole number', () => {
    for (const bad of ['2027-02-29', '2027-13-01', '27-1-1', '2027-1-01', '', 'today']) {
      expect(() => questionForDay(bad, JOURNAL), bad).toThrow(/Not a calendar day/);
    }
    expect(() => questionForDay('2027-01-01', JOURNAL, -1)).toThrow(RangeError);
    expect(() => questionForDay('2027-01-01', JOURNAL, 1.5)).toThrow(RangeError);
  });
});

describe('the local day', () => {
  it('is the calendar day on the local clock, late evening included', () => {
    expect(localDay(new Date(2027, 2, 28, 23, 59))).toBe('2027-03-28');
    expect(localDay(new Date(2027, 2, 29, 0, 0))).toBe('2027-03-29');
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1);
  });
});

describe('drawing from a deck', () => {
  it('draws every question of a deck once before any comes again, then starts the same order over', () => {
    for (const deck of DECK_IDS) {
      const size = questionsInDeck(deck).length;
      const drawn = Array.from({ length: size }, (_, position) => drawFromDeck(deck, JOURNAL, position));
      expect(new Set(drawn.map((question) => question.id)).size, deck).toBe(size);
      for (const question of drawn) expect(question.deckId).toBe(deck);
      expect(drawFromDeck(deck, JOURNAL, size).id).toBe(drawn[0]!.id);
    }
  });

  it('draws from all decks without repeats until every question has come up', () => {
    const drawn = ALL_QUESTIONS.map((_, position) => drawFromDeck('all', JOURNAL, position).id);
    expect(new Set(drawn).size).toBe(ALL_QUESTIONS.length);
    const decksInFirstTwenty = new Set(drawn.slice(0, 20).map((id) => id.replace(/-\d{2}$/, '')));
    expect(decksInFirstTwenty.size).toBeGreaterThan(3);
  });

  it('draws the same order for the same journal and a different one for another', () => {
    const mine = Array.from({ length: 10 }, (_, position) => drawFromDeck('memories', JOURNAL, position).id);
    const again = Array.from({ length: 10 }, (_, position) => drawFromDeck('memories', JOURNAL, position).id);
    const theirs = Array.from({ length: 10 }, (_, position) => drawFromDeck('memories', OTHER_JOURNAL, position).id);
    expect(again).toEqual(mine);
    expect(theirs).not.toEqual(mine);
    expect(() => drawFromDeck('memories', JOURNAL, -1)).toThrow(RangeError);
  });
});
