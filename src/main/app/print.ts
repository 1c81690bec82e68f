import { join, basename } from 'node:path';
import { app, dialog, type BrowserWindow, type PrintToPDFOptions, type SaveDialogOptions, type WebContents } from 'electron';
import type { Sheet } from '../../shared/sheet/schema';
import { MM_PER_INCH, sheetFileName, sheetPdfSettings } from '../../shared/sheet/paper';
import type { AppHandlerTable, HearthError } from '../core';
import { writeFileAtomic } from '../core/fs/atomic-write';
import { printError } from './print-errors';
import { withPrintWindow } from './print-window';

export interface SheetPrintingDeps {
  /** The journal window: the save dialog belongs to it. */
  parentWindow: () => BrowserWindow | null;
  /** The folder the save dialog starts in. */
  documentsDir?: () => string;
  /** Writes the PDF (atomically: a cancelled or failed save leaves no half file). */
  writeFile?: (path: string, data: Buffer) => void;
  layoutTimeoutMs?: number;
}

/** Electron's printToPDF options for a sheet: the very settings the e2e test gives page.pdf(). */
export function electronPdfOptions(sheet: Sheet): PrintToPDFOptions {
  const settings = sheetPdfSettings(sheet.paper);
  const inches = (mm: number) => mm / MM_PER_INCH;
  return {
    pageSize: settings.paper,
    margins: {
      top: inches(settings.margins.top),
      right: inches(settings.margins.right),
      bottom: inches(settings.margins.bottom),
      left: inches(settings.margins.left),
    },
    displayHeaderFooter: settings.displayHeaderFooter,
    headerTemplate: settings.headerTemplate,
    footerTemplate: settings.footerTemplate,
    preferCSSPageSize: settings.preferCSSPageSize,
    printBackground: settings.printBackground,
    generateTaggedPDF: true,
  };
}

export function saveDialogOptions(sheet: Sheet, documentsDir: string | null): SaveDialogOptions {
  const name = sheetFileName(sheet.date);
  return {
    title: 'Save the conversation sheet',
    defaultPath: documentsDir ? join(documentsDir, name) : name,
    buttonLabel: 'Save PDF',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

function printOnPaper(contents: WebContents, sheet: Sheet, pages: number) {
  return new Promise<{ printed: boolean; pages: number }>((resolve, reject) => {
    contents.print(
      {
        silent: false,
        printBackground: true,
        pageSize: sheet.paper,
        // With these set, Chromium adds its own running header and footer, page numbers included.
        header: 'Hearth · conversation sheet',
        footer: 'Printed from Hearth',
      },
      (success, failureReason) => {
        if (success) resolve({ printed: true, pages });
        else if (/cancel/i.test(failureReason)) resolve({ printed: false, pages });
        else reject(printError.notPrinted());
      },
    );
  });
}

function writeError(error: unknown): HearthError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return printError.pdfDiskFull();
  return printError.pdfNotSaved();
}

/**
 * The two channels that need Electron to print a conversation sheet (DESIGN.md §3): each
 * renders the sheet it is given in a hidden, sandboxed print window of the app's own.
 * Nothing of the sheet touches the disk unless the person saves the PDF; cancelling the
 * save dialog renders and writes nothing.
 */
export function createSheetPrinting(deps: SheetPrintingDeps): Pick<AppHandlerTable, 'sheet.print' | 'sheet.savePdf'> {
  const documentsDir = () => {
    try {
      return (deps.documentsDir ?? (() => app.getPath('documents')))();
    } catch {
      return null; // no Documents folder: the dialog starts where the system likes
    }
  };
  const writeFile = deps.writeFile ?? ((path: string, data: Buffer) => writeFileAtomic(path, data, 0o600));

  return {
    'sheet.print': ({ sheet }) =>
      withPrintWindow(sheet, (contents, pages) => printOnPaper(contents, sheet, pages), deps.layoutTimeoutMs),

    'sheet.savePdf': async ({ sheet }) => {
      const options = saveDialogOptions(sheet, documentsDir());
      const parent = deps.parentWindow();
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false as const };
      const { pdf, pages } = await withPrintWindow(
        sheet,
        async (contents, pages) => {
          try {
            return { pdf: await contents.printToPDF(electronPdfOptions(sheet)), pages };
          } catch {
            throw printError.pdfNotMade();
          }
        },
        deps.layoutTimeoutMs,
      );
      try {
        writeFile(choice.filePath, pdf);
      } catch (error) {
        throw writeError(error);
      }
      return { saved: true as const, fileName: basename(choice.filePath), pages };
    },
  };
}
