import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createAjvCompiler } from '../../src/emulator/validation.js';
import { createSpecModel, type OpenApiDocument, type SpecModel } from '../../src/spec/index.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Huawei's facts the tests compare with, copied into the repository (see its README). */
export const referenceDir = path.join(root, 'test', 'reference');

export function loadBundle(): OpenApiDocument {
  return JSON.parse(readFileSync(path.join(root, 'generated', 'openapi.json'), 'utf8')) as OpenApiDocument;
}

let bundled: SpecModel | undefined;

/** The spec model of `generated/openapi.json`, read once per test file. */
export function loadSpecModel(): SpecModel {
  bundled ??= createSpecModel(loadBundle());
  return bundled;
}

/**
 * Validators for the bundled spec's schemas, from the emulator's Ajv set-up. With `closed`, objects refuse
 * properties their schema does not name, so a misspelt field in an example is caught.
 */
export function createSchemaValidator(doc: OpenApiDocument, { closed }: { closed: boolean }) {
  const compile = createAjvCompiler(doc, { closed });
  const cache = new Map<string, ValidateFunction>();
  return (schema: object): ValidateFunction => {
    const key = JSON.stringify(schema);
    let validate = cache.get(key);
    if (!validate) cache.set(key, (validate = compile(schema)));
    return validate;
  };
}
