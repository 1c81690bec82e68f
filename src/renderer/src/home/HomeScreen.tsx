import type { PartnerNames } from '../app/partner-names';
import { FirstFortnight, TodaysQuestion } from '../deck';
import { HomeExercises, LIBRARY, type ExercisesRoute } from '../exercises';
import { ScreenHeading } from '../ui';
import './home.css';

const countSentence = (count: number): string =>
  count === 0 ? 'Nothing written yet.' : `${count.toLocaleString()} ${count === 1 ? 'entry' : 'entries'} so far.`;

/** Where the open journal starts: who it belongs to, how much is in it, and a way in. */
export function HomeScreen({
  names,
  entryCount,
  onWrite,
  onExercises,
  onCheckIn,
  onWriteAbout,
  onDeck,
}: {
  names: PartnerNames;
  entryCount: number;
  onWrite: () => void;
  /** Opens Exercises at a place: the suggestion, the library, a session to resume. */
  onExercises?: (route: ExercisesRoute) => void;
  /** Opens Check-ins. */
  onCheckIn?: () => void;
  /** Opens the journal's composer with a deck question attached ("write about it"). */
  onWriteAbout?: (questionId: string) => void;
  /** Opens the conversation deck. */
  onDeck?: () => void;
}) {
  return (
    <div className="home">
      <ScreenHeading>
        Good to see you, {names.a} and {names.b}
      </ScreenHeading>
      {onWriteAbout ? <TodaysQuestion onWriteAbout={onWriteAbout} {...(onDeck ? { onDeck } : {})} /> : null}
      {onExercises ? (
        <FirstFortnight onOpenExercise={(exerciseId) => onExercises({ view: 'exercise', exerciseId, back: LIBRARY })} />
      ) : null}
      <section className="card home-card" aria-labelledby="home-journal">
        <h2 id="home-journal">Your journal</h2>
        <p className="home-count">{countSentence(entryCount)}</p>
        <p className="quiet">A few honest lines, written alone or side by side, are plenty.</p>
        <button type="button" className="button button-primary" onClick={onWrite}>
          Write in the journal
        </button>
      </section>
      {onExercises ? <HomeExercises onOpen={onExercises} /> : null}
      {onCheckIn ? (
        <section className="card home-card" aria-labelledby="home-checkin">
          <h2 id="home-checkin">How are you both?</h2>
          <p className="quiet">A one-minute check-in, each of you on your own: how close, safe and heard you feel.</p>
          <button type="button" className="button" onClick={onCheckIn}>
            Check in
          </button>
        </section>
      ) : null}
    </div>
  );
}
