import { useRef, useState, type FormEvent } from 'react';
import type { LockMode } from '../../../shared/model';
import { call } from '../api';
import { PassphraseField } from '../lock/PassphraseField';
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
      setError('Please type your current passphrase.');
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
      <h2 id="settings-recovery">Recovery code</h2>
      <p>
        Your recovery code opens the journal if you forget the passphrase or move to another computer. If it is lost,
        or someone else may have seen it, make a new one: the old one stops working at once.
      </p>
      <form noValidate onSubmit={(event) => void make(event)} aria-busy={making || undefined} aria-label="Make a new recovery code">
        {hasPassphrase ? (
          <PassphraseField
            id="settings-recovery-passphrase"
            label="Current passphrase"
            showName="Show the current passphrase for a new recovery code"
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
        <StatusMessage>{making ? 'Making a new code…' : news}</StatusMessage>
        <button type="submit" className="button" aria-disabled={making || undefined}>
          Make a new recovery code
        </button>
      </form>
    </section>
  );
}
