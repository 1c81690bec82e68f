import { expect, type Locator, type Page } from '@playwright/test';
import { screenHeading } from './journey';

/** Steps through Exercises, written the way a couple sees the screens. */

export async function openExercises(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Exercises' }).click();
  await expect(screenHeading(page)).toHaveText('Exercises');
  await expect(screenHeading(page)).toBeFocused();
}

/** From the library: opens an exercise's page by its title. */
export async function openExercise(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(screenHeading(page)).toHaveText(title);
}

/** From an exercise's page: starts a session with the given partner speaking first. */
export async function startTogether(page: Page, firstSpeaker?: string): Promise<void> {
  if (firstSpeaker) await page.getByRole('radio', { name: firstSpeaker, exact: true }).check();
  await page.getByRole('button', { name: 'Start together' }).click();
}

/** The heading of the step on screen (level 2, "Step n of m: Title"), which takes focus on each step. */
export const stepHeading = (page: Page): Locator => page.getByRole('heading', { level: 2 }).first();

export async function expectStep(page: Page, position: number, of: number, title: string): Promise<void> {
  await expect(stepHeading(page)).toHaveText(`Step ${position} of ${of}: ${title}`);
  await expect(stepHeading(page)).toBeFocused();
}

/**
 * From anywhere: opens "Three minutes each", starts it (with `firstSpeaker` chosen, if given),
 * goes on to "Speak" and starts Ada's three minutes.
 */
export async function startAdasTurn(page: Page, firstSpeaker?: string): Promise<void> {
  await openExercises(page);
  await openExercise(page, 'Three minutes each');
  await startTogether(page, firstSpeaker);
  await expectStep(page, 1, 8, 'Choose who starts');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 2, 8, 'Speak');
  await page.getByRole('button', { name: 'Start Ada’s turn' }).click();
}

/** Presses Next until the session shows step `to` (each move is saved before it is shown). */
export async function nextUntilStep(page: Page, to: number, of: number): Promise<void> {
  const next = page.getByRole('button', { name: 'Next', exact: true });
  for (;;) {
    const shown = Number(/Step (\d+) of/.exec((await stepHeading(page).textContent()) ?? '')?.[1]);
    if (shown >= to) break;
    await next.click();
    await expect(stepHeading(page)).toContainText(`Step ${shown + 1} of ${of}`);
  }
}

/** Presses Tab (only Tab) until `target` has focus; fails if it is not reachable soon. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el.matches(':focus'))) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The sentence announced (aria-live="assertive") when a turn's time runs out. */
export const timerNews = (page: Page): Locator => page.locator('[aria-live="assertive"]');
