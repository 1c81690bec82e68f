// Every deck and question, parsed once at load. A content mistake throws here, in tests,
// long before a couple could meet it on Home.
import { appreciationDeck } from './decks/appreciation';
import { closenessAndAffectionDeck } from './decks/closeness-and-affection';
import { dreamsAndPlansDeck } from './decks/dreams-and-plans';
import { everydayStressDeck } from './decks/everyday-stress';
import { familyAndFriendsDeck } from './decks/family-and-friends';
import { farApartDeck } from './decks/far-apart';
import { funAndPlayDeck } from './decks/fun-and-play';
import { memoriesDeck } from './decks/memories';
import { moneyAndHomeDeck } from './decks/money-and-home';
import { valuesAndMeaningDeck } from './decks/values-and-meaning';
import { whoWeAreNowDeck } from './decks/who-we-are-now';
import { DECK_IDS, DeckCatalogueSchema, type DeckSource, toDeckQuestions } from './schema';
import type { Deck, DeckId, DeckQuestion } from './types';

// A Record keyed by deck: forgetting a deck's file is a type error.
const SOURCES: Record<DeckId, DeckSource> = {
  'who-we-are-now': whoWeAreNowDeck,
  memories: memoriesDeck,
  'dreams-and-plans': dreamsAndPlansDeck,
  appreciation: appreciationDeck,
  'everyday-stress': everydayStressDeck,
  'fun-and-play': funAndPlayDeck,
  'values-and-meaning': valuesAndMeaningDeck,
  'closeness-and-affection': closenessAndAffectionDeck,
  'family-and-friends': familyAndFriendsDeck,
  'money-and-home': moneyAndHomeDeck,
  'far-apart': farApartDeck,
};

function collect(): DeckSource[] {
  return DECK_IDS.map((id) => {
    const source = SOURCES[id];
    if (source.deck.id !== id) throw new Error(`Deck file for "${id}" holds the deck "${source.deck.id}".`);
    return source;
  });
}

const PARSED: readonly DeckSource[] = DeckCatalogueSchema.parse(collect()) as DeckSource[];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The decks, in a fixed order. */
export const DECKS: readonly Deck[] = deepFreeze(PARSED.map(({ deck }) => ({ ...deck })));

/** Every question of every deck, deck by deck, in the order written. */
export const ALL_QUESTIONS: readonly DeckQuestion[] = deepFreeze(PARSED.flatMap(toDeckQuestions));

const BY_ID: ReadonlyMap<string, DeckQuestion> = new Map(ALL_QUESTIONS.map((question) => [question.id, question]));
const BY_DECK: ReadonlyMap<DeckId, readonly DeckQuestion[]> = new Map(
  DECK_IDS.map((id) => [id, Object.freeze(ALL_QUESTIONS.filter((question) => question.deckId === id))]),
);

export function questionById(id: string): DeckQuestion | undefined {
  return BY_ID.get(id);
}

export function questionsInDeck(deckId: DeckId): readonly DeckQuestion[] {
  return BY_DECK.get(deckId) ?? [];
}

export function deckById(id: string): Deck | undefined {
  return DECKS.find((deck) => deck.id === id);
}
