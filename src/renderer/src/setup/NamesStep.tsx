import { useRef, useState, type FormEvent } from 'react';
import { ScreenHeading, TextField } from '../ui';
import { checkNames } from './check-name';

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
      <ScreenHeading>Welcome to Hearth</ScreenHeading>
      <p className="lede">
        A quiet place for the two of you to write, listen and grow closer. What you write stays on this computer,
        encrypted.
      </p>
      <form className="card" noValidate onSubmit={next} aria-label="Your names">
        <fieldset className="fieldset">
          <legend className="fieldset-legend setup-legend">What are your names?</legend>
          <p className="field-hint">Use the names you call each other. Hearth greets you with them.</p>
          <div className="setup-names">
            <TextField
              id="partner-a"
              label="First partner"
              value={names[0]}
              onChange={(value) => setName(0, value)}
              error={errors[0]}
              inputRef={inputs[0]}
              autoComplete="off"
              maxLength={60}
            />
            <TextField
              id="partner-b"
              label="Second partner"
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
            Continue
          </button>
        </div>
      </form>
    </>
  );
}
