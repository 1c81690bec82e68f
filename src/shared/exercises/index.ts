// The exercise catalogue, parsed once at load. A content mistake throws here, in tests,
// long before a couple could meet it halfway through a session.
import { Catalogue, THEMES, type Exercise, type ExerciseInput, type ThemeId } from './schema.js';
import { activeListeningExercises } from './catalogue/active-listening.js';
import { cultivateTrustExercises } from './catalogue/cultivate-trust.js';
import { emotionalBaggageExercises } from './catalogue/emotional-baggage.js';
import { fearOfVulnerabilityExercises } from './catalogue/fear-of-vulnerability.js';
import { poorCommunicationExercises } from './catalogue/poor-communication.js';
import { practiseEmpathyExercises } from './catalogue/practise-empathy.js';
import { professionalHelpExercises } from './catalogue/professional-help.js';
import { qualityTimeExercises } from './catalogue/quality-time.js';
import { shareFeelingsExercises } from './catalogue/share-feelings.js';

export * from './schema.js';
export { PROFESSIONAL_HELP, PROFESSIONAL_HELP_TITLE } from './professional-help.js';

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
