import { randomUUID } from 'node:crypto';
import { ApiError, invalidParameter, notFound } from './errors.js';
import type { Collection, Model, Plan, Target } from './model.js';
import { actionRules, collectionUnions, listingRules, resourceRules, type ResourceRules, type RuleContext } from './rules.js';
import { sampleValue, utcTimestamp } from './samples.js';
import { isTemplate, readEnvelope, templateName, withoutDomain, type Schema, type SchemaReader, type SpecOperation as Operation } from '../spec/index.js';
import type { Item, Pending, StoredRecord, Store } from './store.js';
import type { Validators } from './validation.js';

export interface EngineOptions {
  /** How long 202 operations stay in their transitional state. */
  asyncDelayMs: number;
  /** Per-account limits by item key, overriding the rules' defaults (`{ cloud_connection: 10 }`). */
  quotas: Record<string, number>;
}

export interface EngineRequest {
  operation: Operation;
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** Validated query parameters, coerced to their declared types. */
  query: Record<string, unknown>;
  /** Validated JSON body, or `undefined`. */
  body: unknown;
  domainId: string;
  requestId: string;
  now: number;
}

export interface Reply {
  status: number;
  body?: unknown;
}

/** One resource as the engine sees it, wherever it lives. */
interface Entry {
  item: Item;
  seq: number;
  /** The stored record holding the item (for embedded items, the parent's); absent for catalogue examples. */
  record?: StoredRecord;
  /** The collection the item is stored in (a union's member, an embedded item's own collection). */
  home: Collection;
  /** Fields a union view adds. */
  extra?: Item;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVER_FIELDS = new Set(['id', 'domain_id', 'created_at', 'updated_at']);
const PAGING = new Set(['limit', 'marker', 'offset', 'sort_key', 'sort_dir', 'page_reverse']);
const STABLE_STATES = ['AVAILABLE', 'ACTIVE', 'NORMAL'];

const isPlainObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

function label(collection: Collection): string {
  return (collection.itemKey ?? collection.key.split('/').filter((s) => !isTemplate(s)).pop() ?? 'resource').replace(/[_-]/g, ' ');
}

/** The inner object of Huawei's single-key request wrappers (`{ "cloud_connection": {...} }`), else the body. */
function unwrap(body: unknown): Item {
  if (!isPlainObject(body)) return {};
  const keys = Object.keys(body);
  if (keys.length === 1 && keys[0] !== 'tags' && isPlainObject(body[keys[0] as string])) return body[keys[0] as string] as Item;
  return body;
}

/**
 * A field's value in the spec's examples, only when it is a plain value that is not an id: ids and nested
 * structures point at the example's own resources, which a new resource must not inherit.
 */
function exampleValue(examples: readonly Item[], name: string): unknown {
  if (/(^|_)ids?$/.test(name)) return undefined;
  const value = examples.find((example) => example[name] !== undefined)?.[name];
  return value !== null && typeof value === 'object' ? undefined : value;
}

const tagList = (item: Item): Item[] => (Array.isArray(item.tags) ? (item.tags as Item[]) : []);

function encodeMarker(entry: Entry, direction: 'n' | 'p'): string {
  return Buffer.from(JSON.stringify({ s: entry.seq, i: entry.item.id, d: direction })).toString('base64url');
}

function decodeMarker(marker: string): { seq: number; id: unknown; direction: 'n' | 'p' } | undefined {
  try {
    const data = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8')) as { s?: unknown; i?: unknown; d?: unknown };
    if (typeof data.s === 'number' && (data.d === 'n' || data.d === 'p')) return { seq: data.s, id: data.i, direction: data.d };
  } catch {
    // Not one of ours: it may be a plain item id, as older Huawei pages used.
  }
  return undefined;
}

/**
 * Serves every operation generically from its derived plan. Each call runs synchronously from start to finish, so
 * concurrent requests never interleave their read-modify-write of the state.
 */
export class Engine {
  readonly #reader: SchemaReader;
  readonly #model: Model;
  readonly #validators: Validators;
  readonly #store: Store;
  readonly #options: EngineOptions;
  readonly #counters = new Map<Collection, { field: string; source?: Collection; via: string }[]>();
  readonly #unions = new Map<Collection, { member: Collection; set: Item }[]>();
  readonly #embedded = new Map<Collection, { parent: Collection; param: string; field: string }>();

  constructor(reader: SchemaReader, model: Model, validators: Validators, store: Store, options: EngineOptions) {
    this.#reader = reader;
    this.#model = model;
    this.#validators = validators;
    this.#store = store;
    this.#options = options;
    const byItemKey = (key: string) => model.collections.find((c) => c.itemKey === key && c.creatable);
    for (const collection of model.collections) {
      const properties = collection.itemSchema ? reader.properties(collection.itemSchema) : {};
      const rules = this.#rules(collection);
      // Counters (`network_instance_number`) count the resources whose `<this item key>_id` points here.
      const counters = Object.entries(properties)
        .filter(([name, schema]) => name.endsWith('_number') && reader.resolve(schema).type === 'integer')
        .map(([name]) => name)
        .map((field) => {
          const rule = rules.counters?.[field];
          const itemKey = rule?.itemKey ?? field.slice(0, -'_number'.length);
          return { field, source: byItemKey(itemKey), via: rule?.via ?? `${collection.itemKey}_id` };
        });
      if (counters.length > 0) this.#counters.set(collection, counters);
      const union = collectionUnions[withoutDomain(collection.key)];
      if (union) {
        const members = union.flatMap(({ member, set }) => {
          const found = model.collections.find((c) => withoutDomain(c.key) === member);
          return found ? [{ member: found, set }] : [];
        });
        if (members.length > 0) this.#unions.set(collection, members);
      }
      // A collection nobody creates, whose parent carries an array of exactly its items, lives inside the parent.
      const parent = collection.parents.at(-1);
      if (!collection.creatable && parent?.collection.itemSchema && collection.itemSchema) {
        const field = Object.entries(reader.properties(parent.collection.itemSchema)).find(
          ([, schema]) => reader.isArray(schema) && reader.items(schema) === collection.itemSchema,
        )?.[0];
        if (field) this.#embedded.set(collection, { parent: parent.collection, param: parent.param, field });
      }
    }
  }

  #rules(collection: Collection): ResourceRules {
    return (collection.itemKey ? resourceRules[collection.itemKey] : undefined) ?? {};
  }

  handle(request: EngineRequest): Reply {
    this.settle(request.now);
    const plan: Plan = this.#model.plans.get(request.operation.operationId) ?? { kind: 'example' };
    switch (plan.kind) {
      case 'create':
        return this.#create(request, this.#target(plan.target, request));
      case 'list':
        return this.#list(request, this.#target(plan.target, request));
      case 'show':
        return this.#reply(request, { item: this.#view(this.#locate(request, this.#target(plan.target, request))) });
      case 'update':
      case 'action':
        return this.#change(request, this.#target(plan.target, request), plan.kind);
      case 'delete':
        return this.#delete(request, this.#target(plan.target, request));
      case 'tag':
      case 'untag':
        return this.#tag(request, this.#target(plan.target, request), plan.kind);
      case 'tag-summary':
        return this.#tagSummary(request, this.#target(plan.target, request));
      case 'tag-filter':
        return this.#tagFilter(request, this.#target(plan.target, request), plan.count);
      case 'item-tags':
        return this.#itemTags(request, this.#target(plan.target, request), plan.mode);
      case 'example':
        return this.#reply(request, {});
    }
  }

  /**
   * Gives the account the resources the spec's Show and List examples describe, under their own ids and nested
   * under the parents their fields name. Items an example caught mid-change (`UPDATING`) start settled, so the first
   * call on them meets a finished resource; counters need nothing, since `#view` counts the seeded children live.
   * Read-only catalogues are not stored: they answer their examples anyway.
   */
  seed(domainId: string): void {
    for (const collection of this.#model.collections.filter((c) => c.creatable)) {
      for (const seed of collection.seeds) {
        const item = structuredClone(seed);
        if ('domain_id' in item) item.domain_id = domainId;
        this.#settled(collection, item);
        for (const [child, { parent, field }] of this.#embedded) {
          if (parent === collection && Array.isArray(item[field])) for (const entry of item[field] as Item[]) this.#settled(child, entry);
        }
        const parents: Record<string, string> = {};
        for (const { param, collection: parent } of collection.parents) {
          const id = item[param] ?? item[`${parent.itemKey}_id`];
          if (typeof id === 'string') parents[param] = id;
        }
        this.#store.insert(collection.key, { id: String(item.id), seq: this.#store.nextSeq(), domainId, parents, item });
      }
    }
  }

  #settled(collection: Collection, item: Item): void {
    const field = collection.stateField;
    if (field && typeof item[field] === 'string' && /ING$/.test(item[field])) item[field] = this.#stableState(collection);
  }

  /** Carries out every due 202 transition (CREATING → AVAILABLE, DELETING → gone). */
  settle(now: number): void {
    for (const key of this.#store.collectionKeys()) {
      for (const record of [...this.#store.records(key)]) {
        if (!record.pending?.length) continue;
        const due = record.pending.filter((p) => p.at <= now);
        if (due.length === 0) continue;
        record.pending = record.pending.filter((p) => p.at > now);
        if (record.pending.length === 0) delete record.pending;
        for (const step of due) this.#apply(key, record, step);
        this.#store.changed();
      }
    }
  }

  #apply(key: string, record: StoredRecord, step: Pending): void {
    const item = step.embedded ? this.#embeddedItem(record, step.embedded.field, step.embedded.id) : record.item;
    if (!item) return;
    if (step.remove) {
      if (step.embedded) {
        const list = record.item[step.embedded.field] as Item[];
        list.splice(list.indexOf(item), 1);
      } else {
        this.#removeCascade(this.#model.byKey.get(key), record);
      }
      return;
    }
    if (step.field && step.to !== undefined) {
      item[step.field] = step.to;
      if ('updated_at' in item) item.updated_at = utcTimestamp(step.at);
    }
  }

  #embeddedItem(record: StoredRecord, field: string, id: string): Item | undefined {
    const list = record.item[field];
    return Array.isArray(list) ? (list as Item[]).find((entry) => entry.id === id) : undefined;
  }

  #target(target: Target, request: EngineRequest): Collection {
    if ('collection' in target) return target.collection;
    const value = request.params[target.dynamic.param] ?? '';
    const collection = this.#model.collectionAt(`${target.dynamic.prefix}/${value}`);
    if (!collection) throw notFound(`There is no resource type "${value}".`);
    return collection;
  }

  // ---- locating ------------------------------------------------------------------------------------------

  /** Ids the emulator makes are UUIDs, so anything else cannot name one of its resources. */
  #checkId(collection: Collection, param: string, value: string): void {
    const madeHere = collection.creatable || (this.#unions.get(collection) ?? []).some(({ member }) => member.creatable);
    if (madeHere && !UUID.test(value)) {
      throw invalidParameter(`The ${param} "${value}" is not a valid ${label(collection)} id: ids are UUIDs such as 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6.`);
    }
  }

  /** Checks that every parent named in the path exists in the account; returns their ids by parameter name. */
  #parents(request: EngineRequest, collection: Collection): Record<string, string> {
    const ids: Record<string, string> = {};
    for (const { param, collection: parent } of collection.parents) {
      const id = request.params[param];
      if (id === undefined) continue;
      this.#checkId(parent, param, id);
      if (!this.#entries(parent, request.domainId, this.#parents(request, parent)).some((entry) => entry.item.id === id)) {
        throw notFound(`The ${label(parent)} ${id} does not exist.`);
      }
      ids[param] = id;
    }
    return ids;
  }

  /** The path parameter naming the item: the collection's own, else the last one that is not a parent or a tag key. */
  #itemParam(request: EngineRequest, collection: Collection): { param: string; id: string } {
    const parentParams = new Set(collection.parents.map((p) => p.param));
    const fromPath = request.operation.segments.filter(isTemplate).map(templateName).reverse();
    const param = [collection.itemParam, ...fromPath].find(
      (name): name is string => name !== undefined && name !== 'domain_id' && name !== 'tag_key' && !parentParams.has(name) && request.params[name] !== undefined,
    );
    if (param === undefined) throw notFound(`The request does not name a ${label(collection)}.`);
    return { param, id: request.params[param] as string };
  }

  #locate(request: EngineRequest, collection: Collection): Entry {
    const parents = this.#parents(request, collection);
    const { param, id } = this.#itemParam(request, collection);
    this.#checkId(collection, param, id);
    const entry = this.#entries(collection, request.domainId, parents).find((candidate) => candidate.item.id === id);
    if (!entry) throw notFound(`The ${label(collection)} ${id} does not exist.`);
    return entry;
  }

  /** The account's resources in a collection, in creation order; `parents` narrows nested ones. */
  #entries(collection: Collection, domainId: string, parents: Record<string, string>): Entry[] {
    const union = this.#unions.get(collection);
    if (union) {
      return union
        .flatMap(({ member, set }) => this.#entries(member, domainId, parents).map((entry) => ({ ...entry, extra: set })))
        .sort((a, b) => a.seq - b.seq);
    }
    const embedded = this.#embedded.get(collection);
    if (embedded) {
      const owners = this.#store
        .records(embedded.parent.key)
        .filter((record) => record.domainId === domainId && (parents[embedded.param] === undefined || record.id === parents[embedded.param]));
      return owners.flatMap((record) => {
        const list = record.item[embedded.field];
        return Array.isArray(list) ? (list as Item[]).map((item, i) => ({ item, seq: record.seq + i / 1000, record, home: collection })) : [];
      });
    }
    const matchesParents = (record: StoredRecord) => Object.entries(parents).every(([param, id]) => record.parents[param] === id);
    const stored: Entry[] = this.#store
      .records(collection.key)
      .filter((record) => record.domainId === domainId && matchesParents(record))
      .map((record) => ({ item: record.item, seq: record.seq, record, home: collection }));
    if (collection.creatable) return stored;
    const shadowed = new Set(stored.map((entry) => entry.item.id));
    const catalogue = collection.examples
      .filter((item) => !shadowed.has(item.id))
      .map((item, i, list) => ({ item, seq: i - list.length, home: collection }));
    return [...catalogue, ...stored];
  }

  /** All of the account's resources of a kind, whatever they are nested under. */
  #allOf(collection: Collection, domainId: string): Entry[] {
    return this.#entries(collection, domainId, {});
  }

  #view(entry: Entry): Item {
    const item = structuredClone(entry.item);
    if (entry.extra) Object.assign(item, entry.extra);
    for (const counter of this.#counters.get(entry.home) ?? []) {
      item[counter.field] = counter.source
        ? this.#allOf(counter.source, entry.record?.domainId ?? '').filter((other) => other.item[counter.via] === entry.item.id).length
        : (item[counter.field] ?? 0);
    }
    return item;
  }

  // ---- building and repairing items ----------------------------------------------------------------------

  #schemaAt(schema: Schema, path: readonly string[]): Schema | undefined {
    let current: Schema | undefined = schema;
    for (const segment of path) {
      if (!current) return undefined;
      current = this.#reader.isArray(current) ? this.#reader.items(current) : this.#reader.properties(current)[segment];
    }
    return current ? this.#reader.resolve(current) : undefined;
  }

  /** The `oneOf` alternative a value belongs to (by discriminator, else the first it satisfies), or the schema itself. */
  #branch(schema: Schema, value: unknown): Schema {
    const resolved = this.#reader.resolve(schema);
    const variants = this.#reader.variants(resolved);
    if (variants.length === 0) return resolved;
    return this.#reader.discriminated(resolved, value) ?? variants.find((variant) => this.#validators.schema(variant)(value)) ?? (variants[0] as Schema);
  }

  /** Drops members the schema does not describe, recursively, so the answer never leaks request-only fields. */
  #project(value: unknown, schema: Schema): unknown {
    const resolved = this.#branch(schema, value);
    if (Array.isArray(value)) return this.#reader.isArray(resolved) ? value.map((v) => this.#project(v, this.#reader.items(resolved))) : value;
    if (!isPlainObject(value)) return value;
    const properties = this.#reader.properties(resolved);
    if (Object.keys(properties).length === 0) return value;
    const out: Item = {};
    for (const [name, member] of Object.entries(value)) if (properties[name]) out[name] = this.#project(member, properties[name]);
    return out;
  }

  /**
   * Makes `item` valid against `schema`: values the schema refuses are dropped when optional or replaced by an
   * example or a synthesised value when required. Only fields no request could set correctly are ever touched.
   */
  #conform(item: Item, wholeSchema: Schema, examples: readonly Item[], now: number): Item {
    const schema = this.#branch(wholeSchema, item);
    const projected = this.#project(item, schema) as Item;
    const validate = this.#validators.schema(schema);
    for (let attempt = 0; attempt < 4 && !validate(projected); attempt++) {
      for (const error of validate.errors ?? []) {
        const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        const container = path.slice(0, -1).reduce<unknown>((node, key) => (isPlainObject(node) || Array.isArray(node) ? (node as Item)[key] : undefined), projected);
        if (error.keyword === 'required') {
          const target = path.reduce<unknown>((node, key) => (isPlainObject(node) || Array.isArray(node) ? (node as Item)[key] : undefined), projected);
          const missing = String(error.params.missingProperty);
          const example = path.length === 0 ? exampleValue(examples, missing) : undefined;
          const memberSchema = this.#schemaAt(schema, [...path, missing]);
          if (isPlainObject(target)) target[missing] = example !== undefined ? structuredClone(example) : sampleValue(this.#reader, memberSchema, now);
        } else if (path.length > 0 && (isPlainObject(container) || Array.isArray(container))) {
          const key = path[path.length - 1] as string;
          const parentSchema = this.#schemaAt(schema, path.slice(0, -1));
          const required = parentSchema ? this.#reader.required(parentSchema) : [];
          if (isPlainObject(container) && !required.includes(key)) delete container[key];
          else (container as Item)[key] = sampleValue(this.#reader, this.#schemaAt(schema, path), now);
        }
      }
    }
    return projected;
  }

  #stableState(collection: Collection): string | undefined {
    return collection.states?.find((s) => STABLE_STATES.includes(s)) ?? collection.states?.[0];
  }

  #quota(collection: Collection): number | undefined {
    const limit = this.#rules(collection).quota?.limit;
    return limit === undefined ? undefined : (this.#options.quotas[collection.itemKey ?? ''] ?? limit);
  }

  #ruleContext(request: EngineRequest, collection: Collection, parents: Record<string, string>): RuleContext {
    return {
      now: utcTimestamp(request.now),
      domainId: request.domainId,
      quota: (itemKey) => {
        const kind = this.#model.collections.find((c) => c.itemKey === itemKey);
        return kind ? this.#quota(kind) : undefined;
      },
      input: unwrap(request.body),
      items: (itemKey) => {
        const kind = this.#model.collections.find((c) => c.itemKey === itemKey);
        return kind ? this.#allOf(kind, request.domainId).map((entry) => entry.item) : [];
      },
      siblings: this.#entries(collection, request.domainId, parents).map((entry) => entry.item),
    };
  }

  #checkUniqueName(request: EngineRequest, collection: Collection, name: unknown, self?: unknown): void {
    const code = this.#rules(collection).uniqueName;
    if (code === undefined || typeof name !== 'string') return;
    if (this.#allOf(collection, request.domainId).some((entry) => entry.item.name === name && entry.item.id !== self)) {
      throw new ApiError(400, code, `The name "${name}" is already used by another ${label(collection)} of the account.`);
    }
  }

  #checkReferences(request: EngineRequest, collection: Collection, input: Item): void {
    for (const field of this.#rules(collection).references ?? []) {
      const id = input[field];
      if (typeof id !== 'string') continue;
      const kind = this.#model.collections.find((c) => c.itemKey === field.slice(0, -'_id'.length) && c.creatable);
      if (kind && !this.#allOf(kind, request.domainId).some((entry) => entry.item.id === id)) {
        throw invalidParameter(`${field} ${id} does not name a ${label(kind)} of the account.`);
      }
    }
  }

  #startTransition(request: EngineRequest, collection: Collection, record: StoredRecord, item: Item, verb: string, embedded?: Pending['embedded']): void {
    const field = collection.stateField;
    if (request.operation.successStatus !== 202 || !field || !collection.states) return;
    // Create → CREATING, Apply → APPLYING; verbs without a state of their own (Associate…) show UPDATING.
    const gerund = `${verb.toUpperCase().replace(/E$/, '')}ING`;
    const transitional = [gerund, 'UPDATING'].find((s) => collection.states?.includes(s));
    const stable = this.#stableState(collection);
    if (transitional === undefined) return;
    item[field] = transitional;
    const at = request.now + this.#options.asyncDelayMs;
    const step: Pending = verb === 'Delete' ? { at, remove: true } : { at, field, to: stable };
    if (embedded) step.embedded = embedded;
    // A newer change supersedes whatever this item was still waiting for.
    record.pending = [...(record.pending ?? []).filter((p) => p.embedded?.id !== embedded?.id), step];
  }

  // ---- operations ----------------------------------------------------------------------------------------

  #create(request: EngineRequest, collection: Collection): Reply {
    const parents = this.#parents(request, collection);
    const rules = this.#rules(collection);
    const context = this.#ruleContext(request, collection, parents);
    const input = context.input;
    const quota = this.#quota(collection);
    if (rules.quota && quota !== undefined && this.#allOf(collection, request.domainId).length >= quota) {
      throw new ApiError(400, rules.quota.code, `The account's quota of ${quota} ${label(collection)}s is used up; delete one or raise the quota.`);
    }
    this.#checkUniqueName(request, collection, input.name);
    this.#checkReferences(request, collection, input);

    const schema = collection.itemSchema ?? {};
    const properties = this.#reader.properties(schema);
    const required = new Set(this.#reader.required(schema));
    const now = context.now;
    const item: Item = {};
    for (const [name, value] of Object.entries(input)) if (properties[name] && !SERVER_FIELDS.has(name)) item[name] = structuredClone(value);
    const id = randomUUID();
    const made: Item = { id, domain_id: request.domainId, created_at: now, updated_at: now };
    for (const [name, value] of Object.entries(made)) if (properties[name]) item[name] = value;
    if (properties.tags && item.tags === undefined) item.tags = [];
    for (const { param, collection: parent } of collection.parents) {
      for (const field of [param, `${parent.itemKey}_id`]) if (properties[field] && parents[param] !== undefined) item[field] = parents[param];
    }
    if (collection.stateField) item[collection.stateField] = this.#stableState(collection);
    for (const [name, value] of Object.entries(rules.defaults ?? {})) if (properties[name] && item[name] === undefined) item[name] = structuredClone(value);
    const counters = new Set((this.#counters.get(collection) ?? []).map((c) => c.field));
    for (const [name, member] of Object.entries(properties)) {
      if (item[name] !== undefined || counters.has(name)) continue;
      const resolved = this.#reader.resolve(member);
      const example = exampleValue(collection.examples, name);
      // Flags and enumerations the request cannot set look like the documented example; other optional fields stay out.
      const isFlag = resolved.type === 'boolean' || this.#reader.enumOf(resolved) !== undefined;
      if (required.has(name)) item[name] = example !== undefined ? structuredClone(example) : sampleValue(this.#reader, member, request.now);
      else if ('default' in resolved) item[name] = structuredClone(resolved.default);
      else if (example !== undefined && isFlag) item[name] = structuredClone(example);
    }
    rules.onCreate?.(item, context);

    const record: StoredRecord = { id, seq: this.#store.nextSeq(), domainId: request.domainId, parents, item: this.#conform(item, schema, collection.examples, request.now) };
    this.#startTransition(request, collection, record, record.item, 'Create');
    this.#store.insert(collection.key, record);
    return this.#reply(request, { item: this.#view({ item: record.item, seq: record.seq, record, home: collection }) });
  }

  #list(request: EngineRequest, collection: Collection): Reply {
    const parents = this.#parents(request, collection);
    const listing = listingRules[request.operation.operationId];
    const live = listing ? listing(this.#ruleContext(request, collection, parents)).map((item, i): Entry => ({ item, seq: i - 1e6, home: collection })) : [];
    let entries = [...live, ...this.#entries(collection, request.domainId, parents)];
    const properties = collection.itemSchema ? this.#reader.properties(collection.itemSchema) : {};
    const { filterAliases: aliases = {}, filterWildcards: wildcards = {} } = this.#rules(collection);
    for (const param of request.operation.queryParams) {
      const wanted = request.query[param.name];
      const field = aliases[param.name] ?? param.name;
      // A filter on a field the item does not have cannot be evaluated here, so it narrows nothing.
      if (PAGING.has(param.name) || wanted === undefined || !properties[field]) continue;
      const values = (Array.isArray(wanted) ? wanted : [wanted]).map(String);
      if (wildcards[field] !== undefined) values.push(wildcards[field]);
      entries = entries.filter((entry) => {
        const actual = entry.extra?.[field] ?? entry.item[field];
        return (Array.isArray(actual) ? actual : [actual]).some((value) => value !== undefined && values.includes(String(value)));
      });
    }
    return this.#page(request, entries);
  }

  /** Sorts (sort_key/sort_dir, else creation order) and pages (marker or offset) a list, then answers it. */
  #page(request: EngineRequest, all: Entry[]): Reply {
    const query = request.query;
    let entries = all;
    const sortKey = typeof query.sort_key === 'string' ? query.sort_key : undefined;
    if (sortKey !== undefined) {
      const direction = query.sort_dir === 'desc' ? -1 : 1;
      entries = [...entries].sort((a, b) => {
        const x = String(a.item[sortKey] ?? '');
        const y = String(b.item[sortKey] ?? '');
        return (x < y ? -1 : x > y ? 1 : a.seq - b.seq) * direction;
      });
    }
    const limitParam = request.operation.queryParams.find((p) => p.name === 'limit');
    const maximum = limitParam ? this.#reader.resolve(limitParam.schema).maximum : undefined;
    const limit = typeof query.limit === 'number' ? query.limit : typeof maximum === 'number' ? maximum : entries.length;
    let start = 0;
    let end: number;
    if (typeof query.offset === 'number') {
      start = Math.min(query.offset, entries.length);
      end = Math.min(start + limit, entries.length);
    } else if (typeof query.marker === 'string') {
      // Our markers name an item and a direction; a bare item id (older Huawei pages) means "after this one".
      const marker = decodeMarker(query.marker) ?? { seq: Number.NaN, id: query.marker, direction: 'n' as const };
      const at = entries.findIndex((entry) => entry.item.id === marker.id);
      if (at < 0 && Number.isNaN(marker.seq)) throw invalidParameter(`The marker "${query.marker}" is not a page_info marker of this list.`);
      // If the marker's item was deleted meanwhile, paging resumes from where it stood in creation order.
      const firstAfter = (test: (entry: Entry) => boolean) => {
        const index = entries.findIndex(test);
        return index < 0 ? entries.length : index;
      };
      if (marker.direction === 'n') {
        start = at >= 0 ? at + 1 : firstAfter((entry) => entry.seq > marker.seq);
        end = Math.min(start + limit, entries.length);
      } else {
        end = at >= 0 ? at : firstAfter((entry) => entry.seq >= marker.seq);
        start = Math.max(0, end - limit);
      }
    } else {
      end = Math.min(limit, entries.length);
    }
    const page = entries.slice(start, end);
    const pageInfo: Item = { current_count: page.length };
    const paged = typeof query.offset !== 'number';
    if (paged && end < entries.length && page.length > 0) pageInfo.next_marker = encodeMarker(page[page.length - 1] as Entry, 'n');
    if (paged && start > 0 && page.length > 0) pageInfo.previous_marker = encodeMarker(page[0] as Entry, 'p');
    return this.#reply(request, { items: page.map((entry) => this.#view(entry)), pageInfo, total: entries.length });
  }

  #change(request: EngineRequest, collection: Collection, kind: 'update' | 'action'): Reply {
    const entry = this.#locate(request, collection);
    const verb = /^[A-Z][a-z]+/.exec(request.operation.operationId)?.[0] ?? 'Update';
    const context = this.#ruleContext(request, collection, entry.record?.parents ?? {});
    const input = context.input;
    if (kind === 'update') this.#checkUniqueName(request, collection, input.name, entry.item.id);
    this.#checkReferences(request, collection, input);
    // Rules work on a draft, so a refusal leaves the stored item exactly as it was.
    const draft = structuredClone(entry.item);
    const rule = actionRules[request.operation.operationId];
    if ((rule ? rule(draft, context) : 'merge') === 'merge') {
      const properties = collection.itemSchema ? this.#reader.properties(collection.itemSchema) : {};
      for (const [name, value] of Object.entries(input)) if (properties[name] && !SERVER_FIELDS.has(name)) draft[name] = structuredClone(value);
    }
    if ('updated_at' in draft) draft.updated_at = context.now;
    const item = this.#materialise(request, collection, entry);
    for (const key of Object.keys(item)) delete item[key];
    Object.assign(item, this.#conform(draft, collection.itemSchema ?? {}, collection.examples, request.now));
    const embedded = this.#embedded.get(collection);
    this.#startTransition(request, collection, entry.record as StoredRecord, item, verb, embedded ? { field: embedded.field, id: String(item.id) } : undefined);
    this.#store.changed();
    return this.#reply(request, { item: this.#view({ ...entry, item }) });
  }

  /** Catalogue items are shared examples; the first change to one gives the account its own copy. */
  #materialise(request: EngineRequest, collection: Collection, entry: Entry): Item {
    if (entry.record) return entry.item;
    const record: StoredRecord = {
      id: String(entry.item.id),
      seq: this.#store.nextSeq(),
      domainId: request.domainId,
      parents: this.#parents(request, collection),
      item: structuredClone(entry.item),
    };
    this.#store.insert(collection.key, record);
    entry.record = record;
    return record.item;
  }

  #delete(request: EngineRequest, collection: Collection): Reply {
    const entry = this.#locate(request, collection);
    for (const block of this.#rules(entry.home).blockDelete ?? []) {
      const kind = this.#model.collections.find((c) => c.itemKey === block.itemKey && c.creatable);
      const dependants = kind ? this.#allOf(kind, request.domainId).filter((other) => other.item[block.via] === entry.item.id).length : 0;
      if (dependants > 0) throw new ApiError(400, block.code, `The ${label(entry.home)} ${String(entry.item.id)} cannot be deleted: ${block.message} (${dependants} left).`);
    }
    const record = this.#materialiseRecord(request, entry);
    const embedded = this.#embedded.get(entry.home);
    const home = entry.home;
    if (request.operation.successStatus === 202 && home.stateField && home.states?.includes('DELETING')) {
      const item = embedded ? entry.item : record.item;
      this.#startTransition(request, home, record, item, 'Delete', embedded ? { field: embedded.field, id: String(item.id) } : undefined);
      this.#store.changed();
      return this.#reply(request, { item: this.#view({ ...entry, item }) });
    }
    const answer = this.#view(entry);
    if (embedded) {
      const list = record.item[embedded.field] as Item[];
      list.splice(list.indexOf(entry.item), 1);
      this.#store.changed();
    } else {
      this.#removeCascade(home, record);
    }
    return this.#reply(request, { item: answer });
  }

  #materialiseRecord(request: EngineRequest, entry: Entry): StoredRecord {
    if (!entry.record) this.#materialise(request, entry.home, entry);
    return entry.record as StoredRecord;
  }

  /** Removes a record and everything nested under it. */
  #removeCascade(collection: Collection | undefined, record: StoredRecord): void {
    if (!collection) return;
    this.#store.remove(collection.key, record.id);
    for (const child of this.#model.collections) {
      for (const { param, collection: parent } of child.parents) {
        if (parent !== collection) continue;
        for (const nested of this.#store.records(child.key).filter((r) => r.parents[param] === record.id)) this.#removeCascade(child, nested);
      }
    }
  }

  /** The item's tag array, created if the item had none (only call it on items about to change). */
  #tagsOf(item: Item): Item[] {
    if (!Array.isArray(item.tags)) item.tags = [];
    return item.tags as Item[];
  }

  #addTags(item: Item, tags: readonly Item[]): void {
    const current = this.#tagsOf(item);
    for (const tag of tags) {
      const existing = current.find((t) => t.key === tag.key);
      if (existing) existing.value = tag.value ?? '';
      else current.push({ key: tag.key, value: tag.value ?? '' });
    }
  }

  #removeTags(item: Item, keys: readonly unknown[]): void {
    item.tags = this.#tagsOf(item).filter((t) => !keys.includes(t.key));
  }

  #tag(request: EngineRequest, collection: Collection, kind: 'tag' | 'untag'): Reply {
    const entry = this.#locate(request, collection);
    const item = this.#materialise(request, collection, entry);
    const tags = (isPlainObject(request.body) && Array.isArray(request.body.tags) ? request.body.tags : []) as Item[];
    if (kind === 'tag') this.#addTags(item, tags);
    else this.#removeTags(item, tags.map((t) => t.key));
    this.#store.changed();
    return this.#reply(request, { item: this.#view({ ...entry, item }) });
  }

  #itemTags(request: EngineRequest, collection: Collection, mode: 'list' | 'add' | 'remove' | 'by-action'): Reply {
    const entry = this.#locate(request, collection);
    const body = isPlainObject(request.body) ? request.body : {};
    const tags = (Array.isArray(body.tags) ? body.tags : isPlainObject(body.tag) ? [body.tag] : []) as Item[];
    const action = mode === 'by-action' ? (body.action === 'delete' ? 'remove' : 'add') : mode;
    if (action === 'list') return this.#reply(request, { items: structuredClone(tagList(entry.item)) });
    const item = this.#materialise(request, collection, entry);
    if (action === 'add') this.#addTags(item, tags);
    else this.#removeTags(item, request.params.tag_key !== undefined ? [request.params.tag_key] : tags.map((t) => t.key));
    this.#store.changed();
    return this.#reply(request, { items: structuredClone(tagList(item)) });
  }

  #tagSummary(request: EngineRequest, collection: Collection): Reply {
    const values = new Map<string, Set<string>>();
    for (const entry of this.#allOf(collection, request.domainId)) {
      for (const tag of tagList(entry.item)) {
        const key = String(tag.key);
        if (!values.has(key)) values.set(key, new Set());
        (values.get(key) as Set<string>).add(String(tag.value ?? ''));
      }
    }
    const items = [...values.keys()].sort().map((key) => ({ key, values: [...(values.get(key) as Set<string>)].sort() }));
    return this.#reply(request, { items, total: items.length });
  }

  /**
   * Tag queries: `tags` (every key must match, any of its values; no values means any value), and the TMS
   * variants `tags_any`, `not_tags`, `not_tags_any`, `without_any_tag` and `matches` on the resource name.
   */
  #tagFilter(request: EngineRequest, collection: Collection, count: boolean): Reply {
    const body = isPlainObject(request.body) ? request.body : {};
    const conditions = (name: string) => (Array.isArray(body[name]) ? (body[name] as Item[]) : []);
    const has = (item: Item, condition: Item) => {
      const wanted = Array.isArray(condition.values) ? condition.values.map(String) : [];
      return tagList(item).some((tag) => tag.key === condition.key && (wanted.length === 0 || wanted.includes(String(tag.value ?? ''))));
    };
    const entries = this.#allOf(collection, request.domainId).filter((entry) => {
      const item = entry.item;
      const all = conditions('tags');
      const any = conditions('tags_any');
      const notAll = conditions('not_tags');
      const notAny = conditions('not_tags_any');
      if (!all.every((c) => has(item, c))) return false;
      if (any.length > 0 && !any.some((c) => has(item, c))) return false;
      if (notAll.length > 0 && notAll.every((c) => has(item, c))) return false;
      if (notAny.some((c) => has(item, c))) return false;
      if (body.without_any_tag === true && Array.isArray(item.tags) && item.tags.length > 0) return false;
      return conditions('matches').every((m) => m.key !== 'resource_name' || String(item.name ?? '').includes(String(m.value ?? '')));
    });
    if (count || body.action === 'count') return this.#reply(request, { total: entries.length });
    const query = { ...request.query };
    if (typeof body.limit === 'number') query.limit = body.limit;
    if (typeof body.offset === 'number') query.offset = body.offset;
    return this.#page({ ...request, query }, entries);
  }

  // ---- answers -------------------------------------------------------------------------------------------

  /**
   * Builds the success answer from the operation's response schema: `request_id`, the item under the envelope's
   * item member, the page under its list member (projected onto that member's item schema), `page_info`,
   * `total_count`; any other required member comes from the spec's example or is synthesised.
   */
  #reply(request: EngineRequest, parts: { item?: Item; items?: Item[]; pageInfo?: Item; total?: number }): Reply {
    const op = request.operation;
    const schema = op.success.schema;
    if (!schema) return { status: op.successStatus };
    const envelope = readEnvelope(this.#reader, schema);
    const properties = this.#reader.properties(schema);
    const required = this.#reader.required(schema);
    const example = isPlainObject(op.successExample) ? op.successExample : {};
    const out: Item = {};
    for (const [name, member] of Object.entries(properties)) {
      if (name === 'request_id') out[name] = request.requestId;
      else if (name === envelope.itemKey && parts.item) out[name] = this.#conform(parts.item, member, [], request.now);
      else if (name === envelope.listKey && parts.items) {
        const itemSchema = this.#reader.items(member);
        out[name] = parts.items.map((item) => this.#conform(this.#asListItem(item, itemSchema), itemSchema, [], request.now));
      } else if (this.#reader.isArray(member) && isPlainObject(request.body) && Array.isArray(request.body[name])) {
        // A per-entry answer to a batch request (`gcbandwidths: [{…, result}]`) reports on the entries sent;
        // what the request did not say (the `result`) reads as in the spec's example.
        const itemSchema = this.#reader.items(member);
        const sample = Array.isArray(example[name]) && isPlainObject(example[name][0]) ? (example[name][0] as Item) : {};
        const defaults = Object.fromEntries(Object.entries(sample).filter(([, value]) => value === null || typeof value !== 'object'));
        out[name] = (request.body[name] as unknown[]).map((entry) => this.#conform({ ...defaults, ...(isPlainObject(entry) ? entry : {}) }, itemSchema, [], request.now));
      } else if (name === 'page_info' && parts.pageInfo) out[name] = parts.pageInfo;
      else if (name === 'total_count' && parts.total !== undefined) out[name] = parts.total;
      else if (required.includes(name) || (parts.item === undefined && parts.items === undefined && example[name] !== undefined)) {
        out[name] = example[name] !== undefined ? structuredClone(example[name]) : sampleValue(this.#reader, member, request.now);
      }
    }
    return { status: op.successStatus, body: out };
  }

  /** TMS-style listings name resources `resource_id`/`resource_name`; everything else keeps its own field names. */
  #asListItem(item: Item, itemSchema: Schema): Item {
    const properties = this.#reader.properties(itemSchema);
    if (!properties.resource_id || properties.id) return item;
    return { ...item, resource_id: item.id, resource_name: item.name ?? '' };
  }
}
