/**
 * The command line's view of the spec: one command per operation, its flags and how `--wait` follows it. Built
 * from the view model's operations plus the spec model (parameter, body and answer schemas, read through its
 * SchemaReader), and written as a compact table (generated/cli.gen.ts) that the runtime in src/cli/ reads; the
 * docs' CLI samples are written from the same table.
 */
import { BuildError } from '../context.js';
import type { Schema, SchemaObject, SchemaReader, SpecModel } from '../../src/spec/index.js';
import type { Operation } from './types.js';
import { fieldsOf, waitOf } from './cli-wait.js';
import { limitsText } from './schema-text.js';

// The table's shape is the runtime's (src/cli/table.ts): the generator writes what the command line reads.
import type { CliCommand, CliFlag, CliFlagType, CliSection, CliTable, CliWait } from '../../src/cli/table.js';
export type { CliCommand, CliFlag, CliFlagType, CliSection, CliTable, CliWait };

/** The table is built in steps (aliases, then clashing names) before it is frozen into the readonly shape. */
type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** Options of every command; no flag generated from the spec may take these names. */
export const GLOBAL_FLAGS = ['output', 'query', 'all', 'wait', 'profile', 'endpoint', 'dry-run', 'body-json', 'generate-skeleton', 'help', 'color', 'no-color', 'wait-timeout'];
/** Deep bodies get a JSON-valued flag at this depth instead of ever longer dotted names. */
const MAX_DEPTH = 3;
/** Table columns in the order shown, when an item has them: what tells one item from another at a glance. */
const TABLE_COLUMNS = [
  'id', 'name', 'quota_key', 'quota_type', 'capability', 'specification', 'level', 'site_code', 'version', 'is_applied', 'state', 'status',
  'type', 'instance_type', 'attachment_instance_type', 'connection_type', 'is_support', 'region_id', 'local_area_id', 'remote_area_id',
  'local_region_id', 'remote_region_id', 'bandwidth', 'size', 'bandwidth_size', 'quota_limit', 'quota_number', 'used', 'quota_used', 'unit',
  'resource_type', 'resource_id', 'resource_name', 'cloud_connection_id', 'central_network_id', 'key', 'value', 'created_at',
];
/** At least this many columns: a table of ids and dates alone says nothing. */
const MIN_COLUMNS = 3;
/** Fields that fill a table without telling items apart. */
const NOT_COLUMNS = new Set(['domain_id', 'project_id', 'description', 'enterprise_project_id', 'updated_at', 'request_id']);

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


/** The schema's own type, else the first `allOf` member's. */
function typeOf(reader: SchemaReader, node: unknown): SchemaObject['type'] {
  const schema = reader.resolve<SchemaObject>(node);
  return schema.type ?? (schema.allOf ?? []).map((part) => typeOf(reader, part)).find((type) => type !== undefined);
}

function scalarType(reader: SchemaReader, node: unknown): CliFlagType {
  const declared = typeOf(reader, node);
  const type = Array.isArray(declared) ? declared.find((t) => t !== 'null') : declared;
  return type === 'string' || type === 'integer' || type === 'number' || type === 'boolean' ? type : 'json';
}

function firstSentence(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

function helpOf(reader: SchemaReader, description: string | undefined, schema: SchemaObject, items: SchemaObject | undefined): string {
  const limits = limitsText({ ...schema, items });
  const fields = Object.keys(fieldsOf(reader, items ?? schema));
  // An object flag says which fields it takes, so `--tags key=env,value=prod` can be written without the docs.
  const shape = fields.length > 0 && fields.length <= 6 ? `${items ? 'Each item' : 'Fields'}: ${fields.join(', ')}.` : '';
  return [firstSentence(description ?? schema.description), shape, limits ? `(${limits.replace(/`/g, '')})` : ''].filter(Boolean).join(' ');
}

function leafFlag(reader: SchemaReader, path: string[], where: CliFlag['in'], raw: unknown, required: boolean, description?: string): Draft<CliFlag> {
  const schema = reader.resolve<SchemaObject>(raw);
  const isArray = typeOf(reader, schema) === 'array';
  const items = isArray ? reader.items(schema) : undefined;
  const values = reader.resolve<SchemaObject>(items ?? schema).enum?.map(String);
  return {
    flag: path.map(kebab).join('.'),
    key: path.join('.'),
    in: where,
    type: scalarType(reader, items ?? schema),
    ...(isArray ? { array: true as const } : {}),
    ...(required ? { required: true as const } : {}),
    ...(values ? { enum: values } : {}),
    help: helpOf(reader, description, schema, items as SchemaObject | undefined),
  };
}

/** Flags for every leaf of a body object: nested objects as dotted names, deeper or polymorphic parts as JSON. */
function bodyFlags(reader: SchemaReader, schema: unknown, path: string[], required: boolean, depth: number): Draft<CliFlag>[] {
  const flags: Draft<CliFlag>[] = [];
  const requiredNames = reader.required(schema);
  for (const [name, raw] of Object.entries(fieldsOf(reader, schema))) {
    const child = reader.resolve<SchemaObject>(raw);
    if (child.readOnly === true) continue;
    const childRequired = required && requiredNames.includes(name);
    const nested = reader.variants(child).length === 0 && Object.keys(reader.properties(child)).length > 0;
    if (nested && depth < MAX_DEPTH) flags.push(...bodyFlags(reader, child, [...path, name], childRequired, depth + 1));
    else flags.push(leafFlag(reader, [...path, name], 'body', raw, childRequired, (raw as SchemaObject).description));
  }
  return flags;
}

/** The envelope's direct fields get their bare name as an alias when nothing else is called that. */
function addAliases(flags: Draft<CliFlag>[]): void {
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
 * The default columns of a list's table: the item's scalar fields named in TABLE_COLUMNS, in that order, topped up
 * with its other telling fields up to MIN_COLUMNS; at most six. The fields of every variant count, so a listing of
 * two kinds of item (the central network attachments) gets the columns they share or either has.
 */
function columnsOf(spec: SpecModel, op: CliSourceOperation, itemsKey: string): string[] {
  const reader = spec.schemas;
  const list = fieldsOf(reader, spec.operation(op.operationId).success.schema)[itemsKey];
  const item = reader.items(list);
  const scalar = Object.entries(reader.properties(item)).filter(([, s]) => scalarType(reader, s) !== 'json').map(([k]) => k);
  const preferred = TABLE_COLUMNS.filter((c) => scalar.includes(c));
  const others = scalar.filter((c) => !preferred.includes(c) && !NOT_COLUMNS.has(c) && c !== 'created_at');
  const columns = preferred.length >= MIN_COLUMNS ? preferred : [...preferred.filter((c) => c !== 'created_at'), ...others].slice(0, MIN_COLUMNS).concat(preferred.includes('created_at') ? ['created_at'] : []);
  return columns.slice(0, 6);
}

/** Whether Huawei documents `X-Auth-Token` as the only way to call the operation. */
function tokenOnly(spec: SpecModel, operationId: string): boolean {
  const security = spec.operation(operationId).raw.security;
  return security !== undefined && security.length > 0 && security.every((requirement) => Object.keys(requirement).join() === 'IamToken');
}

/**
 * A flag named like a global option (`--query`, `--dry-run`) takes its location as a prefix (`--query-dry-run`),
 * so a parameter or field of any name still has a flag.
 */
function unclashed(flag: Draft<CliFlag>): Draft<CliFlag> {
  return GLOBAL_FLAGS.includes(flag.flag) ? { ...flag, flag: `${flag.in}-${flag.flag}` } : flag;
}

function commandOf(spec: SpecModel, op: CliSourceOperation, operations: readonly CliSourceOperation[]): Draft<CliCommand> {
  const source = spec.operation(op.operationId);
  const reader = spec.schemas;
  const flags: Draft<CliFlag>[] = op.params.map((param) => {
    const found = source.parameters.find((p) => p.name === param.name && p.in === param.in);
    if (!found) throw new BuildError(`cli: ${op.operationId} has no parameter "${param.name}" in the spec model.`);
    return unclashed(leafFlag(reader, [param.name], param.in, found.schema, param.required, found.raw.description));
  });
  if (op.body && source.body) {
    flags.push(...bodyFlags(reader, source.body.schema, [], op.body.required, 1).map(unclashed));
    addAliases(flags);
  }
  const names = flags.flatMap((f) => [f.flag, ...(f.alias ? [f.alias] : [])]);
  const clash = names.find((name, i) => names.indexOf(name) !== i || GLOBAL_FLAGS.includes(name));
  if (clash) throw new BuildError(`cli: ${op.operationId} would have two flags named --${clash}; rename the parameter or field, or teach generator/model/cli.ts a prefix.`);
  const command: Draft<CliCommand> = {
    operationId: op.operationId,
    section: sectionCommand(op.section),
    name: operationCommand(op.operationId, op.section),
    summary: op.summary,
    ...(op.deprecated ? { deprecated: true as const } : {}),
    ...(op.body ? { body: op.body.required ? ('required' as const) : ('optional' as const) } : {}),
    flags,
    ...(tokenOnly(spec, op.operationId) ? { tokenOnly: true as const } : {}),
  };
  if (op.pagination) command.list = { ...op.pagination, columns: columnsOf(spec, op, op.pagination.itemsKey) };
  const wait = waitOf(spec, op, operations);
  if (wait) command.wait = wait;
  return command;
}

/** What the table reads of each operation: the view model's decisions (sections, state of reads, pagination). */
export type CliSourceOperation = Pick<Operation, 'operationId' | 'method' | 'path' | 'section' | 'summary' | 'deprecated' | 'params' | 'pathParams' | 'body' | 'success' | 'pagination' | 'state'>;

export interface CliSource {
  operations: readonly CliSourceOperation[];
  sections: readonly { name: string; description: string }[];
}

/** The command table, sorted by operationId; schemas (parameters, bodies, answers) come from the spec model. */
export function buildCliTable(spec: SpecModel, model: CliSource): CliTable {
  const operations = [...model.operations].sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
  const commands = operations.map((op) => commandOf(spec, op, operations));
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
