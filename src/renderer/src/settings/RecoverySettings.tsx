import { useRef, useState, type FormEvent } from 'react';
import type { LockMode } from '../../../shared/model';
import { call } from '../api';
import { useT } from '../i18n';
import { PassphraseField } from '../ui/PassphraseField';
import { ErrorMessage, StatusMessage } from '../ui';

/**
 * Making a new recovery code. The new code goes straight to `onMade` (which shows it once);
 * this section never keeps it.
 */
export function RecoverySettings({
  lockMode,
  news,
  onMade,
}: {
  lockMode: LockMode;
  /** Said here after a new code was confirmed. */
  news: string | null;
  onMade: (recoveryCode: string) => void;
}) {
  const { t } = useT('settings');
  const [current, setCurrent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const hasPassphrase = lockMode === 'device+passphrase';

  const make = async (event: FormEvent) => {
    event.preventDefault();
    if (making) return;
    setProblem(null);
    if (hasPassphrase && current === '') {
      setError(t('lock.typeCurrent'));
      return currentRef.current?.focus();
    }
    setError(null);
    setMaking(true);
    const result = await call('vault.regenerateRecoveryCode', hasPassphrase ? { currentPassphrase: current } : {});
    setMaking(false);
    setCurrent('');
    if (!result.ok) {
      setProblem(result.error.message);
      return currentRef.current?.focus();
    }
    onMade(result.value.recoveryCode);
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-recovery">
      <h2 id="settings-recovery">{t('recovery.title')}</h2>
      <p>{t('recovery.about')}</p>
      <form noValidate onSubmit={(event) => void make(event)} aria-busy={making || undefined} aria-label={t('recovery.make')}>
        {hasPassphrase ? (
          <PassphraseField
            id="settings-recovery-passphrase"
            label={t('lock.current')}
            showName={t('recovery.showCurrent')}
            value={current}
            onChange={(value) => {
              setCurrent(value);
              setError(null);
            }}
            autoComplete="current-password"
            error={error}
            describedBy={problem ? 'settings-recovery-problem' : null}
            invalid={problem !== null}
            inputRef={currentRef}
          />
        ) : null}
        <ErrorMessage id="settings-recovery-problem">{problem}</ErrorMessage>
        <StatusMessage>{making ? t('recovery.making') : news}</StatusMessage>
        <button type="submit" className="button" aria-disabled={making || undefined}>
          {t('recovery.make')}
        </button>
      </form>
    </section>
  );
}
