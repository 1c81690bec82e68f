#!/usr/bin/env node
// `npm test`: everything this machine can run, in order, stopping at the first failure:
// typecheck, layering, security (Electronegativity), build, unit, integration (real
// gnome-keyring), e2e (real Chromium), and the Electron-only tests (which say plainly when
// no Electron binary exists).
// It ends with one line of totals summed from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Not under test-results/: Playwright empties that folder when it starts.
const reports = join('.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const withKeyring = ['bash', 'scripts/with-keyring.sh'];
const vitest = (project) => [
  'npx', 'vitest', 'run', '--project', project,
  '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/${project}.vitest.json`,
];
const playwright = (name, config) => ['npx', 'playwright', 'test', ...(config ? ['-c', config] : []), '--reporter=list,json'];

const steps = [
  ['typecheck', ['npm', 'run', '-s', 'typecheck']],
  ['layering', ['npm', 'run', '-s', 'lint:layers']],
  ['security', ['npm', 'run', '-s', 'lint:security']],
  ['build', ['npm', 'run', '-s', 'build']],
  ['unit', vitest('unit')],
  ['integration', [...withKeyring, ...vitest('integration')]],
  ['e2e', [...withKeyring, ...playwright('e2e')], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.playwright.json` }],
];
if (existsSync('playwright.electron.config.ts')) {
  // Under the private keyring too: the lock-events check makes a journal, whose key the app keeps there.
  steps.push(['electron', [...withKeyring, ...playwright('electron', 'playwright.electron.config.ts')], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/electron.playwright.json` }]);
}

const only = process.argv.slice(2);
let failedStep = null;
for (const [name, [command, ...args], env = {}] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n── ${name} ──`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) {
    failedStep = name;
    break;
  }
}

// Totals across runners, read from their JSON reports.
let passed = 0, failed = 0, skipped = 0;
for (const [name] of steps) {
  const vitestReport = join(reports, `${name}.vitest.json`);
  const playwrightReport = join(reports, `${name}.playwright.json`);
  if (existsSync(vitestReport)) {
    const r = JSON.parse(readFileSync(vitestReport, 'utf8'));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } else if (existsSync(playwrightReport)) {
    const s = JSON.parse(readFileSync(playwrightReport, 'utf8')).stats;
    passed += s.expected + s.flaky; failed += s.unexpected; skipped += s.skipped;
  }
}
if (failedStep) console.error(`\nnpm test stopped: the ${failedStep} step failed.`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStep || failed > 0 ? 1 : 0);
