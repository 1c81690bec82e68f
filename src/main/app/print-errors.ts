import { HearthError } from '../core';

/**
 * The sentences a person meets when a conversation sheet cannot be printed or saved as a
 * PDF. Printing needs Electron, so this catalogue lives in app rather than core. Never a
 * path and never the sheet's text.
 */
export const printError = {
  notPrepared: () => new HearthError('PRINT_FAILED', 'Hearth could not prepare the sheet for printing. Please try again.'),
  notPrinted: () => new HearthError('PRINT_FAILED', 'The sheet could not be printed. Check the printer and try again.'),
  pdfNotMade: () => new HearthError('PRINT_FAILED', 'Hearth could not make the PDF. Please try again.'),
  pdfDiskFull: () => new HearthError('DISK_FULL', 'There is not enough space there to save the PDF.'),
  pdfNotSaved: () => new HearthError('PDF_WRITE_FAILED', 'Hearth could not save the PDF there. Choose another folder and try again.'),
};
