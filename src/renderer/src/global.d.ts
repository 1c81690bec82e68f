import type { HearthApi } from '../../shared/ipc/api';

// The preload (or, in tests, the harness stand-in) defines this before the app runs.
declare global {
  interface Window {
    readonly hearth: HearthApi;
  }
}

export {};
