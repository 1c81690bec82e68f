import { defaultPaper } from '../../../shared/sheet/paper';
/**
 * The user's locale, from the OS: Electron hands the renderer the system's languages as
 * navigator.languages (on Linux from LANG / LC_*). Dates, times and numbers are formatted
 * with the full tag (en-GB → 5 December 2026, en-US → December 5, 2026); the message
 * catalogue is chosen by language with spelling variants by region; the first day of the
 * week and the default paper size follow the region.
 */

/** The locale Hearth formats with: the first of the OS's languages that Intl knows. */
export function systemLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): string {
  for (const tag of languages) {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
    } catch {
      // Not a tag Intl accepts (e.g. "C"): try the next one.
    }
  }
  return 'en-US';
}

/** The locale's region, filled in when the tag has none ("en" → US, "de" → DE); null for a tag Intl refuses. */
function regionOf(locale: string): string | null {
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}

/** Regions that spell the British way (the catalogue's en-GB variant). */
const BRITISH_SPELLING = new Set(['GB', 'IE', 'AU', 'NZ', 'ZA', 'IN', 'SG', 'HK', 'MT', 'CY', 'JE', 'GG', 'IM', 'GI']);

/** The catalogue's language for a locale: 'en-GB' or 'en' (US spelling) for now. */
export function catalogueLanguage(locale: string): 'en' | 'en-GB' {
  const region = regionOf(locale);
  return region !== null && new Intl.Locale(locale).language === 'en' && BRITISH_SPELLING.has(region) ? 'en-GB' : 'en';
}

type WeekInfo = { firstDay: number };
type LocaleWithWeeks = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The first day of the week as Date#getDay() counts (0 Sunday … 6 Saturday); Monday for a tag Intl refuses. */
export function firstDayOfWeek(locale: string): number {
  const region = regionOf(locale);
  if (region === null) return 1;
  const info = new Intl.Locale(locale) as LocaleWithWeeks;
  const first = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
  // Intl counts 1 Monday … 7 Sunday.
  if (typeof first === 'number' && first >= 1 && first <= 7) return first % 7;
  return region === 'US' ? 0 : 1;
}

export type PaperSize = 'a4' | 'letter';
/**
 * The paper a locale's printers most likely hold; A4 for a tag Intl refuses (most of the
 * world). The list of Letter regions is the sheet's own (shared/sheet/paper.ts); here the
 * region comes from Intl, so "en" alone counts as en-US.
 */
export function defaultPaperSize(locale: string): PaperSize {
  const region = regionOf(locale);
  return region !== null && defaultPaper(`und-${region}`) === 'Letter' ? 'letter' : 'a4';
}
