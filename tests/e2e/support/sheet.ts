import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { sheetPdfSettings, type Sheet } from '../../../src/shared/sheet';
import { screenHeading } from './journey';

/** Opens the Conversation sheet screen from the open journal's navigation. */
export async function openSheetScreen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Print', exact: true }).click();
  await expect(screenHeading(page)).toHaveText('Conversation sheet');
  await expect(screenHeading(page)).toBeFocused();
}

export const exerciseBox = (page: Page, title: string) =>
  page.getByRole('group', { name: 'Exercises' }).getByRole('checkbox', { name: new RegExp(`^${title}\\b`) });

/** The preview's promised page count, read from the laid-out pages in the DOM. */
export async function promisedPages(page: Page): Promise<number> {
  const doc = page.locator('.sheet-doc[data-page-count]');
  await expect(doc).toHaveCount(1);
  return Number(await doc.getAttribute('data-page-count'));
}

/** Each laid-out block's page and height (to 1/100 px), as the page drew it. */
export async function blockBoxes(page: Page): Promise<Record<string, { page: number; height: number }>> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<any> } }).document;
    const boxes: Record<string, { page: number; height: number }> = {};
    for (const block of Array.from(doc.querySelectorAll('.sheet-page [data-block]')) as any[]) {
      boxes[block.dataset.block] = {
        page: Number(block.closest('.sheet-page').dataset.page),
        height: Math.round(block.getBoundingClientRect().height * 100) / 100,
      };
    }
    return boxes;
  });
}

export interface PrintRequest {
  channel: 'sheet.print' | 'sheet.savePdf';
  sheet: Sheet;
}

/**
 * Records every print request the page sends to the harness (the sheet model it carries),
 * then lets it through: the harness answers PRINT_UNAVAILABLE, as documented.
 */
export async function recordPrintRequests(page: Page): Promise<PrintRequest[]> {
  const requests: PrintRequest[] = [];
  await page.route(/\/__hearth\/invoke\/sheet\.(print|savePdf)$/, async (route) => {
    const channel = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!) as PrintRequest['channel'];
    requests.push({ channel, sheet: (route.request().postDataJSON() as { input: { sheet: Sheet } }).input.sheet });
    await route.continue();
  });
  return requests;
}

/**
 * Does what Electron's hidden print window does (src/main/app/print.ts): loads the print
 * entry, hands it the sheet through a stand-in for the preload's print bridge, waits for
 * it to say it is laid out, and prints it to PDF with the same settings main gives
 * printToPDF (shared/sheet/paper.ts).
 */
export async function printToPdf(
  context: BrowserContext,
  harnessUrl: string,
  sheet: Sheet,
): Promise<{ pdf: Buffer; laidOutPages: number; printPage: Page }> {
  const printPage = await context.newPage();
  await printPage.addInitScript((given) => {
    const scope = globalThis as unknown as { __laidOut?: number };
    Object.defineProperty(globalThis, 'hearth', {
      value: Object.freeze({
        print: Object.freeze({
          sheet: async () => given,
          laidOut: async (pages: number) => {
            scope.__laidOut = pages;
          },
        }),
      }),
    });
  }, sheet);
  await printPage.goto(new URL('print.html', harnessUrl).href);
  await printPage.waitForFunction(() => typeof (globalThis as unknown as { __laidOut?: number }).__laidOut === 'number');
  const laidOutPages = await printPage.evaluate(() => (globalThis as unknown as { __laidOut: number }).__laidOut);
  const settings = sheetPdfSettings(sheet.paper);
  const mm = (value: number) => `${value}mm`;
  const pdf = await printPage.pdf({
    format: settings.paper,
    margin: {
      top: mm(settings.margins.top),
      right: mm(settings.margins.right),
      bottom: mm(settings.margins.bottom),
      left: mm(settings.margins.left),
    },
    displayHeaderFooter: settings.displayHeaderFooter,
    headerTemplate: settings.headerTemplate,
    footerTemplate: settings.footerTemplate,
    preferCSSPageSize: settings.preferCSSPageSize,
    printBackground: settings.printBackground,
    tagged: true,
  });
  return { pdf, laidOutPages, printPage };
}

/** Whitespace (line and page layout) and ligatures do not count when comparing text. */
export const squeeze = (text: string) => text.normalize('NFKC').replace(/[\s\u00ad]+/g, '');

const count = (haystack: string, needle: string) => {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
};
export { count as countOccurrences };

export interface PdfFacts {
  pages: number;
  pageSize: string;
  /** `pdftotext -layout` of the whole document. */
  layoutText: string;
  /** The words of each page, in reading order, from `pdftotext -bbox-layout`. */
  pageWords: string[][];
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** What poppler reads in the PDF: page count and size, text, and each page's words. */
export function readPdf(path: string): PdfFacts {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pageSize = /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '';
  const layoutText = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const bbox = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const pageWords = bbox
    .split(/<page\b/)
    .slice(1)
    .map((page) => [...page.matchAll(/<word\b[^>]*>([^<]*)<\/word>/g)].map((match) => decodeXml(match[1]!)));
  return { pages, pageSize, layoutText, pageWords };
}

/** Saves the PDF, and an image of its first pages (50 dpi) for a person to look at. */
export function keepPdf(pdf: Buffer, pdfPath: string, imagePrefix: string, lastPage = 2): void {
  writeFileSync(pdfPath, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', String(lastPage), pdfPath, imagePrefix]);
}

/** Every string the sheet prints, each within one unbreakable block. */
export function printedStrings(sheet: Sheet): string[] {
  return sheet.exercises.flatMap((exercise) => [
    exercise.title,
    exercise.why,
    ...(exercise.safetyNote ? [exercise.safetyNote] : []),
    ...exercise.turns.flatMap((turn) => [turn.label, turn.title, turn.instruction ?? '', ...turn.prompts, turn.then ?? '']),
    ...exercise.reflection.map((reflection) => reflection.question),
  ]);
}
