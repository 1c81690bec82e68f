import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { CRISIS_LINES, HELPLINE_DIRECTORY } from '../../src/shared/help';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/exercises';
import { whatThePageHolds } from './support/page-holds';
import type { PageGlobal } from './support/page-global';
import {
  completeSetup,
  confirmRecoveryCode,
  goTo,
  lockScreenHeading,
  readRecoveryCode,
  screenHeading,
  shownEntries,
  writeEntry,
} from './support/journey';

const HELP_HEADING = 'Help, whenever you need it';
// The pages run as en-US (playwright.config.ts): the day is written the American way.
const CHECKED = 'Checked on December 5, 2026';

/** Every number in the data is on the page, with its service and the day it was checked. */
async function expectEveryNumber(page: Page): Promise<void> {
  const lists = {
    emergency: page.getByRole('list', { name: 'Emergency numbers' }),
    crisis: page.getByRole('list', { name: 'Crisis lines' }),
    'domestic-abuse': page.getByRole('list', { name: 'Domestic abuse lines' }),
  };
  for (const line of CRISIS_LINES) {
    const item = lists[line.kind].getByRole('listitem').filter({ hasText: line.country }).filter({ hasText: line.number });
    await expect(item, `${line.service} in ${line.country}`).toHaveCount(1);
    if (line.kind !== 'emergency') await expect(item).toContainText(line.service);
    if (line.alsoNumber) await expect(item).toContainText(line.alsoNumber);
    await expect(item).toContainText(line.text ? `Call or text ${line.number}` : `Call ${line.number}`);
    await expect(item).toContainText(CHECKED);
  }
  await expect(page.getByText(`${HELPLINE_DIRECTORY.name}, at ${HELPLINE_DIRECTORY.address}`)).toBeVisible();
  await expect(page.getByText(/Numbers and services change\. If a number here does not work/)).toBeVisible();
  // Offline and plain: nothing on the page can be followed out of the app.
  await expect(page.getByRole('link')).toHaveCount(0);
}

async function expectWhatToDoNow(page: Page): Promise<void> {
  const yourself = page.getByRole('region', { name: 'If you are thinking about ending your life or hurting yourself' });
  await expect(yourself).toContainText('You do not have to carry this alone');
  await expect(yourself).toContainText('anything you could use to hurt yourself');
  const partner = page.getByRole('region', { name: 'If you are worried about your partner' });
  await expect(partner).toContainText('Ask them straight out');
  await expect(partner).toContainText('If their life is in danger right now, call emergency services.');
  const afraid = page.getByRole('region', { name: 'If you feel afraid' });
  await expect(afraid).toContainText('threats, violence or control');
  await expect(afraid).toContainText('Control can be quiet.');
}

test('help opens from the lock screen without unlocking, shows every number, and holds nothing of the journal', async ({
  page,
  harnessUrl,
}) => {
  const marker = `hearth-marker-${randomUUID()}`;
  const names = [`Wren-${randomUUID().slice(0, 6)}`, `Sol-${randomUUID().slice(0, 6)}`] as const;

  await page.goto(harnessUrl);
  await completeSetup(page, names);
  await goTo(page, 'Journal');
  await writeEntry(page, { author: names[1], body: `We talked until the candle went out. ${marker}` });
  await expect(shownEntries(page).first()).toContainText(marker);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);

  // Keyboard only, from the lock screen: the way to help sits in the top bar, just before the heading.
  await expect(screenHeading(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Help and crisis lines' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(screenHeading(page)).toHaveText(HELP_HEADING);
  await expect(screenHeading(page)).toBeFocused();

  await expectEveryNumber(page);
  await expectWhatToDoNow(page);

  // Still locked, and the page holds nothing of the journal: not the words, not the names.
  const status = await page.evaluate(() => (globalThis as unknown as PageGlobal).hearth.invoke['app.status']());
  expect(status).toMatchObject({ ok: true, value: { state: 'locked' } });
  const held = await whatThePageHolds(page);
  for (const secret of [marker, ...names]) expect(held.html, 'the help page').not.toContain(secret);
  expect(held).toMatchObject({ localStorage: 0, sessionStorage: 0, databases: [] });
  await expect(page).toHaveTitle('Hearth');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `the help page before unlock, ${scheme}`);
    await page.screenshot({
      path: fileURLToPath(new URL(`./artifacts/help-before-unlock-${scheme}.png`, import.meta.url)),
      fullPage: true,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Back to the lock screen, by keyboard, still locked.
  await tabTo(page, page.getByRole('button', { name: 'Back to the lock screen' }).last());
  await page.keyboard.press('Enter');
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await expect(page.getByRole('button', { name: 'Open journal' })).toBeVisible();
  await page.getByRole('button', { name: 'Open journal' }).click();
  await expect(screenHeading(page)).toHaveText(`Good to see you, ${names[0]} and ${names[1]}`);
});

test('help opens from every step of setup, and each step is as it was on the way back', async ({ page, harnessUrl }) => {
  const helpButton = page.getByRole('button', { name: 'Help and crisis lines' });
  const openHelpAndComeBack = async (step: string | RegExp) => {
    await helpButton.click();
    await expect(screenHeading(page)).toHaveText(HELP_HEADING);
    await expect(screenHeading(page)).toBeFocused();
    await expect(page.getByRole('list', { name: 'Crisis lines' })).toContainText('116 123');
    await page.getByRole('button', { name: 'Back to setting up' }).first().click();
    await expect(screenHeading(page)).toHaveText(step);
  };

  const names = [`Ada-${randomUUID().slice(0, 6)}`, `Bo-${randomUUID().slice(0, 6)}`] as const;
  await page.goto(harnessUrl);
  await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
  await page.getByLabel('First partner').fill(names[0]);
  await page.getByLabel('Second partner').fill(names[1]);
  await helpButton.click();
  await expectEveryNumber(page);
  await expectWhatToDoNow(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `the help page from setup, ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Back to setting up' }).first().click();
  await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
  await expect(page.getByLabel('First partner')).toHaveValue(names[0]);
  await expect(page.getByLabel('Second partner')).toHaveValue(names[1]);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(screenHeading(page)).toHaveText('Who uses this computer?');
  await page.getByRole('radio', { name: 'Yes, someone else uses it too' }).check();
  await openHelpAndComeBack('Who uses this computer?');
  await expect(page.getByRole('radio', { name: 'Yes, someone else uses it too' })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(screenHeading(page)).toHaveText('Choose a passphrase');
  await openHelpAndComeBack('Choose a passphrase');
  await page.getByLabel('Passphrase', { exact: true }).fill('the kettle sings at seven');
  await page.getByLabel('Type it again').fill('the kettle sings at seven');
  await page.getByRole('button', { name: 'Start our journal' }).click();

  // The recovery code step: help shows none of the code, and the same code is there on return.
  const code = await readRecoveryCode(page);
  await helpButton.click();
  await expect(screenHeading(page)).toHaveText(HELP_HEADING);
  const held = await whatThePageHolds(page);
  for (const secret of [...code.split('-'), ...names]) expect(held.html).not.toContain(secret);
  await page.getByRole('button', { name: 'Back to setting up' }).first().click();
  expect(await readRecoveryCode(page)).toBe(code);
  await confirmRecoveryCode(page, code);
  await expect(screenHeading(page)).toHaveText(`Good to see you, ${names[0]} and ${names[1]}`);
});
