import type { Migration } from './types';
import { createJournal } from './0010-create-journal';
import { timeOrderedEntries } from './0020-time-ordered-entries';
import { entryCounts } from './0030-entry-counts';
import { deck } from './0040-deck';
import { writtenPrivately } from './0050-written-privately';
import { sync } from './0060-sync';

/** In order; a test checks the versions rise strictly. */
export const MIGRATIONS: readonly Migration[] = [createJournal, timeOrderedEntries, entryCounts, deck, writtenPrivately, sync];

export type { Migration };
