import { basename } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Progress } from '../../../src/shared/ipc/contract';
import { harnessToken } from './main-events';
import type { PageGlobal } from './page-global';

/**
 * What the next native file dialog "picks" in the harness (tests/harness/app-handlers.ts):
 * a path, or that the person closed it.
 */
export async function nextDialogAnswer(url: string, answer: { path: string } | { cancelled: true }): Promise<void> {
  const response = await fetch(new URL('__hearth/test/next-path', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hearth-token': await harnessToken(url) },
    body: JSON.stringify(answer),
  });
  expect(response.status, 'the harness queued the dialog answer').toBe(200);
}

interface Watched {
  events: Progress[];
  /** Every value a <progress> element on the page showed, in order ('busy' before it has one). */
  bars: string[];
}
type WatchingGlobal = PageGlobal & { __backupWatch?: Watched; document: unknown; MutationObserver: unknown };

/**
 * Records, from now on, every progress event that reaches the page through
 * window.hearth.onProgress and every value any <progress> element shows, however briefly.
 */
export async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as WatchingGlobal;
    const watched: Watched = { events: [], bars: [] };
    w.__backupWatch = watched;
    w.hearth.onProgress((progress) => watched.events.push(progress));
    const doc = w.document as { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>; body: unknown };
    const record = () => {
      for (const bar of Array.from(doc.querySelectorAll('progress'))) {
        const value = bar.getAttribute('value') ?? 'busy';
        if (watched.bars.at(-1) !== value) watched.bars.push(value);
      }
    };
    const Observer = w.MutationObserver as new (callback: () => void) => { observe(target: unknown, options: object): void };
    new Observer(record).observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
}

export async function watchedProgress(page: Page): Promise<Watched> {
  return page.evaluate(() => (globalThis as unknown as WatchingGlobal).__backupWatch!);
}

/** Makes a backup through the Backup screen, the way a person would; the harness's dialog picks `path`. */
export async function exportBackup(page: Page, url: string, path: string, passphrase: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Make a backup' });
  await nextDialogAnswer(url, { path });
  await section.getByRole('button', { name: 'Choose where to save it…' }).click();
  // Only the file's name is shown: the page never holds the path (main keeps it behind a token).
  await expect(section.getByText(basename(path))).toBeVisible();
  await section.getByLabel('Backup passphrase', { exact: true }).fill(passphrase);
  await section.getByLabel('Type it again', { exact: true }).fill(passphrase);
  await section.getByRole('button', { name: 'Make the backup' }).click();
  await expect(section.getByRole('status').first()).toContainText(`Saved as ${basename(path)}`, { timeout: 60_000 });
}

/** Chooses a backup file on the Backup screen and opens it with `passphrase` (it may be wrong). */
export async function openBackup(page: Page, url: string, path: string, passphrase: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Restore from a backup' });
  await nextDialogAnswer(url, { path });
  await section.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect(section.getByText(basename(path))).toBeVisible();
  await section.getByLabel('The backup’s passphrase', { exact: true }).fill(passphrase);
  await section.getByRole('button', { name: 'Open the backup' }).click();
}
