import { useEffect, useState } from 'react';
import type { AppStatus, JournalSummary } from '../../../shared/model';
import { call } from '../api';
import { BackupScreen } from '../backup';
import { CheckInScreen } from '../checkins';
import { ExercisesScreen, LIBRARY, type ExercisesRoute } from '../exercises';
import { HomeScreen } from '../home/HomeScreen';
import { JournalScreen } from '../journal/JournalScreen';
import { useLockTriggers } from '../lock/use-lock-triggers';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SheetScreen } from '../sheet/SheetScreen';
import { TimelineScreen } from '../timeline';
import { ErrorMessage } from '../ui';
import { partnerNames } from './partner-names';
import { SCREENS, type ScreenId } from './screens';
import { TopBar } from './TopBar';

/** The open journal: navigation, the Lock button, and the current screen. */
export function Shell({ onLocked }: { onLocked: (status: AppStatus) => void }) {
  const [screen, setScreen] = useState<ScreenId>('home');
  const [summary, setSummary] = useState<JournalSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [exercisesRoute, setExercisesRoute] = useState<ExercisesRoute>(LIBRARY);
  // Counts restores: a restored journal is read again from the top (names, counts, settings).
  const [restores, setRestores] = useState(0);
  const openExercises = (route: ExercisesRoute) => {
    setExercisesRoute(route);
    setScreen('exercises');
  };

  // Re-read on every visit to a screen, so Home's count includes what was just written.
  useEffect(() => {
    let current = true;
    // Locked behind our back (another window, or auto-lock later): show what main now says.
    const relock = async () => {
      const status = await call('app.status');
      if (current && status.ok) onLocked(status.value);
    };
    void call('journal.summary').then((result) => {
      if (!current) return;
      if (result.ok) setSummary(result.value);
      else if (result.error.code === 'LOCKED') void relock();
      else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [screen, onLocked, restores]);

  const lock = async () => {
    const result = await call('vault.lock');
    if (result.ok) onLocked(result.value);
    else setProblem(result.error.message);
  };
  // Ctrl/Cmd+L and the idle timer lock as the button does; locking unmounts this whole shell.
  const { setAutoLockMinutes } = useLockTriggers(lock);

  const names = summary ? partnerNames(summary) : null;

  return (
    <>
      <TopBar>
        <nav aria-label="Main" className="nav">
          <ul className="nav-list">
            {SCREENS.map(({ id, label }) => (
              <li key={id}>
                <button
                  type="button"
                  className="nav-link"
                  aria-current={screen === id ? 'page' : undefined}
                  onClick={() => (id === 'exercises' ? openExercises(LIBRARY) : setScreen(id))}
                >
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="button button-quiet lock-button" onClick={() => void lock()}>
          Lock
        </button>
      </TopBar>
      {/* After a restore, a screen other than Backup still showing is built again from the restored journal. */}
      <main className="page" key={screen === 'backup' ? 'backup' : restores}>
        <ErrorMessage>{problem}</ErrorMessage>
        {!names || !summary ? (
          <p role="status" className="quiet">
            Opening your journal…
          </p>
        ) : screen === 'home' ? (
          <HomeScreen
            names={names}
            entryCount={summary.entryCount}
            onWrite={() => setScreen('journal')}
            onExercises={openExercises}
            onCheckIn={() => setScreen('checkins')}
          />
        ) : screen === 'exercises' ? (
          <ExercisesScreen
            names={names}
            route={exercisesRoute}
            onNavigate={setExercisesRoute}
            onHome={() => setScreen('home')}
            onJournal={() => setScreen('journal')}
          />
        ) : screen === 'checkins' ? (
          <CheckInScreen names={names} onOpenHelp={() => openExercises({ view: 'help', back: LIBRARY })} />
        ) : screen === 'timeline' ? (
          <TimelineScreen
            names={names}
            onOpenExercise={(exerciseId) =>
              openExercises(exerciseId ? { view: 'exercise', exerciseId, back: LIBRARY } : LIBRARY)
            }
          />
        ) : screen === 'sheet' ? (
          <SheetScreen names={names} />
        ) : screen === 'backup' ? (
          <BackupScreen
            names={names}
            onRestored={() => {
              setRestores((n) => n + 1);
              setExercisesRoute(LIBRARY);
            }}
            onAutoLockChanged={setAutoLockMinutes}
          />
        ) : screen === 'settings' ? (
          <SettingsScreen onAutoLockChanged={setAutoLockMinutes} />
        ) : (
          <JournalScreen names={names} />
        )}
      </main>
    </>
  );
}
