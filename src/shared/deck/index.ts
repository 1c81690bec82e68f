// The conversation deck: themed questions for a couple, and the question of the day.
export type * from './types';
export { DECK_IDS, MIN_QUESTIONS_PER_DECK, normaliseQuestion } from './schema';
export { ALL_QUESTIONS, DECKS, deckById, questionById, questionsInDeck } from './catalogue';
export { dayNumber, deckForDay, drawFromDeck, drawOrder, localDay, questionForDay } from './daily';
