import type { Exercise } from '../../../../shared/exercises';

/**
 * Deeper exercises, and any that ask about hurt the partner caused, begin with the fear screen
 * and a "ready" from each partner in turn (CONTENT.md, Safety).
 */
export const needsSafetyCheck = (exercise: Exercise): boolean =>
  exercise.depth === 'deeper' || exercise.asksAboutPartnerHurt;
