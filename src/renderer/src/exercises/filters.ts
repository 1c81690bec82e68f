import { QUICK_MAX_MINUTES, type Exercise } from '../../../shared/exercises';
import type { DepthFilter, LibraryFilters, MinutesFilter } from './route';

/** The filters' choices, in order; their labels are in the catalogue (exercises:library). */
export const MINUTES_CHOICES: readonly MinutesFilter[] = ['up-to-5', 'up-to-10', 'up-to-20', 'any'];

export const DEPTH_CHOICES: readonly DepthFilter[] = ['light', 'deeper', 'any'];

const MAX_MINUTES: Record<MinutesFilter, number> = {
  'up-to-5': QUICK_MAX_MINUTES,
  'up-to-10': 10,
  'up-to-20': 20,
  any: Infinity,
};

export const fitsFilters = (exercise: Exercise, filters: LibraryFilters): boolean =>
  exercise.minutes <= MAX_MINUTES[filters.minutes] && (filters.depth === 'any' || exercise.depth === filters.depth);
