import type { Page } from '@playwright/test';
import { exerciseById } from '../../src/shared/exercises';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { expectStep, openExercise, openExercises, startTogether, stepHeading, tabTo } from './support/exercises';
import type { PageGlobal } from './support/page-global';
import { completeSetup, screenHeading } from './support/journey';

const DEEPER = 'Hearing a hurt about us';
const SAFETY_NOTE = exerciseById('hearing-a-hurt-about-us')!.safetyNote!;

const fearHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Before you begin' });
const readyHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Are you both rested and willing right now?' });
const aftercareHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'It’s fine to stop here' });
const readyButton = (page: Page, name: string) =>
  page.getByRole('group', { name, exact: true }).getByRole('button', { name: 'I’m ready' });
const safetyNote = (page: Page) => page.getByRole('complementary', { name: 'Safety note' });

/** The stored sessions, read back through the same bridge the app uses. */
async function storedSessions(page: Page) {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as PageGlobal).hearth.invoke;
    const waiting = await api['sessions.inProgress']();
    return waiting.ok ? waiting.value : [];
  });
}

async function storedSession(page: Page, id: string) {
  return page.evaluate(async (sessionId) => {
    const result = await (globalThis as unknown as PageGlobal).hearth.invoke['sessions.get']({ id: sessionId });
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  }, id);
}

test('a deeper session: the fear screen, two separate "ready" answers, the note kept through a reload, and "Not now"', async ({
  page,
  harnessUrl,
}) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openExercises(page);
  await openExercise(page, DEEPER);
  await startTogether(page);

  // The fear screen comes first, and its help is one step away (and comes back here).
  await expect(fearHeading(page)).toBeFocused();
  await expect(page.getByText('If either of you is afraid of the other, please don’t do it together.')).toBeVisible();
  await page.getByRole('button', { name: 'Help and crisis lines' }).click();
  await expect(screenHeading(page)).toHaveText('Getting professional help');
  await expect(page.getByRole('region', { name: 'If you feel afraid' })).toContainText('threats, violence or control');
  await expect(page.getByRole('list', { name: 'Crisis lines' })).toContainText('116 123');
  await expect(page.getByRole('list', { name: 'Emergency numbers' })).toContainText('911');
  await page.getByRole('button', { name: 'Back to the session' }).click();
  await expect(fearHeading(page)).toBeFocused();
  await page.getByRole('button', { name: 'Continue' }).click();

  // Two answers with two names. One alone does not start the session.
  await expect(readyHeading(page)).toBeFocused();
  await expect(page.getByRole('button', { name: /both ready/ })).toHaveCount(0);
  await readyButton(page, 'Ada').click();
  await expect(readyButton(page, 'Ada')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Ada is ready' })).toHaveText('Ada is ready. Waiting for Bo.');
  await expect(readyHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Step \d+ of/ })).toHaveCount(0);
  // Ada can take it back; Bo's yes then does not speak for her.
  await readyButton(page, 'Ada').click();
  await readyButton(page, 'Bo').click();
  await expect(page.getByRole('status').filter({ hasText: 'is ready' })).toHaveText('Bo is ready. Waiting for Ada.');
  await expect(page.getByRole('heading', { name: /^Step \d+ of/ })).toHaveCount(0);
  await readyButton(page, 'Ada').click();
  await expectStep(page, 1, 6, 'Agree on the ground rules');

  // The safety note stays on screen during the steps.
  await expect(safetyNote(page)).toContainText(SAFETY_NOTE);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(stepHeading(page)).toContainText('Step 2 of 6');

  // A reload mid-session: resumed from Home, asked again, and the note is still there.
  await page.reload();
  await page.getByRole('region', { name: 'Waiting for you' }).getByRole('button', { name: `Resume ${DEEPER}` }).click();
  await expect(fearHeading(page)).toBeFocused();
  await page.getByRole('button', { name: 'Continue' }).click();
  await readyButton(page, 'Bo').click();
  await readyButton(page, 'Ada').click();
  await expect(stepHeading(page)).toContainText('Step 2 of 6');
  await expect(safetyNote(page)).toContainText(SAFETY_NOTE);

  // "Not now": ended at once, no question asked, aftercare shown, nothing stored says why.
  const [running] = await storedSessions(page);
  expect(running).toMatchObject({ status: 'in-progress', stepIndex: 1 });
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(aftercareHeading(page)).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const aftercare = page.getByRole('region', { name: 'It’s fine to stop here' });
  await expect(aftercare).toContainText('Stopping is always allowed.');
  await expect(aftercare).toContainText('Breathe slowly');
  await expect(aftercare).toContainText('glass of water');
  await expect(aftercare).toContainText('something calming');
  await expect(aftercare).toContainText('say one kind word to each other');
  await expect(aftercare.getByRole('button', { name: 'Try something lighter: Three minutes each' })).toBeVisible();

  const stopped = await storedSession(page, running!.id);
  expect(stopped.status).toBe('abandoned');
  // The same fields as before it stopped, and the same values but for status and time.
  expect(Object.keys(stopped).sort()).toEqual(Object.keys(running!).sort());
  expect({ ...stopped, updatedAt: 0 }).toEqual({ ...running, status: 'abandoned', updatedAt: 0 });
  expect(await storedSessions(page)).toEqual([]);

  await aftercare.getByRole('button', { name: 'Back to home' }).click();
  await expect(page.getByRole('region', { name: 'Waiting for you' })).toHaveCount(0);
});

test('"Not today" from either partner stops before the start, with aftercare and the lighter one', async ({
  page,
  harnessUrl,
}) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openExercises(page);
  await openExercise(page, DEEPER);
  await startTogether(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await readyButton(page, 'Ada').click();
  await page.getByRole('group', { name: 'Bo', exact: true }).getByRole('button', { name: 'Not today' }).click();
  await expect(aftercareHeading(page)).toBeFocused();
  expect(await storedSessions(page)).toEqual([]);
  await page.getByRole('button', { name: 'Try something lighter: Three minutes each' }).click();
  await expect(screenHeading(page)).toHaveText('Three minutes each');
  await expectStep(page, 1, 8, 'Choose who starts');
  // A light session has no readiness check, but its safety words and the way out are there.
  await expect(safetyNote(page)).toContainText('“Not now” stops the session at once');
  await expect(page.getByRole('button', { name: 'Not now' })).toBeVisible();
});

test('keyboard only: through the fear screen and both answers to a step, then "Not now"', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openExercises(page);
  await openExercise(page, DEEPER);
  await tabTo(page, page.getByRole('button', { name: 'Start together' }));
  await page.keyboard.press('Enter');

  await expect(fearHeading(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(readyHeading(page)).toBeFocused();
  await tabTo(page, readyButton(page, 'Ada'));
  await page.keyboard.press('Space');
  await expect(readyButton(page, 'Ada')).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, readyButton(page, 'Bo'));
  await page.keyboard.press('Enter');
  await expectStep(page, 1, 6, 'Agree on the ground rules');

  // The way out is reachable from the step without a mouse: just before the step, in the header.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Not now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(aftercareHeading(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Back to home' }));
  await page.keyboard.press('Enter');
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`session safety passes axe in the ${scheme} theme: fear screen, half-ready, a step with its note, aftercare`, async ({
    page,
    harnessUrl,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(harnessUrl);
    await completeSetup(page);
    await openExercises(page);
    await openExercise(page, DEEPER);
    await startTogether(page);
    await expect(fearHeading(page)).toBeFocused();
    await expectNoAxeViolations(page, 'the fear screen');
    await page.getByRole('button', { name: 'Continue' }).click();
    await readyButton(page, 'Ada').click();
    await expect(page.getByRole('status').filter({ hasText: 'Ada is ready' })).toBeVisible();
    await expectNoAxeViolations(page, 'the readiness check with one answer');
    await readyButton(page, 'Bo').click();
    await expectStep(page, 1, 6, 'Agree on the ground rules');
    await expect(safetyNote(page)).toBeVisible();
    await expectNoAxeViolations(page, 'a step with its safety note');
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(aftercareHeading(page)).toBeFocused();
    await expectNoAxeViolations(page, 'aftercare');
  });
}
