import { z } from 'zod';
import { Sheet } from '../../sheet/schema';

/** How many pages the print window laid the sheet out on (the same number the preview promised). */
const Pages = z.number().int().min(1);

export const SheetPrintResult = z.object({
  /** False when the person cancelled the system print dialog. */
  printed: z.boolean(),
  pages: Pages,
});
export type SheetPrintResult = z.infer<typeof SheetPrintResult>;

export const SheetSaveResult = z.discriminatedUnion('saved', [
  /** The save dialog was cancelled: nothing was rendered, nothing written. */
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string(), pages: Pages }),
]);
export type SheetSaveResult = z.infer<typeof SheetSaveResult>;

/**
 * Printing needs Electron, so these two are answered by main/app (src/main/app/print.ts),
 * not by the core handler table; the browser test harness answers PRINT_UNAVAILABLE.
 * The renderer sends the whole sheet; main checks it against the same strict schema.
 */
export const sheetContract = {
  /** Opens the system print dialog for the sheet. */
  'sheet.print': { input: z.strictObject({ sheet: Sheet }), output: SheetPrintResult },
  /** Asks where to save (native dialog), then writes the sheet there as a PDF. */
  'sheet.savePdf': { input: z.strictObject({ sheet: Sheet }), output: SheetSaveResult },
} as const;
