import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { completeSetup, goTo, lockScreenHeading, screenHeading, shownEntries, writeEntry } from './support/journey';

for (const scheme of ['light', 'dark'] as const) {
  test(`setup, home, journal and lock pass axe in the ${scheme} theme`, async ({ page, harnessUrl }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(harnessUrl);
    await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
    await expectNoAxeViolations(page, 'setup');

    // With both names missing, the errors themselves must be readable and tied to fields.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByLabel('First partner')).toHaveAccessibleDescription('Please write a name here.');
    await expectNoAxeViolations(page, 'setup with errors');

    await completeSetup(page);
    await expectNoAxeViolations(page, 'home');

    await goTo(page, 'Journal');
    await expectNoAxeViolations(page, 'empty journal');
    await writeEntry(page, { author: 'Ada', body: 'A first line.', mood: 'Steady', tags: 'start, evening' });
    await expect(shownEntries(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByLabel('Your entry')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'journal with an entry and composer errors');

    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(screenHeading(page)).toHaveText(lockScreenHeading);
    await expectNoAxeViolations(page, 'lock');
  });
}
