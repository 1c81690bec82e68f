export { createEntry, getEntry, requireEntry, updateEntry, listEntries, countEntries, listTags } from './entries';
export type { NewEntry, EntryChanges, EntryPage } from './entries';
export { allocateEntryId } from './entry-ids';
export { searchEntries, type SearchPage } from './search';
export { toFtsQuery, toSegments } from './search-query';
export { trashEntry, restoreEntry, listTrash, emptyTrash, type TrashPage } from './trash';
export { setPartners, listPartners } from './partners';
