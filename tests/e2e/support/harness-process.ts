import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface HarnessProcess {
  url: string;
  /** SIGTERM, so the harness locks the journal; resolves with its exit code. */
  stop(): Promise<number | null>;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * Starts `tests/harness/cli.ts` as a child and waits for its HARNESS_URL line. `args` go to the
 * harness after `--data-dir` (e.g. `--sync-dir`, for a second computer).
 */
export function spawnHarness(dataDir: string, env: NodeJS.ProcessEnv = process.env, args: readonly string[] = []): Promise<HarnessProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/cli.ts', '--data-dir', dataDir, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  // Everything the process prints, kept for tests that scan the app's logs for journal text.
  const logFile = env.HEARTH_TEST_LOG_FILE;
  if (logFile) {
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (text: string) => appendFileSync(logFile, text));
  }

  const stop = async (): Promise<number | null> => {
    if (!exited(child)) {
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await done;
      clearTimeout(killer);
    }
    return child.exitCode;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`harness printed no HARNESS_URL within ${READY_TIMEOUT_MS} ms\n${stderr}`));
    }, READY_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited (${code}) before it was ready\n${stderr}`));
    });
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      const match = /^HARNESS_URL=(\S+)$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[1]!, stop });
    });
  });
}
