const formatter = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** When an entry was written, in this computer's time zone and language. */
export const formatWrittenAt = (utc: number): string => formatter.format(new Date(utc));
