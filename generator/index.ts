import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { BuildError, createContext, type BuildContext, type Step } from './context.js';
import { bundle } from './steps/bundle.js';
import { cli } from './steps/cli.js';
import { compile } from './steps/compile.js';
import { docsHtml } from './steps/docs-html.js';
import { lint } from './steps/lint.js';
import { model } from './steps/model.js';
import { render } from './steps/render.js';
import { types } from './steps/types.js';
import { write } from './steps/write.js';

/**
 * The steps in order. Steps grouped in an inner array only read what earlier groups produced, so they run side
 * by side (most of them wait on a Redocly or tsc process, and the machine has two cores).
 */
export const pipeline: readonly (readonly Step[])[] = [[lint, bundle], [model], [render, cli], [types, docsHtml], [write], [compile]];

export async function build(ctx: BuildContext, log: (line: string) => void = console.log): Promise<void> {
  try {
    for (const group of pipeline) {
      const running = group.filter((step) => !(ctx.check && step.skipOnCheck));
      const outcomes = await Promise.allSettled(
        running.map(async (step) => {
          const started = performance.now();
          await step.run(ctx);
          return performance.now() - started;
        }),
      );
      // The first failing step in pipeline order speaks, so a broken spec reports lint's message, not bundle's.
      const failure = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
      running.forEach((step, i) => log(`${step.name.padEnd(10)} ${Math.round((outcomes[i] as PromiseFulfilledResult<number>).value)} ms`));
    }
  } finally {
    await rm(ctx.scratchDir, { recursive: true, force: true });
  }
}

const isEntryPoint = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntryPoint) {
  const ctx = createContext({ check: process.argv.includes('--check') });
  build(ctx).then(
    () => console.log(ctx.check ? 'generated/ is up to date.' : 'generated/ and dist/ rebuilt.'),
    (error: unknown) => {
      console.error(error instanceof BuildError ? error.message : error);
      process.exitCode = 1;
    },
  );
}
