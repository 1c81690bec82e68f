import { useEffect, useRef } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import { useT } from '../../i18n';

interface FearCheckProps {
  exercise: Exercise;
  onContinue: () => void;
  onNotNow: () => void;
  onHelp: () => void;
}

/** Before a deeper exercise: couples work is not for a relationship where someone is afraid. */
export function FearCheck({ exercise, onContinue, onNotNow, onHelp }: FearCheckProps) {
  const { t } = useT('exercises');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card safety-check fear-check" aria-labelledby="fear-check-title">
      <h2 id="fear-check-title" ref={heading} tabIndex={-1} className="step-heading">
        {t('fear.heading')}
      </h2>
      <p>
        {t(exercise.asksAboutPartnerHurt ? 'fear.asksAboutHurt' : 'fear.deeper')} {t('fear.advice')}
      </p>
      <p className="fear-check-help">
        <button type="button" className="button" onClick={onHelp}>
          {t('helpAndCrisisLines')}
        </button>
      </p>
      <div className="session-actions">
        <button type="button" className="button button-primary" onClick={onContinue}>
          {t('fear.continue')}
        </button>
        <button type="button" className="button button-quiet" onClick={onNotNow}>
          {t('notNow')}
        </button>
      </div>
    </section>
  );
}
