import { HearthError } from '../errors';

/** The sentences a couple meets when an exercise session cannot go on. Never a reflection's text. */
export const sessionError = {
  gone: () => new HearthError('NOT_FOUND', 'That session is no longer in the journal.'),
  noSuchExercise: () => new HearthError('NOT_FOUND', 'That exercise is not in this version of Hearth.'),
  alreadyEnded: () => new HearthError('INVALID_INPUT', 'That session has already ended.'),
  noSuchStep: () => new HearthError('INVALID_INPUT', 'That exercise has no such step.'),
  oneReflectionEach: () => new HearthError('INVALID_INPUT', 'Each partner can leave one reflection per session.'),
};
