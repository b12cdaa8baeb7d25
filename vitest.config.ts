import { defineConfig } from 'vitest/config';
import { WEB_ALIASES } from './web/aliases.js';

// Three tiers (STYLE.md): pure unit tests, integration tests against one real embedded
// Neo4j started once per run, and browser tests in Debian's Chromium.
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        // Tests of every tier import the web app's modules, which name their shared code `@shared/...`.
        resolve: { alias: WEB_ALIASES },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: WEB_ALIASES },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          // One database, two cores: files run one after another so that tests asserting
          // "nothing else changed" cannot see another file's writes.
          fileParallelism: false,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias: WEB_ALIASES },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // Builds the web app if stale and starts the app as `npm start` does (own Neo4j,
          // demo seed) on free ports; each file launches Chromium once.
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
