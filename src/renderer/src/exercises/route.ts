import type { Depth } from '../../../shared/exercises';

export type MinutesFilter = 'up-to-5' | 'up-to-10' | 'up-to-20' | 'any';
export type DepthFilter = Depth | 'any';

export interface LibraryFilters {
  minutes: MinutesFilter;
  depth: DepthFilter;
}

/** Where the couple is inside Exercises; `back` says where "Back" returns to. */
export type ExercisesRoute =
  | { view: 'library'; filters: LibraryFilters }
  | { view: 'exercise'; exerciseId: string; back: ExercisesRoute }
  | { view: 'help'; back: ExercisesRoute }
  | { view: 'session'; sessionId: string };

export const LIBRARY: ExercisesRoute = { view: 'library', filters: { minutes: 'any', depth: 'any' } };
