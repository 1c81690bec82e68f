import { expect, type Locator, type Page } from '@playwright/test';

/** Steps a couple takes, written the way they see the screen: by roles and visible names. */

export const PARTNERS = ['Ada', 'Bo'] as const;

export const screenHeading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

/** How the couple answers "Is this computer shared?": no (device lock), or yes with this passphrase. */
export interface SetupChoice {
  passphrase?: string;
}

/** The whole first run. Returns the recovery code as the screen showed it (five groups, dashed). */
export async function completeSetup(
  page: Page,
  names: readonly [string, string] = PARTNERS,
  choice: SetupChoice = {},
): Promise<string> {
  await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
  await page.getByLabel('First partner').fill(names[0]);
  await page.getByLabel('Second partner').fill(names[1]);
  await page.getByRole('button', { name: 'Continue' }).click();
  return finishSetup(page, names, choice);
}

/** Setup from the "Who uses this computer?" step to Home. */
export async function finishSetup(page: Page, names: readonly [string, string], choice: SetupChoice = {}): Promise<string> {
  await expect(screenHeading(page)).toHaveText('Who uses this computer?');
  if (choice.passphrase === undefined) {
    await page.getByRole('radio', { name: 'No, only the two of us' }).check();
    await page.getByRole('button', { name: 'Start our journal' }).click();
  } else {
    await page.getByRole('radio', { name: 'Yes, someone else uses it too' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(screenHeading(page)).toHaveText('Choose a passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill(choice.passphrase);
    await page.getByLabel('Type it again').fill(choice.passphrase);
    await page.getByRole('button', { name: 'Start our journal' }).click();
  }
  const code = await readRecoveryCode(page);
  await confirmRecoveryCode(page, code);
  await expect(screenHeading(page)).toHaveText(`Good to see you, ${names[0]} and ${names[1]}`);
  return code;
}

/** The recovery code on screen, read group by group as a person would copy it. */
export async function readRecoveryCode(page: Page): Promise<string> {
  await expect(screenHeading(page)).toHaveText(/recovery code$/);
  const groups = page.getByRole('list', { name: 'Recovery code, in five groups' }).getByRole('listitem');
  await expect(groups).toHaveCount(5);
  return (await groups.allTextContents()).join('-');
}

/** "I have saved it", then type back whichever two groups the screen asks for. */
export async function confirmRecoveryCode(page: Page, code: string): Promise<void> {
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await expect(screenHeading(page)).toHaveText('Check your recovery code');
  const groups = code.split('-');
  const form = page.getByRole('form', { name: 'Check your recovery code' });
  const boxes = form.getByRole('textbox');
  await expect(boxes).toHaveCount(2);
  for (const box of await boxes.all()) {
    const position = Number(/^Group (\d)$/.exec((await box.evaluate((el) => el.labels?.[0]?.textContent)) ?? '')?.[1]);
    await box.fill(groups[position - 1]!);
  }
  await form.getByRole('button', { name: 'Confirm' }).click();
}

export async function goTo(page: Page, place: 'Home' | 'Journal' | 'Check-ins' | 'Timeline' | 'Backup' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: place }).click();
  await expect(screenHeading(page)).toBeFocused();
}

export interface NewEntry {
  author: string;
  body: string;
  mood?: string;
  tags?: string;
}

export async function writeEntry(page: Page, entry: NewEntry): Promise<void> {
  const composer = page.getByRole('form', { name: 'Write an entry' });
  // The journal shows its entries first; the composer opens from "Write" (an empty journal opens it itself).
  const write = page.getByRole('button', { name: 'Write', exact: true });
  await expect(composer.or(write).first()).toBeVisible();
  if (!(await composer.isVisible())) await write.click();
  await composer.getByRole('radio', { name: entry.author, exact: true }).check();
  await composer.getByLabel('Your entry').fill(entry.body);
  if (entry.mood) await composer.getByRole('radio', { name: entry.mood, exact: true }).check();
  if (entry.tags) await composer.getByLabel('Tags (optional)').fill(entry.tags);
  await composer.getByRole('button', { name: 'Save entry' }).click();
  await expect(composer.getByRole('status')).toHaveText('Saved. Your entry is at the top of the list.');
}

/** The entries shown, newest first. */
export const shownEntries = (page: Page): Locator =>
  page.getByRole('region', { name: 'Entries' }).getByRole('article');

export const lockScreenHeading = 'Your journal is locked';
