import { CATALOGUE, QUICK_EXERCISES, THEMES } from '../../src/shared/exercises';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { openExercises, tabTo } from './support/exercises';
import { completeSetup, screenHeading } from './support/journey';

// The minutes on a card, as the couple reads its tags ("4 minutes", "Light").
const minutesOnCard = (text: string): number => Number(/(\d+) minutes?/.exec(text)?.[1] ?? NaN);

for (const scheme of ['light', 'dark'] as const) {
  test(`"5 or less" shows only the quick exercises, from the keyboard, and passes axe (${scheme})`, async ({
    page,
    harnessUrl,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(harnessUrl);
    await completeSetup(page);
    await openExercises(page);

    const minutes = page.getByRole('group', { name: 'How many minutes?' });
    const quick = minutes.getByRole('radio', { name: '5 or less' });
    const cards = page.locator('.exercise-card');
    await expect(cards).toHaveCount(CATALOGUE.length);

    // Tab reaches the group at its checked radio ("Any", the last); arrows move the choice.
    await tabTo(page, minutes.getByRole('radio', { name: 'Any' }));
    for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowUp');
    await expect(quick).toBeChecked();
    await expect(quick).toBeFocused();

    await expect(page.getByText(`${QUICK_EXERCISES.length} of ${CATALOGUE.length} exercises fit.`)).toBeVisible();
    await expect(cards).toHaveCount(QUICK_EXERCISES.length);
    const shownTitles = await cards.locator('.exercise-card-open').allTextContents();
    expect(shownTitles.sort()).toEqual(QUICK_EXERCISES.map((exercise) => exercise.title).sort());
    for (const text of await cards.locator('.exercise-tags').allTextContents()) {
      expect(minutesOnCard(text), text).toBeLessThanOrEqual(5);
    }
    // Every strategy and barrier has something quick: no theme is left empty.
    for (const theme of THEMES) {
      const section = page.getByRole('region', { name: theme.title, exact: true });
      await expect(section.locator('.exercise-card').first(), theme.id).toBeVisible();
    }
    await expectNoAxeViolations(page, `the library filtered to 5 minutes or less (${scheme})`);

    // Enter opens a quick exercise; Back returns to the same filtered list.
    const first = QUICK_EXERCISES[0]!;
    await tabTo(page, page.getByRole('button', { name: first.title, exact: true }));
    await page.keyboard.press('Enter');
    await expect(screenHeading(page)).toHaveText(first.title);
    await expect(page.locator('.exercise-facts')).toContainText(`${first.minutes} minutes`);
    await page.getByRole('button', { name: 'Back to the exercises' }).click();
    await expect(quick).toBeChecked();
    await expect(cards).toHaveCount(QUICK_EXERCISES.length);
  });
}
