export const EXCERPT_CHARS = 140;

/** The first words of an entry, cut at a word boundary, for a glance on Home. */
export function excerpt(body: string, limit = EXCERPT_CHARS): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
export const writtenOn = (utc: number): string => longDay.format(new Date(utc));

/** Weeks in a row with a session together, said kindly: a pause is never a failure. */
export function streakLine(weeks: number, thisWeekDone: boolean): string {
  if (weeks === 0) return 'A fresh week. Any exercise together, however short, is a lovely start.';
  if (weeks === 1) return thisWeekDone ? 'You made time this week. A good start.' : 'You made time last week. This week is still open.';
  return thisWeekDone ? `${weeks} weeks in a row, this one included.` : `${weeks} weeks in a row. This week is still open.`;
}
