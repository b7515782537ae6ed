import type { CliCommand } from './cli.js';
import { cliSample, UNIQUE_MARK } from './cli-sample.js';
import { tsLiteral } from './literal.js';
import type { Operation, Param, Sample } from './types.js';
import { isRef, resolveRef, type OpenApiDocument, type ParameterObject, type SchemaObject } from '../../src/spec/index.js';

/** An operation before its samples, which need every other operation's examples. */
export type DraftOperation = Omit<Operation, 'sample'> & { tokenOnly: boolean; rawParams: ParameterObject[] };

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** The first object of a list answer's example, or the resource of a single-resource answer's example. */
function exampleResource(op: DraftOperation | undefined): Record<string, unknown> | undefined {
  const value = op?.examples.find((e) => e.kind === 'response')?.value as Record<string, unknown> | undefined;
  if (!value) return undefined;
  const inner = op!.pagination ? (value[op!.pagination.itemsKey] as unknown[] | undefined)?.[0] : Object.entries(value).find(([key]) => key !== 'request_id')?.[1];
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : undefined;
}

/**
 * A value for a path parameter that names something the spec's own examples describe, so a sample points at a
 * resource the emulator can seed from the same examples: the resource shown at that path, else the first item
 * listed in the collection above it, else the enum's first value or a placeholder. A parameter's own `example`
 * wins, for ids whose resource lives at a path of another name.
 */
function samplePathValue(param: Param, path: string, raw: ParameterObject, schema: SchemaObject, gets: DraftOperation[]): string {
  if (typeof raw.example === 'string') return raw.example;
  const template = `{${param.name}}`;
  const upTo = path.slice(0, path.indexOf(template) + template.length);
  const collection = upTo.slice(0, upTo.lastIndexOf('/'));
  const fromShow = exampleResource(gets.find((g) => g.path === upTo && !g.pagination));
  const fromList = exampleResource(gets.find((g) => g.path === collection && g.pagination));
  const fromAnyShow = exampleResource(gets.find((g) => g.path.endsWith(`/${template}`) && !g.pagination));
  for (const resource of [fromShow, fromList, fromAnyShow]) {
    const value = resource?.id ?? resource?.key;
    if (typeof value === 'string' && value !== '') return value;
  }
  return schema.enum ? String(schema.enum[0]) : PLACEHOLDER_ID;
}

/** UNIQUE_MARK marks a name the samples make unique per run; replaced in the TypeScript and shell text, never sent. */
const UNIQUE_TS = /'\u0000unique:([^'\\]*)'/g;
const UNIQUE_JSON = /"\\u0000unique:([^"\\]*)"/g;

/**
 * A create body whose resource has a `name` gets a name that differs per run (Cloud Connect refuses a second
 * resource of the same name, CC.1031), so a reader can run the create sample again; the seeded example keeps its own.
 */
function withUniqueName(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const entries = Object.entries(body);
  const [key, resource] = entries[0] ?? [];
  if (entries.length !== 1 || typeof resource !== 'object' || resource === null || typeof (resource as { name?: unknown }).name !== 'string') return body;
  return { [key!]: { ...resource, name: `${UNIQUE_MARK}${(resource as { name: string }).name}` } };
}

/** Walk order on a section's page: make, read, change, tag, then undo and delete, children before parents. */
const VERBS = ['Create', 'List', 'Count', 'Show', 'Update', 'Batch', 'Apply', 'Associate', 'Tag', 'Untag', 'Disassociate', 'Delete'];

function verbRank(operationId: string): number {
  const rank = VERBS.findIndex((verb) => operationId.startsWith(verb));
  return rank === -1 ? VERBS.indexOf('Update') : rank;
}

/** Orders a section's operations as a reader walks its resources against a freshly started `npm start`. */
export function readerOrder(a: Operation, b: Operation): number {
  const byVerb = verbRank(a.operationId) - verbRank(b.operationId);
  if (byVerb !== 0) return byVerb;
  const depth = (op: Operation) => op.path.split('/').length;
  const byDepth = a.operationId.startsWith('Delete') ? depth(b) - depth(a) : depth(a) - depth(b);
  if (byDepth !== 0) return byDepth;
  return a.operationId < b.operationId ? -1 : 1;
}

export function sampleOf(doc: OpenApiDocument, op: DraftOperation, gets: DraftOperation[], command: CliCommand): Sample {
  const args: Record<string, unknown> = {};
  let path = op.path;
  for (const param of op.pathParams) {
    const raw = op.rawParams.find((p) => p.name === param.name)!;
    const schema = isRef(raw.schema) ? resolveRef<SchemaObject>(doc, raw.schema) : raw.schema;
    const value = samplePathValue(param, op.path, raw, schema, gets);
    args[param.name] = value;
    path = path.replace(`{${param.name}}`, encodeURIComponent(value));
  }
  const requiredQuery = op.rawParams.filter((p) => p.in === 'query' && p.required);
  for (const raw of requiredQuery) {
    const schema = isRef(raw.schema) ? resolveRef<SchemaObject>(doc, raw.schema) : raw.schema;
    const items = schema.items && isRef(schema.items) ? resolveRef<SchemaObject>(doc, schema.items) : schema.items;
    const first = (items ?? schema).enum?.[0] ?? 'example';
    args[raw.name] = schema.type === 'array' ? [first] : first;
  }
  const example = op.examples.find((e) => e.kind === 'request')?.value;
  const body = op.operationId.startsWith('Create') ? withUniqueName(example) : example;
  if (body !== undefined) args.body = body;
  const { body: _body, ...flagArgs } = args;
  const query = requiredQuery.map((p) => [p.name, args[p.name]] as const);
  const search = query.flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${name}=${encodeURIComponent(String(v))}`)).join('&');
  return {
    args: Object.keys(args).length > 0 ? tsLiteral(args).replace(UNIQUE_TS, (_, name: string) => `\`${name}-\${Date.now()}\``) : '',
    argsValue: example === undefined ? args : { ...args, body: example },
    uniqueName: body !== example,
    // `:?` stops the shell with that hint when the variable is unset, rather than calling the real service.
    shellUrl: `\${CLOUD_CONNECT_ENDPOINT:?run npm start and paste its export lines}${(search ? `${path}?${search}` : path).replace('{domain_id}', '$HUAWEICLOUD_SDK_DOMAIN_ID')}`,
    shellBody: body === undefined ? '' : JSON.stringify(body).replace(/'/g, `'\\''`).replace(UNIQUE_JSON, (_, name: string) => `"${name}-'$RANDOM'"`),
    cli: cliSample(command, flagArgs, body),
    tokenOnly: op.tokenOnly,
    printsResult: op.success.schemaName !== null,
  };
}

