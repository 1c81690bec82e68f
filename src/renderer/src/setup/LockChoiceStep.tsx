import { useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import type { LockMode } from '../../../shared/model';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { Trans } from 'react-i18next';
import { useT } from '../i18n';

export type Shared = 'yes' | 'no';

const MODES = [
  { mode: 'device+passphrase', label: 'lock.passphrase', recommendedWhen: 'yes', explains: 'lock.passphraseExplains' },
  { mode: 'device', label: 'lock.device', recommendedWhen: 'no', explains: 'lock.deviceExplains' },
] as const satisfies readonly { mode: LockMode; label: string; recommendedWhen: Shared; explains: string }[];

const RECOMMENDED = { quiet: <span className="lock-mode-recommended" /> };

/** Step two: whether others use this computer, and from that, how the journal locks. */
export function LockChoiceStep({
  shared,
  lockMode,
  onAnswer,
  onChoose,
  onBack,
  onNext,
  creating,
  problem,
}: {
  shared: Shared | null;
  lockMode: LockMode | null;
  onAnswer: (shared: Shared) => void;
  onChoose: (mode: LockMode) => void;
  onBack: () => void;
  onNext: () => void;
  /** True while the journal is being made (device mode creates it from this step). */
  creating: boolean;
  problem: string | null;
}) {
  const { t } = useT('setup');
  const [unanswered, setUnanswered] = useState(false);
  const firstAnswer = useRef<HTMLInputElement>(null);

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    if (!shared || !lockMode) {
      setUnanswered(true);
      return firstAnswer.current?.focus();
    }
    onNext();
  };

  return (
    <>
      <ScreenHeading>{t('lock.heading')}</ScreenHeading>
      <p className="lede">{t('lock.lede')}</p>
      <form className="card" noValidate onSubmit={next} aria-busy={creating || undefined}>
        <fieldset className="fieldset" aria-describedby={unanswered ? 'shared-error' : 'shared-hint'}>
          <legend className="fieldset-legend setup-legend">{t('lock.shared')}</legend>
          <p id="shared-hint" className="field-hint">
            {t('lock.sharedHint')}
          </p>
          <div className="choices">
            <Choice name="shared" checked={shared === 'yes'} onChange={() => onAnswer('yes')} inputRef={firstAnswer}>
              {t('lock.yes')}
            </Choice>
            <Choice name="shared" checked={shared === 'no'} onChange={() => onAnswer('no')}>
              {t('lock.no')}
            </Choice>
          </div>
          {unanswered && !shared ? (
            <p id="shared-error" className="field-error">
              {t('lock.unanswered')}
            </p>
          ) : null}
        </fieldset>

        {shared ? (
          <fieldset className="fieldset">
            <legend className="fieldset-legend">{t('lock.how')}</legend>
            <ul className="lock-modes">
              {MODES.map(({ mode, label, recommendedWhen, explains }) => {
                const id = `lock-mode-${mode === 'device' ? 'device' : 'passphrase'}`;
                return (
                  <li key={mode} className="lock-mode">
                    <input
                      id={id}
                      type="radio"
                      name="lock-mode"
                      checked={lockMode === mode}
                      onChange={() => onChoose(mode)}
                      aria-describedby={`${id}-explains`}
                    />
                    <div>
                      <label htmlFor={id} className="lock-mode-label">
                        {shared === recommendedWhen ? (
                          <Trans t={t} i18nKey="lock.recommended" values={{ label: t(label) }} components={RECOMMENDED} />
                        ) : (
                          t(label)
                        )}
                      </label>
                      <p id={`${id}-explains`} className="lock-mode-explains">
                        {t(explains)}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
            <p className="field-hint">{t('lock.eitherWay')}</p>
          </fieldset>
        ) : null}

        <ErrorMessage>{problem}</ErrorMessage>
        <StatusMessage>{creating ? t('making') : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={creating || undefined}>
            {lockMode === 'device' ? t('start') : t('continue')}
          </button>
          <button type="button" className="button" onClick={onBack}>
            {t('back', { ns: 'common' })}
          </button>
        </div>
      </form>
    </>
  );
}

function Choice({
  name,
  checked,
  onChange,
  inputRef,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  inputRef?: Ref<HTMLInputElement>;
  children: ReactNode;
}) {
  return (
    <label className="choice">
      <input ref={inputRef} type="radio" name={name} checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}
