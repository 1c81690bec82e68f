import type { Exercise } from '../../../../shared/exercises';
import { useT } from '../../i18n';

/** The exercise's safety note, kept in view on every step and after a resume, with the way to help. */
export function SafetyNote({ exercise, onHelp }: { exercise: Exercise; onHelp: () => void }) {
  const { t } = useT('exercises');
  return (
    <aside className="session-safety-note" aria-label={t('session.safetyNote')}>
      {exercise.safetyNote ? <p>{exercise.safetyNote}</p> : null}
      <p>{t('session.alwaysSafe')}</p>
      <p>
        <button type="button" className="button button-quiet" onClick={onHelp}>
          {t('helpAndCrisisLines')}
        </button>
      </p>
    </aside>
  );
}
