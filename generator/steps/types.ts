import { Worker } from 'node:worker_threads';
import type { Step } from '../context.js';
import { BuildError } from '../context.js';
import { generatedHeader } from './header.js';

/** Runs types-worker.mjs on the bundle (a structured clone of it travels to the worker) and returns its text. */
function schemaTypes(bundle: object): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./types-worker.mjs', import.meta.url), { workerData: { bundle }, execArgv: [] });
    let text: string | undefined;
    worker.once('message', (message: string) => (text = message));
    worker.once('error', (error) => reject(new BuildError(`types: openapi-typescript failed: ${error.message}`)));
    worker.once('exit', (code) => (text === undefined ? reject(new BuildError(`types: the openapi-typescript worker exited (${code}) without a result`)) : resolve(text)));
  });
}

/** TypeScript types for every path, operation and component: `generated/schema.d.ts`. */
export const types: Step = {
  name: 'types',
  async run(ctx) {
    if (!ctx.bundle) throw new BuildError('types: the bundle step has not run');
    ctx.files.set('schema.d.ts', `${generatedHeader('//')}\n${await schemaTypes(ctx.bundle)}`);
  },
};
