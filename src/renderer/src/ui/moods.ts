import { t } from '../i18n';

/** Mood words for 1–5: how the writer feels, never a score of the relationship. (The locale is fixed at start.) */
export const MOODS = [
  { value: 1, word: t('ui:moodHeavy') },
  { value: 2, word: t('ui:moodLow') },
  { value: 3, word: t('ui:moodSteady') },
  { value: 4, word: t('ui:moodGood') },
  { value: 5, word: t('ui:moodBright') },
] as const;

export const moodWord = (value: number): string | undefined => MOODS.find((m) => m.value === value)?.word;
