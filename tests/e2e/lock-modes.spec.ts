import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeSetup, confirmRecoveryCode, goTo, lockScreenHeading, screenHeading, shownEntries, writeEntry } from './support/journey';
import { harnessToken, lockAsOnSleep } from './support/main-events';
import { startAdasTurn, timerNews } from './support/exercises';
import { whatThePageHolds } from './support/page-holds';

const PASSPHRASE = 'the kettle sings at seven';

async function expectNothingOfTheJournal(page: Page, secrets: string[]): Promise<void> {
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  const held = await whatThePageHolds(page);
  for (const secret of secrets) expect(held.html, 'the page after locking').not.toContain(secret);
  expect(held).toMatchObject({ localStorage: 0, sessionStorage: 0, databases: [] });
  await expect(page).toHaveTitle('Hearth');
}

const passphraseField = (page: Page) => page.getByLabel('Passphrase', { exact: true });

async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await passphraseField(page).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('Ctrl+L locks a passphrase journal and drops everything; only the right passphrase opens it again', async ({
  page,
  harnessUrl,
}) => {
  const marker = `hearth-marker-${randomUUID()}`;
  const names = ['Wren', `Sol-${randomUUID().slice(0, 8)}`] as const;

  await page.goto(harnessUrl);
  const code = await completeSetup(page, names, { passphrase: PASSPHRASE });
  expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
  // Shown once: after the check, the code is gone from the page too.
  for (const group of code.split('-')) expect((await whatThePageHolds(page)).html).not.toContain(group);

  await goTo(page, 'Journal');
  await writeEntry(page, { author: names[1], body: `We planned the allotment together. ${marker}` });
  await expect(shownEntries(page).first()).toContainText(marker);

  // The shortcut, pressed with the keyboard anywhere in the open journal.
  await page.getByLabel('Your entry').focus();
  await page.keyboard.press('Control+L');
  await expectNothingOfTheJournal(page, [marker, names[1], names[0], ...code.split('-')]);
  await expect(page.getByRole('button', { name: 'Open journal' })).toHaveCount(0);
  await expect(passphraseField(page)).toBeFocused();

  // A wrong passphrase: main's sentence, as an alert that belongs to the field.
  await unlockWith(page, 'the kettle sings at six');
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
  await expect(passphraseField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(passphraseField(page)).toHaveAccessibleDescription('That passphrase is not right.');
  await expect(passphraseField(page)).toHaveValue('');
  await expect(passphraseField(page)).toBeFocused();
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);

  // Guessing gets slower (main waits 1 s before the fourth try): the page shows a calm busy state.
  for (const guess of ['kettle at seven', 'the kettle sings']) {
    await unlockWith(page, guess);
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
  }
  await unlockWith(page, 'the kettle hums at seven');
  await expect(page.getByRole('status')).toHaveText('Checking…');
  await expect(page.getByRole('button', { name: 'Unlock' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
  await expect(page.getByRole('status')).toHaveText('');

  await unlockWith(page, PASSPHRASE);
  await expect(screenHeading(page)).toHaveText(`Good to see you, ${names[0]} and ${names[1]}`);
  await goTo(page, 'Journal');
  await expect(shownEntries(page)).toHaveCount(1);
  await expect(shownEntries(page).first()).toContainText(marker);
});

test('the journal locks itself after the chosen idle time, and any use restarts the wait', async ({ page, harnessUrl }) => {
  const marker = `hearth-marker-${randomUUID()}`;
  await page.clock.install();
  await page.goto(harnessUrl);
  await completeSetup(page);

  await goTo(page, 'Settings');
  const idle = page.getByLabel('Lock the journal when no one has used it for');
  await expect(idle).toHaveValue('5');
  await idle.selectOption({ label: '1 minute' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved. Hearth locks after 1 minute without use.');

  await goTo(page, 'Journal');
  await writeEntry(page, { author: 'Ada', body: `A slow Sunday. ${marker}` });

  await page.clock.fastForward('00:45');
  await expect(screenHeading(page)).toHaveText('Journal');
  await page.mouse.move(200, 300); // someone is here
  await page.clock.fastForward('00:45');
  await expect(screenHeading(page)).toHaveText('Journal');
  await page.clock.fastForward('00:20');
  await expectNothingOfTheJournal(page, [marker, 'Ada and Bo']);

  // The setting is kept in the journal: after opening again, it still applies.
  await page.getByRole('button', { name: 'Open journal' }).click();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  await page.clock.fastForward('01:05');
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
});

test('a running turn timer keeps the journal open while the couple talks; idleness after it still locks', async ({
  page,
  harnessUrl,
}) => {
  await page.clock.install();
  await page.goto(harnessUrl);
  await completeSetup(page);
  await goTo(page, 'Settings');
  await page.getByLabel('Lock the journal when no one has used it for').selectOption({ label: '1 minute' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await startAdasTurn(page, 'Ada');
  // runFor fires every timer in order, as real time would: nobody touches anything for 2½ minutes.
  await page.clock.runFor('02:30');
  await expect(page.getByRole('timer')).toHaveText('0:30');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(lockScreenHeading);

  // The turn ends; with nothing running and nobody at the keys, the idle time applies again.
  await page.clock.runFor('00:31');
  await expect(timerNews(page)).toContainText('up for Ada');
  await page.clock.runFor('01:05');
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
});

test('a forgotten passphrase: the recovery code opens, a new passphrase is chosen first, and it works', async ({
  page,
  harnessUrl,
}) => {
  await page.goto(harnessUrl);
  const code = await completeSetup(page, ['Ada', 'Bo'], { passphrase: PASSPHRASE });
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);

  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery code' }).click();
  const field = page.getByLabel('Recovery code');
  await expect(field).toBeFocused();
  // One character changed: the check character catches it before any slow work.
  const typo = code.slice(0, 3) + (code[3] === 'A' ? 'B' : 'A') + code.slice(4);
  await field.fill(typo);
  await page.getByRole('button', { name: 'Open with recovery code' }).click();
  await expect(page.getByRole('alert')).toHaveText('That recovery code has a typo somewhere. Check each group against your copy.');
  await expect(field).toHaveAccessibleDescription(/has a typo somewhere/);

  // As a person types it from paper: small letters, spaces.
  await field.fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Open with recovery code' }).click();
  await expect(screenHeading(page)).toHaveText('Choose a new passphrase for this computer');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Ada');

  const fresh = 'a new kettle, a new song';
  await page.getByLabel('New passphrase', { exact: true }).fill(fresh);
  await page.getByLabel('Type it again').fill('a new kettle, a new tune');
  await page.getByRole('button', { name: 'Save passphrase' }).click();
  await expect(page.getByLabel('Type it again')).toHaveAccessibleDescription('The two do not match. Please type the passphrase again.');
  await page.getByLabel('Type it again').fill(fresh);
  await page.getByRole('button', { name: 'Save passphrase' }).click();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');

  await page.keyboard.press('Control+L');
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
  await unlockWith(page, fresh);
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
});

test('sleep or the OS screen lock, reported by main, locks the page and drops the journal', async ({ page, harnessUrl }) => {
  const marker = `hearth-marker-${randomUUID()}`;
  await page.goto(harnessUrl);
  await completeSetup(page, ['Ada', 'Bo'], { passphrase: PASSPHRASE });
  await goTo(page, 'Journal');
  await writeEntry(page, { author: 'Bo', body: `Walked home the long way. ${marker}` });

  const token = await harnessToken(harnessUrl);
  expect(await lockAsOnSleep(harnessUrl), 'the hook without the token').toBe(403);
  await expect(screenHeading(page)).toHaveText('Journal');
  // The page's event stream opens a moment after it loads; until then the hook declines.
  await expect.poll(() => lockAsOnSleep(harnessUrl, token)).toBe(200);

  await expectNothingOfTheJournal(page, [marker, 'Ada and Bo']);
  await expect(passphraseField(page)).toBeVisible();
  await unlockWith(page, PASSPHRASE);
  await goTo(page, 'Journal');
  await expect(shownEntries(page).first()).toContainText(marker);
});

test('settings: add, change and remove the passphrase, each asking for the current one', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await goTo(page, 'Settings');

  const lockSection = page.getByRole('region', { name: 'How Hearth locks' });
  await lockSection.getByLabel('Passphrase', { exact: true }).fill('short');
  await lockSection.getByRole('button', { name: 'Add passphrase' }).click();
  await expect(lockSection.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/Use at least 8 characters/);
  await lockSection.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await lockSection.getByLabel('Type it again').fill(PASSPHRASE);
  await lockSection.getByRole('button', { name: 'Add passphrase' }).click();
  await expect(lockSection.getByRole('status')).toHaveText('The passphrase is on. Hearth will ask for it each time it opens.');

  // Changing it needs the current one; a wrong one is refused by main, with its sentence.
  await lockSection.getByLabel('Current passphrase', { exact: true }).fill('not the passphrase');
  await lockSection.getByLabel('New passphrase', { exact: true }).fill('an even better sentence');
  await lockSection.getByLabel('Type it again').fill('an even better sentence');
  await lockSection.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(lockSection.getByRole('alert')).toHaveText('That passphrase is not right.');
  await lockSection.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await lockSection.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(lockSection.getByRole('status')).toHaveText('Your passphrase is changed. Use the new one from now on.');

  await page.keyboard.press('Control+L');
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await unlockWith(page, 'an even better sentence');
  await goTo(page, 'Settings');

  await lockSection.getByRole('button', { name: 'Turn the passphrase off instead' }).click();
  await lockSection.getByLabel('Current passphrase', { exact: true }).fill('an even better sentence');
  await lockSection.getByRole('button', { name: 'Turn the passphrase off' }).click();
  await expect(lockSection.getByRole('status')).toHaveText(
    'The passphrase is off. Hearth opens without it when you are logged in to this computer.',
  );
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Open journal' }).click();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
});

test('settings: a new recovery code is shown once, checked, and the old one stops working', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  const old = await completeSetup(page, ['Ada', 'Bo'], { passphrase: PASSPHRASE });
  await goTo(page, 'Settings');
  const section = page.getByRole('region', { name: 'Recovery code' });
  await section.getByRole('button', { name: 'Make a new recovery code' }).click();
  await expect(section.getByLabel('Current passphrase', { exact: true })).toHaveAccessibleDescription('Please type your current passphrase.');
  await section.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Make a new recovery code' }).click();

  await expect(screenHeading(page)).toHaveText('Your new recovery code');
  const groups = await page.getByRole('list', { name: 'Recovery code, in five groups' }).getByRole('listitem').allTextContents();
  const fresh = groups.join('-');
  expect(fresh).not.toBe(old);
  await page.getByRole('button', { name: 'I have saved it' }).click();
  // A wrong group is caught before the code leaves the screen.
  const boxes = page.getByRole('form', { name: 'Check your recovery code' }).getByRole('textbox');
  await boxes.nth(0).fill('WRONG');
  await boxes.nth(1).fill('WRONG');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(boxes.nth(0)).toHaveAccessibleDescription(/^That is not group \d\./);
  await expect(boxes.nth(0)).toBeFocused();
  await page.getByRole('button', { name: 'Show the code again' }).click();
  await confirmRecoveryCode(page, fresh);
  await expect(screenHeading(page)).toHaveText('Settings');
  await expect(page.getByRole('region', { name: 'Recovery code' }).getByRole('status')).toHaveText(
    'Your new recovery code is confirmed. The old one no longer works.',
  );

  await page.keyboard.press('Control+L');
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery code' }).click();
  await page.getByLabel('Recovery code').fill(old);
  await page.getByRole('button', { name: 'Open with recovery code' }).click();
  await expect(page.getByRole('alert')).toHaveText('That recovery code does not open this journal.');
  await page.getByLabel('Recovery code').fill(fresh);
  await page.getByRole('button', { name: 'Open with recovery code' }).click();
  await expect(screenHeading(page)).toHaveText('Choose a new passphrase for this computer');
});

test('the recovery sheet prints the code, the date and its purpose, and nothing else', async ({ page, harnessUrl }) => {
  const names = ['Wren', `Sol-${randomUUID().slice(0, 8)}`] as const;
  await page.goto(harnessUrl);
  await page.getByLabel('First partner').fill(names[0]);
  await page.getByLabel('Second partner').fill(names[1]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'No, only the two of us' }).check();
  await page.getByRole('button', { name: 'Start our journal' }).click();
  await expect(screenHeading(page)).toHaveText('Your recovery code');
  const code = (await page.getByRole('list', { name: 'Recovery code, in five groups' }).getByRole('listitem').allTextContents()).join(' ');

  await page.evaluate(() => {
    const page = globalThis as unknown as { print: () => void; printed?: number };
    page.print = () => {
      page.printed = (page.printed ?? 0) + 1;
    };
  });
  await page.getByRole('button', { name: 'Print recovery sheet' }).click();
  expect(await page.evaluate(() => (globalThis as unknown as { printed?: number }).printed)).toBe(1);

  await expect(page.locator('.recovery-print-sheet')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.recovery-print-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(sheet).toContainText(code);
  await expect(sheet).toContainText(/Made on \w+ \d+, \d{4}\.|Made on \d+ \w+ \d{4}\./);
  await expect(sheet).toContainText('opens a Hearth journal when its passphrase is forgotten');
  await expect(sheet).not.toContainText(names[0]);
  await expect(sheet).not.toContainText(names[1]);
  await page.screenshot({ path: new URL('./artifacts/recovery-print.png', import.meta.url).pathname });
  await page.emulateMedia({ media: 'screen' });
});
