import { ApiError, invalidParameter } from '../errors.js';
import type { Item } from '../store.js';
import { derivedId, itemsIn, quotaEntry, type Backend, type RuleContext } from './types.js';

/*
 * Site networks (dcaas): point-to-point networks between two sites, each with one site-to-site connection that a
 * global connection bandwidth can carry.
 */

/** A site as the service reports it: the request's site with its site code (the region's, as in Huawei's examples). */
const reported = (site: Item): Item => ({ ...site, site_code: site.site_code ?? site.region_id });

function bandwidthOf(operationId: string, id: unknown, { items, exists }: RuleContext): Item {
  const bandwidth = items('globalconnection_bandwidth').find((b) => b.id === id);
  if (bandwidth) return bandwidth;
  if (exists('globalconnection_bandwidth', id)) return { id };
  throw invalidParameter(`${operationId}: global_connection_bandwidth_id ${String(id)} does not name a global connection bandwidth of the account.`);
}

function checkSize(operationId: string, size: unknown, bandwidth: Item): void {
  if (typeof size === 'number' && typeof bandwidth.size === 'number' && size > bandwidth.size) {
    throw invalidParameter(`${operationId}: bandwidth_size ${size} exceeds the ${bandwidth.size} Mbit/s of global connection bandwidth ${String(bandwidth.id)}; ask for less or enlarge it.`);
  }
}

/**
 * 10 site networks per account, as the example answer of ListSiteNetworkQuotas shows
 * (https://support.huaweicloud.com/intl/en-us/api-cc/ListSiteNetworkQuotas.html); the `quotas` option key
 * `site_network` overrides it. Only point-to-point networks can be created, so the mesh, star and hybrid site quotas
 * are never in use.
 */
const SITE_NETWORKS_PER_ACCOUNT = 10;

export const dcaas: Backend = {
  section: 'dcaas',
  listings: {
    ListSiteNetworkQuotas: ({ items, quota }, catalogue) => [
      quotaEntry('site_networks_per_account', quota('site_network') ?? SITE_NETWORKS_PER_ACCOUNT, items('site_network').length),
      ...catalogue.filter((entry) => entry.quota_key !== 'site_networks_per_account').map((entry) => ({ ...entry, used: 0 })),
    ],
  },
  resources: {
    site_network: {
      quota: { code: 'CC.1033', limit: SITE_NETWORKS_PER_ACCOUNT },
      defaults: { enterprise_project_id: '0', topology: 'p2p' },
      // A point-to-point site network has exactly one connection, between its two sites:
      // CreateP2PSiteNetwork (https://support.huaweicloud.com/intl/en-us/api-cc/CreateP2PSiteNetwork.html).
      onCreate(item, context) {
        const sites = itemsIn(item.sites).map(reported);
        item.sites = sites;
        item.apply_policy_id = derivedId('site-policy', item.id);
        if (sites.length !== 2) return;
        const connectionId = derivedId('site-connection', item.id);
        item.connections = [
          {
            id: connectionId,
            site_network_id: item.id,
            state: 'AVAILABLE',
            created_at: context.now,
            updated_at: context.now,
            edge_pair: sites.map((site) => ({ id: derivedId('edge', connectionId, site.gateway_id), ...site })),
            // Stryker disable next-line OptionalChaining: `sites` holds exactly two objects here (`reported` returns one per site), so `?.` never short-circuits
            cross_region_type: sites[0]?.region_id === sites[1]?.region_id ? 'intra-region' : 'inter-region',
            is_frozen: false,
            is_bind_bandwidth: false,
          },
        ];
      },
    },
  },
  actions: {
    // Binding sets the connection's bandwidth from a global connection bandwidth of the account, and only one at a
    // time: AssociateSiteNetworkBandwidth (https://support.huaweicloud.com/intl/en-us/api-cc/AssociateSiteNetworkBandwidth.html).
    AssociateSiteNetworkBandwidth(item, context) {
      // Binding the bandwidth already bound just sets its size again.
      if (item.is_bind_bandwidth === true && item.global_connection_bandwidth_id !== context.input.global_connection_bandwidth_id) {
        throw new ApiError(409, 'CC.1409', `AssociateSiteNetworkBandwidth: connection ${String(item.id)} already uses bandwidth ${String(item.global_connection_bandwidth_id)}; use UpdateSiteNetworkBandwidth to switch.`);
      }
      const bandwidth = bandwidthOf('AssociateSiteNetworkBandwidth', context.input.global_connection_bandwidth_id, context);
      checkSize('AssociateSiteNetworkBandwidth', context.input.bandwidth_size, bandwidth);
      item.is_bind_bandwidth = true;
      return 'merge';
    },
    DisassociateSiteNetworkBandwidth(item) {
      if (item.is_bind_bandwidth !== true) throw new ApiError(409, 'CC.1409', `DisassociateSiteNetworkBandwidth: connection ${String(item.id)} has no bandwidth bound.`);
      item.is_bind_bandwidth = false;
      delete item.global_connection_bandwidth_id;
      delete item.bandwidth_size;
      return 'done';
    },
    UpdateSiteNetworkBandwidthSize(item, context) {
      if (item.is_bind_bandwidth !== true) throw new ApiError(409, 'CC.1409', `UpdateSiteNetworkBandwidthSize: connection ${String(item.id)} has no bandwidth bound; associate one first.`);
      checkSize('UpdateSiteNetworkBandwidthSize', context.input.bandwidth_size, bandwidthOf('UpdateSiteNetworkBandwidthSize', item.global_connection_bandwidth_id, context));
      return 'merge';
    },
    UpdateSiteNetworkBandwidth(item, context) {
      if (item.is_bind_bandwidth !== true) throw new ApiError(409, 'CC.1409', `UpdateSiteNetworkBandwidth: connection ${String(item.id)} has no bandwidth bound; associate one first.`);
      const bandwidth = bandwidthOf('UpdateSiteNetworkBandwidth', context.input.global_connection_bandwidth_id ?? item.global_connection_bandwidth_id, context);
      checkSize('UpdateSiteNetworkBandwidth', context.input.bandwidth_size ?? item.bandwidth_size, bandwidth);
      return 'merge';
    },
  },
  transitions: {
    CreateP2PSiteNetwork: { during: 'CREATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/CreateP2PSiteNetwork.html' },
    DeleteSiteNetwork: { during: 'DELETING', after: null, source: 'https://support.huaweicloud.com/intl/en-us/api-cc/DeleteSiteNetwork.html' },
    AssociateSiteNetworkBandwidth: { during: 'UPDATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/AssociateSiteNetworkBandwidth.html' },
    DisassociateSiteNetworkBandwidth: { during: 'UPDATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/DisassociateSiteNetworkBandwidth.html' },
    UpdateSiteNetworkBandwidthSize: { during: 'UPDATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/UpdateSiteNetworkBandwidthSize.html' },
    UpdateSiteNetworkBandwidth: { during: 'UPDATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/UpdateSiteNetworkBandwidth.html' },
  },
};
