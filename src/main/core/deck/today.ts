import type { TodaysQuestion } from '../../../shared/ipc/features/deck';
import { questionForDay } from '../../../shared/deck/daily';
import type { WritableDB } from '../db/connection';
import { cardFor, markSkipped, skipsOn } from './marks';

/**
 * Today's question: the same for everyone who opens this journal on one local day (the
 * day comes from main's clock, the seed is the journal's id), and the next one in line
 * after each skip today. questionForDay keeps a deck from repeating before it is used up.
 */
export function todaysQuestion(db: WritableDB, day: string, seed: string): TodaysQuestion {
  const skipped = skipsOn(db, day);
  const question = questionForDay(day, seed, skipped);
  return { ...cardFor(db, question.id), day, skipped };
}

/** Sets today's question aside for today and returns the one after it. */
export function skipToday(db: WritableDB, day: string, seed: string): TodaysQuestion {
  return db.transaction(() => {
    const current = todaysQuestion(db, day, seed);
    markSkipped(db, current.questionId, day);
    const next = todaysQuestion(db, day, seed);
    return next;
  }).immediate();
}
