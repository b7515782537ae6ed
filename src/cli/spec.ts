import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

let cached: Json | undefined;

/** A file under the package's generated/: src/cli/ under tsx and the CLI package's dist/ once built both find it. */
export function generatedFile(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(path.join(dir, 'generated', 'openapi.json')); i++) dir = path.dirname(dir);
  return path.join(dir, 'generated', name);
}

/** The bundled spec, read only when a command needs its schemas (start-up never does). */
export function loadSpec(): Json {
  cached ??= JSON.parse(readFileSync(generatedFile('openapi.json'), 'utf8')) as Json;
  return cached;
}

function resolve(doc: Json, node: unknown): Json {
  let current = node as Json;
  for (let hops = 0; typeof current?.$ref === 'string' && hops < 32; hops++) {
    current = (current.$ref as string).slice(2).split('/').reduce<unknown>((n, key) => (n as Json)[key], doc) as Json;
  }
  return current ?? {};
}

export interface OperationSchemas {
  body?: Json;
  params: { name: string; in: string; required: boolean; schema: Json }[];
}

/** The request body schema and parameter schemas of an operation, straight from the spec. */
export function operationSchemas(method: string, pathTemplate: string): OperationSchemas {
  const doc = loadSpec();
  const item = (doc.paths as Json)[pathTemplate] as Json;
  const op = item[method.toLowerCase()] as Json;
  const params = [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])]
    .map((p) => resolve(doc, p))
    .filter((p) => p.name !== 'domain_id' && (p.in === 'path' || p.in === 'query'))
    .map((p) => ({ name: String(p.name), in: String(p.in), required: p.in === 'path' || p.required === true, schema: p.schema as Json }));
  const body = op.requestBody ? (((resolve(doc, op.requestBody).content as Json)['application/json'] as Json | undefined)?.schema as Json | undefined) : undefined;
  return { body, params };
}

/**
 * Only the components the given schemas reach, following `$ref`s: registering the spec's few hundred schemas
 * with ajv costs more than the whole rest of a call.
 */
export function reachableComponents(roots: unknown[]): Json {
  const doc = loadSpec();
  const out: Record<string, Json> = {};
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/') && !seen.has(value)) {
        seen.add(value);
        const [, , kind, name] = value.split('/');
        const target = ((doc.components as Json)[kind!] as Json)[name!];
        ((out[kind!] ??= {}) as Json)[name!] = target;
        visit(target);
      } else if (key !== 'example' && key !== 'examples') visit(value);
    }
  };
  roots.forEach(visit);
  return out;
}
