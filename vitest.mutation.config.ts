import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files Stryker runs (`npm run test:mutation`, test/mutation/README.md). MUTATE=emulator selects the
 * emulator's tests; anything else the client runtime's. Left out: test files that exercise a build rather than the
 * sources (bundle, package, docs), need Chromium (auth/browser) or spawn the CLI, since a mutant in src/ cannot
 * change their outcome and they would only slow every mutant down; and client/retry-after.test.ts, which waits out
 * real Retry-After seconds over sockets for branches that transport.unit and retry-policy reach with a stub sender
 * in milliseconds. No globalSetup: nothing here reads dist/.
 *
 * Also left out: the client's HTTP tests (failures, operations, resilience, waiters) and types.test.ts. In the run
 * of 2026-11-29 23:31 they were the first to fail for 9 mutants only, all now killed by the unit tests
 * (client-options.unit, the leftover-listener rows of transport.unit, paginate's refusal in runtime.unit; the
 * Retry-After date row of retry-policy), and no mutant was covered by them alone; yet every survivor of the shared
 * layer (signer, transport, senders, client) ran them whole: 2,267 of the 4,542 test runs spent on survivors.
 * They stay in `npm test`, which is where they check the client over real sockets.
 */
const CLIENT_TESTS = [
  'test/client/operation-label.test.ts',
  'test/client/operation-table.test.ts',
  'test/client/retry-policy.test.ts',
  'test/client/*.unit.test.ts',
  'test/auth/*.test.ts',
];

/**
 * The emulator's tests that run its rules and backends in the test process, fast. Left out: durability,
 * persistence and banner (they run the emulator in a child process, which per-test coverage cannot see), boundary
 * (reads import statements, runs nothing), fuzz (random requests: slow, and which mutants it kills changes from run
 * to run), concurrency (parallel bursts timed for the machine, seconds a test), faults, hygiene and auth (injected
 * faults, raw HTTP bytes and signatures: faults.ts, http.ts and auth.ts are outside the emulator target), async
 * (waits out real 202 transitions, which scenarios/ and lifecycle.test.ts also walk) and seed (one rename of a
 * seeded item, which lifecycle.test.ts and operations.test.ts also make). A mutant that survives runs every test
 * that reaches its code, so each slow file left in costs its whole run on every survivor of the shared layer.
 */
const EMULATOR_TESTS = [
  'test/emulator/accounts.test.ts',
  'test/emulator/errors.test.ts',
  'test/emulator/lifecycle.test.ts',
  'test/emulator/operations.test.ts',
  'test/emulator/pagination.test.ts',
  'test/emulator/rules.test.ts',
  'test/emulator/tag-filters.test.ts',
  'test/emulator/state.test.ts',
  'test/emulator/scenarios/*.test.ts',
  'test/emulator/*.unit.test.ts',
];

/** Needs Chromium; the Web Crypto path it drives is in auth/web-crypto.unit.test.ts too. */
const CLIENT_EXCLUDED = ['test/auth/browser.test.ts'];

/**
 * Runs the unit tests (direct calls, milliseconds each) before the HTTP tests: Stryker stops a mutant's
 * run at the first failing test, so a mutant a unit test kills never waits for a server or an emulator to start.
 */
class UnitTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const unit = (spec: TestSpecification) => (spec.moduleId.endsWith('.unit.test.ts') ? 0 : 1);
    return [...sorted].sort((a, b) => unit(a) - unit(b));
  }
}

export default defineConfig({
  test: {
    include: process.env.MUTATE === 'emulator' ? EMULATOR_TESTS : CLIENT_TESTS,
    sequence: { sequencer: UnitTestsFirst },
    // Emulator tests import the spec model and compile its schemas; sharing the module cache between files (each
    // file starts its own emulator, so no state is shared) saves that on every file of every mutant's run.
    ...(process.env.MUTATE === 'emulator' ? { isolate: false } : { exclude: CLIENT_EXCLUDED }),
    testTimeout: 20_000,
    // Each surviving signer mutant runs the property test whole: 200 random requests instead of 1,000.
    env: { ORACLE_PROPERTY_RUNS: '200' },
    pool: 'forks',
  },
});
