import { HearthError } from '../errors';

/** The sentences a person meets when an entry cannot be written, found or brought back. Never the entry's text. */
export const journalError = {
  entryGone: () => new HearthError('NOT_FOUND', 'That entry is no longer in the journal.'),
  notInTrash: () => new HearthError('NOT_FOUND', 'That entry is not in the trash any more.'),
  sessionGone: () => new HearthError('NOT_FOUND', 'That exercise session is no longer in the journal.'),
  tooManyAtOnce: () => new HearthError('INVALID_INPUT', 'Too many entries share that exact moment. Try again in a moment.'),
};
