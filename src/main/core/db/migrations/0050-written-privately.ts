import type { Migration } from './types';

/**
 * An entry shared from its author's private page remembers when it was written there, so the
 * journal can say "written privately on …". Nothing else of a private page ever reaches the
 * journal: the page itself lives in its own encrypted file (src/main/core/private).
 */
export const writtenPrivately: Migration = {
  version: 50,
  name: 'written-privately',
  up: (db) => {
    db.exec(`ALTER TABLE entries ADD COLUMN written_privately_at INTEGER;`);
  },
};
