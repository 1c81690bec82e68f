import { defineConfig } from '@playwright/test';

// Never `playwright install`: the system Chromium is the browser (STACK.md).
export default defineConfig({
  testDir: 'tests/e2e',
  // Each test starts its own harness and gnome-keyring is shared: one at a time.
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // The page's navigator.languages, so dates, the first day of the week, the paper size and
    // the spelling are en-US whatever the machine's LANG (tests/e2e/locale.spec.ts varies it).
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
