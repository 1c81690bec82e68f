import type { Ref } from 'react';
import type { NewPassphraseErrors } from './check-passphrase';
import { PassphraseField } from './PassphraseField';

export interface NewPassphrase {
  first: string;
  second: string;
}
export const EMPTY_NEW_PASSPHRASE: NewPassphrase = { first: '', second: '' };

/** A new passphrase, typed twice so a slip of the finger cannot lock the couple out. */
export function NewPassphraseFields({
  idPrefix,
  value,
  onChange,
  errors,
  firstLabel = 'New passphrase',
  firstRef,
  secondRef,
}: {
  idPrefix: string;
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  errors: NewPassphraseErrors;
  firstLabel?: string;
  firstRef?: Ref<HTMLInputElement>;
  secondRef?: Ref<HTMLInputElement>;
}) {
  return (
    <>
      <PassphraseField
        id={`${idPrefix}-first`}
        label={firstLabel}
        hint="At least 8 characters. A short sentence works well: easy for the two of you to remember, hard for anyone else to guess."
        value={value.first}
        onChange={(first) => onChange({ ...value, first })}
        autoComplete="new-password"
        error={errors.first ?? null}
        inputRef={firstRef}
      />
      <PassphraseField
        id={`${idPrefix}-second`}
        label="Type it again"
        showName="Show the passphrase typed again"
        value={value.second}
        onChange={(second) => onChange({ ...value, second })}
        autoComplete="new-password"
        error={errors.second ?? null}
        inputRef={secondRef}
      />
    </>
  );
}
