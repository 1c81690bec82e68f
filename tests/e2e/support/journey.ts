import { expect, type Locator, type Page } from '@playwright/test';

/** Steps a couple takes, written the way they see the screen: by roles and visible names. */

export const PARTNERS = ['Ada', 'Bo'] as const;

export const screenHeading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

export async function completeSetup(page: Page, names: readonly [string, string] = PARTNERS): Promise<void> {
  await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
  await page.getByLabel('First partner').fill(names[0]);
  await page.getByLabel('Second partner').fill(names[1]);
  await page.getByRole('button', { name: 'Start our journal' }).click();
  await expect(screenHeading(page)).toHaveText(`Good to see you, ${names[0]} and ${names[1]}`);
}

export async function goTo(page: Page, place: 'Home' | 'Journal'): Promise<void> {
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
