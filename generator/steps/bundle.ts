import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Step } from '../context.js';
import type { OpenApiDocument } from '../../src/spec/document.js';
import { runSharedRedocly } from './redocly.js';
import { assertNoUnusedComponents } from './unused-components.js';

/**
 * Resolves the split spec into one document, `generated/openapi.json`, with no unused component (the YAML copy is
 * the yaml step's). It runs first in the Redocly process it shares with lint: every step but lint waits for it.
 */
export const bundle: Step = {
  name: 'bundle',
  async run(ctx) {
    await mkdir(ctx.scratchDir, { recursive: true });
    const output = path.join(ctx.scratchDir, 'openapi.json');
    await runSharedRedocly(ctx, ['bundle', ctx.specEntry, '--output', output, '--ext', 'json'], { first: true });
    const doc = JSON.parse(await readFile(output, 'utf8')) as OpenApiDocument;
    assertNoUnusedComponents(doc);
    ctx.bundle = doc;
    ctx.files.set('openapi.json', `${JSON.stringify(doc, null, 2)}\n`);
  },
};
