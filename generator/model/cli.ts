/**
 * The command line's view of the spec: one command per operation, its flags and how `--wait` follows it. Built
 * from the view model plus the bundled document (for the request bodies' fields, which the view model does not
 * list), and written as a compact table (generated/cli.gen.ts) that the runtime in src/cli/ reads.
 */
import { BuildError } from '../context.js';
import { isRef, resolveRef, type OpenApiDocument, type SchemaObject } from '../../src/spec/index.js';
import type { Operation, ViewModel } from './types.js';
import { limitsText } from './schema-text.js';

export type CliFlagType = 'string' | 'integer' | 'number' | 'boolean' | 'json';

export interface CliFlag {
  /** Long flag without dashes: kebab-case, dots between body levels, e.g. `cloud-connection.name`. */
  flag: string;
  /** Where the value goes: the parameter's name, or the dotted body path, e.g. `cloud_connection.name`. */
  key: string;
  in: 'path' | 'query' | 'body';
  type: CliFlagType;
  /** Repeat the flag for each item. */
  array?: true;
  required?: true;
  enum?: string[];
  /** Shorter name for a field of the body's envelope object, when no other flag has it. */
  alias?: string;
  help: string;
}

export interface CliWait {
  /** The Show… operation polled. */
  show: string;
  /** `ready`: until one of `until`; `gone`: until 404. */
  kind: 'ready' | 'gone';
  until?: string[];
  /** Arguments of the Show call: its parameter name → where the value comes from (`arg:<name>` or `result:<dotted path>`). */
  args: Record<string, string>;
}

export interface CliCommand {
  operationId: string;
  /** Section command, e.g. `cloud-connections`. */
  section: string;
  /** Operation sub-command within the section, e.g. `update`. */
  name: string;
  summary: string;
  deprecated?: true;
  body?: 'required' | 'optional';
  flags: CliFlag[];
  /** Items key and paging style of a list answer, for `--all` and tables. */
  list?: { itemsKey: string; style: 'marker' | 'offset' | 'single'; columns: string[] };
  wait?: CliWait;
}

export interface CliSection {
  name: string;
  title: string;
  description: string;
}

export interface CliTable {
  sections: CliSection[];
  commands: CliCommand[];
}

/** Options of every command; no flag generated from the spec may take these names. */
export const GLOBAL_FLAGS = ['output', 'query', 'all', 'wait', 'profile', 'endpoint', 'dry-run', 'body-json', 'generate-skeleton', 'help', 'color', 'no-color', 'wait-timeout'];
/** States the spec uses for a usable resource; `--wait` after a create or update waits for one of them. */
const READY_STATES = ['ACTIVE', 'AVAILABLE'];
/** Deep bodies get a JSON-valued flag at this depth instead of ever longer dotted names. */
const MAX_DEPTH = 3;
const TABLE_COLUMNS = ['id', 'name', 'state', 'status', 'type', 'instance_type', 'region_id', 'bandwidth', 'size', 'cloud_connection_id', 'central_network_id', 'key', 'value', 'created_at'];

/** `UpdateCloudConnection` → `['update', 'cloud', 'connection']`; `CreateP2PSiteNetwork` keeps `p2p` whole. */
export function words(identifier: string): string[] {
  return identifier
    .split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z0-9])(?=[A-Z][a-z])|[\s_:-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

export const kebab = (name: string): string => words(name).join('-');

/** Compares nouns across number and spelling: `policies` ~ `policy`, `authorisations` ~ `authorizations`. */
function stem(word: string): string {
  return word.replace(/z/g, 's').replace(/ies$/, 'y').replace(/s$/, '');
}

/** `Site Network Management` → `site-network`: the section's name without the word "management". */
export function sectionCommand(section: string): string {
  return sectionWords(section).join('-');
}

/** Section names are prose (`Historical APIs: Tag Management`), so they split on spaces and punctuation only. */
function sectionWords(section: string): string[] {
  return section.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '' && word !== 'management');
}

/**
 * The naming rule: the operationId in kebab-case without the section's resource noun right after the verb, when
 * that noun is the section's whole noun or at least its first two words: `UpdateCloudConnection` in Cloud
 * Connections → `update`, `ListCloudConnectionTags` → `list-tags`, `CreateCentralNetworkGdgwAttachment` in Central
 * Network Attachments → `create-gdgw-attachment`. Names that would clash inside a section keep the full kebab-case.
 */
export function operationCommand(operationId: string, section: string): string {
  const [verb, ...rest] = words(operationId);
  const noun = sectionWords(section).map(stem);
  let matched = 0;
  while (matched < rest.length && matched < noun.length && stem(rest[matched]!) === noun[matched]) matched++;
  const strip = matched === noun.length || matched >= 2 ? matched : 0;
  return [verb, ...rest.slice(strip)].join('-');
}

type Resolved = SchemaObject & { properties?: Record<string, SchemaObject> };

function resolveSchema(doc: OpenApiDocument, schema: SchemaObject | undefined): Resolved {
  if (!schema) return {};
  const resolved = isRef(schema) ? resolveRef<SchemaObject>(doc, schema) : schema;
  if (!resolved.allOf) return resolved;
  const parts = resolved.allOf.map((part) => resolveSchema(doc, part));
  return {
    ...resolved,
    properties: Object.assign({}, ...parts.map((p) => p.properties), resolved.properties),
    required: [...parts.flatMap((p) => p.required ?? []), ...(resolved.required ?? [])],
    type: resolved.type ?? parts.find((p) => p.type)?.type,
  };
}

function scalarType(schema: Resolved): CliFlagType {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  return type === 'string' || type === 'integer' || type === 'number' || type === 'boolean' ? type : 'json';
}

function firstSentence(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

function helpOf(description: string | undefined, schema: Resolved, items: Resolved | undefined): string {
  const limits = limitsText({ ...schema, items });
  const fields = Object.keys((items ?? schema).properties ?? {});
  // An object flag says which fields it takes, so `--tags key=env,value=prod` can be written without the docs.
  const shape = fields.length > 0 && fields.length <= 6 ? `${items ? 'Each item' : 'Fields'}: ${fields.join(', ')}.` : '';
  return [firstSentence(description ?? schema.description), shape, limits ? `(${limits.replace(/`/g, '')})` : ''].filter(Boolean).join(' ');
}

function leafFlag(doc: OpenApiDocument, path: string[], where: CliFlag['in'], raw: SchemaObject, required: boolean, description?: string): CliFlag {
  const schema = resolveSchema(doc, raw);
  const isArray = schema.type === 'array';
  const items = isArray ? resolveSchema(doc, schema.items) : undefined;
  const valueSchema = items ?? schema;
  const type = scalarType(valueSchema);
  const values = valueSchema.enum?.map(String);
  return {
    flag: path.map(kebab).join('.'),
    key: path.join('.'),
    in: where,
    type,
    ...(isArray ? { array: true as const } : {}),
    ...(required ? { required: true as const } : {}),
    ...(values ? { enum: values } : {}),
    help: helpOf(description, schema, items),
  };
}

/** Flags for every leaf of a body object: nested objects as dotted names, deeper or polymorphic parts as JSON. */
function bodyFlags(doc: OpenApiDocument, schema: Resolved, path: string[], required: boolean, depth: number): CliFlag[] {
  const flags: CliFlag[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const child = resolveSchema(doc, raw);
    if (child.readOnly === true) continue;
    const childRequired = required && (schema.required ?? []).includes(name);
    const nested = child.properties && Object.keys(child.properties).length > 0 && !child.oneOf && !child.anyOf;
    if (nested && depth < MAX_DEPTH) flags.push(...bodyFlags(doc, child, [...path, name], childRequired, depth + 1));
    else flags.push(leafFlag(doc, [...path, name], 'body', raw, childRequired, (raw as SchemaObject).description));
  }
  return flags;
}

function paramSchema(doc: OpenApiDocument, op: Operation, name: string): { schema: SchemaObject; description?: string } {
  const item = doc.paths[op.path] as Record<string, { parameters?: unknown[] } | unknown[]>;
  const all = [...((item.parameters as unknown[]) ?? []), ...(((item[op.method.toLowerCase()] as { parameters?: unknown[] }).parameters) ?? [])];
  const found = all.map((p) => resolveRef<{ name: string; schema: SchemaObject; description?: string }>(doc, p as never)).find((p) => p.name === name);
  if (!found) throw new BuildError(`cli: ${op.operationId} has no parameter "${name}" in the bundle.`);
  return found;
}

/** The envelope's direct fields get their bare name as an alias when nothing else is called that. */
function addAliases(flags: CliFlag[]): void {
  const envelopes = new Set(flags.filter((f) => f.in === 'body').map((f) => f.key.split('.')[0]));
  if (envelopes.size !== 1) return;
  const taken = new Set([...GLOBAL_FLAGS, ...flags.map((f) => f.flag)]);
  const candidates = flags.filter((f) => f.in === 'body' && f.key.split('.').length === 2);
  const counts = new Map<string, number>();
  for (const f of flags.filter((f) => f.in === 'body')) {
    const last = f.flag.split('.').pop()!;
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  for (const f of candidates) {
    const short = f.flag.split('.')[1]!;
    if (!taken.has(short) && counts.get(short) === 1) f.alias = short;
  }
}

/**
 * What `--wait` polls: the section's stateful Show… at the same path (updates, deletes) or just below it (creates,
 * with the new id from the answer); for any other 202 operation, the stateful Show… whose path parameters it
 * already has (the parent resource, e.g. the central network a policy is applied to), until ready again.
 */
function waitOf(doc: OpenApiDocument, op: Operation, model: ViewModel): CliWait | undefined {
  const stateful = model.operations.filter((s) => s.state);
  const shows = stateful.filter((s) => s.section === op.section);
  const ready = (show: Operation) => show.state!.values.filter((v) => READY_STATES.includes(v));
  const sameArgs = (show: Operation) => Object.fromEntries(show.pathParams.map((p) => [p.name, `arg:${p.name}`]));
  const readyWait = (show: Operation, args = sameArgs(show)): CliWait => ({ show: show.operationId, kind: 'ready', until: ready(show), args });
  const onSamePath = shows.find((s) => s.path === op.path);
  if (onSamePath && op.method === 'DELETE') return { show: onSamePath.operationId, kind: 'gone', args: sameArgs(onSamePath) };
  if (onSamePath && op.method === 'PUT') return readyWait(onSamePath);
  if (op.method === 'POST' && op.operationId.startsWith('Create')) {
    const below = shows.filter((s) => s.path.slice(0, s.path.lastIndexOf('/')) === op.path);
    const show = below.length === 1 ? below[0] : shows.length === 1 ? shows[0] : undefined;
    const created = resultKey(doc, op);
    if (show && created) return readyWait(show, { ...sameArgs(show), [show.pathParams[show.pathParams.length - 1]!.name]: `result:${created}.id` });
  }
  if (op.success.status !== 202) return undefined;
  const has = (show: Operation) => show.pathParams.length > 0 && show.pathParams.every((p) => op.pathParams.some((q) => q.name === p.name));
  const parent = stateful.filter(has).sort((a, b) => b.pathParams.length - a.pathParams.length)[0];
  return parent ? readyWait(parent) : undefined;
}

function successSchema(doc: OpenApiDocument, op: Operation): Resolved {
  const success = (doc.paths[op.path] as Record<string, { responses: Record<string, { content?: Record<string, { schema: SchemaObject }> }> }>)[op.method.toLowerCase()]!;
  const media = resolveRef<{ content?: Record<string, { schema: SchemaObject }> }>(doc, success.responses[String(op.success.status)] as never).content?.['application/json'];
  return resolveSchema(doc, media?.schema);
}

/** The property of a single-resource answer that holds the resource, e.g. `p2p_site_network`. */
function resultKey(doc: OpenApiDocument, op: Operation): string | undefined {
  if (op.success.schemaName === null) return undefined;
  const keys = Object.keys(successSchema(doc, op).properties ?? {}).filter((key) => key !== 'request_id');
  return keys.length === 1 ? keys[0] : undefined;
}

function columnsOf(doc: OpenApiDocument, op: Operation, itemsKey: string): string[] {
  const list = resolveSchema(doc, successSchema(doc, op).properties?.[itemsKey]);
  const item = resolveSchema(doc, list.items);
  const scalar = Object.entries(item.properties ?? {}).filter(([, s]) => scalarType(resolveSchema(doc, s)) !== 'json').map(([k]) => k);
  const preferred = TABLE_COLUMNS.filter((c) => scalar.includes(c));
  return (preferred.length >= 2 ? preferred : [...preferred, ...scalar.filter((c) => !preferred.includes(c))]).slice(0, 6);
}

function commandOf(doc: OpenApiDocument, op: Operation, model: ViewModel): CliCommand {
  const flags: CliFlag[] = op.params.map((param) => {
    const { schema, description } = paramSchema(doc, op, param.name);
    return leafFlag(doc, [param.name], param.in, schema, param.required, description);
  });
  if (op.body) {
    const media = (doc.paths[op.path] as Record<string, { requestBody?: unknown }>)[op.method.toLowerCase()]!.requestBody;
    const schema = resolveSchema(doc, resolveRef<{ content: Record<string, { schema: SchemaObject }> }>(doc, media as never).content['application/json']!.schema);
    flags.push(...bodyFlags(doc, schema, [], op.body.required, 1));
    addAliases(flags);
  }
  const names = flags.flatMap((f) => [f.flag, ...(f.alias ? [f.alias] : [])]);
  const clash = names.find((name, i) => names.indexOf(name) !== i || GLOBAL_FLAGS.includes(name));
  if (clash) throw new BuildError(`cli: ${op.operationId} would have two flags named --${clash}; rename the parameter or field, or teach generator/model/cli.ts a prefix.`);
  const command: CliCommand = {
    operationId: op.operationId,
    section: sectionCommand(op.section),
    name: operationCommand(op.operationId, op.section),
    summary: op.summary,
    ...(op.deprecated ? { deprecated: true as const } : {}),
    ...(op.body ? { body: op.body.required ? ('required' as const) : ('optional' as const) } : {}),
    flags,
  };
  if (op.pagination) command.list = { ...op.pagination, columns: columnsOf(doc, op, op.pagination.itemsKey) };
  const wait = waitOf(doc, op, model);
  if (wait) command.wait = wait;
  return command;
}

export function buildCliTable(doc: OpenApiDocument, model: ViewModel): CliTable {
  const commands = model.operations.map((op) => commandOf(doc, op, model));
  const seen = new Map<string, string>();
  for (const command of commands) {
    const full = `${command.section} ${command.name}`;
    // A stripped name that two operations share falls back to the whole operationId for both.
    if (seen.has(full)) {
      const other = commands.find((c) => c.operationId === seen.get(full))!;
      other.name = kebab(other.operationId);
      command.name = kebab(command.operationId);
    }
    seen.set(full, command.operationId);
  }
  const sections = model.sections.map((s) => ({ name: sectionCommand(s.name), title: s.name, description: firstSentence(s.description) }));
  const sectionNames = sections.map((s) => s.name);
  if (new Set(sectionNames).size !== sectionNames.length) throw new BuildError('cli: two sections have the same command name.');
  return { sections, commands };
}
