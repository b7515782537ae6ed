/**
 * How `--wait` follows each operation, for the command table (generator/model/cli.ts): which read to poll, with
 * which arguments, until which states, derived from the spec model's lifecycle states and paths.
 */
import type { Schema, SchemaReader, SpecModel } from '../../src/spec/index.js';
import type { CliSourceOperation, CliWait } from './cli.js';

/** States the spec uses for a usable resource; `--wait` after a create or update waits for one of them. */
const READY_STATES = ['ACTIVE', 'AVAILABLE'];

/** Field schemas of an object schema through `$ref` and `allOf`; a `oneOf`/`anyOf` has none of its own to flag. */
export function fieldsOf(reader: SchemaReader, node: unknown): Record<string, Schema> {
  return reader.variants(node).length > 0 ? {} : reader.properties(node);
}

/**
 * What `--wait` polls: the section's stateful Show… at the same path (updates, deletes) or just below it (creates,
 * with the new id from the answer); for any other 202 operation, the stateful Show… whose path parameters it
 * already has (the parent resource, e.g. the central network a policy is applied to), until ready again.
 */
export function waitOf(spec: SpecModel, op: CliSourceOperation, operations: readonly CliSourceOperation[]): CliWait | undefined {
  const stateful = operations.filter((s) => s.state);
  const shows = stateful.filter((s) => s.section === op.section);
  const ready = (show: CliSourceOperation) => show.state!.values.filter((v) => READY_STATES.includes(v));
  const sameArgs = (show: CliSourceOperation) => Object.fromEntries(show.pathParams.map((p) => [p.name, `arg:${p.name}`]));
  const readyWait = (show: CliSourceOperation, args = sameArgs(show)): CliWait => ({ show: show.operationId, kind: 'ready', until: ready(show), args });
  const onSamePath = shows.find((s) => s.path === op.path);
  if (onSamePath && op.method === 'DELETE') return { show: onSamePath.operationId, kind: 'gone', args: sameArgs(onSamePath) };
  if (onSamePath && op.method === 'PUT') return readyWait(onSamePath);
  if (op.method === 'POST' && op.operationId.startsWith('Create')) {
    const below = shows.filter((s) => s.path.slice(0, s.path.lastIndexOf('/')) === op.path);
    const show = below.length === 1 ? below[0] : shows.length === 1 ? shows[0] : undefined;
    const created = resultKey(spec, op);
    if (show && created) return readyWait(show, { ...sameArgs(show), [show.pathParams[show.pathParams.length - 1]!.name]: `result:${created}.id` });
  }
  if (op.success.status !== 202) return undefined;
  const nested = itemWait(spec, op, operations);
  if (nested) return nested;
  const has = (show: CliSourceOperation) => show.pathParams.length > 0 && show.pathParams.every((p) => op.pathParams.some((q) => q.name === p.name));
  const parent = stateful.filter(has).sort((a, b) => b.pathParams.length - a.pathParams.length)[0];
  return parent ? readyWait(parent) : undefined;
}

/**
 * The wait of a 202 operation on an item with no Show… of its own: the list at the item's collection path when
 * there is one (filtered by `id` when the list takes it), else the stateful Show… of a parent whose resource holds
 * the items in an array with the same state field (a site network's `connections`). Polled until the item is in a
 * ready state, or gone after a DELETE.
 */
function itemWait(spec: SpecModel, op: CliSourceOperation, operations: readonly CliSourceOperation[]): CliWait | undefined {
  // The view model keeps a state for reads only; the spec model knows the state the 202 answer reports.
  const state = spec.operation(op.operationId).state;
  const idParam = op.pathParams[op.pathParams.length - 1]?.name;
  if (!state || !idParam || operations.some((other) => other.state?.itemKey === state.itemKey && other.method === 'GET' && !other.pagination)) return undefined;
  const kind = op.method === 'DELETE' ? ('gone' as const) : ('ready' as const);
  const until = kind === 'ready' ? { until: state.values.filter((v) => READY_STATES.includes(v)) } : {};
  const item = (at: string) => ({ at, id: `arg:${idParam}`, field: state.field });
  const collection = op.path.slice(0, op.path.indexOf(`/{${idParam}}`));
  const list = operations.find((other) => other.method === 'GET' && other.path === collection && other.pagination);
  if (list) {
    const args = Object.fromEntries(list.pathParams.map((p) => [p.name, `arg:${p.name}`]));
    if (list.params.some((p) => p.in === 'query' && p.name === 'id')) args.id = `arg:${idParam}`;
    return { show: list.operationId, kind, ...until, args, item: item(list.pagination!.itemsKey) };
  }
  const has = (show: CliSourceOperation) => show.pathParams.every((p) => op.pathParams.some((q) => q.name === p.name));
  for (const show of operations.filter((s) => s.state && s.method === 'GET' && !s.pagination && has(s))) {
    const resource = fieldsOf(spec.schemas, spec.operation(show.operationId).success.schema)[show.state!.itemKey];
    const holder = Object.entries(fieldsOf(spec.schemas, resource)).find(([, field]) => {
      const items = spec.schemas.items(field);
      const fields = items ? spec.schemas.properties(items) : {};
      return 'id' in fields && state.field in fields;
    });
    if (holder) return { show: show.operationId, kind, ...until, args: Object.fromEntries(show.pathParams.map((p) => [p.name, `arg:${p.name}`])), item: item(`${show.state!.itemKey}.${holder[0]}`) };
  }
  return undefined;
}

/** The property of a single-resource answer that holds the resource, e.g. `p2p_site_network`. */
function resultKey(spec: SpecModel, op: CliSourceOperation): string | undefined {
  const success = spec.operation(op.operationId).success.schema;
  if (success === undefined) return undefined;
  const keys = Object.keys(fieldsOf(spec.schemas, success)).filter((key) => key !== 'request_id');
  return keys.length === 1 ? keys[0] : undefined;
}
