import { locale, t } from '../i18n';

export const EXCERPT_CHARS = 140;

/** The first words of an entry, cut at a word boundary, for a glance on Home. */
export function excerpt(body: string, limit = EXCERPT_CHARS): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const longDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
export const writtenOn = (utc: number): string => longDay.format(new Date(utc));

/** Weeks in a row with a session together, said kindly: a pause is never a failure. */
export function streakLine(weeks: number, thisWeekDone: boolean): string {
  if (weeks === 0) return t('home:streakFresh');
  if (weeks === 1) return thisWeekDone ? t('home:streakOneThisWeek') : t('home:streakOneLastWeek');
  return thisWeekDone ? t('home:streakRunIncluded', { weeks }) : t('home:streakRunOpen', { weeks });
}
