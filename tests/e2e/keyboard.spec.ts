import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readRecoveryCode, screenHeading, shownEntries } from './support/journey';

/** Presses Tab (only Tab) until `target` has focus; fails if it is not reachable soon. */
async function tabTo(page: Page, target: Locator, maxPresses = 12): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el.matches(':focus'))) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('a couple can set up and write an entry with the keyboard alone', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await expect(screenHeading(page)).toBeFocused();

  // Setup: type both names, submit with Enter.
  await tabTo(page, page.getByLabel('First partner'));
  await page.keyboard.type('Noor');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Second partner')).toBeFocused();
  await page.keyboard.type('Kai');
  await page.keyboard.press('Enter');

  // Each step starts at its heading. A shared computer: Space answers, the passphrase is preselected.
  await expect(screenHeading(page)).toHaveText('Who uses this computer?');
  await expect(screenHeading(page)).toBeFocused();
  await tabTo(page, page.getByRole('radio', { name: 'Yes, someone else uses it too' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'With a passphrase (recommended)' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(screenHeading(page)).toHaveText('Choose a passphrase');
  await expect(screenHeading(page)).toBeFocused();
  await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
  await page.keyboard.type('tea for two at the window');
  await tabTo(page, page.getByLabel('Type it again'));
  await page.keyboard.type('tea for two at the window');
  await page.keyboard.press('Enter');

  // The code, then the check: its two fields and Enter.
  const code = await readRecoveryCode(page);
  await expect(screenHeading(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'I have saved it' }));
  await page.keyboard.press('Enter');
  await expect(screenHeading(page)).toHaveText('Check your recovery code');
  await expect(screenHeading(page)).toBeFocused();
  const fields = page.getByRole('form', { name: 'Check your recovery code' }).getByRole('textbox');
  for (const field of await fields.all()) {
    const position = Number((await field.getAttribute('id'))!.replace('recovery-group-', ''));
    await tabTo(page, field);
    await page.keyboard.type(code.split('-')[position - 1]!.toLowerCase());
  }
  await page.keyboard.press('Enter');
  await expect(screenHeading(page)).toHaveText('Good to see you, Noor and Kai');
  await expect(screenHeading(page)).toBeFocused();

  // Home: the one next thing (today's question, with no session waiting) comes first, so its
  // primary action is the next stop after the heading; the journal follows the question.
  const question = page.getByRole('region', { name: 'A question for today' });
  const talked = question.getByRole('button', { name: 'We talked about it' });
  await expect(talked).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(talked).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Write in the journal' }));
  await page.keyboard.press('Enter');
  await expect(screenHeading(page)).toHaveText('Journal');
  await expect(screenHeading(page)).toBeFocused();

  // Composer: Space picks the author, arrows move through the mood scale.
  await tabTo(page, page.getByRole('radio', { name: 'Noor', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Noor', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Kai', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your entry')).toBeFocused();
  await page.keyboard.type('Kai made tea without asking.\nSmall things count.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Not saying' })).toBeFocused();
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Good', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Tags (optional)')).toBeFocused();
  await page.keyboard.type('tea, thanks');
  await page.keyboard.press('Tab');
  const save = page.getByRole('button', { name: 'Save entry' });
  await expect(save).toBeFocused();
  // The keyboard's position must be visible, not only known to the browser.
  await expect(save).not.toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Enter');

  const entry = shownEntries(page).first();
  await expect(entry).toContainText('Kai');
  await expect(entry).toContainText('Kai made tea without asking.\nSmall things count.');
  await expect(entry).toContainText('Feeling good');
  await expect(entry.getByRole('listitem')).toHaveText(['tea', 'thanks']);
  await expect(page.getByLabel('Your entry')).toHaveValue('');
});
