import { defineConfig } from '@playwright/test';

// Checks that need a real Electron (tests/electron): run after `npm run build`. Where no
// Electron binary is installed they are skipped, and the report says so.
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
});
