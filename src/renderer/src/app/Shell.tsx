import { useEffect, useRef, useState } from 'react';
import type { AppStatus, JournalSummary } from '../../../shared/model';
import { Trans } from 'react-i18next';
import { call } from '../api';
import { LIBRARY, type ExercisesRoute } from '../exercises';
import { useT } from '../i18n';
import { useLockTriggers } from '../lock';
import { ErrorMessage } from '../ui';
import { FocusModeProvider } from '../ui/focus-mode';
import { partnerNames } from '../ui/partner-names';
import { screenFor } from './routes';
import { SCREENS, type ScreenId } from './screens';
import { TopBar } from '../ui/TopBar';

/** The open journal: navigation, the Lock button, and the current screen. */
export function Shell({ onLocked }: { onLocked: (status: AppStatus) => void }) {
  const { t } = useT('app');
  const [screen, setScreen] = useState<ScreenId>('home');
  const [summary, setSummary] = useState<JournalSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [exercisesRoute, setExercisesRoute] = useState<ExercisesRoute>(LIBRARY);
  // Counts restores: a restored journal is read again from the top (names, counts, settings).
  const [restores, setRestores] = useState(0);
  // "Write about it": the deck question the journal's composer opens with, until the next visit.
  const [writeAbout, setWriteAbout] = useState<string | null>(null);
  // A running session asks for focus mode: the navigation hides until Esc, "Show the menu" or leaving.
  const [focusMode, setFocusMode] = useState(false);
  const [menuShown, setMenuShown] = useState(false);
  const navRef = useRef<HTMLElement>(null);
  const hideNav = focusMode && !menuShown;
  const showMenu = () => {
    setMenuShown(true);
    // The keyboard goes to the menu it asked for, once it is drawn.
    requestAnimationFrame(() => navRef.current?.querySelector('button')?.focus());
  };
  useEffect(() => {
    if (!focusMode) return setMenuShown(false);
    if (menuShown) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) showMenu();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusMode, menuShown]);
  const openJournal = (questionId: string | null = null) => {
    setWriteAbout(questionId);
    setScreen('journal');
  };
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
    <FocusModeProvider value={setFocusMode}>
      <TopBar>
        {hideNav ? (
          <button type="button" className="button button-quiet show-menu" onClick={showMenu}>
            <Trans t={t} i18nKey="showMenu" components={{ kbd: <kbd /> }} />
          </button>
        ) : null}
        <nav aria-label={t('mainNav')} className="nav" ref={navRef} hidden={hideNav || undefined}>
          <ul className="nav-list">
            {SCREENS.map(({ id }) => (
              <li key={id}>
                <button
                  type="button"
                  className="nav-link"
                  aria-current={screen === id ? 'page' : undefined}
                  onClick={() => (id === 'exercises' ? openExercises(LIBRARY) : id === 'journal' ? openJournal() : setScreen(id))}
                >
                  {t(`screens.${id}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="button button-quiet lock-button" onClick={() => void lock()}>
          {t('lock')}
        </button>
      </TopBar>
      {/* After a restore, a screen other than Backup still showing is built again from the restored journal. */}
      <main className="page" key={screen === 'backup' ? 'backup' : restores}>
        <ErrorMessage>{problem}</ErrorMessage>
        {!names || !summary ? (
          <p role="status" className="quiet">
            {t('openingJournal')}
          </p>
        ) : (
          screenFor(screen, {
            names,
            summary,
            go: setScreen,
            openJournal,
            openExercises,
            exercisesRoute,
            setExercisesRoute,
            writeAbout,
            onRestored: () => {
              setRestores((n) => n + 1);
              setExercisesRoute(LIBRARY);
            },
            setAutoLockMinutes,
          })
        )}
      </main>
    </FocusModeProvider>
  );
}
