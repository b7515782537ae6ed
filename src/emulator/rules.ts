import { randomUUID } from 'node:crypto';
import { ApiError, invalidParameter } from './errors.js';
import type { Item } from './store.js';

/*
 * The hand-written part of the emulator: Cloud Connect's business rules, one small table per resource family,
 * keyed by the item's envelope key (`cloud_connection`) or by operationId. Everything else is derived from the
 * spec. A rule whose resource is not in the spec yet simply never fires.
 */

export interface ResourceRules {
  /** Error code when the account already has a resource of this kind with the requested name. */
  uniqueName?: string;
  /** Error code and default limit for the number of these resources per account (`quotas` option overrides). */
  quota?: { code: string; limit: number };
  /** Deletion is refused while resources of kind `itemKey` point here through their field `via`. */
  blockDelete?: { code: string; itemKey: string; via: string; message: string }[];
  /** Request fields that must name an existing resource of the account (`cloud_connection_id` → a cloud connection). */
  references?: string[];
  /** List filters that match a differently named field of the item. */
  filterAliases?: Record<string, string>;
  /** Field values that satisfy any filter value on that field (`binding_service: 'ALL'`). */
  filterWildcards?: Record<string, string>;
  /** Counter fields whose resources point here through a field other than `<itemKey>_id`. */
  counters?: Record<string, { itemKey: string; via: string }>;
  /** Values the service gives a new resource when the request does not set them. */
  defaults?: Item;
  /** Completes a new resource from its create request (e.g. the connections of a site network). */
  onCreate?: (item: Item, context: RuleContext) => void;
}

/** What a rule can see while a request is handled. */
export interface RuleContext {
  now: string;
  /** The account's live resources of one kind. */
  items(itemKey: string): Item[];
  /** The inner object of the request body (`{ bandwidth_package: {...} }` → `{...}`), or the body itself. */
  input: Record<string, unknown>;
  /** The live items of the same collection under the same parents; rules may change them. */
  siblings: Item[];
  domainId: string;
  /** The account's limit for a kind of resource, as configured. */
  quota(itemKey: string): number | undefined;
}

/** Entries a read-only listing shows ahead of the spec's examples, computed from the account's state. */
export type ListingRule = (context: RuleContext) => Item[];

/** Returns `'merge'` to let the generic action copy the request's fields onto the item afterwards. */
export type ActionRule = (item: Item, context: RuleContext) => 'merge' | 'done';

const CC = {
  nameTaken: 'CC.1031',
  notEmpty: 'CC.1032',
  quota: 'CC.1033',
  packageInUse: 'CC.1052',
  packageNameTaken: 'CC.1053',
  packageBound: 'CC.1055',
} as const;

export const resourceRules: Record<string, ResourceRules> = {
  cloud_connection: {
    uniqueName: CC.nameTaken,
    quota: { code: CC.quota, limit: 10 },
    blockDelete: [
      { code: CC.notEmpty, itemKey: 'network_instance', via: 'cloud_connection_id', message: 'network instances are still loaded into it; remove them first' },
    ],
    counters: { bandwidth_package_number: { itemKey: 'bandwidth_package', via: 'resource_id' } },
    defaults: { admin_state_up: true, used_scene: 'vpc' },
  },
  network_instance: {
    references: ['cloud_connection_id'],
  },
  inter_region_bandwidth: {
    references: ['cloud_connection_id', 'bandwidth_package_id'],
  },
  bandwidth_package: {
    uniqueName: CC.packageNameTaken,
    // A package is bound to a cloud connection through `resource_id`; the list filter names it differently.
    filterAliases: { cloud_connection_id: 'resource_id' },
    blockDelete: [
      { code: CC.packageInUse, itemKey: 'inter_region_bandwidth', via: 'bandwidth_package_id', message: 'inter-region bandwidths still use it; delete them first' },
    ],
    defaults: { admin_state_up: true },
  },
  globalconnection_bandwidth: {
    filterWildcards: { binding_service: 'ALL' },
  },
  central_network: {
    // The service makes the default plane with the network; its id is the network's own, not the example's.
    onCreate(item) {
      item.default_plane_id = randomUUID();
    },
  },
  central_network_policy: {
    defaults: { is_applied: false, document_template_version: '2022.08.30' },
    // The request body is the policy document itself; versions count up per central network.
    onCreate(item, { input, siblings }) {
      item.document = structuredClone(input);
      item.version = siblings.length + 1;
    },
  },
  site_network: {
    // A point-to-point site network has exactly one connection, between its two sites.
    onCreate(item, context) {
      const sites = Array.isArray(item.sites) ? item.sites : [];
      if (sites.length !== 2) return;
      item.connections = [
        {
          id: randomUUID(),
          site_network_id: item.id,
          state: 'AVAILABLE',
          created_at: context.now,
          updated_at: context.now,
          edge_pair: sites.map((site: Record<string, unknown>) => ({ ...site })),
          cross_region_type: (sites[0] as Item).region_id === (sites[1] as Item).region_id ? 'intra-region' : 'inter-region',
          is_frozen: false,
        },
      ];
    },
  },
};

export const actionRules: Record<string, ActionRule> = {
  AssociateBandwidthPackage(item, { input, items }) {
    if (item.resource_id) throw new ApiError(400, CC.packageBound, `The bandwidth package is already bound to ${String(item.resource_id)}; unbind it first.`);
    if (!items('cloud_connection').some((cc) => cc.id === input.resource_id)) {
      throw invalidParameter(`resource_id ${String(input.resource_id)} does not name a cloud connection of the account.`);
    }
    return 'merge';
  },
  DisassociateBandwidthPackage(item, { input }) {
    if (!item.resource_id || (input.resource_id !== undefined && input.resource_id !== item.resource_id)) {
      throw invalidParameter(`The bandwidth package is not bound to ${String(input.resource_id ?? 'anything')}.`);
    }
    item.resource_id = '';
    return 'done';
  },
  // The bound instances are listed on the bandwidth as `{ id, type, region_id, project_id }`.
  AssociateGlobalConnectionBandwidthInstance(item, { input }) {
    const added = (Array.isArray(input.gcbandwidths) ? (input.gcbandwidths as Item[]) : []).map((entry) => ({
      id: entry.resource_id,
      type: entry.resource_type,
      region_id: entry.region_id ?? 'global',
      ...(entry.project_id === undefined ? {} : { project_id: entry.project_id }),
    }));
    const kept = (Array.isArray(item.instances) ? (item.instances as Item[]) : []).filter((bound) => !added.some((a) => a.id === bound.id));
    item.instances = [...kept, ...added];
    return 'done';
  },
  DisassociateGlobalConnectionBandwidthInstance(item, { input }) {
    const removed = new Set((Array.isArray(input.gcbandwidths) ? (input.gcbandwidths as Item[]) : []).map((entry) => entry.resource_id));
    item.instances = (Array.isArray(item.instances) ? (item.instances as Item[]) : []).filter((bound) => !removed.has(bound.id));
    return 'done';
  },
  // Only one policy of a central network is in force at a time.
  ApplyCentralNetworkPolicy(item, { siblings }) {
    for (const other of siblings) other.is_applied = false;
    item.is_applied = true;
    return 'done';
  },
};

export const listingRules: Record<string, ListingRule> = {
  // The account-wide quota says what CC.1033 will enforce: the configured limit and the number in use.
  ListCloudConnectionQuotas: ({ domainId, items, quota }) => [
    {
      domain_id: domainId,
      cloud_connection_id: '',
      region_id: '',
      quota_type: 'cloud_connection',
      quota_number: quota('cloud_connection') ?? 0,
      quota_used: items('cloud_connection').length,
    },
  ],
};

/** Collections whose items are those of other collections, each tagged with extra fields. */
export const collectionUnions: Record<string, { member: string; set: Item }[]> = {
  '/v3/gcn/central-network/{central_network_id}/attachments': [
    { member: '/v3/gcn/central-network/{central_network_id}/gdgw-attachments', set: { attachment_instance_type: 'GDGW' } },
    { member: '/v3/gcn/central-network/{central_network_id}/er-route-table-attachments', set: { attachment_instance_type: 'ER_ROUTE_TABLE' } },
  ],
};
