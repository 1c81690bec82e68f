import { useEffect, useRef } from 'react';
import type { Exercise } from '../../../../shared/exercises';
import { ErrorMessage } from '../../ui';
import { useT } from '../../i18n';

interface AftercareProps {
  lighter: Exercise | undefined;
  problem: string | null;
  onLighter: () => void;
  onHome: () => void;
  onHelp: () => void;
}

/** After "Not now" or "Not today": what to do next, that stopping is fine, and something gentler. */
export function Aftercare({ lighter, problem, onLighter, onHome, onHelp }: AftercareProps) {
  const { t } = useT('exercises');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card safety-check aftercare" aria-labelledby="aftercare-title">
      <h2 id="aftercare-title" ref={heading} tabIndex={-1} className="step-heading">
        {t('aftercare.heading')}
      </h2>
      <p>{t('aftercare.allowed')}</p>
      <h3 className="step-prompts-title">{t('aftercare.nextMinutes')}</h3>
      <ul className="help-list aftercare-list">
        <li>{t('aftercare.breathe')}</li>
        <li>{t('aftercare.water')}</li>
        <li>{t('aftercare.calm')}</li>
        <li>{t('aftercare.kindWord')}</li>
      </ul>
      <ErrorMessage>{problem}</ErrorMessage>
      {lighter ? (
        <>
          <p>{t('aftercare.lighterThere')}</p>
          <p>
            <button type="button" className="button" onClick={onLighter}>
              {t('aftercare.tryLighter', { title: lighter.title })}
            </button>
          </p>
        </>
      ) : (
        <p>{t('aftercare.anotherDay')}</p>
      )}
      <div className="session-actions">
        <button type="button" className="button button-primary" onClick={onHome}>
          {t('backHome')}
        </button>
        <button type="button" className="button button-quiet" onClick={onHelp}>
          {t('helpAndCrisisLines')}
        </button>
      </div>
    </section>
  );
}
