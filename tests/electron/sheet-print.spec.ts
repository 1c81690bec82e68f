import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { HearthApi } from '../../src/shared/ipc/api';
import { buildSheet, type Paper } from '../../src/shared/sheet';

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
if (!executablePath) console.warn(`tests/electron/sheet-print: ${SKIP_REASON}`);
test.skip(!executablePath, SKIP_REASON);

let app: ElectronApplication;
let page: Page;
let home: string;

test.beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'print.html'))) throw new Error('out/renderer/print.html is missing: run npm run build first');
  home = mkdtempSync(join(tmpdir(), 'hearth-electron-print-'));
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

const sheetOn = (paper: Paper) =>
  buildSheet({
    exerciseIds: ['three-minutes-each', 'weekly-check-in'],
    options: { paper, includeReflection: true, includeNotes: true },
    names: { a: 'Ada', b: 'Bo' },
    date: '2026-11-25',
  });

/** The native save dialog answers with `filePath` (or is cancelled): no person is there to click. */
async function answerSaveDialogWith(filePath: string | null) {
  await app.evaluate(({ dialog }, chosen) => {
    const answer = chosen === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: chosen };
    Object.assign(dialog, { showSaveDialog: async () => answer });
  }, filePath);
}

const savePdf = (sheet: ReturnType<typeof sheetOn>) =>
  page.evaluate((given) => (globalThis as unknown as { hearth: HearthApi }).hearth.invoke['sheet.savePdf']({ sheet: given }), sheet);

for (const paper of ['A4', 'Letter'] as const) {
  test(`saves a ${paper} sheet as a PDF rendered in a hidden print window`, async () => {
    const target = join(home, `sheet-${paper}.pdf`);
    await answerSaveDialogWith(target);
    const sheet = sheetOn(paper);
    const answer = await savePdf(sheet);
    expect(answer).toMatchObject({ ok: true, value: { saved: true, fileName: `sheet-${paper}.pdf` } });
    const pages = (answer as { value: { pages: number } }).value.pages;

    const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(pages);
    expect(info).toContain(paper === 'A4' ? '(A4)' : '(letter)');
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const word of ['Ada', 'Bo', `Page1of${pages}`, `Page${pages}of${pages}`]) expect(text).toContain(word);
    for (const prompt of sheet.exercises.flatMap((e) => e.turns.flatMap((t) => t.prompts))) {
      expect(text).toContain(prompt.replace(/\s+/g, ''));
    }
    // The print window is gone; only the journal window is left.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
}

test('a cancelled save dialog writes nothing and opens no print window', async () => {
  await answerSaveDialogWith(null);
  const before = readdirSync(home);
  expect(await savePdf(sheetOn('A4'))).toEqual({ ok: true, value: { saved: false } });
  expect(readdirSync(home)).toEqual(before);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the journal window cannot ask for a print window’s sheet', async () => {
  const asked = await page.evaluate(() =>
    (globalThis as unknown as { hearth: HearthApi }).hearth.print.sheet().then(
      (value) => ({ value }),
      () => ({ refused: true }),
    ),
  );
  // No handler exists outside a print window's own web contents.
  expect(asked).toEqual({ refused: true });
});
