import { randomUUID } from 'node:crypto';
import { ApiError, notFound } from './errors.js';
import type { Rules } from './backends/index.js';
import type { RuleContext } from './backends/types.js';
import { checkReferences, checkUniqueName, requestExampleIds, unwrap } from './checks.js';
import { Conformer } from './conform.js';
import { Lifecycle } from './lifecycle.js';
import type { Collection, Model, Plan, Target } from './model.js';
import { pageOf } from './paging.js';
import { buildReply, type Reply, type ReplyParts } from './reply.js';
import { utcTimestamp } from './samples.js';
import { label, State, type Entry } from './state.js';
import { addTags, matchesTagQuery, removeTags, tagList, tagSummary } from './tagging.js';
import type { SchemaReader, SpecOperation as Operation } from '../spec/index.js';
import type { Item, StoredRecord, Store } from './store.js';
import type { Validators } from './validation.js';

export type { Reply } from './reply.js';

export interface EngineOptions {
  /** How long 202 operations stay in their transitional state. */
  asyncDelayMs: number;
  /** Per-account limits by item key, overriding the rules' defaults (`{ cloud_connection: 10 }`). */
  quotas: Record<string, number>;
  /**
   * Started with `seed: 'examples'`: ids the spec's request examples name also count as the account's resources
   * where a request refers to them, because a few examples name resources no Show or List example describes
   * (the docs' samples send those requests as written).
   */
  examples?: boolean;
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

const SERVER_FIELDS = new Set(['id', 'domain_id', 'created_at', 'updated_at']);
const PAGING = new Set(['limit', 'marker', 'offset', 'sort_key', 'sort_dir', 'page_reverse']);

const isPlainObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Serves every operation from its plan over the generic layer (`State`: locating, parents, derived collections;
 * `Lifecycle`: 202 transitions and seeding) and the sections' backends (`backends/`). Each call runs synchronously
 * from start to finish, so concurrent requests never interleave their read-modify-write of the state.
 */
export class Engine {
  readonly #reader: SchemaReader;
  readonly #model: Model;
  readonly #store: Store;
  readonly #options: EngineOptions;
  readonly #state: State;
  readonly #conformer: Conformer;
  readonly #lifecycle: Lifecycle;

  constructor(reader: SchemaReader, model: Model, validators: Validators, store: Store, options: EngineOptions, rules: Rules) {
    this.#reader = reader;
    this.#model = model;
    this.#store = store;
    this.#options = options;
    this.#state = new State(reader, model, store, rules, options.examples ? requestExampleIds(model) : new Set());
    this.#conformer = new Conformer(reader, validators);
    this.#lifecycle = new Lifecycle(this.#state, options.asyncDelayMs);
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
        return this.#reply(request, { item: this.#view(request, this.#locate(request, this.#target(plan.target, request))) });
      case 'update':
      case 'action':
        return this.#change(request, this.#target(plan.target, request));
      case 'delete':
        return this.#delete(request, this.#target(plan.target, request));
      case 'tag':
      case 'untag':
        return this.#tag(request, this.#target(plan.target, request), plan.kind);
      case 'tag-summary': {
        const items = tagSummary(this.#state.allOf(this.#target(plan.target, request), request.domainId).map((e) => e.item));
        return this.#reply(request, { items, total: items.length });
      }
      case 'tag-filter':
        return this.#tagFilter(request, this.#target(plan.target, request), plan.count);
      case 'item-tags':
        return this.#itemTags(request, this.#target(plan.target, request), plan.mode);
      case 'example':
        return buildReply(this.#reader, this.#conformer, request.operation, request, {}, true);
    }
  }

  /** Gives the account the resources the spec's examples describe (see `Lifecycle.seed`). */
  seed(domainId: string): void {
    this.#lifecycle.seed(domainId);
  }

  /** Carries out every due 202 transition (CREATING → AVAILABLE, DELETING → gone). */
  settle(now: number): void {
    this.#lifecycle.settle(now);
  }

  #target(target: Target, request: EngineRequest): Collection {
    if ('collection' in target) return target.collection;
    const value = request.params[target.dynamic.param] ?? '';
    const collection = this.#model.collectionAt(`${target.dynamic.prefix}/${value}`);
    if (!collection) throw notFound(`There is no resource type "${value}".`);
    return collection;
  }

  #locate(request: EngineRequest, collection: Collection): Entry {
    return this.#state.locate(request.params, request.operation.segments, request.domainId, collection);
  }

  #view(request: EngineRequest, entry: Entry): Item {
    return this.#state.view(entry, request.domainId);
  }

  #reply(request: EngineRequest, parts: ReplyParts): Reply {
    return buildReply(this.#reader, this.#conformer, request.operation, request, parts);
  }

  #quota(collection: Collection): number | undefined {
    const limit = this.#state.rulesOf(collection).quota?.limit;
    return limit === undefined ? undefined : (this.#options.quotas[collection.itemKey ?? ''] ?? limit);
  }

  #ruleContext(request: EngineRequest, collection: Collection, parents: Record<string, string>): RuleContext {
    return {
      ...this.#state.viewContext(request.domainId),
      now: utcTimestamp(request.now),
      parents,
      quota: (itemKey) => {
        const kind = this.#state.kind(itemKey);
        return kind ? this.#quota(kind) : undefined;
      },
      input: unwrap(request.body),
      siblings: this.#state.entries(collection, request.domainId, parents).map((entry) => entry.item),
      reply: {},
      create: (itemKey, childParents, fields) => {
        const kind = this.#state.kind(itemKey, true);
        if (!kind) throw new Error(`No creatable collection holds ${itemKey}.`);
        return this.#insert(request, kind, childParents, this.#build(request, kind, childParents, fields)).item;
      },
    };
  }

  // ---- operations ----------------------------------------------------------------------------------------

  /** A new resource: the fields given, the ones the server makes, its parents, the rules' and schema's defaults. */
  #build(request: EngineRequest, collection: Collection, parents: Record<string, string>, fields: Item): Item {
    const properties = collection.itemSchema ? this.#reader.properties(collection.itemSchema) : {};
    const now = utcTimestamp(request.now);
    const item: Item = {};
    for (const [name, value] of Object.entries(fields)) if (properties[name] && !SERVER_FIELDS.has(name)) item[name] = structuredClone(value);
    for (const [name, value] of Object.entries({ id: randomUUID(), domain_id: request.domainId, created_at: now, updated_at: now })) if (properties[name]) item[name] = value;
    if (properties.tags && item.tags === undefined) item.tags = [];
    for (const { param, collection: parent } of collection.parents) {
      for (const field of [param, `${parent.itemKey}_id`]) if (properties[field] && parents[param] !== undefined) item[field] = parents[param];
    }
    if (collection.stateField && item[collection.stateField] === undefined) item[collection.stateField] = this.#lifecycle.stableState(collection);
    for (const [name, value] of Object.entries(this.#state.rulesOf(collection).defaults ?? {})) if (item[name] === undefined) item[name] = structuredClone(value);
    for (const [name, member] of Object.entries(properties)) {
      const resolved = this.#reader.resolve(member);
      if (item[name] === undefined && 'default' in resolved) item[name] = structuredClone(resolved.default);
    }
    return item;
  }

  #insert(request: EngineRequest, collection: Collection, parents: Record<string, string>, item: Item): StoredRecord {
    const conformed = this.#conformer.conform(item, collection.itemSchema ?? {}, request.now);
    const record: StoredRecord = { id: String(conformed.id), seq: this.#store.nextSeq(), domainId: request.domainId, parents, item: conformed };
    this.#store.insert(collection.key, record);
    return record;
  }

  #create(request: EngineRequest, collection: Collection): Reply {
    const parents = this.#state.parents(request.params, request.domainId, collection);
    const rules = this.#state.rulesOf(collection);
    const context = this.#ruleContext(request, collection, parents);
    const quota = this.#quota(collection);
    const counted = rules.quota?.per === 'parent' ? context.siblings.length : this.#state.allOf(collection, request.domainId).length;
    if (rules.quota && quota !== undefined && counted >= quota) {
      const scope = rules.quota.per === 'parent' ? 'parent' : 'account';
      throw new ApiError(400, rules.quota.code, `${request.operation.operationId}: the ${scope}'s quota of ${quota} ${label(collection)}s is used up; delete one or raise the quota.`);
    }
    checkUniqueName(this.#state, request, collection, context.input.name);
    checkReferences(this.#state, request, collection, context.input);
    const item = this.#build(request, collection, parents, context.input);
    // The rules complete the item before anything is stored, so a refusal stores nothing.
    rules.onCreate?.(item, context);
    const record = this.#insert(request, collection, parents, item);
    this.#lifecycle.start(request.operation.operationId, collection, record, record.item, request.now);
    return this.#reply(request, { item: this.#view(request, { item: record.item, seq: record.seq, record, home: collection }) });
  }

  #list(request: EngineRequest, collection: Collection): Reply {
    const parents = this.#state.parents(request.params, request.domainId, collection);
    const listing = this.#state.rules.listings.get(request.operation.operationId);
    const stored = this.#state.entries(collection, request.domainId, parents);
    let entries = listing ? listing(this.#ruleContext(request, collection, parents), stored.map((e) => e.item)).map((item, i): Entry => ({ item, seq: i - 2e6, home: collection })) : stored;
    const properties = collection.itemSchema ? this.#reader.properties(collection.itemSchema) : {};
    const { filterAliases: aliases = {}, filterWildcards: wildcards = {} } = this.#state.rulesOf(collection);
    const views = new Map(entries.map((entry) => [entry, this.#view(request, entry)]));
    for (const param of request.operation.queryParams) {
      const wanted = request.query[param.name];
      const field = aliases[param.name] ?? param.name;
      // A filter on a field the item does not have cannot be evaluated here, so it narrows nothing.
      if (PAGING.has(param.name) || wanted === undefined || !properties[field]) continue;
      const values = (Array.isArray(wanted) ? wanted : [wanted]).map(String);
      if (wildcards[field] !== undefined) values.push(wildcards[field]);
      entries = entries.filter((entry) => {
        const actual = views.get(entry)?.[field];
        return (Array.isArray(actual) ? actual : [actual]).some((value) => value !== undefined && values.includes(String(value)));
      });
    }
    return this.#page(request, entries, views);
  }

  #page(request: EngineRequest, entries: Entry[], views?: Map<Entry, Item>): Reply {
    const limitParam = request.operation.queryParams.find((p) => p.name === 'limit');
    const maximum = limitParam ? this.#reader.resolve(limitParam.schema).maximum : undefined;
    const { page, pageInfo, total } = pageOf(entries, request.query, typeof maximum === 'number' ? maximum : undefined);
    return this.#reply(request, { items: page.map((entry) => views?.get(entry) ?? this.#view(request, entry)), pageInfo, total });
  }

  #change(request: EngineRequest, collection: Collection): Reply {
    const entry = this.#locate(request, collection);
    const context = this.#ruleContext(request, entry.home, entry.record?.parents ?? this.#state.parents(request.params, request.domainId, collection));
    const input = context.input;
    if (request.operation.method === 'PUT') checkUniqueName(this.#state, request, entry.home, input.name, entry.item.id);
    checkReferences(this.#state, request, entry.home, input);
    // Rules work on a draft, so a refusal leaves the stored item exactly as it was.
    const draft = structuredClone(entry.item);
    const rule = this.#state.rules.actions.get(request.operation.operationId);
    if ((rule ? rule(draft, context) : 'merge') === 'merge') {
      const properties = entry.home.itemSchema ? this.#reader.properties(entry.home.itemSchema) : {};
      for (const [name, value] of Object.entries(input)) if (properties[name] && !SERVER_FIELDS.has(name)) draft[name] = structuredClone(value);
    }
    if ('updated_at' in draft || entry.home.itemSchema) draft.updated_at = context.now;
    const record = this.#lifecycle.materialise(request.domainId, entry, this.#state.parents(request.params, request.domainId, entry.home));
    const conformed = this.#conformer.conform(draft, entry.home.itemSchema ?? {}, request.now);
    this.#store.update(record, () => {
      for (const key of Object.keys(entry.item)) delete entry.item[key];
      Object.assign(entry.item, conformed);
    });
    this.#lifecycle.start(request.operation.operationId, entry.home, record, entry.item, request.now);
    return this.#reply(request, { item: this.#view(request, entry), extra: context.reply });
  }

  #delete(request: EngineRequest, collection: Collection): Reply {
    const entry = this.#locate(request, collection);
    const rules = this.#state.rulesOf(entry.home);
    for (const block of rules.blockDelete ?? []) {
      const kind = this.#state.kind(block.itemKey, true);
      const dependants = kind ? this.#state.allOf(kind, request.domainId).filter((other) => other.item[block.via] === entry.item.id).length : 0;
      if (dependants > 0) throw new ApiError(400, block.code, `${request.operation.operationId}: the ${label(entry.home)} ${String(entry.item.id)} cannot be deleted: ${block.message} (${dependants} left).`);
    }
    rules.beforeDelete?.(entry.item, this.#ruleContext(request, entry.home, entry.record?.parents ?? {}));
    const answer = this.#view(request, entry);
    const record = this.#lifecycle.materialise(request.domainId, entry, this.#state.parents(request.params, request.domainId, entry.home));
    if (this.#lifecycle.start(request.operation.operationId, entry.home, record, entry.item, request.now)) {
      return this.#reply(request, { item: this.#view(request, entry) });
    }
    this.#lifecycle.remove(entry, record);
    return this.#reply(request, { item: answer });
  }

  #changeTags(request: EngineRequest, entry: Entry, change: (item: Item) => void): Item {
    const record = this.#lifecycle.materialise(request.domainId, entry, this.#state.parents(request.params, request.domainId, entry.home));
    const draft = structuredClone(entry.item);
    change(draft);
    this.#store.update(record, () => {
      entry.item.tags = draft.tags;
    });
    return entry.item;
  }

  #tag(request: EngineRequest, collection: Collection, kind: 'tag' | 'untag'): Reply {
    const entry = this.#locate(request, collection);
    const tags = (isPlainObject(request.body) && Array.isArray(request.body.tags) ? request.body.tags : []) as Item[];
    const item = this.#changeTags(request, entry, (draft) => (kind === 'tag' ? addTags(draft, tags, request.operation.operationId) : removeTags(draft, tags.map((t) => t.key))));
    return this.#reply(request, { item: this.#view(request, { ...entry, item }) });
  }

  #itemTags(request: EngineRequest, collection: Collection, mode: 'list' | 'add' | 'remove' | 'by-action'): Reply {
    const entry = this.#locate(request, collection);
    const body = isPlainObject(request.body) ? request.body : {};
    const tags = (Array.isArray(body.tags) ? body.tags : isPlainObject(body.tag) ? [body.tag] : []) as Item[];
    const action = mode === 'by-action' ? (body.action === 'delete' ? 'remove' : 'add') : mode;
    if (action === 'list') return this.#reply(request, { items: structuredClone(tagList(entry.item)) });
    const keys = request.params.tag_key !== undefined ? [request.params.tag_key] : tags.map((t) => t.key);
    const item = this.#changeTags(request, entry, (draft) => (action === 'add' ? addTags(draft, tags, request.operation.operationId) : removeTags(draft, keys)));
    return this.#reply(request, { items: structuredClone(tagList(item)) });
  }

  #tagFilter(request: EngineRequest, collection: Collection, count: boolean): Reply {
    const body = isPlainObject(request.body) ? request.body : {};
    const entries = this.#state.allOf(collection, request.domainId).filter((entry) => matchesTagQuery(entry.item, body));
    if (count || body.action === 'count') return this.#reply(request, { total: entries.length });
    const query = { ...request.query };
    if (typeof body.limit === 'number') query.limit = body.limit;
    if (typeof body.offset === 'number') query.offset = body.offset;
    return this.#page({ ...request, query }, entries);
  }
}
