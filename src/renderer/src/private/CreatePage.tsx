import { useRef, useState, type FormEvent } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { checkNewPassphrase, MIN_PASSPHRASE_CHARACTERS, type NewPassphraseErrors } from '../ui/check-passphrase';
import { PassphraseField } from '../ui/PassphraseField';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { useT } from '../i18n';

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
  const { t } = useT('private');
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
          <span id="private-code-heading">{t('create.codeHeading')}</span>
        </ScreenHeading>
        <p className="recovery-once">{t('create.onlyTime')}</p>
        <p>{t('create.codeOpens')}</p>
        <p className="private-code">{code}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setCode(null);
            onCreated();
          }}
        >
          {t('create.keptSafe')}
        </button>
      </section>
    );
  }

  return (
    <section className="private" aria-labelledby="private-create-heading">
      <ScreenHeading>
        <span id="private-create-heading">{t('create.heading', { name: names[partner] })}</span>
      </ScreenHeading>
      <p className="lead">{t('create.lede', { other })}</p>
      <div className="card private-warning" role="note" aria-label={t('create.beforeYouBegin')}>
        <h2>{t('create.beforeYouBegin')}</h2>
        <p>{t('create.lostForGood')}</p>
      </div>
      <form className="card" noValidate onSubmit={(event) => void make(event)} aria-labelledby="private-create-form">
        <h2 id="private-create-form">{t('create.choose')}</h2>
        <PassphraseField
          id="private-new-first"
          label={t('create.passphrase')}
          hint={t('create.hint', { count: MIN_PASSPHRASE_CHARACTERS, other })}
          value={first}
          onChange={setFirst}
          autoComplete="new-password"
          error={errors.first ?? null}
          inputRef={firstRef}
        />
        <PassphraseField
          id="private-new-second"
          label={t('create.again')}
          showName={t('create.showAgain')}
          value={second}
          onChange={setSecond}
          autoComplete="new-password"
          error={errors.second ?? null}
          inputRef={secondRef}
        />
        <label className="choice private-code-choice">
          <input type="checkbox" checked={withCode} onChange={(event) => setWithCode(event.target.checked)} />
          {t('create.withCode')}
        </label>
        <ErrorMessage>{problem}</ErrorMessage>
        <StatusMessage>{making ? t('create.making') : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={making || undefined}>
            {t('create.make')}
          </button>
          <button type="button" className="button button-quiet" onClick={onBack}>
            {t('create.notNow')}
          </button>
        </div>
      </form>
    </section>
  );
}
