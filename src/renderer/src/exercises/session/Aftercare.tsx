import { useEffect, useRef } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import { ErrorMessage } from '../../ui';

interface AftercareProps {
  lighter: Exercise | undefined;
  problem: string | null;
  onLighter: () => void;
  onHome: () => void;
  onHelp: () => void;
}

/** After "Not now" or "Not today": what to do next, that stopping is fine, and something gentler. */
export function Aftercare({ lighter, problem, onLighter, onHome, onHelp }: AftercareProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card safety-check aftercare" aria-labelledby="aftercare-title">
      <h2 id="aftercare-title" ref={heading} tabIndex={-1} className="step-heading">
        It’s fine to stop here
      </h2>
      <p>Stopping is always allowed. You don’t need a reason, and Hearth keeps none.</p>
      <h3 className="step-prompts-title">For the next few minutes</h3>
      <ul className="help-list aftercare-list">
        <li>Breathe slowly: in for a count of four, out for a count of six, a few times over.</li>
        <li>Have a glass of water.</li>
        <li>Do something calming: step outside, put on some music, make a warm drink.</li>
        <li>If you both can, say one kind word to each other. If not, that can wait.</li>
      </ul>
      <ErrorMessage>{problem}</ErrorMessage>
      {lighter ? (
        <>
          <p>Today or another day, when you both feel like it, there is a lighter one.</p>
          <p>
            <button type="button" className="button" onClick={onLighter}>
              Try something lighter: {lighter.title}
            </button>
          </p>
        </>
      ) : (
        <p>Another day, a short, light exercise or simply some easy time together may suit you better.</p>
      )}
      <div className="session-actions">
        <button type="button" className="button button-primary" onClick={onHome}>
          Back to home
        </button>
        <button type="button" className="button button-quiet" onClick={onHelp}>
          Help and crisis lines
        </button>
      </div>
    </section>
  );
}
