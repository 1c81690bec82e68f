import { useEffect, useRef, type FormEvent } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import type { PartnerSlot } from '../../../../shared/model';
import type { PartnerNames } from '../../app/partner-names';
import { MOODS } from '../../journal/moods';
import { ErrorMessage, StatusMessage } from '../../ui';

export interface ReflectionDraft {
  body: string;
  feeling: number | null;
}

export type ReflectionDrafts = Record<PartnerSlot, ReflectionDraft>;

export const EMPTY_REFLECTIONS: ReflectionDrafts = { a: { body: '', feeling: null }, b: { body: '', feeling: null } };

interface ReflectionFormProps {
  exercise: Exercise;
  names: PartnerNames;
  drafts: ReflectionDrafts;
  onDrafts: (drafts: ReflectionDrafts) => void;
  finishing: boolean;
  problem: string | null;
  onBack: () => void;
  onFinish: () => void;
}

/** The close of a session: each partner may write a few lines and say how it felt; both optional. */
export function ReflectionForm({ exercise, names, drafts, onDrafts, finishing, problem, onBack, onFinish }: ReflectionFormProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const edit = (slot: PartnerSlot, change: Partial<ReflectionDraft>) =>
    onDrafts({ ...drafts, [slot]: { ...drafts[slot], ...change } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onFinish();
  };

  return (
    <form className="card reflection" noValidate onSubmit={submit} aria-labelledby="reflection-title">
      <h2 id="reflection-title" ref={heading} tabIndex={-1} className="step-heading">
        Looking back
      </h2>
      <p>If you like, each write a few lines for the journal. Writing nothing is fine too.</p>
      <h3 className="step-prompts-title">
        Something to reflect on
      </h3>
      <ul id="reflection-questions" className="prompts">
        {exercise.reflection.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <div className="reflection-partners">
        {(['a', 'b'] as const).map((slot) => (
          <div key={slot} className="reflection-partner">
            <div className="field">
              <label htmlFor={`reflection-${slot}`} className="field-label">
                {names[slot]}’s reflection <span className="field-optional">(optional)</span>
              </label>
              <textarea
                id={`reflection-${slot}`}
                className="text-area"
                rows={5}
                value={drafts[slot].body}
                onChange={(event) => edit(slot, { body: event.target.value })}
                aria-describedby="reflection-questions"
              />
            </div>
            <fieldset className="fieldset">
              <legend className="fieldset-legend">
                How did it feel for {names[slot]}? <span className="field-optional">(optional)</span>
              </legend>
              <div className="choices">
                {[{ value: null, word: 'Not saying' }, ...MOODS].map(({ value, word }) => (
                  <label key={word} className="choice">
                    <input
                      type="radio"
                      name={`feeling-${slot}`}
                      checked={drafts[slot].feeling === value}
                      onChange={() => edit(slot, { feeling: value })}
                    />
                    {word}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        ))}
      </div>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{finishing ? 'Saving…' : null}</StatusMessage>
      <div className="session-nav">
        <button type="button" className="button button-quiet" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="button button-primary" aria-disabled={finishing || undefined}>
          Finish
        </button>
      </div>
    </form>
  );
}
