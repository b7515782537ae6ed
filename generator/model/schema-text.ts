import { refName, type SchemaObject } from '../../src/spec/document.js';

/** A short type label for documentation: `string`, `integer (int32)`, `string[]`, `CloudConnection`, `"ACTIVE" \| "DOWN"`. */
export function typeLabel(schema: SchemaObject): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' \\| ');
  if (schema.type === 'array' && schema.items) {
    const item = typeLabel(schema.items);
    return item.includes(' ') ? `(${item})[]` : `${item}[]`;
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' \\| ') : (schema.type ?? 'any');
  return schema.format ? `${type} (${schema.format})` : type;
}

function range(min: number | undefined, max: number | undefined, unit: string): string | null {
  if (min === undefined && max === undefined) return null;
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min} ${unit}` : `${min}–${max} ${unit}`;
  return min !== undefined ? `at least ${min} ${unit}` : `at most ${max} ${unit}`;
}

/** The constraints of a schema in words, e.g. `1–64 characters; matches ^[^<>]*$; default 1000`. */
export function limitsText(schema: SchemaObject): string {
  const parts = [
    range(schema.minLength, schema.maxLength, 'characters'),
    range(schema.minimum, schema.maximum, '(value)')?.replace(' (value)', '') ?? null,
    range(schema.minItems, schema.maxItems, 'items'),
    schema.items ? range(schema.items.minLength, schema.items.maxLength, 'characters each') : null,
    schema.pattern ? `matches \`${schema.pattern}\`` : null,
    schema.default !== undefined ? `default \`${JSON.stringify(schema.default)}\`` : null,
  ];
  return parts.filter((part): part is string => part !== null).join('; ');
}
