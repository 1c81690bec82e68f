import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal, writeJournal } from '../../../../../src/main/core/backup/journal-io';
import { parseBackupDocument } from '../../../../../src/main/core/backup/document';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import { migrate } from '../../../../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../../../../src/main/core/db/migrations';
import { markTalked, setFavourite } from '../../../../../src/main/core/deck';
import { createEntry, getEntry } from '../../../../../src/main/core/journal/entries';
import { setPartners } from '../../../../../src/main/core/journal';
import { DECKS, questionsInDeck } from '../../../../../src/shared/deck';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const KEY = Buffer.alloc(32, 9);
const at = { utc: Date.UTC(2026, 5, 1, 18), offsetMinutes: 120 };

describe('deck marks in backups', () => {
  it('a backup document carries favourites, talks and the question of an entry, and restores them', () => {
    const db = openEncrypted(join(tempDir(), 'journal.db'), { key: KEY });
    migrate(db);
    setPartners(db, ['Ada', 'Bo'], at.utc);
    const [q1, q2] = questionsInDeck(DECKS[0]!.id);
    setFavourite(db, q1!.id, true, at.utc);
    markTalked(db, q2!.id, { utc: at.utc, day: '2026-06-01' });
    const entry = createEntry(db, { author: 'a', body: 'About the question', questionId: q2!.id, at });

    // Through JSON, as a backup file would carry it, and through the validator restore uses.
    const doc = parseBackupDocument(JSON.parse(JSON.stringify(readJournal(db, { appVersion: '1.0.0', exportedAt: new Date(at.utc).toISOString() }))));
    expect(doc.deckMarks).toHaveLength(2);

    const restored = openEncrypted(join(tempDir(), 'restored.db'), { key: KEY });
    migrate(restored);
    writeJournal(restored, doc, () => {});
    expect(getEntry(restored, entry.id)).toMatchObject({ questionId: q2!.id });
    expect(restored.prepare('SELECT question_id, favourite_at, talked_day FROM deck_marks ORDER BY question_id').all()).toEqual(
      db.prepare('SELECT question_id, favourite_at, talked_day FROM deck_marks ORDER BY question_id').all(),
    );
  });
});

describe('migration 0040', () => {
  it('keeps every entry of an older journal, with no question', () => {
    const db = openEncrypted(join(tempDir(), 'journal.db'), { key: KEY });
    const before = MIGRATIONS.filter((m) => m.version < 40);
    migrate(db, before);
    db.prepare(
      `INSERT INTO entries (id, uid, author, kind, body, created_at, updated_at, day) VALUES (?, 'u1', 'a', 'free', 'Kept', ?, ?, '2026-06-01')`,
    ).run(at.utc * 1000, at.utc, at.utc);
    migrate(db);
    expect(db.prepare('SELECT body, question_id FROM entries').all()).toEqual([{ body: 'Kept', question_id: null }]);
    expect(db.prepare('SELECT count(*) AS n FROM deck_marks').get()).toEqual({ n: 0 });
  });
});
