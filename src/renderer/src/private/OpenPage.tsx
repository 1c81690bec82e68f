import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { PassphraseField } from '../ui/PassphraseField';
import { ErrorMessage, ScreenHeading, StatusMessage, TextField } from '../ui';
import { useT } from '../i18n';

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
  const { t } = useT('private');
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
      setError(way === 'passphrase' ? t('open.typePassphrase') : t('open.typeCode'));
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
        <span id="private-open-heading">{t('pageOf', { name: names[partner] })}</span>
      </ScreenHeading>
      <form className="card" noValidate onSubmit={(event) => void open(event)} aria-label={t('open.form')}>
        {way === 'passphrase' ? (
          <PassphraseField
            id="private-unlock-passphrase"
            label={t('open.passphrase')}
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
            label={t('open.code')}
            hint={t('open.codeHint')}
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
        <StatusMessage>{checking ? t('checking') : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={checking || undefined}>
            {t('open.open')}
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
            {way === 'passphrase' ? t('open.useCode') : t('open.usePassphrase')}
          </button>
          <button type="button" className="button button-quiet" onClick={onBack}>
            {t('back', { ns: 'common' })}
          </button>
        </div>
      </form>
    </section>
  );
}
