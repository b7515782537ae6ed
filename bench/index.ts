// `npm run bench` (add `-- --quick` for a fast smoke run): measures every row group in one run on this machine,
// prints the Markdown report and writes it to bench/results/. Ratios are the point: absolute numbers drift on shared
// machines, ratios of contenders measured side by side do not.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeEntry, root } from './child.js';
import { cliGroup } from './cli.js';
import { coldImportGroup } from './cold-import.js';
import { emulatorGroup } from './emulator.js';
import { footprintGroup } from './footprint.js';
import { generationGroup, type GenerationOutcome } from './generation.js';
import { libraryGroup } from './library.js';
import { signerGroup } from './signer.js';
import { renderReport, type Detail, type GroupResult, type Row, type Settings } from './table.js';
import { throughputGroup } from './throughput.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
/** `--only <group>[,<group>…]` (names as in the table, case-insensitive: `--only footprint,library`) runs just those. */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg < 0 ? undefined : (process.argv[onlyArg + 1] ?? '').split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');

// Throughput rounds of 1 s, 7 of them: with 600 ms × 5 the fetch sender's ratio swung from 0.87× to 1.22× between runs.
const settings: Settings = quick
  ? { quick, rounds: 1, firstWarmupMs: 100, warmupMs: 50, roundMs: 100, signRounds: 1, signWarmupMs: 50, signRoundMs: 100, coldRuns: 1, coldWarmup: false }
  : { quick, rounds: 7, firstWarmupMs: 1000, warmupMs: 200, roundMs: 1000, signRounds: 5, signWarmupMs: 500, signRoundMs: 400, coldRuns: 5, coldWarmup: true };

const outFile = path.join(root, 'bench', 'results', only ? `only-${only.join('-').replace(/[^a-z-]/g, '')}${quick ? '-quick' : ''}.md` : quick ? 'quick.md' : 'latest.md');
const workDir = path.join(root, '.tmp', `bench-${process.pid}`);
const started = performance.now();
const progress = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

/** A group that throws still leaves a row saying so, instead of silently missing from the table. */
async function guarded(group: string, run: () => Promise<GroupResult>): Promise<GroupResult> {
  progress(`${group}…`);
  try {
    return await run();
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] as string;
    progress(`${group} failed: ${message}`);
    return { rows: [{ group, label: 'group failed', measured: `error: ${message}`, peer: '—', ratio: '—', goal: '—', status: 'error' }] };
  }
}

/** The built client package and the file Node loads for `cloud-connect-kit` from it (`exports`, condition `node`). */
async function clientEntry(generation: GenerationOutcome | undefined): Promise<{ path: string; packageDir: string; source: string }> {
  if (generation?.compiledPackage) {
    const entry = nodeEntry(generation.compiledPackage, '.');
    return { path: entry, packageDir: generation.compiledPackage, source: `built by this run (the compile step, same output as packages/client/dist/${path.basename(entry)})` };
  }
  const packageDir = path.join(root, 'packages', 'client');
  await stat(path.join(packageDir, 'dist')).catch(() => {
    throw new Error('no built client: this run\'s compile step failed and packages/client/dist is missing');
  });
  const entry = nodeEntry(packageDir, '.');
  const why = generation === undefined ? '' : ' (this run\'s compile step failed)';
  return { path: entry, packageDir, source: `packages/client/dist/${path.basename(entry)} from the last \`npm run build\`${why}` };
}

const ORDER = ['Footprint', 'Cold import', 'CLI', 'Throughput', 'Library', 'Signer', 'Generation', 'Emulator'] as const;
type Group = (typeof ORDER)[number];

async function main(): Promise<void> {
  await mkdir(workDir, { recursive: true });
  const loadBefore = os.loadavg()[0] as number;
  const results = new Map<Group, GroupResult>();
  let generation: GenerationOutcome | undefined;
  const runGeneration = () =>
    guarded('Generation', async () => {
      generation = await generationGroup(settings, workDir, progress);
      return generation.result;
    });
  const runRest = async (groups: Group[]) => {
    // Contender processes load the client as compiled JavaScript, as applications do (see contenders.ts).
    const entry = await clientEntry(generation).catch(() => undefined);
    if (entry) process.env.BENCH_CLIENT_PACKAGE = entry.packageDir;
    for (const group of groups) {
      const run = {
        Footprint: () => footprintGroup(workDir),
        'Cold import': async () => coldImportGroup(settings, await clientEntry(generation)),
        CLI: () => cliGroup(settings),
        Throughput: () => throughputGroup(settings, progress),
        Library: () => libraryGroup(settings, progress),
        Signer: () => signerGroup(settings, progress),
        Emulator: () => emulatorGroup(settings, progress),
        Generation: runGeneration,
      }[group];
      results.set(group, await guarded(group, run));
    }
  };
  try {
    if (only) {
      const unknown = only.filter((name) => !ORDER.some((group) => group.toLowerCase() === name));
      if (unknown.length > 0 || only.length === 0) throw new Error(`--only takes group names among ${ORDER.join(', ')} (got "${only.join(',')}")`);
      const wanted = ORDER.filter((group) => only.includes(group.toLowerCase()));
      // Without the Generation group, contenders load the last built client (packages/client/dist).
      if (wanted.includes('Generation')) results.set('Generation', await runGeneration());
      await runRest(wanted.filter((group) => group !== 'Generation'));
    } else if (quick) {
      // Quick mode only proves the machinery works, so generation (tsc dominates it) overlaps the other groups.
      const generationDone = runGeneration();
      await runRest(['Footprint', 'Throughput', 'Library', 'Signer', 'Emulator']);
      results.set('Generation', await generationDone);
      await runRest(['Cold import', 'CLI']);
    } else {
      // One group at a time, so nothing else competes for the 2 cores while a group measures. Generation goes first
      // because its compile produces the client that cold import loads.
      results.set('Generation', await runGeneration());
      await runRest(['Cold import', 'CLI', 'Footprint', 'Throughput', 'Library', 'Signer', 'Emulator']);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const inOrder = ORDER.map((group) => results.get(group)).filter((r): r is GroupResult => r !== undefined);
  const rows: Row[] = inOrder.flatMap((r) => r.rows);
  const details: Detail[] = inOrder.flatMap((r) => r.details ?? []);
  const notes = inOrder.flatMap((r) => r.notes ?? []);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = os.cpus();
  const report = renderReport({
    title: `cloud-connect-kit benchmarks${quick ? ' (quick mode: tiny durations, numbers not meaningful)' : ''}`,
    preamble: [
      `Run ${new Date().toISOString()} · Node ${process.version} · ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      `Wall time ${elapsed.toFixed(0)} s · load average ${loadBefore.toFixed(2)} at start, ${(os.loadavg()[0] as number).toFixed(2)} at end (absolute figures drift on shared machines; compare ratios)`,
    ],
    rows,
    details,
    notes,
  });
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, report);
  process.stdout.write(report);
  progress(`written to ${path.relative(root, outFile)}`);
}

await main();
// Child processes are all stopped by now; nothing left should keep the event loop alive, but do not hang if it does.
process.exit(0);
