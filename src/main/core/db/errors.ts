import { HearthError } from '../errors';

/**
 * The sentences a person meets when the journal's database will not open. (A journal from a
 * newer Hearth has its own class, DatabaseFromFutureError in ../errors.)
 */
export const databaseError = {
  wrongKey: (cause?: unknown) =>
    new HearthError(
      'WRONG_KEY',
      'The key Hearth found does not open this journal. Nothing was changed. ' +
        'If you have a recovery code or a backup, you can use it to get your journal back.',
      { cause },
    ),
  damaged: (cause?: unknown) =>
    new HearthError('DATABASE_CORRUPT', 'This journal file is damaged and cannot be opened. Nothing was changed.', { cause }),
};
