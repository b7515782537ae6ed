import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Step } from '../context.js';
import { BuildError } from '../context.js';
import { runRedocly } from './redocly.js';

/** The browsable reference: `generated/docs/index.html`, one self-contained page built by Redocly. */
export const docsHtml: Step = {
  name: 'docs-html',
  async run(ctx) {
    const bundled = ctx.files.get('openapi.json');
    if (!bundled) throw new BuildError('docs-html: the bundle step has not run');
    const input = path.join(ctx.scratchDir, 'openapi.json');
    const output = path.join(ctx.scratchDir, 'index.html');
    await runRedocly(ctx, ['build-docs', input, '--output', output]);
    ctx.files.set('docs/index.html', await readFile(output, 'utf8'));
  },
};
