import { invalidParameter, notFound } from './errors.js';
import type { Collection, Model } from './model.js';
import type { Rules } from './backends/index.js';
import type { ResourceRules, ViewContext } from './backends/types.js';
import { isTemplate, templateName, withoutDomain, type SchemaReader } from '../spec/index.js';
import type { Item, StoredRecord, Store } from './store.js';

/** One resource as the engine sees it, wherever it lives. */
export interface Entry {
  item: Item;
  seq: number;
  /** The stored record holding the item (for embedded items, the parent's); absent for catalogue and derived items. */
  record?: StoredRecord;
  /** The collection the item is stored in (a union's member, an embedded item's own collection). */
  home: Collection;
  /** Fields a union view adds, and union fields copied from the member's own. */
  extra?: Item;
  copy?: Record<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function label(collection: Collection): string {
  return (collection.itemKey ?? collection.key.split('/').filter((s) => !isTemplate(s)).pop() ?? 'resource').replace(/[_-]/g, ' ');
}

/**
 * The generic layer every section shares for reading the state: which resources a collection holds for an account
 * under given parents (stored, embedded in a parent, gathered from several collections, derived by a backend, or a
 * read-only catalogue), how a path's ids find them (404 across parents and accounts), and how they are shown
 * (counters and computed fields).
 */
export class State {
  readonly model: Model;
  readonly rules: Rules;
  readonly store: Store;
  readonly #reader: SchemaReader;
  readonly #counters = new Map<Collection, { field: string; source?: Collection; via: string }[]>();
  readonly #unions = new Map<Collection, { member: Collection; set: Item; copy?: Record<string, string> }[]>();
  readonly embedded = new Map<Collection, { parent: Collection; param: string; field: string }>();
  readonly #exampleIds: ReadonlySet<string>;

  constructor(reader: SchemaReader, model: Model, store: Store, rules: Rules, exampleIds: ReadonlySet<string> = new Set()) {
    this.#exampleIds = exampleIds;
    this.#reader = reader;
    this.model = model;
    this.store = store;
    this.rules = rules;
    const creatableOf = (key: string) => model.collections.find((c) => c.itemKey === key && c.creatable);
    for (const collection of model.collections) {
      const properties = collection.itemSchema ? reader.properties(collection.itemSchema) : {};
      const own = this.rulesOf(collection);
      // Counters (`network_instance_number`) count the resources whose `<this item key>_id` points here.
      const counters = Object.keys(properties)
        .filter((name) => name.endsWith('_number') && reader.resolve(properties[name]).type === 'integer')
        .map((field) => {
          const rule = own.counters?.[field];
          return { field, source: creatableOf(rule?.itemKey ?? field.slice(0, -'_number'.length)), via: rule?.via ?? `${collection.itemKey}_id` };
        });
      // Kept even when empty, so `view` needs no branch for collections without counters.
      this.#counters.set(collection, counters);
      const union = rules.unions.get(withoutDomain(collection.key));
      if (union) {
        this.#unions.set(
          collection,
          union.flatMap(({ member, set, copy }) => {
            const found = model.collections.find((c) => withoutDomain(c.key) === member);
            return found ? [{ member: found, set, copy }] : [];
          }),
        );
      }
      // A collection nobody creates, whose parent carries an array of exactly its items, lives inside the parent.
      const parent = collection.parents.at(-1);
      if (!collection.creatable && parent?.collection.itemSchema && collection.itemSchema) {
        const field = Object.entries(reader.properties(parent.collection.itemSchema)).find(([, schema]) => reader.isArray(schema) && reader.items(schema) === collection.itemSchema)?.[0];
        if (field) this.embedded.set(collection, { parent: parent.collection, param: parent.param, field });
      }
    }
  }

  rulesOf(collection: Collection): ResourceRules {
    return (collection.itemKey ? this.rules.resources.get(collection.itemKey) : undefined) ?? {};
  }

  kind(itemKey: string, creatable?: boolean): Collection | undefined {
    return this.model.collections.find((c) => (c.itemKey === itemKey || (c.itemKey === undefined && c.listKey === itemKey)) && (creatable === undefined || c.creatable === creatable));
  }

  /** The account's resources in a collection, in creation order; `parents` narrows nested ones. */
  entries(collection: Collection, domainId: string, parents: Record<string, string>): Entry[] {
    const union = this.#unions.get(collection);
    if (union) {
      return union
        .flatMap(({ member, set, copy }) => this.entries(member, domainId, parents).map((entry) => ({ ...entry, extra: set, copy })))
        .sort((a, b) => a.seq - b.seq);
    }
    const embedded = this.embedded.get(collection);
    if (embedded) {
      const owners = this.store.records(embedded.parent.key).filter((record) => record.domainId === domainId && (parents[embedded.param] === undefined || record.id === parents[embedded.param]));
      return owners.flatMap((record) => {
        const list = record.item[embedded.field];
        return Array.isArray(list) ? (list as Item[]).map((item, i) => ({ item, seq: record.seq + i / 1000, record, home: collection })) : [];
      });
    }
    const matchesParents = (record: StoredRecord) => Object.entries(parents).every(([param, id]) => record.parents[param] === id);
    const stored: Entry[] = this.store
      .records(collection.key)
      .filter((record) => record.domainId === domainId && matchesParents(record))
      .map((record) => ({ item: record.item, seq: record.seq, record, home: collection }));
    if (collection.creatable) return stored;
    const derivation = this.rules.derived.get(collection.itemKey ?? collection.listKey ?? '');
    if (derivation) return this.#derived(collection, stored, derivation.derive(this.viewContext(domainId), parents), derivation.identity);
    // A nested collection nobody creates and nobody derives holds only what was stored under its parent: the
    // examples describe the example's own parents, never this account's.
    if (collection.parents.length > 0) return stored;
    const shadowed = new Set(stored.map((entry) => entry.item.id));
    const catalogue = collection.examples.filter((item) => !shadowed.has(item.id)).map((item, i, list) => ({ item, seq: i - list.length, home: collection }));
    return [...catalogue, ...stored];
  }

  /**
   * Derived items, each replaced by its stored copy once a request changed it; seeded examples stand in for the
   * derived item they describe. Stored copies whose cause is gone disappear with it.
   */
  #derived(collection: Collection, stored: Entry[], derived: Item[], identity?: (item: Item) => string): Entry[] {
    const byId = new Map(stored.map((entry) => [entry.item.id, entry]));
    // Stryker disable next-line OptionalChaining: every stored entry is built with its `record` (above), so `?.` never short-circuits
    const seeds = stored.filter((entry) => entry.record?.seeded);
    const seedByIdentity = new Map(identity ? seeds.map((entry) => [identity(entry.item), entry]) : []);
    const used = new Set<Entry>();
    const out = derived.map((item, i): Entry => {
      const replacement = byId.get(item.id) ?? (identity ? seedByIdentity.get(identity(item)) : undefined);
      if (replacement) {
        used.add(replacement);
        return replacement;
      }
      return { item, seq: i - 1e6, home: collection };
    });
    return [...out, ...seeds.filter((entry) => !used.has(entry))];
  }

  /** All of the account's resources of a kind, whatever they are nested under. */
  allOf(collection: Collection, domainId: string): Entry[] {
    return this.entries(collection, domainId, {});
  }

  viewContext(domainId: string): ViewContext {
    const items = (itemKey: string) => {
      const kind = this.kind(itemKey);
      return kind ? this.allOf(kind, domainId).map((entry) => entry.item) : [];
    };
    return {
      domainId,
      items,
      exists: (itemKey, id) => this.#exampleIds.has(String(id)) || items(itemKey).some((item) => item.id === id),
      everywhere: (itemKey) => {
        const kind = this.kind(itemKey, true);
        return kind ? this.store.records(kind.key).map((record) => record.item) : [];
      },
    };
  }

  /** The resource as the API shows it: union fields, live counters, and the fields its backend computes. */
  view(entry: Entry, domainId: string): Item {
    const item = structuredClone(entry.item);
    Object.assign(item, entry.extra); // skips an undefined `extra`
    for (const counter of this.#counters.get(entry.home) ?? []) {
      item[counter.field] = counter.source ? this.allOf(counter.source, domainId).filter((other) => other.item[counter.via] === entry.item.id).length : (item[counter.field] ?? 0);
    }
    this.rulesOf(entry.home).view?.(item, this.viewContext(domainId));
    if (entry.copy) for (const [to, from] of Object.entries(entry.copy)) if (item[from] !== undefined) item[to] = item[from];
    return item;
  }

  // ---- locating by path ----------------------------------------------------------------------------------

  /** Ids the emulator makes are UUIDs, so anything else cannot name one of its resources. */
  checkId(collection: Collection, param: string, value: string): void {
    const madeHere = collection.creatable || this.rules.derived.has(collection.itemKey ?? '') || (this.#unions.get(collection) ?? []).some(({ member }) => member.creatable);
    if (madeHere && !UUID.test(value)) {
      throw invalidParameter(`The ${param} "${value}" is not a valid ${label(collection)} id: ids are UUIDs such as 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6.`);
    }
  }

  /** Checks that every parent named in the path exists in the account, under its own parents; returns their ids. */
  parents(params: Record<string, string>, domainId: string, collection: Collection): Record<string, string> {
    const ids: Record<string, string> = {};
    for (const { param, collection: parent } of collection.parents) {
      const id = params[param];
      if (id === undefined) continue;
      this.checkId(parent, param, id);
      if (!this.entries(parent, domainId, this.parents(params, domainId, parent)).some((entry) => entry.item.id === id)) {
        throw notFound(`The ${label(parent)} ${id} does not exist.`);
      }
      ids[param] = id;
    }
    return ids;
  }

  /** The path parameter naming the item: the collection's own, else the last one that is not a parent or a tag key. */
  #itemParam(params: Record<string, string>, segments: readonly string[], collection: Collection): { param: string; id: string } {
    const parentParams = new Set(collection.parents.map((p) => p.param));
    const fromPath = segments.filter(isTemplate).map(templateName).reverse();
    const param = [collection.itemParam, ...fromPath].find(
      (name): name is string => name !== undefined && name !== 'domain_id' && name !== 'tag_key' && !parentParams.has(name) && params[name] !== undefined,
    );
    if (param === undefined) throw notFound(`The request does not name a ${label(collection)}.`);
    return { param, id: params[param] as string };
  }

  locate(params: Record<string, string>, segments: readonly string[], domainId: string, collection: Collection): Entry {
    const parents = this.parents(params, domainId, collection);
    const { param, id } = this.#itemParam(params, segments, collection);
    this.checkId(collection, param, id);
    const entry = this.entries(collection, domainId, parents).find((candidate) => candidate.item.id === id);
    if (!entry) throw notFound(`The ${label(collection)} ${id} does not exist.`);
    return entry;
  }
}
