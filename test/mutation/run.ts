/**
 * `npm run test:mutation`: runs Stryker (stryker.config.mjs) on each target named in MUTATE (`client`, `emulator`,
 * comma-separated; both by default) one after the other, then prints each target's score from its JSON report.
 * Extra arguments go to every `stryker run` (e.g. `-- --mutate src/pagination.ts`). Each target's survivors (and
 * uncovered mutants) are written one a line to reports/mutation/<target>-survivors.txt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const TARGETS = ['client', 'emulator'] as const;
type Target = (typeof TARGETS)[number];

interface Position {
  line: number;
  column: number;
}
interface MutantReport {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: Position; end: Position };
}
interface Report {
  files: Record<string, { source: string; mutants: MutantReport[] }>;
}

export interface Score {
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  ignored: number;
  errors: number;
  percent: number;
}

/** Stryker's mutation score: killed and timed-out over every mutant that was tested or left uncovered. */
export function scoreOf(report: Report): Score {
  const count = (status: string): number =>
    Object.values(report.files).reduce((sum, file) => sum + file.mutants.filter((m) => m.status === status).length, 0);
  const killed = count('Killed');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const timeout = count('Timeout');
  const detectedAndUndetected = killed + timeout + survived + noCoverage;
  return {
    killed,
    survived,
    noCoverage,
    timeout,
    ignored: count('Ignored'),
    errors: count('CompileError') + count('RuntimeError'),
    percent: detectedAndUndetected === 0 ? 0 : (100 * (killed + timeout)) / detectedAndUndetected,
  };
}

/** The text a mutant replaced, from the file's source (positions are 1-based; a multi-line span is cut short). */
function original(source: string, { start, end }: MutantReport['location']): string {
  const lines = source.split('\n');
  const text = start.line === end.line ? lines[start.line - 1]!.slice(start.column - 1, end.column - 1) : `${lines[start.line - 1]!.slice(start.column - 1)} …`;
  return text.replace(/\s+/g, ' ').slice(0, 80);
}

/** One line per surviving or uncovered mutant: where, which mutator, what it replaced and with what. */
export function survivorsOf(report: Report): string[] {
  return Object.entries(report.files).flatMap(([file, { source, mutants }]) =>
    mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
      .map((m) => `${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: \`${original(source, m.location)}\` → \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}\``),
  );
}

function describe(target: Target, score: Score): string {
  return (
    `${target}: ${score.percent.toFixed(2)}% killed (killed ${score.killed}, timeout ${score.timeout}, ` +
    `survived ${score.survived}, no coverage ${score.noCoverage}, ignored ${score.ignored}, errors ${score.errors})`
  );
}

function main(): number {
  const wanted = (process.env.MUTATE ?? TARGETS.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !(TARGETS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`test:mutation: unknown target ${unknown.join(', ')} in MUTATE; use ${TARGETS.join(', ')}.`);
    return 2;
  }
  const lines: string[] = [];
  let status = 0;
  for (const target of TARGETS) {
    if (!wanted.includes(target)) {
      lines.push(`${target}: not run (MUTATE=${wanted.join(',')})`);
      continue;
    }
    // MUTATION_REPORT_ONLY=1 reads the last reports again without running Stryker.
    const run = process.env.MUTATION_REPORT_ONLY ? { status: 0, signal: null } : spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, MUTATE: target } });
    // STRYKER_REPORT_NAME (a partial run, stryker.config.mjs) names the reports when one target runs.
    const reportName = process.env.STRYKER_REPORT_NAME ?? target;
    const reportPath = `reports/mutation/${reportName}.json`;
    if (run.status !== 0 || !existsSync(reportPath)) {
      lines.push(`${target}: failed (stryker exited with ${run.status ?? run.signal}; no report at ${reportPath})`);
      status = 1;
      continue;
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
    writeFileSync(`reports/mutation/${reportName}-survivors.txt`, `${survivorsOf(report).join('\n')}\n`);
    lines.push(`${describe(target, scoreOf(report))}; survivors in reports/mutation/${reportName}-survivors.txt`);
  }
  console.log(['', 'Mutation scores (HTML reports in reports/mutation/):', ...lines.map((l) => `  ${l}`)].join('\n'));
  return status;
}

process.exitCode = main();
