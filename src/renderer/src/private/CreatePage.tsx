import { useRef, useState, type FormEvent } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../app/partner-names';
import { call } from '../api';
import { checkNewPassphrase, type NewPassphraseErrors } from '../lock/check-passphrase';
import { PassphraseField } from '../lock/PassphraseField';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';

/**
 * Making a private page. Before anything is made it says plainly what a forgotten private
 * passphrase means, and offers a private recovery code, shown once.
 */
export function CreatePage({
  partner,
  names,
  onCreated,
  onBack,
}: {
  partner: PartnerSlot;
  names: PartnerNames;
  onCreated: () => void;
  onBack: () => void;
}) {
  const other = names[partner === 'a' ? 'b' : 'a'];
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [withCode, setWithCode] = useState(true);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const secondRef = useRef<HTMLInputElement>(null);

  const make = async (event: FormEvent) => {
    event.preventDefault();
    if (making) return;
    const found = checkNewPassphrase(first, second);
    setErrors(found);
    setProblem(null);
    if (found.first) return firstRef.current?.focus();
    if (found.second) return secondRef.current?.focus();
    setMaking(true);
    const result = await call('private.create', { partner, passphrase: first, withRecoveryCode: withCode });
    setMaking(false);
    setFirst('');
    setSecond('');
    if (!result.ok) return setProblem(result.error.message);
    if (result.value.recoveryCode) setCode(result.value.recoveryCode);
    else onCreated();
  };

  if (code) {
    return (
      <section className="private" aria-labelledby="private-code-heading">
        <ScreenHeading>
          <span id="private-code-heading">Your private recovery code</span>
        </ScreenHeading>
        <p className="recovery-once">This is the only time Hearth shows it.</p>
        <p>
          It opens your private page if you forget your private passphrase. Keep it somewhere only you can reach; the
          journal’s recovery code does not open your page.
        </p>
        <p className="private-code">{code}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setCode(null);
            onCreated();
          }}
        >
          I have kept it safe
        </button>
      </section>
    );
  }

  return (
    <section className="private" aria-labelledby="private-create-heading">
      <ScreenHeading>
        <span id="private-create-heading">Make {names[partner]}’s private page</span>
      </ScreenHeading>
      <p className="lead">
        Only you will be able to open it: not {other}, and not the journal’s passphrase or recovery code. Nothing on it
        reaches the journal unless you share it.
      </p>
      <div className="card private-warning" role="note" aria-label="Before you begin">
        <h2>Before you begin</h2>
        <p>
          If you forget your private passphrase and have no private recovery code, your page is lost for good. Nobody,
          not even Hearth, can open it again.
        </p>
      </div>
      <form className="card" noValidate onSubmit={(event) => void make(event)} aria-labelledby="private-create-form">
        <h2 id="private-create-form">Choose your private passphrase</h2>
        <PassphraseField
          id="private-new-first"
          label="Private passphrase"
          hint={`At least 8 characters. Use one that ${other} would not guess, and not the journal’s.`}
          value={first}
          onChange={setFirst}
          autoComplete="new-password"
          error={errors.first ?? null}
          inputRef={firstRef}
        />
        <PassphraseField
          id="private-new-second"
          label="Type it again"
          showName="Show the private passphrase typed again"
          value={second}
          onChange={setSecond}
          autoComplete="new-password"
          error={errors.second ?? null}
          inputRef={secondRef}
        />
        <label className="choice private-code-choice">
          <input type="checkbox" checked={withCode} onChange={(event) => setWithCode(event.target.checked)} />
          Also make a private recovery code, in case I forget
        </label>
        <ErrorMessage>{problem}</ErrorMessage>
        <StatusMessage>{making ? 'Making your page…' : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={making || undefined}>
            Make my private page
          </button>
          <button type="button" className="button button-quiet" onClick={onBack}>
            Not now
          </button>
        </div>
      </form>
    </section>
  );
}
