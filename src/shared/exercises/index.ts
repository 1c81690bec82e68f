// The exercise catalogue, parsed once at load. A content mistake throws here, in tests,
// long before a couple could meet it halfway through a session.
import { Catalogue, THEMES, isQuick, type Exercise, type ExerciseInput, type ThemeId } from './schema';
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
export * from './repair-phrases';

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

/**
 * Exercises merged into another, by their old id. Saved sessions, sheets and timeline links keep
 * the id they were saved with, so the old id must still open the exercise that replaced it.
 * `steps` is how many steps the old exercise had: a session paused part-way resumes by step
 * number, so the replacement must have at least as many.
 */
export const MERGED_EXERCISE_IDS: Readonly<Record<string, { readonly into: string; readonly steps: number }>> = deepFreeze({
  'that-makes-sense-because': { into: 'mirror-and-make-sense', steps: 5 },
});

const BY_ID: ReadonlyMap<string, Exercise> = new Map(CATALOGUE.map((exercise) => [exercise.id, exercise]));

for (const [oldId, { into, steps }] of Object.entries(MERGED_EXERCISE_IDS)) {
  const target = BY_ID.get(into);
  if (BY_ID.has(oldId)) throw new Error(`"${oldId}" is both a live exercise and merged into "${into}".`);
  if (!target) throw new Error(`"${oldId}" is merged into "${into}", which is not in the catalogue.`);
  if (target.steps.length < steps) {
    throw new Error(`"${into}" has fewer steps than "${oldId}" had, so a paused session of it could not resume.`);
  }
}

const BY_THEME: ReadonlyMap<ThemeId, readonly Exercise[]> = new Map(
  THEMES.map(({ id }) => [id, Object.freeze(CATALOGUE.filter((exercise) => exercise.theme === id))]),
);

/** The exercise with this id, or the one it was merged into; undefined if Hearth has neither. */
export function exerciseById(id: string): Exercise | undefined {
  const merged = Object.hasOwn(MERGED_EXERCISE_IDS, id) ? MERGED_EXERCISE_IDS[id] : undefined;
  return BY_ID.get(id) ?? (merged ? BY_ID.get(merged.into) : undefined);
}

export function exercisesByTheme(theme: ThemeId): readonly Exercise[] {
  return BY_THEME.get(theme) ?? [];
}

/** Exercises of 5 minutes or less, in catalogue order: for the evenings with only a moment. */
export const QUICK_EXERCISES: readonly Exercise[] = Object.freeze(CATALOGUE.filter(isQuick));
