// The exercise catalogue, parsed once at load. A content mistake throws here, in tests,
// long before a couple could meet it halfway through a session.
import { Catalogue, THEMES, type Exercise, type ExerciseInput, type ThemeId } from './schema';
import { activeListeningExercises } from './catalogue/active-listening';
import { cultivateTrustExercises } from './catalogue/cultivate-trust';
import { emotionalBaggageExercises } from './catalogue/emotional-baggage';
import { fearOfVulnerabilityExercises } from './catalogue/fear-of-vulnerability';
import { poorCommunicationExercises } from './catalogue/poor-communication';
import { practiseEmpathyExercises } from './catalogue/practise-empathy';
import { professionalHelpExercises } from './catalogue/professional-help';
import { qualityTimeExercises } from './catalogue/quality-time';
import { shareFeelingsExercises } from './catalogue/share-feelings';

export * from './schema';
export { PROFESSIONAL_HELP, PROFESSIONAL_HELP_TITLE } from './professional-help';

// A Record keyed by theme: forgetting a theme's file is a type error.
const SOURCES: Record<ThemeId, readonly ExerciseInput[]> = {
  'cultivate-trust': cultivateTrustExercises,
  'active-listening': activeListeningExercises,
  'share-feelings': shareFeelingsExercises,
  'practise-empathy': practiseEmpathyExercises,
  'quality-time': qualityTimeExercises,
  'professional-help': professionalHelpExercises,
  'fear-of-vulnerability': fearOfVulnerabilityExercises,
  'poor-communication': poorCommunicationExercises,
  'emotional-baggage': emotionalBaggageExercises,
};

function collect(): ExerciseInput[] {
  return THEMES.flatMap(({ id }) =>
    SOURCES[id].map((exercise) => {
      if (exercise.theme !== id) {
        throw new Error(`Exercise "${exercise.id}" is filed under "${id}" but its theme is "${exercise.theme}".`);
      }
      return exercise;
    }),
  );
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Every exercise, in theme order (the article's order), parsed and frozen. */
export const CATALOGUE: readonly Exercise[] = deepFreeze(Catalogue.parse(collect()));

const BY_ID: ReadonlyMap<string, Exercise> = new Map(CATALOGUE.map((exercise) => [exercise.id, exercise]));

const BY_THEME: ReadonlyMap<ThemeId, readonly Exercise[]> = new Map(
  THEMES.map(({ id }) => [id, Object.freeze(CATALOGUE.filter((exercise) => exercise.theme === id))]),
);

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

export function exercisesByTheme(theme: ThemeId): readonly Exercise[] {
  return BY_THEME.get(theme) ?? [];
}
