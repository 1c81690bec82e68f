/**
 * The places in the open journal, in navigation order. Exercises, Check-ins, Timeline,
 * Backup and Settings join this list when their screens exist; no dead links before then.
 */
export const SCREENS = [
  { id: 'home', label: 'Home' },
  { id: 'journal', label: 'Journal' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];
