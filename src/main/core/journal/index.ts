export { createEntry, getEntry, listEntries, countEntries } from './entries';
export type { NewEntry, EntryPage } from './entries';
export { setPartners, listPartners } from './partners';
