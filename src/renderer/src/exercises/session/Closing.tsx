import { useEffect, useRef } from 'react';
import type { PartnerNames } from '../../ui/partner-names';
import { useT } from '../../i18n';

interface ClosingProps {
  names: PartnerNames;
  reflections: number;
  onJournal: () => void;
  onHome: () => void;
  onLibrary: () => void;
}

/** A warm word once a session is saved, and where to go next. */
export function Closing({ names, reflections, onJournal, onHome, onLibrary }: ClosingProps) {
  const { t } = useT('exercises');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="card closing" aria-labelledby="closing-title">
      <h2 id="closing-title" ref={heading} tabIndex={-1} className="step-heading">
        {t('closing.heading', { a: names.a, b: names.b })}
      </h2>
      <p>
        {t(reflections === 0 ? 'closing.saved' : reflections === 1 ? 'closing.savedOne' : 'closing.savedBoth')}
      </p>
      <p className="quiet">{t('closing.moment')}</p>
      <div className="session-actions">
        <button type="button" className="button button-primary" onClick={onJournal}>
          {t('closing.journal')}
        </button>
        <button type="button" className="button button-quiet" onClick={onLibrary}>
          {t('closing.more')}
        </button>
        <button type="button" className="button button-quiet" onClick={onHome}>
          {t('backHome')}
        </button>
      </div>
    </section>
  );
}
