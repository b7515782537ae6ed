import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument, Schema, SpecOperation, SpecParameter } from '../spec/index.js';

const SPEC_ID = 'https://cloud-connect-kit.local/openapi.json';

export interface AjvOptions {
  coerceTypes?: 'array';
  useDefaults?: boolean;
  /** Objects that list properties refuse the ones they do not name (`unevaluatedProperties: false`), so a misspelt field is caught. */
  closed?: boolean;
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

/** Inline schemas point at `#/components/...` of the document; rebase them onto the registered copy. */
function rebase(schema: object): Schema {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, `"${SPEC_ID}#/components/`)) as Schema;
}

/**
 * The project's one Ajv set-up (JSON Schema 2020-12, formats, OpenAPI's `discriminator` tolerated): the emulator
 * validates requests and answers with it, the tests examples and recorded answers. The client never imports it.
 */
export function createAjvCompiler(doc: OpenApiDocument, { closed = false, ...options }: AjvOptions = {}): (schema: object) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  addFormats.default(ajv);
  // OpenAPI's `discriminator` only guides code generators; `oneOf` already carries the rule.
  ajv.addKeyword({ keyword: 'discriminator' });
  ajv.addSchema({ $id: SPEC_ID, components: (closed ? closeObjects(doc.components) : doc.components) ?? {} });
  return (schema) => ajv.compile(closed ? (closeObjects(rebase(schema)) as Schema) : rebase(schema));
}

function allowedValues(param: SpecParameter | undefined): string {
  const values = param?.resolved.enum ?? param?.resolved.items?.enum;
  return values ? `: pass one of ${values.map(String).join(', ')}` : '';
}

/** Ajv's errors in words, naming where each is; a missing query parameter names its operation and allowed values. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, where: string, operation?: SpecOperation): string {
  const parts = (errors ?? []).slice(0, 3).map((error) => {
    if (error.keyword === 'required' && error.instancePath === '' && operation) {
      const name = String(error.params.missingProperty);
      return `${where}.${name} is required by ${operation.operationId}${allowedValues(operation.parameters.find((p) => p.name === name && p.in === where))}`;
    }
    const at = `${where}${error.instancePath}`;
    const extra = error.keyword === 'additionalProperties' ? ` ("${String(error.params.additionalProperty)}")` : '';
    const allowed = error.keyword === 'enum' ? `: ${(error.params.allowedValues as unknown[]).map(String).join(', ')}` : '';
    return `${at} ${error.message ?? 'is invalid'}${extra}${allowed}`;
  });
  return parts.join('; ');
}

/**
 * Compiled validators for one document. Bodies are checked as sent (no coercion) and get schema defaults filled
 * in; parameters arrive as strings, so they are coerced to the declared types; stored items are checked plainly.
 */
export class Validators {
  readonly #bodies: (schema: object) => ValidateFunction;
  readonly #params: (schema: object) => ValidateFunction;
  readonly #plain: (schema: object) => ValidateFunction;
  readonly #cache = new Map<string, ValidateFunction>();
  readonly #bySchema = new WeakMap<Schema, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    this.#bodies = createAjvCompiler(doc, { useDefaults: true });
    this.#params = createAjvCompiler(doc, { coerceTypes: 'array', useDefaults: true });
    this.#plain = createAjvCompiler(doc);
  }

  #compile(kind: 'body' | 'params', key: string, schema: () => Schema): ValidateFunction {
    const cacheKey = `${kind}:${key}`;
    const cached = this.#cache.get(cacheKey);
    if (cached) return cached;
    const validate = (kind === 'body' ? this.#bodies : this.#params)(schema());
    this.#cache.set(cacheKey, validate);
    return validate;
  }

  body(operation: SpecOperation): ValidateFunction {
    return this.#compile('body', operation.operationId, () => operation.body?.schema ?? {});
  }

  /** One object schema over the operation's parameters of a location, so a single call reports every problem. */
  params(operation: SpecOperation, location: 'path' | 'query'): ValidateFunction {
    const list = location === 'path' ? operation.pathParams : operation.queryParams;
    return this.#compile('params', `${operation.operationId}:${location}`, () => ({
      type: 'object',
      properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
      required: list.filter((p) => p.required).map((p) => p.name),
    }));
  }

  /** Plain validator for any schema object of the document (items, envelopes). */
  schema(schema: Schema): ValidateFunction {
    const cached = this.#bySchema.get(schema);
    if (cached) return cached;
    const validate = this.#plain(schema);
    this.#bySchema.set(schema, validate);
    return validate;
  }
}
