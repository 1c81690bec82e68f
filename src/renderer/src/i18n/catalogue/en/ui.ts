/** Pieces every screen shares (src/renderer/src/ui). */
export const ui = {
  brand: 'Hearth',
  /** Who wrote an entry when both did. */
  bothNames: '{{a}} and {{b}}',
  /** A journal day that is today or yesterday (ui/format-time). */
  today: 'Today',
  yesterday: 'Yesterday',
  /** "How do you feel?" (ui/MoodChoice): the mood words for 1–5, never a score of the relationship. */
  moodQuestion: 'How do you feel? <optional>(optional)</optional>',
  moodNotSaying: 'Not saying',
  moodHeavy: 'Heavy',
  moodLow: 'Low',
  moodSteady: 'Steady',
  moodGood: 'Good',
  moodBright: 'Bright',
} as const;
