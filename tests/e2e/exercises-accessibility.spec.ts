import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { nextUntilStep, openExercise, openExercises, startAdasTurn, startTogether, timerNews } from './support/exercises';
import { completeSetup, goTo, screenHeading, shownEntries } from './support/journey';

for (const scheme of ['light', 'dark'] as const) {
  test(`exercises pass axe in the ${scheme} theme: library, exercise, help, a running session, its close`, async ({
    page,
    harnessUrl,
  }) => {
    await page.clock.install();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(harnessUrl);
    await completeSetup(page);

    await openExercises(page);
    await expectNoAxeViolations(page, 'library');
    await page.getByRole('radio', { name: 'Deeper' }).check();
    await expectNoAxeViolations(page, 'library filtered to deeper exercises');

    await openExercise(page, 'Hearing a hurt about us');
    await expectNoAxeViolations(page, 'a deeper exercise page');
    await startTogether(page);
    await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeFocused();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Are you both rested and willing right now?' })).toBeFocused();
    await expectNoAxeViolations(page, 'the safety check');
    // Leaving by the navigation keeps it waiting on Home (checked below); "Not today" would end it.

    await openExercises(page);
    await openExercise(page, 'What I bring with me');
    await expectNoAxeViolations(page, 'an exercise page');
    await page.getByRole('button', { name: 'Read “Getting professional help”' }).click();
    await expect(screenHeading(page)).toHaveText('Getting professional help');
    await expectNoAxeViolations(page, 'the professional help page');

    await startAdasTurn(page);
    await page.clock.runFor('00:05');
    await expect(page.getByRole('timer')).toHaveText('2:55');
    await expectNoAxeViolations(page, 'a running session with its timer running');
    await page.clock.fastForward('03:00');
    await expect(timerNews(page)).toHaveText('Time’s up for Ada. Swap when you’re ready.');
    await expectNoAxeViolations(page, 'a running session after a turn ended');

    await nextUntilStep(page, 8, 8);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Looking back' })).toBeFocused();
    await page.getByLabel('Bo’s reflection (optional)').fill('It felt good to be listened to.');
    await expectNoAxeViolations(page, 'the reflection form');
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByText('The session is saved, and the reflection is in your journal.')).toBeVisible();
    await expectNoAxeViolations(page, 'the closing message');

    await page.getByRole('button', { name: 'Open the journal' }).click();
    await expect(shownEntries(page).first()).toContainText('Reflection on Three minutes each');
    await expectNoAxeViolations(page, 'the journal with a reflection');
    await goTo(page, 'Home');
    await expect(page.getByRole('region', { name: 'Waiting for you' })).toContainText('Hearing a hurt about us');
    await expect(page.getByRole('region', { name: 'Done lately' })).toContainText('Three minutes each');
    await expectNoAxeViolations(page, 'home with a suggestion, a paused and a finished session');
  });
}
