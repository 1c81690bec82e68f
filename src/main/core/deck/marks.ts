import type { DeckCard } from '../../../shared/ipc/features/deck';
import { questionById } from '../../../shared/deck';
import type { ReadableDB, WritableDB } from '../db/connection';
import { deckError } from './errors';

interface MarkRow {
  question_id: string;
  favourite_at: number | null;
  talked_at: number | null;
}

/** Only catalogue questions get marks, so a stray id can never fill the table. */
export function requireQuestion(questionId: string) {
  const question = questionById(questionId);
  if (!question) throw deckError.noSuchQuestion();
  return question;
}

/** A question with what the couple did with it (no row yet: nothing done). */
export function cardFor(db: ReadableDB, questionId: string): DeckCard {
  const row = db.prepare('SELECT question_id, favourite_at, talked_at FROM deck_marks WHERE question_id = ?').get(questionId) as
    | MarkRow
    | undefined;
  return { questionId, favourite: row?.favourite_at != null, talkedAt: row?.talked_at ?? null };
}

/** Creates the question's row if needed, then sets the given columns. */
function mark(db: WritableDB, questionId: string, columns: Record<string, string | number | null>): void {
  const names = Object.keys(columns);
  db.prepare(
    `INSERT INTO deck_marks (question_id, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})
     ON CONFLICT (question_id) DO UPDATE SET ${names.map((n) => `${n} = excluded.${n}`).join(', ')}`,
  ).run(questionId, ...Object.values(columns));
}

export function setFavourite(db: WritableDB, questionId: string, favourite: boolean, now: number): DeckCard {
  requireQuestion(questionId);
  const current = cardFor(db, questionId);
  // Keeping a favourite again leaves its place in the list where it was.
  if (current.favourite !== favourite) mark(db, questionId, { favourite_at: favourite ? now : null });
  return cardFor(db, questionId);
}

/** Favourites, most recently kept first. */
export function listFavourites(db: ReadableDB): DeckCard[] {
  const rows = db
    .prepare(
      `SELECT question_id, favourite_at, talked_at FROM deck_marks
       WHERE favourite_at IS NOT NULL ORDER BY favourite_at DESC, question_id`,
    )
    .all() as MarkRow[];
  // A question later withdrawn from the catalogue has no words to show: leave it out.
  return rows
    .filter((row) => questionById(row.question_id))
    .map((row) => ({ questionId: row.question_id, favourite: true, talkedAt: row.talked_at }));
}

/** "We talked about it": the question counts as used, and the moment shows on the timeline. */
export function markTalked(db: WritableDB, questionId: string, at: { utc: number; day: string }): DeckCard {
  requireQuestion(questionId);
  mark(db, questionId, { talked_at: at.utc, talked_day: at.day });
  return cardFor(db, questionId);
}

/** How many questions of the day were skipped on this local day. */
export function skipsOn(db: ReadableDB, day: string): number {
  return (db.prepare('SELECT count(*) AS n FROM deck_marks WHERE skipped_day = ?').get(day) as { n: number }).n;
}

export function markSkipped(db: WritableDB, questionId: string, day: string): void {
  mark(db, questionId, { skipped_day: day });
}

export function markDrawn(db: WritableDB, questionId: string, now: number): void {
  mark(db, questionId, { drawn_at: now });
}
