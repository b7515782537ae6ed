import { collectionAliases } from './rules.js';
import type { Schema, SchemaReader } from './schema.js';
import { isTemplate, templateName, type Operation } from './spec.js';
import type { Item } from './store.js';

/** A set of resources addressed under one path, e.g. `/v3/{domain_id}/ccaas/cloud-connections`. */
export interface Collection {
  /** Canonical path template; also the storage key. */
  key: string;
  /** Path parameter that names one item (`id`, `central_network_id`), from the item operations. */
  itemParam?: string;
  /** Envelope key of one item (`cloud_connection`) and of a page of them (`cloud_connections`). */
  itemKey?: string;
  listKey?: string;
  itemSchema?: Schema;
  /** Resources this one is nested under, in path order. */
  parents: { param: string; collection: Collection }[];
  /** Whether the API can create items; if not, the items come from the spec's examples. */
  creatable: boolean;
  /** Lifecycle field (`state` or `status`) and its values, when the item schema has one. */
  stateField?: string;
  states?: string[];
  /** Example items: the catalogue of a read-only collection, and a source of plausible values otherwise. */
  examples: Item[];
  /** The items the Show and List examples describe, by id; what `seed: 'examples'` starts a creatable collection with. */
  seeds: Item[];
}

/** How the engine serves an operation, derived from its operationId, method, path and envelopes. */
export type Plan =
  | { kind: 'create' | 'list'; target: Target }
  | { kind: 'show' | 'update' | 'delete' | 'tag' | 'untag' | 'action'; target: Target }
  | { kind: 'tag-summary' | 'tag-filter'; target: Target; count: boolean }
  | { kind: 'item-tags'; target: Target; mode: 'list' | 'add' | 'remove' | 'by-action' }
  | { kind: 'example' };

/** The collection an operation works on: fixed, or picked at request time from a `{resource_type}` segment. */
export type Target = { collection: Collection } | { dynamic: { param: string; prefix: string } };

export interface Model {
  collections: Collection[];
  plans: Map<string, Plan>;
  byKey: Map<string, Collection>;
  /** The collection a path template (or a path with a resource type filled in) denotes, if any. */
  collectionAt(path: string): Collection | undefined;
}

const RESERVED_ENVELOPE_KEYS = new Set(['request_id', 'page_info']);

interface Envelope {
  itemKey?: string;
  itemSchema?: Schema;
  listKey?: string;
  listItemSchema?: Schema;
}

/** Finds the item and list members of a response envelope by shape: an object member and an array-of-objects member. */
export function readEnvelope(reader: SchemaReader, schema: Schema | undefined): Envelope {
  const envelope: Envelope = {};
  if (!schema) return envelope;
  for (const [name, member] of Object.entries(reader.properties(schema))) {
    if (RESERVED_ENVELOPE_KEYS.has(name)) continue;
    if (reader.isArray(member)) {
      if (envelope.listKey === undefined && reader.isObject(reader.items(member))) {
        envelope.listKey = name;
        envelope.listItemSchema = reader.items(member);
      }
    } else if (envelope.itemKey === undefined && reader.isObject(member)) {
      envelope.itemKey = name;
      envelope.itemSchema = reader.resolve(member);
    }
  }
  return envelope;
}

const joinPath = (segments: readonly string[]) => `/${segments.join('/')}`;
const last = <T>(list: readonly T[]) => list[list.length - 1];

interface TagShape {
  plan: 'tag' | 'untag' | 'tag-summary' | 'tag-filter' | 'item-tags';
  /** Path segments of the collection the operation works on. */
  base: string[];
  count?: boolean;
  mode?: 'list' | 'add' | 'remove' | 'by-action';
}

/** Where tag and filter operations sit relative to the resource path they act on. */
function tagShape(op: Operation, reader: SchemaReader): TagShape | undefined {
  const s = op.segments;
  const tagsAt = s.lastIndexOf('tags');
  // A template whose values are an enumeration (`{resource_type}`) picks a kind of resource; it does not name one.
  const namesItem = (segment: string | undefined) =>
    segment !== undefined && isTemplate(segment) && !reader.enumOf(op.pathParams.find((p) => p.name === templateName(segment))?.schema);
  if (/^Tag[A-Z]/.test(op.operationId) && op.method === 'POST' && isTemplate(s.at(-2) ?? '')) return { plan: 'tag', base: s.slice(0, -2) };
  if (/^Untag[A-Z]/.test(op.operationId) && op.method === 'POST' && isTemplate(s.at(-2) ?? '')) return { plan: 'untag', base: s.slice(0, -2) };
  if (tagsAt > 0 && namesItem(s[tagsAt - 1])) {
    // `/{id}/tags`, `/{id}/tags/{key}`, `/{id}/tags/create|delete|action`
    const after = s.slice(tagsAt + 1);
    const base = s.slice(0, tagsAt - 1);
    if (op.method === 'GET' && after.length === 0) return { plan: 'item-tags', base, mode: 'list' };
    if (op.method === 'DELETE' && after.length === 1 && isTemplate(after[0] as string)) return { plan: 'item-tags', base, mode: 'remove' };
    if (op.method === 'POST' && (after.length === 0 || after[0] === 'create')) return { plan: 'item-tags', base, mode: 'add' };
    if (op.method === 'POST' && after[0] === 'delete') return { plan: 'item-tags', base, mode: 'remove' };
    if (op.method === 'POST' && after[0] === 'action') return { plan: 'item-tags', base, mode: 'by-action' };
  }
  if (op.method === 'GET' && last(s) === 'tags' && tagsAt === s.length - 1) return { plan: 'tag-summary', base: s.slice(0, -1) };
  if (op.method === 'POST') {
    const instancesAt = s.indexOf('resource-instances');
    const count = last(s) === 'count' || /^Count/.test(op.operationId);
    if (instancesAt > 0) return { plan: 'tag-filter', base: s.slice(0, instancesAt), count };
    if (last(s) === 'filter' || /ByTags?$/.test(op.operationId)) return { plan: 'tag-filter', base: s.slice(0, -1), count };
  }
  return undefined;
}

/** Derives collections and one plan per operation from the spec alone; `rules.ts` only adds aliases. */
export function deriveModel(operations: readonly Operation[], reader: SchemaReader): Model {
  const byKey = new Map<string, Collection>();
  const collectionAtPath = new Map<string, Collection>();
  const envelopes = new Map(operations.map((op) => [op.operationId, readEnvelope(reader, op.responses.get(op.successStatus))]));
  const tagShapes = new Map(operations.map((op) => [op.operationId, tagShape(op, reader)]));

  const touch = (path: string): Collection => {
    let collection = collectionAtPath.get(path);
    if (!collection) {
      collection = { key: path, parents: [], creatable: false, examples: [], seeds: [] };
      collectionAtPath.set(path, collection);
      byKey.set(path, collection);
    }
    return collection;
  };

  // 1. Collections named by item paths (`…/{id}`), creates and lists.
  for (const op of operations) {
    if (tagShapes.get(op.operationId)) continue;
    const s = op.segments;
    const endsWithParam = isTemplate(last(s) ?? '');
    if (endsWithParam && s.length > 1 && !isTemplate(s.at(-2) ?? '')) {
      const collection = touch(joinPath(s.slice(0, -1)));
      collection.itemParam ??= templateName(last(s) as string);
    } else if (!endsWithParam && op.method === 'POST' && /^Create/.test(op.operationId)) {
      touch(op.path).creatable = true;
    } else if (!endsWithParam && op.method === 'GET' && /^List/.test(op.operationId)) {
      touch(op.path);
    } else if (!endsWithParam && isTemplate(s.at(-2) ?? '') && s.length > 2 && !isTemplate(s.at(-3) ?? '')) {
      const collection = touch(joinPath(s.slice(0, -2)));
      collection.itemParam ??= templateName(s.at(-2) as string);
    }
  }

  // 1b. Paths the rules declare to be views of another collection (`gcb/gcbandwidths/support-bindings`).
  const strip = (path: string) => path.replace('/{domain_id}', '');
  const byStripped = (path: string) => [...byKey.values()].find((c) => strip(c.key) === path);
  for (const [from, to] of Object.entries(collectionAliases)) {
    const source = byStripped(from);
    const target = byStripped(to);
    if (source && target && source !== target) {
      collectionAtPath.set(source.key, target);
      byKey.delete(source.key);
    }
  }

  // 2. Envelope keys and item schemas, from the operations on each collection; the single-item schema of a
  //    show (else create, update…) is the full one, lists sometimes carry a summary.
  const itemPathOf = (collection: Collection) => (collection.itemParam ? `${collection.key}/{${collection.itemParam}}` : undefined);
  const operationsOn = (collection: Collection) =>
    operations.filter((op) => {
      if (tagShapes.get(op.operationId)) return false;
      const itemPath = itemPathOf(collection);
      const isItemAction = itemPath !== undefined && op.path.startsWith(`${itemPath}/`) && op.path.slice(itemPath.length + 1).indexOf('/') < 0;
      return op.path === collection.key || op.path === itemPath || isItemAction;
    });
  const itemPriority = (op: Operation, collection: Collection) =>
    op.method === 'GET' && op.path === itemPathOf(collection) ? 0 : op.method === 'POST' && op.path === collection.key ? 1 : op.method === 'PUT' ? 2 : 3;
  for (const collection of byKey.values()) {
    const ops = operationsOn(collection).sort((a, b) => itemPriority(a, collection) - itemPriority(b, collection));
    for (const op of ops) {
      const envelope = envelopes.get(op.operationId) as Envelope;
      if (op.method === 'GET' && op.path === collection.key) {
        collection.listKey ??= envelope.listKey;
        collection.itemSchema ??= envelope.listItemSchema;
      } else if (envelope.itemKey && collection.itemKey === undefined) {
        collection.itemKey = envelope.itemKey;
        collection.itemSchema = envelope.itemSchema;
      }
    }
  }

  // 3. A create whose path has no item operations files into the collection that shows the same item
  //    (CreateP2PSiteNetwork → site networks).
  for (const collection of [...byKey.values()]) {
    if (!collection.creatable || collection.itemParam) continue;
    const twin = [...byKey.values()].find((other) => other !== collection && other.itemParam && other.itemKey === collection.itemKey);
    if (twin) {
      twin.creatable = true;
      collectionAtPath.set(collection.key, twin);
      byKey.delete(collection.key);
    }
  }

  const byItemParam = (param: string) => {
    const matches = [...byKey.values()].filter((c) => c.itemParam === param);
    return param !== 'id' && matches.length === 1 ? matches[0] : undefined;
  };
  const collectionAt = (path: string): Collection | undefined => {
    const alias = collectionAliases[strip(path)];
    return (alias === undefined ? undefined : byStripped(alias)) ?? collectionAtPath.get(path) ?? collectionAtPath.get(`${path}s`);
  };

  // 4. Parents: each template inside a collection path names an item of an enclosing collection.
  for (const collection of byKey.values()) {
    const s = collection.key.split('/').slice(1);
    s.forEach((segment, i) => {
      if (!isTemplate(segment) || segment === '{domain_id}') return;
      const param = templateName(segment);
      const parent = collectionAt(joinPath(s.slice(0, i))) ?? byItemParam(param);
      if (parent && parent !== collection) collection.parents.push({ param, collection: parent });
    });
  }

  // 5. Lifecycle field and examples.
  for (const collection of byKey.values()) {
    if (collection.itemSchema) {
      const properties = reader.properties(collection.itemSchema);
      for (const name of ['state', 'status']) {
        const values = properties[name] ? reader.enumOf(properties[name]) : undefined;
        if (values && values.every((v) => typeof v === 'string')) {
          collection.stateField = name;
          collection.states = values as string[];
          break;
        }
      }
    }
    for (const op of operationsOn(collection)) {
      const example = op.successExample as Record<string, unknown> | undefined;
      if (!example || typeof example !== 'object') continue;
      const list = collection.listKey ? example[collection.listKey] : undefined;
      const one = collection.itemKey ? example[collection.itemKey] : undefined;
      const found = Array.isArray(list) ? list : one && typeof one === 'object' ? [one] : [];
      for (const item of found as Item[]) {
        if (!collection.examples.some((known) => known.id !== undefined && known.id === item.id)) collection.examples.push(item);
      }
    }
    // The list's order is the seeds' order; a show answer carries the full item where a list may carry a summary,
    // so its fields win.
    const lists = operationsOn(collection).filter((op) => op.method === 'GET' && op.path === collection.key);
    const shows = operationsOn(collection).filter((op) => op.method === 'GET' && op.path === itemPathOf(collection));
    for (const op of [...lists, ...shows]) {
      const example = op.successExample as Record<string, unknown> | undefined;
      const list = collection.listKey ? example?.[collection.listKey] : undefined;
      const one = collection.itemKey ? example?.[collection.itemKey] : undefined;
      const found = (Array.isArray(list) ? list : one !== null && typeof one === 'object' ? [one] : []) as Item[];
      for (const item of found) {
        if (typeof item.id !== 'string') continue;
        const known = collection.seeds.find((seed) => seed.id === item.id);
        if (known) Object.assign(known, structuredClone(item));
        else collection.seeds.push(structuredClone(item));
      }
    }
  }

  const targetFor = (base: string[]): Target | undefined => {
    const collection = collectionAt(joinPath(base));
    if (collection) return { collection };
    const tail = last(base);
    if (tail !== undefined && isTemplate(tail)) return { dynamic: { param: templateName(tail), prefix: joinPath(base.slice(0, -1)) } };
    return undefined;
  };

  // 6. Plans.
  const plans = new Map<string, Plan>();
  for (const op of operations) {
    const s = op.segments;
    const shape = tagShapes.get(op.operationId);
    let plan: Plan | undefined;
    if (shape) {
      const target = targetFor(shape.base);
      if (target) {
        plan =
          shape.plan === 'tag-summary' || shape.plan === 'tag-filter'
            ? { kind: shape.plan, target, count: shape.count === true }
            : shape.plan === 'item-tags'
              ? { kind: 'item-tags', target, mode: shape.mode ?? 'list' }
              : { kind: shape.plan, target };
      }
    } else if (isTemplate(last(s) ?? '')) {
      const target = targetFor(s.slice(0, -1));
      const kind = op.method === 'GET' ? 'show' : op.method === 'DELETE' ? 'delete' : op.method === 'PUT' || op.method === 'PATCH' ? 'update' : 'action';
      if (target) plan = { kind, target };
    } else if (op.method === 'POST' && /^Create/.test(op.operationId)) {
      const target = targetFor(s);
      if (target) plan = { kind: 'create', target };
    } else if (op.method === 'GET') {
      const target = targetFor(s);
      // A read-only document without a list member (`configs`) is served as the spec's example.
      const isDocument = target && 'collection' in target && !target.collection.listKey && !target.collection.creatable;
      if (target && !isDocument) plan = { kind: 'list', target };
    } else if (isTemplate(s.at(-2) ?? '')) {
      const target = targetFor(s.slice(0, -2));
      if (target) plan = { kind: 'action', target };
    }
    plans.set(op.operationId, plan ?? { kind: 'example' });
  }

  return { collections: [...byKey.values()], plans, byKey, collectionAt };
}
