import type { Exercise } from '../../../shared/exercises';

/** One day of the first fortnight: a question, a quick exercise, or (once a week) a longer one. */
export type FortnightStep =
  | { day: number; kind: 'question' }
  | { day: number; kind: 'quick' | 'longer'; exerciseId: string; title: string; minutes: number };

export const FORTNIGHT_DAYS = 14;
/** The one longer session of each week. */
const LONGER_DAYS = [7, 14];

/**
 * A gentle path for a couple new to Hearth: mostly two-to-five-minute things (the question
 * for today, a quick exercise) and one longer session a week. Only light exercises that do
 * not ask about hurt, each theme at most once, in catalogue order, so the path is the same
 * every time it is drawn. Where the catalogue runs short, a day falls back to a question.
 */
export function fortnightPlan(catalogue: readonly Exercise[]): FortnightStep[] {
  const gentle = catalogue.filter((e) => e.depth === 'light' && !e.asksAboutPartnerHurt);
  const byTheme = (list: Exercise[]) => {
    const seen = new Set<string>();
    const first = list.filter((e) => !seen.has(e.theme) && seen.add(e.theme));
    return [...first, ...list.filter((e) => !first.includes(e))];
  };
  const quick = byTheme(gentle.filter((e) => e.minutes <= 5));
  const longer = byTheme(gentle.filter((e) => e.minutes > 5).sort((x, y) => x.minutes - y.minutes));
  const steps: FortnightStep[] = [];
  for (let day = 1; day <= FORTNIGHT_DAYS; day++) {
    const exercise = LONGER_DAYS.includes(day) ? longer.shift() : day % 2 === 0 ? quick.shift() : undefined;
    steps.push(
      exercise
        ? {
            day,
            kind: LONGER_DAYS.includes(day) ? 'longer' : 'quick',
            exerciseId: exercise.id,
            title: exercise.title,
            minutes: exercise.minutes,
          }
        : { day, kind: 'question' },
    );
  }
  return steps;
}

/** Which day of the path today is (1–14), counted from the local day it began. */
export function dayOfFortnight(startedOn: string, today: string): number {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startedOn}T00:00:00Z`)) / 86_400_000);
  return Math.min(FORTNIGHT_DAYS, Math.max(1, days + 1));
}
