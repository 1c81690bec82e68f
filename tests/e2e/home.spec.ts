import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { ARTIFACTS, completeSession, noonDaysAgo } from './support/journal-timeline';
import { completeSetup, goTo, screenHeading } from './support/journey';
import type { PageGlobal } from './support/page-global';
import type { Page } from '@playwright/test';

const MONTH_AGO =
  'The first snow came down while we were making soup, and we stood at the kitchen window for ages, ' +
  'not saying much, just leaning on each other. We promised to do it again next winter.';
const YEAR_AGO = 'Our first walk up the hill behind the station.';
const TEN_DAYS_AGO = 'A quiet Sunday with the crossword.';
const TODAY = 'Tea on the balcony before work.';

/** Noon on the same date a month (or a year) back, on this machine's clock, as Home counts it. */
function sameDateBack(now: number, months: number): number {
  const today = new Date(now);
  const back = new Date(today.getFullYear(), today.getMonth() - months, 1, 12);
  const last = new Date(back.getFullYear(), back.getMonth() + 1, 0).getDate();
  back.setDate(Math.min(today.getDate(), last));
  return back.getTime();
}

/** Writes an entry through the page's bridge at the page's clock, as the composer would. */
async function writeNow(page: Page, author: 'a' | 'b' | 'both', body: string): Promise<void> {
  await page.evaluate(
    async (entry) => {
      const api = (globalThis as unknown as PageGlobal).hearth.invoke;
      const made = await api['entries.create']({ ...entry, at: { utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() } });
      if (!made.ok) throw new Error(made.error.code);
    },
    { author, body },
  );
}

/** The buttons on the screen (not the navigation) drawn as the primary one: filled with the accent. */
const primaryButtons = (page: Page): Promise<string[]> =>
  // A string, run in the page: this tsconfig has no DOM types.
  page.evaluate(`(() => {
    const probe = document.createElement('span');
    probe.style.background = 'var(--accent)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...document.querySelectorAll('main button')]
      .filter((button) => getComputedStyle(button).backgroundColor === accent)
      .map((button) => (button.textContent || '').trim());
  })()`);

test('Home puts the one next thing first, then what a month and a year ago held, the streak and the latest entry', async ({
  page,
  harnessUrl,
}) => {
  test.setTimeout(180_000);
  const now = Date.now();
  await page.clock.install({ time: sameDateBack(now, 12) });
  await page.goto(harnessUrl);
  await completeSetup(page);
  await writeNow(page, 'both', YEAR_AGO);
  await page.clock.setSystemTime(sameDateBack(now, 1));
  await writeNow(page, 'a', MONTH_AGO);
  await page.clock.setSystemTime(noonDaysAgo(now, 10));
  await writeNow(page, 'b', TEN_DAYS_AGO);
  await page.clock.setSystemTime(noonDaysAgo(now, 0));
  await writeNow(page, 'a', TODAY);
  await completeSession(page, 'weekly-check-in');

  await goTo(page, 'Journal');
  await goTo(page, 'Home');
  await expect(screenHeading(page)).toBeFocused();
  const question = page.getByRole('region', { name: 'A question for today' });
  const memories = page.getByRole('region', { name: 'On this day' });
  const streak = page.getByRole('region', { name: 'Time together' });
  const latest = page.getByRole('region', { name: 'Latest in your journal' });
  await expect(memories).toBeVisible();

  // In this order, top to bottom: the question, the memories, the streak, the latest entry.
  const tops = await Promise.all([question, memories, streak, latest].map(async (region) => (await region.boundingBox())?.y ?? -1));
  expect(tops.every((top, i) => top >= 0 && (i === 0 || top >= (tops[i - 1] ?? 0)))).toBe(true);

  // The question's first action is the single primary action on Home.
  await expect(question.getByRole('button', { name: 'We talked about it' })).toBeVisible();
  expect(await primaryButtons(page)).toEqual(['We talked about it']);

  // A month ago and a year ago, as short excerpts that open to the whole entry; nothing from ten days ago or today.
  await expect(memories.getByRole('heading', { name: 'A month ago' })).toBeVisible();
  await expect(memories.getByRole('heading', { name: 'A year ago' })).toBeVisible();
  await expect(memories).toContainText('The first snow came down while we were making soup');
  await expect(memories).toContainText(YEAR_AGO);
  await expect(memories).toContainText('Ada and Bo');
  await expect(memories).not.toContainText(TEN_DAYS_AGO);
  await expect(memories).not.toContainText(TODAY);
  const ending = memories.getByText('We promised to do it again next winter.');
  await expect(ending).toBeHidden();
  await memories.getByText('The first snow came down', { exact: false }).first().click();
  await expect(ending).toBeVisible();

  await expect(streak).toContainText('You made time this week.');
  await expect(latest).toContainText(TODAY);
  await expect(latest).not.toContainText(MONTH_AGO.slice(0, 30));

  for (const size of [
    { width: 1280, height: 800 },
    { width: 900, height: 700 },
  ]) {
    await page.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.screenshot({ path: `${ARTIFACTS}home-ours-${size.width}x${size.height}-${scheme}.png`, fullPage: true });
      await expectNoAxeViolations(page, `Home with memories at ${size.width}×${size.height} (${scheme})`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
  await page.setViewportSize({ width: 1280, height: 800 });

  // A session left part-way becomes the one next thing: first, primary, first by keyboard.
  await page.evaluate(async () => {
    const api = (globalThis as unknown as PageGlobal).hearth.invoke;
    const started = await api['sessions.start']({
      exerciseId: 'three-minutes-each',
      at: { utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() },
    });
    if (!started.ok) throw new Error(started.error.code);
  });
  await goTo(page, 'Journal');
  await goTo(page, 'Home');
  const waiting = page.getByRole('region', { name: 'Waiting for you' });
  const resume = waiting.getByRole('button', { name: /^Resume / });
  await expect(resume).toBeVisible();
  await expect(question).toBeVisible();
  expect(((await waiting.boundingBox())?.y ?? Infinity) < ((await question.boundingBox())?.y ?? -1)).toBe(true);
  expect(await primaryButtons(page)).toEqual([(await resume.textContent())?.trim() ?? 'Resume']);
  await expect(screenHeading(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(resume).toBeFocused();
});

test('a new journal has no empty memories box on Home', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await expect(page.getByRole('region', { name: 'Your journal' })).toContainText('A few honest lines');
  await expect(page.getByRole('region', { name: 'A question for today' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'On this day' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Time together' })).toContainText('A fresh week.');
});
