import type { Exercise } from '../../../../shared/exercises';

/**
 * Deeper exercises, and any that ask about hurt the partner caused, begin with the fear screen
 * and a "ready" from each partner in turn (CONTENT.md, Safety).
 */
export const needsSafetyCheck = (exercise: Exercise): boolean =>
  exercise.depth === 'deeper' || exercise.asksAboutPartnerHurt;

/** Said on every step, so the way out never has to be looked for. */
export const ALWAYS_SAFE = 'Any step can be skipped. “Not now” stops the session at once, and no one has to say why.';
