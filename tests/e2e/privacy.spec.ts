import { randomUUID } from 'node:crypto';
import { filesContaining } from '../support/scan';
import { expect, test } from './fixtures';
import { completeSetup, goTo, lockScreenHeading, screenHeading, shownEntries, writeEntry } from './support/journey';

test('an entry survives reload and reopening, and nothing readable is left on screen or on disk', async ({
  page,
  harness,
  harnessUrl,
  dataDir,
}) => {
  const marker = `hearth-marker-${randomUUID()}`;
  const names = ['Wren', `Sol-${randomUUID().slice(0, 8)}`] as const;

  await page.goto(harnessUrl);
  await completeSetup(page, names);
  await goTo(page, 'Journal');
  await writeEntry(page, { author: names[1], body: `Tonight we laughed about the rain. ${marker}` });
  await expect(shownEntries(page).first()).toContainText(marker);
  await expect(shownEntries(page).first()).toContainText(names[1]);

  // Reload: same process, the journal stays open and the entry is read back from the database.
  await page.reload();
  await expect(screenHeading(page)).toHaveText(`Good to see you, ${names[0]} and ${names[1]}`);
  await goTo(page, 'Journal');
  await expect(shownEntries(page).first()).toContainText(marker);

  // Reopen: a new process starts locked, shows nothing of the journal, and opens with one click.
  const reopenedUrl = await harness.restart();
  await page.goto(reopenedUrl);
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await expect(page.locator('body')).not.toContainText(names[1]);
  await page.getByRole('button', { name: 'Open journal' }).click();
  await expect(screenHeading(page)).toHaveText(`Good to see you, ${names[0]} and ${names[1]}`);
  await expect(page.getByText('1 entry so far.')).toBeVisible();
  await goTo(page, 'Journal');
  await expect(shownEntries(page)).toHaveCount(1);
  await expect(shownEntries(page).first()).toContainText(marker);

  // Lock: the journal's words and names leave the page, not only the screen.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  const html = await page.content();
  expect(html).not.toContain(marker);
  expect(html).not.toContain(names[1]);
  await expect(page).toHaveTitle('Hearth');

  // On disk: every file the app left, in UTF-8 and UTF-16LE, holds neither the words nor the names.
  expect(await harness.stop()).toBe(0);
  expect(filesContaining(dataDir, marker)).toEqual([]);
  expect(filesContaining(dataDir, names[1])).toEqual([]);
});
