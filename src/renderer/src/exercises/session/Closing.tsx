import { useEffect, useRef } from 'react';
import type { PartnerNames } from '../../app/partner-names';

interface ClosingProps {
  names: PartnerNames;
  reflections: number;
  onJournal: () => void;
  onHome: () => void;
  onLibrary: () => void;
}

/** A warm word once a session is saved, and where to go next. */
export function Closing({ names, reflections, onJournal, onHome, onLibrary }: ClosingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card closing" aria-labelledby="closing-title">
      <h2 id="closing-title" ref={heading} tabIndex={-1} className="step-heading">
        Thank you for this time together, {names.a} and {names.b}
      </h2>
      <p>
        {reflections === 0
          ? 'The session is saved.'
          : `The session is saved, and ${reflections === 1 ? 'the reflection is' : 'both reflections are'} in your journal.`}
      </p>
      <p className="quiet">Take a moment together before you move on to the rest of your day.</p>
      <div className="session-actions">
        <button type="button" className="button button-primary" onClick={onJournal}>
          Open the journal
        </button>
        <button type="button" className="button button-quiet" onClick={onLibrary}>
          More exercises
        </button>
        <button type="button" className="button button-quiet" onClick={onHome}>
          Back to home
        </button>
      </div>
    </section>
  );
}
