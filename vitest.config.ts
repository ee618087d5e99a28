import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One test file at a time: the machine has two cores, and the browser, the HTML
    // checker (Java) and the second build would otherwise starve each other.
    maxWorkers: 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/data/**/*.test.ts', 'tests/charts/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/figures/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/i18n/**/*.test.ts', 'tests/components/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Checks of the built site in dist/ that need no browser: HTML validity, links, reproducibility.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        // The smoke suite in Chromium, Firefox and WebKit (tests/helpers/engines).
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
