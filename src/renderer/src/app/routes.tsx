import type { ReactElement } from 'react';
import type { JournalSummary } from '../../../shared/model';
import { BackupScreen } from '../backup';
import { CheckInScreen } from '../checkins';
import { DeckScreen } from '../deck';
import { ExercisesScreen, LIBRARY, type ExercisesRoute } from '../exercises';
import { HomeScreen } from '../home';
import { useT } from '../i18n';
import { JournalScreen } from '../journal';
import { PrivateScreen, PrivateWayIn } from '../private';
import { SettingsScreen } from '../settings';
import { SheetScreen } from '../sheet';
import { TimelineScreen } from '../timeline';
import { ScreenHeading } from '../ui';
import type { PartnerNames } from '../ui/partner-names';
import type { ScreenId } from './screens';

/** What a screen may take from the shell: who the couple are, and the ways on to other places. */
export interface RouteContext {
  names: PartnerNames;
  summary: JournalSummary;
  go: (route: ScreenId) => void;
  /** Opens the journal, its composer on a deck question if one is given. */
  openJournal: (questionId?: string | null) => void;
  openExercises: (route: ExercisesRoute) => void;
  exercisesRoute: ExercisesRoute;
  setExercisesRoute: (route: ExercisesRoute) => void;
  /** The deck question the journal's composer opens with, if any. */
  writeAbout: string | null;
  onRestored: () => void;
  setAutoLockMinutes: (minutes: number) => void;
}

export type Route = (context: RouteContext) => ReactElement;

/** One entry per place: a place without a screen, or a screen without a place, does not compile. */
export type RouteTable = { readonly [R in ScreenId]: Route };

export const ROUTES: RouteTable = {
  home: ({ names, summary, go, openJournal, openExercises }) => (
    <HomeScreen
      names={names}
      entryCount={summary.entryCount}
      onWrite={() => openJournal()}
      onExercises={openExercises}
      onCheckIn={() => go('checkins')}
      onWriteAbout={openJournal}
      onDeck={() => go('deck')}
    />
  ),
  journal: ({ names, go, writeAbout }) => (
    <>
      <PrivateWayIn onOpen={() => go('private')} />
      <JournalScreen names={names} questionId={writeAbout} />
    </>
  ),
  exercises: ({ names, go, openJournal, exercisesRoute, setExercisesRoute }) => (
    <ExercisesScreen
      names={names}
      route={exercisesRoute}
      onNavigate={setExercisesRoute}
      onHome={() => go('home')}
      onJournal={() => openJournal()}
    />
  ),
  deck: ({ openJournal }) => <DeckScreen onWriteAbout={openJournal} />,
  checkins: ({ names, openExercises }) => (
    <CheckInScreen names={names} onOpenHelp={() => openExercises({ view: 'help', back: LIBRARY })} />
  ),
  timeline: ({ names, openExercises }) => (
    <TimelineScreen
      names={names}
      onOpenExercise={(exerciseId) => openExercises(exerciseId ? { view: 'exercise', exerciseId, back: LIBRARY } : LIBRARY)}
    />
  ),
  sheet: ({ names }) => <SheetScreen names={names} />,
  backup: ({ names, onRestored, setAutoLockMinutes }) => (
    <BackupScreen names={names} onRestored={onRestored} onAutoLockChanged={setAutoLockMinutes} />
  ),
  settings: ({ setAutoLockMinutes }) => <SettingsScreen onAutoLockChanged={setAutoLockMinutes} />,
  private: ({ names, openJournal }) => <PrivateScreen names={names} onLeave={() => openJournal()} />,
};

/** Own keys only: 'constructor' or '__proto__' are not places. */
export function isRoute(route: string): route is ScreenId {
  return Object.hasOwn(ROUTES, route);
}

/**
 * The screen for a route. A route the table does not know gets a plain error and a way
 * home, never some other screen standing in for it.
 */
export function screenFor(route: string, context: RouteContext): ReactElement {
  return isRoute(route) ? ROUTES[route](context) : <UnknownRoute route={route} onHome={() => context.go('home')} />;
}

export function UnknownRoute({ route, onHome }: { route: string; onHome: () => void }) {
  const { t } = useT('app');
  return (
    <section className="unknown-route">
      {/* The heading takes focus, so a screen reader starts on the news. */}
      <ScreenHeading>{t('unknownRoute.heading')}</ScreenHeading>
      <p>{t('unknownRoute.body', { route })}</p>
      <button type="button" className="button" onClick={onHome}>
        {t('unknownRoute.home')}
      </button>
    </section>
  );
}
