import { isTemplate, templateName } from './router.js';
import { lifecycleOf, type SpecOperation } from './operations.js';
import type { Schema, SchemaReader } from './schemas.js';
import type { TagShape } from './tags.js';

/** A resource as the spec's examples describe it. */
export type Item = Record<string, unknown>;

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
  /** The items the Show and List examples describe, by id, in list order, a show's fields winning over a list's. */
  seeds: Item[];
}

/**
 * Paths whose items are those of another collection, by path without `{domain_id}`: the GCB tag summary and
 * filter, and the bandwidths that support a binding, list global connection bandwidths.
 */
const collectionAliases: Record<string, string> = {
  '/v3/gcb': '/v3/gcb/gcbandwidths',
  '/v3/gcb/resource-instances': '/v3/gcb/gcbandwidths',
  '/v3/gcb/gcbandwidths/support-bindings': '/v3/gcb/gcbandwidths',
};

export interface Collections {
  collections: Collection[];
  byKey: Map<string, Collection>;
  /** The collection a path template (or a path with a resource type filled in) denotes, if any. */
  collectionAt(path: string): Collection | undefined;
  /** The operations that act on a collection or one of its items, tag operations aside. */
  operationsOn(collection: Collection): SpecOperation[];
}

const joinPath = (segments: readonly string[]) => `/${segments.join('/')}`;
export const withoutDomain = (path: string): string => path.replace('/{domain_id}', '');

/** Derives the collections, their envelopes, parents, lifecycles and example items from the operations alone. */
export function deriveCollections(operations: readonly SpecOperation[], reader: SchemaReader, tagShapes: ReadonlyMap<string, TagShape | undefined>): Collections {
  const byKey = new Map<string, Collection>();
  const collectionAtPath = new Map<string, Collection>();
  const plain = operations.filter((op) => !tagShapes.get(op.operationId));
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
  for (const op of plain) {
    const s = op.segments;
    const endsWithParam = isTemplate(s.at(-1) ?? '');
    if (endsWithParam && s.length > 1 && !isTemplate(s.at(-2) ?? '')) {
      touch(joinPath(s.slice(0, -1))).itemParam ??= templateName(s.at(-1) as string);
    } else if (!endsWithParam && op.method === 'POST' && /^Create/.test(op.operationId)) {
      touch(op.path).creatable = true;
    } else if (!endsWithParam && op.method === 'GET' && /^List/.test(op.operationId)) {
      touch(op.path);
    } else if (!endsWithParam && isTemplate(s.at(-2) ?? '') && s.length > 2 && !isTemplate(s.at(-3) ?? '')) {
      touch(joinPath(s.slice(0, -2))).itemParam ??= templateName(s.at(-2) as string);
    }
  }

  // 1b. Paths that are views of another collection.
  const byStripped = (path: string) => [...byKey.values()].find((c) => withoutDomain(c.key) === path);
  for (const [from, to] of Object.entries(collectionAliases)) {
    const source = byStripped(from);
    const target = byStripped(to);
    if (source && target && source !== target) {
      collectionAtPath.set(source.key, target);
      byKey.delete(source.key);
    }
  }

  // 2. Envelope keys and item schemas; the single-item schema of a show (else create, update…) is the full one,
  //    lists sometimes carry a summary.
  const itemPathOf = (collection: Collection) => (collection.itemParam ? `${collection.key}/{${collection.itemParam}}` : undefined);
  const operationsOn = (collection: Collection) =>
    plain.filter((op) => {
      const itemPath = itemPathOf(collection);
      const isItemAction = itemPath !== undefined && op.path.startsWith(`${itemPath}/`) && op.path.slice(itemPath.length + 1).indexOf('/') < 0;
      return op.path === collection.key || op.path === itemPath || isItemAction;
    });
  const itemPriority = (op: SpecOperation, collection: Collection) =>
    op.method === 'GET' && op.path === itemPathOf(collection) ? 0 : op.method === 'POST' && op.path === collection.key ? 1 : op.method === 'PUT' ? 2 : 3;
  for (const collection of byKey.values()) {
    const ops = operationsOn(collection).sort((a, b) => itemPriority(a, collection) - itemPriority(b, collection));
    for (const op of ops) {
      if (op.method === 'GET' && op.path === collection.key) {
        collection.listKey ??= op.envelope.listKey;
        collection.itemSchema ??= op.envelope.listItemSchema;
      } else if (op.envelope.itemKey && collection.itemKey === undefined) {
        collection.itemKey = op.envelope.itemKey;
        collection.itemSchema = op.envelope.itemSchema;
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
    const alias = collectionAliases[withoutDomain(path)];
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

  // 5. Lifecycle field and example items.
  for (const collection of byKey.values()) {
    const lifecycle = lifecycleOf(reader, collection.itemSchema);
    if (lifecycle) {
      collection.stateField = lifecycle.field;
      collection.states = lifecycle.values;
    }
    collectExamples(collection, operationsOn(collection), itemPathOf(collection));
  }

  return { collections: [...byKey.values()], byKey, collectionAt, operationsOn };
}

function itemsOf(collection: Collection, example: unknown): Item[] {
  if (typeof example !== 'object' || example === null) return [];
  const list = collection.listKey ? (example as Item)[collection.listKey] : undefined;
  const one = collection.itemKey ? (example as Item)[collection.itemKey] : undefined;
  return (Array.isArray(list) ? list : one !== null && typeof one === 'object' ? [one] : []) as Item[];
}

function collectExamples(collection: Collection, ops: SpecOperation[], itemPath: string | undefined): void {
  for (const op of ops) {
    for (const item of itemsOf(collection, op.successExample)) {
      if (!collection.examples.some((known) => known.id !== undefined && known.id === item.id)) collection.examples.push(item);
    }
  }
  // The list's order is the seeds' order; a show answer carries the full item where a list may carry a summary,
  // so its fields win.
  const lists = ops.filter((op) => op.method === 'GET' && op.path === collection.key);
  const shows = ops.filter((op) => op.method === 'GET' && op.path === itemPath);
  for (const op of [...lists, ...shows]) {
    for (const item of itemsOf(collection, op.successExample)) {
      if (typeof item.id !== 'string') continue;
      const known = collection.seeds.find((seed) => seed.id === item.id);
      if (known) Object.assign(known, structuredClone(item));
      else collection.seeds.push(structuredClone(item));
    }
  }
}
