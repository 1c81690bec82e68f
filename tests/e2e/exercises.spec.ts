import { expect, test } from './fixtures';
import {
  expectStep,
  openExercise,
  openExercises,
  startTogether,
  stepHeading,
  tabTo,
  timerNews,
} from './support/exercises';
import { completeSetup, goTo, lockScreenHeading, screenHeading, shownEntries } from './support/journey';

test('a couple goes through an active-listening exercise with the keyboard alone, and it lands in the journal', async ({
  page,
  harnessUrl,
}) => {
  // Playwright drives the page's clock, so a three-minute turn takes no real time.
  await page.clock.install();
  await page.goto(harnessUrl);
  await completeSetup(page);

  // Library: the heading has focus; Tab alone reaches the exercise.
  await openExercises(page);
  const listening = page.getByRole('region', { name: 'Listen to understand' });
  await expect(listening).toContainText('Here you take turns speaking and saying back what you heard');
  await tabTo(page, listening.getByRole('button', { name: 'Three minutes each', exact: true }));
  await page.keyboard.press('Enter');

  // The exercise page shows everything before starting.
  await expect(screenHeading(page)).toHaveText('Three minutes each');
  await expect(screenHeading(page)).toBeFocused();
  await expect(page.getByText('Having the floor, with no interruptions')).toBeVisible();
  const facts = page.locator('.exercise-facts');
  await expect(facts).toContainText('15 minutes');
  await expect(facts).toContainText('Light');
  await expect(facts).toContainText('Communication');
  await expect(facts).toContainText('Connection');
  const outline = page.getByRole('region', { name: 'The steps' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  await expect(outline).toHaveCount(8);
  await expect(outline.nth(1)).toContainText('Ada speaks, Bo listens');
  await expect(outline.nth(1)).toContainText('Timer: 3 minutes');
  await expect(outline.nth(4)).toContainText('Bo speaks, Ada listens');

  // Choose who speaks first by keyboard: the checked radio is one Tab stop, arrows move within.
  const who = page.getByRole('group', { name: 'Who speaks first?' });
  await tabTo(page, who.getByRole('radio', { name: 'Ada', exact: true }));
  await page.keyboard.press('ArrowRight');
  await expect(who.getByRole('radio', { name: 'Bo', exact: true })).toBeChecked();
  await expect(outline.nth(1)).toContainText('Bo speaks, Ada listens');
  await page.keyboard.press('ArrowLeft');
  await expect(who.getByRole('radio', { name: 'Ada', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Start together' }));
  await page.keyboard.press('Enter');

  const next = page.getByRole('button', { name: 'Next', exact: true });
  const goNext = async () => {
    await tabTo(page, next);
    await expect(next).not.toHaveCSS('outline-style', 'none');
    await page.keyboard.press('Enter');
  };

  // Step 1: together; the step heading takes focus on every step.
  await expect(screenHeading(page)).toHaveText('Three minutes each');
  await expectStep(page, 1, 8, 'Choose who starts');
  await expect(page.getByText('Together, Ada and Bo')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeDisabled();
  await goNext();

  // Step 2: Ada speaks for three minutes. Start, pause, resume, and let it run out.
  await expectStep(page, 2, 8, 'Speak');
  await expect(page.getByText('Ada speaks, Bo listens')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Something that has been on my mind lately is …' })).toBeVisible();
  const clock = page.getByRole('timer');
  await expect(clock).toHaveText('3:00');
  const start = page.getByRole('button', { name: 'Start Ada’s turn' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  await expect(pause).toBeFocused();
  await page.clock.runFor('00:30');
  await expect(clock).toHaveText('2:30');
  await page.keyboard.press('Enter');
  const resume = page.getByRole('button', { name: 'Resume', exact: true });
  await expect(resume).toBeFocused();
  await page.clock.fastForward('01:00');
  await expect(clock).toHaveText('2:30'); // paused: time away does not count
  await page.keyboard.press('Enter');
  await expect(pause).toBeFocused();
  await expect(timerNews(page)).toHaveText('');
  await page.clock.fastForward('03:00');
  await expect(timerNews(page)).toHaveText('Time’s up for Ada. Swap when you’re ready.');
  await expect(clock).toHaveText('0:00');
  await goNext();

  // Steps 3 and 4: names in place of roles, until the swap.
  await expectStep(page, 3, 8, 'Say back what you heard');
  await expect(page.getByText('Bo responds, Ada listens')).toBeVisible();
  await expect(timerNews(page)).toHaveText('');
  await goNext();
  await expectStep(page, 4, 8, 'Fill in the gaps');
  await expect(page.getByText('Ada speaks, Bo listens')).toBeVisible();
  await goNext();

  // Step 5: the roles have swapped; Bo has the floor.
  await expectStep(page, 5, 8, 'Speak');
  await expect(page.getByText('You have swapped roles.')).toBeVisible();
  await expect(page.getByText('Bo speaks, Ada listens')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start Bo’s turn' })).toBeVisible();

  // Back returns a step; Skip this step moves on like Next.
  await tabTo(page, page.getByRole('button', { name: 'Back', exact: true }));
  await page.keyboard.press('Enter');
  await expectStep(page, 4, 8, 'Fill in the gaps');
  await goNext();
  await expectStep(page, 5, 8, 'Speak');
  await tabTo(page, page.getByRole('button', { name: 'Skip this step' }));
  await page.keyboard.press('Enter');
  await expectStep(page, 6, 8, 'Say back what you heard');
  await expect(page.getByText('Ada responds, Bo listens')).toBeVisible();
  await goNext();
  await expectStep(page, 7, 8, 'Fill in the gaps');
  await goNext();
  await expectStep(page, 8, 8, 'One word each');
  await goNext();

  // Reflections: each partner writes and says how it felt, by keyboard.
  const reflection = page.getByRole('heading', { level: 2, name: 'Looking back' });
  await expect(reflection).toBeFocused();
  await expect(page.getByText('Which was harder for you: speaking without being interrupted')).toBeVisible();
  const adaWords = page.getByLabel('Ada’s reflection (optional)');
  await expect(adaWords).toHaveAccessibleDescription(/What did your partner say back/);
  await tabTo(page, adaWords);
  await page.keyboard.type('Listening without replying was harder than I thought.');
  await page.keyboard.press('Tab');
  const adaFeeling = page.getByRole('group', { name: 'How did it feel for Ada? (optional)' });
  await expect(adaFeeling.getByRole('radio', { name: 'Not saying' })).toBeFocused();
  for (let press = 0; press < 4; press++) await page.keyboard.press('ArrowRight');
  await expect(adaFeeling.getByRole('radio', { name: 'Good' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Bo’s reflection (optional)')).toBeFocused();
  await page.keyboard.type('When Ada said it back, I felt followed.');
  await page.keyboard.press('Tab');
  for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: 'How did it feel for Bo? (optional)' }).getByRole('radio', { name: 'Bright' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Finish' }));
  await page.keyboard.press('Enter');

  // A warm close, and the way to the journal.
  const closing = page.getByRole('heading', { level: 2, name: 'Thank you for this time together, Ada and Bo' });
  await expect(closing).toBeFocused();
  await expect(page.getByText('The session is saved, and both reflections are in your journal.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Open the journal' }));
  await page.keyboard.press('Enter');

  await expect(screenHeading(page)).toHaveText('Journal');
  await expect(shownEntries(page)).toHaveCount(2);
  for (const [author, words, feeling] of [
    ['Ada', 'Listening without replying was harder than I thought.', 'Feeling good'],
    ['Bo', 'When Ada said it back, I felt followed.', 'Feeling bright'],
  ] as const) {
    const entry = shownEntries(page).filter({ hasText: words });
    await expect(entry).toContainText('Reflection on Three minutes each');
    await expect(entry.getByRole('heading')).toContainText(author);
    await expect(entry).toContainText(feeling);
  }

  // Home lists it among the sessions done lately, and nothing waits to be resumed.
  await goTo(page, 'Home');
  const done = page.getByRole('region', { name: 'Done lately' });
  await expect(done).toContainText('Three minutes each');
  await expect(done).toContainText('2 reflections in the journal');
  await expect(page.getByRole('region', { name: 'Waiting for you' })).toHaveCount(0);
});

test('a session left part-way resumes at the same step after a reload and after reopening the app', async ({
  page,
  harness,
  harnessUrl,
}) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openExercises(page);
  await openExercise(page, 'Mirror, then make sense');
  await startTogether(page, 'Bo');
  await expectStep(page, 1, 5, 'Pick something mild');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 2, 5, 'Share it');
  await expect(page.getByText('Bo speaks, Ada listens')).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 3, 5, 'Mirror and make sense');

  // A reload drops everything the page held; the step was saved on the way.
  await page.reload();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  const waiting = page.getByRole('region', { name: 'Waiting for you' });
  await expect(waiting).toContainText('Mirror, then make sense');
  await expect(waiting).toContainText('Step 3 of 5');
  await waiting.getByRole('button', { name: 'Resume Mirror, then make sense' }).click();
  await expectStep(page, 3, 5, 'Mirror and make sense');
  await expect(page.getByText('Ada responds, Bo listens')).toBeVisible();

  // One more step, then "Pause and leave": home, with the session still waiting.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 4, 5, 'Share it');
  await expect(page.getByText('Ada speaks, Bo listens')).toBeVisible();
  await page.getByRole('button', { name: 'Pause and leave' }).click();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  await expect(waiting).toContainText('Step 4 of 5');

  // Reopening the app (a new process) resumes there too.
  await page.goto(await harness.restart());
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await page.getByRole('button', { name: 'Open journal' }).click();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  await waiting.getByRole('button', { name: 'Resume Mirror, then make sense' }).click();
  await expectStep(page, 4, 5, 'Share it');
  await expect(page.getByText('Ada speaks, Bo listens')).toBeVisible();
});

test('a deeper exercise starts with the rested-and-willing check and offers the lighter one', async ({
  page,
  harnessUrl,
}) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openExercises(page);
  await openExercise(page, 'Hearing a hurt about us');
  await expect(page.getByRole('complementary', { name: 'Before you start' })).toContainText(
    'are you both rested and willing right now?',
  );
  await startTogether(page);

  // The fear screen first (session-safety.spec.ts covers it), then each partner's own "ready".
  const fear = page.getByRole('heading', { level: 2, name: 'Before you begin' });
  const check = page.getByRole('heading', { level: 2, name: 'Are you both rested and willing right now?' });
  const ready = (name: string) => page.getByRole('group', { name, exact: true }).getByRole('button', { name: 'I’m ready' });
  await expect(fear).toBeFocused();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(check).toBeFocused();
  await expect(page.getByText('Any step can be skipped and the session can be paused at any time.')).toBeVisible();

  // Ready: the steps begin. Pause, come back: the check is asked again before carrying on.
  await ready('Ada').click();
  await ready('Bo').click();
  await expectStep(page, 1, 6, 'Agree on the ground rules');
  await page.getByRole('button', { name: 'Pause and leave' }).click();
  await page.getByRole('button', { name: 'Resume Hearing a hurt about us' }).click();
  await expect(fear).toBeFocused();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(check).toBeFocused();

  // Not today: the lighter alternative takes its place, and only it waits on Home.
  await page.getByRole('group', { name: 'Bo', exact: true }).getByRole('button', { name: 'Not today' }).click();
  await page.getByRole('button', { name: 'Try something lighter: Three minutes each' }).click();
  await expect(screenHeading(page)).toHaveText('Three minutes each');
  await expectStep(page, 1, 8, 'Choose who starts');
  // The navigation steps aside while a session runs; Esc brings it back.
  await page.keyboard.press('Escape');
  await goTo(page, 'Home');
  const waiting = page.getByRole('region', { name: 'Waiting for you' });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await expect(waiting).toContainText('Three minutes each');
});

test('a per-partner timer gives each partner a turn, and the help page is one step away', async ({ page, harnessUrl }) => {
  await page.clock.install();
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openExercises(page);
  await openExercise(page, 'What I bring with me');

  // This exercise points to the help page; the page is offline and says plainly when exercises are not the tool.
  await page.getByRole('button', { name: 'Read “Getting professional help”' }).click();
  await expect(screenHeading(page)).toHaveText('Getting professional help');
  const afraid = page.getByRole('region', { name: 'If you feel afraid' });
  await expect(afraid).toContainText('threats, violence or control');
  await expect(afraid).toContainText('couples exercises are not the right tool');
  await expect(page.getByRole('link')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to “What I bring with me”' }).click();
  await expect(screenHeading(page)).toHaveText('What I bring with me');

  await startTogether(page, 'Bo');
  await expectStep(page, 1, 4, 'Think about habits');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectStep(page, 2, 4, 'One that helps');
  await expect(page.getByText('Bo first, then Ada')).toBeVisible();
  const clock = page.getByRole('timer');
  await expect(clock).toHaveText('1:30');

  await page.getByRole('button', { name: 'Start Bo’s turn' }).click();
  await page.clock.fastForward('01:30');
  await expect(timerNews(page)).toHaveText('Time’s up for Bo. Swap when you’re ready.');
  const adaTurn = page.getByRole('button', { name: 'Start Ada’s turn' });
  await expect(adaTurn).toBeFocused();
  await adaTurn.click();
  await expect(timerNews(page)).toHaveText('');
  await expect(page.getByRole('heading', { name: /^Ada’s turn\W+1 minute 30 seconds each$/ })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(timerNews(page)).toHaveText('Time’s up for Ada. Go on when you’re ready.');
  await expect(stepHeading(page)).toHaveText('Step 2 of 4: One that helps');

  // The library links to the same page from its professional-help theme (Esc: the navigation comes back).
  await page.keyboard.press('Escape');
  await openExercises(page);
  await page
    .getByRole('region', { name: 'Reach out for support' })
    .getByRole('button', { name: 'Read “Getting professional help”' })
    .click();
  await expect(screenHeading(page)).toHaveText('Getting professional help');
  await page.getByRole('button', { name: 'Back to the exercises' }).click();
  await expect(screenHeading(page)).toHaveText('Exercises');
});

test('the library groups exercises by strategy and barrier and filters by length and depth', async ({
  page,
  harnessUrl,
}) => {
  await page.goto(harnessUrl);
  await completeSetup(page);

  // Home suggests one exercise and leads to the library.
  const suggestion = page.getByRole('region', { name: 'Something to try together' });
  await expect(suggestion).toContainText('A gentle place to begin.');
  await suggestion.getByRole('button', { name: 'Choose another' }).click();
  await expect(screenHeading(page)).toHaveText('Exercises');

  const strategies = page.getByRole('region', { name: 'By strategy' });
  const barriers = page.getByRole('region', { name: 'By what gets in the way' });
  await expect(strategies.getByRole('heading', { level: 3 })).toHaveText([
    'Cultivate trust',
    'Listen to understand',
    'Share your feelings',
    'Practise empathy',
    'Make time for each other',
    'Reach out for support',
  ]);
  await expect(barriers.getByRole('heading', { level: 3 })).toHaveText([
    'When opening up feels risky',
    'When talking gets tangled',
    'When the past comes along',
  ]);
  const cards = page.locator('.exercise-card');
  await expect(page.getByText('All 54 exercises are shown.')).toBeVisible();
  await expect(cards).toHaveCount(54);
  await expect(cards.filter({ hasText: 'Three minutes each' }).locator('.exercise-tag')).toHaveText(['15 minutes', 'Light']);

  const minutes = page.getByRole('group', { name: 'How many minutes?' });
  const depth = page.getByRole('group', { name: 'How deep?' });
  await minutes.getByRole('radio', { name: 'Up to 10' }).check();
  await expect(page.getByText('16 of 54 exercises fit.')).toBeVisible();
  await expect(cards).toHaveCount(16);
  await depth.getByRole('radio', { name: 'Deeper' }).check();
  await expect(cards).toHaveCount(0);
  await expect(strategies.getByText('None of these fit the length and depth you chose.').first()).toBeVisible();
  await minutes.getByRole('radio', { name: 'Any' }).check();
  await expect(page.getByText('12 of 54 exercises fit.')).toBeVisible();
  for (const card of await cards.all()) await expect(card).toContainText('Deeper');

  // The suggestion's Start opens that exercise, ready to begin.
  await goTo(page, 'Home');
  await suggestion.getByRole('button', { name: /^Start / }).click();
  await expect(page.getByRole('button', { name: 'Start together' })).toBeVisible();
});
