import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../app/partner-names';
import { call } from '../api';
import { PassphraseField } from '../lock/PassphraseField';
import { ErrorMessage, ScreenHeading, StatusMessage, TextField } from '../ui';

/** Opening a private page with its passphrase, or with its private recovery code. */
export function OpenPage({
  partner,
  names,
  onOpened,
  onBack,
}: {
  partner: PartnerSlot;
  names: PartnerNames;
  onOpened: () => void;
  onBack: () => void;
}) {
  const [way, setWay] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.focus();
  }, [way]);

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (checking) return;
    if (secret.trim() === '') {
      setError(way === 'passphrase' ? 'Please type your private passphrase.' : 'Please type your private recovery code.');
      return field.current?.focus();
    }
    setChecking(true);
    setError(null);
    const result = await call(
      'private.unlock',
      way === 'passphrase'
        ? { partner, method: 'passphrase', passphrase: secret }
        : { partner, method: 'recovery', code: secret.slice(0, 200) },
    );
    setChecking(false);
    if (way === 'passphrase') setSecret('');
    if (result.ok) {
      setSecret('');
      return onOpened();
    }
    setError(result.error.message);
    field.current?.focus();
  };

  return (
    <section className="private" aria-labelledby="private-open-heading">
      <ScreenHeading>
        <span id="private-open-heading">{names[partner]}’s private page</span>
      </ScreenHeading>
      <form className="card" noValidate onSubmit={(event) => void open(event)} aria-label="Open the private page">
        {way === 'passphrase' ? (
          <PassphraseField
            id="private-unlock-passphrase"
            label="Private passphrase"
            value={secret}
            onChange={setSecret}
            autoComplete="current-password"
            describedBy={error ? 'private-unlock-error' : null}
            invalid={!!error}
            inputRef={field}
          />
        ) : (
          <TextField
            id="private-unlock-code"
            label="Private recovery code"
            hint="25 letters and digits, in five groups of five."
            value={secret}
            onChange={setSecret}
            autoComplete="off"
            spellCheck={false}
            describedBy={error ? 'private-unlock-error' : null}
            invalid={!!error}
            inputRef={field}
          />
        )}
        <ErrorMessage id="private-unlock-error">{error}</ErrorMessage>
        <StatusMessage>{checking ? 'Checking…' : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={checking || undefined}>
            Open my page
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setWay(way === 'passphrase' ? 'recovery' : 'passphrase');
              setSecret('');
              setError(null);
            }}
          >
            {way === 'passphrase' ? 'Use my private recovery code' : 'Use my private passphrase'}
          </button>
          <button type="button" className="button button-quiet" onClick={onBack}>
            Back
          </button>
        </div>
      </form>
    </section>
  );
}
