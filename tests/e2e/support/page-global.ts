import type { HearthApi } from '../../../src/shared/ipc/api';

/**
 * `window` as the tests' page functions use it. The node tsconfig has no DOM lib (so main's
 * code cannot lean on browser globals); tests name the few things they reach for instead.
 * Use only as a type: page functions are serialised and cannot close over imports.
 */
export interface PageGlobal {
  hearth: HearthApi;
  scrollTo(x: number, y: number): void;
}
