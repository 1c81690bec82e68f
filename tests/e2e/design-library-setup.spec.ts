import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { nextDialogAnswer } from './support/backup';
import { openExercise, openExercises, startTogether } from './support/exercises';
import { completeSetup, confirmRecoveryCode, goTo, readRecoveryCode, screenHeading } from './support/journey';
import { ARTIFACTS } from './support/journal-timeline';

/** The few browser globals these page functions use (the node tsconfig has no DOM lib; see support/page-global.ts). */
interface Win {
  scrollY: number;
  scrollTo(x: number, y: number): void;
  getComputedStyle(element: unknown): { width: string; color: string; lineHeight: string };
  document: { activeElement: { closest(selector: string): { getAttribute(name: string): string | null } | null } | null };
}

/** The Library, Setup, Sessions and Restore parts of "a designed app" (issue 17), as a couple meets them. */

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
] as const;

// Screenshots for people to judge, in the e2e artifacts folder (not committed); DESIGN_SHOTS_DIR
// sends them elsewhere, with DESIGN_SHOTS_TAG ("before", "after") in front of each name.
const SHOTS = process.env.DESIGN_SHOTS_DIR
  ? `${process.env.DESIGN_SHOTS_DIR.replace(/\/?$/, '/')}${process.env.DESIGN_SHOTS_TAG ?? 'shot'}-`
  : ARTIFACTS;
for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}-${scheme}`;
    test(`design shots at ${at}`, async ({ page, harnessUrl, dataDir }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const shot = (name: string, fullPage = false) =>
        page.screenshot({ path: `${SHOTS}${name}-${at}.png`, fullPage });
      await page.goto(harnessUrl);
      await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
      await shot('setup-1-names');
      await page.getByLabel('First partner').fill('Ada');
      await page.getByLabel('Second partner').fill('Bo');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('radio', { name: 'Yes, someone else uses it too' }).check();
      await shot('setup-2-lock');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(screenHeading(page)).toHaveText('Choose a passphrase');
      await shot('setup-3-passphrase');
      await page.getByLabel('Passphrase', { exact: true }).fill('a long shared passphrase');
      await page.getByLabel('Type it again').fill('a long shared passphrase');
      await page.getByRole('button', { name: 'Start our journal' }).click();
      const code = await readRecoveryCode(page);
      await shot('setup-4-code');
      await confirmRecoveryCode(page, code);
      await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
      await openExercises(page);
      await shot('library');
      await shot('library-full', true);
      const jump = page.getByRole('navigation', { name: 'Exercise themes' }).getByRole('link', { name: 'Listen to understand' });
      if ((await jump.count()) > 0) {
        await jump.click();
        await shot('library-section');
        await page.evaluate(() => (globalThis as unknown as Win).scrollTo(0, 0));
      }
      await openExercise(page, 'Three minutes each');
      await shot('exercise-page');
      await startTogether(page);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await shot('session');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /Pause and leave/ }).click().catch(() => undefined);
      await goTo(page, 'Backup');
      const broken = join(dataDir, '..', 'broken.age');
      writeFileSync(broken, 'age-encryption.org/v1\n-> scrypt AAAA 18\ncut short\n');
      await nextDialogAnswer(harnessUrl, { path: broken });
      const section = page.getByRole('region', { name: 'Restore from a backup' });
      await section.getByRole('button', { name: 'Choose a backup file…' }).click();
      await section.getByLabel('The backup’s passphrase', { exact: true }).fill('whatever it was');
      await section.getByRole('button', { name: 'Open the backup' }).click();
      await expect(section.getByRole('alert')).not.toHaveText('', { timeout: 60_000 });
      await section.scrollIntoViewIfNeeded();
      await shot('restore-damaged');
    });
  }
}

async function axeInBothThemes(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `${where} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Whether the whole of `target` is inside the window without scrolling the page. */
async function expectInView(page: Page, target: Locator, what: string): Promise<void> {
  await expect(target).toBeVisible();
  const box = (await target.boundingBox())!;
  const size = page.viewportSize()!;
  const scrolled = await page.evaluate(() => (globalThis as unknown as Win).scrollY);
  expect(scrolled, `${what}: the page was not scrolled`).toBe(0);
  expect(box.y, `${what}: top inside the window`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom inside the ${size.width}×${size.height} window`).toBeLessThanOrEqual(size.height);
}

const progress = (page: Page) => page.getByRole('list', { name: 'Setting up' });

async function expectStepOf(page: Page, position: number, of: number, name: string): Promise<void> {
  await expect(page.getByText(`Step ${position} of ${of}`, { exact: true })).toBeVisible();
  await expect(progress(page).getByRole('listitem')).toHaveCount(of);
  await expect(progress(page).locator('[aria-current="step"]')).toHaveText(name);
  await expect(page.getByRole('button', { name: 'Help and crisis lines' })).toBeVisible();
}

const columnWidth = (page: Page) => page.locator('main').evaluate((main) => (globalThis as unknown as Win).getComputedStyle(main).width);

for (const size of SIZES) {
  const at = `${size.width}×${size.height}`;

  test(`setup at ${at}: a step count, one column width, and every step's main button in view`, async ({ page, harnessUrl }) => {
    await page.setViewportSize(size);
    await page.goto(harnessUrl);
    await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
    await expectStepOf(page, 1, 4, 'Your names');
    const width = await columnWidth(page);
    await expectInView(page, page.getByRole('button', { name: 'Continue' }), 'names');
    await axeInBothThemes(page, `setup names at ${at}`);

    // The same name twice, whatever the capitals and spaces: refused on the second field.
    await page.getByLabel('First partner').fill('Ada');
    await page.getByLabel('Second partner').fill('  aDA ');
    await page.getByRole('button', { name: 'Continue' }).click();
    const second = page.getByLabel('Second partner');
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('aria-invalid', 'true');
    await expect(second).toHaveAccessibleDescription(/same name as the first partner’s/);
    await expect(page.getByLabel('First partner')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(screenHeading(page)).toHaveText('Welcome to Hearth');
    await axeInBothThemes(page, `setup names with an error at ${at}`);
    await second.fill('Bo');
    await expect(second).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(screenHeading(page)).toHaveText('Who uses this computer?');
    await expectStepOf(page, 2, 4, 'Locking');
    expect(await columnWidth(page)).toBe(width);
    await page.getByRole('radio', { name: 'Yes, someone else uses it too' }).check();
    await page.evaluate(() => (globalThis as unknown as Win).scrollTo(0, 0));
    await expectInView(page, page.getByRole('button', { name: 'Continue' }), 'lock, with the choices open');
    await axeInBothThemes(page, `setup lock choice at ${at}`);
    // Without a passphrase there is one step fewer, and the count says so.
    await page.getByRole('radio', { name: 'With this computer’s login only' }).check();
    await expectStepOf(page, 2, 3, 'Locking');
    await page.evaluate(() => (globalThis as unknown as Win).scrollTo(0, 0));
    await expectInView(page, page.getByRole('button', { name: 'Start our journal' }), 'lock, without a passphrase');
    await page.getByRole('radio', { name: /^With a passphrase/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(screenHeading(page)).toHaveText('Choose a passphrase');
    await expectStepOf(page, 3, 4, 'Passphrase');
    expect(await columnWidth(page)).toBe(width);
    await expectInView(page, page.getByRole('button', { name: 'Start our journal' }), 'passphrase');
    await axeInBothThemes(page, `setup passphrase at ${at}`);
    await page.getByLabel('Passphrase', { exact: true }).fill('a long shared passphrase');
    await page.getByLabel('Type it again').fill('a long shared passphrase');
    await page.getByRole('button', { name: 'Start our journal' }).click();

    const code = await readRecoveryCode(page);
    await expectStepOf(page, 4, 4, 'Recovery code');
    expect(await columnWidth(page)).toBe(width);
    await expectInView(page, page.getByRole('button', { name: 'I have saved it' }), 'recovery code');
    await axeInBothThemes(page, `setup recovery code at ${at}`);
    await page.getByRole('button', { name: 'I have saved it' }).click();
    await expect(screenHeading(page)).toHaveText('Check your recovery code');
    await expectInView(page, page.getByRole('button', { name: 'Confirm' }), 'recovery check');
    await page.getByRole('button', { name: 'Show the code again' }).click();
    await confirmRecoveryCode(page, code);
    await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  });

  test(`the library at ${at}: jump links to each theme, a look per theme, short cards`, async ({ page, harnessUrl }) => {
    await page.setViewportSize(size);
    await page.goto(harnessUrl);
    await completeSetup(page);
    await openExercises(page);
    const jumps = page.getByRole('navigation', { name: 'Exercise themes' }).getByRole('link');
    await expect(jumps).toHaveCount(9);
    await axeInBothThemes(page, `the library at ${at}`);

    for (const [link, heading] of [
      ['Make time for each other', 'Make time for each other'],
      ['When the past comes along', 'When the past comes along'],
    ] as const) {
      await page.evaluate(() => (globalThis as unknown as Win).scrollTo(0, 0));
      await jumps.filter({ hasText: link }).click();
      const target = page.getByRole('heading', { level: 3, name: heading });
      await expect(target).toBeFocused();
      await expect(target).toBeInViewport();
    }
    // By keyboard too: Tab to a link, Enter, and Tab carries on inside that section.
    await page.evaluate(() => (globalThis as unknown as Win).scrollTo(0, 0));
    await jumps.filter({ hasText: 'Listen to understand' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name: 'Listen to understand' })).toBeFocused();
    await page.keyboard.press('Tab');
    const next = await page.evaluate(
      () => (globalThis as unknown as Win).document.activeElement?.closest('section')?.getAttribute('aria-labelledby'),
    );
    expect(next).toBe('theme-active-listening');

    // Nine themes, nine colours, each with its own icon beside its heading.
    const inks = await page
      .locator('.theme-heading .theme-icon')
      .evaluateAll((icons) => icons.map((icon) => (globalThis as unknown as Win).getComputedStyle(icon).color));
    expect(new Set(inks).size).toBe(9);
    await expect(page.locator('.theme-heading svg')).toHaveCount(9);

    // A card: the title, the summary held to two lines, and its length and depth as tags.
    const card = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Three minutes each', exact: true }) });
    await expect(card.getByRole('list', { name: 'Length and depth' }).getByRole('listitem')).toHaveText([/minutes?$/, /^(Light|Deeper)$/]);
    const lines = await card.locator('.exercise-card-why').evaluate(
      (why) => why.getBoundingClientRect().height / parseFloat((globalThis as unknown as Win).getComputedStyle(why).lineHeight),
    );
    expect(lines).toBeLessThanOrEqual(2.05);

    // The exercise's page and its session show the same theme with the same icon.
    await openExercise(page, 'Three minutes each');
    await expect(page.locator('.theme-label')).toHaveText('Listen to understand');
    await expect(page.locator('.theme-label .theme-icon')).toHaveCSS('color', inks[1]!);
  });

  test(`a session at ${at}: the navigation steps aside while it runs; Esc and "Pause and leave" bring it back`, async ({
    page,
    harnessUrl,
  }) => {
    await page.setViewportSize(size);
    await page.goto(harnessUrl);
    await completeSetup(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await openExercises(page);
    await openExercise(page, 'Three minutes each');
    await startTogether(page);
    await expect(page.locator('.session-header .theme-label')).toHaveText('Listen to understand');
    await expect(nav).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    // The timer's name reads as one phrase, with no stray space before the comma.
    await expect(page.getByRole('region', { name: 'Ada’s turn, 3 minutes' })).toBeVisible();
    await expect(nav).toHaveCount(0);
    await axeInBothThemes(page, `a running session at ${at}`);

    await page.keyboard.press('Escape');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('button').first()).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Three minutes each' })).toBeVisible();

    // The same with the mouse: "Show the menu" stands where the navigation was.
    await openExercises(page);
    await page.getByRole('button', { name: 'Three minutes each' }).click();
    await startTogether(page);
    await expect(nav).toHaveCount(0);
    await page.getByRole('button', { name: /^Show the menu/ }).click();
    await expect(nav).toBeVisible();

    // "Pause and leave": Home, with the navigation back.
    await openExercises(page);
    await page.getByRole('button', { name: 'Three minutes each' }).click();
    await startTogether(page);
    await expect(nav).toHaveCount(0);
    await page.getByRole('button', { name: 'Pause and leave' }).click();
    await expect(nav).toBeVisible();
    await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  });
}

test('a damaged backup is refused without marking the passphrase as wrong; the message takes focus', async ({
  page,
  harnessUrl,
  dataDir,
}) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await goTo(page, 'Backup');
  // A file that starts as an age file and then stops: cut short while copying.
  const broken = join(dataDir, '..', 'cut-short.age');
  writeFileSync(broken, 'age-encryption.org/v1\n-> scrypt AAAA 18\ncut short\n');
  await nextDialogAnswer(harnessUrl, { path: broken });
  const section = page.getByRole('region', { name: 'Restore from a backup' });
  await section.getByRole('button', { name: 'Choose a backup file…' }).click();
  const field = section.getByLabel('The backup’s passphrase', { exact: true });
  await expect(field).toBeFocused();
  await field.fill('whatever it was');
  await section.getByRole('button', { name: 'Open the backup' }).click();
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('damaged', { timeout: 60_000 });
  await expect(alert).toBeFocused();
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('The passphrase chosen when this backup was made.');
  await expect(field).toHaveValue('whatever it was');
  await axeInBothThemes(page, 'the restore form after a damaged backup');
});
