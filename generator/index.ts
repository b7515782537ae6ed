import { mkdir, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { cached, hashFiles, readRecord, recordBuild, recordLocal, RECORD_FILE, reuse, specInputs, startInputsKey, stepKey, type CachedStep } from './cache.js';
import { BuildError, createContext, projectRoot, type BuildContext, type Step } from './context.js';
import { bundle } from './steps/bundle.js';
import { cli } from './steps/cli.js';
import { compile } from './steps/compile.js';
import { docsHtml, docsInput } from './steps/docs-html.js';
import { lint } from './steps/lint.js';
import { model } from './steps/model.js';
import { endRedocly } from './steps/redocly.js';
import { render } from './steps/render.js';
import { types } from './steps/types.js';
import { write } from './steps/write.js';
import { yaml } from './steps/yaml.js';

/**
 * Which steps each step reads from: a step starts as soon as those have finished, so independent ones run side by
 * side (most wait on a Redocly or tsc process, and the machine may have two cores). yaml reads only the bundle but
 * waits for render: it holds the main thread, which model and render need first (they lead to docs-html, the
 * longest chain), and after render the main thread is free while docs-html waits on Redocly.
 */
const needs: Readonly<Record<string, readonly string[]>> = {
  lint: [],
  bundle: [],
  types: ['bundle'],
  model: ['bundle'],
  render: ['model'],
  cli: ['model'],
  'docs-html': ['render'],
  yaml: ['render'],
  write: ['lint', 'types', 'render', 'cli', 'docs-html', 'yaml'],
  compile: ['write'],
};

/** How the generator runs Redocly: part of the key of every step that does. */
const redoclySources = ['generator/steps/redocly.ts', 'generator/steps/redocly-jobs.mjs'];

/**
 * Every step, in the order failures are reported; see `needs` for what runs side by side. Among steps whose needs
 * are met at the same moment, the earlier starts first: types starts its worker thread before model holds the main
 * thread. types and cli compile in worker threads; lint runs in one Redocly process, bundle then docs-html in another.
 */
export const pipeline: readonly Step[] = [
  cached(lint, { sources: ['generator/steps/lint.ts', ...redoclySources], tools: ['@redocly/cli'], inputs: specInputs, outputs: [] }),
  cached(bundle, {
    sources: ['generator/steps/bundle.ts', ...redoclySources, 'generator/steps/unused-components.ts'],
    tools: ['@redocly/cli'],
    inputs: specInputs,
    outputs: ['openapi.json'],
    restore: (ctx) => {
      ctx.bundle = JSON.parse(ctx.files.get('openapi.json')!) as BuildContext['bundle'];
    },
  }),
  cached(types, { sources: ['generator/steps/types.ts', 'generator/steps/types-worker.mjs', 'generator/steps/header.ts'], tools: ['openapi-typescript'], inputs: (ctx) => ctx.files.get('openapi.json') ?? '', outputs: ['schema.d.ts'] }),
  model,
  render,
  cli,
  cached(docsHtml, {
    sources: ['generator/steps/docs-html.ts', ...redoclySources, 'generator/templates/docs/redoc.html.hbs', 'openapi/redocly.yaml'],
    tools: ['@redocly/cli', 'yaml'],
    inputs: docsInput,
    outputs: ['docs/index.html'],
  }),
  cached(yaml, { sources: ['generator/steps/yaml.ts'], tools: ['yaml'], inputs: (ctx) => ctx.files.get('openapi.json') ?? '', outputs: ['openapi.yaml'] }),
  write,
  cached(compile, {
    sources: ['generator/steps/compile.ts'],
    tools: ['typescript'],
    inputs: (ctx) =>
      hashFiles(ctx.root, [
        'src',
        'generated/client.gen.ts',
        'generated/schema.d.ts',
        'generated/openapi.json',
        'generated/docs',
        'packages/packages.ts',
        'packages/client/package.json',
        'packages/emulator/package.json',
        'packages/cli/package.json',
        'generated/cli.gen.ts',
        'generated/cli-validators.gen.mjs',
        'tsconfig.json',
        'tsconfig.build.json',
        'package.json',
      ]),
    outputs: ['packages/client/dist', 'packages/emulator/dist', 'packages/cli/dist'],
    local: true,
  }),
];

/** Marks a step that never started because another one failed; only a step's own failure is reported. */
const cancelled = Symbol('cancelled');

/** When a step ran, in milliseconds since the build started: what shows which chain of steps decides its length. */
export interface StepTiming {
  name: string;
  startMs: number;
  endMs: number;
  reused: boolean;
}

/**
 * Runs the pipeline. `log` gets one line per finished step (name, then milliseconds or `skipped`); `onStart` hears
 * each step's name as it starts, so a long build shows what it is doing; `onTimed` gets each finished step's timing.
 */
export async function build(
  ctx: BuildContext,
  log: (line: string) => void = console.log,
  onStart: (name: string) => void = () => {},
  onTimed: (timing: StepTiming) => void = () => {},
): Promise<void> {
  const buildStarted = performance.now();
  // Hashed while the steps run (none of them changes these inputs); a check never records a build.
  const startKey = ctx.check ? undefined : startInputsKey(ctx.root);
  startKey?.catch(() => {});
  const record = await readRecord(ctx.root);
  const keys: Record<string, string> = {};
  const failures = new Map<string, unknown>();
  const finished = new Map<string, Promise<void>>();
  const steps = pipeline.filter((step) => !(ctx.check && step.skipOnCheck));
  // The generator sources of every cached step, hashed up front: once a step's needs are met, its key is ready
  // without waiting for file reads behind a step that keeps the main thread busy (cli compiles validators).
  const sourceHashes = new Map(steps.filter((step): step is CachedStep => 'cache' in step).map((step) => [step.name, hashFiles(projectRoot, step.cache.sources)]));
  for (const hash of sourceHashes.values()) hash.catch(() => {});

  const runStep = async (step: Step): Promise<void> => {
    const required = needs[step.name];
    if (!required) throw new BuildError(`build: step "${step.name}" is missing from generator/index.ts's needs table.`);
    await Promise.all(required.map((name) => finished.get(name)));
    // One turn of the event loop, so steps freed at the same moment start in pipeline order: a step that starts a
    // worker (types) gets it going before the next one holds the main thread (model).
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (failures.size > 0) throw cancelled;
    const started = performance.now();
    try {
      const keyed = 'cache' in step ? stepKey(ctx, step as CachedStep, sourceHashes.get(step.name)) : Promise.resolve(undefined);
      keyed.catch(() => {});
      // --check and --force reuse nothing, so there the step runs while its key is hashed (the spec takes a while).
      const mayReuse = 'cache' in step && !ctx.check && !ctx.force;
      const reused = mayReuse && (await reuse(ctx, step as CachedStep, (await keyed) as string, record));
      if (!reused) {
        onStart(step.name);
        await step.run(ctx);
      }
      const key = await keyed;
      if (key !== undefined && (step as CachedStep).cache.local) {
        if (!reused) await recordLocal(ctx.root, step.name, key);
      } else if (key !== undefined) {
        keys[step.name] = key;
        ctx.files.set(RECORD_FILE, `${JSON.stringify(Object.fromEntries(Object.entries(keys).sort()), null, 2)}\n`);
      }
      log(`${step.name.padEnd(10)} ${reused ? 'skipped (inputs unchanged)' : `${Math.round(performance.now() - started)} ms`}`);
      onTimed({ name: step.name, startMs: started - buildStarted, endMs: performance.now() - buildStarted, reused });
    } catch (error) {
      failures.set(step.name, error);
      throw error;
    }
  };

  // Steps whose output is reused never made the scratch folder the others write to.
  await mkdir(ctx.scratchDir, { recursive: true });
  try {
    // Steps are listed after what they need, so each finds its needs' promises already in the map.
    for (const step of steps) finished.set(step.name, runStep(step));
    await Promise.allSettled(finished.values());
    // The first failing step in pipeline order speaks, so a broken spec reports lint's message, not bundle's.
    const first = steps.find((step) => failures.has(step.name));
    if (first) throw failures.get(first.name);
    if (startKey !== undefined) await recordBuild(ctx.root, await startKey);
  } finally {
    await endRedocly(ctx);
    await rm(ctx.scratchDir, { recursive: true, force: true });
  }
}

const isEntryPoint = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntryPoint) {
  const ctx = createContext({ check: process.argv.includes('--check'), force: process.argv.includes('--force') });
  // GENERATOR_TIMELINE=1 prints when each step started and ended, to find the chain that decides the build's length.
  const timeline: StepTiming[] = [];
  build(ctx, console.log, (name) => console.log(`${name.padEnd(10)} …`), (timing) => timeline.push(timing)).then(
    () => console.log(ctx.check ? 'generated/ is up to date.' : 'generated/ and the packages (packages/*/dist) rebuilt.'),
    (error: unknown) => {
      console.error(error instanceof BuildError ? error.message : error);
      process.exitCode = 1;
    },
  ).finally(() => {
    if (process.env.GENERATOR_TIMELINE !== '1') return;
    const line = (t: StepTiming) => `  ${t.name.padEnd(10)} ${String(Math.round(t.startMs)).padStart(6)} → ${String(Math.round(t.endMs)).padStart(6)} ms${t.reused ? ' (reused)' : ''}`;
    console.error(`timeline (ms since the build started):\n${timeline.sort((a, b) => a.startMs - b.startMs).map(line).join('\n')}`);
  });
}
