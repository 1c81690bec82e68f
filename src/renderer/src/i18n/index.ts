/**
 * Every UI string goes through here: i18next with the catalogue in ./catalogue, chosen by
 * the OS locale (./locale). Components use `useT('<namespace>')`; code outside React uses
 * `t('<namespace>:<key>')`. Dates and numbers use `locale` with Intl, never `undefined`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './catalogue/en';
import { enGB } from './catalogue/en-GB';
import { catalogueLanguage, defaultPaperSize, firstDayOfWeek, systemLocale } from './locale';

export { catalogueLanguage, defaultPaperSize, firstDayOfWeek, systemLocale } from './locale';
export type { PaperSize } from './locale';

/** The locale of this window, fixed at start (the OS locale does not change under a running app). */
export const locale = systemLocale();
export const weekStartsOn = firstDayOfWeek(locale);
export const paperSize = defaultPaperSize(locale);

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en, 'en-GB': enGB },
  lng: catalogueLanguage(locale),
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: Object.keys(en),
  initAsync: false,
  // React escapes; i18next must not escape again.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const t: I18n['t'] = i18n.t.bind(i18n);
/** The hook, re-exported so components import i18n from one place. */
export { useTranslation as useT };
