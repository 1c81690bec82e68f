import { useEffect, useRef, useState } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import type { PartnerSlot } from '../../../../shared/model';
import type { PartnerNames } from '../../app/partner-names';
import { ALWAYS_SAFE } from './safety';

interface SafetyCheckProps {
  exercise: Exercise;
  names: PartnerNames;
  resuming: boolean;
  /** Both partners said they are ready. */
  onReady: () => void;
  /** Either partner said "Not today". */
  onNotToday: () => void;
}

const SLOTS: readonly PartnerSlot[] = ['a', 'b'];

/**
 * Are you both rested and willing? Each partner answers for themself, and the session begins
 * only once both have said yes: one person's "ready" never speaks for two.
 */
export function SafetyCheck({ exercise, names, resuming, onReady, onNotToday }: SafetyCheckProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [ready, setReady] = useState<Record<PartnerSlot, boolean>>({ a: false, b: false });
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const answer = (slot: PartnerSlot) => {
    const next = { ...ready, [slot]: !ready[slot] };
    setReady(next);
    if (next.a && next.b) onReady();
  };

  const saidReady = SLOTS.find((slot) => ready[slot]);
  const waiting = SLOTS.find((slot) => !ready[slot]);
  const status = saidReady && waiting ? `${names[saidReady]} is ready. Waiting for ${names[waiting]}.` : '';

  return (
    <section className="card safety-check" aria-labelledby="safety-check-title">
      <h2 id="safety-check-title" ref={heading} tabIndex={-1} className="step-heading">
        Are you both rested and willing right now?
      </h2>
      <p>
        {resuming ? 'Before you carry on, each' : 'Each'} of you answers for yourself. If either of you is tired,
        rushed or already upset, “Not today” is a good answer.
      </p>
      {exercise.safetyNote ? <p className="safety-check-note">{exercise.safetyNote}</p> : null}
      {exercise.safetyNote?.includes('skipped') ? null : <p>{ALWAYS_SAFE}</p>}
      <div className="ready-partners">
        {SLOTS.map((slot) => (
          <fieldset key={slot} className="fieldset ready-partner">
            <legend className="fieldset-legend">{names[slot]}</legend>
            <div className="ready-answers">
              <button
                type="button"
                className={ready[slot] ? 'button button-primary' : 'button'}
                aria-pressed={ready[slot]}
                onClick={() => answer(slot)}
              >
                I’m ready
              </button>
              <button type="button" className="button button-quiet" onClick={onNotToday}>
                Not today
              </button>
            </div>
          </fieldset>
        ))}
      </div>
      <p role="status" className="ready-status">
        {status}
      </p>
    </section>
  );
}
