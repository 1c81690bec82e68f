import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppStatus, LockMode } from '../../../shared/model';
import { TopBar } from '../app/TopBar';
import { call } from '../api';
import { HelpButton } from '../help';
import { ErrorMessage, ScreenHeading, StatusMessage, TextField } from '../ui';
import { PassphraseField } from './PassphraseField';
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
      setError(way === 'passphrase' ? 'Please type your passphrase.' : 'Please type your recovery code.');
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
  const status = <StatusMessage>{checking ? 'Checking…' : null}</StatusMessage>;
  const alert = <ErrorMessage id={ERROR_ID}>{error}</ErrorMessage>;

  return (
    <>
      <TopBar>
        <HelpButton onHelp={onHelp} />
      </TopBar>
      <main className="page page-narrow lock">
        <div className="card lock-card">
          <ScreenHeading>Your journal is locked</ScreenHeading>
          {way === 'device' ? (
            <>
              <p className="lede">Open it when you are ready. Nothing in it is shown until you do.</p>
              {alert}
              {status}
              <button type="button" className="button button-primary" aria-disabled={busy} onClick={() => void open()}>
                Open journal
              </button>
              <p className="lock-other-way">
                <button type="button" className="button-link" onClick={() => switchTo('recovery')}>
                  Cannot open it? Use your recovery code
                </button>
              </p>
            </>
          ) : (
            <form className="lock-form" noValidate aria-busy={busy} onSubmit={(event) => void open(event)}>
              <p className="lede">
                {way === 'passphrase'
                  ? 'Type your passphrase to open it. Nothing in it is shown until you do.'
                  : 'Type the recovery code you wrote down or printed when you set up Hearth.'}
              </p>
              {alert}
              {way === 'passphrase' ? (
                <PassphraseField
                  id="unlock-passphrase"
                  label="Passphrase"
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
                  label="Recovery code"
                  hint="Five groups of five letters and numbers. Spaces, dashes and small letters are fine."
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
                {way === 'passphrase' ? 'Unlock' : 'Open with recovery code'}
              </button>
              <p className="lock-other-way">
                {way === 'passphrase' ? (
                  <button type="button" className="button-link" onClick={() => switchTo('recovery')}>
                    Forgot your passphrase? Use your recovery code
                  </button>
                ) : (
                  <button type="button" className="button-link" onClick={() => switchTo(usual)}>
                    {usual === 'passphrase' ? 'Use your passphrase instead' : 'Open without typing instead'}
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
