import { HearthError } from '../errors';

/** What the sync service says (the folder layer's own sentences are in ./folder/errors.ts). */
export const syncError = {
  notOn: () => new HearthError('INVALID_INPUT', 'Sync is not on for this journal. Share it or join from Settings first.'),
  alreadyOn: () => new HearthError('INVALID_INPUT', 'This journal already syncs through a folder. Stop syncing first to choose another.'),
  folderChoiceGone: () => new HearthError('INVALID_INPUT', 'Hearth no longer knows which folder you chose. Choose it again.'),
};
