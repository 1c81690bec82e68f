import { useEffect, useRef } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import { mentionsHelpPage } from '../words';

interface SafetyCheckProps {
  exercise: Exercise;
  lighter: Exercise | undefined;
  resuming: boolean;
  onReady: () => void;
  onLighter: () => void;
  onNotNow: () => void;
  onHelp: () => void;
}

/** The pause before a deeper exercise: are you both rested and willing, and a gentler way if not. */
export function SafetyCheck({ exercise, lighter, resuming, onReady, onLighter, onNotNow, onHelp }: SafetyCheckProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card safety-check" aria-labelledby="safety-check-title">
      <h2 id="safety-check-title" ref={heading} tabIndex={-1} className="step-heading">
        Are you both rested and willing right now?
      </h2>
      <p>
        This one goes a little deeper. If either of you is tired, rushed or already upset, it is fine to choose
        something lighter, or another day.
      </p>
      {exercise.safetyNote ? <p className="safety-check-note">{exercise.safetyNote}</p> : null}
      {exercise.safetyNote?.includes('skipped') ? null : (
        <p>Any step can be skipped, and you can pause and leave at any time.</p>
      )}
      <div className="session-actions">
        <button type="button" className="button button-primary" onClick={onReady}>
          {resuming ? 'Yes, carry on' : 'Yes, we’re both ready'}
        </button>
        {lighter ? (
          <button type="button" className="button" onClick={onLighter}>
            Try something lighter: {lighter.title}
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={onNotNow}>
          Not now
        </button>
      </div>
      {mentionsHelpPage(exercise.safetyNote) ? (
        <p className="safety-check-help">
          <button type="button" className="button button-quiet" onClick={onHelp}>
            Read “Getting professional help”
          </button>
        </p>
      ) : null}
    </section>
  );
}
