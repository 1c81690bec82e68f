import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS, DECKS, questionsInDeck } from '../../../../../src/shared/deck';
import {
  buildCardSheet,
  cardBoxes,
  cardPages,
  cardTypeSize,
  CARDS_PER_PAGE,
  PAGE_MARGINS_MM,
  PAPER_SIZES_MM,
  Sheet,
  SheetRequestError,
} from '../../../../../src/shared/sheet';

const names = { a: 'Ada', b: 'Bo' };

describe('printable cards', () => {
  it('make a valid sheet of a whole deck, eight to a page, in deck order', () => {
    const deck = DECKS[0]!;
    const ids = questionsInDeck(deck.id).map((q) => q.id);
    const sheet = buildCardSheet({ questionIds: ids, paper: 'Letter', names, date: '2026-11-20' });
    expect(Sheet.safeParse(sheet).success).toBe(true);
    expect(sheet.exercises).toEqual([]);
    expect(sheet.cards!.map((c) => c.id)).toEqual(ids);
    expect(sheet.cards!.every((c) => c.deck === deck.title)).toBe(true);
    const pages = cardPages(sheet.cards!);
    expect(pages).toHaveLength(Math.ceil(ids.length / CARDS_PER_PAGE));
    expect(pages.flat()).toEqual(sheet.cards);
  });

  it('refuse nothing chosen and a question that is not in the deck', () => {
    expect(() => buildCardSheet({ questionIds: [], paper: 'A4', names, date: '2026-11-20' })).toThrow(SheetRequestError);
    expect(() => buildCardSheet({ questionIds: ['memories-999'], paper: 'A4', names, date: '2026-11-20' })).toThrow(SheetRequestError);
    // A sheet with neither exercises nor cards is not a sheet.
    const sheet = buildCardSheet({ questionIds: [ALL_QUESTIONS[0]!.id], paper: 'A4', names, date: '2026-11-20' });
    const { cards: _cards, ...empty } = sheet;
    expect(Sheet.safeParse(empty).success).toBe(false);
  });

  it('cut the printable area into a 2 × 4 grid that fills it exactly', () => {
    for (const paper of ['A4', 'Letter'] as const) {
      const boxes = cardBoxes(paper);
      expect(boxes).toHaveLength(8);
      const size = PAPER_SIZES_MM[paper];
      const last = boxes.at(-1)!;
      expect(boxes[0]).toMatchObject({ left: PAGE_MARGINS_MM.left, top: PAGE_MARGINS_MM.top });
      expect(last.left + last.width).toBeCloseTo(size.width - PAGE_MARGINS_MM.right, 6);
      expect(last.top + last.height).toBeCloseTo(size.height - PAGE_MARGINS_MM.bottom, 6);
    }
  });

  it('step the type down for longer questions, never up', () => {
    const sizes = [40, 100, 160, 300].map((n) => cardTypeSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
    // The longest question in the deck still gets at least the smallest step.
    const longest = Math.max(...ALL_QUESTIONS.map((q) => q.text.length));
    expect(cardTypeSize('x'.repeat(longest))).toBeGreaterThanOrEqual(10);
  });
});
