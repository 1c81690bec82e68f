import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from './support/harness-process';

/**
 * Builds the app once per run, so the tests drive today's renderer and not a stale
 * out/ (the harness alone only builds when nothing is there). Refuses to run outside
 * the private keyring: the harness writes real keychain items, which must never land in
 * the keychain of the person running the tests.
 */
export default function globalSetup(): void {
  if (process.env.HEARTH_KEYRING !== 'private') {
    throw new Error('Run the e2e tests under the private keyring: bash scripts/with-keyring.sh npx playwright test');
  }
  execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
