import { writeJournal } from '../../src/main/core/backup/journal-io';
import type { WritableDB } from '../../src/main/core/db/connection';
import { migrate } from '../../src/main/core/db/migrate';
import type { Journal } from '../generate';

/** A generated journal written into a fresh connection's file, checkpointed and closed (the bench scripts' starting point). */
export function writeJournalFile(db: WritableDB, journal: Journal): void {
  try {
    migrate(db);
    writeJournal(db, journal, () => {});
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
