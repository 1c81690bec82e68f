/** The same minimum main enforces (hearth.ts), counted the same way: in characters, not bytes. */
export const MIN_PASSPHRASE_CHARACTERS = 8;

export interface NewPassphraseErrors {
  first?: string;
  second?: string;
}

/** A new passphrase typed twice: long enough, and the same both times. */
export function checkNewPassphrase(first: string, second: string): NewPassphraseErrors {
  if (first === '') return { first: 'Please choose a passphrase.' };
  if ([...first].length < MIN_PASSPHRASE_CHARACTERS) {
    return { first: `Use at least ${MIN_PASSPHRASE_CHARACTERS} characters. A short sentence works well.` };
  }
  if (second === '') return { second: 'Please type the passphrase a second time.' };
  if (second !== first) return { second: 'The two do not match. Please type the passphrase again.' };
  return {};
}
