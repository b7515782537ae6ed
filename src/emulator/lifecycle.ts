import type { Collection } from './model.js';
import { utcTimestamp } from './samples.js';
import type { Entry, State } from './state.js';
import type { Item, Pending, StoredRecord } from './store.js';

const STABLE_STATES = ['AVAILABLE', 'ACTIVE', 'NORMAL'];

/**
 * What happens to resources over time and outside requests: the transitions of asynchronous (202) operations,
 * each from its backend's `transitions` table, the removal of deleted resources with everything under them, and
 * the seeding of the spec's example resources.
 */
export class Lifecycle {
  readonly #state: State;
  readonly #delayMs: number;

  constructor(state: State, delayMs: number) {
    this.#state = state;
    this.#delayMs = delayMs;
  }

  stableState(collection: Collection): string | undefined {
    return collection.states?.find((s) => STABLE_STATES.includes(s)) ?? collection.states?.[0];
  }

  /**
   * Gives the account the resources the spec's Show and List examples describe, under their own ids and nested
   * under the parents their fields name, in a settled state. Derived collections keep their examples as seeded
   * records, which stand in for the item the state derives. Read-only catalogues are not stored.
   */
  seed(domainId: string): void {
    const store = this.#state.store;
    const seedable = this.#state.model.collections.filter((c) => c.creatable || this.#state.rules.derived.has(c.itemKey ?? ''));
    for (const collection of seedable) {
      for (const seed of collection.seeds) {
        const item = structuredClone(seed);
        if ('domain_id' in item) item.domain_id = domainId;
        this.#settled(collection, item);
        for (const [child, { parent, field }] of this.#state.embedded) {
          if (parent === collection && Array.isArray(item[field])) for (const entry of item[field] as Item[]) this.#settled(child, entry);
        }
        const parents: Record<string, string> = {};
        for (const { param, collection: parent } of collection.parents) {
          const id = item[param] ?? item[`${parent.itemKey}_id`];
          if (typeof id === 'string') parents[param] = id;
        }
        store.insert(collection.key, { id: String(item.id), seq: store.nextSeq(), domainId, parents, item, ...(collection.creatable ? {} : { seeded: true }) });
      }
    }
  }

  #settled(collection: Collection, item: Item): void {
    const field = collection.stateField;
    if (field && typeof item[field] === 'string' && /ING$/.test(item[field])) item[field] = this.stableState(collection);
  }

  /**
   * Puts the resource in the transitional state the operation's backend names, and schedules the settled state (or
   * the removal) `delayMs` later. Returns false when the operation has no transition (it answers at once).
   */
  start(operationId: string, collection: Collection, record: StoredRecord, item: Item, now: number): boolean {
    const transition = this.#state.rules.transitions.get(operationId);
    const field = collection.stateField;
    if (!transition || !field) return false;
    const embedded = this.#state.embedded.get(collection);
    const at = now + this.#delayMs;
    const step: Pending = transition.after === null ? { at, remove: true } : { at, field, to: transition.after };
    if (embedded) step.embedded = { field: embedded.field, id: String(item.id) };
    this.#state.store.update(record, () => {
      item[field] = transition.during;
      // A newer change supersedes whatever this item was still waiting for.
      record.pending = [...(record.pending ?? []).filter((p) => p.embedded?.id !== step.embedded?.id), step];
    });
    return true;
  }

  /** Carries out every due transition. */
  settle(now: number): void {
    const store = this.#state.store;
    for (const key of store.collectionKeys()) {
      for (const record of [...store.records(key)]) {
        if (!record.pending?.length) continue;
        const due = record.pending.filter((p) => p.at <= now);
        if (due.length === 0) continue;
        store.update(record, () => {
          // Stryker disable next-line OptionalChaining: `pending` is non-empty here (checked at the top of the loop), so `?.` never short-circuits
          record.pending = record.pending?.filter((p) => p.at > now);
          // Stryker disable next-line OptionalChaining: `pending` was just set to the array `filter` returns, so `?.` never short-circuits
          if (record.pending?.length === 0) delete record.pending;
        });
        for (const step of due) this.#apply(key, record, step);
      }
    }
  }

  #apply(key: string, record: StoredRecord, step: Pending): void {
    const item = step.embedded ? this.#embeddedItem(record, step.embedded.field, step.embedded.id) : record.item;
    if (!item) return;
    const collection = this.#state.model.byKey.get(key);
    if (step.remove) {
      if (step.embedded) this.#removeEmbedded(record, step.embedded.field, item);
      else if (collection) this.#removeCascade(collection, record);
      return;
    }
    if (step.field && step.to !== undefined) {
      this.#state.store.update(record, () => {
        item[step.field as string] = step.to;
        if ('updated_at' in item) item.updated_at = utcTimestamp(step.at);
      });
    }
  }

  #embeddedItem(record: StoredRecord, field: string, id: string): Item | undefined {
    const list = record.item[field];
    return Array.isArray(list) ? (list as Item[]).find((entry) => entry.id === id) : undefined;
  }

  #removeEmbedded(record: StoredRecord, field: string, item: Item): void {
    this.#state.store.update(record, () => {
      const list = record.item[field] as Item[];
      list.splice(list.indexOf(item), 1);
    });
  }

  /**
   * The stored record behind an entry. Catalogue and derived items have none until their first change, which gives
   * the account its own copy (under the parents the path named).
   */
  materialise(domainId: string, entry: Entry, parents: Record<string, string>): StoredRecord {
    if (entry.record) return entry.record;
    const store = this.#state.store;
    const record: StoredRecord = { id: String(entry.item.id), seq: store.nextSeq(), domainId, parents, item: structuredClone(entry.item) };
    store.insert(entry.home.key, record);
    entry.record = record;
    entry.item = record.item;
    return record;
  }

  /** Removes a resource at once: from its parent's array, or its record with everything nested under it. */
  remove(entry: Entry, record: StoredRecord): void {
    const embedded = this.#state.embedded.get(entry.home);
    if (embedded) this.#removeEmbedded(record, embedded.field, entry.item);
    else this.#removeCascade(entry.home, record);
  }

  #removeCascade(collection: Collection, record: StoredRecord): void {
    const store = this.#state.store;
    store.remove(collection.key, record.id);
    for (const child of this.#state.model.collections) {
      for (const { param, collection: parent } of child.parents) {
        if (parent !== collection) continue;
        for (const nested of store.records(child.key).filter((r) => r.parents[param] === record.id)) this.#removeCascade(child, nested);
      }
    }
  }
}
