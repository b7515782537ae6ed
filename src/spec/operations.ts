import { HTTP_METHODS, isRef, type ExampleObject, type OpenApiDocument, type OperationObject, type ParameterObject, type SchemaObject } from './document.js';
import { segmentsOf } from './router.js';
import { readEnvelope, type Envelope, type Schema, type SchemaReader } from './schemas.js';

const JSON_MEDIA = 'application/json';

export interface SpecParameter {
  name: string;
  in: ParameterObject['in'];
  /** Path parameters are always required. */
  required: boolean;
  /** The schema as written (a `$ref` keeps its name, for type labels and validators). */
  schema: Schema;
  /** The schema with its `$ref` and its `items`' `$ref` followed. */
  resolved: SchemaObject;
  /** The parameter object itself, `$ref` followed (description, example…). */
  raw: ParameterObject;
}

export interface NamedExample {
  /** The example's key in the spec, e.g. `UpdateCloudConnectionRequest`. */
  name: string;
  summary: string;
  value: unknown;
}

export interface SpecResponse {
  status: number;
  description: string;
  /** The JSON body schema as written; undefined for a bodiless answer (204). */
  schema?: Schema;
  examples: NamedExample[];
  /** The media type's single `example` (error responses carry one). */
  example?: unknown;
}

export interface Pagination {
  /** `marker`: follow `page_info.next_marker`; `offset`: advance `offset` by the page size; `single`: one page. */
  style: 'marker' | 'offset' | 'single';
  /** The array member of the answer that holds the items, e.g. `cloud_connections`. */
  itemsKey: string;
}

export interface StateLocation {
  /** The member of the answer holding the resource, e.g. `central_network`. */
  itemKey: string;
  /** `state` or `status`. */
  field: string;
  /** Every value the state can take, from the schema's enum. */
  values: string[];
}

export interface SpecOperation {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template as in the spec, e.g. `/v3/{domain_id}/ccaas/cloud-connections/{id}`. */
  path: string;
  /** Template segments without the leading empty one; parameters keep their braces. */
  segments: string[];
  /** The operation's first tag: its Huawei section. */
  section: string | undefined;
  raw: OperationObject;
  /** Path-level and operation-level parameters; an operation-level one overrides a path-level one of the same name and location. */
  parameters: SpecParameter[];
  /** In the order the spec lists them. */
  pathParams: SpecParameter[];
  queryParams: SpecParameter[];
  /** The JSON request body, when the operation takes one; `envelope.itemKey` is the resource key it sends. */
  body?: { schema: Schema; required: boolean; examples: NamedExample[]; example?: unknown; envelope: Envelope };
  /** Every declared answer, by status in ascending order. */
  responses: SpecResponse[];
  /** The one 2xx answer. */
  success: SpecResponse;
  successStatus: number;
  /** The first example value of the success answer, if the spec gives one. */
  successExample?: unknown;
  /** Where the success answer keeps its resource (`itemKey`) or page of resources (`listKey`). */
  envelope: Envelope;
  /** How a `List…` operation pages; null for any other operation and for answers without a list. */
  pagination: Pagination | null;
  /** The resource's lifecycle field in the success answer, when it holds one resource with a `state`/`status` enum. */
  state: StateLocation | null;
}

/** A failure to read the spec, naming the operation and what to fix. */
export class SpecError extends Error {
  override name = 'SpecError';
}

/** The first `state` or `status` member of an item schema whose enum lists strings. */
export function lifecycleOf(reader: SchemaReader, itemSchema: Schema | undefined): { field: string; values: string[] } | undefined {
  if (!itemSchema) return undefined;
  const properties = reader.properties(itemSchema);
  for (const field of ['state', 'status']) {
    const values = properties[field] ? reader.enumOf(properties[field]) : undefined;
    if (values && values.every((v) => typeof v === 'string')) return { field, values: values as string[] };
  }
  return undefined;
}

/**
 * List operations page by marker or offset when they take those parameters; any other list is one page. Only
 * `List…` operations qualify: an action whose answer happens to hold an array must never be repeated by a walk.
 * The items are the envelope's list member, the same one the emulator pages.
 */
function paginationOf(reader: SchemaReader, operationId: string, body: Schema | undefined, envelope: Envelope, queryParams: SpecParameter[]): Pagination | null {
  if (!operationId.startsWith('List') || !body || envelope.listKey === undefined) return null;
  const takes = (name: string) => queryParams.some((p) => p.name === name);
  // Some lists accept `marker` but answer without `page_info` (the quota lists): there is no cursor to follow.
  const style = takes('marker') && 'page_info' in reader.properties(body) ? 'marker' : takes('offset') ? 'offset' : 'single';
  return { style, itemsKey: envelope.listKey };
}

function examplesOf(reader: SchemaReader, examples: Record<string, unknown> | undefined): NamedExample[] {
  return Object.entries(examples ?? {}).map(([name, example]) => {
    const resolved = reader.resolve<ExampleObject>(example);
    return { name, summary: resolved.summary ?? name, value: resolved.value };
  });
}

function parameterOf(reader: SchemaReader, node: unknown): SpecParameter {
  const raw = reader.resolve<ParameterObject>(node);
  const schema = (raw.schema ?? {}) as Schema;
  const resolved = { ...reader.resolve<SchemaObject>(schema) };
  if (isRef(schema)) delete resolved.$ref;
  if (resolved.items && isRef(resolved.items)) resolved.items = reader.resolve<SchemaObject>(resolved.items);
  return { name: raw.name, in: raw.in, required: raw.in === 'path' || raw.required === true, schema, resolved, raw };
}

function responseOf(reader: SchemaReader, status: number, node: unknown): SpecResponse {
  const response = reader.resolve<{ description?: string; content?: Record<string, { schema?: Schema; example?: unknown; examples?: Record<string, unknown> }> }>(node);
  const media = response.content?.[JSON_MEDIA];
  return { status, description: (response.description ?? '').trim(), schema: media?.schema, examples: examplesOf(reader, media?.examples), example: media?.example };
}

function operationOf(reader: SchemaReader, path: string, method: string, item: OpenApiDocument['paths'][string], raw: OperationObject): SpecOperation {
  const where = `${method.toUpperCase()} ${path}`;
  if (!raw.operationId) throw new SpecError(`${where} has no operationId.`);
  const { operationId } = raw;
  const unique = new Map<string, SpecParameter>();
  for (const node of [...(item.parameters ?? []), ...(raw.parameters ?? [])]) {
    const param = parameterOf(reader, node);
    unique.set(`${param.in}:${param.name}`, param);
  }
  const parameters = [...unique.values()];
  const queryParams = parameters.filter((p) => p.in === 'query');
  const responses = Object.entries(raw.responses ?? {})
    .filter(([status]) => /^\d{3}$/.test(status))
    .map(([status, node]) => responseOf(reader, Number(status), node))
    .sort((a, b) => a.status - b.status);
  const successes = responses.filter((r) => r.status >= 200 && r.status < 300);
  if (successes.length === 0) throw new SpecError(`${operationId}: no 2xx response.`);
  if (successes.length > 1) throw new SpecError(`${operationId}: more than one success status (${successes.map((s) => s.status).join(', ')}).`);
  const success = successes[0] as SpecResponse;
  let body: SpecOperation['body'];
  if (raw.requestBody) {
    const requestBody = reader.resolve<{ required?: boolean; content?: Record<string, { schema?: Schema; example?: unknown; examples?: Record<string, unknown> }> }>(raw.requestBody);
    const media = requestBody.content?.[JSON_MEDIA];
    if (media?.schema) {
      body = { schema: media.schema, required: requestBody.required === true, examples: examplesOf(reader, media.examples), example: media.example, envelope: readEnvelope(reader, media.schema) };
    }
  }
  const envelope = readEnvelope(reader, success.schema);
  const lifecycle = envelope.itemKey === undefined ? undefined : lifecycleOf(reader, envelope.itemSchema);
  return {
    operationId,
    method: method.toUpperCase(),
    path,
    segments: segmentsOf(path),
    section: raw.tags?.[0],
    raw,
    parameters,
    pathParams: parameters.filter((p) => p.in === 'path'),
    queryParams,
    body,
    responses,
    success,
    successStatus: success.status,
    successExample: success.examples[0]?.value ?? success.example,
    envelope,
    pagination: paginationOf(reader, operationId, success.schema, envelope, queryParams),
    state: lifecycle && envelope.itemKey !== undefined ? { itemKey: envelope.itemKey, ...lifecycle } : null,
  };
}

/** The project's one walk over paths × methods: every operation of the bundled document, in document order. */
export function readOperations(doc: OpenApiDocument, reader: SchemaReader): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const raw = item[method];
      if (raw) operations.push(operationOf(reader, path, method, item, raw));
    }
  }
  return operations;
}
