export { ExercisesScreen } from './ExercisesScreen';
export { HomeExercises } from './HomeExercises';
export { ReflectionLabel } from './ReflectionLabel';
export { LIBRARY, type ExercisesRoute } from './route';
