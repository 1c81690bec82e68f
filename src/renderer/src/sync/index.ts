export { SyncSettings } from './SyncSettings';
export { EntryHistoryAction, EntryHistoryDialog, ParallelEditNote } from './EntryHistory';
