import { useRef, useState, type FormEvent } from 'react';
import type { AppStatus } from '../../../shared/model';
import { TopBar } from '../ui/TopBar';
import { call } from '../api';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { checkNewPassphrase, type NewPassphraseErrors } from '../ui/check-passphrase';
import { EMPTY_NEW_PASSPHRASE, NewPassphraseFields, type NewPassphrase } from '../ui/NewPassphraseFields';
import { useLockTriggers } from './use-lock-triggers';
import { useT } from '../i18n';
import './lock.css';

/**
 * After opening a passphrase-locked journal with the recovery code: before anything else,
 * a new passphrase for this computer. Until one is saved, only the recovery code opens it.
 */
export function ChooseNewPassphrase({
  onChosen,
  onLocked,
}: {
  onChosen: (status: AppStatus) => void;
  onLocked: (status: AppStatus) => void;
}) {
  const { t } = useT('lock');
  const [passphrase, setPassphrase] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);

  const lock = async () => {
    const result = await call('vault.lock');
    if (result.ok) onLocked(result.value);
    else setProblem(result.error.message);
  };
  useLockTriggers(lock);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = checkNewPassphrase(passphrase.first, passphrase.second);
    setErrors(found);
    setProblem(null);
    if (found.first) return first.current?.focus();
    if (found.second) return second.current?.focus();
    setSaving(true);
    const result = await call('vault.changeLock', {
      choice: { lockMode: 'device+passphrase', passphrase: passphrase.first },
    });
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    setPassphrase(EMPTY_NEW_PASSPHRASE);
    onChosen(result.value);
  };

  return (
    <>
      <TopBar>
        <span className="topbar-spacer" />
        <button type="button" className="button button-quiet lock-button" onClick={() => void lock()}>
          {t('lock')}
        </button>
      </TopBar>
      <main className="page page-narrow">
        <ScreenHeading>{t('chooseNew.heading')}</ScreenHeading>
        <p className="lede">{t('chooseNew.lede')}</p>
        <form className="card" noValidate aria-busy={saving || undefined} onSubmit={(event) => void save(event)}>
          <NewPassphraseFields
            idPrefix="chosen-passphrase"
            value={passphrase}
            onChange={setPassphrase}
            errors={errors}
            firstRef={first}
            secondRef={second}
          />
          <ErrorMessage>{problem}</ErrorMessage>
          <StatusMessage>{saving ? t('chooseNew.saving') : null}</StatusMessage>
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            {t('chooseNew.save')}
          </button>
        </form>
      </main>
    </>
  );
}
