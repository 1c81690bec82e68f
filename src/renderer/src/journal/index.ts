export { JournalScreen } from './JournalScreen';
// A private note is checked by the same rules as a journal entry.
export { checkEdit, splitTags } from './draft';
