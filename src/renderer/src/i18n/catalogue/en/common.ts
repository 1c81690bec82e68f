/** Words every screen uses. (US spelling; catalogue/en-GB holds the British variants.) */
export const common = {
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  back: 'Back',
} as const;
