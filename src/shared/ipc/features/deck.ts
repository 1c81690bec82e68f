import { z } from 'zod';
import { WrittenAt } from '../written-at';
import { Day } from './journal';

const NoInput = z.undefined();
/**
 * "Now" as the page sees it, like entries and check-ins: the day it falls on decides the
 * question, so both partners at this computer share it. Without it, main's clock decides.
 */
const Now = z.strictObject({ at: WrittenAt.optional() });

/** A question's stable id (`${deckId}-NN`); main checks it names a real question. */
export const QuestionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);

const DeckIdInput = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);

/**
 * A question and what the couple did with it. The words themselves are catalogue data
 * (src/shared/deck): only the id crosses, and the page looks the text up.
 */
export const DeckCard = z.object({
  questionId: z.string(),
  favourite: z.boolean(),
  /** The last time the couple said they talked about it, or null. */
  talkedAt: z.number().nullable(),
});
export type DeckCard = z.infer<typeof DeckCard>;

export const TodaysQuestion = DeckCard.extend({
  /** The local day this question belongs to (main's clock and time zone). */
  day: Day,
  /** How many questions were skipped today before this one. */
  skipped: z.number().int(),
});
export type TodaysQuestion = z.infer<typeof TodaysQuestion>;

export const FortnightState = z.object({
  /** The local day the path began (the first time it was shown), or null before that. */
  startedOn: Day.nullable(),
  /** Days of the path (1–14) the couple has marked done. */
  done: z.array(z.number().int().min(1).max(14)),
  dismissed: z.boolean(),
});
export type FortnightState = z.infer<typeof FortnightState>;

export const FortnightDay = z.number().int().min(1).max(14);

export const deckContract = {
  /** The same question for everyone on this journal on one local day; skips move to the next. */
  'deck.today': { input: Now, output: TodaysQuestion },
  /** Sets today's question aside; returns the next one for today. */
  'deck.skipToday': { input: Now, output: TodaysQuestion },
  /**
   * A question from one deck (or from all, without a deck id). None repeats until its deck
   * has been drawn through; questions already talked about come last.
   */
  'deck.draw': { input: z.strictObject({ deckId: DeckIdInput.optional() }), output: DeckCard },
  'deck.favourite': {
    input: z.strictObject({ questionId: QuestionId, favourite: z.boolean() }),
    output: DeckCard,
  },
  /** Favourites, most recently kept first. */
  'deck.favourites': { input: NoInput, output: z.array(DeckCard) },
  /** "We talked about it": a small moment on the timeline. */
  'deck.talked': { input: z.strictObject({ questionId: QuestionId, at: WrittenAt.optional() }), output: DeckCard },
  /** The first fortnight's progress (kept in settings). */
  'fortnight.get': { input: Now, output: FortnightState },
  'fortnight.update': {
    input: z.strictObject({
      done: FortnightDay.optional(),
      undone: FortnightDay.optional(),
      dismissed: z.boolean().optional(),
      at: WrittenAt.optional(),
    }),
    output: FortnightState,
  },
} as const;
