import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { PageGlobal } from '../e2e/support/page-global';

const ROOT = resolve(import.meta.dirname, '../..');

/** The installed Electron executable, found without `require('electron')` (which would try to download it). */
function installedElectron(): string | null {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const executablePath = installedElectron();
const SKIP_REASON = 'skipped: no Electron binary on this machine (it cannot be downloaded here)';
if (!executablePath) console.warn(`tests/electron/lock-events: ${SKIP_REASON}`);
test.skip(!executablePath, SKIP_REASON);

let app: ElectronApplication;
let page: Page;
let home: string;

const heading = () => page.getByRole('heading', { level: 1 });
const LOCKED = 'Your journal is locked';
const OPEN = 'Good to see you, Ada and Bo';

test.beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) throw new Error('out/main/index.js is missing: run npm run build first');
  // A throwaway profile, so the test never sees or touches a real journal.
  home = mkdtempSync(join(tmpdir(), 'hearth-electron-lock-'));
  app = await electron.launch({
    executablePath: executablePath!,
    cwd: ROOT,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.', `--user-data-dir=${join(home, 'profile')}`],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') } as Record<string, string>,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('sleep, the OS screen lock and the Lock now menu item each lock the journal and the page', async () => {
  // A device-locked journal, made through the real IPC; it needs a Secret Service.
  const made = await page.evaluate(() =>
    (globalThis as unknown as PageGlobal).hearth.invoke['setup.create']({ partners: ['Ada', 'Bo'], lock: { lockMode: 'device' } }),
  );
  test.skip(
    !made.ok && made.error.code.startsWith('KEYCHAIN_'),
    'skipped: no Secret Service for the app to keep its key in (run under scripts/with-keyring.sh)',
  );
  expect(made).toMatchObject({ ok: true, value: { status: { state: 'open' } } });
  await page.reload();
  await expect(heading()).toHaveText(OPEN);

  for (const event of ['suspend', 'lock-screen'] as const) {
    await app.evaluate(({ powerMonitor }, name) => powerMonitor.emit(name), event);
    await expect(heading(), `after ${event}`).toHaveText(LOCKED);
    await page.getByRole('button', { name: 'Open journal' }).click();
    await expect(heading()).toHaveText(OPEN);
  }

  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('lock-now')?.click());
  await expect(heading(), 'after Lock now').toHaveText(LOCKED);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())).toBe('Hearth');
});
