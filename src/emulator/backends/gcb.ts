import type { Item } from '../store.js';
import { itemsIn, type Backend, type ViewContext } from './types.js';

/*
 * Global connection bandwidths (gcb): bought once, then drawn on by central network connections and site network
 * connections, or bound to instances explicitly.
 */

/** The instances drawing on a bandwidth: the bound ones, and the connections whose bandwidth it carries. */
export function bindingsOf(bandwidth: Item, { items }: ViewContext): Item[] {
  const explicit = itemsIn(bandwidth.instances);
  const centralConnections = items('central_network_connection')
    .filter((c) => c.global_connection_bandwidth_id === bandwidth.id)
    .map((c) => ({ id: c.id, type: 'GCN', region_id: 'global' }));
  const siteConnections = items('site_network')
    .flatMap((network) => itemsIn(network.connections))
    .filter((c) => c.global_connection_bandwidth_id === bandwidth.id)
    .map((c) => ({ id: c.id, type: 'GSN', region_id: 'global' }));
  const seen = new Set(explicit.map((i) => i.id));
  return [...explicit, ...[...centralConnections, ...siteConnections].filter((i) => !seen.has(i.id))];
}

export const gcb: Backend = {
  section: 'gcb',
  resources: {
    globalconnection_bandwidth: {
      filterWildcards: { binding_service: 'ALL' },
      // The documented defaults: billed by bandwidth, gold line, not shared, not frozen:
      // CreateGlobalConnectionBandwidth (https://support.huaweicloud.com/intl/en-us/api-cc/CreateGlobalConnectionBandwidth.html).
      defaults: { charge_mode: 'bwd', sla_level: 'Au', enable_share: false, admin_state: 'NORMAL', frozen: false, binding_service: 'ALL', enterprise_project_id: '0', instances: [] },
      onCreate(item) {
        // Traffic between the Chinese mainland and elsewhere crosses the border; TrsArea is that reach.
        item.bordercross ??= item.type === 'TrsArea';
        item.directional_connections = [];
      },
      view(item, context) {
        item.instances = bindingsOf(item, context);
      },
      // Huawei refuses to delete a bandwidth in use by instances (Managing a Global Connection Bandwidth,
      // https://support.huaweicloud.com/intl/en-us/usermanual-cc/cc_03_1105.html), but the spec's
      // DeleteGlobalConnectionBandwidth example deletes the bandwidth its site network example uses, and the docs'
      // samples run as written against the seeded examples; the guard waits for that example to change.
    },
  },
  actions: {
    // The bound instances are listed on the bandwidth as `{ id, type, region_id, project_id }`.
    AssociateGlobalConnectionBandwidthInstance(item, { input }) {
      const added = itemsIn(input.gcbandwidths).map((entry) => ({
        id: entry.resource_id,
        type: entry.resource_type,
        region_id: entry.region_id ?? 'global',
        ...(entry.project_id === undefined ? {} : { project_id: entry.project_id }),
      }));
      const kept = itemsIn(item.instances).filter((bound) => !added.some((a) => a.id === bound.id));
      item.instances = [...kept, ...added];
      return 'done';
    },
    DisassociateGlobalConnectionBandwidthInstance(item, { input }) {
      const removed = new Set(itemsIn(input.gcbandwidths).map((entry) => entry.resource_id));
      item.instances = itemsIn(item.instances).filter((bound) => !removed.has(bound.id));
      return 'done';
    },
  },
};
