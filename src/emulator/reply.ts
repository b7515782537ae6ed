import type { Conformer } from './conform.js';
import { sampleValue } from './samples.js';
import { readEnvelope, type Schema, type SchemaReader, type SpecOperation } from '../spec/index.js';
import type { Item } from './store.js';

export interface Reply {
  status: number;
  body?: unknown;
}

export interface ReplyParts {
  item?: Item;
  items?: Item[];
  pageInfo?: Item;
  total?: number;
  /** Other members of the answer, computed by a backend's rule (ApplyCentralNetworkPolicy's change set). */
  extra?: Item;
}

const isPlainObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** TMS-style listings name resources `resource_id`/`resource_name`; everything else keeps its own field names. */
function asListItem(reader: SchemaReader, item: Item, itemSchema: Schema): Item {
  const properties = reader.properties(itemSchema);
  if (!properties.resource_id || properties.id) return item;
  return { ...item, resource_id: item.id, resource_name: item.name ?? '' };
}

/**
 * Builds the success answer from the operation's response schema: `request_id`, the item under the envelope's
 * item member, the page under its list member (projected onto that member's item schema), `page_info`,
 * `total_count`, members a rule computed; an operation served as its documented example (`example`) answers the
 * example's members, any other required member is synthesised from its schema.
 */
export function buildReply(reader: SchemaReader, conformer: Conformer, op: SpecOperation, request: { requestId: string; now: number; body: unknown }, parts: ReplyParts, example = false): Reply {
  const schema = op.success.schema;
  if (!schema) return { status: op.successStatus };
  const envelope = readEnvelope(reader, schema);
  const properties = reader.properties(schema);
  const required = reader.required(schema);
  const documented = isPlainObject(op.successExample) ? op.successExample : {};
  const out: Item = {};
  for (const [name, member] of Object.entries(properties)) {
    if (name === 'request_id') out[name] = request.requestId;
    else if (name === envelope.itemKey && parts.item) out[name] = conformer.conform(parts.item, member, request.now);
    else if (name === envelope.listKey && parts.items) {
      const itemSchema = reader.items(member);
      out[name] = parts.items.map((item) => conformer.conform(asListItem(reader, item, itemSchema), itemSchema, request.now));
    } else if (parts.extra?.[name] !== undefined) {
      out[name] = conformer.project(parts.extra[name], member);
    } else if (reader.isArray(member) && isPlainObject(request.body) && Array.isArray(request.body[name])) {
      // A per-entry answer to a batch request (`gcbandwidths: [{…, result}]`) reports on the entries sent, each
      // accepted (the emulator carries out every entry it validated).
      const itemSchema = reader.items(member);
      out[name] = (request.body[name] as unknown[]).map((entry) => conformer.conform({ result: 'success', ...(isPlainObject(entry) ? entry : {}) }, itemSchema, request.now));
    } else if (name === 'page_info' && parts.pageInfo) out[name] = parts.pageInfo;
    else if (name === 'total_count' && parts.total !== undefined) out[name] = parts.total;
    else if (example && documented[name] !== undefined) out[name] = structuredClone(documented[name]);
    else if (required.includes(name)) out[name] = sampleValue(reader, member, request.now);
  }
  return { status: op.successStatus, body: out };
}
