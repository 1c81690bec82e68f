import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { completeSetup, confirmRecoveryCode, goTo, lockScreenHeading, readRecoveryCode, screenHeading } from './support/journey';

// For people to look at (gitignored), not pixel comparisons.
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const PASSPHRASE = 'the kettle sings at seven';

for (const scheme of ['light', 'dark'] as const) {
  test(`every setup step, settings and the passphrase lock pass axe, errors included (${scheme})`, async ({ page, harnessUrl }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}-${scheme}.png`, fullPage: true });
    await page.goto(harnessUrl);

    await page.getByLabel('First partner').fill('Ada');
    await page.getByLabel('Second partner').fill('Bo');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Step 2, unanswered, then answered "shared": the passphrase is recommended and chosen.
    await expect(screenHeading(page)).toHaveText('Who uses this computer?');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('group', { name: 'Is this computer shared with anyone else?' })).toHaveAccessibleDescription(
      'Please answer this question.',
    );
    await expect(page.getByRole('radio', { name: 'Yes, someone else uses it too' })).toBeFocused();
    await expectNoAxeViolations(page, 'setup: who uses this computer, unanswered');
    await page.getByRole('radio', { name: 'Yes, someone else uses it too' }).check();
    await expect(page.getByRole('radio', { name: 'With a passphrase (recommended)' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'With a passphrase (recommended)' })).toHaveAccessibleDescription(
      /cannot open the journal without it/,
    );
    await expectNoAxeViolations(page, 'setup: how it locks');
    await shot('setup-lock');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Step 3: both fields' errors belong to them.
    await expect(screenHeading(page)).toHaveText('Choose a passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Start our journal' }).click();
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/Use at least 8 characters/);
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Start our journal' }).click();
    await expect(page.getByLabel('Type it again')).toHaveAccessibleDescription('Please type the passphrase a second time.');
    await expectNoAxeViolations(page, 'setup: passphrase with errors');
    await shot('setup-passphrase');
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Start our journal' }).click();

    // Steps 4 and 5: the code, then the check with a wrong group.
    const code = await readRecoveryCode(page);
    await expectNoAxeViolations(page, 'setup: recovery code');
    await shot('setup-recovery-code');
    await page.getByRole('button', { name: 'I have saved it' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expectNoAxeViolations(page, 'setup: check the code, with errors');
    await shot('setup-check-code');
    await page.getByRole('button', { name: 'Show the code again' }).click();
    await confirmRecoveryCode(page, code);
    await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');

    await goTo(page, 'Settings');
    await expectNoAxeViolations(page, 'settings (passphrase on)');
    await shot('settings');
    const locking = page.getByRole('region', { name: 'How Hearth locks' });
    await locking.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(locking.getByLabel('Current passphrase', { exact: true })).toHaveAccessibleDescription('Please type your current passphrase.');
    await expectNoAxeViolations(page, 'settings with errors');

    await page.keyboard.press('Control+L');
    await expect(screenHeading(page)).toHaveText(lockScreenHeading);
    await expectNoAxeViolations(page, 'lock (passphrase)');
    await page.getByLabel('Passphrase', { exact: true }).fill('not it at all');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
    await expectNoAxeViolations(page, 'lock (passphrase) with an error');
    await shot('lock-passphrase-error');

    await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery code' }).click();
    await page.getByLabel('Recovery code').fill('ABCDE');
    await page.getByRole('button', { name: 'Open with recovery code' }).click();
    await expect(page.getByRole('alert')).toHaveText('A recovery code has 25 letters and digits, in five groups of five.');
    await expectNoAxeViolations(page, 'lock (recovery code) with an error');
    await shot('lock-recovery-error');

    await page.getByLabel('Recovery code').fill(code);
    await page.getByRole('button', { name: 'Open with recovery code' }).click();
    await expect(screenHeading(page)).toHaveText('Choose a new passphrase for this computer');
    await expectNoAxeViolations(page, 'choose a new passphrase');
    await shot('choose-new-passphrase');
  });

  test(`device-lock settings and lock screen pass axe (${scheme})`, async ({ page, harnessUrl }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(harnessUrl);
    await completeSetup(page);
    await goTo(page, 'Settings');
    const locking = page.getByRole('region', { name: 'How Hearth locks' });
    await locking.getByRole('button', { name: 'Add passphrase' }).click();
    await expect(locking.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/Please choose a passphrase\.$/);
    await expectNoAxeViolations(page, 'settings (passphrase off) with an error');
    await page.screenshot({ path: `${ARTIFACTS}settings-device-${scheme}.png`, fullPage: true });

    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(screenHeading(page)).toHaveText(lockScreenHeading);
    await expectNoAxeViolations(page, 'lock (device)');
    await page.getByRole('button', { name: 'Cannot open it? Use your recovery code' }).click();
    await expect(page.getByLabel('Recovery code')).toBeFocused();
    await expectNoAxeViolations(page, 'lock (device), recovery code');
    await page.getByRole('button', { name: 'Open without typing instead' }).click();
    await page.getByRole('button', { name: 'Open journal' }).click();
    await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  });
}
