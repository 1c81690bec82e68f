/**
 * The places in the open journal, in navigation order; their names are in the catalogue (app:screens).
 * Each place's screen is in the route table (./routes.tsx), which TypeScript checks is complete.
 */
export const SCREENS = [
  { id: 'home' },
  { id: 'journal' },
  { id: 'exercises' },
  { id: 'deck' }, // the conversation deck, "Questions"
  { id: 'checkins' },
  { id: 'timeline' },
  { id: 'sheet' }, // "Print"; the screen itself is headed "Conversation sheet"
  { id: 'backup' },
  { id: 'settings' },
] as const;

/** 'private' (each partner's private page) is reached from the journal, not the navigation, to keep it one row. */
export type ScreenId = (typeof SCREENS)[number]['id'] | 'private';
