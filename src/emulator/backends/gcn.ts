import { ApiError, invalidParameter } from '../errors.js';
import type { Item } from '../store.js';
import { changeSetOf, documentOf, erInstancesOf, erPairsOf, planeId, planesOf, routersOf } from './gcn-policy.js';
import { derivedId, isItem, itemsIn, quotaEntry, type Backend, type RuleContext, type ViewContext } from './types.js';

/*
 * Central networks (gcn): networks, their policy versions, GDGW and ER route-table attachments, and what the
 * service derives from them: planes, ER instances, connections and policy change sets.
 */


const appliedPolicy = (context: ViewContext, networkId: unknown) =>
  context.items('central_network_policy').find((policy) => policy.central_network_id === networkId && policy.is_applied === true);

/** Both ends of a connection, in the shape `connection_point_pair` takes. */
const point = (owner: unknown, kind: string, instanceId: unknown, projectId: unknown, regionId: unknown): Item => ({
  id: derivedId('point', owner, instanceId),
  project_id: projectId,
  region_id: regionId,
  site_code: regionId,
  instance_id: instanceId,
  type: kind,
});

/** The connection the service builds for an attachment: its router to the attached gateway or route table. */
export const attachmentConnectionId = (attachment: Item) => derivedId('attachment-connection', attachment.id);

/**
 * The connections of a network: one per ER pair of each plane of the applied policy, and one per attachment.
 * ListCentralNetworkConnections (https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkConnections.html).
 */
function connectionsOf(context: ViewContext, network: Item): Item[] {
  const policy = appliedPolicy(context, network.id);
  const base = { domain_id: network.domain_id, enterprise_project_id: network.enterprise_project_id ?? '0', central_network_id: network.id, bandwidth_type: 'TestBandwidth', is_frozen: false };
  const stamp = { created_at: policy?.created_at ?? network.created_at, updated_at: policy?.created_at ?? network.updated_at };
  const erEr = erPairsOf(network, documentOf(policy)).map(({ planeId: plane, a, b }) => ({
    id: derivedId('er-connection', network.id, plane, [a.enterprise_router_id, b.enterprise_router_id].sort().join('|')),
    name: `er-er-${a.region_id}-${b.region_id}`,
    ...base,
    central_network_plane_id: plane,
    state: 'AVAILABLE',
    connection_type: 'ER-ER',
    connection_point_pair: [point(network.id, 'ER', a.enterprise_router_id, a.project_id, a.region_id), point(network.id, 'ER', b.enterprise_router_id, b.project_id, b.region_id)],
    ...stamp,
  }));
  const attachments = [
    ...context.items('central_network_gdgw_attachment').map((a) => ({ a, type: 'ER-GDGW', kind: 'GDGW', far: [a.global_dc_gateway_id, a.global_dc_gateway_project_id, a.global_dc_gateway_region_id] })),
    ...context.items('central_network_er_route_table_attachment').map((a) => ({ a, type: 'ER-ER_ROUTE_TABLE', kind: 'ER_ROUTE_TABLE', far: [a.attached_er_table_id, a.attached_er_table_project_id, a.attached_er_table_region_id] })),
  ].filter(({ a }) => a.central_network_id === network.id && a.state !== 'DELETING');
  const toAttachments = attachments.map(({ a, type, kind, far }) => ({
    id: attachmentConnectionId(a),
    name: `${type.toLowerCase().replace(/_/g, '-')}-${String(a.name)}`,
    ...base,
    central_network_plane_id: a.central_network_plane_id,
    state: a.state === 'CREATING' ? 'CREATING' : 'AVAILABLE',
    connection_type: type,
    connection_point_pair: [point(a.id, 'ER', a.enterprise_router_id, a.enterprise_router_project_id, a.enterprise_router_region_id), point(a.id, kind, far[0], far[1], far[2])],
    created_at: a.created_at,
    updated_at: a.created_at,
  }));
  return [...erEr, ...toAttachments];
}

/** Fields of an attachment that are those of the connection the service built for it. */
function withConnection(item: Item, { items }: ViewContext): void {
  const connection = items('central_network_connection').find((c) => c.id === attachmentConnectionId(item));
  if (!connection) return;
  item.bandwidth_type = connection.bandwidth_type;
  for (const field of ['bandwidth_size', 'global_connection_bandwidth_id']) {
    if (connection[field] === undefined) delete item[field];
    else item[field] = connection[field];
  }
}

/** A new attachment joins the network's default plane unless the request names one of its planes. */
function attachOnCreate(operationId: string, routerRegion: string, farRegion?: string) {
  return (item: Item, context: RuleContext) => {
    const network = context.items('central_network').find((n) => n.id === context.parents.central_network_id);
    if (network && item.central_network_plane_id === undefined) item.central_network_plane_id = network.default_plane_id;
    const planes = network ? [network.default_plane_id, ...planesOf(network, documentOf(appliedPolicy(context, network.id))).map((p) => p.id)] : [];
    if (network && !planes.includes(item.central_network_plane_id)) {
      throw invalidParameter(`${operationId}: central_network_plane_id ${String(item.central_network_plane_id)} is not a plane of central network ${String(network.id)}; omit it for the default plane.`);
    }
    item.is_frozen = false;
    item.bandwidth_type = 'TestBandwidth';
    item.enterprise_router_site_code = item[routerRegion];
    if (farRegion) item.global_dc_gateway_site_code = item[farRegion];
  };
}

/**
 * The limits the example answer of ListCentralNetworkQuotas shows
 * (https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkQuotas.html): 5 central networks per
 * account, 100 policy versions per central network; `quotas` option keys `central_network`
 * and `central_network_policy` override them.
 */
const NETWORKS_PER_ACCOUNT = 5;
const POLICY_VERSIONS_PER_NETWORK = 100;

export const gcn: Backend = {
  section: 'gcn',
  listings: {
    ListCentralNetworkQuotas: ({ items, quota }) => {
      const versions = items('central_network').map((network) => items('central_network_policy').filter((p) => p.central_network_id === network.id).length);
      return [
        quotaEntry('central_networks_per_account', quota('central_network') ?? NETWORKS_PER_ACCOUNT, items('central_network').length),
        quotaEntry('policy_versions_per_central_network', quota('central_network_policy') ?? POLICY_VERSIONS_PER_NETWORK, Math.max(0, ...versions)),
      ];
    },
  },
  resources: {
    central_network: {
      quota: { code: 'CC.1033', limit: NETWORKS_PER_ACCOUNT },
      defaults: { enterprise_project_id: '0' },
      // The network starts with the policy the request describes as its first, applied, version:
      // CreateCentralNetwork (https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetwork.html).
      onCreate(item, { input, create }) {
        const document = isItem(input.policy_document) ? input.policy_document : undefined;
        item.default_plane_id = document ? planeId({ id: item.id }, document, document.default_plane) : derivedId('plane', item.id, 'default');
        if (document) {
          create('central_network_policy', { central_network_id: String(item.id) }, { document: structuredClone(document), version: 1, is_applied: true, state: 'AVAILABLE' });
        }
      },
      view(item, context) {
        const document = documentOf(appliedPolicy(context, item.id));
        item.planes = document ? planesOf(item, document) : [{ id: item.default_plane_id, name: 'default-plane' }];
        item.er_instances = erInstancesOf(item, document);
        item.connections = context
          .items('central_network_connection')
          .filter((c) => c.central_network_id === item.id)
          .map((c) => ({ id: c.id, plane_id: c.central_network_plane_id, global_connection_bandwidth_id: c.global_connection_bandwidth_id, bandwidth_size: c.bandwidth_size, connection_type: c.connection_type, connection_point_pair: c.connection_point_pair, state: c.state }));
      },
    },
    central_network_policy: {
      // Counted per central network (the siblings), not per account.
      quota: { code: 'CC.1033', limit: POLICY_VERSIONS_PER_NETWORK, per: 'parent' },
      defaults: { is_applied: false, document_template_version: '2022.08.30' },
      // Versions count up per central network and a policy is never modified, only replaced; one enterprise router
      // per region: Managing Policies (https://support.huaweicloud.com/intl/en-us/usermanual-cc/cc_03_1030.html).
      onCreate(item, { input, siblings }) {
        item.document = structuredClone(input);
        item.version = Math.max(0, ...siblings.map((s) => Number(s.version) || 0)) + 1;
        const regions = routersOf(input).map((r) => r.region_id);
        const repeated = regions.find((region, i) => regions.indexOf(region) !== i);
        if (repeated !== undefined) {
          throw invalidParameter(`CreateCentralNetworkPolicy: two enterprise routers in region ${repeated}; a policy takes one enterprise router per region.`);
        }
        const planes = itemsIn(input.planes).map((p) => p.name);
        if (!planes.includes(input.default_plane)) throw invalidParameter(`CreateCentralNetworkPolicy: default_plane "${String(input.default_plane)}" is not one of the planes (${planes.join(', ')}).`);
      },
      // A policy being applied or cancelled cannot be deleted (same page; it says nothing against deleting the one
      // in force, so that is allowed).
      beforeDelete(item) {
        if (item.state === 'APPLYING' || item.state === 'CANCELING') {
          throw new ApiError(409, 'CC.1409', `DeleteCentralNetworkPolicy: policy version ${String(item.version)} is ${String(item.state)}; wait until it is AVAILABLE.`);
        }
      },
    },
    central_network_gdgw_attachment: {
      onCreate: attachOnCreate('CreateCentralNetworkGdgwAttachment', 'enterprise_router_region_id', 'global_dc_gateway_region_id'),
      view: withConnection,
    },
    central_network_er_route_table_attachment: {
      onCreate(item, context) {
        attachOnCreate('CreateCentralNetworkErRouteTableAttachment', 'enterprise_router_region_id')(item, context);
        // The item's own field (the union listing copies the same site into attachment_instance_site_code).
        item.attached_er_table_site_code = item.attached_er_table_region_id;
      },
      view: withConnection,
    },
    central_network_connection: {
      // Bandwidth drawn from a global connection bandwidth must name one of the account's.
      references: { global_connection_bandwidth_id: 'globalconnection_bandwidth' },
    },
  },
  actions: {
    // Only one policy of a central network is in force at a time (Managing Policies, above); the answer lists what
    // applying it changes where the previous one was in force.
    ApplyCentralNetworkPolicy(item, { siblings, items, reply }) {
      const network = items('central_network').find((n) => n.id === item.central_network_id) ?? { id: item.central_network_id };
      const current = siblings.find((other) => other.is_applied === true);
      reply.central_network_policy_change_set = current?.id === item.id ? [] : changeSetOf(documentOf(current), documentOf(item), network);
      for (const other of siblings) other.is_applied = false;
      item.is_applied = true;
      return 'done';
    },
    UpdateCentralNetworkConnection(item, { input }) {
      if (input.bandwidth_type === 'BandwidthPackage' && typeof input.global_connection_bandwidth_id !== 'string') {
        throw invalidParameter('UpdateCentralNetworkConnection: bandwidth_type BandwidthPackage needs global_connection_bandwidth_id, the global connection bandwidth to draw on.');
      }
      if (input.bandwidth_type === 'TestBandwidth') {
        delete item.global_connection_bandwidth_id;
        delete item.bandwidth_size;
      }
      return 'merge';
    },
  },
  derived: {
    central_network_connection: {
      derive: (context, parents) =>
        context
          .items('central_network')
          .filter((network) => parents.central_network_id === undefined || network.id === parents.central_network_id)
          .flatMap((network) => connectionsOf(context, network)),
      identity: (c) => `${String(c.central_network_id)}|${String(c.central_network_plane_id)}|${itemsIn(c.connection_point_pair).map((p) => String(p.instance_id)).sort().join('|')}`,
    },
    // What applying the policy would change where the applied one is in force; nothing for the applied one itself:
    // ListCentralNetworkPolicyChangeSet (https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkPolicyChangeSet.html).
    central_network_policy_change_set: {
      derive(context, parents) {
        const policy = context.items('central_network_policy').find((p) => p.id === parents.policy_id && p.central_network_id === parents.central_network_id);
        const network = context.items('central_network').find((n) => n.id === parents.central_network_id);
        if (!policy || !network || policy.is_applied === true) return [];
        return changeSetOf(documentOf(appliedPolicy(context, network.id)), documentOf(policy), network);
      },
    },
  },
  transitions: {
    // Asynchronous operations answer 202 with the resource in its transitional state (each page's state table).
    CreateCentralNetwork: { during: 'CREATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetwork.html' },
    DeleteCentralNetwork: { during: 'DELETING', after: null, source: 'https://support.huaweicloud.com/intl/en-us/api-cc/DeleteCentralNetwork.html' },
    ApplyCentralNetworkPolicy: { during: 'APPLYING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/ApplyCentralNetworkPolicy.html' },
    CreateCentralNetworkGdgwAttachment: { during: 'CREATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetworkGdgwAttachment.html' },
    CreateCentralNetworkErRouteTableAttachment: { during: 'CREATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetworkErRouteTableAttachment.html' },
    DeleteCentralNetworkAttachment: { during: 'DELETING', after: null, source: 'https://support.huaweicloud.com/intl/en-us/api-cc/DeleteCentralNetworkAttachment.html' },
    UpdateCentralNetworkConnection: { during: 'UPDATING', after: 'AVAILABLE', source: 'https://support.huaweicloud.com/intl/en-us/api-cc/UpdateCentralNetworkConnection.html' },
  },
  unions: {
    // The attachments listing shows both kinds, each with the attached instance in common fields.
    '/v3/gcn/central-network/{central_network_id}/attachments': [
      {
        member: '/v3/gcn/central-network/{central_network_id}/gdgw-attachments',
        set: { attachment_instance_type: 'GDGW' },
        copy: { attachment_instance_id: 'global_dc_gateway_id', attachment_instance_project_id: 'global_dc_gateway_project_id', attachment_instance_region_id: 'global_dc_gateway_region_id', attachment_instance_site_code: 'global_dc_gateway_site_code' },
      },
      {
        member: '/v3/gcn/central-network/{central_network_id}/er-route-table-attachments',
        set: { attachment_instance_type: 'ER_ROUTE_TABLE' },
        copy: { attachment_instance_id: 'attached_er_table_id', attachment_instance_project_id: 'attached_er_table_project_id', attachment_instance_region_id: 'attached_er_table_region_id', attachment_instance_site_code: 'attached_er_table_region_id' },
      },
    ],
  },
};
