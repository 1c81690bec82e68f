import { expect, test } from './fixtures';
import { completeSetup, goTo, screenHeading, shownEntries, writeEntry } from './support/journey';
import type { PageGlobal } from './support/page-global';

test('setup says which name is missing, next to that field', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  const first = page.getByLabel('First partner');
  const second = page.getByLabel('Second partner');
  await second.fill('   ');
  await page.getByRole('button', { name: 'Start our journal' }).click();

  await expect(first).toHaveAccessibleDescription('Please write a name here.');
  await expect(second).toHaveAccessibleDescription('Please write a name here.');
  await expect(first).toBeFocused();
  await first.fill('Ada');
  await expect(first).not.toHaveAttribute('aria-invalid');
  await second.fill('Bo');
  await page.getByRole('button', { name: 'Start our journal' }).click();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
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
  await expect(body).toHaveAccessibleDescription('An entry needs some words');
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

test('entries show newest first, a page at a time, and a new one lands on top', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  // 23 entries an hour apart, written straight through the API: the UI under test is the list.
  await page.evaluate(async () => {
    const start = Date.UTC(2026, 0, 1, 9);
    for (let n = 1; n <= 23; n++) {
      const saved = await (globalThis as unknown as PageGlobal).hearth.invoke['entries.create']({
        author: n % 2 ? 'a' : 'b',
        body: `Entry number ${n}`,
        at: { utc: start + n * 3_600_000, offsetMinutes: 0 },
      });
      if (!saved.ok) throw new Error(saved.error.code);
    }
  });
  await page.reload();
  await expect(page.getByText('23 entries so far.')).toBeVisible();

  await page.getByRole('button', { name: 'Write in the journal' }).click();
  await expect(screenHeading(page)).toHaveText('Journal');
  await expect(shownEntries(page)).toHaveCount(20);
  await expect(shownEntries(page).first()).toContainText('Entry number 23');
  await expect(shownEntries(page).first()).toContainText('Ada');
  await expect(shownEntries(page).last()).toContainText('Entry number 4');

  await page.getByRole('button', { name: 'Show older entries' }).click();
  await expect(shownEntries(page)).toHaveCount(23);
  await expect(shownEntries(page).last()).toContainText('Entry number 1');
  await expect(page.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);

  await writeEntry(page, { author: 'Ada and Bo together', body: 'Written just now', tags: 'today' });
  await expect(shownEntries(page)).toHaveCount(24);
  await expect(shownEntries(page).first()).toContainText('Written just now');
  await expect(shownEntries(page).first()).toContainText('Ada and Bo');
  await expect(page.getByLabel('Your entry')).toHaveValue('');
  await expect(page.getByLabel('Tags (optional)')).toHaveValue('');

  await goTo(page, 'Home');
  await expect(page.getByText('24 entries so far.')).toBeVisible();
});
