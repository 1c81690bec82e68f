// The conversation deck: short questions a couple can answer in 2–5 minutes.
// Shared by every layer: imports nothing of node or the DOM.

/** Stable deck ids; a question's id starts with its deck's id ("memories-07"). */
export type DeckId =
  | 'who-we-are-now'
  | 'memories'
  | 'dreams-and-plans'
  | 'appreciation'
  | 'everyday-stress'
  | 'fun-and-play'
  | 'values-and-meaning'
  | 'closeness-and-affection'
  | 'family-and-friends'
  | 'money-and-home'
  | 'far-apart';

export type QuestionDepth = 'light' | 'deeper';

export interface Deck {
  readonly id: DeckId;
  readonly title: string;
  /** One sentence: what this deck is for. */
  readonly intro: string;
}

export interface DeckQuestion {
  /** Stable forever (saved with favourites, "we talked about it" and entries): `${deckId}-NN`. */
  readonly id: string;
  readonly deckId: DeckId;
  /** One open sentence, never yes/no. */
  readonly text: string;
  readonly depth: QuestionDepth;
}
