import { HearthError, type AppHandlerTable } from '../../src/main/core';

/**
 * The harness's answer to the channels main/app serves in Electron. Printing needs
 * Electron (a hidden print window, the system print dialog, a native save dialog), so
 * here they fail with a code and a sentence instead of pretending. The e2e tests make
 * the PDF themselves, with Playwright's page.pdf() on the same print entry
 * (src/renderer/print.html) and the same PDF settings main uses.
 */
export function harnessAppHandlers(): AppHandlerTable {
  const unavailable = (): never => {
    throw new HearthError(
      'PRINT_UNAVAILABLE',
      'Printing needs the Hearth app: it is not available in the browser test harness.',
    );
  };
  return { 'sheet.print': unavailable, 'sheet.savePdf': unavailable };
}
