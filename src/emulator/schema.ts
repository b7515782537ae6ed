import { randomUUID } from 'node:crypto';

/** A JSON Schema (2020-12) node as it appears in an OpenAPI 3.1 document. */
export type Schema = { readonly [keyword: string]: unknown };

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

const EMPTY: Schema = Object.freeze({});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the timestamp form Huawei's examples use. */
export function utcTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Reads schemas of one bundled document: follows local `$ref`s and sees through `allOf`. */
export class SchemaReader {
  // Every request resolves the same few hundred references; walking the document each time shows in profiles.
  readonly #targets = new Map<string, unknown>();

  constructor(readonly doc: OpenApiDocument) {}

  /** The object a local `$ref` (`#/components/...`) points at. */
  pointer(ref: string): unknown {
    const known = this.#targets.get(ref);
    if (known !== undefined) return known;
    if (!ref.startsWith('#/')) throw new Error(`Only local references are supported, got ${ref}`);
    let node: unknown = this.doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) ? node[key] : undefined;
    }
    if (node === undefined) throw new Error(`Dangling reference ${ref}`);
    this.#targets.set(ref, node);
    return node;
  }

  /** Follows `$ref` chains; siblings of a `$ref` (OpenAPI 3.1 allows descriptions there) are dropped. */
  resolve<T = Schema>(node: unknown): T {
    let current = node;
    for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
      if (hops > 32) throw new Error(`Reference cycle at ${current.$ref}`);
      current = this.pointer(current.$ref);
    }
    return (current ?? EMPTY) as T;
  }

  /**
   * Property schemas of an object schema, including those of `allOf` members and, for a `oneOf`/`anyOf`, of every
   * alternative (so a filter on a field only some alternatives have still finds it).
   */
  properties(node: unknown): Record<string, Schema> {
    const schema = this.resolve(node);
    const own = isObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {};
    const merged: Record<string, Schema> = {};
    for (const part of [...(Array.isArray(schema.allOf) ? schema.allOf : []), ...this.variants(schema)]) Object.assign(merged, this.properties(part));
    return Object.assign(merged, own);
  }

  required(node: unknown): string[] {
    const schema = this.resolve(node);
    const own = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const fromParts = (Array.isArray(schema.allOf) ? schema.allOf : []).flatMap((part) => this.required(part));
    return [...new Set([...fromParts, ...own])];
  }

  isArray(node: unknown): boolean {
    const schema = this.resolve(node);
    return schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')) || schema.items !== undefined;
  }

  isObject(node: unknown): boolean {
    const schema = this.resolve(node);
    const variants = this.variants(schema);
    if (variants.length > 0) return variants.every((variant) => this.isObject(variant));
    return schema.type === 'object' || Object.keys(this.properties(schema)).length > 0;
  }

  /** The alternatives of a `oneOf`/`anyOf` schema, resolved; empty for any other schema. */
  variants(node: unknown): Schema[] {
    const schema = this.resolve(node);
    const list = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : [];
    return list.map((variant) => this.resolve(variant));
  }

  /** The alternative of a `oneOf`/`anyOf` that a value's discriminator selects, if the schema declares one. */
  discriminated(node: unknown, value: unknown): Schema | undefined {
    const schema = this.resolve(node);
    const discriminator = schema.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
    if (!discriminator?.propertyName || !isObject(value)) return undefined;
    const ref = discriminator.mapping?.[String(value[discriminator.propertyName])];
    return ref === undefined ? undefined : this.resolve({ $ref: ref });
  }

  items(node: unknown): Schema {
    return this.resolve(this.resolve(node).items);
  }

  enumOf(node: unknown): unknown[] | undefined {
    const schema = this.resolve(node);
    if (Array.isArray(schema.enum)) return schema.enum;
    for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
      const values = this.enumOf(part);
      if (values) return values;
    }
    return undefined;
  }

  /**
   * A value that satisfies `node` as far as can be told without a solver: `const`, `default`, the schema's own
   * example, the first enum value, then type-shaped minimums. Only used for fields no request and no example filled.
   */
  sample(node: unknown, now: number, depth = 0): unknown {
    const schema = this.resolve(node);
    if (depth > 8) return undefined;
    if ('const' in schema) return schema.const;
    if ('default' in schema) return structuredClone(schema.default);
    if ('example' in schema) return structuredClone(schema.example);
    if (Array.isArray(schema.examples) && schema.examples.length > 0) return structuredClone(schema.examples[0]);
    const values = this.enumOf(schema);
    if (values && values.length > 0) return values[0];
    for (const key of ['oneOf', 'anyOf'] as const) {
      const options = schema[key];
      if (Array.isArray(options) && options.length > 0) return this.sample(options[0], now, depth + 1);
    }
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    if (type === 'array' || schema.items !== undefined) {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: count }, () => this.sample(schema.items, now, depth + 1));
    }
    if (type === 'object' || this.isObject(schema)) {
      const properties = this.properties(schema);
      const out: Record<string, unknown> = {};
      for (const name of this.required(schema)) out[name] = this.sample(properties[name], now, depth + 1);
      return out;
    }
    if (type === 'integer' || type === 'number') {
      if (typeof schema.minimum === 'number') return schema.minimum;
      if (typeof schema.exclusiveMinimum === 'number') return type === 'integer' ? Math.floor(schema.exclusiveMinimum) + 1 : schema.exclusiveMinimum + 1;
      return 0;
    }
    if (type === 'boolean') return false;
    if (type === 'null') return null;
    if (schema.format === 'date-time') return utcTimestamp(now);
    if (schema.format === 'uuid') return randomUUID();
    const length = typeof schema.minLength === 'number' ? schema.minLength : 0;
    return 'x'.repeat(length);
  }
}
