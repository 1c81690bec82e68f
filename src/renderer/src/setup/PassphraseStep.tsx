import { useRef, useState, type FormEvent } from 'react';
import { checkNewPassphrase, type NewPassphraseErrors } from '../ui/check-passphrase';
import { NewPassphraseFields, type NewPassphrase } from '../ui/NewPassphraseFields';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { useT } from '../i18n';

/** Step three, in passphrase mode: the passphrase, typed twice. Submitting makes the journal. */
export function PassphraseStep({
  passphrase,
  onChange,
  onBack,
  onCreate,
  creating,
  problem,
}: {
  passphrase: NewPassphrase;
  onChange: (passphrase: NewPassphrase) => void;
  onBack: () => void;
  onCreate: () => void;
  creating: boolean;
  problem: string | null;
}) {
  const { t } = useT('setup');
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);

  const create = (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    const found = checkNewPassphrase(passphrase.first, passphrase.second);
    setErrors(found);
    if (found.first) return first.current?.focus();
    if (found.second) return second.current?.focus();
    onCreate();
  };

  const change = (next: NewPassphrase) => {
    onChange(next);
    // An error goes quietly once its field is fixed.
    if (errors.first || errors.second) {
      const now = checkNewPassphrase(next.first, next.second);
      setErrors({
        ...(errors.first && now.first ? { first: now.first } : {}),
        ...(errors.second && now.second ? { second: now.second } : {}),
      });
    }
  };

  return (
    <>
      <ScreenHeading>{t('passphrase.heading')}</ScreenHeading>
      <p className="lede">{t('passphrase.lede')}</p>
      <form className="card" noValidate onSubmit={create} aria-busy={creating || undefined} aria-label={t('passphrase.heading')}>
        <NewPassphraseFields
          idPrefix="setup-passphrase"
          firstLabel={t('passphrase.label')}
          value={passphrase}
          onChange={change}
          errors={errors}
          firstRef={first}
          secondRef={second}
        />
        <ErrorMessage>{problem}</ErrorMessage>
        <StatusMessage>{creating ? t('making') : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={creating || undefined}>
            {t('start')}
          </button>
          <button type="button" className="button" onClick={onBack}>
            {t('back', { ns: 'common' })}
          </button>
        </div>
      </form>
    </>
  );
}
