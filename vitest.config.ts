import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each file gets its own keychain account namespace; files run one at a time
          // because they share one gnome-keyring daemon.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
