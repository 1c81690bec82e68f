/** The three questions of a check-in, each a 1–5 scale with a gentle word at either end. */
export const SCALES = [
  { id: 'close', question: 'How close do you feel right now?', low: 'Far apart', high: 'Very close', missing: 'how close you feel' },
  { id: 'safe', question: 'How safe do you feel being open right now?', low: 'On guard', high: 'Completely safe', missing: 'how safe you feel' },
  { id: 'heard', question: 'How heard do you feel lately?', low: 'Unheard', high: 'Truly heard', missing: 'how heard you feel' },
] as const;

export type ScaleId = (typeof SCALES)[number]['id'];

export const RATINGS = [1, 2, 3, 4, 5] as const;

const when = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** When a check-in was made, briefly, in this computer's language and time zone. */
export const checkedInAt = (utc: number): string => when.format(new Date(utc));

/** The moment as the core wants it: UTC and this computer's offset, so the local day is right. */
export const writtenNow = () => ({ utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() });
