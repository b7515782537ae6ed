import { createHash } from 'node:crypto';
import type { Item } from '../store.js';

/*
 * What a section's backend may declare. Every name in these tables (item keys, operationIds, fields, states) is
 * checked against the spec model when the emulator starts (`checkBackends`), so a misspelt rule stops the start-up
 * instead of silently never firing.
 */

export interface ResourceRules {
  /** Error code when the account already has a resource of this kind with the requested name. */
  uniqueName?: string;
  /**
   * Error code and default limit for the number of these resources per account, or per parent with `per: 'parent'`
   * (the `quotas` option, by item key, overrides the limit).
   */
  quota?: { code: string; limit: number; per?: 'parent' };
  /** Deletion is refused while resources of kind `itemKey` point here through their field `via`. */
  blockDelete?: { code: string; itemKey: string; via: string; message: string }[];
  /** Request fields that must name an existing resource of the account, with the item key of that resource. */
  references?: Record<string, string>;
  /** Refuses a delete the generic guards cannot express (throws an ApiError naming the operation and the fix). */
  beforeDelete?: (item: Item, context: RuleContext) => void;
  /** List filters (query parameters) that match a differently named field of the item. */
  filterAliases?: Record<string, string>;
  /** Field values that satisfy any filter value on that field (`binding_service: 'ALL'`). */
  filterWildcards?: Record<string, string>;
  /** Counter fields whose resources point here through a field other than `<itemKey>_id`. */
  counters?: Record<string, { itemKey: string; via: string }>;
  /** Values the service gives a new resource when the request does not set them. */
  defaults?: Item;
  /** Completes a new resource from its create request (computed fields the request leaves out). */
  onCreate?: (item: Item, context: RuleContext) => void;
  /** Fields computed from the rest of the state each time the resource is shown (`is_loaded_by_cloud_connection`). */
  view?: (item: Item, context: ViewContext) => void;
}

/** What the account's state looks like to a rule. */
export interface ViewContext {
  /** The account's live resources of one kind (an item key of the spec). */
  items(itemKey: string): Item[];
  /**
   * Whether the account has this resource. With `seed: 'examples'` the ids the spec's request examples name count
   * too, since a few examples refer to resources no other example describes.
   */
  exists(itemKey: string, id: unknown): boolean;
  /** Live resources of one kind in every account (authorisations are about another account's cloud connection). */
  everywhere(itemKey: string): Item[];
  domainId: string;
}

/** What a rule can see while a request is handled. */
export interface RuleContext extends ViewContext {
  now: string;
  /** The inner object of the request body (`{ bandwidth_package: {...} }` → `{...}`), or the body itself. */
  input: Record<string, unknown>;
  /** The live items of the same collection under the same parents; rules may change them. */
  siblings: Item[];
  /** The path's parent ids by parameter name. */
  parents: Record<string, string>;
  /** The account's limit for a kind of resource, as configured. */
  quota(itemKey: string): number | undefined;
  /** Members of the answer beyond the resource that a rule computes (ApplyCentralNetworkPolicy's change set). */
  reply: Item;
  /** Creates another resource of the account (a central network's first policy), with the fields given. */
  create(itemKey: string, parents: Record<string, string>, fields: Item): Item;
}

/** A read-only listing computed from the account's state, given the catalogue entries it would otherwise show. */
export type ListingRule = (context: RuleContext, catalogue: Item[]) => Item[];

/** A quota entry of the gcn and dcaas listings: the limit in force and how much of it the account uses. */
export const quotaEntry = (quota_key: string, quota_limit: number, used: number): Item => ({ quota_key, quota_limit, used, unit: 'count' });

/** Returns `'merge'` to let the generic action copy the request's fields onto the item afterwards. */
export type ActionRule = (item: Item, context: RuleContext) => 'merge' | 'done';

/**
 * A collection only the service creates: its items are computed from the state that causes them, under the parents
 * named in the path. `identity` names what makes two items the same resource (a seeded example and a derived one).
 */
export interface Derivation {
  derive(context: ViewContext, parents: Record<string, string>): Item[];
  identity?: (item: Item) => string;
}

/** The states an asynchronous (202) operation moves its resource through: `during` at once, `after` (or gone) later. */
export interface Transition {
  during: string;
  /** The state once settled; `null` means the resource is removed. */
  after: string | null;
  /** Why, with the Huawei page that says so. */
  source: string;
}

/** One section of the API (ccaas, gcn, gcb, dcaas), the way moto keeps one backend per AWS service. */
export interface Backend {
  section: string;
  /** By item key (`cloud_connection`). */
  resources?: Record<string, ResourceRules>;
  /** By operationId. */
  actions?: Record<string, ActionRule>;
  /** By operationId. */
  listings?: Record<string, ListingRule>;
  /** By item key (or list key when the collection has no item key) of a collection the API cannot create. */
  derived?: Record<string, Derivation>;
  /** By operationId of a 202 operation. */
  transitions?: Record<string, Transition>;
  /** Collections (path without `{domain_id}`) whose items are those of other collections, each with extra fields. */
  unions?: Record<string, UnionMember[]>;
}

/** One collection shown inside another (`attachments`): fixed fields to add, and fields copied from the member's own. */
export interface UnionMember {
  /** Collection path without `{domain_id}`. */
  member: string;
  set: Item;
  /** Union field → member field. */
  copy?: Record<string, string>;
}

/** A stable UUID-shaped id for a resource the service derives, so the same cause always yields the same id. */
export function derivedId(...parts: unknown[]): string {
  const hex = createHash('sha256').update(parts.map(String).join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] as string, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);
export const itemsIn = (value: unknown): Item[] => (Array.isArray(value) ? (value as unknown[]).filter(isItem) : []);
