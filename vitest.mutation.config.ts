import { defineConfig } from 'vitest/config';

/**
 * The test files Stryker runs (`npm run test:mutation`, test/mutation/README.md). MUTATE=emulator selects the
 * emulator's tests; anything else the client runtime's. Left out: test files that exercise a build rather than the
 * sources (bundle, package, docs), need Chromium (auth/browser) or spawn the CLI, since a mutant in src/ cannot
 * change their outcome and they would only slow every mutant down; and client/retry-after.test.ts, which waits out
 * real Retry-After seconds over sockets for branches that transport.unit and retry-policy reach with a stub sender
 * in milliseconds. No globalSetup: nothing here reads dist/.
 */
const CLIENT_TESTS = [
  'test/client/failures.test.ts',
  'test/client/operation-label.test.ts',
  'test/client/operations.test.ts',
  'test/client/resilience.test.ts',
  'test/client/retry-policy.test.ts',
  'test/client/types.test.ts',
  'test/client/waiters.test.ts',
  'test/client/*.unit.test.ts',
  'test/auth/*.test.ts',
];

/** Needs Chromium; the Web Crypto path it drives is in auth/web-crypto.unit.test.ts too. */
const CLIENT_EXCLUDED = ['test/auth/browser.test.ts'];

const EMULATOR_TESTS = ['test/emulator/**/*.test.ts'];

export default defineConfig({
  test: {
    include: process.env.MUTATE === 'emulator' ? EMULATOR_TESTS : CLIENT_TESTS,
    ...(process.env.MUTATE === 'emulator' ? {} : { exclude: CLIENT_EXCLUDED }),
    testTimeout: 20_000,
    // Each surviving signer mutant runs the property test whole: 200 random requests instead of 1,000.
    env: { ORACLE_PROPERTY_RUNS: '200' },
    pool: 'forks',
  },
});
