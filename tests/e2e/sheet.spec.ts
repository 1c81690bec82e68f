import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sheetPdfSettings } from '../../src/shared/sheet';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { completeSetup, PARTNERS, screenHeading } from './support/journey';
import {
  blockBoxes,
  countOccurrences,
  exerciseBox,
  keepPdf,
  openSheetScreen,
  printedStrings,
  printToPdf,
  promisedPages,
  readPdf,
  recordPrintRequests,
  squeeze,
} from './support/sheet';

// Page images for people to look at (gitignored); the PDFs go with each test's output.
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

const EXERCISES = ['Three minutes each', 'Weekly check-in'];
const PASSAGE = 'We walked along the canal at dusk\nand promised to keep Sundays slow.';

for (const paper of ['A4', 'Letter'] as const) {
  test(`two exercises print to a ${paper} PDF with the pages the preview promised`, async ({ page, context, harnessUrl }, testInfo) => {
    const requests = await recordPrintRequests(page);
    await page.goto(harnessUrl);
    await completeSetup(page);
    await openSheetScreen(page);

    for (const title of EXERCISES) await exerciseBox(page, title).check();
    await page.getByRole('radio', { name: paper === 'A4' ? 'A4' : 'US Letter' }).check();
    await expect(page.getByRole('checkbox', { name: 'Add a passage of your own' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Preview the sheet' }).click();
    await expect(screenHeading(page)).toHaveText('Your conversation sheet');
    const promised = await promisedPages(page);
    expect(promised).toBeGreaterThan(1);
    await expect(page.getByText(`${promised} pages on ${paper === 'A4' ? 'A4' : 'US Letter'} paper.`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Print preview' }).getByRole('region', { name: /^Page \d+ of \d+$/ })).toHaveCount(promised);

    // In the preview's own boxes, every block sits inside its page's writing area.
    const overflow = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<any> } }).document;
      const problems: string[] = [];
      for (const body of Array.from(doc.querySelectorAll('.sheet-page-body'))) {
        const area = body.getBoundingClientRect();
        for (const block of Array.from(body.querySelectorAll(':scope > .sheet-block')) as any[]) {
          const box = block.getBoundingClientRect();
          if (box.top < area.top - 0.5 || box.bottom > area.bottom + 0.5) problems.push(block.dataset.block);
        }
      }
      return problems;
    });
    expect(overflow).toEqual([]);

    // Printed straight from the preview page, the sheet's pages are all that print, and as many.
    const settings = sheetPdfSettings(paper);
    const previewPdfPath = testInfo.outputPath(`preview-${paper}.pdf`);
    writeFileSync(
      previewPdfPath,
      await page.pdf({ format: paper, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: settings.headerTemplate, footerTemplate: settings.footerTemplate }),
    );
    const previewPdf = readPdf(previewPdfPath);
    expect(previewPdf.pages).toBe(promised);
    expect(squeeze(previewPdf.layoutText)).not.toContain(squeeze('Back to choices'));

    // Save as PDF: the warning first, acknowledged, and only then the request.
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Before you save the PDF' });
    await expect(dialog).toContainText('Paper is not encrypted');
    expect(requests).toEqual([]);
    await dialog.getByRole('button', { name: 'Save PDF' }).click();
    await expect(dialog.getByText('Tick the box to say you understand')).toBeVisible();
    expect(requests).toEqual([]);
    await dialog.getByRole('checkbox', { name: 'I understand that anyone who finds it can read it' }).check();
    await dialog.getByRole('button', { name: 'Save PDF' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not available in the browser test harness' })).toBeVisible();
    expect(requests.map((request) => request.channel)).toEqual(['sheet.savePdf']);
    const sheet = requests[0]!.sheet;
    expect(sheet).toMatchObject({ paper, names: { a: PARTNERS[0], b: PARTNERS[1] }, excerpt: null });
    expect(sheet.exercises.map((exercise) => exercise.title)).toEqual(EXERCISES);

    // The print window's page, printed to PDF as main does it.
    const { pdf, laidOutPages, printPage } = await printToPdf(context, harnessUrl, sheet);
    expect(laidOutPages).toBe(promised);
    // Faithful: every block measures the same in the print window as in the preview, on the same page.
    expect(await blockBoxes(printPage)).toEqual(await blockBoxes(page));
    const pdfPath = testInfo.outputPath(`sheet-${paper}.pdf`);
    keepPdf(pdf, pdfPath, `${ARTIFACTS}sheet-${paper.toLowerCase()}`, promised);
    const facts = readPdf(pdfPath);

    expect(facts.pages).toBe(promised);
    expect(facts.pageSize).toContain(paper === 'A4' ? '(A4)' : '(letter)');
    const text = squeeze(facts.layoutText);
    for (const name of PARTNERS) expect(text).toContain(name);
    const prompts = sheet.exercises.flatMap((exercise) => exercise.turns.flatMap((turn) => turn.prompts));
    expect(prompts.length).toBeGreaterThan(10);
    for (const prompt of prompts) expect(text, prompt).toContain(squeeze(prompt));
    for (const question of sheet.exercises.flatMap((exercise) => exercise.reflection.map((r) => r.question))) {
      expect(text, question).toContain(squeeze(question));
    }
    for (let n = 1; n <= promised; n++) expect(text).toContain(squeeze(`Page ${n} of ${promised}`));

    // No prompt is cut by a page break: each one's words are all on one page, as often as the sheet prints it.
    expect(facts.pageWords).toHaveLength(promised);
    const pageTexts = facts.pageWords.map((words) => squeeze(words.join(' ')));
    const everyString = printedStrings(sheet).map(squeeze);
    for (const prompt of new Set(prompts)) {
      const needle = squeeze(prompt);
      const printed = everyString.reduce((n, each) => n + countOccurrences(each, needle), 0);
      const wholeOnPages = pageTexts.reduce((n, each) => n + countOccurrences(each, needle), 0);
      expect(wholeOnPages, `“${prompt}” whole on its pages`).toBeGreaterThanOrEqual(printed);
    }
    // Page n of the PDF starts with the block the layout put first on page n (labels print in capitals).
    const firstBlocks = await printPage.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<any> } }).document;
      return Array.from(doc.querySelectorAll('.sheet-page-body')).map((body: any) =>
        (body.querySelector('.sheet-block')?.textContent ?? '') as string,
      );
    });
    expect(firstBlocks).toHaveLength(promised);
    firstBlocks.forEach((blockText, index) => {
      const start = squeeze(blockText).slice(0, 25).toLowerCase();
      expect(pageTexts[index]!.toLowerCase().startsWith(start), `page ${index + 1} starts with “${start}”`).toBe(true);
    });
    expect(text).not.toContain(squeeze('A passage of your own'));
  });
}

/** The warning before printing (the sheet's own footer note says it differently). */
const PAPER_WARNING = /Paper is not encrypted\. Anyone who finds/;

test('a passage of their own is printed only when chosen, after the warning', async ({ page, context, harnessUrl }, testInfo) => {
  const requests = await recordPrintRequests(page);
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openSheetScreen(page);
  await exerciseBox(page, 'Weekly check-in').check();

  // Off by default, with a hint; the one paper warning waits for the print dialog.
  const addPassage = page.getByRole('checkbox', { name: 'Add a passage of your own' });
  await expect(addPassage).not.toBeChecked();
  await expect(addPassage).toHaveAccessibleDescription('A few lines you both want to keep on paper.');
  await expect(page.getByText(PAPER_WARNING)).toHaveCount(0);
  await expect(page.getByLabel('Your passage')).toHaveCount(0);
  await addPassage.check();
  await page.getByLabel('Your passage').fill(PASSAGE);
  await expectNoAxeViolations(page, 'the compose screen with a passage');

  // Written, then switched off again: it does not go on the sheet.
  await addPassage.uncheck();
  await page.getByRole('button', { name: 'Preview the sheet' }).click();
  await expect(page.getByRole('region', { name: 'Print preview' })).not.toContainText('canal');
  await expect(page.getByText(PAPER_WARNING)).toHaveCount(0);
  await page.getByRole('button', { name: 'Print…' }).click();
  const printDialog = page.getByRole('dialog', { name: 'Before you print' });
  await expect(printDialog).toContainText('Paper is not encrypted');
  // One warning before printing, not three: only the dialog says it.
  await expect(page.getByText(PAPER_WARNING)).toHaveCount(1);
  await expect(printDialog).not.toContainText('canal');
  await printDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(printDialog).toHaveCount(0);
  expect(requests).toEqual([]);

  // Switched on: shown in the preview, quoted in the warning, and only sent once acknowledged.
  await page.getByRole('button', { name: 'Back to choices' }).click();
  await expect(addPassage).not.toBeChecked();
  await addPassage.check();
  await expect(page.getByLabel('Your passage')).toHaveValue(PASSAGE);
  await page.getByRole('button', { name: 'Preview the sheet' }).click();
  await expect(page.getByRole('region', { name: 'Print preview' })).toContainText('We walked along the canal at dusk');
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(printDialog).toContainText('Your passage will be printed');
  await expect(printDialog.getByRole('blockquote')).toHaveText(PASSAGE);
  await expectNoAxeViolations(page, 'the print warning with a passage');
  expect(requests).toEqual([]);
  await printDialog.getByRole('checkbox', { name: 'I understand that anyone who finds it can read it' }).check();
  await printDialog.getByRole('button', { name: 'Print' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not available in the browser test harness' })).toBeVisible();
  expect(requests.map((request) => request.channel)).toEqual(['sheet.print']);
  const sheet = requests[0]!.sheet;
  expect(sheet.excerpt).toBe(PASSAGE);

  const { pdf, laidOutPages } = await printToPdf(context, harnessUrl, sheet);
  const pdfPath = testInfo.outputPath('sheet-with-passage.pdf');
  keepPdf(pdf, pdfPath, `${ARTIFACTS}sheet-with-passage`, 1);
  const facts = readPdf(pdfPath);
  expect(facts.pages).toBe(laidOutPages);
  expect(squeeze(facts.layoutText)).toContain(squeeze(PASSAGE));
  expect(squeeze(facts.pageWords[0]!.join(' '))).toContain(squeeze('A passage of your own'));
});

test('the compose screen asks for an exercise, and is keyboard friendly', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openSheetScreen(page);
  await page.getByRole('button', { name: 'Preview the sheet' }).click();
  await expect(page.getByRole('group', { name: 'Exercises' })).toHaveAccessibleDescription('Choose at least one exercise.');
  const first = page.getByRole('checkbox').first();
  await expect(first).toBeFocused();
  // Space ticks, Tab moves on to the next exercise.
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox').nth(1)).toBeChecked();
  await expect(page.getByText('2 chosen.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Exercises' })).toHaveAccessibleDescription(/2 chosen/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the compose screen and the preview pass axe (${scheme})`, async ({ page, harnessUrl }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(harnessUrl);
    await completeSetup(page);
    await openSheetScreen(page);
    await expectNoAxeViolations(page, 'the compose screen');
    await page.screenshot({ path: `${ARTIFACTS}sheet-compose-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Preview the sheet' }).click();
    await expectNoAxeViolations(page, 'the compose screen with an error');
    for (const title of EXERCISES) await exerciseBox(page, title).check();
    await page.getByRole('button', { name: 'Preview the sheet' }).click();
    await promisedPages(page);
    await expectNoAxeViolations(page, 'the preview');
    await page.screenshot({ path: `${ARTIFACTS}sheet-preview-${scheme}.png` });
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'the save warning');
  });
}
