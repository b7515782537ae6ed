/**
 * Validators of every operation's parameters and body, compiled by ajv at build time into one ES module
 * (generated/cli-validators.gen.mjs), so the command line checks a call without loading ajv or compiling schemas
 * at run time. The runtime falls back to compiling with ajv when the file is absent.
 */
import { Worker } from 'node:worker_threads';
import type { SpecModel } from '../../src/spec/index.js';
import type { ViewModel } from './types.js';

const SPEC_ID = 'https://cloud-connect-kit.local/cli/openapi.json';
/** Only what validation reads: documentation keywords make the module bigger and change nothing. */
const DROPPED = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly', 'xml']);

/** Maps whose keys are names (of properties, schemas), not keywords: their keys all stay. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas', 'schemas', 'parameters', 'requestBodies', 'responses']);

function strip(node: unknown, names = false): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item));
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).filter(([key]) => names || (!DROPPED.has(key) && !key.startsWith('x-')));
  return Object.fromEntries(entries.map(([key, value]) => [key, strip(value, !names && NAME_MAPS.has(key))]));
}

function rebase(schema: unknown): object {
  return JSON.parse(JSON.stringify(strip(schema)).replace(/"#\/components\//g, `"${SPEC_ID}#/components/`)) as object;
}

/** ajv's standalone module of `schemas`, compiled in cli-validators-worker.mjs. */
function compileStandalone(schemas: object[], exports: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./cli-validators-worker.mjs', import.meta.url), { workerData: { schemas, exports }, execArgv: [] });
    let code: string | undefined;
    worker.once('message', (message: string) => (code = message));
    worker.once('error', reject);
    worker.once('exit', (status) => (code === undefined ? reject(new Error(`the ajv worker exited (${status}) without a result`)) : resolve(code)));
  });
}

/** Export names: `UpdateCloudConnection$params`, `UpdateCloudConnection$body`. */
export async function renderCliValidators(spec: SpecModel, model: Pick<ViewModel, 'operations'>): Promise<string> {
  const schemas: object[] = [{ $id: SPEC_ID, components: strip(spec.doc.components ?? {}) as object }];
  const exports: Record<string, string> = {};
  for (const { operationId } of model.operations) {
    const op = spec.operation(operationId);
    const params = op.parameters.filter((p) => p.name !== 'domain_id' && (p.in === 'path' || p.in === 'query'));
    const paramsId = `${SPEC_ID}/${operationId}/params`;
    schemas.push({
      $id: paramsId,
      ...rebase({ type: 'object', properties: Object.fromEntries(params.map((p) => [p.name, p.schema])), required: params.filter((p) => p.required).map((p) => p.name) }),
    });
    exports[`${operationId}$params`] = paramsId;
    if (op.body) {
      const bodyId = `${SPEC_ID}/${operationId}/body`;
      schemas.push({ $id: bodyId, ...rebase(op.body.schema) });
      exports[`${operationId}$body`] = bodyId;
    }
  }
  const code = await compileStandalone(schemas, exports);
  // ajv's standalone output still calls require() for its runtime helpers (string length, formats).
  return `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code.replace(/^"use strict";/, '')}\n`;
}
