import type { Migration } from './types';
import { createJournal } from './0010-create-journal';

/** In order; a test checks the versions rise strictly. */
export const MIGRATIONS: readonly Migration[] = [createJournal];

export type { Migration };
