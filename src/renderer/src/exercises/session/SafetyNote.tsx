import type { Exercise } from '../../../../shared/exercises';
import { ALWAYS_SAFE } from './safety';

/** The exercise's safety note, kept in view on every step and after a resume, with the way to help. */
export function SafetyNote({ exercise, onHelp }: { exercise: Exercise; onHelp: () => void }) {
  return (
    <aside className="session-safety-note" aria-label="Safety note">
      {exercise.safetyNote ? <p>{exercise.safetyNote}</p> : null}
      <p>{ALWAYS_SAFE}</p>
      <p>
        <button type="button" className="button button-quiet" onClick={onHelp}>
          Help and crisis lines
        </button>
      </p>
    </aside>
  );
}
