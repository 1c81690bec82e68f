import { useRef, useState, type FormEvent } from 'react';
import type { AppStatus } from '../../../shared/model';
import { TopBar } from '../app/TopBar';
import { call } from '../api';
import { ErrorMessage, ScreenHeading, StatusMessage, TextField } from '../ui';
import { checkName } from './check-name';
import './setup.css';

/** First run: a welcome, the two names, and the new journal. */
export function SetupScreen({ onReady }: { onReady: (status: AppStatus) => void }) {
  const [names, setNames] = useState<[string, string]>(['', '']);
  const [errors, setErrors] = useState<[string | null, string | null]>([null, null]);
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const inputs = [useRef<HTMLInputElement>(null), useRef<HTMLInputElement>(null)] as const;

  const setName = (slot: 0 | 1, value: string) => {
    setNames((prev) => (slot === 0 ? [value, prev[1]] : [prev[0], value]));
    // An error stays until the person fixes that field, then goes quietly.
    if (errors[slot] && checkName(value) === null) {
      setErrors((prev) => (slot === 0 ? [null, prev[1]] : [prev[0], null]));
    }
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    const found: [string | null, string | null] = [checkName(names[0]), checkName(names[1])];
    setErrors(found);
    setProblem(null);
    const firstWrong = found.findIndex((e) => e !== null);
    if (firstWrong !== -1) {
      inputs[firstWrong as 0 | 1].current?.focus();
      return;
    }
    setCreating(true);
    const result = await call('setup.create', { partners: [names[0].trim(), names[1].trim()] });
    setCreating(false);
    if (result.ok) onReady(result.value);
    else setProblem(result.error.message);
  };

  return (
    <>
      <TopBar />
      <main className="page page-narrow setup">
        <ScreenHeading>Welcome to Hearth</ScreenHeading>
        <p className="lede">
          A quiet place for the two of you to write, listen and grow closer. What you write stays on this
          computer, encrypted.
        </p>
        <form className="card" noValidate onSubmit={(event) => void create(event)} aria-describedby="setup-problem">
          <fieldset className="fieldset">
            <legend className="fieldset-legend setup-legend">What are your names?</legend>
            <p className="field-hint">Use the names you call each other. Hearth greets you with them.</p>
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
          </fieldset>
          <ErrorMessage id="setup-problem">{problem}</ErrorMessage>
          <StatusMessage>{creating ? 'Making your journal…' : null}</StatusMessage>
          <button type="submit" className="button button-primary" aria-disabled={creating || undefined}>
            Start our journal
          </button>
        </form>
      </main>
    </>
  );
}
