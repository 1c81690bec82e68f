import { useRef, useState, type FormEvent } from 'react';
import type { AppStatus, LockMode } from '../../../shared/model';
import { call } from '../api';
import { checkNewPassphrase, type NewPassphraseErrors } from '../lock/check-passphrase';
import { EMPTY_NEW_PASSPHRASE, NewPassphraseFields, type NewPassphrase } from '../lock/NewPassphraseFields';
import { PassphraseField } from '../lock/PassphraseField';
import { ErrorMessage, StatusMessage } from '../ui';

type Change = 'add' | 'change' | 'remove';

const DONE: Record<Change, string> = {
  add: 'The passphrase is on. Hearth will ask for it each time it opens.',
  change: 'Your passphrase is changed. Use the new one from now on.',
  remove: 'The passphrase is off. Hearth opens without it when you are logged in to this computer.',
};

/** Turning the passphrase on or off, and changing it. Each change asks for the current one. */
export function LockSettings({ lockMode, onChanged }: { lockMode: LockMode; onChanged: (status: AppStatus) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [errors, setErrors] = useState<NewPassphraseErrors & { current?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [removing, setRemoving] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const secondRef = useRef<HTMLInputElement>(null);
  const hasPassphrase = lockMode === 'device+passphrase';
  const change: Change = !hasPassphrase ? 'add' : removing ? 'remove' : 'change';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setProblem(null);
    setNews(null);
    const found: typeof errors = {
      ...(hasPassphrase && current === '' ? { current: 'Please type your current passphrase.' } : {}),
      ...(change === 'remove' ? {} : checkNewPassphrase(next.first, next.second)),
    };
    setErrors(found);
    if (found.current) return currentRef.current?.focus();
    if (found.first) return firstRef.current?.focus();
    if (found.second) return secondRef.current?.focus();
    setSaving(true);
    const result = await call('vault.changeLock', {
      choice: change === 'remove' ? { lockMode: 'device' } : { lockMode: 'device+passphrase', passphrase: next.first },
      ...(hasPassphrase ? { currentPassphrase: current } : {}),
    });
    setSaving(false);
    setCurrent('');
    if (!result.ok) {
      setProblem(result.error.message);
      return currentRef.current?.focus() ?? firstRef.current?.focus();
    }
    setNext(EMPTY_NEW_PASSPHRASE);
    setRemoving(false);
    setNews(DONE[change]);
    onChanged(result.value);
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-lock">
      <h2 id="settings-lock">How Hearth locks</h2>
      <p>
        {hasPassphrase
          ? 'Hearth asks for your passphrase each time it opens, so no one else who uses this computer can read your journal.'
          : 'Hearth opens without a passphrase when you are logged in to this computer. If anyone else uses it, even now and then, add a passphrase.'}
      </p>
      <form noValidate onSubmit={(event) => void save(event)} aria-busy={saving || undefined} aria-labelledby="settings-lock-form">
        <h3 id="settings-lock-form">
          {change === 'add' ? 'Add a passphrase' : change === 'change' ? 'Change the passphrase' : 'Turn the passphrase off'}
        </h3>
        {change === 'remove' ? (
          <p className="quiet">Anyone who can use your login on this computer will then be able to open the journal.</p>
        ) : null}
        {hasPassphrase ? (
          <PassphraseField
            id="settings-current-passphrase"
            label="Current passphrase"
            value={current}
            onChange={(value) => {
              setCurrent(value);
              if (errors.current) setErrors(({ current: _gone, ...rest }) => rest);
            }}
            autoComplete="current-password"
            error={errors.current ?? null}
            describedBy={problem ? 'settings-lock-problem' : null}
            invalid={problem !== null}
            inputRef={currentRef}
          />
        ) : null}
        {change !== 'remove' ? (
          <NewPassphraseFields
            idPrefix="settings-new-passphrase"
            firstLabel={hasPassphrase ? 'New passphrase' : 'Passphrase'}
            value={next}
            onChange={setNext}
            errors={errors}
            firstRef={firstRef}
            secondRef={secondRef}
          />
        ) : null}
        <ErrorMessage id="settings-lock-problem">{problem}</ErrorMessage>
        <StatusMessage>{saving ? 'Saving…' : news}</StatusMessage>
        <div className="button-row">
          <button type="submit" className={change === 'remove' ? 'button' : 'button button-primary'} aria-disabled={saving || undefined}>
            {change === 'add' ? 'Add passphrase' : change === 'change' ? 'Change passphrase' : 'Turn the passphrase off'}
          </button>
          {hasPassphrase ? (
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setRemoving((now) => !now);
                setErrors({});
                setProblem(null);
                setNews(null);
              }}
            >
              {removing ? 'Keep the passphrase and change it instead' : 'Turn the passphrase off instead'}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
