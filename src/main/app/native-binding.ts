import { join } from 'node:path';

/**
 * better-sqlite3 is built for one ABI. node_modules keeps Node's build (for the tests);
 * Electron loads its own build from here, which `npm start` (scripts/start.mjs) compiles.
 * scripts/start.mjs computes the same path; a unit test checks that the two agree.
 */
export function electronNativeBindingPath(appRoot: string, electronVersion: string): string {
  return join(appRoot, 'build', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/**
 * Electron's build when running inside Electron from the project; undefined (the module's own
 * build) under Node, and in a packaged app, whose node_modules electron-builder rebuilt for
 * Electron (electron-builder.yml, npmRebuild) and which carries no build/ folder.
 */
export function nativeBindingFor(
  versions: Partial<Record<string, string>>,
  appRoot: string,
  packaged: boolean = false,
): string | undefined {
  const electron = versions['electron'];
  return electron && !packaged ? electronNativeBindingPath(appRoot, electron) : undefined;
}
