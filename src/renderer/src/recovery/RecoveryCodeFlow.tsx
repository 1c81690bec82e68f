import { useRef, useState, type FormEvent } from 'react';
import { t as translate, useT } from '../i18n';
import { ScreenHeading, TextField } from '../ui';
import { PrintSheet } from './PrintSheet';
import { isSameGroup, pickTwoGroups, recoveryGroups } from './recovery-groups';
import './recovery.css';

/**
 * A recovery code, shown this once, then checked by typing back two of its groups. The
 * caller holds the code only until `onConfirmed`, and must drop it then.
 */
export function RecoveryCodeFlow({
  code,
  heading,
  purpose,
  onConfirmed,
}: {
  code: string;
  heading: string;
  /** One or two sentences: when this code is the way in. */
  purpose: string;
  onConfirmed: () => void;
}) {
  const { t } = useT('recovery');
  const [stage, setStage] = useState<'show' | 'check'>('show');
  const groups = recoveryGroups(code);
  // Chosen once per code, so going back to look again does not move the goalposts.
  const [asked] = useState(() => pickTwoGroups(groups.length));

  if (stage === 'check') {
    return <CheckGroups groups={groups} asked={asked} onBack={() => setStage('show')} onConfirmed={onConfirmed} />;
  }
  return (
    <div className="recovery">
      <ScreenHeading>{heading}</ScreenHeading>
      <p className="lede">{purpose}</p>
      <div className="card recovery-card">
        <p className="recovery-once">{t('shownOnce')}</p>
        <ol className="recovery-code" aria-label={t('codeLabel')}>
          {groups.map((group, index) => (
            <li key={index} className="recovery-group">
              {group}
            </li>
          ))}
        </ol>
        <p className="field-hint">{t('sheetHolds')}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => setStage('check')}>
            {t('saved')}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('printSheet')}
          </button>
        </div>
      </div>
      <PrintSheet code={code} />
    </div>
  );
}

function CheckGroups({
  groups,
  asked,
  onBack,
  onConfirmed,
}: {
  groups: string[];
  asked: [number, number];
  onBack: () => void;
  onConfirmed: () => void;
}) {
  const { t } = useT('recovery');
  const [typed, setTyped] = useState<[string, string]>(['', '']);
  const [errors, setErrors] = useState<[string | null, string | null]>([null, null]);
  const inputs = [useRef<HTMLInputElement>(null), useRef<HTMLInputElement>(null)] as const;

  const check = (event: FormEvent) => {
    event.preventDefault();
    const found = asked.map((position, i) => {
      if (typed[i]!.trim() === '') return translate('recovery:typeGroup', { position });
      return isSameGroup(typed[i]!, groups[position - 1]!)
        ? null
        : translate('recovery:notGroup', { position });
    }) as [string | null, string | null];
    setErrors(found);
    const firstWrong = found.findIndex((e) => e !== null);
    if (firstWrong === -1) onConfirmed();
    else inputs[firstWrong as 0 | 1].current?.focus();
  };

  const type = (slot: 0 | 1, value: string) => {
    setTyped((prev) => (slot === 0 ? [value, prev[1]] : [prev[0], value]));
    if (errors[slot]) setErrors((prev) => (slot === 0 ? [null, prev[1]] : [prev[0], null]));
  };

  return (
    <div className="recovery">
      <ScreenHeading>{t('checkHeading')}</ScreenHeading>
      <p className="lede">{t('checkLede', { first: asked[0], second: asked[1] })}</p>
      <form className="card" noValidate onSubmit={check} aria-label={t('checkHeading')}>
        <div className="recovery-check-fields">
          {asked.map((position, i) => (
            <TextField
              key={position}
              id={`recovery-group-${position}`}
              label={t('group', { position })}
              value={typed[i]!}
              onChange={(value) => type(i as 0 | 1, value)}
              error={errors[i]}
              inputRef={inputs[i as 0 | 1]}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              maxLength={9}
            />
          ))}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('confirm')}
          </button>
          <button type="button" className="button" onClick={onBack}>
            {t('showAgain')}
          </button>
        </div>
      </form>
    </div>
  );
}
