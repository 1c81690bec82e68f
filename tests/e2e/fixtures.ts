import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { spawnHarness, type HarnessProcess } from './support/harness-process';

export interface HarnessControl {
  /** Where the running harness serves the app. */
  readonly url: string;
  /** Stops the harness (it locks the journal on the way out); resolves with its exit code. */
  stop(): Promise<number | null>;
  /** Starts a new harness process on the same data dir, as reopening the app would; returns its URL. */
  restart(env?: NodeJS.ProcessEnv): Promise<string>;
}

interface HarnessFixtures {
  /** A fresh folder for this test's journal (not yet created: the app makes it), removed afterwards. */
  dataDir: string;
  /** The harness process serving the real core over `dataDir`, started for this test. */
  harness: HarnessControl;
  /** The URL of that harness when the test began. */
  harnessUrl: string;
}

export const test = base.extend<HarnessFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  dataDir: async ({}, use) => {
    const parent = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
    await use(join(parent, 'journal'));
    rmSync(parent, { recursive: true, force: true });
  },

  harness: async ({ dataDir }, use) => {
    let running: HarnessProcess | null = await spawnHarness(dataDir);
    const control: HarnessControl = {
      get url() {
        if (!running) throw new Error('the harness is stopped');
        return running.url;
      },
      async stop() {
        const current = running;
        running = null;
        return current ? current.stop() : null;
      },
      async restart(env) {
        await control.stop();
        running = await spawnHarness(dataDir, env);
        return running.url;
      },
    };
    await use(control);
    await control.stop();
  },

  harnessUrl: async ({ harness }, use) => {
    await use(harness.url);
  },
});

export { expect } from '@playwright/test';
