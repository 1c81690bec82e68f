import { locale, t } from '../i18n';

export type ScaleId = 'close' | 'safe' | 'heard';

/** A scale's words, read from the catalogue when asked for, so they follow the catalogue's language. */
const scale = (id: ScaleId) => ({
  id,
  get question(): string {
    return t(`checkins:scales.${id}.question`);
  },
  get low(): string {
    return t(`checkins:scales.${id}.low`);
  },
  get high(): string {
    return t(`checkins:scales.${id}.high`);
  },
  /** "Choose how close you feel, from 1 to 5.": said when the scale was left unanswered. */
  get choose(): string {
    return t(`checkins:scales.${id}.choose`);
  },
  get missing(): string {
    return t(`checkins:scales.${id}.missing`);
  },
});

/** The three questions of a check-in, each a 1–5 scale with a gentle word at either end. */
export const SCALES = [scale('close'), scale('safe'), scale('heard')] as const;

export const RATINGS = [1, 2, 3, 4, 5] as const;

const when = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** When a check-in was made, briefly, in this computer's language and time zone. */
export const checkedInAt = (utc: number): string => when.format(new Date(utc));

/** The moment as the core wants it: UTC and this computer's offset, so the local day is right. */
export const writtenNow = () => ({ utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() });
