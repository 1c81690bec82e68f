import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { ARTIFACTS, noonDaysAgo } from './support/journal-timeline';
import { completeSetup, goTo, screenHeading, shownEntries } from './support/journey';
import type { Page } from '@playwright/test';
import type { PageGlobal } from './support/page-global';

// Screens for people to look at (not pixel comparisons). DESIGN_SHOTS_DIR sends them elsewhere,
// with DESIGN_SHOTS_TAG ("before", "after") in front of each name.
const SHOTS = process.env.DESIGN_SHOTS_DIR ? `${process.env.DESIGN_SHOTS_DIR.replace(/\/?$/, '/')}${process.env.DESIGN_SHOTS_TAG ?? 'shot'}-` : ARTIFACTS;
mkdirSync(SHOTS.replace(/[^/]*$/, ''), { recursive: true });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
] as const;

const NEWEST = 'Tea on the balcony before work, and a plan for Sunday.';

/**
 * A week and a half of a couple's use, written through the API at chosen moments: entries on
 * three days (two on one day), three sessions and four check-ins. A short history, on purpose.
 */
async function seedShortHistory(page: Page): Promise<void> {
  const now = Date.now();
  const at = (days: number, hour: number) => {
    const utc = noonDaysAgo(now, days) + (hour - 12) * 3_600_000;
    return { utc, offsetMinutes: -new Date(utc).getTimezoneOffset() };
  };
  await page.evaluate(
    async ({ moments, newest }) => {
      const api = (globalThis as unknown as PageGlobal).hearth.invoke;
      const ok = <T,>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
        if (!result.ok) throw new Error(result.error.code);
        return result.value;
      };
      ok(await api['entries.create']({ author: 'a', body: 'We walked by the harbour and talked about the garden.', tags: ['walk'], at: moments.d9a }));
      ok(await api['entries.create']({ author: 'b', body: 'The lighthouse at dusk made us both quiet for a while.', mood: 4, at: moments.d4a }));
      ok(await api['entries.create']({ author: 'both', body: 'Cooked bread together and laughed at the flour.', tags: ['kitchen'], at: moments.d4b }));
      ok(await api['entries.create']({ author: 'a', body: newest, at: moments.d0 }));
      for (const [exerciseId, when] of [
        ['plan-an-hour-for-us', moments.d9a],
        ['three-minutes-each', moments.d4a],
        ['weekly-check-in', moments.d0],
      ] as const) {
        const started = ok(await api['sessions.start']({ exerciseId, at: when }));
        ok(await api['sessions.complete']({ id: started.id, reflections: [], at: when }));
      }
      ok(await api['checkins.create']({ partner: 'a', close: 4, safe: 5, heard: 3, at: moments.d9a }));
      ok(await api['checkins.create']({ partner: 'b', close: 3, safe: 4, heard: 4, at: moments.d4a }));
      ok(await api['checkins.create']({ partner: 'a', close: 5, safe: 4, heard: 4, at: moments.d0 }));
      ok(await api['checkins.create']({ partner: 'b', close: 4, safe: 4, heard: 5, at: moments.d0 }));
    },
    { moments: { d9a: at(9, 19), d4a: at(4, 18), d4b: at(4, 21), d0: at(0, 8) }, newest: NEWEST },
  );
}

async function openWithHistory(page: Page, harnessUrl: string): Promise<void> {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await seedShortHistory(page);
}

const themes = ['light', 'dark'] as const;

test('screens for people to look at: journal and timeline, two sizes, light and dark', async ({ page, harnessUrl }) => {
  test.setTimeout(120_000);
  await openWithHistory(page, harnessUrl);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const scheme of themes) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await goTo(page, 'Journal');
      await expect(shownEntries(page).first()).toContainText(NEWEST);
      await page.screenshot({ path: `${SHOTS}journal-${size.width}x${size.height}-${scheme}.png` });
      await goTo(page, 'Timeline');
      await expect(page.getByRole('img').first()).toBeVisible();
      await page.screenshot({ path: `${SHOTS}timeline-${size.width}x${size.height}-${scheme}.png` });
      await page.screenshot({ path: `${SHOTS}timeline-full-${size.width}x${size.height}-${scheme}.png`, fullPage: true });
    }
  }
});

/** Is the element's box wholly inside the window, without scrolling? */
const inViewport = (page: Page, locator: ReturnType<Page['locator']>) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const w = globalThis as unknown as { innerWidth: number; innerHeight: number };
    return box.top >= 0 && box.left >= 0 && box.bottom <= w.innerHeight && box.right <= w.innerWidth;
  });

for (const size of SIZES) {
  const at = `${size.width}×${size.height}`;

  test(`journal at ${at}: the newest entry first, Ctrl+N to write, search and filters by keyboard, axe in both themes`, async ({
    page,
    harnessUrl,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await openWithHistory(page, harnessUrl);
    await goTo(page, 'Journal');

    // The entries come first: the newest one's words are on screen without scrolling, under
    // one short heading per day, each entry showing only its time.
    const newest = shownEntries(page).first();
    await expect(newest).toContainText(NEWEST);
    expect(await inViewport(page, newest.getByText(NEWEST))).toBe(true);
    await expect(page.getByRole('form', { name: 'Write an entry' })).toBeHidden();
    await expect(page.locator('.entry-day')).toHaveText(['Today', /^\w{3}, \w{3} \d{1,2}/, /^\w{3}, \w{3} \d{1,2}/]);
    await expect(newest.locator('.entry-time [aria-hidden="true"]')).toHaveText(/^\d{1,2}:\d{2}\s?(AM|PM)?$/);
    // The ear still hears the whole date with each entry.
    await expect(newest).toHaveAccessibleName(/^Ada \w+day, \w+ \d{1,2}, \d{4}/);
    for (const scheme of themes) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await expectNoAxeViolations(page, `journal ${at} (${scheme})`);
    }
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

    // Keyboard only: from the heading to the search field, then the filter popover.
    await expect(screenHeading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await expect(search).toBeFocused();
    await page.keyboard.type('bread');
    await expect(shownEntries(page)).toHaveCount(1);
    await expect(page.getByRole('feed', { name: 'Entries' }).locator('mark')).toHaveText(['bread']);
    await page.keyboard.press('Tab');
    const filters = page.getByRole('button', { name: 'Filters' });
    await expect(filters).toBeFocused();
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    const writtenBy = page.getByLabel('Written by');
    await expect(writtenBy).toBeFocused();
    for (const scheme of themes) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await expectNoAxeViolations(page, `journal filters open ${at} (${scheme})`);
    }
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.screenshot({ path: `${SHOTS}journal-filters-${size.width}x${size.height}-light.png` });
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Exercise theme')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(filters).toBeFocused();
    await expect(writtenBy).toBeHidden();
    // Back in the field, the words go and every entry returns.
    await page.keyboard.press('Shift+Tab');
    await expect(search).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect(shownEntries(page).first()).toContainText(NEWEST);

    // Ctrl+N: the composer opens with the keyboard in it; Esc closes it and keeps the words.
    await page.keyboard.press('Control+N');
    const composer = page.getByRole('form', { name: 'Write an entry' });
    await expect(composer).toBeVisible();
    await expect(composer.getByRole('radio', { name: 'Ada', exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(composer.getByLabel('Your entry')).toBeFocused();
    await page.keyboard.type('A slow morning, and the last of the bread.');
    await page.keyboard.press('Escape');
    await expect(composer).toBeHidden();
    const write = page.getByRole('button', { name: 'Write', exact: true });
    await expect(write).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(composer.getByLabel('Your entry')).toBeFocused();
    await expect(composer.getByLabel('Your entry')).toHaveValue('A slow morning, and the last of the bread.');
    for (const scheme of themes) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await expectNoAxeViolations(page, `journal composer ${at} (${scheme})`);
    }
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

    // Saving: "at the top of the list" points at the new entry, on screen and marked.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(composer.getByLabel('Tags (optional)')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(composer.getByRole('status')).toHaveText('Saved. Your entry is at the top of the list.');
    const saved = shownEntries(page).first();
    await expect(saved).toContainText('A slow morning, and the last of the bread.');
    await expect(saved.locator('.entry-fresh')).toHaveCount(1);
    await expect.poll(() => inViewport(page, saved.getByText('A slow morning, and the last of the bread.'))).toBe(true);
    await page.screenshot({ path: `${SHOTS}journal-saved-${size.width}x${size.height}-light.png` });
    await expect(saved.locator('.entry-fresh')).toHaveCount(0, { timeout: 5000 });

    // Cancel closes it too; the Undo note after a trash never covers the entry being edited.
    await composer.getByRole('button', { name: 'Cancel' }).click();
    await expect(composer).toBeHidden();
    await shownEntries(page).filter({ hasText: 'lighthouse' }).getByRole('button', { name: /^Move to trash/ }).click();
    const toast = page.locator('.journal-toast');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    const oldest = shownEntries(page).filter({ hasText: 'harbour' });
    await oldest.scrollIntoViewIfNeeded();
    await page.evaluate(() => (globalThis as unknown as PageGlobal).scrollTo(0, 1_000_000));
    await oldest.getByRole('button', { name: /^Edit/ }).click();
    const editForm = oldest.getByRole('form', { name: 'Edit this entry' });
    await expect(editForm.getByLabel('Entry')).toBeFocused();
    await expect
      .poll(async () => {
        const [form, note] = [await editForm.boundingBox(), await toast.boundingBox()];
        return form !== null && note !== null && form.y + form.height <= note.y;
      })
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}journal-edit-with-undo-${size.width}x${size.height}-light.png` });
  });

  test(`timeline at ${at}: one chart per measure, labels of 12 px or more, every month named, a range that fits, events by day`, async ({
    page,
    harnessUrl,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await openWithHistory(page, harnessUrl);
    await goTo(page, 'Timeline');

    // One chart per measure, each with an axis of its own.
    const charts = page.locator('svg[data-chart]');
    await expect(charts).toHaveCount(4);
    await expect(page.getByRole('img', { name: /^Sessions together/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Ada’s check-ins.*\(1 to 5\)/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Bo’s check-ins.*\(1 to 5\)/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Entries written/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Ada’s check-ins/ }).locator('.chart-tick:not(.chart-month)')).toHaveText(['1', '2', '3', '4', '5']);

    // Every label as drawn on screen (its font size times the SVG's scale) is 12 px or more.
    const labels = await charts.locator('text').evaluateAll((texts) =>
      texts.map((text) => {
        const w = globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } };
        const matrix = (text as unknown as { getScreenCTM(): { a: number; b: number } | null }).getScreenCTM();
        const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
        return { text: text.textContent, px: parseFloat(w.getComputedStyle(text).fontSize) * scale };
      }),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((label) => label.px < 12)).toEqual([]);
    const captions = await page.locator('.chart-title').evaluateAll((titles) => titles.map((t) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(t).fontSize)),
    );
    expect(Math.min(...captions)).toBeGreaterThanOrEqual(12);

    // Every month from the chart's first week to today is named under each chart.
    const table = page.getByRole('table', { name: 'The chart’s numbers, week by week' });
    const firstWeek = await table.locator('tbody tr').first().locator('th').textContent();
    const months = await page.getByRole('img', { name: /^Sessions together/ }).locator('.chart-month').evaluateAll((texts) =>
      texts.map((text) => ({ month: text.getAttribute('data-month'), text: text.textContent ?? '' })),
    );
    const expected: string[] = [];
    const start = new Date(`${/\w+ \d{1,2}, \d{4}/.exec(firstWeek ?? '')?.[0]} 12:00`);
    for (const d = new Date(start.getFullYear(), start.getMonth(), 1); d <= new Date(); d.setMonth(d.getMonth() + 1)) {
      expected.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
    }
    expect(months.map((m) => m.month)).toEqual(expected);
    for (const { text } of months) expect(text.trim()).not.toBe('');

    // A week and a half of use fills the chart: not thirteen weeks, mostly empty.
    expect(await table.locator('tbody tr').count()).toBeLessThanOrEqual(4);
    await expect(page.getByRole('img', { name: /^Sessions together/ }).locator('.chart-bar')).toHaveCount(3);

    // The moments, under one heading per day; the summary and the table stay for the ear.
    const happened = page.getByRole('region', { name: 'What happened' });
    await expect(happened.getByRole('heading', { level: 3 })).toHaveCount(3);
    await expect(happened.getByRole('list').first().getByRole('listitem')).toHaveCount(4);
    await expect(page.locator('#timeline-summary')).toHaveText(/week by week: 3 sessions together, 4 check-ins and 4 entries\.$/);
    await expect(table).toBeAttached();

    for (const scheme of themes) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await expectNoAxeViolations(page, `timeline ${at} (${scheme})`);
    }
  });
}
