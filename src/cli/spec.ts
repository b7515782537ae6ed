import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenApiDocument, Schema, SpecModel } from '../spec/index.js';

type Json = Record<string, unknown>;

/** A file under the package's generated/: src/cli/ under tsx and the CLI package's dist/ once built both find it. */
export function generatedFile(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(path.join(dir, 'generated', 'openapi.json')); i++) dir = path.dirname(dir);
  return path.join(dir, 'generated', name);
}

let cached: Promise<SpecModel> | undefined;

/**
 * The spec model of the bundled spec (src/spec/, the project's one reader of it), built only when a command has
 * no precompiled validators: start-up and the usual call never load it.
 */
export function loadSpecModel(): Promise<SpecModel> {
  cached ??= import('../spec/index.js').then(({ createSpecModel }) => createSpecModel(JSON.parse(readFileSync(generatedFile('openapi.json'), 'utf8')) as OpenApiDocument));
  return cached;
}

export interface OperationSchemas {
  body?: Schema;
  params: { name: string; in: string; required: boolean; schema: Schema }[];
}

/** The request body schema and the path and query parameter schemas (as written, `$ref`s kept) of an operation. */
export async function operationSchemas(operationId: string): Promise<OperationSchemas> {
  const op = (await loadSpecModel()).operation(operationId);
  const params = op.parameters
    .filter((p) => p.name !== 'domain_id' && (p.in === 'path' || p.in === 'query'))
    .map((p) => ({ name: p.name, in: p.in, required: p.required, schema: p.schema }));
  return { body: op.body?.schema, params };
}

/**
 * Only the components the given schemas reach, following `$ref`s: registering the spec's few hundred schemas
 * with ajv costs more than the whole rest of a call.
 */
export async function reachableComponents(roots: unknown[]): Promise<Json> {
  const { schemas } = await loadSpecModel();
  const out: Record<string, Json> = {};
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/') && !seen.has(value)) {
        seen.add(value);
        const [, , kind, name] = value.split('/');
        // A component that is itself a `$ref` is registered as what its chain ends at: the same schema to ajv.
        const target = schemas.resolve<Json>({ $ref: value });
        ((out[kind!] ??= {}) as Json)[name!] = target;
        visit(target);
      } else if (key !== 'example' && key !== 'examples') visit(value);
    }
  };
  roots.forEach(visit);
  return out;
}
