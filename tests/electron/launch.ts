import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The installed Electron executable, found without `require('electron')` (which would try to download it). */
function installedElectron(): string | null {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

export interface RunningHearth {
  readonly app: ElectronApplication;
  /** The app's first window. */
  readonly page: Page;
  /** The throwaway HOME the app runs with. */
  readonly home: string;
}

/**
 * For a spec file: skips it, saying so plainly, where no Electron binary exists; otherwise
 * launches the built app once for the file with a throwaway profile (never a real journal)
 * and closes it afterwards. `needs` is a built file the spec depends on.
 */
export function useBuiltApp(label: string, needs = join('out', 'main', 'index.js')): RunningHearth {
  const executablePath = installedElectron();
  // Said in the log per file, and given to Playwright as the skip's reason in its report.
  if (!executablePath) console.warn(`tests/electron/${label}: skipped: no Electron binary on this machine (it cannot be downloaded here)`);
  test.skip(!executablePath, 'no Electron binary on this machine (it cannot be downloaded here)');

  const running = {} as { app: ElectronApplication; page: Page; home: string };
  test.beforeAll(async () => {
    if (!existsSync(join(ROOT, needs))) throw new Error(`${needs} is missing: run npm run build first`);
    running.home = mkdtempSync(join(tmpdir(), `hearth-electron-${label}-`));
    running.app = await electron.launch({
      executablePath: executablePath!,
      cwd: ROOT,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.', `--user-data-dir=${join(running.home, 'profile')}`],
      env: { ...process.env, HOME: running.home, XDG_CONFIG_HOME: join(running.home, '.config') } as Record<string, string>,
    });
    running.page = await running.app.firstWindow();
    await running.page.waitForLoadState('domcontentloaded');
  });
  test.afterAll(async () => {
    await running.app?.close();
    if (running.home) rmSync(running.home, { recursive: true, force: true });
  });
  return running;
}
