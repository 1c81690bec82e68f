import { useState } from 'react';
import { exerciseById, type Exercise } from '../../../shared/exercises';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { ErrorMessage, ScreenHeading } from '../ui';
import { ThemeIcon } from '../ui/theme-look';
import { firstTurnQuestion, hasTurns } from './roles';
import { StepOutline } from './StepOutline';
import { depthWord, minutesWords, pointsToHelpPage, reasonsOf, themeById } from './words';
import { Trans } from 'react-i18next';
import { useT } from '../i18n';

interface ExercisePageProps {
  exercise: Exercise;
  names: PartnerNames;
  backLabel: string;
  onBack: () => void;
  onOpenExercise: (exerciseId: string) => void;
  onHelp: () => void;
  onStarted: (sessionId: string) => void;
}

/** Everything about one exercise before it begins, and the one way to begin it. */
export function ExercisePage({ exercise, names, backLabel, onBack, onOpenExercise, onHelp, onStarted }: ExercisePageProps) {
  const { t } = useT('exercises');
  const [firstSpeaker, setFirstSpeaker] = useState<PartnerSlot>('a');
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const lighter = exercise.lighterAlternative ? exerciseById(exercise.lighterAlternative) : undefined;
  const theme = themeById(exercise.theme);

  const start = async () => {
    if (starting) return;
    setStarting(true);
    setProblem(null);
    const result = await call('sessions.start', {
      exerciseId: exercise.id,
      firstSpeaker,
      at: { utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() },
    });
    setStarting(false);
    if (!result.ok) return setProblem(result.error.message);
    onStarted(result.value.id);
  };

  return (
    <div className="exercise-page">
      <p>
        <button type="button" className="button button-quiet back-button" onClick={onBack}>
          {backLabel}
        </button>
      </p>
      {theme ? (
        <p className="exercise-theme theme-label">
          <ThemeIcon id={theme.id} size={16} />
          {theme.title}
        </p>
      ) : null}
      <ScreenHeading>{exercise.title}</ScreenHeading>
      <p className="lede">{exercise.why}</p>

      <dl className="exercise-facts">
        <div>
          <dt>{t('page.howLong')}</dt>
          <dd>{minutesWords(exercise.minutes)}</dd>
        </div>
        <div>
          <dt>{t('page.depth')}</dt>
          <dd>{depthWord(exercise.depth)}</dd>
        </div>
        <div>
          <dt>{t('page.strengthens')}</dt>
          <dd>
            <ul className="reason-list">
              {reasonsOf(exercise).map((reason) => (
                <li key={reason.id}>
                  <strong>{reason.title}.</strong> {reason.summary}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

      {exercise.safetyNote || lighter ? (
        <aside className="safety-note" aria-labelledby="safety-title">
          <h2 id="safety-title">{t('page.beforeYouStart')}</h2>
          {exercise.safetyNote ? <p>{exercise.safetyNote}</p> : null}
          {lighter ? (
            <p>
              <Trans
                t={t}
                i18nKey="page.lighter"
                values={{ title: lighter.title }}
                components={{
                  lighter: <button type="button" className="inline-button" onClick={() => onOpenExercise(lighter.id)} />,
                }}
              />
            </p>
          ) : null}
        </aside>
      ) : null}
      {pointsToHelpPage(exercise) ? (
        <p>
          <button type="button" className="button button-quiet" onClick={onHelp}>
            {t('readHelp')}
          </button>
        </p>
      ) : null}

      <section className="card exercise-start" aria-labelledby="start-title">
        <h2 id="start-title">{t('page.readyWhenYouAre')}</h2>
        {hasTurns(exercise) ? (
          <fieldset className="fieldset">
            <legend className="fieldset-legend">{firstTurnQuestion(exercise)}</legend>
            <div className="choices">
              {(['a', 'b'] as const).map((slot) => (
                <label key={slot} className="choice">
                  <input
                    type="radio"
                    name="first-speaker"
                    checked={firstSpeaker === slot}
                    onChange={() => setFirstSpeaker(slot)}
                  />
                  {names[slot]}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <p className="quiet">{t('page.stepsBelow')}</p>
        <ErrorMessage>{problem}</ErrorMessage>
        <button
          type="button"
          className="button button-primary"
          aria-disabled={starting || undefined}
          onClick={() => void start()}
        >
          {t('page.start')}
        </button>
      </section>
      <section className="exercise-steps" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('page.steps')}</h2>
        <StepOutline exercise={exercise} firstSpeaker={firstSpeaker} names={names} />
      </section>
    </div>
  );
}
