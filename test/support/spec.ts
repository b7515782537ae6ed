import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from '../../src/spec/document.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedReference = path.resolve(root, '..', 'shared', 'reference');

export function loadBundle(): OpenApiDocument {
  return JSON.parse(readFileSync(path.join(root, 'generated', 'openapi.json'), 'utf8')) as OpenApiDocument;
}

/** Copies a schema tree, closing every object schema that lists properties to properties it does not name. */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = key === 'example' || key === 'examples' || key === 'default' ? value : closeObjects(value);
  if (copy.properties && copy.additionalProperties === undefined && copy.unevaluatedProperties === undefined) copy.unevaluatedProperties = false;
  return copy;
}

const SPEC_ID = 'https://cloud-connect-kit.local/openapi.json';

/**
 * Validators for the bundled spec's schemas under JSON Schema 2020-12. With `closed`, objects refuse
 * properties their schema does not name, so a misspelt field in an example is caught.
 */
export function createSchemaValidator(doc: OpenApiDocument, { closed }: { closed: boolean }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addKeyword({ keyword: 'discriminator' });
  const components = closed ? closeObjects(doc.components) : doc.components;
  ajv.addSchema({ $id: SPEC_ID, components }, SPEC_ID);
  const cache = new Map<string, ValidateFunction>();
  return (schema: object): ValidateFunction => {
    const key = JSON.stringify(schema);
    const cached = cache.get(key);
    if (cached) return cached;
    const rebased = JSON.parse(key.replace(/"#\/components\//g, `"${SPEC_ID}#/components/`)) as object;
    const validate = ajv.compile(closed ? (closeObjects(rebased) as object) : rebased);
    cache.set(key, validate);
    return validate;
  };
}
