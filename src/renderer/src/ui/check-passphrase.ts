import { t } from '../i18n';

/** The same minimum main enforces (hearth.ts), counted the same way: in characters, not bytes. */
export const MIN_PASSPHRASE_CHARACTERS = 8;

export interface NewPassphraseErrors {
  first?: string;
  second?: string;
}

/** A new passphrase typed twice: long enough, and the same both times. */
export function checkNewPassphrase(first: string, second: string): NewPassphraseErrors {
  if (first === '') return { first: t('lock:field.choose') };
  if ([...first].length < MIN_PASSPHRASE_CHARACTERS) {
    return { first: t('lock:field.tooShort', { count: MIN_PASSPHRASE_CHARACTERS }) };
  }
  if (second === '') return { second: t('lock:field.typeAgain') };
  if (second !== first) return { second: t('lock:field.noMatch') };
  return {};
}
