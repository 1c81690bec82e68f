import type { Migration } from './types';

/**
 * The conversation deck: what the couple did with each question (kept as a favourite,
 * talked about, skipped as today's question, drawn in the current round of its deck),
 * and the question an entry was written about. Questions themselves are catalogue data
 * (src/shared/deck), referred to by their stable id; only marks live in the journal.
 */
export const deck: Migration = {
  version: 40,
  name: 'deck',
  up: (db) => {
    db.exec(`
      CREATE TABLE deck_marks (
        question_id TEXT PRIMARY KEY,
        -- Kept as a favourite since then, or NULL.
        favourite_at INTEGER,
        -- The last time the couple said "we talked about it", and their local day then.
        talked_at INTEGER,
        talked_day TEXT,
        -- The local day on which this question, as the question for today, was skipped.
        skipped_day TEXT,
        -- Drawn on the Deck screen in the current round of its deck; cleared when the deck starts over.
        drawn_at INTEGER
      ) STRICT;
      CREATE INDEX deck_marks_favourites ON deck_marks (favourite_at) WHERE favourite_at IS NOT NULL;
      CREATE INDEX deck_marks_talked ON deck_marks (talked_at) WHERE talked_at IS NOT NULL;
      CREATE INDEX deck_marks_skipped ON deck_marks (skipped_day) WHERE skipped_day IS NOT NULL;

      ALTER TABLE entries ADD COLUMN question_id TEXT;
    `);
  },
};
