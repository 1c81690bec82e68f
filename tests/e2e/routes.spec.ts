import { expect, test } from './fixtures';
import { completeSetup, screenHeading } from './support/journey';

// Each place in the navigation and the heading of the screen it must open (app/routes.tsx).
// The old shell fell back to the journal for anything it did not match; this walks them all.
const PLACES = [
  ['Journal', 'Journal'],
  ['Exercises', 'Exercises'],
  ['Questions', 'Conversation deck'],
  ['Check-ins', 'Check in'],
  ['Timeline', 'Timeline'],
  ['Print', 'Conversation sheet'],
  ['Backup', 'Backup'],
  ['Settings', 'Settings'],
  ['Home', 'Good to see you, Ada and Bo'],
] as const;

test('every place in the navigation opens its own screen', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('button')).toHaveCount(PLACES.length);
  for (const [place, heading] of PLACES) {
    await nav.getByRole('button', { name: place, exact: true }).click();
    await expect(nav.getByRole('button', { name: place, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(screenHeading(page), place).toHaveText(heading);
    await expect(screenHeading(page), place).toBeFocused();
  }
});
