import type { Migration } from './types';
import { createJournal } from './0010-create-journal';
import { timeOrderedEntries } from './0020-time-ordered-entries';

/** In order; a test checks the versions rise strictly. */
export const MIGRATIONS: readonly Migration[] = [createJournal, timeOrderedEntries];

export type { Migration };
