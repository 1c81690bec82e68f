import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { useBuiltApp } from './launch';
import type { HearthApi } from '../../src/shared/ipc/api';
import { buildSheet, type Paper } from '../../src/shared/sheet';

const running = useBuiltApp('sheet-print', join('out', 'renderer', 'print.html'));

const sheetOn = (paper: Paper) =>
  buildSheet({
    exerciseIds: ['three-minutes-each', 'weekly-check-in'],
    options: { paper, includeReflection: true, includeNotes: true },
    names: { a: 'Ada', b: 'Bo' },
    date: '2026-11-25',
  });

/** The native save dialog answers with `filePath` (or is cancelled): no person is there to click. */
async function answerSaveDialogWith(filePath: string | null) {
  await running.app.evaluate(({ dialog }, chosen) => {
    const answer = chosen === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: chosen };
    Object.assign(dialog, { showSaveDialog: async () => answer });
  }, filePath);
}

const savePdf = (sheet: ReturnType<typeof sheetOn>) =>
  running.page.evaluate((given) => (globalThis as unknown as { hearth: HearthApi }).hearth.invoke['sheet.savePdf']({ sheet: given }), sheet);

for (const paper of ['A4', 'Letter'] as const) {
  test(`saves a ${paper} sheet as a PDF rendered in a hidden print window`, async () => {
    const target = join(running.home, `sheet-${paper}.pdf`);
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
    expect(await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
}

test('a cancelled save dialog writes nothing and opens no print window', async () => {
  await answerSaveDialogWith(null);
  const before = readdirSync(running.home);
  expect(await savePdf(sheetOn('A4'))).toEqual({ ok: true, value: { saved: false } });
  expect(readdirSync(running.home)).toEqual(before);
  expect(await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the journal window cannot ask for a print window’s sheet', async () => {
  const asked = await running.page.evaluate(() =>
    (globalThis as unknown as { hearth: HearthApi }).hearth.print.sheet().then(
      (value) => ({ value }),
      () => ({ refused: true }),
    ),
  );
  // No handler exists outside a print window's own web contents.
  expect(asked).toEqual({ refused: true });
});
