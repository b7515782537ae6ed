import { resolveRef } from './document.js';

/** A JSON Schema (2020-12) node as it appears in an OpenAPI 3.1 document. */
export type Schema = { readonly [keyword: string]: unknown };

const EMPTY: Schema = Object.freeze({});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Answers structural questions about the schemas of one bundled document, seeing through `$ref` and `allOf`. */
export class SchemaReader {
  constructor(readonly doc: object) {}

  /** Follows `$ref` chains (with the project's one resolver); a missing node reads as the empty schema. */
  resolve<T = Schema>(node: unknown): T {
    return (resolveRef<unknown>(this.doc, node) ?? EMPTY) as T;
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
}

/** Members of a body that frame the resource rather than hold it. */
const RESERVED_ENVELOPE_KEYS = new Set(['request_id', 'page_info']);

/** Where a request or response body keeps its resource: `{ cloud_connection: {…} }` or `{ cloud_connections: […] }`. */
export interface Envelope {
  /** The object member holding one resource, e.g. `cloud_connection`. */
  itemKey?: string;
  itemSchema?: Schema;
  /** The array-of-objects member holding a page of resources, e.g. `cloud_connections`. */
  listKey?: string;
  listItemSchema?: Schema;
}

/** Finds the item and list members of a body by shape: the first object member and the first array-of-objects member. */
export function readEnvelope(reader: SchemaReader, schema: Schema | undefined): Envelope {
  const envelope: Envelope = {};
  if (!schema) return envelope;
  for (const [name, member] of Object.entries(reader.properties(schema))) {
    if (RESERVED_ENVELOPE_KEYS.has(name)) continue;
    if (reader.isArray(member)) {
      if (envelope.listKey === undefined && reader.isObject(reader.items(member))) {
        envelope.listKey = name;
        envelope.listItemSchema = reader.items(member);
      }
    } else if (envelope.itemKey === undefined && reader.isObject(member)) {
      envelope.itemKey = name;
      envelope.itemSchema = reader.resolve(member);
    }
  }
  return envelope;
}
