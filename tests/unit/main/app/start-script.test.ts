import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';
import { skipBecause } from '../../../support/skip';

const hasElectron = existsSync(join(PROJECT_ROOT, 'node_modules', 'electron', 'path.txt'));

describe('npm start without an Electron binary', () => {
  it.skipIf(skipBecause(hasElectron, 'npm start without Electron', 'an Electron binary is installed here, so there is no missing binary to report'))('stops at once with one sentence naming what is missing, no stack trace', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'start.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Hearth cannot start: the Electron [\d.]+ binary is not installed/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    // It stopped before building anything.
    expect(run.stdout).toBe('');
  });
});
