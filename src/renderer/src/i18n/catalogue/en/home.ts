/** Home: where the open journal starts. */
export const home = {
  greeting: 'Good to see you, {{a}} and {{b}}',
  checkInTitle: 'How are you both?',
  checkInWhy: 'A one-minute check-in, each of you on your own: how close, safe and heard you feel.',
  checkIn: 'Check in',
  onThisDay: 'On this day',
  monthAgo: 'A month ago',
  yearAgo: 'A year ago',
  timeTogether: 'Time together',
  latest: 'Latest in your journal',
  yourJournal: 'Your journal',
  emptyJournal: 'A few honest lines, written alone or side by side, are plenty.',
  write: 'Write in the journal',
  /** Who wrote it, and when: "Sam, Saturday, December 5, 2026". */
  byline: '{{who}}, {{when}}',
  nothingWritten: 'Nothing written yet.',
  /** {{n}} is the count formatted for the locale; count picks the plural. */
  soFar_one: '{{n}} entry so far.',
  soFar_other: '{{n}} entries so far.',
  streakFresh: 'A fresh week. Any exercise together, however short, is a lovely start.',
  streakOneThisWeek: 'You made time this week. A good start.',
  streakOneLastWeek: 'You made time last week. This week is still open.',
  streakRunIncluded: '{{weeks}} weeks in a row, this one included.',
  streakRunOpen: '{{weeks}} weeks in a row. This week is still open.',
} as const;
