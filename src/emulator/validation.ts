import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument, Schema } from './schema.js';
import type { Operation, Parameter } from './spec.js';

const SPEC_ID = 'https://cloud-connect-kit.local/emulator/openapi.json';

function createAjv(doc: OpenApiDocument, options: { coerceTypes?: 'array'; useDefaults?: boolean }): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  addFormats.default(ajv);
  // OpenAPI's `discriminator` only guides code generators; `oneOf` already carries the rule.
  ajv.addKeyword({ keyword: 'discriminator' });
  ajv.addSchema({ $id: SPEC_ID, components: doc.components ?? {} });
  return ajv;
}

/** Inline schemas point at `#/components/...` of the document; rebase them onto the registered copy. */
function rebase(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, `"${SPEC_ID}#/components/`)) as Schema;
}

export function describeErrors(errors: readonly ErrorObject[] | null | undefined, where: string): string {
  const parts = (errors ?? []).slice(0, 3).map((error) => {
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
  readonly #bodies: Ajv2020;
  readonly #params: Ajv2020;
  readonly #plain: Ajv2020;
  readonly #cache = new Map<string, ValidateFunction>();
  readonly #bySchema = new WeakMap<Schema, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    this.#bodies = createAjv(doc, { useDefaults: true });
    this.#params = createAjv(doc, { coerceTypes: 'array', useDefaults: true });
    this.#plain = createAjv(doc, {});
  }

  #compile(kind: 'body' | 'params', key: string, schema: () => Schema): ValidateFunction {
    const cacheKey = `${kind}:${key}`;
    const cached = this.#cache.get(cacheKey);
    if (cached) return cached;
    const validate = (kind === 'body' ? this.#bodies : this.#params).compile(rebase(schema()));
    this.#cache.set(cacheKey, validate);
    return validate;
  }

  body(operation: Operation): ValidateFunction {
    return this.#compile('body', operation.operationId, () => operation.body?.schema ?? {});
  }

  /** One object schema over the operation's parameters of a location, so a single call reports every problem. */
  params(operation: Operation, location: 'path' | 'query'): ValidateFunction {
    const list: Parameter[] = location === 'path' ? operation.pathParams : operation.queryParams;
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
    const validate = this.#plain.compile(rebase(schema));
    this.#bySchema.set(schema, validate);
    return validate;
  }
}
