import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { exportBackup, nextDialogAnswer, openBackup, watchedProgress, watchProgress } from './support/backup';
import { completeSetup, goTo, screenHeading, shownEntries, writeEntry } from './support/journey';
import { harnessToken } from './support/main-events';
import type { PageGlobal } from './support/page-global';

const ARTIFACTS = 'tests/e2e/artifacts/';
const PASSPHRASE = 'the kettle sings when the heron leaves';
// Backups use the real scrypt work factor (age's default), so each one takes a few seconds.
test.setTimeout(240_000);

/** A folder outside the journal's, where the "dialogs" save and pick backups; removed afterwards. */
let away: string;
test.beforeEach(() => {
  away = mkdtempSync(join(tmpdir(), 'hearth-e2e-backups-'));
});
test.afterEach(() => {
  rmSync(away, { recursive: true, force: true });
});

// Reduced motion: no colour transitions, so a theme switch is complete before axe or a screenshot looks.
async function axeInBothThemes(page: import('@playwright/test').Page, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await expectNoAxeViolations(page, `${where} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
}

test('export a backup, write more, restore it over the journal: the journal is as it was, and the safety copy is kept', async ({
  page,
  harnessUrl,
  dataDir,
}) => {
  const marker = `Lantern-by-the-river-${Date.now().toString(36)}`;
  const later = 'Written after the backup was made.';
  const target = join(away, 'hearth-backup-test.age');

  await page.goto(harnessUrl);
  await completeSetup(page);
  await goTo(page, 'Journal');
  await writeEntry(page, { author: 'Ada', body: `Our evening walk. ${marker}` });

  await goTo(page, 'Backup');
  await expect(screenHeading(page)).toHaveText('Backup');
  await axeInBothThemes(page, 'the backup screen');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: `${ARTIFACTS}backup-1280x800-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

  // Export: where, the passphrase twice (with its strength in words), then the work.
  const exporting = page.getByRole('region', { name: 'Make a backup' });
  await nextDialogAnswer(harnessUrl, { path: target });
  await exporting.getByRole('button', { name: 'Choose where to save it…' }).click();
  // The page shows the file's name; the folder stays in main, behind a token.
  await expect(exporting.getByText(basename(target))).toBeVisible();
  expect(await page.content()).not.toContain(away);
  const first = exporting.getByLabel('Backup passphrase', { exact: true });
  await expect(first).toBeFocused();
  await first.fill('password');
  await expect(first).toHaveAccessibleDescription(/Very easy to guess\./);
  await first.fill(PASSPHRASE);
  await expect(first).toHaveAccessibleDescription(/Very hard to guess\. A good choice\./);
  await expect(first).toHaveAccessibleDescription(/If it is lost, nobody can open the backup: not you, and not Hearth/);
  await exporting.getByLabel('Type it again', { exact: true }).fill(PASSPHRASE);
  await page.screenshot({ path: `${ARTIFACTS}backup-export-1280x800-light.png` });
  await axeInBothThemes(page, 'the export form');

  await watchProgress(page);
  await exporting.getByRole('button', { name: 'Make the backup' }).click();
  await expect(exporting.getByRole('progressbar', { name: 'Making the backup' })).toBeVisible();
  const saved = exporting.getByRole('status').first();
  await expect(saved).toContainText(`Saved as ${basename(target)}`, { timeout: 60_000 });
  expect(await page.content()).not.toContain(away);
  await expect(saved).toContainText('with 1 entry, 0 check-ins and 0 sessions');
  await expect(exporting.getByRole('progressbar')).toHaveCount(0);
  await expect(exporting.getByRole('button', { name: 'Choose where to save it…' })).toBeFocused();

  // Progress reached the page for this task, and the bar showed it moving to the end.
  const watched = await watchedProgress(page);
  expect(watched.events.filter((p) => p.taskId === 'backup.export').map((p) => p.phase)).toEqual(
    expect.arrayContaining(['reading', 'encrypting', 'verifying']),
  );
  expect(watched.bars.length, `bar values: ${watched.bars.join(', ')}`).toBeGreaterThan(1);
  expect(watched.bars.at(-1)).toBe('1');

  // The file is an age file, and the journal's words are not in it as plain text.
  const bytes = readFileSync(target);
  expect(bytes.subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');
  expect(bytes.includes(Buffer.from(marker))).toBe(false);
  expect(bytes.includes(Buffer.from(marker, 'utf16le'))).toBe(false);

  // Write more after the backup.
  await goTo(page, 'Journal');
  await writeEntry(page, { author: 'Bo', body: later });
  await expect(shownEntries(page)).toHaveCount(2);

  // Restore: the file, its passphrase, and what is in it before anything changes.
  await goTo(page, 'Backup');
  await openBackup(page, harnessUrl, target, PASSPHRASE);
  const restoring = page.getByRole('region', { name: 'Restore from a backup' });
  const summary = restoring.getByRole('region', { name: 'What is in this backup' });
  await expect(summary.getByRole('heading', { name: 'What is in this backup' })).toBeFocused({ timeout: 60_000 });
  await expect(summary.getByRole('definition')).toHaveText([
    /, by Hearth \d+\.\d+\.\d+$/,
    'Ada and Bo',
    '1 entry',
    '0 check-ins',
    '0 sessions',
    /\d{4}$/, // the days written, in this computer's language
  ]);
  await expect(summary).toContainText('Nothing has changed yet.');
  await page.screenshot({ path: `${ARTIFACTS}backup-restore-summary-1280x800-light.png` });
  await axeInBothThemes(page, 'the restore summary');

  // The journal has entries, so it can only be replaced, after a confirmation naming the safety copy.
  await expect(summary.getByRole('button', { name: 'Restore into this journal' })).toHaveCount(0);
  await summary.getByRole('button', { name: 'Replace this journal…' }).click();
  const confirm = summary.getByRole('group', { name: 'Replace this journal with the backup?' });
  await expect(confirm.getByRole('heading')).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription(/keeps a safety copy of the journal as it is now/);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await confirm.getByRole('button', { name: 'Keep this journal' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTIFACTS}backup-confirm-1280x800-dark.png` });
  await axeInBothThemes(page, 'the replace confirmation');

  // "Keep this journal" steps back without changing anything; then the couple decides to go ahead.
  await confirm.getByRole('button', { name: 'Keep this journal' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(summary.getByRole('button', { name: 'Replace this journal…' })).toBeFocused();
  await summary.getByRole('button', { name: 'Replace this journal…' }).click();

  await watchProgress(page);
  await confirm.getByRole('button', { name: 'Replace this journal', exact: true }).click();
  await expect(restoring.getByRole('heading', { name: 'Your journal is restored' })).toBeFocused({ timeout: 60_000 });
  await expect(restoring).toContainText('Everything Hearth shows now comes from the backup: 1 entry, 0 check-ins and 0 sessions.');
  await expect(restoring).toContainText('kept as a safety copy');
  expect((await watchedProgress(page)).events.some((p) => p.taskId === 'backup.restore')).toBe(true);
  await page.screenshot({ path: `${ARTIFACTS}backup-restored-1280x800-light.png` });

  // Everything shown comes from the restored journal: the later entry is gone, the first is there.
  await goTo(page, 'Home');
  await goTo(page, 'Journal');
  await expect(shownEntries(page)).toHaveCount(1);
  await expect(shownEntries(page).first()).toContainText(marker);
  await expect(page.getByText(later)).toHaveCount(0);

  // The journal it replaced is listed in Settings as a safety copy; deleting it is final and asks first.
  await goTo(page, 'Settings');
  const copies = page.getByRole('region', { name: 'Safety copies' });
  await expect(copies.getByRole('listitem')).toHaveCount(1);
  await expect(copies.getByRole('listitem')).toContainText(/^Kept .+ · \d+(\.\d)? (KB|MB|bytes)/);
  expect(readdirSync(join(dataDir, 'safety-copies'))).toHaveLength(1);
  await copies.scrollIntoViewIfNeeded();
  await copies.getByRole('button', { name: /^Delete the safety copy kept / }).click();
  const sure = copies.getByRole('group', { name: 'Delete this safety copy for good?' });
  await expect(sure).toHaveAccessibleDescription(/This is final/);
  await expectNoAxeViolations(page, 'the safety copy confirmation');
  await page.screenshot({ path: `${ARTIFACTS}backup-safety-copies-1280x800-light.png`, fullPage: true });
  await sure.getByRole('button', { name: 'Delete for good' }).click();
  await expect(copies).toContainText('There are no safety copies.');
  expect(readdirSync(join(dataDir, 'safety-copies'))).toHaveLength(0);
});

test('a passphrase mismatch writes nothing, a closed dialog changes nothing, and a wrong restore passphrase changes nothing', async ({
  page,
  harnessUrl,
  dataDir,
}) => {
  const target = join(away, 'ours.age');
  await page.goto(harnessUrl);
  await completeSetup(page);
  await goTo(page, 'Journal');
  await writeEntry(page, { author: 'Ada and Bo together', body: 'The first thing we wrote.' });
  await goTo(page, 'Backup');

  // Closing the save dialog: still at the first step, nothing asked.
  const exporting = page.getByRole('region', { name: 'Make a backup' });
  await nextDialogAnswer(harnessUrl, { cancelled: true });
  await exporting.getByRole('button', { name: 'Choose where to save it…' }).click();
  await expect(exporting.getByRole('button', { name: 'Choose where to save it…' })).toBeVisible();
  await expect(exporting.getByLabel('Backup passphrase', { exact: true })).toHaveCount(0);

  // Two different typings are caught on the screen, before anything is written.
  await nextDialogAnswer(harnessUrl, { path: target });
  await exporting.getByRole('button', { name: 'Choose where to save it…' }).click();
  await exporting.getByLabel('Backup passphrase', { exact: true }).fill(PASSPHRASE);
  await exporting.getByLabel('Type it again', { exact: true }).fill(`${PASSPHRASE}.`);
  await exporting.getByRole('button', { name: 'Make the backup' }).click();
  const again = exporting.getByLabel('Type it again', { exact: true });
  await expect(again).toBeFocused();
  await expect(again).toHaveAccessibleDescription('The two do not match. Please type the passphrase again.');
  await expect(again).toHaveAttribute('aria-invalid', 'true');
  // A short one too.
  await exporting.getByLabel('Backup passphrase', { exact: true }).fill('short');
  await exporting.getByLabel('Type it again', { exact: true }).fill('short');
  await exporting.getByRole('button', { name: 'Make the backup' }).click();
  await expect(exporting.getByLabel('Backup passphrase', { exact: true })).toHaveAccessibleDescription(/Use at least 10 characters/);
  expect(readdirSync(away), 'nothing written, not even a temporary file').toEqual([]);
  await axeInBothThemes(page, 'the export form with errors');

  // A place main refuses (its folder is gone): main's sentence, in an alert; what was typed stays.
  const elsewhere = exporting.getByRole('button', { name: 'Choose another place to save the backup' });
  await nextDialogAnswer(harnessUrl, { path: join(away, 'gone', 'ours.age') });
  await elsewhere.click();
  await exporting.getByLabel('Backup passphrase', { exact: true }).fill(PASSPHRASE);
  await exporting.getByLabel('Type it again', { exact: true }).fill(PASSPHRASE);
  await exporting.getByRole('button', { name: 'Make the backup' }).click();
  await expect(exporting.getByRole('alert')).toHaveText('The folder chosen for the backup does not exist. Nothing was written.');
  await expect(elsewhere).toBeFocused();
  await expect(elsewhere).toHaveAccessibleDescription('The folder chosen for the backup does not exist. Nothing was written.');
  await expect(exporting.getByLabel('Backup passphrase', { exact: true })).toHaveValue(PASSPHRASE);
  expect(readdirSync(away)).toEqual([]);

  await nextDialogAnswer(harnessUrl, { path: target });
  await elsewhere.click();
  await expect(exporting.getByText(basename(target))).toBeVisible();
  await exporting.getByRole('button', { name: 'Make the backup' }).click();
  await expect(exporting.getByRole('status').first()).toContainText('Saved as ours.age', { timeout: 60_000 });
  await expect(exporting.getByRole('alert')).toHaveText('');
  expect(readdirSync(away)).toEqual(['ours.age']);

  // Something new after the backup, which a failed restore must leave alone.
  await goTo(page, 'Journal');
  await writeEntry(page, { author: 'Ada', body: 'Still here after a wrong passphrase.' });
  await goTo(page, 'Backup');

  await openBackup(page, harnessUrl, target, 'not the passphrase we chose');
  const restoring = page.getByRole('region', { name: 'Restore from a backup' });
  await expect(restoring.getByRole('alert')).toHaveText(
    'That passphrase does not open this backup. Check it and try again; if you are sure it is right, the file may be damaged. Nothing was changed.',
    { timeout: 60_000 },
  );
  const field = restoring.getByLabel('The backup’s passphrase', { exact: true });
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(restoring.getByRole('region', { name: 'What is in this backup' })).toHaveCount(0);
  await axeInBothThemes(page, 'the restore form with a wrong passphrase');

  await goTo(page, 'Journal');
  await expect(shownEntries(page)).toHaveCount(2);
  await expect(shownEntries(page).first()).toContainText('Still here after a wrong passphrase.');
  expect(existsSync(join(dataDir, 'safety-copies')) ? readdirSync(join(dataDir, 'safety-copies')) : []).toEqual([]);
  await goTo(page, 'Settings');
  await expect(page.getByRole('region', { name: 'Safety copies' })).toContainText('There are no safety copies.');
});

test('on a new, empty journal the backup goes straight in, and the app shows the restored couple at once', async ({
  page,
  harness,
  dataDir,
}) => {
  const target = join(away, 'from-the-old-computer.age');
  await page.goto(harness.url);
  await completeSetup(page);
  await goTo(page, 'Journal');
  await writeEntry(page, { author: 'Bo', body: 'Written on the old computer.' });
  await goTo(page, 'Backup');
  await exportBackup(page, harness.url, target, PASSPHRASE);

  // A new computer: a fresh journal for a couple named differently (nothing of the old one left).
  await harness.stop();
  rmSync(dataDir, { recursive: true, force: true });
  const url = await harness.restart();
  await page.goto(url);
  await completeSetup(page, ['Cy', 'Di']);

  await goTo(page, 'Backup');
  await openBackup(page, url, target, PASSPHRASE);
  const summary = page.getByRole('region', { name: 'What is in this backup' });
  await expect(summary).toContainText('This journal is still empty', { timeout: 60_000 });
  await expect(summary.getByRole('button', { name: 'Replace this journal…' })).toHaveCount(0);
  await summary.getByRole('button', { name: 'Restore into this journal' }).click();
  await expect(page.getByRole('heading', { name: 'Your journal is restored' })).toBeFocused({ timeout: 60_000 });

  // Names, counts and entries all come from the restored journal, without reopening the app.
  await goTo(page, 'Home');
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  await goTo(page, 'Journal');
  await expect(shownEntries(page)).toHaveCount(1);
  await expect(shownEntries(page).first()).toContainText('Written on the old computer.');
});

test('the page cannot name where a backup goes: a path is refused, a made-up token too, and nothing is written', async ({
  page,
  harnessUrl,
}) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  const target = join(away, 'chosen-by-the-page.age');
  const answers = await page.evaluate(async (path) => {
    const w = globalThis as unknown as PageGlobal;
    // Through the page's own bridge, as a compromised page would.
    const methods = w.hearth.invoke as unknown as Record<string, (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>>;
    const send = (channel: string, input: unknown) => methods[channel]!(input);
    return [
      await send('backup.export', { path, passphrase: 'a sentence only we know' }),
      await send('backup.export', { token: 'A'.repeat(43), passphrase: 'a sentence only we know' }),
      await send('backup.restore', { path, passphrase: 'a sentence only we know', mode: 'replace' }),
    ].map((a) => a.error?.code);
  }, target);
  expect(answers).toEqual(['INVALID_INPUT', 'BACKUP_PATH_INVALID', 'INVALID_INPUT']);
  expect(readdirSync(away)).toEqual([]);
});

test('the harness’s dialog hook answers only the test, and only with a path or a cancel', async ({ harnessUrl }) => {
  const hook = new URL('__hearth/test/next-path', harnessUrl);
  const post = (headers: Record<string, string>, body: string) => fetch(hook, { method: 'POST', headers, body });
  expect((await post({}, JSON.stringify({ path: '/tmp/x.age' }))).status).toBe(403);
  const token = await harnessToken(harnessUrl);
  expect((await post({ 'x-hearth-token': token }, JSON.stringify({ path: '' }))).status).toBe(400);
  expect((await post({ 'x-hearth-token': token }, 'not json')).status).toBe(400);
  expect((await fetch(hook)).status).toBe(405);
});
