import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Step } from '../context.js';
import type { OpenApiDocument } from '../../src/spec/document.js';
import { runRedocly } from './redocly.js';
import { assertNoUnusedComponents } from './unused-components.js';

/** Resolves the split spec into one document, `generated/openapi.json`, with no unused component (the YAML is the yaml step's). */
export const bundle: Step = {
  name: 'bundle',
  async run(ctx) {
    await mkdir(ctx.scratchDir, { recursive: true });
    const output = path.join(ctx.scratchDir, 'openapi.json');
    // The lint step checks the config; checked again here, its warnings would only reach a report nobody reads.
    await runRedocly(ctx, ['bundle', ctx.specEntry, '--output', output, '--ext', 'json', '--lint-config', 'off']);
    const doc = JSON.parse(await readFile(output, 'utf8')) as OpenApiDocument;
    assertNoUnusedComponents(doc);
    ctx.bundle = doc;
    ctx.files.set('openapi.json', `${JSON.stringify(doc, null, 2)}\n`);
  },
};
