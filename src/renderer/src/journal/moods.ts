/** Mood words for 1–5: how the writer feels, never a score of the relationship. */
export const MOODS = [
  { value: 1, word: 'Heavy' },
  { value: 2, word: 'Low' },
  { value: 3, word: 'Steady' },
  { value: 4, word: 'Good' },
  { value: 5, word: 'Bright' },
] as const;

export const moodWord = (value: number): string | undefined => MOODS.find((m) => m.value === value)?.word;
