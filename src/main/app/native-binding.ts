import { join } from 'node:path';

/**
 * better-sqlite3 is built for one ABI. node_modules keeps Node's build (for the tests);
 * Electron loads its own build from here, which `npm start` (scripts/start.mjs) compiles.
 * scripts/start.mjs computes the same path; a unit test checks that the two agree.
 */
export function electronNativeBindingPath(appRoot: string, electronVersion: string): string {
  return join(appRoot, 'build', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** Electron's build when running inside Electron; undefined (Node's own build) otherwise. */
export function nativeBindingFor(
  versions: Partial<Record<string, string>>,
  appRoot: string,
): string | undefined {
  const electron = versions['electron'];
  return electron ? electronNativeBindingPath(appRoot, electron) : undefined;
}
