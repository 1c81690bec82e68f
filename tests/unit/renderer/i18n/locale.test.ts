import { describe, expect, it } from 'vitest';
import { catalogueLanguage, defaultPaperSize, firstDayOfWeek, systemLocale } from '../../../../src/renderer/src/i18n/locale';

// What the OS locale decides, region by region: the catalogue's spelling, the first day of
// the week (as Date#getDay() counts: 0 Sunday, 1 Monday) and the paper in the printer.
describe('the locale', () => {
  it('takes the first of the OS languages that Intl accepts, and en-US when there is none', () => {
    expect(systemLocale(['en-GB', 'en-US'])).toBe('en-GB');
    // "C" (LANG=C) and "en_GB" (a POSIX name) are not language tags: the next one is used.
    expect(systemLocale(['C', 'en_GB', 'de-DE'])).toBe('de-DE');
    expect(systemLocale(['EN-au'])).toBe('en-AU');
    expect(systemLocale(['not a tag'])).toBe('en-US');
    expect(systemLocale([])).toBe('en-US');
  });

  it('en-US: US spelling, weeks from Sunday, Letter paper', () => {
    expect(catalogueLanguage('en-US')).toBe('en');
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(defaultPaperSize('en-US')).toBe('letter');
    // A bare "en" is read as American English.
    expect(catalogueLanguage('en')).toBe('en');
    expect(firstDayOfWeek('en')).toBe(0);
    expect(defaultPaperSize('en')).toBe('letter');
  });

  it('en-GB: British spelling, weeks from Monday, A4 paper', () => {
    expect(catalogueLanguage('en-GB')).toBe('en-GB');
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(defaultPaperSize('en-GB')).toBe('a4');
  });

  it('en-AU: British spelling, weeks from Monday, A4 paper', () => {
    expect(catalogueLanguage('en-AU')).toBe('en-GB');
    expect(firstDayOfWeek('en-AU')).toBe(1);
    expect(defaultPaperSize('en-AU')).toBe('a4');
  });

  it('de-DE: the English catalogue until there is a German one, weeks from Monday, A4 paper', () => {
    expect(catalogueLanguage('de-DE')).toBe('en');
    expect(firstDayOfWeek('de-DE')).toBe(1);
    expect(defaultPaperSize('de-DE')).toBe('a4');
  });

  it('en-CA keeps US spelling for now, weeks from Sunday, Letter paper', () => {
    expect(catalogueLanguage('en-CA')).toBe('en');
    expect(firstDayOfWeek('en-CA')).toBe(0);
    expect(defaultPaperSize('en-CA')).toBe('letter');
  });

  it('a tag Intl refuses never throws: the base catalogue, Monday, A4', () => {
    for (const bad of ['not a language tag', 'en_GB', '']) {
      expect(catalogueLanguage(bad)).toBe('en');
      expect(firstDayOfWeek(bad)).toBe(1);
      expect(defaultPaperSize(bad)).toBe('a4');
    }
  });
});
