import { useEffect, useRef } from 'react';
import type { Exercise } from '../../../../shared/exercises';

interface FearCheckProps {
  exercise: Exercise;
  onContinue: () => void;
  onNotNow: () => void;
  onHelp: () => void;
}

/** Before a deeper exercise: couples work is not for a relationship where someone is afraid. */
export function FearCheck({ exercise, onContinue, onNotNow, onHelp }: FearCheckProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card safety-check fear-check" aria-labelledby="fear-check-title">
      <h2 id="fear-check-title" ref={heading} tabIndex={-1} className="step-heading">
        Before you begin
      </h2>
      <p>
        {exercise.asksAboutPartnerHurt
          ? 'This exercise asks about times you have hurt each other.'
          : 'This exercise goes deeper than most.'}{' '}
        If either of you is afraid of the other, please don’t do it together. Feeling afraid of a partner is a
        reason to get support for yourself first, not to try harder here.
      </p>
      <p className="fear-check-help">
        <button type="button" className="button" onClick={onHelp}>
          Help and crisis lines
        </button>
      </p>
      <div className="session-actions">
        <button type="button" className="button button-primary" onClick={onContinue}>
          Continue
        </button>
        <button type="button" className="button button-quiet" onClick={onNotNow}>
          Not now
        </button>
      </div>
    </section>
  );
}
