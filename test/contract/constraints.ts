import { isDeepStrictEqual } from 'node:util';
import { createSpecModel, resolveRef, type OpenApiDocument, type ParameterObject, type SchemaObject } from '../../src/spec/index.js';

/** The constraint keywords compared between the spec and Huawei's reference, and required-ness. */
export const KEYWORDS = ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'enum', 'default', 'pattern', 'format'] as const;
export type Keyword = (typeof KEYWORDS)[number] | 'required';

export interface ReferenceParam {
  name: string;
  array?: boolean;
  required: boolean;
  enum?: unknown[];
  [keyword: string]: unknown;
}
export interface ReferenceField {
  name: string;
  schema: { type?: string; $ref?: string; enum?: unknown[]; format?: string; items?: ReferenceField['schema'] };
  required: boolean;
  constraints?: Record<string, unknown>;
}
export interface ReferenceOperation {
  operationId: string;
  method: string;
  path: string;
  section: string;
  historical: boolean;
  pathParams: ReferenceParam[];
  queryParams: ReferenceParam[];
  requestBody: string | null;
  requestBodyFields: ReferenceField[] | null;
  responseBodyFields: ReferenceField[] | null;
  successStatus: number;
}
export interface ReferenceModels {
  v3: Record<string, { fields: ReferenceField[] }>;
  v2: Record<string, { fields: ReferenceField[] }>;
}

/** One constraint of one field: where it sits, and what each side says (undefined: not stated). */
export interface Comparison {
  operationId: string;
  where: string;
  keyword: Keyword;
  spec: unknown;
  reference: unknown;
  /** Where the spec states (or would state) it: file under openapi/ and the keys inside it. */
  location: string;
}

/**
 * A constraint the spec states although the reference does not (or states differently), with the Huawei page
 * that is its source. `where` matches the field's path (`query limit`, `request cloud_connection.name`,
 * `response cloud_connections[].id`); `operations` limits it to some operations (all when absent).
 */
export interface Allowance {
  operations?: RegExp;
  where: RegExp;
  keyword: Keyword;
  spec: unknown;
  page: string;
}

type Values = Partial<Record<Keyword, unknown>>;

/** A schema and where it is written: `components/schemas/Tag.yaml` plus the keys inside that file. */
interface Located {
  schema: SchemaObject | undefined;
  at: string;
}

/** Follows `$ref`s, moving the location to the component file each one names. */
function locate(doc: OpenApiDocument, { schema, at }: Located): Located {
  let current = schema;
  let where = at;
  while (current?.$ref) {
    const [, kind, name] = /^#\/components\/(\w+)\/(.+)$/.exec(current.$ref) ?? [];
    where = `components/${kind}/${name}.yaml`;
    current = resolveRef<SchemaObject>(doc, { $ref: current.$ref });
  }
  return { schema: current, at: where };
}

function child(located: Located, key: string, value: SchemaObject | undefined): Located {
  return { schema: value, at: `${located.at}${located.at.includes('#') ? '' : '#'}/${key}` };
}

/** `minLength: 0` and `minItems: 0` say nothing; JSON Schema treats them as absent. */
function meaningful(values: Values): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(values) as [Keyword, unknown][]) {
    if (value === undefined) continue;
    if ((key === 'minLength' || key === 'minItems') && value === 0) continue;
    out[key] = key === 'enum' ? [...(value as unknown[])].map(String).sort() : value;
  }
  return out;
}

/** The keywords a schema states itself (after following its `$ref`), the type-describing formats aside. */
function specValues(schema: SchemaObject | undefined): Values {
  const values: Values = {};
  for (const keyword of KEYWORDS) values[keyword] = schema?.[keyword];
  // Formats are compared only where they constrain (uuid); int32/int64/date-time describe the type.
  if (values.format !== 'uuid') delete values.format;
  return values;
}

/**
 * Character-set rules the reference states in words (its `note`), as the patterns the spec uses for them. The name
 * rule takes Chinese (the reference's note and the 2026 Chinese edition) and spaces, which Huawei's own examples
 * ("new cloud-connection name") use.
 */
export const NOTE_PATTERNS: [RegExp, string][] = [
  [/angle brackets \(<>\) not allowed/, '^[^<>]*$'],
  [/^letters, digits, _ - \./, '^[A-Za-z0-9\\u4E00-\\u9FFF _.-]+$'],
];

/** The reference's keywords for a field schema plus its `constraints` block. */
function referenceValues(field: ReferenceField): { own: Values; items: Values } {
  const c = field.constraints ?? {};
  const own: Values = {};
  const items: Values = {};
  for (const keyword of KEYWORDS) if (keyword !== 'enum' && keyword !== 'format') own[keyword] = c[keyword];
  own.enum = field.schema.enum;
  const note = typeof c.note === 'string' ? c.note : '';
  own.pattern ??= NOTE_PATTERNS.find(([words]) => words.test(note))?.[1];
  if (field.schema.items?.enum) items.enum = field.schema.items.enum;
  if (c.itemsMaxLength !== undefined) items.maxLength = c.itemsMaxLength;
  return { own, items };
}

export class ConstraintWalk {
  readonly comparisons: Comparison[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly doc: OpenApiDocument,
    private readonly models: ReferenceModels,
  ) {}

  private compare(operationId: string, where: string, location: string, spec: Values, reference: Values): void {
    const s = meaningful(spec);
    const r = meaningful(reference);
    for (const keyword of new Set([...Object.keys(s), ...Object.keys(r)]) as Set<Keyword>) {
      this.comparisons.push({ operationId, where, keyword, spec: s[keyword], reference: r[keyword], location });
    }
  }

  private required(operationId: string, where: string, location: string, spec: boolean, reference: boolean): void {
    this.comparisons.push({ operationId, where, keyword: 'required', spec, reference, location });
  }

  params(operationId: string, where: 'path' | 'query', reference: ReferenceParam[], spec: Located[]): void {
    for (const ref of reference) {
      const holder = spec.find((p) => (p.schema as unknown as ParameterObject).in === where && (p.schema as unknown as ParameterObject).name === ref.name);
      if (!holder) continue; // a missing parameter is reported by the coverage of names
      const param = holder.schema as unknown as ParameterObject;
      const label = `${where} ${ref.name}`;
      const refValues: Values = {};
      for (const keyword of KEYWORDS) if (keyword !== 'format') refValues[keyword] = ref[keyword];
      const schema = locate(this.doc, child(holder, 'schema', param.schema));
      if (ref.array) {
        const { minItems, maxItems, default: scalar, ...itemValues } = refValues;
        // The reference gives an array filter's default as the one value; the spec states it as the array.
        const fallback = scalar === undefined || Array.isArray(scalar) ? scalar : [scalar];
        const own = specValues(schema.schema);
        this.compare(operationId, label, schema.at, { minItems: own.minItems, maxItems: own.maxItems, default: own.default }, { minItems, maxItems, default: fallback });
        const items = locate(this.doc, child(schema, 'items', schema.schema?.items));
        this.compare(operationId, `${label}[]`, items.at, specValues(items.schema), itemValues);
      } else {
        this.compare(operationId, label, schema.at, specValues(schema.schema), refValues);
      }
      this.required(operationId, label, holder.at, Boolean(param.required), ref.required);
    }
  }

  /** Compares the reference's fields with the properties of `holder`, nested models included. */
  fields(operationId: string, prefix: string, fields: ReferenceField[], holder: Located, models: 'v3' | 'v2'): void {
    const object = locate(this.doc, holder);
    const key = `${operationId} ${prefix} ${object.at}`;
    if (!object.schema || this.seen.has(key)) return;
    this.seen.add(key);
    for (const field of fields) {
      const raw = object.schema.properties?.[field.name];
      if (!raw) continue; // fields are compared where both sides name them
      const where = `${prefix}${prefix.endsWith(' ') ? '' : '.'}${field.name}`;
      const { own, items } = referenceValues(field);
      const property = locate(this.doc, child(object, `properties/${field.name}`, raw));
      this.compare(operationId, where, property.at, specValues(property.schema), own);
      this.required(operationId, where, `${object.at}${object.at.includes('#') ? '' : '#'}/required`, (object.schema.required ?? []).includes(field.name), field.required);
      const target = field.schema.$ref ?? field.schema.items?.$ref;
      if (field.schema.items) {
        const specItems = locate(this.doc, child(property, 'items', property.schema?.items));
        if (!field.schema.items.$ref) this.compare(operationId, `${where}[]`, specItems.at, specValues(specItems.schema), items);
        if (target) this.nested(operationId, `${where}[]`, target, specItems, models);
      } else if (target) {
        this.nested(operationId, where, target, property, models);
      }
    }
  }

  private nested(operationId: string, where: string, model: string, holder: Located, models: 'v3' | 'v2'): void {
    const fields = this.models[models][model]?.fields;
    if (fields) this.fields(operationId, where, fields, holder, models);
  }
}

function body(holder: unknown, at: string): Located {
  const content = (holder as { content?: Record<string, { schema?: SchemaObject }> } | undefined)?.content;
  return { schema: content?.['application/json']?.schema, at };
}

/** Every constraint of every parameter and body field, spec and reference side by side. */
export function compareConstraints(doc: OpenApiDocument, operations: ReferenceOperation[], models: ReferenceModels): Comparison[] {
  const walk = new ConstraintWalk(doc, models);
  for (const { operationId, path: urlPath, method: upper, raw: op } of createSpecModel(doc).operations) {
    const ref = operations.find((candidate) => candidate.operationId === operationId && candidate.path === urlPath);
    if (!ref) continue;
    const method = upper.toLowerCase();
    const item = doc.paths[urlPath]!;
    const file = `paths/${urlPath.replace(/^\/v3\/\{domain_id\}\//, '').replace(/\//g, '_')}.yaml`;
    // The parameters as written (their `$ref`s kept), so a drift names the component file to fix.
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
      locate(doc, { schema: p as unknown as SchemaObject, at: `${file}#/${method}/parameters` }),
    );
    const pkg = ref.historical ? 'v2' : 'v3';
    walk.params(operationId, 'path', ref.pathParams, params);
    walk.params(operationId, 'query', ref.queryParams, params);
    if (ref.requestBodyFields && op.requestBody) walk.fields(operationId, 'request ', ref.requestBodyFields, body(resolveRef(doc, op.requestBody), `${file}#/${method}/requestBody`), pkg);
    const success = Object.keys(op.responses).find((status) => status.startsWith('2'));
    if (ref.responseBodyFields && success) walk.fields(operationId, 'response ', ref.responseBodyFields, body(resolveRef(doc, op.responses[success]!), `${file}#/${method}/responses/${success}`), pkg);
  }
  return walk.comparisons;
}

function show(value: unknown): string {
  return value === undefined ? 'not stated' : JSON.stringify(value);
}

/**
 * The comparisons where the two sides disagree and nothing sources the spec's value: neither the reference for
 * another operation that reads the same spec location (a shared component is one fact), nor an allowance.
 */
export function drifts(comparisons: Comparison[], allowances: Allowance[]): string[] {
  const sourced = new Set(comparisons.filter((c) => c.spec !== undefined && isDeepStrictEqual(c.spec, c.reference)).map((c) => `${c.location} ${c.keyword}`));
  return comparisons
    .filter((c) => !isDeepStrictEqual(c.spec, c.reference))
    .filter((c) => !(c.reference === undefined && sourced.has(`${c.location} ${c.keyword}`)))
    .filter((c) => !allowances.some((a) => a.keyword === c.keyword && a.where.test(c.where) && (a.operations?.test(c.operationId) ?? true) && isDeepStrictEqual(a.spec, c.spec)))
    .map((c) => `${c.operationId}: ${c.where} ${c.keyword} is ${show(c.spec)} in the spec, reference says ${show(c.reference)} (openapi/${c.location})`);
}
