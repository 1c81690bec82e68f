// Shape checks for the conversation deck, run once at load: a question that is not one
// open sentence, a duplicate id or a deck without both depths fails a test, not a couple.
// Runs in every layer: imports zod only (no node, no DOM).
import { z } from 'zod';
import type { Deck, DeckId, DeckQuestion, QuestionDepth } from './types';

export const DECK_IDS = [
  'who-we-are-now',
  'memories',
  'dreams-and-plans',
  'appreciation',
  'everyday-stress',
  'fun-and-play',
  'values-and-meaning',
  'closeness-and-affection',
  'family-and-friends',
  'money-and-home',
  'far-apart',
] as const satisfies readonly DeckId[];

// Every DeckId is listed above: a new id in types.ts without a line here is a type error.
type Missing = Exclude<DeckId, (typeof DECK_IDS)[number]>;
const everyDeckListed: Missing extends never ? true : never = true;
void everyDeckListed;

/** A question as written in a deck file; its deck is the file it sits in. */
export interface DeckQuestionInput {
  readonly id: string;
  readonly depth: QuestionDepth;
  readonly text: string;
}

export interface DeckSource {
  readonly deck: Deck;
  readonly questions: readonly DeckQuestionInput[];
}

export const MIN_QUESTIONS_PER_DECK = 20;

/** Lower case, apostrophes dropped, punctuation a space: how two wordings are compared. */
export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// One sentence: an open question ending in "?", or an invitation ("Tell me…", "Describe…")
// ending in "."; no second sentence hiding inside.
const PROMPT_OPENINGS = /^(Tell|Describe|Name|Think|Picture|Imagine|Walk|Talk|Share|Paint)\b/;
// A question opening with one of these ("Do you…?", "Is there…?") can be answered with a yes or a no.
export const YES_NO_OPENINGS =
  /^(Do|Does|Did|Is|Are|Was|Were|Have|Has|Had|Can|Could|Would|Will|Should|Shall|May|Might|Must|Am)\b/;
const OneSentence = z
  .string()
  .trim()
  .min(12, 'A question needs a few words.')
  .max(180, 'A question is one sentence someone can start answering in ten seconds.')
  .refine((text) => !/[.!?]\s+\S/.test(text), 'A question is a single sentence.')
  .refine((text) => !YES_NO_OPENINGS.test(text), 'Ask an open question, one that a yes or a no cannot answer.')
  .refine(
    (text) => text.endsWith('?') || (PROMPT_OPENINGS.test(text) && text.endsWith('.')),
    'End a question with "?", or start an invitation with "Tell me…" and end it with ".".',
  )
  .refine((text) => !/\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|spouse|married)\b/i.test(text), {
    message: 'Make no assumptions about gender or marriage.',
  });

const QuestionInput = z.object({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*-\d{2}$/, 'Use an id like "memories-07".'),
  depth: z.enum(['light', 'deeper']),
  text: OneSentence,
});

const DeckMeta = z.object({
  id: z.enum(DECK_IDS),
  title: z.string().trim().min(1),
  intro: z
    .string()
    .trim()
    .min(1)
    .refine((text) => !/[.!?]\s+\S/.test(text), 'A deck intro is one sentence.'),
});

export const DeckSourceSchema = z
  .object({ deck: DeckMeta, questions: z.array(QuestionInput) })
  .superRefine(({ deck, questions }, ctx) => {
    if (questions.length < MIN_QUESTIONS_PER_DECK) {
      ctx.addIssue({ code: 'custom', message: `Deck "${deck.id}" needs at least ${MIN_QUESTIONS_PER_DECK} questions.` });
    }
    for (const depth of ['light', 'deeper'] as const) {
      if (!questions.some((question) => question.depth === depth)) {
        ctx.addIssue({ code: 'custom', message: `Deck "${deck.id}" needs at least one ${depth} question.` });
      }
    }
    questions.forEach((question, index) => {
      if (!question.id.startsWith(`${deck.id}-`) || !/^\d{2}$/.test(question.id.slice(deck.id.length + 1))) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `Question "${question.id}" must be "${deck.id}-NN".`,
        });
      }
    });
  });

/** Every deck, checked together: ids and wordings are unique across the whole deck. */
export const DeckCatalogueSchema = z.array(DeckSourceSchema).superRefine((sources, ctx) => {
  const seenDecks = new Set<string>();
  const seenIds = new Set<string>();
  const seenTexts = new Map<string, string>();
  for (const { deck, questions } of sources) {
    if (seenDecks.has(deck.id)) ctx.addIssue({ code: 'custom', message: `Duplicate deck "${deck.id}".` });
    seenDecks.add(deck.id);
    for (const question of questions) {
      if (seenIds.has(question.id)) ctx.addIssue({ code: 'custom', message: `Duplicate question id "${question.id}".` });
      seenIds.add(question.id);
      const normal = normaliseQuestion(question.text);
      const earlier = seenTexts.get(normal);
      if (earlier) ctx.addIssue({ code: 'custom', message: `Question "${question.id}" repeats "${earlier}".` });
      seenTexts.set(normal, question.id);
    }
  }
});

export function toDeckQuestions(source: DeckSource): DeckQuestion[] {
  return source.questions.map(({ id, depth, text }) => ({ id, deckId: source.deck.id, text, depth }));
}
