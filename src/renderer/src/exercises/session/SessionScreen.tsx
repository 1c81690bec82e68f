import { useEffect, useState } from 'react';
import { exerciseById } from '../../../../shared/exercises';
import type { Session } from '../../../../shared/ipc/features/sessions';
import type { PartnerNames } from '../../ui/partner-names';
import { call } from '../../api';
import { ErrorMessage, StatusMessage } from '../../ui';
import { useFocusMode } from '../../ui/focus-mode';
import { ThemeIcon } from '../../ui/theme-look';
import { themeById } from '../words';
import { Aftercare } from './Aftercare';
import { Closing } from './Closing';
import { FearCheck } from './FearCheck';
import { EMPTY_REFLECTIONS, ReflectionForm, type ReflectionDrafts } from './ReflectionForm';
import { needsSafetyCheck } from './safety';
import { SafetyCheck } from './SafetyCheck';
import { SafetyNote } from './SafetyNote';
import { StepView } from './StepView';
import { useT } from '../../i18n';
import './session.css';

export interface SessionScreenProps {
  sessionId: string;
  names: PartnerNames;
  /** "Pause and leave": the session stays in progress, at the step it is on. */
  onLeave: () => void;
  onJournal: () => void;
  onLibrary: () => void;
  onHelp: () => void;
  /** Another session took this one's place (the lighter alternative). */
  onSession: (sessionId: string) => void;
}

/** fear, then ready: the safety steps of a deeper session; stopped: ended early, with aftercare. */
type Phase = 'fear' | 'ready' | 'steps' | 'reflect' | 'closed' | 'stopped';

const writtenNow = () => ({ utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() });

/**
 * A guided session, one step at a time. Every move is saved (sessions.moveTo) before it is
 * shown, so leaving, reloading or restarting resumes exactly here.
 */
export function SessionScreen({ sessionId, names, onLeave, onJournal, onLibrary, onHelp, onSession }: SessionScreenProps) {
  const { t } = useT('exercises');
  const [session, setSession] = useState<Session | null>(null);
  const [phase, setPhase] = useState<Phase>('steps');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [drafts, setDrafts] = useState<ReflectionDrafts>(EMPTY_REFLECTIONS);

  useEffect(() => {
    let current = true;
    void call('sessions.get', { id: sessionId }).then((result) => {
      if (!current) return;
      if (!result.ok) return setProblem(result.error.message);
      const exercise = exerciseById(result.value.exerciseId);
      setSession(result.value);
      const { status } = result.value;
      // Every resume of a deeper session asks again: yesterday's "ready" is not today's.
      setPhase(
        status === 'abandoned'
          ? 'stopped'
          : status === 'completed'
            ? 'closed'
            : exercise && needsSafetyCheck(exercise)
              ? 'fear'
              : 'steps',
      );
    });
    return () => {
      current = false;
    };
  }, [sessionId]);

  const exercise = session ? exerciseById(session.exerciseId) : undefined;
  // While the steps run, the app's navigation steps aside (Esc brings it back).
  useFocusMode(session?.status === 'in-progress' && phase === 'steps');

  if (!session || !exercise) {
    return (
      <div className="session">
        <h1 className="screen-heading">{t('session.heading')}</h1>
        <ErrorMessage>{problem ?? (session ? t('notInThisVersion') : null)}</ErrorMessage>
        {problem || session ? (
          <button type="button" className="button" onClick={onLibrary}>
            {t('backToLibrary')}
          </button>
        ) : (
          <StatusMessage>{t('session.opening')}</StatusMessage>
        )}
      </div>
    );
  }

  const last = exercise.steps.length - 1;
  const theme = themeById(exercise.theme);
  const lighter = exercise.lighterAlternative ? exerciseById(exercise.lighterAlternative) : undefined;

  const moveTo = async (stepIndex: number) => {
    if (busy) return;
    setProblem(null);
    if (stepIndex > last) return setPhase('reflect');
    setBusy(true);
    const result = await call('sessions.moveTo', { id: session.id, stepIndex });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setSession(result.value);
  };

  // "Not now" and "Not today": the session ends at once, with no question asked and no reason kept.
  const stop = async () => {
    if (session.status !== 'in-progress') return setPhase('stopped');
    setPhase('stopped');
    setProblem(null);
    const result = await call('sessions.abandon', { id: session.id });
    if (!result.ok) return setProblem(result.error.message);
    setSession(result.value);
  };

  const tryLighter = async () => {
    if (busy || !lighter) return;
    setBusy(true);
    setProblem(null);
    // Set this one aside (it has not really begun) so it does not wait on Home to be resumed.
    const abandoned =
      session.status === 'in-progress' ? await call('sessions.abandon', { id: session.id }) : ({ ok: true } as const);
    const started = abandoned.ok
      ? await call('sessions.start', { exerciseId: lighter.id, firstSpeaker: session.firstSpeaker, at: writtenNow() })
      : abandoned;
    setBusy(false);
    if (!started.ok) return setProblem(started.error.message);
    onSession(started.value.id);
  };

  const finish = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const reflections = (['a', 'b'] as const).flatMap((author) => {
      const { body, feeling } = drafts[author];
      const written = body.trim().length > 0;
      if (!written && feeling === null) return [];
      return [{ author, ...(written && { body }), ...(feeling !== null && { feeling }) }];
    });
    const result = await call('sessions.complete', { id: session.id, reflections, at: writtenNow() });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setSession(result.value);
    setPhase('closed');
  };

  const notNow = (
    <button type="button" className="button button-quiet session-not-now" onClick={() => void stop()}>
      {t('notNow')}
    </button>
  );

  return (
    <div className="session">
      <div className="session-header">
        <div>
          {theme ? (
            <p className="exercise-theme theme-label">
              <ThemeIcon id={theme.id} size={16} />
              {theme.title}
            </p>
          ) : null}
          <h1 className="screen-heading session-title">{exercise.title}</h1>
        </div>
        {/* The discreet way out, in the same place on every step: no confirmation, no question. */}
        {phase === 'steps' || phase === 'reflect' ? notNow : null}
      </div>
      {phase === 'fear' ? (
        <FearCheck exercise={exercise} onContinue={() => setPhase('ready')} onNotNow={() => void stop()} onHelp={onHelp} />
      ) : phase === 'ready' ? (
        <SafetyCheck
          exercise={exercise}
          names={names}
          resuming={session.stepIndex > 0}
          onReady={() => setPhase('steps')}
          onNotToday={() => void stop()}
        />
      ) : phase === 'stopped' ? (
        <Aftercare
          lighter={lighter}
          problem={problem}
          onLighter={() => void tryLighter()}
          onHome={onLeave}
          onHelp={onHelp}
        />
      ) : phase === 'reflect' ? (
        <>
          <ReflectionForm
            exercise={exercise}
            names={names}
            drafts={drafts}
            onDrafts={setDrafts}
            finishing={busy}
            problem={problem}
            onBack={() => setPhase('steps')}
            onFinish={() => void finish()}
          />
          <SafetyNote exercise={exercise} onHelp={onHelp} />
        </>
      ) : phase === 'closed' ? (
        <Closing names={names} reflections={session.reflections.length} onJournal={onJournal} onHome={onLeave} onLibrary={onLibrary} />
      ) : (
        <>
          <StepView
            key={session.stepIndex}
            exercise={exercise}
            stepIndex={session.stepIndex}
            firstSpeaker={session.firstSpeaker}
            names={names}
            onHelp={onHelp}
          />
          <ErrorMessage>{problem}</ErrorMessage>
          <div className="session-nav">
            <button
              type="button"
              className="button button-quiet"
              disabled={session.stepIndex === 0}
              onClick={() => void moveTo(session.stepIndex - 1)}
            >
              {t('back', { ns: 'common' })}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void moveTo(session.stepIndex + 1)}>
              {t('session.skip')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void moveTo(session.stepIndex + 1)}>
              {t('session.next')}
            </button>
          </div>
          <SafetyNote exercise={exercise} onHelp={onHelp} />
          <div className="session-leave">
            <button type="button" className="button button-quiet" onClick={onLeave}>
              {t('session.pauseAndLeave')}
            </button>
            <p className="quiet">{t('session.placeKept')}</p>
          </div>
        </>
      )}
    </div>
  );
}
