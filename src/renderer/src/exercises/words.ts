import {
  PROFESSIONAL_HELP_TITLE,
  REASONS,
  THEMES,
  type Depth,
  type Exercise,
  type Reason,
  type Theme,
  type ThemeId,
} from '../../../shared/exercises';
import { t } from '../i18n';

export const depthWord = (depth: Depth): string => t(`exercises:depth.${depth}`);

export const minutesWords = (minutes: number): string => t('exercises:minutes', { count: minutes });

/** A timer's length as people say it: "3 minutes", "45 seconds", "1 minute 30 seconds". */
export function durationWords(seconds: number): string {
  const whole = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const secondsPart = t('exercises:seconds', { count: rest });
  if (whole === 0) return secondsPart;
  if (rest === 0) return minutesWords(whole);
  return t('exercises:minutesAndSeconds', { minutes: minutesWords(whole), seconds: secondsPart });
}

/** A countdown as a clock face: 3:00, 0:07. Rounds up, so "0:00" only shows when time is up. */
export function clockFace(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A prompt's trailing "…" stays on the line with the last word. */
export const keepEllipsis = (prompt: string): string => prompt.replace(/ …/g, '\u00a0…');

export const themeById = (id: ThemeId | string): Theme | undefined => THEMES.find((theme) => theme.id === id);

export const reasonsOf = (exercise: Exercise): Reason[] =>
  REASONS.filter((reason) => exercise.reasons.includes(reason.id));

/** True when a text sends the couple to the offline "Getting professional help" page. */
export const mentionsHelpPage = (text: string | undefined): boolean =>
  text !== undefined && text.includes(PROFESSIONAL_HELP_TITLE);

export const pointsToHelpPage = (exercise: Exercise): boolean =>
  exercise.theme === 'professional-help' ||
  mentionsHelpPage(exercise.safetyNote) ||
  exercise.steps.some((step) => mentionsHelpPage(step.instruction));
