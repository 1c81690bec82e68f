import type { Paper } from './schema';

/** Paper sizes in millimetres. */
export const PAPER_SIZES_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/**
 * The page margins, the same for both papers. sheet-paper.css sets the same values in its
 * @page rules and page frames; the footer with the page numbers sits in the bottom margin.
 */
export const PAGE_MARGINS_MM = { top: 16, right: 18, bottom: 20, left: 18 } as const;

/** Paper sizes in the order the compose screen offers them, with the words it uses. */
export const PAPERS: readonly { id: Paper; label: string }[] = [
  { id: 'A4', label: 'A4' },
  { id: 'Letter', label: 'US Letter' },
];

// Where US Letter is the everyday paper; everywhere else A4 is.
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR', 'PA', 'SV', 'DO', 'NI', 'BZ']);

/** The paper a locale like "en-US" most likely has in its printer. */
export function defaultPaper(locale: string): Paper {
  const region = /[-_]([A-Za-z]{2})(?:[-_]|$)/.exec(locale)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

/** The PDF's default file name: hearth-conversation-sheet-2026-11-25.pdf. */
export function sheetFileName(date: string): string {
  return `hearth-conversation-sheet-${date}.pdf`;
}

/** Chromium draws no header when given an empty one (its default prints the page's title and date). */
export const PDF_HEADER_TEMPLATE = '<span></span>';

/**
 * The running footer of a printed PDF: Chromium fills in pageNumber and totalPages (CSS
 * @page margin boxes cannot count pages in Chromium's PDF output). It renders outside the
 * page, so it carries its own styles; no names and no journal text go into it.
 */
export const PDF_FOOTER_TEMPLATE =
  `<div style="box-sizing:border-box;width:100%;padding:0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm;` +
  'display:flex;justify-content:space-between;font-family:\'DejaVu Sans\',\'Noto Sans\',sans-serif;font-size:8pt;color:#4a4039;">' +
  '<span>Hearth · conversation sheet</span>' +
  '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' +
  '</div>';

/** Both PDF paths (Electron's printToPDF, Playwright's page.pdf) print with these. */
export interface SheetPdfSettings {
  paper: Paper;
  margins: { top: number; right: number; bottom: number; left: number };
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  preferCSSPageSize: true;
  printBackground: true;
}

export function sheetPdfSettings(paper: Paper): SheetPdfSettings {
  return {
    paper,
    margins: { ...PAGE_MARGINS_MM },
    displayHeaderFooter: true,
    headerTemplate: PDF_HEADER_TEMPLATE,
    footerTemplate: PDF_FOOTER_TEMPLATE,
    preferCSSPageSize: true,
    printBackground: true,
  };
}

export const MM_PER_INCH = 25.4;
