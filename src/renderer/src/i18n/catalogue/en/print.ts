/** The hidden print window's page. */
export const print = {
  preparing: 'Preparing the sheet…',
  nothingToPrint: 'There is no sheet to print.',
} as const;
