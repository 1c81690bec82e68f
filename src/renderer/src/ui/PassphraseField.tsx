import { useState, type Ref } from 'react';
import { useT } from '../i18n';
import { FieldFrame } from './FieldFrame';

interface PassphraseFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'current-password' to unlock or confirm; 'new-password' when choosing one. */
  autoComplete: 'current-password' | 'new-password';
  hint?: string;
  /** Shown under the field and read out with it. */
  error?: string | null;
  /** An error shown elsewhere (an alert above the form) that belongs to this field too. */
  describedBy?: string | null;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** The Show button's name for assistive tech; it starts with the visible word "Show". */
  showName?: string;
}

/**
 * A passphrase input, hidden as it is typed, with a Show toggle for long sentences. No
 * spellcheck or autocorrect: a passphrase is not prose, and nothing should learn it.
 */
export function PassphraseField({
  id,
  label,
  value,
  onChange,
  autoComplete,
  hint,
  error,
  describedBy,
  invalid,
  inputRef,
  showName,
}: PassphraseFieldProps) {
  const { t } = useT('lock');
  const [shown, setShown] = useState(false);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} describedBy={describedBy}>
      {(described) => (
        <div className="secret-input">
          <input
            ref={inputRef}
            id={id}
            className="text-input"
            type={shown ? 'text' : 'password'}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            autoComplete={autoComplete}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            maxLength={1024}
            aria-invalid={error || invalid ? true : undefined}
            aria-describedby={described}
          />
          <button
            type="button"
            className="button button-quiet secret-toggle"
            aria-pressed={shown}
            aria-label={showName ?? t('field.showNamed', { label: label.toLowerCase() })}
            onClick={() => setShown((now) => !now)}
          >
            {t('field.show')}
          </button>
        </div>
      )}
    </FieldFrame>
  );
}
