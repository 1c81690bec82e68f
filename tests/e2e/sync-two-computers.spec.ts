import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { spawnHarness, type HarnessProcess } from './support/harness-process';
import { completeSetup, goTo, screenHeading, shownEntries } from './support/journey';

/*
 * Two computers, one journal (issue 19), as the couple does it: two Hearths (two harness
 * processes, each with its own journal and keychain item) and one folder their sync tool
 * would keep in step. A shares, shows a pairing code, B joins with it; writing on A shows up
 * on B; an edit made on each while the folder is away keeps both, and B's history lists both.
 */

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const FIRST = 'Study desk';
const SECOND = 'Kitchen laptop';

/** One harness process, as tests/harness/cli.ts runs it, with this computer's journal and the shared folder. */
const startComputer = (dataDir: string, syncDir: string): Promise<HarnessProcess> => spawnHarness(dataDir, process.env, ['--sync-dir', syncDir]);

const syncSection = (page: Page): Locator => page.getByRole('region', { name: 'Two computers' });
const computersList = (page: Page): Locator => syncSection(page).getByRole('list', { name: 'Computers sharing this journal' });

/** The menu does nothing for the screen already open: only go there from elsewhere. */
async function goIfElsewhere(page: Page, place: 'Home' | 'Settings' | 'Journal'): Promise<void> {
  if ((await screenHeading(page).textContent()) !== place) await goTo(page, place);
}

async function openSync(page: Page): Promise<Locator> {
  await goIfElsewhere(page, 'Settings');
  const section = syncSection(page);
  await section.scrollIntoViewIfNeeded();
  return section;
}

async function setUp(page: Page, how: 'share' | 'join', name: string, code?: string): Promise<void> {
  const section = await openSync(page);
  await section.getByRole('button', { name: how === 'share' ? 'Share this journal' : 'Join from another computer' }).click();
  const form = section.getByRole('form', { name: how === 'share' ? 'Share this journal' : 'Join from another computer' });
  // The form's heading takes the keyboard, so a screen reader starts at its top.
  await expect(form.getByRole('heading', { level: 3 })).toBeFocused();
  // Nothing chosen yet: the form says what is missing, at the folder.
  await form.getByRole('button', { name: how === 'share' ? 'Start sharing' : 'Join' }).click();
  await expect(form.getByRole('button', { name: 'Choose the folder' })).toBeFocused();
  await expect(form.getByText('Choose the folder you share between your computers first.')).toBeVisible();
  await form.getByRole('button', { name: 'Choose the folder' }).click();
  await expect(form.getByText('Chosen: shared')).toBeVisible();
  await form.getByLabel('This computer’s name').fill(name);
  if (code) await form.getByLabel('Pairing code', { exact: true }).fill(code);
  await form.getByRole('button', { name: how === 'share' ? 'Start sharing' : 'Join' }).click();
  // Joining runs the code's key derivation and the first sync: give it time.
  await expect(computersList(page).getByRole('listitem').filter({ hasText: name })).toContainText('(this computer)', { timeout: 45_000 });
}

async function syncNow(page: Page): Promise<void> {
  const section = await openSync(page);
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Synced just now.' })).toBeVisible({ timeout: 20_000 });
}

const entryWith = (page: Page, text: string): Locator => shownEntries(page).filter({ hasText: text });

async function editEntry(page: Page, from: string, to: string): Promise<void> {
  await goIfElsewhere(page, 'Journal');
  const entry = entryWith(page, from);
  await entry.getByRole('button', { name: /^Edit/ }).click();
  const form = page.getByRole('form', { name: 'Edit this entry' });
  await form.getByLabel('Entry', { exact: true }).fill(to);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(entryWith(page, to)).toBeVisible();
}

/** Looks again (as a person would, coming back to the journal) until the entry is there as expected. */
async function expectInJournal(page: Page, text: string, check: (entry: Locator) => Promise<void> = async () => {}): Promise<void> {
  await expect(async () => {
    // The journal reads its entries when it opens: step away and back.
    await goIfElsewhere(page, 'Home');
    await goTo(page, 'Journal');
    const entry = entryWith(page, text);
    await expect(entry).toBeVisible({ timeout: 3_000 });
    await check(entry);
  }).toPass({ timeout: 40_000 });
}

async function shoot(page: Page, name: string, show?: Locator): Promise<void> {
  await show?.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${ARTIFACTS}${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function axeBothThemes(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, `${where} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('two computers share one journal through a folder: write on A, read on B, parallel edits keep both', async ({ browser }) => {
  test.setTimeout(240_000);
  const parent = mkdtempSync(join(tmpdir(), 'hearth-e2e-sync-'));
  const shared = join(parent, 'shared');
  mkdirSync(shared);
  const computers: HarnessProcess[] = [];
  try {
    computers.push(await startComputer(join(parent, 'a'), shared), await startComputer(join(parent, 'b'), shared));
    const [a, b] = await Promise.all(computers.map(async (computer) => {
      // Reduced motion: the colour transitions stop, so a screenshot never catches a theme half-way.
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(computer.url);
      return page;
    }));
    await completeSetup(a!);
    // B starts its own, empty journal: joining replaces it with the shared one.
    await completeSetup(b!);
    const pageA = a!;
    const pageB = b!;

    // Off: what it does, and the two ways in.
    const offA = await openSync(pageA);
    await expect(offA.getByText('never connects to the internet', { exact: false })).toBeVisible();
    await axeBothThemes(pageA, 'Two computers, off');
    await shoot(pageA, 'sync-off-1280x800');
    await pageA.setViewportSize({ width: 900, height: 700 });
    await shoot(pageA, 'sync-off-900x700', offA.getByRole('button', { name: 'Join from another computer' }));
    await pageA.setViewportSize({ width: 1280, height: 800 });

    await setUp(pageA, 'share', FIRST);
    const sectionA = syncSection(pageA);
    await expect(sectionA.getByText(/^Syncing through the folder .*shared\.$/)).toBeVisible();

    // A pairing code: big, in groups, counting down, working once.
    await sectionA.getByRole('button', { name: 'Show a pairing code' }).click();
    await expect(sectionA.getByRole('heading', { name: 'Pairing code' })).toBeFocused();
    const groups = sectionA.getByRole('list', { name: 'Pairing code, in five groups' }).getByRole('listitem');
    await expect(groups).toHaveCount(5);
    const code = (await groups.allTextContents()).join('-');
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}-[0-9A-Z]{6}$/);
    await expect(sectionA.getByRole('timer')).toHaveText(/^It expires in 1?\d:\d\d\.$/);
    await expect(sectionA.getByText('It works once.', { exact: false })).toBeVisible();
    await axeBothThemes(pageA, 'Two computers, on, with a pairing code');
    await sectionA.getByRole('heading', { name: 'Pairing code' }).scrollIntoViewIfNeeded();
    await shoot(pageA, 'sync-pairing-1280x800', sectionA.getByRole('timer'));
    await pageA.setViewportSize({ width: 900, height: 700 });
    await shoot(pageA, 'sync-pairing-900x700', sectionA.getByRole('timer'));
    await pageA.setViewportSize({ width: 1280, height: 800 });

    // B joins with the code typed as a person might: lower case, spaces for dashes.
    await setUp(pageB, 'join', SECOND, code.toLowerCase().replaceAll('-', ' '));
    await expect(computersList(pageB).getByRole('listitem')).toHaveCount(2);
    // A learns of B from the folder, and the used code goes away.
    await expect(computersList(pageA).getByRole('listitem').filter({ hasText: SECOND })).toBeVisible({ timeout: 30_000 });
    await expect(sectionA.getByRole('list', { name: 'Pairing code, in five groups' })).toHaveCount(0);
    await expect(computersList(pageA).getByRole('button', { name: `Remove ${SECOND}` })).toBeVisible();
    await axeBothThemes(pageB, 'Two computers, on, joined');
    await syncSection(pageB).scrollIntoViewIfNeeded();
    await shoot(pageB, 'sync-on-1280x800');
    await pageB.setViewportSize({ width: 900, height: 700 });
    await shoot(pageB, 'sync-on-900x700', syncSection(pageB).getByRole('button', { name: 'Sync now' }));
    await pageB.setViewportSize({ width: 1280, height: 800 });

    // Removing asks first and says what it does; keeping it changes nothing.
    await computersList(pageA).getByRole('button', { name: `Remove ${SECOND}` }).click();
    const confirm = sectionA.getByRole('group', { name: `Remove ${SECOND}?` });
    await expect(confirm.getByRole('heading')).toBeFocused();
    await expect(confirm).toContainText('can read nothing written from now on');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await expect(computersList(pageA).getByRole('button', { name: `Remove ${SECOND}` })).toBeFocused();

    // Written on A, read on B.
    const first = 'We walked to the lake at dusk and counted the herons.';
    await goIfElsewhere(pageA, 'Journal');
    await pageA.getByRole('button', { name: 'Write', exact: true }).or(pageA.getByRole('form', { name: 'Write an entry' })).first().waitFor();
    const composer = pageA.getByRole('form', { name: 'Write an entry' });
    if (!(await composer.isVisible())) await pageA.getByRole('button', { name: 'Write', exact: true }).click();
    await composer.getByRole('radio', { name: 'Ada', exact: true }).check();
    await composer.getByLabel('Your entry').fill(first);
    await composer.getByRole('button', { name: 'Save entry' }).click();
    await expect(composer.getByRole('status')).toHaveText('Saved. Your entry is at the top of the list.');
    await expectInJournal(pageB, first);

    // The folder goes away (a USB stick pulled out): both keep writing, unaware of each other.
    const away = join(parent, 'shared-away');
    renameSync(shared, away);
    const missing = syncSection(pageA).getByRole('alert').filter({ hasText: /not there any more/ });
    await expect(async () => {
      await openSync(pageA);
      await expect(missing).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
    // With the folder gone, the section does not claim anything is in it.
    await expect(syncSection(pageA).getByText('Everything written here is in the folder.')).toHaveCount(0);
    await expect(syncSection(pageA).getByText('Nothing written here is waiting to go out.')).toBeVisible();
    await axeBothThemes(pageA, 'sync, the folder gone');
    await shoot(pageA, 'sync-folder-missing-1280x800', syncSection(pageA));
    await pageA.setViewportSize({ width: 900, height: 700 });
    await shoot(pageA, 'sync-folder-missing-900x700', syncSection(pageA));
    await pageA.setViewportSize({ width: 1280, height: 800 });
    const onA = `${first} Ada adds: the third one flew right over us.`;
    const onB = `${first} Bo adds: and we forgot the thermos.`;
    await editEntry(pageA, first, onA);
    await editEntry(pageB, first, onB);

    // Back again: each syncs, and both computers keep both edits.
    renameSync(away, shared);
    await syncNow(pageA);
    await syncNow(pageB);
    await syncNow(pageA);
    const note = 'Edited on both computers at the same time — both versions are kept.';
    for (const page of [pageA, pageB]) {
      await expectInJournal(page, onB, async (entry) => {
        await expect(entry.getByText(note)).toBeVisible({ timeout: 2_000 });
      });
    }

    // B's history lists both versions, newest first, each with its computer; the parallel one marked.
    const entry = entryWith(pageB, onB);
    const historyButton = entry.getByRole('button', { name: /^History/ });
    await historyButton.click();
    const dialog = pageB.getByRole('dialog', { name: 'Versions of this entry' });
    await expect(dialog.getByRole('heading', { name: 'Versions of this entry' })).toBeFocused();
    const versions = dialog.getByRole('listitem').filter({ hasText: 'Saved on' });
    await expect(versions.filter({ hasText: onB })).toHaveCount(1);
    await expect(versions.filter({ hasText: onA })).toHaveCount(1);
    await expect(versions.filter({ hasText: onB })).toContainText(`Saved on ${SECOND}`);
    await expect(versions.filter({ hasText: onB })).toContainText('Shown in the journal');
    await expect(versions.filter({ hasText: onA })).toContainText(`Saved on ${FIRST}`);
    await expect(versions.filter({ hasText: onA })).toContainText('Edited at the same time as another version');
    const bodies = await versions.allTextContents();
    expect(bodies.findIndex((text) => text.includes(onB))).toBeLessThan(bodies.findIndex((text) => text.includes(onA)));
    expect(bodies.findIndex((text) => text.includes(onA))).toBeLessThan(bodies.findIndex((text) => text.includes(first) && !text.includes('adds:')));
    await axeBothThemes(pageB, 'an entry’s history');
    await shoot(pageB, 'sync-history-1280x800');
    await pageB.setViewportSize({ width: 900, height: 700 });
    await shoot(pageB, 'sync-history-900x700');
    await pageB.setViewportSize({ width: 1280, height: 800 });
    await pageB.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(historyButton).toBeFocused();
  } finally {
    for (const computer of computers) await computer.stop();
    rmSync(parent, { recursive: true, force: true });
  }
});
