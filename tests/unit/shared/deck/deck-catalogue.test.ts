import { describe, expect, it } from 'vitest';
import { memoriesDeck } from '../../../../src/shared/deck/decks/memories';
import {
  ALL_QUESTIONS,
  DECK_IDS,
  DECKS,
  type DeckQuestion,
  normaliseQuestion,
  questionById,
  questionsInDeck,
} from '../../../../src/shared/deck/index';
import { DeckCatalogueSchema, DeckSourceSchema } from '../../../../src/shared/deck/schema';
import { copiedRuns, script } from '../support/article-check';

// Words that carry no topic: two questions sharing only these are not alike.
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but of to in on at for with from by as is are was were be been it its this that these those ' +
    'you your yours i me my we us our ours what which who whom when where why how do does did would could should ' +
    'can will about if than then there here into up out so just not no any some one more most very like feel'
  ).split(' '),
);

function contentWords(text: string): Set<string> {
  return new Set(normaliseQuestion(text).split(' ').filter((word) => !FUNCTION_WORDS.has(word)));
}

/** Shared content words over all content words of the two (Jaccard). */
function overlap(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared);
}

// The real set peaks near 0.5; a reworded copy of one question scores far above this.
const NEAR_DUPLICATE = 0.6;

function nearDuplicates(questions: readonly Pick<DeckQuestion, 'id' | 'text'>[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const [a, b] = [questions[i]!, questions[j]!];
      const score = overlap(a.text, b.text);
      if (normaliseQuestion(a.text) === normaliseQuestion(b.text) || score >= NEAR_DUPLICATE) {
        found.push(`${a.id} ~ ${b.id} (${score.toFixed(2)})`);
      }
    }
  }
  return found;
}

/** A writable copy of a real deck, to break on purpose. */
interface EditableDeck {
  deck: { id: string; title: string; intro: string };
  questions: { id: string; text: string; depth: string }[];
}

function editableMemories(): EditableDeck {
  return structuredClone(memoriesDeck) as unknown as EditableDeck;
}

describe('conversation deck: size and shape', () => {
  it('holds at least 300 questions, at least 20 in each of the eleven decks', () => {
    expect(ALL_QUESTIONS.length).toBeGreaterThanOrEqual(300);
    expect(DECKS.map((deck) => deck.id)).toEqual([...DECK_IDS]);
    for (const deck of DECKS) expect(questionsInDeck(deck.id).length, deck.id).toBeGreaterThanOrEqual(20);
  });

  it('gives every question a unique id of the form "<deck>-NN", and finds it by that id', () => {
    const ids = ALL_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of ALL_QUESTIONS) {
      expect(question.id).toMatch(new RegExp(`^${question.deckId}-\\d{2}$`));
      expect(questionById(question.id)).toBe(question);
    }
    expect(questionById('memories-99')).toBeUndefined();
  });

  it('mixes light and deeper questions in every deck, at least five of each', () => {
    for (const deck of DECKS) {
      const questions = questionsInDeck(deck.id);
      for (const depth of ['light', 'deeper'] as const) {
        const count = questions.filter((question) => question.depth === depth).length;
        expect(count, `${depth} in ${deck.id}`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('gives each deck a title and a one-sentence intro', () => {
    for (const deck of DECKS) {
      expect(deck.title.trim(), deck.id).not.toBe('');
      expect(deck.intro.split(/(?<=[.!?])\s+/).length, deck.id).toBe(1);
    }
  });
});

describe('conversation deck: every question is one open sentence', () => {
  it('is a single sentence ending in "?", or a "Tell me…"-style invitation ending in "."', () => {
    for (const { id, text } of ALL_QUESTIONS) {
      expect(text, id).not.toMatch(/[.!?]\s+\S/);
      if (!text.endsWith('?')) expect(text, id).toMatch(/^(Tell|Describe|Name)\b.*\.$/);
    }
  });

  it('never opens like a yes-or-no question', () => {
    const yesNo = /^(Do|Does|Did|Is|Are|Was|Were|Have|Has|Had|Can|Could|Would|Will|Should|Shall|May|Might|Am)\b/;
    for (const { id, text } of ALL_QUESTIONS) expect(text, id).not.toMatch(yesNo);
  });

  it('is short enough to start answering in ten seconds', () => {
    for (const { id, text } of ALL_QUESTIONS) expect(text.split(/\s+/).length, id).toBeLessThanOrEqual(22);
  });

  it('varies its openings: no first word starts more than two thirds of a deck, and each deck uses at least four', () => {
    for (const deck of DECKS) {
      const questions = questionsInDeck(deck.id);
      const counts = new Map<string, number>();
      for (const { text } of questions) {
        const first = text.split(' ')[0]!;
        counts.set(first, (counts.get(first) ?? 0) + 1);
      }
      expect(Math.max(...counts.values()), deck.id).toBeLessThanOrEqual((questions.length * 2) / 3);
      expect(counts.size, deck.id).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('conversation deck: safe for every couple', () => {
  const everyText = [...ALL_QUESTIONS.map((question) => question.text), ...DECKS.flatMap((deck) => [deck.title, deck.intro])];

  it('has nothing sexual in it', () => {
    const sexual = /\b(sex\w*|naked|nude|erotic|intercourse|orgasm\w*|arous\w*|turn(s|ed)? (you|me) on|lingerie|undress\w*|in bed)\b/i;
    for (const text of everyText) expect(text).not.toMatch(sexual);
  });

  it('never asks about hurt the partner caused: that belongs to guided exercises with their safety steps', () => {
    const hurt = /\b(hurt|upset|let you down|disappoint\w*|angry|anger|wrong|fight|fought|argument|argued|betray\w*|resent\w*|blame\w*|mistake\w*|regret\w*)\b/i;
    const aboutPartner = /\b(I|me|my|mine|us|we|our)\b/;
    for (const { id, text } of ALL_QUESTIONS) {
      if (aboutPartner.test(text)) expect(text, id).not.toMatch(hurt);
    }
  });

  it('makes no assumptions about gender or marriage, and holds no links', () => {
    const gendered = /\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|spouse|married|marriage)\b/i;
    for (const text of everyText) {
      expect(text).not.toMatch(gendered);
      expect(text).not.toMatch(/https?:|www\.|\.(com|org|net)\b/i);
    }
  });
});

describe('conversation deck: no duplicates, in Hearth’s own words', () => {
  it('has no duplicate or near-duplicate question anywhere in the deck', () => {
    expect(nearDuplicates(ALL_QUESTIONS)).toEqual([]);
  });

  it('flags a re-cased, re-punctuated copy and a lightly reworded one', () => {
    const original = questionById('memories-04')!;
    expect(nearDuplicates([original, { id: 'copy', text: original.text.toUpperCase().replace(/,/g, ' —') }])).toHaveLength(1);
    const reworded = { id: 'reworded', text: 'Which was the best meal that we have ever shared, and what made it so special?' };
    expect(nearDuplicates([original, reworded])).toHaveLength(1);
    // Two different questions on one topic are not near-duplicates.
    expect(nearDuplicates([original, { id: 'other', text: 'What meal would you cook for a friend who needed cheering up?' }])).toEqual([]);
  });

  it('shares no run of six consecutive words with the source article', () => {
    expect(copiedRuns(everyText())).toEqual([]);
  });

  it('runs the copy check on real six-word runs of the questions', () => {
    // Guard against a check that silently reads nothing: the deck gives thousands of runs to compare.
    const runs = everyText().flatMap((text) => script.wordRuns(text));
    expect(runs.length).toBeGreaterThan(2000);
  });

  function everyText(): string[] {
    return [...ALL_QUESTIONS.map((question) => question.text), ...DECKS.flatMap((deck) => [deck.title, deck.intro])];
  }
});

describe('conversation deck: the schema rejects broken content', () => {
  it('accepts a real deck', () => {
    expect(DeckSourceSchema.safeParse(memoriesDeck).success).toBe(true);
  });

  const cases: [string, (source: EditableDeck) => void, RegExp][] = [
    ['a yes-or-no question', (s) => void (s.questions[0]!.text = 'Do you remember our first trip together?'), /yes or a no/],
    ['two sentences in one question', (s) => void (s.questions[0]!.text = 'Think of our first trip. What do you remember?'), /single sentence/],
    ['a statement that is not an invitation', (s) => void (s.questions[0]!.text = 'Our first trip was lovely.'), /End a question/],
    ['an id from another deck', (s) => void (s.questions[0]!.id = 'appreciation-01'), /must be "memories-NN"/],
    ['too few questions', (s) => void s.questions.splice(5), /at least 20 questions/],
    ['only light questions', (s) => void s.questions.forEach((q) => (q.depth = 'light')), /at least one deeper/],
    ['a gendered word', (s) => void (s.questions[0]!.text = 'What did your wife first notice about you?'), /gender/],
  ];
  for (const [name, breakIt, message] of cases) {
    it(`rejects ${name}`, () => {
      const source = editableMemories();
      breakIt(source);
      const result = DeckSourceSchema.safeParse(source);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
    });
  }

  it('rejects the same wording twice across decks, and the same id twice', () => {
    const memories = editableMemories();
    const twin = editableMemories();
    twin.deck.id = 'appreciation';
    twin.questions.forEach((question, index) => (question.id = `appreciation-${String(index + 1).padStart(2, '0')}`));
    const result = DeckCatalogueSchema.safeParse([memories, twin]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(/repeats "memories-01"/);

    const sameIds = editableMemories();
    expect(DeckCatalogueSchema.safeParse([memories, sameIds]).error?.issues.map((i) => i.message).join('\n')).toMatch(
      /Duplicate question id/,
    );
  });
});
