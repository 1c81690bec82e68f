import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExercises, startAdasTurn } from './support/exercises';
import { noonDaysAgo, openCheckIns } from './support/journal-timeline';
import { completeSetup, goTo, screenHeading, shownEntries } from './support/journey';
import type { PageGlobal } from './support/page-global';
import { exerciseBox, openSheetScreen } from './support/sheet';

/**
 * The README's pictures of the main screens, made from a small, lived-in journal so they stay
 * true to the app: `npm run screenshots` (README_SHOTS=1) writes them to docs/screenshots/.
 * In an ordinary run the same walk runs and checks every screen, and the pictures go to the
 * (uncommitted) artifacts folder instead. Also here: three layout faults the pictures showed.
 */

const README_SHOTS = process.env.README_SHOTS === '1';
const SHOTS_DIR = fileURLToPath(new URL(README_SHOTS ? '../../docs/screenshots/' : './artifacts/readme/', import.meta.url));
mkdirSync(SHOTS_DIR, { recursive: true });
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

const SCHEMES = ['light', 'dark'] as const;
const NEWEST = 'Pancakes in bed, and the whole of Sunday to ourselves.';

/** Browser globals the page functions below read (the tests' tsconfig has no DOM lib). */
interface Win {
  innerWidth: number;
  innerHeight: number;
  scrollY: number;
  getComputedStyle(element: unknown): { color: string; backgroundColor: string };
}

/**
 * Five weeks of a couple's use, written through the API at chosen moments: a dozen entries
 * with moods and tags (one a month ago and one a year ago, for "On this day"), a session
 * most weeks across five themes, and both partners' weekly check-ins.
 */
async function seedJournal(page: Page): Promise<void> {
  const now = Date.now();
  const at = (days: number, hour: number) => {
    const utc = noonDaysAgo(now, days) + (hour - 12) * 3_600_000;
    return { utc, offsetMinutes: -new Date(utc).getTimezoneOffset() };
  };
  const entries: { days: number; hour: number; author: 'a' | 'b' | 'both'; body: string; mood?: number; tags?: string[] }[] = [
    { days: 365, hour: 18, author: 'both', body: 'Our first walk up the hill behind the station. We said we would come back every year.', tags: ['walks'] },
    { days: 33, hour: 21, author: 'a', body: 'A long week. Bo made soup without being asked and I nearly cried into it.', mood: 3, tags: ['thanks'] },
    { days: 30, hour: 20, author: 'both', body: 'The first frost. We stood at the kitchen window for ages, not saying much, just leaning on each other.', mood: 5, tags: ['home'] },
    { days: 26, hour: 22, author: 'b', body: 'We argued about the holidays again. I want to try saying what I need instead of what Ada did wrong.', mood: 2, tags: ['repair'] },
    { days: 23, hour: 19, author: 'a', body: 'Tried the three minutes each. Hard to just listen! But I heard something new about Bo’s job.', mood: 4, tags: ['listening'] },
    { days: 19, hour: 8, author: 'b', body: 'Coffee on the step before work. Small, but it set the whole day right.', mood: 4, tags: ['mornings'] },
    { days: 15, hour: 21, author: 'both', body: 'Cooked bread together and laughed at the flour everywhere. We should do this more.', mood: 5, tags: ['kitchen', 'us'] },
    { days: 12, hour: 20, author: 'a', body: 'Told Bo about the thing with my sister. It felt safer than I expected.', mood: 4, tags: ['family'] },
    { days: 8, hour: 18, author: 'b', body: 'Ada remembered the name of my new manager. Being remembered feels like being loved.', mood: 5, tags: ['thanks'] },
    { days: 5, hour: 22, author: 'a', body: 'Tired and short with each other tonight. We said so, and went to bed kinder.', mood: 3, tags: ['repair'] },
    { days: 2, hour: 19, author: 'both', body: 'Planned a day for just us: the market, the river, nothing else.', mood: 4, tags: ['plans', 'us'] },
    { days: 0, hour: 9, author: 'both', body: NEWEST, mood: 5, tags: ['us'] },
  ];
  const sessions: { days: number; exerciseId: string }[] = [
    { days: 29, exerciseId: 'plan-an-hour-for-us' },
    { days: 23, exerciseId: 'three-minutes-each' },
    { days: 16, exerciseId: 'i-feel-when-because-i-need' },
    { days: 9, exerciseId: 'your-day-told-by-me' },
    { days: 4, exerciseId: 'promises-kept-this-week' },
    { days: 1, exerciseId: 'three-small-true-things' },
  ];
  const checkIns: { days: number; partner: 'a' | 'b'; close: number; safe: number; heard: number }[] = [];
  for (const [index, days] of [28, 21, 14, 7, 1].entries()) {
    checkIns.push({ days, partner: 'a', close: [3, 4, 4, 5, 4][index]!, safe: [4, 4, 5, 5, 5][index]!, heard: [3, 3, 4, 4, 5][index]! });
    checkIns.push({ days, partner: 'b', close: [3, 3, 4, 4, 5][index]!, safe: [3, 4, 4, 5, 4][index]!, heard: [2, 3, 4, 4, 4][index]! });
  }
  await page.evaluate(
    async (plan) => {
      const api = (globalThis as unknown as PageGlobal).hearth.invoke;
      const ok = <T,>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
        if (!result.ok) throw new Error(result.error.code);
        return result.value;
      };
      for (const { when, ...entry } of plan.entries) ok(await api['entries.create']({ ...entry, at: when }));
      for (const { when, exerciseId } of plan.sessions) {
        const started = ok(await api['sessions.start']({ exerciseId, at: when }));
        ok(await api['sessions.complete']({ id: started.id, reflections: [], at: when }));
      }
      for (const { when, ...checkIn } of plan.checkIns) ok(await api['checkins.create']({ ...checkIn, at: when }));
    },
    {
      entries: entries.map(({ days, hour, ...entry }) => ({ ...entry, when: at(days, hour) })),
      sessions: sessions.map(({ days, exerciseId }) => ({ exerciseId, when: at(days, 20) })),
      checkIns: checkIns.map(({ days, ...checkIn }) => ({ ...checkIn, when: at(days, 21) })),
    },
  );
}

async function openLivedInJournal(page: Page, harnessUrl: string): Promise<void> {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await seedJournal(page);
  // Home read the journal before the seed: open it again so it shows the five weeks.
  await goTo(page, 'Journal');
  await goTo(page, 'Home');
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the main screens in light and dark, from a lived-in journal (the README’s pictures)', async ({ page, harnessUrl }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLivedInJournal(page, harnessUrl);

  /** The screen in both schemes, at the top, with the pointer out of the way. */
  const shoot = async (name: string) => {
    await page.mouse.move(0, 0);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const path = `${SHOTS_DIR}${README_SHOTS ? '' : 'readme-'}${name}-${scheme}.png`;
      await page.screenshot({ path, type: 'png', scale: 'css' });
    }
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  };

  // Home: the one next thing, what they wrote a month and a year ago, the streak, the newest entry.
  await expect(page.getByRole('region', { name: 'On this day' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Latest in your journal' })).toContainText(NEWEST);
  await shoot('home');
  // The whole of Home, for the design notes: the cards below the first screen, in their rows.
  await page.screenshot({ path: `${ARTIFACTS}readme-home-full-light.png`, type: 'png', scale: 'css', fullPage: true });

  await goTo(page, 'Journal');
  await expect(shownEntries(page).first()).toContainText(NEWEST);
  await expect(shownEntries(page)).not.toHaveCount(0);
  await shoot('journal');

  await goTo(page, 'Timeline');
  await expect(page.locator('svg[data-chart]')).toHaveCount(4);
  await expect(page.getByRole('img', { name: /^Sessions together/ }).locator('.chart-bar')).not.toHaveCount(0);
  await shoot('timeline');

  await openExercises(page);
  await expect(page.getByRole('navigation', { name: 'Exercise themes' })).toBeVisible();
  await shoot('library');

  await nav(page).getByRole('button', { name: 'Questions', exact: true }).click();
  await expect(screenHeading(page)).toHaveText('Conversation deck');
  await page.getByRole('button', { name: 'Draw a question' }).click();
  await expect(page.locator('.deck-draw [data-question-id]')).toHaveCount(1);
  await shoot('questions');

  await openCheckIns(page);
  await expect(page.getByRole('region', { name: 'Who is checking in?' })).toBeVisible();
  await page.getByRole('button', { name: 'Show recent check-ins' }).click();
  await expect(page.locator('#checkin-history section')).toHaveCount(2);
  await shoot('checkins');

  // A session as it runs: the navigation steps aside, Ada's three minutes are ticking.
  await startAdasTurn(page);
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(nav(page)).toBeHidden();
  await shoot('session');
});

/** Is the element's box wholly inside the window as it opens, without scrolling? */
const onFirstScreen = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const w = globalThis as unknown as Win;
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), fits: w.scrollY === 0 && box.top >= 0 && box.bottom <= w.innerHeight };
  });

/** Every card's box in the groups given, in the page's order. */
const cardBoxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((cards) =>
    cards.map((card) => {
      const box = card.getBoundingClientRect();
      return { id: card.getAttribute('aria-labelledby'), left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );

for (const size of [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
] as const) {
  const at = `${size.width}×${size.height}`;

  test(`at ${at}: the timeline's first chart is on the first screen, and Home's cards sit in even rows`, async ({ page, harnessUrl }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await openLivedInJournal(page, harnessUrl);

    // Home: below the one next thing, the cards pair up as equal halves, each row's cards one
    // height and together the column's full width; a card left over takes a row of its own.
    await expect(page.getByRole('region', { name: 'Latest in your journal' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'How are you both?' })).toBeVisible();
    const column = await page.locator('.home-next > .card').first().evaluate((card) => {
      const box = card.getBoundingClientRect();
      return { left: box.left, right: box.right };
    });
    const cards = await cardBoxes(page, '.home-ours > .card, .home-more > .card');
    expect(cards.length).toBeGreaterThanOrEqual(5);
    const rows = new Map<number, typeof cards>();
    for (const card of cards) rows.set(Math.round(card.top), [...(rows.get(Math.round(card.top)) ?? []), card]);
    for (const row of rows.values()) {
      const names = row.map((card) => card.id).join(' + ');
      expect(Math.abs(row[0]!.left - column.left), `${names} start at the column's edge`).toBeLessThan(1);
      expect(Math.abs(row.at(-1)!.right - column.right), `${names} reach the column's other edge`).toBeLessThan(1);
      expect(row.length, `${names}: at most two to a row`).toBeLessThanOrEqual(2);
      for (const card of row) {
        expect(Math.abs(card.bottom - row[0]!.bottom), `${names} end level`).toBeLessThan(1);
        expect(Math.abs(card.right - card.left - (row[0]!.right - row[0]!.left)), `${names} are as wide as each other`).toBeLessThan(1);
      }
    }
    // The streak and the newest entry share a row, their actions level at its foot.
    const ours = await cardBoxes(page, '.home-ours > .card');
    expect(ours).toHaveLength(2);
    expect(Math.round(ours[0]!.top)).toBe(Math.round(ours[1]!.top));
    expect(rows.size).toBeLessThan(cards.length);

    // Timeline: the first chart, whole, without scrolling; the summary and the table follow it.
    await goTo(page, 'Timeline');
    const first = page.getByRole('img', { name: /^Sessions together/ });
    await expect(first).toBeVisible();
    const box = await onFirstScreen(first);
    expect(box.fits, `the first chart spans ${box.top}–${box.bottom} px in a ${size.height} px window`).toBe(true);
    await expect(page.locator('#timeline-summary')).toHaveText(/week by week: 6 sessions together, 10 check-ins and 11 entries\.$/);
    await expect(first).toHaveAttribute('aria-labelledby', /timeline-summary/);
    await expect(page.getByRole('table', { name: 'The chart’s numbers, week by week' })).toBeAttached();
    await page.screenshot({ path: `${ARTIFACTS}readme-fold-timeline-${size.width}x${size.height}.png` });
  });
}

test('a theme wears the same colour and icon in the library, the timeline and the printed sheet', async ({ page, harnessUrl }) => {
  test.setTimeout(120_000);
  await openLivedInJournal(page, harnessUrl);
  const theme = 'active-listening'; // "Three minutes each" is one of its exercises.

  /** The library's icon for the theme: its colour and which lucide icon it is. */
  const libraryLook = async () => {
    await openExercises(page);
    const icon = page.locator(`#theme-${theme} .theme-icon`);
    await expect(icon).toHaveAttribute('aria-hidden', 'true');
    return icon.evaluate((element) => ({
      color: (globalThis as unknown as Win).getComputedStyle(element).color,
      icon: [...(element.querySelector('svg')?.classList ?? [])].find((name) => name.startsWith('lucide-') && name !== 'lucide-icon'),
    }));
  };

  const looks: Record<string, { color: string; icon: string | undefined }> = {};
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const library = await libraryLook();
    looks[scheme] = library;
    expect(library.icon).toBeTruthy();

    // The timeline: the session's mark in the theme's colour, the theme's icon by its name,
    // and the chart's legend (so its bars) in the same colour.
    await goTo(page, 'Timeline');
    const session = page.getByRole('region', { name: 'What happened' }).getByRole('listitem').filter({ hasText: 'Three minutes each' });
    await expect(session).toHaveCount(1);
    const mark = await session.locator('.event-mark').evaluate((element) => (globalThis as unknown as Win).getComputedStyle(element).backgroundColor);
    expect(mark, `the timeline's mark in ${scheme}`).toBe(library.color);
    const icon = session.locator('.event-detail [aria-hidden="true"] svg');
    await expect(icon).toHaveCount(1);
    await expect(icon).toHaveClass(new RegExp(`\\b${library.icon}\\b`));
    const swatch = page.getByRole('list', { name: 'Legend' }).getByRole('listitem').filter({ hasText: 'Listen to understand' }).locator('.legend-swatch');
    expect(await swatch.evaluate((element) => (globalThis as unknown as Win).getComputedStyle(element).backgroundColor)).toBe(library.color);
  }
  expect(looks.light!.color).not.toBe(looks.dark!.color);

  // The sheet is paper, light in both schemes: the theme's light colour and the same icon.
  await openSheetScreen(page);
  await exerciseBox(page, 'Three minutes each').check();
  await page.getByRole('button', { name: 'Preview the sheet' }).click();
  await expect(screenHeading(page)).toHaveText('Your conversation sheet');
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const printed = page.getByRole('region', { name: /^Page 1 of \d+$/ }).locator('.sheet-theme-mark');
    await expect(printed).toHaveCount(1);
    await expect(printed).toHaveAttribute('aria-hidden', 'true');
    expect(await printed.evaluate((element) => (globalThis as unknown as Win).getComputedStyle(element).color)).toBe(looks.light!.color);
    await expect(printed.locator('svg')).toHaveClass(new RegExp(`\\b${looks.light!.icon}\\b`));
    await page.getByRole('region', { name: /^Page 1 of \d+$/ }).screenshot({ path: `${ARTIFACTS}readme-sheet-theme-${scheme}.png` });
  }
});
