import type { DeckCard } from '../../../shared/ipc/features/deck';
import type { DeckQuestion } from '../../../shared/deck/types';
import { ALL_QUESTIONS, DECKS } from '../../../shared/deck';
import type { WritableDB } from '../db/connection';
import { deckError } from './errors';
import { cardFor, markDrawn } from './marks';

/**
 * What a deck still has to offer in its current round: questions not drawn yet, the ones
 * never talked about first. When a deck has nothing left, its round starts over (drawn
 * marks cleared), so no question comes back before every other one in its deck has.
 */
function roundOf(db: WritableDB, deckId: string): DeckQuestion[] {
  const questions = ALL_QUESTIONS.filter((q) => q.deckId === deckId);
  const marks = new Map(
    (
      db
        .prepare(`SELECT question_id, drawn_at, talked_at FROM deck_marks WHERE question_id LIKE ? ESCAPE '\\'`)
        .all(`${deckId.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`) as { question_id: string; drawn_at: number | null; talked_at: number | null }[]
    ).map((m) => [m.question_id, m]),
  );
  const undrawn = questions.filter((q) => marks.get(q.id)?.drawn_at == null);
  if (undrawn.length === 0) {
    db.prepare(`UPDATE deck_marks SET drawn_at = NULL WHERE question_id IN (${questions.map(() => '?').join(', ')})`).run(
      ...questions.map((q) => q.id),
    );
    return roundOf(db, deckId);
  }
  const fresh = undrawn.filter((q) => marks.get(q.id)?.talked_at == null);
  return fresh.length > 0 ? fresh : undrawn;
}

/**
 * Draws one question from a deck, or from every deck. From all decks, each deck keeps its
 * own round; questions never talked about are preferred across the whole table.
 */
export function drawQuestion(
  db: WritableDB,
  deckId: string | undefined,
  now: number,
  random: () => number = Math.random,
): DeckCard {
  if (deckId !== undefined && !DECKS.some((d) => d.id === deckId)) {
    throw deckError.noSuchDeck();
  }
  const drawn = db.transaction(() => {
    const decks = deckId ? [deckId] : DECKS.map((d) => d.id);
    const rounds = decks.flatMap((id) => roundOf(db, id));
    const talked = new Set(
      (db.prepare('SELECT question_id FROM deck_marks WHERE talked_at IS NOT NULL').all() as { question_id: string }[]).map(
        (m) => m.question_id,
      ),
    );
    const fresh = rounds.filter((q) => !talked.has(q.id));
    const pool = fresh.length > 0 ? fresh : rounds;
    const question = pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
    if (!question) throw deckError.deckEmpty();
    markDrawn(db, question.id, now);
    return question;
  }).immediate();
  return cardFor(db, drawn.id);
}
