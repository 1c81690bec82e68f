import { useEffect, useRef, useState } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import type { PartnerSlot } from '../../../../shared/model';
import type { PartnerNames } from '../../ui/partner-names';
import { useT } from '../../i18n';

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
  const { t } = useT('exercises');
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
  const status = saidReady && waiting ? t('ready.waiting', { ready: names[saidReady], waiting: names[waiting] }) : '';

  return (
    <section className="card safety-check" aria-labelledby="safety-check-title">
      <h2 id="safety-check-title" ref={heading} tabIndex={-1} className="step-heading">
        {t('ready.heading')}
      </h2>
      <p>
        {t(resuming ? 'ready.eachResuming' : 'ready.each')} {t('ready.notTodayIsFine')}
      </p>
      {exercise.safetyNote ? <p className="safety-check-note">{exercise.safetyNote}</p> : null}
      {exercise.safetyNote?.includes('skipped') ? null : <p>{t('session.alwaysSafe')}</p>}
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
                {t('ready.imReady')}
              </button>
              <button type="button" className="button button-quiet" onClick={onNotToday}>
                {t('ready.notToday')}
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
