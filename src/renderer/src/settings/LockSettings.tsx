import { useRef, useState, type FormEvent } from 'react';
import type { AppStatus, LockMode } from '../../../shared/model';
import { call } from '../api';
import { useT } from '../i18n';
import { checkNewPassphrase, type NewPassphraseErrors } from '../ui/check-passphrase';
import { EMPTY_NEW_PASSPHRASE, NewPassphraseFields, type NewPassphrase } from '../ui/NewPassphraseFields';
import { PassphraseField } from '../ui/PassphraseField';
import { ErrorMessage, StatusMessage } from '../ui';

type Change = 'add' | 'change' | 'remove';

const DONE = { add: 'lock.added', change: 'lock.changed', remove: 'lock.removed' } as const satisfies Record<Change, string>;

/** Turning the passphrase on or off, and changing it. Each change asks for the current one. */
export function LockSettings({ lockMode, onChanged }: { lockMode: LockMode; onChanged: (status: AppStatus) => void }) {
  const { t } = useT('settings');
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
      ...(hasPassphrase && current === '' ? { current: t('lock.typeCurrent') } : {}),
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
    setNews(t(DONE[change]));
    onChanged(result.value);
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-lock">
      <h2 id="settings-lock">{t('lock.title')}</h2>
      <p>
        {hasPassphrase ? t('lock.withPassphrase') : t('lock.withoutPassphrase')}
      </p>
      <form noValidate onSubmit={(event) => void save(event)} aria-busy={saving || undefined} aria-labelledby="settings-lock-form">
        <h3 id="settings-lock-form">
          {change === 'add' ? t('lock.addTitle') : change === 'change' ? t('lock.changeTitle') : t('lock.removeTitle')}
        </h3>
        {change === 'remove' ? (
          <p className="quiet">{t('lock.removeWarning')}</p>
        ) : null}
        {hasPassphrase ? (
          <PassphraseField
            id="settings-current-passphrase"
            label={t('lock.current')}
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
            firstLabel={hasPassphrase ? t('lock.newPassphrase') : t('lock.passphrase')}
            value={next}
            onChange={setNext}
            errors={errors}
            firstRef={firstRef}
            secondRef={secondRef}
          />
        ) : null}
        <ErrorMessage id="settings-lock-problem">{problem}</ErrorMessage>
        <StatusMessage>{saving ? t('saving') : news}</StatusMessage>
        <div className="button-row">
          <button type="submit" className={change === 'remove' ? 'button' : 'button button-primary'} aria-disabled={saving || undefined}>
            {change === 'add' ? t('lock.add') : change === 'change' ? t('lock.change') : t('lock.remove')}
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
              {removing ? t('lock.keepInstead') : t('lock.removeInstead')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
