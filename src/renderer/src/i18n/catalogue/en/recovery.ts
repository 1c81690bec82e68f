/** The recovery code: shown once, printed, checked. */
export const recovery = {
  printTitle: 'Hearth recovery code',
  madeOn: 'Made on {{date}}.',
  printWhat:
    'This code opens a Hearth journal when its passphrase is forgotten, when the computer’s keychain is lost, or on a new computer. Capital or small letters, spaces or dashes: all are fine when you type it.',
  printKeep:
    'Keep this sheet somewhere private and safe, away from the computer. Anyone who has both this code and the journal’s files could open it. Making a new code in Hearth’s Settings turns this one off.',
  shownOnce: 'It is shown only now. Write it down or print it, and keep it somewhere safe, away from this computer.',
  codeLabel: 'Recovery code, in five groups',
  sheetHolds: 'The printed sheet shows only this code, today’s date and what the code is for: no names and nothing you have written.',
  saved: 'I have saved it',
  printSheet: 'Print recovery sheet',
  checkHeading: 'Check your recovery code',
  checkLede: 'Type groups {{first}} and {{second}} from what you wrote down or printed, so you know the copy you keep is right.',
  group: 'Group {{position}}',
  typeGroup: 'Please type group {{position}}.',
  notGroup: 'That is not group {{position}}. Check what you wrote down, or show the code again.',
  confirm: 'Confirm',
  showAgain: 'Show the code again',
} as const;
