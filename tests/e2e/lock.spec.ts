import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { completeSetup, lockScreenHeading, screenHeading } from './support/journey';

test('when the keychain is unreachable, the lock screen says so and shows nothing else', async ({
  page,
  harness,
  harnessUrl,
}) => {
  await page.goto(harnessUrl);
  await completeSetup(page, ['Ilse', 'Tomas']);

  // Reopen without a reachable Secret Service: the device key cannot be fetched.
  const url = await harness.restart({ ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/hearth-bus' });
  await page.goto(url);
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await page.getByRole('button', { name: 'Open journal' }).click();

  await expect(page.getByRole('alert')).toContainText("Hearth could not reach this computer's keychain");
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await expect(page.locator('body')).not.toContainText('Tomas');
  await expect(page).toHaveTitle('Hearth');
  await expectNoAxeViolations(page, 'lock screen with an error');
  await page.screenshot({ path: fileURLToPath(new URL('./artifacts/lock-error.png', import.meta.url)) });

  // With the keychain back, the same button opens the journal.
  await page.goto(await harness.restart());
  await page.getByRole('button', { name: 'Open journal' }).click();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ilse and Tomas');
});
