import type { Step } from '../context.js';
import { BuildError } from '../context.js';
import { githubAnchor, methodNameOf, tsPropertyKey } from '../model/naming.js';
import { tsLiteral } from '../model/literal.js';
import { limitsText, typeLabel } from '../model/schema-text.js';
import { bodyFieldsOf } from '../model/body-fields.js';
import { readerOrder, sampleOf, type DraftOperation } from '../model/samples.js';
import type { Example, Operation, Pagination, Param, ResponseRow, Section, StateLocation, ViewModel } from '../model/types.js';
import {
  HTTP_METHODS,
  isRef,
  resolveRef,
  type ExampleObject,
  type MediaTypeObject,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type PathItem,
  type ResponseObject,
  type SchemaObject,
} from '../openapi-types.js';

const JSON_MEDIA = 'application/json';
/** Filled in by the client from its configuration, so never an argument of an operation method. */
const DOMAIN_ID = 'domain_id';

function examplesOf(doc: OpenApiDocument, media: MediaTypeObject | undefined, kind: Example['kind'], status: string | null): Example[] {
  return Object.entries(media?.examples ?? {}).map(([name, example]) => {
    const resolved = resolveRef<ExampleObject>(doc, example);
    return { name, summary: resolved.summary ?? name, kind, status, jsonText: JSON.stringify(resolved.value, null, 2), value: resolved.value };
  });
}

function propertiesOf(doc: OpenApiDocument, schema: SchemaObject | undefined): Record<string, SchemaObject> {
  if (!schema) return {};
  const resolved = resolveRef<SchemaObject>(doc, schema as SchemaObject & { $ref: string });
  return Object.fromEntries(Object.entries(resolved.properties ?? {}).map(([key, value]) => [key, resolveRef<SchemaObject>(doc, value as SchemaObject & { $ref: string })]));
}

/**
 * List operations page by marker or offset when they take those parameters; any other list is one page. Only
 * `List…` operations qualify: an action whose answer happens to hold an array must never be repeated by a walk.
 */
function paginationOf(doc: OpenApiDocument, operationId: string, body: SchemaObject | undefined, queryParams: Param[]): Pagination | null {
  if (!operationId.startsWith('List')) return null;
  const properties = propertiesOf(doc, body);
  const itemsKey = Object.entries(properties).find(([, schema]) => schema.type === 'array')?.[0];
  if (!itemsKey) return null;
  const takes = (name: string) => queryParams.some((p) => p.name === name);
  // Some lists accept `marker` but answer without `page_info` (the quota lists): there is no cursor to follow.
  const style = takes('marker') && 'page_info' in properties ? 'marker' : takes('offset') ? 'offset' : 'single';
  return { style, itemsKey };
}

/** The resource object of a single-resource answer and its enum-typed `state` or `status` field. */
function stateOf(doc: OpenApiDocument, body: SchemaObject | undefined): StateLocation | null {
  const candidates = Object.entries(propertiesOf(doc, body)).filter(([key]) => key !== 'request_id');
  if (candidates.length !== 1) return null;
  const [itemKey, item] = candidates[0]!;
  const fields = propertiesOf(doc, item);
  for (const field of ['state', 'status']) {
    const values = fields[field]?.enum;
    if (values) return { itemKey, field, values: values.map(String) };
  }
  return null;
}

function paramOf(doc: OpenApiDocument, operationId: string, raw: ParameterObject): Param {
  if (raw.in !== 'path' && raw.in !== 'query') {
    throw new BuildError(`${operationId}: parameter "${raw.name}" is in ${raw.in}; only path and query parameters are supported (auth headers are security schemes).`);
  }
  const schema = isRef(raw.schema) ? { ...resolveRef(doc, raw.schema), $ref: undefined } : raw.schema;
  const items = schema.items && isRef(schema.items) ? resolveRef(doc, schema.items) : schema.items;
  const location = raw.in === 'path' ? `['parameters']['path']` : `['parameters']['query']`;
  const container = `operations['${operationId}']${location}`;
  return {
    name: raw.name,
    tsKey: tsPropertyKey(raw.name),
    in: raw.in,
    required: raw.in === 'path' || raw.required === true,
    description: (raw.description ?? '').trim(),
    type: typeLabel(raw.schema),
    limits: limitsText({ ...schema, items }),
    tsType: raw.in === 'path' ? `${container}['${raw.name}']` : `NonNullable<${container}>['${raw.name}']`,
  };
}


function operationOf(doc: OpenApiDocument, path: string, method: string, item: PathItem, op: OperationObject): DraftOperation {
  const { operationId } = op;
  const section = op.tags?.[0];
  if (!section) throw new BuildError(`${operationId}: an operation needs a tag naming its section.`);
  const rawParams = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef<ParameterObject>(doc, p));
  const params = rawParams.map((p) => paramOf(doc, operationId, p));
  const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const pathParams = params
    .filter((p) => p.in === 'path' && p.name !== DOMAIN_ID)
    .sort((a, b) => pathOrder.indexOf(a.name) - pathOrder.indexOf(b.name));
  const queryParams = params.filter((p) => p.in === 'query');
  const clash = pathParams.find((p) => queryParams.some((q) => q.name === p.name));
  if (clash) throw new BuildError(`${operationId}: "${clash.name}" is both a path and a query parameter; the flat arguments object cannot hold both.`);

  const requestBody = op.requestBody ? resolveRef(doc, op.requestBody) : undefined;
  const requestMedia = requestBody?.content[JSON_MEDIA];
  const body = requestMedia?.schema
    ? {
        required: requestBody?.required === true,
        schemaName: typeLabel(requestMedia.schema),
        tsType: `NonNullable<operations['${operationId}']['requestBody']>['content']['application/json']`,
        fields: bodyFieldsOf(doc, requestMedia.schema),
      }
    : null;

  const responses: ResponseRow[] = [];
  const examples: Example[] = examplesOf(doc, requestMedia, 'request', null);
  let success: Operation['success'] | undefined;
  let successSchema: SchemaObject | undefined;
  for (const [status, rawResponse] of Object.entries(op.responses)) {
    const response = resolveRef<ResponseObject>(doc, rawResponse);
    const media = response.content?.[JSON_MEDIA];
    const schemaName = media?.schema ? typeLabel(media.schema) : null;
    const errorExample = (media?.example as { error_code?: string } | undefined)?.error_code ?? '';
    responses.push({ status, description: response.description.trim(), schemaName, errorCode: errorExample });
    if (/^2\d\d$/.test(status)) {
      if (success) throw new BuildError(`${operationId}: more than one success status (${success.status}, ${status}).`);
      success = { status: Number(status), description: response.description.trim(), schemaName, fields: bodyFieldsOf(doc, media?.schema) };
      successSchema = media?.schema;
      examples.push(...examplesOf(doc, media, 'response', status));
    }
  }
  if (!success) throw new BuildError(`${operationId}: no 2xx response.`);
  const resultType = success.schemaName
    ? `operations['${operationId}']['responses'][${success.status}]['content']['application/json']`
    : 'void';

  return {
    operationId,
    methodName: methodNameOf(operationId),
    method: method.toUpperCase(),
    path,
    section,
    sectionSlug: githubAnchor(section),
    anchor: githubAnchor(operationId),
    summary: op.summary,
    description: (op.description ?? '').trim(),
    docsUrl: op.externalDocs?.url ?? '',
    deprecated: op.deprecated === true,
    usesDomainId: pathOrder.includes(DOMAIN_ID),
    pathParams,
    queryParams,
    params: [...pathParams, ...queryParams],
    argsRequired: pathParams.length > 0 || queryParams.some((p) => p.required) || body?.required === true,
    body,
    success,
    responses,
    examples,
    resultType,
    pagination: paginationOf(doc, operationId, successSchema, queryParams),
    // Waiters poll, so only reads qualify: polling a create or update would repeat it.
    state: method === 'get' ? stateOf(doc, successSchema) : null,
    tokenOnly: op.security !== undefined && op.security.length > 0 && op.security.every((requirement) => Object.keys(requirement).join() === 'IamToken'),
    rawParams,
  };
}

export function buildViewModel(doc: OpenApiDocument): ViewModel {
  const drafts: DraftOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op) drafts.push(operationOf(doc, path, method, item, op));
    }
  }
  const gets = drafts.filter((d) => d.method === 'GET');
  const server = doc.servers?.[0]?.url ?? '';
  const operations: Operation[] = drafts.map(({ tokenOnly, rawParams, ...op }) => ({ ...op, sample: sampleOf(doc, { ...op, tokenOnly, rawParams }, gets) }));
  operations.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
  const sections: Section[] = (doc.tags ?? []).map((tag) => ({
    name: tag.name,
    slug: githubAnchor(tag.name),
    description: (tag.description ?? '').trim(),
    operations: operations.filter((op) => op.section === tag.name).sort(readerOrder),
  }));
  const untagged = operations.find((op) => !sections.some((s) => s.name === op.section));
  if (untagged) throw new BuildError(`${untagged.operationId}: its tag "${untagged.section}" is not declared in the root's tags.`);
  return {
    title: doc.info.title,
    version: doc.info.version,
    docsEdition: doc.info['x-huawei-docs-edition'] ?? '',
    server,
    sections,
    operations,
  };
}

/** Turns the bundled spec into the view model templates are rendered from. */
export const model: Step = {
  name: 'model',
  async run(ctx) {
    if (!ctx.bundle) throw new BuildError('model: the bundle step has not run');
    ctx.model = buildViewModel(ctx.bundle);
  },
};
