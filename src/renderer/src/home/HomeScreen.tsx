import type { PartnerNames } from '../ui/partner-names';
import { FirstFortnight, TodaysQuestion } from '../deck';
import { HomeExercises, LIBRARY, type ExercisesRoute } from '../exercises';
import { useT } from '../i18n';
import { ErrorMessage, ScreenHeading } from '../ui';
import { LatestEntry, OnThisDay, Streak } from './HomeSections';
import { useHome } from './use-home';
import './home.css';

/**
 * Where the open journal starts. One next thing first, with the one primary action: a session
 * left part-way, else today's question, else the suggestion. Then what is theirs: memories
 * from a month and a year ago, the gentle streak, the newest entry. The rest comes after.
 */
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
  const { t } = useT('home');
  const { data, problem } = useHome();
  const paused = Boolean(onExercises && data && data.inProgress.length > 0);
  const question = onWriteAbout ? <TodaysQuestion onWriteAbout={onWriteAbout} {...(onDeck ? { onDeck } : {})} /> : null;
  // Exercises' part of Home (sessions waiting, the suggestion, the last few done) shows once:
  // first when a session is waiting or there is no question, else after what is theirs.
  const exercises = onExercises ? <HomeExercises onOpen={onExercises} /> : null;
  const next = paused ? 'session' : question ? 'question' : 'suggestion';

  return (
    <div className="home">
      <ScreenHeading>{t('greeting', { a: names.a, b: names.b })}</ScreenHeading>
      <ErrorMessage>{problem}</ErrorMessage>
      {!data ? null : (
        <>
          <div className={`home-next home-next-${next}`}>{next === 'question' ? question : exercises}</div>
          <OnThisDay memories={data.memories} names={names} />
          <div className="home-ours">
            {data.streak ? <Streak {...data.streak} /> : null}
            <LatestEntry entry={data.latest} entryCount={entryCount} names={names} onWrite={onWrite} />
          </div>
          {/* The rest in pairs, each row's cards one height (see home.css). */}
          <div className="home-more">
          {next === 'session' ? question : null}
          {onExercises ? (
            <FirstFortnight onOpenExercise={(exerciseId) => onExercises({ view: 'exercise', exerciseId, back: LIBRARY })} />
          ) : null}
          {next === 'question' ? exercises : null}
          {onCheckIn ? (
            <section className="card home-card" aria-labelledby="home-checkin">
              <h2 id="home-checkin">{t('checkInTitle')}</h2>
              <p className="quiet">{t('checkInWhy')}</p>
              <button type="button" className="button" onClick={onCheckIn}>
                {t('checkIn')}
              </button>
            </section>
          ) : null}
          </div>
        </>
      )}
    </div>
  );
}
