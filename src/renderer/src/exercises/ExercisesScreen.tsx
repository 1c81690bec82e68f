import { useLayoutEffect } from 'react';
import { exerciseById } from '../../../shared/exercises';
import type { PartnerNames } from '../ui/partner-names';
import { ErrorMessage, ScreenHeading } from '../ui';
import { ExerciseLibrary } from './ExerciseLibrary';
import { ExercisePage } from './ExercisePage';
import { ProfessionalHelp } from './ProfessionalHelp';
import { LIBRARY, type ExercisesRoute } from './route';
import { SessionScreen } from './session/SessionScreen';
import { t } from '../i18n';
import './exercises.css';

interface ExercisesScreenProps {
  names: PartnerNames;
  route: ExercisesRoute;
  onNavigate: (route: ExercisesRoute) => void;
  onHome: () => void;
  onJournal: () => void;
}

function backLabel(back: ExercisesRoute): string {
  switch (back.view) {
    case 'library':
      return t('exercises:backToLibrary');
    case 'exercise': {
      const title = exerciseById(back.exerciseId)?.title;
      return title ? t('exercises:backToExercise', { title }) : t('exercises:backToAnExercise');
    }
    case 'session':
      return t('exercises:backToSession');
    case 'help':
      return t('common:back');
  }
}

const placeOf = (route: ExercisesRoute): string =>
  route.view === 'exercise' ? `exercise:${route.exerciseId}` : route.view === 'session' ? `session:${route.sessionId}` : route.view;

/** The library, an exercise, the help page or a running session, as the route says. */
export function ExercisesScreen({ names, route, onNavigate, onHome, onJournal }: ExercisesScreenProps) {
  const place = placeOf(route);
  // A new place starts at its top (its heading takes focus too); changing a filter does not move.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [place]);

  switch (route.view) {
    case 'library':
      return (
        <ExerciseLibrary
          filters={route.filters}
          onFilters={(filters) => onNavigate({ view: 'library', filters })}
          onOpen={(exerciseId) => onNavigate({ view: 'exercise', exerciseId, back: route })}
          onHelp={() => onNavigate({ view: 'help', back: route })}
        />
      );
    case 'help':
      return <ProfessionalHelp backLabel={backLabel(route.back)} onBack={() => onNavigate(route.back)} />;
    case 'session':
      return (
        <SessionScreen
          key={route.sessionId}
          sessionId={route.sessionId}
          names={names}
          onLeave={onHome}
          onJournal={onJournal}
          onLibrary={() => onNavigate(LIBRARY)}
          onHelp={() => onNavigate({ view: 'help', back: route })}
          onSession={(sessionId) => onNavigate({ view: 'session', sessionId })}
        />
      );
    case 'exercise': {
      const exercise = exerciseById(route.exerciseId);
      if (!exercise) {
        return (
          <>
            <ScreenHeading>{t('exercises:notFound')}</ScreenHeading>
            <ErrorMessage>{t('exercises:notInThisVersion')}</ErrorMessage>
            <button type="button" className="button" onClick={() => onNavigate(LIBRARY)}>
              {t('exercises:backToLibrary')}
            </button>
          </>
        );
      }
      return (
        <ExercisePage
          key={exercise.id}
          exercise={exercise}
          names={names}
          backLabel={backLabel(route.back)}
          onBack={() => onNavigate(route.back)}
          onOpenExercise={(exerciseId) => onNavigate({ view: 'exercise', exerciseId, back: route })}
          onHelp={() => onNavigate({ view: 'help', back: route })}
          onStarted={(sessionId) => onNavigate({ view: 'session', sessionId })}
        />
      );
    }
  }
}
