import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { completeSetup, goTo, screenHeading, shownEntries } from './support/journey';
import { whatThePageHolds } from './support/page-holds';

const MARKER = 'private-e2e-marker-7QK2-ñandú';
const PASSPHRASE = 'the heron waits by the reeds';

// For people to look at (gitignored), not pixel comparisons: fonts differ between machines.
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** axe in both themes; with a name, also the whole screen at 1280×800 and 900×700 in both themes, to look at. */
async function axeLightAndDark(page: Page, where: string, shot?: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${where} (${colorScheme})`);
    if (!shot) continue;
    for (const [width, height] of [[1280, 800], [900, 700]] as const) {
      await page.setViewportSize({ width, height });
      // Two frames after the resize, or the full-page shot catches cards half painted.
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      await page.screenshot({ path: `${ARTIFACTS}private-${shot}-${width}x${height}-${colorScheme}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openPrivatePages(page: Page) {
  await goTo(page, 'Journal');
  await page.getByRole('button', { name: 'My private page' }).click();
  await expect(screenHeading(page)).toHaveText('Private pages');
}

async function makeAdasPage(page: Page, shoot = false) {
  await openPrivatePages(page);
  await page.getByRole('button', { name: 'Make Ada’s page' }).click();
  await expect(screenHeading(page)).toHaveText('Make Ada’s private page');
  // Before anything is made, the page says plainly what forgetting means.
  await expect(page.getByRole('note', { name: 'Before you begin' })).toContainText(
    'If you forget your private passphrase and have no private recovery code, your page is lost for good.',
  );
  await axeLightAndDark(page, 'making a private page', shoot ? 'make' : undefined);
  await page.getByLabel('Private passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Make my private page' }).click();
  await expect(screenHeading(page)).toHaveText('Your private recovery code');
  await expect(page.getByText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/)).toBeVisible();
  await axeLightAndDark(page, 'the private recovery code', shoot ? 'recovery-code' : undefined);
  await page.getByRole('button', { name: 'I have kept it safe' }).click();
  await expect(screenHeading(page)).toHaveText('Ada’s private page');
}

async function writeNote(page: Page, body: string) {
  const composer = page.getByRole('form', { name: 'Write a private note' });
  await composer.getByLabel('Your note').fill(body);
  await composer.getByRole('radio', { name: 'Steady' }).check();
  await composer.getByLabel('Tags (optional)').fill('alone, later');
  await composer.getByRole('button', { name: 'Save privately' }).click();
  await expect(composer.getByRole('status')).toHaveText('Saved on your private page.');
}

async function expectNothingOfThePage(page: Page, secrets: string[]) {
  const held = await whatThePageHolds(page);
  for (const secret of secrets) expect(held.html, 'the page after the private page locked').not.toContain(secret);
  expect(held).toMatchObject({ localStorage: 0, sessionStorage: 0, databases: [] });
}

test('a private page: make it, write, lock by idle, unlock, share', async ({ page, harnessUrl }) => {
  await page.clock.install();
  await page.goto(harnessUrl);
  await completeSetup(page, ['Ada', 'Bo']);
  await makeAdasPage(page, true);

  await writeNote(page, `${MARKER} I am not ready to say this to Bo yet`);
  await writeNote(page, 'A second note that stays here');
  const notes = page.getByRole('region', { name: 'Your notes' }).getByRole('article');
  await expect(notes).toHaveCount(2);
  await page.getByLabel('Search your notes').fill('ñandú');
  await expect(notes).toHaveCount(1);
  await expect(notes.first()).toContainText(MARKER);
  await page.getByLabel('Search your notes').fill('');
  await expect(notes).toHaveCount(2);
  await axeLightAndDark(page, 'an open private page', 'open');

  // Two minutes without a key, click or scroll: the page locks by itself and drops its words.
  await page.clock.fastForward('02:01');
  await expect(screenHeading(page)).toHaveText('Private pages');
  await expect(page.getByRole('status').filter({ hasText: 'locked by itself' })).toBeVisible();
  await expectNothingOfThePage(page, [MARKER, 'not ready to say', 'stays here', PASSPHRASE]);
  await axeLightAndDark(page, 'private pages, locked', 'locked');

  // A wrong passphrase is refused; the right one opens it again.
  await page.getByRole('button', { name: 'Open Ada’s page' }).click();
  await page.getByLabel('Private passphrase', { exact: true }).fill('not the right one');
  await page.getByRole('button', { name: 'Open my page' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That private passphrase is not right.' })).toBeVisible();
  await axeLightAndDark(page, 'opening a private page', 'wrong-passphrase');
  await page.getByLabel('Private passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open my page' }).click();
  await expect(screenHeading(page)).toHaveText('Ada’s private page');
  await expect(notes).toHaveCount(2);

  // Share when ready: that one note leaves the page and enters the journal, marked.
  const toShare = notes.filter({ hasText: MARKER });
  await toShare.getByRole('button', { name: 'Share with the journal' }).click();
  await toShare.getByRole('button', { name: 'Share it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared.' })).toBeVisible();
  await expect(notes).toHaveCount(1);
  await expect(notes.first()).toContainText('A second note that stays here');

  await goTo(page, 'Journal');
  await expect(shownEntries(page)).toHaveCount(1);
  await expect(shownEntries(page).first()).toContainText(MARKER);
  await expect(shownEntries(page).first()).toContainText(/Written privately on \d{1,2} \w+ \d{4}|Written privately on \w+ \d{1,2}, \d{4}/);
  await expect(shownEntries(page).first()).toContainText('Ada');
  await expect(page.locator('body')).not.toContainText('stays here');
});

test('a private page locks after a minute in the background, and leaving it locks it', async ({ page, harnessUrl }) => {
  await page.clock.install();
  await page.goto(harnessUrl);
  await completeSetup(page, ['Ada', 'Bo']);
  await makeAdasPage(page);
  await writeNote(page, MARKER);

  // The window loses focus (another app in front): the page's own blur event, as Chromium sends it.
  await page.evaluate("window.dispatchEvent(new Event('blur'))");
  await page.clock.fastForward('01:01');
  await expect(screenHeading(page)).toHaveText('Private pages');
  await expectNothingOfThePage(page, [MARKER]);

  // Opened again, then left for the journal: coming back asks for the passphrase again.
  await page.getByRole('button', { name: 'Open Ada’s page' }).click();
  await page.getByLabel('Private passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open my page' }).click();
  await expect(screenHeading(page)).toHaveText('Ada’s private page');
  await goTo(page, 'Home');
  await expectNothingOfThePage(page, [MARKER]);
  await openPrivatePages(page);
  await page.getByRole('button', { name: 'Open Ada’s page' }).click();
  await expect(page.getByLabel('Private passphrase', { exact: true })).toBeVisible();
});
