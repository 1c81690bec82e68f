import { QUICK_MAX_MINUTES, type Exercise } from '../../../shared/exercises';
import type { DepthFilter, LibraryFilters, MinutesFilter } from './route';

export const MINUTES_CHOICES: readonly { value: MinutesFilter; label: string }[] = [
  { value: 'up-to-5', label: '5 or less' },
  { value: 'up-to-10', label: 'Up to 10' },
  { value: 'up-to-20', label: 'Up to 20' },
  { value: 'any', label: 'Any' },
];

export const DEPTH_CHOICES: readonly { value: DepthFilter; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'deeper', label: 'Deeper' },
  { value: 'any', label: 'Any' },
];

const MAX_MINUTES: Record<MinutesFilter, number> = {
  'up-to-5': QUICK_MAX_MINUTES,
  'up-to-10': 10,
  'up-to-20': 20,
  any: Infinity,
};

export const fitsFilters = (exercise: Exercise, filters: LibraryFilters): boolean =>
  exercise.minutes <= MAX_MINUTES[filters.minutes] && (filters.depth === 'any' || exercise.depth === filters.depth);
