import { randomUUID } from 'node:crypto';
import type { SchemaReader } from '../spec/index.js';

/** `YYYY-MM-DDTHH:MM:SSZ`, the timestamp form Huawei's examples use. */
export function utcTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A value that satisfies `node` as far as can be told without a solver: `const`, `default`, the first enum value,
 * then type-shaped minimums. Only used for required fields neither the request nor the state fills; never the
 * schema's own example, which describes some other resource.
 */
export function sampleValue(reader: SchemaReader, node: unknown, now: number, depth = 0): unknown {
  const schema = reader.resolve(node);
  if (depth > 8) return undefined;
  if ('const' in schema) return schema.const;
  if ('default' in schema) return structuredClone(schema.default);
  const values = reader.enumOf(schema);
  if (values && values.length > 0) return values[0];
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) return sampleValue(reader, options[0], now, depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'array' || schema.items !== undefined) {
    const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
    return Array.from({ length: count }, () => sampleValue(reader, schema.items, now, depth + 1));
  }
  if (type === 'object' || reader.isObject(schema)) {
    const properties = reader.properties(schema);
    const out: Record<string, unknown> = {};
    for (const name of reader.required(schema)) out[name] = sampleValue(reader, properties[name], now, depth + 1);
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
