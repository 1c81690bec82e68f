import { HearthError } from '../errors';

/** The sentences a person meets when a card cannot be drawn or marked. */
export const deckError = {
  noSuchDeck: () => new HearthError('NOT_FOUND', 'There is no deck by that name.'),
  deckEmpty: () => new HearthError('NOT_FOUND', 'That deck has no questions yet.'),
  /** Also what the journal says when an entry answers a question no deck holds. */
  noSuchQuestion: () => new HearthError('NOT_FOUND', 'That question is not in any deck.'),
};
