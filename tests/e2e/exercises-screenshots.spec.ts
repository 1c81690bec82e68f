import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { nextUntilStep, openExercise, openExercises, startAdasTurn, startTogether, timerNews } from './support/exercises';
import { completeSetup, goTo } from './support/journey';

// For people to look at (gitignored), not pixel comparisons: fonts differ between machines.
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}-${scheme}`;
    test(`screenshots of the library and a running session at ${at}`, async ({ page, harnessUrl }) => {
      await page.clock.install();
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const shot = (name: string, fullPage = false) =>
        page.screenshot({ path: `${ARTIFACTS}exercises-${name}-${at}.png`, fullPage });

      await page.goto(harnessUrl);
      await completeSetup(page);
      await openExercises(page);
      await shot('library');
      await shot('library-full', true);

      await openExercise(page, 'Hearing a hurt about us');
      await shot('exercise-page-full', true);
      await startTogether(page);
      await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeFocused();
      await shot('fear-check');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { name: 'Are you both rested and willing right now?' })).toBeFocused();
      await shot('safety-check');
      await page.getByRole('group', { name: 'Ada', exact: true }).getByRole('button', { name: 'Not today' }).click();
      await expect(page.getByRole('heading', { name: 'It’s fine to stop here' })).toBeFocused();
      await shot('aftercare');

      await openExercises(page);
      await openExercise(page, 'What I bring with me');
      await page.getByRole('button', { name: 'Read “Getting professional help”' }).click();
      await shot('help-full', true);

      await startAdasTurn(page);
      await page.clock.runFor('00:42');
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      await expect(page.getByRole('timer')).toHaveText('2:18');
      await page.getByRole('button', { name: 'Resume', exact: true }).click();
      await page.mouse.move(0, 0);
      await shot('session-running');
      await page.clock.fastForward('03:00');
      await expect(timerNews(page)).toHaveText('Time’s up for Ada. Swap when you’re ready.');
      await shot('session-time-up');

      await nextUntilStep(page, 8, 8);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByLabel('Ada’s reflection (optional)').fill('Listening without replying was harder than I thought.');
      await shot('reflection-full', true);
      await page.getByRole('button', { name: 'Finish' }).click();
      await expect(page.getByText('The session is saved, and the reflection is in your journal.')).toBeVisible();
      await shot('closing');
      await page.getByRole('button', { name: 'Open the journal' }).click();
      await expect(page.getByText('Reflection on Three minutes each')).toBeVisible();
      await shot('journal-reflection-full', true);
      await goTo(page, 'Home');
      await expect(page.getByRole('region', { name: 'Done lately' })).toBeVisible();
      await shot('home-full', true);
    });
  }
}
