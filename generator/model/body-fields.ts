import { isRef, refName, resolveRef, type OpenApiDocument, type SchemaObject } from '../../src/spec/index.js';
import { limitsText, typeLabel } from './schema-text.js';
import type { BodyField } from './types.js';

/** Deeper than this, a body table stops descending (no Cloud Connect body comes close); cycles stop earlier. */
const MAX_DEPTH = 8;

function resolved(doc: OpenApiDocument, schema: SchemaObject): SchemaObject {
  return isRef(schema) ? resolveRef<SchemaObject>(doc, schema) : schema;
}

/** The properties and required names of an object schema, with `allOf` merged and `oneOf`/`anyOf` variants pooled. */
function objectShape(doc: OpenApiDocument, schema: SchemaObject): { properties: [string, SchemaObject][]; required: Set<string> } {
  const properties = new Map<string, SchemaObject>(Object.entries(schema.properties ?? {}));
  const required = new Set(schema.required ?? []);
  for (const part of schema.allOf ?? []) {
    const shape = objectShape(doc, resolved(doc, part));
    for (const [name, property] of shape.properties) properties.set(name, property);
    for (const name of shape.required) required.add(name);
  }
  // A field of one variant is never required of the body as a whole, so variants only add optional rows.
  for (const variant of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    for (const [name, property] of objectShape(doc, resolved(doc, variant)).properties) if (!properties.has(name)) properties.set(name, property);
  }
  return { properties: [...properties], required };
}

/** What the Type column shows: a named object by its name, an enum by its values, anything else by its JSON type. */
function fieldType(doc: OpenApiDocument, schema: SchemaObject): string {
  const target = resolved(doc, schema);
  if (schema.$ref && (target.enum || (target.type !== 'object' && target.type !== 'array'))) return typeLabel(target);
  if (!schema.$ref && schema.type === 'array' && schema.items?.$ref) {
    const item = resolved(doc, schema.items);
    if (item.enum) return `(${typeLabel(item)})[]`;
  }
  return typeLabel(schema);
}

function isObject(schema: SchemaObject): boolean {
  return schema.type === 'object' || schema.properties !== undefined || schema.allOf !== undefined || schema.oneOf !== undefined || schema.anyOf !== undefined;
}

function collect(doc: OpenApiDocument, schema: SchemaObject, prefix: string, seen: readonly string[], rows: BodyField[]): void {
  if (seen.length > MAX_DEPTH) return;
  const { properties, required } = objectShape(doc, resolved(doc, schema));
  for (const [name, property] of properties) {
    const target = resolved(doc, property);
    const path = `${prefix}${name}`;
    const description = (property.description ?? target.description ?? '').trim();
    rows.push({ path, type: fieldType(doc, property), required: required.has(name), limits: limitsText(target), description, deprecated: target.deprecated === true || property.deprecated === true });
    // Descend into objects and arrays of objects, once per named schema on the way down (a schema may hold itself).
    const refs = [property.$ref, target.items?.$ref].filter((ref): ref is string => ref !== undefined).map(refName);
    if (refs.some((ref) => seen.includes(ref))) continue;
    const next = [...seen, ...refs];
    if (isObject(target)) collect(doc, target, `${path}.`, next, rows);
    else if (target.type === 'array' && target.items && isObject(resolved(doc, target.items))) collect(doc, target.items, `${path}[].`, next, rows);
  }
}

/**
 * Every field of a request or response body, nested ones under dotted paths (`cloud_connection.tags[].key`), in
 * the schema's order, for the reference's body tables. `required` is relative to the field's parent object.
 */
export function bodyFieldsOf(doc: OpenApiDocument, schema: SchemaObject | undefined): BodyField[] {
  if (!schema) return [];
  const rows: BodyField[] = [];
  collect(doc, schema, '', schema.$ref ? [refName(schema.$ref)] : [], rows);
  return rows;
}
