/**
 * The places in the open journal, in navigation order. Exercises, Check-ins, Timeline,
 * Backup and Settings join this list when their screens exist; no dead links before then.
 */
export const SCREENS = [
  { id: 'home', label: 'Home' },
  { id: 'journal', label: 'Journal' },
  { id: 'exercises', label: 'Exercises' },
  { id: 'deck', label: 'Questions' }, // the conversation deck
  { id: 'checkins', label: 'Check-ins' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'sheet', label: 'Print' }, // the screen itself is headed "Conversation sheet"
  { id: 'backup', label: 'Backup' },
  { id: 'settings', label: 'Settings' },
] as const;

/** 'private' (each partner's private page) is reached from the journal, not the navigation, to keep it one row. */
export type ScreenId = (typeof SCREENS)[number]['id'] | 'private';
