// Mutation testing (`npm run test:mutation`, see test/mutation/README.md). MUTATE picks the target: `client`
// (the runtime in src/ without the emulator, the spec model and the CLI) or `emulator` (its rules and backends).
// Two test processes by default, one a core of the 2-core CI machine the 30-minute budget is set for;
// STRYKER_CONCURRENCY=1 on a machine shared with other work.
const target = process.env.MUTATE === 'emulator' ? 'emulator' : 'client';
// A partial run (`-- --mutate <file>`) can write its reports under another name so the full ones stay.
const reportName = process.env.STRYKER_REPORT_NAME ?? target;

const MUTATE = {
  client: ['src/**/*.ts', '!src/emulator/**', '!src/spec/**', '!src/cli/**', '!src/**/index.ts'],
  emulator: ['src/emulator/backends/**/*.ts', 'src/emulator/{state,lifecycle,checks,paging,tagging,conform}.ts'],
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: MUTATE[target],
  // Each mutant runs only the tests that cover it; static mutants (module-level values) would need the whole set
  // of test files each, so they are left out of the score.
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  // Added to 1.5 × the covering tests' own time; a mutant that loops forever costs this much, so it is kept short.
  timeoutMS: 8_000,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  // Reruns test only the mutants whose code or covering tests changed since the last run of the same target.
  incremental: process.env.STRYKER_INCREMENTAL !== '0',
  incrementalFile: `reports/mutation/${reportName}-incremental.json`,
  // Build output is not read by these tests, and `vitest run` with the main config rebuilds it (global setup), which
  // would pull files from under a sandbox being copied.
  ignorePatterns: ['/.tmp', '/dist', '/packages/*/dist', '/packages/*/generated', '/bench/results', '/test/artifacts', '/reports'],
  tempDirName: `.tmp/stryker-${reportName}`,
  cleanTempDir: true,
};
