import type { Ref } from 'react';
import { MIN_PASSPHRASE_CHARACTERS, type NewPassphraseErrors } from './check-passphrase';
import { PassphraseField } from './PassphraseField';
import { useT } from '../i18n';

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
  firstLabel,
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
  const { t } = useT('lock');
  return (
    <>
      <PassphraseField
        id={`${idPrefix}-first`}
        label={firstLabel ?? t('field.newPassphrase')}
        hint={t('field.newHint', { count: MIN_PASSPHRASE_CHARACTERS })}
        value={value.first}
        onChange={(first) => onChange({ ...value, first })}
        autoComplete="new-password"
        error={errors.first ?? null}
        inputRef={firstRef}
      />
      <PassphraseField
        id={`${idPrefix}-second`}
        label={t('field.again')}
        showName={t('field.showAgain')}
        value={value.second}
        onChange={(second) => onChange({ ...value, second })}
        autoComplete="new-password"
        error={errors.second ?? null}
        inputRef={secondRef}
      />
    </>
  );
}
