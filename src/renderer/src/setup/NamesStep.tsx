import { useRef, useState, type FormEvent } from 'react';
import { ScreenHeading, TextField } from '../ui';
import { checkNames } from './check-name';
import { useT } from '../i18n';

/** Step one: a welcome and the two names. */
export function NamesStep({
  names,
  onChange,
  onNext,
}: {
  names: [string, string];
  onChange: (names: [string, string]) => void;
  onNext: () => void;
}) {
  const { t } = useT('setup');
  const [errors, setErrors] = useState<[string | null, string | null]>([null, null]);
  const inputs = [useRef<HTMLInputElement>(null), useRef<HTMLInputElement>(null)] as const;

  const setName = (slot: 0 | 1, value: string) => {
    const next: [string, string] = slot === 0 ? [value, names[1]] : [names[0], value];
    onChange(next);
    // An error stays until the person fixes that field, then goes quietly.
    const now = checkNames(next);
    if (errors[slot] && now[slot] === null) {
      setErrors((prev) => (slot === 0 ? [null, prev[1]] : [prev[0], null]));
    }
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    const found = checkNames(names);
    setErrors(found);
    const firstWrong = found.findIndex((e) => e !== null);
    if (firstWrong !== -1) return inputs[firstWrong as 0 | 1].current?.focus();
    onNext();
  };

  return (
    <>
      <ScreenHeading>{t('names.heading')}</ScreenHeading>
      <p className="lede">{t('names.lede')}</p>
      <form className="card" noValidate onSubmit={next} aria-label={t('names.form')}>
        <fieldset className="fieldset">
          <legend className="fieldset-legend setup-legend">{t('names.question')}</legend>
          <p className="field-hint">{t('names.hint')}</p>
          <div className="setup-names">
            <TextField
              id="partner-a"
              label={t('names.first')}
              value={names[0]}
              onChange={(value) => setName(0, value)}
              error={errors[0]}
              inputRef={inputs[0]}
              autoComplete="off"
              maxLength={60}
            />
            <TextField
              id="partner-b"
              label={t('names.second')}
              value={names[1]}
              onChange={(value) => setName(1, value)}
              error={errors[1]}
              inputRef={inputs[1]}
              autoComplete="off"
              maxLength={60}
            />
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('continue')}
          </button>
        </div>
      </form>
    </>
  );
}
