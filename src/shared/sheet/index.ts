export * from './schema';
export * from './build';
export * from './blocks';
export * from './paginate';
export * from './paper';
export * from './cards';
export { dayLabel, localDay } from './date';
export { arrangeTurns, durationLabel, type SheetNames } from './turns';
