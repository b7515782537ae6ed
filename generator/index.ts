import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { BuildError, createContext, type BuildContext, type Step } from './context.js';
import { bundle } from './steps/bundle.js';
import { compile } from './steps/compile.js';
import { docsHtml } from './steps/docs-html.js';
import { lint } from './steps/lint.js';
import { model } from './steps/model.js';
import { render } from './steps/render.js';
import { types } from './steps/types.js';
import { write } from './steps/write.js';

export const steps: readonly Step[] = [lint, bundle, types, model, render, docsHtml, write, compile];

export async function build(ctx: BuildContext, log: (line: string) => void = console.log): Promise<void> {
  try {
    for (const step of steps) {
      if (ctx.check && step.skipOnCheck) continue;
      const started = performance.now();
      await step.run(ctx);
      log(`${step.name.padEnd(10)} ${Math.round(performance.now() - started)} ms`);
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
