import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppStatus, LockMode } from '../../../shared/model';
import { TopBar } from '../ui/TopBar';
import { call } from '../api';
import { HelpButton } from '../help';
import { ErrorMessage, ScreenHeading, StatusMessage, TextField } from '../ui';
import { PassphraseField } from '../ui/PassphraseField';
import { useT } from '../i18n';
import './lock.css';

type Way = 'device' | 'passphrase' | 'recovery';

const ERROR_ID = 'unlock-error';

/**
 * Shown whenever the journal is closed. Anyone may be looking at this screen, so it says
 * nothing about whose journal it is or what is in it, not even the names.
 */
export function LockScreen({
  lockMode,
  onOpened,
  onHelp,
}: {
  lockMode: LockMode | null;
  onOpened: (status: AppStatus) => void;
  /** The help page, which must be reachable without unlocking. */
  onHelp: () => void;
}) {
  const { t } = useT('lock');
  const usual: Way = lockMode === 'device+passphrase' ? 'passphrase' : 'device';
  const [way, setWay] = useState<Way>(usual);
  const [secret, setSecret] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  // Where there is something to type, the keyboard starts there (after the heading has spoken).
  useEffect(() => {
    if (way !== 'device') field.current?.focus();
  }, [way]);

  const switchTo = (next: Way) => {
    setWay(next);
    setSecret('');
    setError(null);
  };

  const open = async (event?: FormEvent) => {
    event?.preventDefault();
    if (checking) return;
    if (way !== 'device' && secret.trim() === '') {
      setError(way === 'passphrase' ? t('locked.typePassphrase') : t('locked.typeCode'));
      field.current?.focus();
      return;
    }
    setChecking(true);
    setError(null);
    const result = await call(
      'vault.unlock',
      way === 'device'
        ? undefined
        : way === 'passphrase'
          ? { method: 'passphrase', passphrase: secret }
          : { method: 'recovery', code: secret.slice(0, 100) },
    );
    setChecking(false);
    if (result.ok) {
      setSecret('');
      onOpened(result.value);
      return;
    }
    setError(result.error.message);
    // A wrong passphrase is typed afresh; a recovery code is kept so a slip can be fixed.
    if (way === 'passphrase') setSecret('');
    field.current?.focus();
  };

  const busy = checking || undefined;
  const status = <StatusMessage>{checking ? t('checking') : null}</StatusMessage>;
  const alert = <ErrorMessage id={ERROR_ID}>{error}</ErrorMessage>;

  return (
    <>
      <TopBar>
        <HelpButton onHelp={onHelp} />
      </TopBar>
      <main className="page page-narrow lock">
        <div className="card lock-card">
          <ScreenHeading>{t('locked.heading')}</ScreenHeading>
          {way === 'device' ? (
            <>
              <p className="lede">{t('locked.deviceLede')}</p>
              {alert}
              {status}
              <button type="button" className="button button-primary" aria-disabled={busy} onClick={() => void open()}>
                {t('locked.open')}
              </button>
              <p className="lock-other-way">
                <button type="button" className="button-link" onClick={() => switchTo('recovery')}>
                  {t('locked.cannotOpen')}
                </button>
              </p>
            </>
          ) : (
            <form className="lock-form" noValidate aria-busy={busy} onSubmit={(event) => void open(event)}>
              <p className="lede">
                {way === 'passphrase' ? t('locked.passphraseLede') : t('locked.recoveryLede')}
              </p>
              {alert}
              {way === 'passphrase' ? (
                <PassphraseField
                  id="unlock-passphrase"
                  label={t('locked.passphrase')}
                  value={secret}
                  onChange={setSecret}
                  autoComplete="current-password"
                  describedBy={error ? ERROR_ID : null}
                  invalid={error !== null}
                  inputRef={field}
                />
              ) : (
                <TextField
                  id="unlock-recovery-code"
                  label={t('locked.recoveryCode')}
                  hint={t('locked.recoveryHint')}
                  value={secret}
                  onChange={setSecret}
                  inputRef={field}
                  autoComplete="off"
                  spellCheck={false}
                  autoCapitalize="characters"
                  maxLength={100}
                  describedBy={error ? ERROR_ID : null}
                  invalid={error !== null}
                />
              )}
              {status}
              <button type="submit" className="button button-primary" aria-disabled={busy}>
                {way === 'passphrase' ? t('locked.unlock') : t('locked.openWithCode')}
              </button>
              <p className="lock-other-way">
                {way === 'passphrase' ? (
                  <button type="button" className="button-link" onClick={() => switchTo('recovery')}>
                    {t('locked.forgot')}
                  </button>
                ) : (
                  <button type="button" className="button-link" onClick={() => switchTo(usual)}>
                    {usual === 'passphrase' ? t('locked.usePassphrase') : t('locked.useDevice')}
                  </button>
                )}
              </p>
            </form>
          )}
        </div>
      </main>
    </>
  );
}
