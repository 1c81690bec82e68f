import { useEffect, useState } from 'react';
import { exerciseById } from '../../../shared/exercises';
import type { Session, Suggestion } from '../../../shared/ipc/features/sessions';
import { call } from '../api';
import { ErrorMessage } from '../ui';
import { LIBRARY, type ExercisesRoute } from './route';
import { depthWord, minutesWords } from './words';
import { Trans } from 'react-i18next';
import { locale, t as translate, useT } from '../i18n';
import './exercises.css';

interface HomeData {
  suggestion: Suggestion | null;
  inProgress: Session[];
  recent: Session[];
}

const RECENT = 3;
/** The exercise's name after a button's word, for screen readers only ("Resume Mirroring"). */
const HIDDEN = { hidden: <span className="visually-hidden" /> };

const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
const onDay = (utc: number) => dayFormat.format(new Date(utc));

const titleOf = (session: Session) => exerciseById(session.exerciseId)?.title ?? translate('exercises:home.anExercise');

/** Home's part of Exercises: today's suggestion, sessions waiting to be resumed, and the last few done. */
export function HomeExercises({ onOpen }: { onOpen: (route: ExercisesRoute) => void }) {
  const { t } = useT('exercises');
  const [data, setData] = useState<HomeData | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([call('home.suggestion'), call('sessions.inProgress'), call('sessions.recent', { limit: RECENT })]).then(
      ([suggestion, inProgress, recent]) => {
        if (!current) return;
        const failed = [suggestion, inProgress, recent].find((result) => !result.ok);
        if (failed && !failed.ok) setProblem(failed.error.message);
        setData({
          suggestion: suggestion.ok ? suggestion.value : null,
          inProgress: inProgress.ok ? inProgress.value : [],
          recent: recent.ok ? recent.value : [],
        });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const suggested = data?.suggestion ? exerciseById(data.suggestion.exerciseId) : undefined;

  return (
    <>
      <ErrorMessage>{problem}</ErrorMessage>
      {data && data.inProgress.length > 0 ? (
        <section className="card home-card" aria-labelledby="home-paused">
          <h2 id="home-paused">{t('home.waiting')}</h2>
          <ul className="home-sessions">
            {data.inProgress.map((session) => {
              const exercise = exerciseById(session.exerciseId);
              return (
                <li key={session.id} className="home-session">
                  <div>
                    <p className="home-session-title">{titleOf(session)}</p>
                    <p className="quiet home-session-detail">
                      {exercise
                        ? t('home.pausedAtStep', {
                            step: session.stepIndex + 1,
                            steps: exercise.steps.length,
                            day: onDay(session.updatedAt),
                          })
                        : t('home.pausedInProgress', { day: onDay(session.updatedAt) })}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button"
                    onClick={() => onOpen({ view: 'session', sessionId: session.id })}
                  >
                    <Trans t={t} i18nKey="home.resume" values={{ title: titleOf(session) }} components={HIDDEN} />
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {data?.suggestion && suggested ? (
        <section className="card home-card" aria-labelledby="home-suggestion">
          <h2 id="home-suggestion">{t('home.suggestion')}</h2>
          <p className="home-suggestion-title">{suggested.title}</p>
          <p>{data.suggestion.reason}</p>
          <p className="quiet">
            {minutesWords(suggested.minutes)} · {depthWord(suggested.depth)}
          </p>
          <div className="home-actions">
            <button
              type="button"
              className="button"
              onClick={() => onOpen({ view: 'exercise', exerciseId: suggested.id, back: LIBRARY })}
            >
              <Trans t={t} i18nKey="home.start" values={{ title: suggested.title }} components={HIDDEN} />
            </button>
            <button type="button" className="button button-quiet" onClick={() => onOpen(LIBRARY)}>
              {t('home.another')}
            </button>
          </div>
        </section>
      ) : null}
      {data && data.recent.length > 0 ? (
        <section className="card home-card" aria-labelledby="home-recent">
          <h2 id="home-recent">{t('home.recent')}</h2>
          <ul className="home-sessions">
            {data.recent.map((session) => (
              <li key={session.id} className="home-session">
                <div>
                  <p className="home-session-title">{titleOf(session)}</p>
                  <p className="quiet home-session-detail">
                    {session.reflections.length > 0
                      ? t('home.reflections', {
                          count: session.reflections.length,
                          day: onDay(session.completedAt ?? session.updatedAt),
                        })
                      : onDay(session.completedAt ?? session.updatedAt)}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
