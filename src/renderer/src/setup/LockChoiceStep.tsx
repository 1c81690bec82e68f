import { useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import type { LockMode } from '../../../shared/model';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';

export type Shared = 'yes' | 'no';

const MODES: { mode: LockMode; label: string; recommendedWhen: Shared; explains: string }[] = [
  {
    mode: 'device+passphrase',
    label: 'With a passphrase',
    recommendedWhen: 'yes',
    explains:
      'Hearth asks for your passphrase every time it opens. Anyone else who uses this computer, even while logged in as you, cannot open the journal without it.',
  },
  {
    mode: 'device',
    label: 'With this computer’s login only',
    recommendedWhen: 'no',
    explains:
      'Hearth opens without asking whenever you are logged in to this computer. The journal stays encrypted against anyone who copies its files or uses another login, but not against someone using your login.',
  },
];

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
      <ScreenHeading>Who uses this computer?</ScreenHeading>
      <p className="lede">Hearth locks your journal either way. How it locks depends on who else can sit here.</p>
      <form className="card" noValidate onSubmit={next} aria-busy={creating || undefined}>
        <fieldset className="fieldset" aria-describedby={unanswered ? 'shared-error' : 'shared-hint'}>
          <legend className="fieldset-legend setup-legend">Is this computer shared with anyone else?</legend>
          <p id="shared-hint" className="field-hint">
            For example a family computer, one you share with housemates, or one from work.
          </p>
          <div className="choices">
            <Choice name="shared" checked={shared === 'yes'} onChange={() => onAnswer('yes')} inputRef={firstAnswer}>
              Yes, someone else uses it too
            </Choice>
            <Choice name="shared" checked={shared === 'no'} onChange={() => onAnswer('no')}>
              No, only the two of us
            </Choice>
          </div>
          {unanswered && !shared ? (
            <p id="shared-error" className="field-error">
              Please answer this question.
            </p>
          ) : null}
        </fieldset>

        {shared ? (
          <fieldset className="fieldset">
            <legend className="fieldset-legend">How should Hearth lock your journal?</legend>
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
                        {label}
                        {shared === recommendedWhen ? <span className="lock-mode-recommended"> (recommended)</span> : null}
                      </label>
                      <p id={`${id}-explains`} className="lock-mode-explains">
                        {explains}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
            <p className="field-hint">
              Either way you will get a recovery code, for a forgotten passphrase or a new computer. You can change this
              later in Settings.
            </p>
          </fieldset>
        ) : null}

        <ErrorMessage>{problem}</ErrorMessage>
        <StatusMessage>{creating ? 'Making your journal…' : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={creating || undefined}>
            {lockMode === 'device' ? 'Start our journal' : 'Continue'}
          </button>
          <button type="button" className="button" onClick={onBack}>
            Back
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
