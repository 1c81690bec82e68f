import { expect, test } from './fixtures';
import { completeSetup, finishSetup, goTo, screenHeading, shownEntries, writeEntry } from './support/journey';
import type { PageGlobal } from './support/page-global';

test('setup says which name is missing, next to that field', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  const first = page.getByLabel('First partner');
  const second = page.getByLabel('Second partner');
  await second.fill('   ');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(first).toHaveAccessibleDescription('Please write a name here.');
  await expect(second).toHaveAccessibleDescription('Please write a name here.');
  await expect(first).toBeFocused();
  await first.fill('Ada');
  await expect(first).not.toHaveAttribute('aria-invalid');
  await second.fill('Bo');
  await page.getByRole('button', { name: 'Continue' }).click();
  await finishSetup(page, ['Ada', 'Bo']);
  await expect(page).toHaveTitle('Hearth');
});

test('the composer asks for what is missing and keeps the words when saving fails', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await goTo(page, 'Journal');
  const composer = page.getByRole('form', { name: 'Write an entry' });
  const body = composer.getByLabel('Your entry');

  await composer.getByRole('button', { name: 'Save entry' }).click();
  await expect(composer.getByRole('group', { name: 'Who is writing?' })).toHaveAccessibleDescription(
    'Choose who is writing.',
  );
  await expect(body).toHaveAccessibleDescription('An entry needs some words.');
  await expect(composer.getByRole('radio', { name: 'Ada', exact: true })).toBeFocused();

  // The journal locks behind the page's back (as auto-lock will): the save fails, the words stay.
  await composer.getByRole('radio', { name: 'Bo', exact: true }).check();
  await body.fill('Words that must not be lost.');
  await page.evaluate(() => (globalThis as unknown as PageGlobal).hearth.invoke['vault.lock']());
  await composer.getByRole('button', { name: 'Save entry' }).click();
  await expect(composer.getByRole('alert')).toHaveText('The journal is locked. Unlock it to continue.');
  await expect(body).toHaveValue('Words that must not be lost.');
  await expect(shownEntries(page)).toHaveCount(0);
});

test('entries show newest first, older pages arrive as you scroll, and a new one lands on top', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  // 60 entries an hour apart, written straight through the API: the UI under test is the list.
  await page.evaluate(async () => {
    const start = Date.UTC(2026, 0, 1, 9);
    for (let n = 1; n <= 60; n++) {
      const saved = await (globalThis as unknown as PageGlobal).hearth.invoke['entries.create']({
        author: n % 2 ? 'a' : 'b',
        body: `Entry number ${n}`,
        at: { utc: start + n * 3_600_000, offsetMinutes: 0 },
      });
      if (!saved.ok) throw new Error(saved.error.code);
    }
  });
  await page.reload();
  await expect(page.getByText('60 entries so far.')).toBeVisible();

  await page.getByRole('button', { name: 'Write in the journal' }).click();
  await expect(screenHeading(page)).toHaveText('Journal');
  const feed = page.getByRole('feed', { name: 'Entries' });
  await expect(shownEntries(page).first()).toContainText('Entry number 60');
  await expect(shownEntries(page).first()).toContainText('Bo');
  await expect(shownEntries(page).first()).toHaveAttribute('aria-posinset', '1');
  // Only the rows near the window exist, not all sixty.
  expect(await shownEntries(page).count()).toBeLessThan(20);

  // Scrolling to the end of the first page (50) brings the next page; the last is the oldest.
  await expect(async () => {
    await page.evaluate(() => (globalThis as unknown as PageGlobal).scrollTo(0, 10_000_000));
    await expect(shownEntries(page).last().getByText('Entry number 1', { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(shownEntries(page).last()).toHaveAttribute('aria-posinset', '60');
  await expect(page.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);
  await expect(feed).toHaveAttribute('aria-busy', 'false');

  await writeEntry(page, { author: 'Ada and Bo together', body: 'Written just now', tags: 'today' });
  await expect(shownEntries(page).first()).toContainText('Written just now');
  await expect(shownEntries(page).first()).toContainText('Ada and Bo');
  await expect(shownEntries(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(page.getByLabel('Your entry')).toHaveValue('');
  await expect(page.getByLabel('Tags (optional)')).toHaveValue('');

  await goTo(page, 'Home');
  await expect(page.getByText('61 entries so far.')).toBeVisible();
});
