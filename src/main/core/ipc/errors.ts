import { HearthError } from '../errors';

/**
 * The sentences a request meets when it is refused before, or fails inside, its handler.
 * Shared by core's dispatch and app's IPC registration, so both say the same thing.
 */
export const ipcError = {
  unknownChannel: () => new HearthError('UNKNOWN_CHANNEL', 'Hearth does not know that request.'),
  invalidInput: () => new HearthError('INVALID_INPUT', 'That request was not in a form Hearth accepts. Nothing was changed.'),
  forbiddenSender: () => new HearthError('FORBIDDEN_SENDER', 'Only Hearth’s own window may ask for this.'),
  internal: () => new HearthError('INTERNAL', 'Something went wrong inside Hearth. Nothing was lost; please try again.'),
};
