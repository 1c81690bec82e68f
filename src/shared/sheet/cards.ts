// Conversation cards: deck questions laid out to print and cut, on a fixed grid so the
// layout is the same on every machine. No measuring: a question's length alone decides
// its type size, stepped down for long ones, so no question ever runs over its card.
import { deckById, questionById } from '../deck';
import { dayLabel } from './date';
import { PAPER_NOTICE, SheetRequestError } from './build';
import { PAGE_MARGINS_MM, PAPER_SIZES_MM } from './paper';
import { Sheet, SheetDay, SHEET_LIMITS, type Paper, type SheetCard } from './schema';
import type { SheetNames } from './turns';

export const CARD_COLUMNS = 2;
export const CARD_ROWS = 4;
export const CARDS_PER_PAGE = CARD_COLUMNS * CARD_ROWS;
export const CARDS_TITLE = 'Conversation cards';

/**
 * Type sizes (pt) by question length. The smallest card (US Letter: 90 × 61 mm, less its
 * padding) holds 300 characters at 10 pt in about eight lines; shorter questions get more.
 */
const CARD_TYPE_STEPS: readonly { upTo: number; pt: number }[] = [
  { upTo: 80, pt: 15 },
  { upTo: 130, pt: 13 },
  { upTo: 200, pt: 11.5 },
  { upTo: Infinity, pt: 10 },
];

export function cardTypeSize(text: string): number {
  const length = [...text].length;
  return CARD_TYPE_STEPS.find((step) => length <= step.upTo)!.pt;
}

/** The cards, eight to a page, in order. */
export function cardPages<T>(cards: readonly T[]): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < cards.length; i += CARDS_PER_PAGE) pages.push(cards.slice(i, i + CARDS_PER_PAGE));
  return pages;
}

/** One card's box on the page, in millimetres from the page's top left corner. */
export interface CardBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where each of the eight cards sits on a printed page: the printable area cut into 2 × 4. */
export function cardBoxes(paper: Paper): CardBox[] {
  const size = PAPER_SIZES_MM[paper];
  const width = (size.width - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) / CARD_COLUMNS;
  const height = (size.height - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom) / CARD_ROWS;
  const boxes: CardBox[] = [];
  for (let row = 0; row < CARD_ROWS; row++) {
    for (let column = 0; column < CARD_COLUMNS; column++) {
      boxes.push({ left: PAGE_MARGINS_MM.left + column * width, top: PAGE_MARGINS_MM.top + row * height, width, height });
    }
  }
  return boxes;
}

export interface CardSheetRequest {
  questionIds: readonly string[];
  paper: Paper;
  names: SheetNames;
  /** The local day, YYYY-MM-DD. */
  date: string;
}

/** A sheet of cards for these questions (a deck, or the couple's favourites), in the order given. */
export function buildCardSheet(request: CardSheetRequest): Sheet {
  const ids = [...new Set(request.questionIds)];
  if (ids.length === 0) throw new SheetRequestError('Choose a deck, or keep a few favourites first.');
  if (ids.length > SHEET_LIMITS.cards) {
    throw new SheetRequestError(`A sheet holds up to ${SHEET_LIMITS.cards} cards, on ${SHEET_LIMITS.cards / CARDS_PER_PAGE} pages.`);
  }
  if (!SheetDay.safeParse(request.date).success) throw new SheetRequestError('The sheet needs a real date.');
  const cards = ids.map((id): SheetCard => {
    const question = questionById(id);
    if (!question) throw new SheetRequestError('One of the chosen questions is not in Hearth any more.');
    return { id, deck: deckById(question.deckId)?.title ?? 'Conversation deck', text: question.text };
  });
  return Sheet.parse({
    format: 'hearth-conversation-sheet',
    version: 1,
    paper: request.paper,
    title: CARDS_TITLE,
    date: request.date,
    dateLabel: dayLabel(request.date),
    names: { a: request.names.a.trim(), b: request.names.b.trim() },
    notice: PAPER_NOTICE,
    excerpt: null,
    exercises: [],
    cards,
  });
}
