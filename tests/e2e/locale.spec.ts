import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeSetup, goTo, PARTNERS, screenHeading, writeEntry } from './support/journey';
import { openSheetScreen } from './support/sheet';

/*
 * The same screens under en-GB and en-US (Playwright's `locale` is the page's
 * navigator.languages, as the OS's is in Electron): dates in the locale's order, the week
 * starting on its first day, its everyday paper, and its spelling. Expected dates come from
 * the page's own Intl with the locale named here, so they follow the browser's CLDR data.
 */

interface Expected {
  locale: 'en-GB' | 'en-US';
  /** The day first ("5 December 2026") or the month first ("December 5, 2026"). */
  dayOrder: RegExp;
  weekday: 'Monday' | 'Sunday';
  /** Date#getDay() of that weekday. */
  weekStart: number;
  paper: 'A4' | 'US Letter';
  otherPaper: 'A4' | 'US Letter';
  favourites: string;
  noFavourites: string;
}

const LOCALES: Expected[] = [
  {
    locale: 'en-GB',
    dayOrder: /^\w+,? \d{1,2} \w+ \d{4}$/,
    weekday: 'Monday',
    weekStart: 1,
    paper: 'A4',
    otherPaper: 'US Letter',
    favourites: 'Your favourites',
    noFavourites: 'No favourites yet.',
  },
  {
    locale: 'en-US',
    dayOrder: /^\w+, \w+ \d{1,2}, \d{4}$/,
    weekday: 'Sunday',
    weekStart: 0,
    paper: 'US Letter',
    otherPaper: 'A4',
    favourites: 'Your favorites',
    noFavourites: 'No favorites yet.',
  },
];

/** The sheet's kind that prints exercises (beside 'Question cards'). */
const KIND_EXERCISES = 'Exercises, turn by turn';

/** Today as the page's Intl writes it in `locale`, with Home's options for an entry's day. */
const todayInFull = (page: Page, locale: string): Promise<string> =>
  page.evaluate(
    (tag) => new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()),
    locale,
  );

/** The first day of this week (on the page's clock), as the timeline's table names a week. */
const thisWeekInTable = (page: Page, locale: string, weekStart: number): Promise<string> =>
  page.evaluate(
    ([tag, start]) => {
      const now = new Date();
      const back = (now.getDay() - start + 7) % 7;
      const first = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - back, 12));
      return `Week of ${new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(first)}`;
    },
    [locale, weekStart] as const,
  );

for (const expected of LOCALES) {
  test.describe(expected.locale, () => {
    test.use({ locale: expected.locale });

    test(`dates, the week, the paper and the spelling follow ${expected.locale}`, async ({ page, harnessUrl }) => {
      await page.goto(harnessUrl);
      // The harness page gets its languages from Playwright's locale, as Hearth reads them.
      expect(await page.evaluate(() => (globalThis as unknown as { navigator: { languages: string[] } }).navigator.languages)).toEqual([
        expected.locale,
      ]);
      await completeSetup(page);

      // Dates: the newest entry's day on Home, in the locale's order.
      await goTo(page, 'Journal');
      await writeEntry(page, { author: PARTNERS[0], body: 'Soup on the stove, rain on the window.' });
      await goTo(page, 'Home');
      const day = await todayInFull(page, expected.locale);
      expect(day).toMatch(expected.dayOrder);
      const other = await todayInFull(page, expected.locale === 'en-GB' ? 'en-US' : 'en-GB');
      expect(other).not.toBe(day);
      const latest = page.getByRole('region', { name: 'Latest in your journal' });
      await expect(latest).toContainText(`${PARTNERS[0]}, ${day} · 1 entry so far.`);
      await expect(latest).not.toContainText(other);

      // The first day of the week: said on the timeline, and where its week rows begin.
      await goTo(page, 'Timeline');
      await expect(page.getByText(`Weeks start on ${expected.weekday}.`)).toBeVisible();
      await page.getByRole('button', { name: 'Show as table' }).click();
      const rows = page.getByRole('region', { name: 'The chart’s numbers' }).getByRole('rowheader');
      await expect(rows.last()).toHaveText(await thisWeekInTable(page, expected.locale, expected.weekStart));

      // The paper: the locale's everyday size is chosen, and the couple's own choice is kept.
      await openSheetScreen(page);
      const paper = page.getByRole('group', { name: 'Paper size' });
      await expect(paper.getByRole('radio', { name: expected.paper, exact: true })).toBeChecked();
      await expect(paper.getByRole('radio', { name: expected.otherPaper, exact: true })).not.toBeChecked();
      await paper.getByRole('radio', { name: expected.otherPaper, exact: true }).check();
      await page.getByRole('radio', { name: 'Question cards' }).check();
      await expect(paper.getByRole('radio', { name: expected.otherPaper, exact: true })).toBeChecked();
      await goTo(page, 'Home');
      await openSheetScreen(page);
      await expect(paper.getByRole('radio', { name: expected.otherPaper, exact: true })).toBeChecked();
      await page.getByRole('radio', { name: 'Question cards' }).check();

      // The spelling: "favourites" in Britain, "favorites" in the US.
      const source = page.getByLabel('Cards from');
      await expect(source.getByRole('option', { name: expected.favourites, exact: true })).toHaveCount(1);
      await expect(source).toHaveValue('favourites');
      await page.getByRole('button', { name: 'Preview the cards' }).click();
      await expect(page.getByText(expected.noFavourites)).toBeVisible();
      await expect(screenHeading(page)).toHaveText('Conversation sheet');

      // The sheet's own date, in the locale's order ("6 December 2026" / "December 6, 2026").
      await goTo(page, 'Home');
      await openSheetScreen(page);
      await page.getByRole('radio', { name: KIND_EXERCISES, exact: true }).check();
      await page.getByRole('group', { name: 'Exercises' }).getByRole('checkbox').first().check();
      await page.getByRole('button', { name: 'Preview the sheet' }).click();
      const dated = await page.evaluate(
        (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()),
        expected.locale,
      );
      await expect(page.locator('.sheet-for').first()).toContainText(dated);
    });
  });
}
