export * from './contract';
export type { HearthApi } from './api';
