// Row: Generation — wall time of the `npm run build` pipeline by step, without touching generated/ or packages/:
// the generator runs in check mode (everything rendered in memory and compared), the compile step builds into a scratch folder.
import { cp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPackages } from '../generator/steps/compile.js';
import { root, runScript } from './child.js';
import { cpuMsWithChildren } from './cpu.js';
import { ms, seconds, verdict, type GroupResult, type Settings } from './table.js';
import type { GenerateResult } from './worker.js';

export const REGENERATION_GOAL_MS = 10_000;

export interface GenerationOutcome {
  result: GroupResult;
  /** The freshly built client package's folder (packages/client layout), when the compile step succeeded. */
  compiledPackage?: string;
}

/** The generator's compile step (esbuild bundles + tsc declarations), building into a scratch folder. */
async function compile(outRoot: string): Promise<{ wallMs: number; cpuMs?: number; problems?: string }> {
  const started = performance.now();
  const cpuBefore = cpuMsWithChildren();
  // tsc is a child this process waits for; esbuild's long-lived service process is not, so its CPU is left out.
  const cpuMs = () => {
    const after = cpuMsWithChildren();
    return after === undefined || cpuBefore === undefined ? undefined : after - cpuBefore;
  };
  return buildPackages(root, outRoot).then(
    () => ({ wallMs: performance.now() - started, cpuMs: cpuMs() }),
    (error: unknown) => ({ wallMs: performance.now() - started, cpuMs: cpuMs(), problems: String((error as Error).message ?? error).split('\n')[0] }),
  );
}

export async function generationGroup(settings: Settings, workDir: string, progress: (line: string) => void): Promise<GenerationOutcome> {
  // Quick mode exercises the same pipeline on the tiny test fixture (copied, so parallel tests cannot race on it).
  let job: { kind: 'generate'; root: string; specEntry?: string; redoclyConfig?: string } = { kind: 'generate', root };
  if (settings.quick) {
    const fixture = path.join(workDir, 'fixture');
    await cp(path.join(root, 'test', 'fixtures', 'tiny'), fixture, { recursive: true });
    job = { kind: 'generate', root: fixture, specEntry: 'openapi.yaml', redoclyConfig: 'redocly.yaml' };
  }
  progress(`generation: check-mode pipeline on ${settings.quick ? 'the tiny fixture' : 'openapi/'}, then the compile step`);
  const outDir = path.join(workDir, 'build');
  const pipeline = async () => {
    const started = performance.now();
    const result = await runScript<GenerateResult>('worker.ts', job, 300_000);
    return { generated: result, pipelineWall: performance.now() - started };
  };
  // Quick mode only needs the figures to exist, so the two halves overlap there; a real run times them one after
  // the other, as the build runs them.
  const [{ generated, pipelineWall }, tsc] = settings.quick
    ? await Promise.all([pipeline(), compile(outDir)])
    : await pipeline().then(async (p) => [p, await compile(outDir)] as const);

  const totalMs = pipelineWall + tsc.wallMs;
  const cpuTotal = generated.cpuMs === undefined || tsc.cpuMs === undefined ? undefined : generated.cpuMs + tsc.cpuMs;
  // Drift found by the final compare is still a complete timing (every step ran); any other failure cuts it short.
  const driftOnly = generated.failed?.step === 'write';
  const complete = generated.failed === undefined || driftOnly;
  const status = complete ? verdict(totalMs <= REGENERATION_GOAL_MS) : totalMs > REGENERATION_GOAL_MS ? 'not met' : 'unknown (incomplete)';
  const detailRows = [
    // lint ‖ bundle and types ‖ docs-html run side by side, so the steps add up to more than the pipeline's wall time.
    ['pipeline wall time, start-up included', ms(pipelineWall), `in-process imports ${ms(generated.importMs)}${generated.cpuMs === undefined ? '' : `; CPU ${seconds(generated.cpuMs)} (all threads and Redocly processes)`}`],
    ...generated.steps.map((s) => [s.name === 'write' ? 'write (check mode: compare with generated/)' : s.name, ms(s.ms), '']),
    ...(generated.failed && !driftOnly ? [[`${generated.failed.step}`, 'failed', generated.failed.message]] : []),
    ['compile: esbuild bundles ‖ tsc declarations (noCheck)', ms(tsc.wallMs), [tsc.problems ? `failed: ${tsc.problems}` : '', tsc.cpuMs === undefined ? '' : `CPU ${seconds(tsc.cpuMs)} (this process and tsc)`].filter(Boolean).join('; ')],
    ['total', seconds(totalMs), cpuTotal === undefined ? '' : `CPU ${seconds(cpuTotal)} on ${os.cpus().length} cores: the wall time on an idle machine cannot be below ${seconds(cpuTotal / os.cpus().length)}`],
  ];
  const notes = [
    'Generation: `build(createContext({ check: true }))` from generator/index.ts in a fresh tsx process (its wall time includes node + tsx start-up and module loading, as `npm run build` pays them), then the compile step (`buildPackages` of generator/steps/compile.ts: esbuild bundles beside `tsc --emitDeclarationOnly --noCheck`) into .tmp/bench-*/build, in this process. Check mode renders everything in memory and compares it with generated/ instead of writing; the compile step it skips is the one timed here.',
  ];
  if (settings.quick) notes.push('Generation (quick mode): the pipeline ran on test/fixtures/tiny, not openapi/; the figure only shows the machinery works.');
  // The fixture has no generated/ of its own, so in quick mode the compare always reports drift: not news.
  if (driftOnly && !settings.quick) notes.push(`Generation: generated/ differs from what the pipeline renders (${generated.failed?.message}); the timing is complete regardless.`);
  if (generated.failed && !driftOnly) notes.push(`Generation: the ${generated.failed.step} step failed (${generated.failed.message}); the total is a lower bound.`);
  const compiledPackage = path.join(outDir, 'packages', 'client');
  return {
    result: {
      rows: [
        {
          group: 'Generation',
          label: `Full regeneration: generator pipeline (check mode) + compile, ${generated.steps.length + 1} steps`,
          measured: `${complete ? seconds(totalMs) : `≥ ${seconds(totalMs)} (${generated.failed?.step} failed)`}${cpuTotal === undefined ? '' : ` (CPU ${seconds(cpuTotal)})`}`,
          peer: '—',
          ratio: '—',
          goal: `≤ ${seconds(REGENERATION_GOAL_MS)}`,
          status,
        },
      ],
      details: [{ title: 'Generation by step', headers: ['Step', 'Wall time', 'Note'], rows: detailRows }],
      notes,
    },
    compiledPackage: await stat(path.join(compiledPackage, 'dist')).then(() => compiledPackage, () => undefined),
  };
}
