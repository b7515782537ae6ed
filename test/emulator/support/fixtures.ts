import type { CloudConnectClient } from '../../../src/index.js';
import { requestExample } from './harness.js';

/** Creates the resources other operations need, from the spec's own request examples with fresh names and ids. */
export function fixtures(cc: CloudConnectClient) {
  let counter = 0;
  const unique = (prefix: string) => `${prefix}-${++counter}`;

  const cloudConnection = async (name = unique('cc')) => (await cc.createCloudConnection({ body: { cloud_connection: { name } } })).cloud_connection;

  const networkInstance = async (cloudConnectionId: string) => {
    const body = requestExample('CreateNetworkInstance');
    body.network_instance = { ...body.network_instance, name: unique('ni'), cloud_connection_id: cloudConnectionId };
    return (await cc.createNetworkInstance({ body })).network_instance;
  };

  /** An unbound package: the example binds one to a cloud connection that does not exist here. */
  const bandwidthPackage = async () => {
    const body = requestExample('CreateBandwidthPackage');
    const { resource_id: _id, resource_type: _type, ...rest } = body.bandwidth_package;
    body.bandwidth_package = { ...rest, name: unique('bwp') };
    return (await cc.createBandwidthPackage({ body })).bandwidth_package;
  };

  /** Binds the package to the cloud connection first when it is not bound yet, as the service requires. */
  const interRegionBandwidth = async (cloudConnectionId: string, bandwidthPackageId: string) => {
    const { bandwidth_package: pkg } = await cc.showBandwidthPackage({ id: bandwidthPackageId });
    if (pkg.resource_id !== cloudConnectionId) {
      await cc.associateBandwidthPackage({ id: bandwidthPackageId, body: { bandwidth_package: { resource_id: cloudConnectionId, resource_type: 'cloud_connection' } } });
    }
    const body = requestExample('CreateInterRegionBandwidth');
    body.inter_region_bandwidth = { ...body.inter_region_bandwidth, cloud_connection_id: cloudConnectionId, bandwidth_package_id: bandwidthPackageId };
    return (await cc.createInterRegionBandwidth({ body })).inter_region_bandwidth;
  };

  const authorisation = async () => {
    const body = requestExample('CreateAuthorisation');
    body.authorisation = { ...body.authorisation, name: unique('auth') };
    return (await cc.createAuthorisation({ body })).authorisation;
  };

  const centralNetwork = async (name = unique('gcn')) => {
    const body = requestExample('CreateCentralNetwork');
    body.central_network = { ...body.central_network, name };
    return (await cc.createCentralNetwork({ body })).central_network;
  };

  const policy = async (centralNetworkId: string) =>
    (await cc.createCentralNetworkPolicy({ central_network_id: centralNetworkId, body: requestExample('CreateCentralNetworkPolicy') })).central_network_policy;

  /** On the network's default plane (the example names the example network's plane). */
  const gdgwAttachment = async (centralNetworkId: string) => {
    const body = requestExample('CreateCentralNetworkGdgwAttachment');
    const { central_network_plane_id: _plane, ...rest } = body.central_network_gdgw_attachment;
    body.central_network_gdgw_attachment = { ...rest, name: unique('gdgw') };
    return (await cc.createCentralNetworkGdgwAttachment({ central_network_id: centralNetworkId, body })).central_network_gdgw_attachment;
  };

  const erAttachment = async (centralNetworkId: string) => {
    const body = requestExample('CreateCentralNetworkErRouteTableAttachment');
    const plane = (await cc.showCentralNetwork({ central_network_id: centralNetworkId })).central_network.default_plane_id;
    body.central_network_er_route_table_attachment = { ...body.central_network_er_route_table_attachment, name: unique('ert'), central_network_plane_id: plane };
    return (await cc.createCentralNetworkErRouteTableAttachment({ central_network_id: centralNetworkId, body })).central_network_er_route_table_attachment;
  };

  const siteNetwork = async () => {
    const body = requestExample('CreateP2PSiteNetwork');
    body.p2p_site_network = { ...body.p2p_site_network, name: unique('sn') };
    return (await cc.createP2PSiteNetwork({ body })).site_network;
  };

  const globalConnectionBandwidth = async (name = unique('gcb')) => {
    const body = requestExample('CreateGlobalConnectionBandwidth');
    body.globalconnection_bandwidth = { ...body.globalconnection_bandwidth, name };
    return (await cc.createGlobalConnectionBandwidth({ body })).globalconnection_bandwidth;
  };

  return {
    unique,
    cloudConnection,
    networkInstance,
    bandwidthPackage,
    interRegionBandwidth,
    authorisation,
    centralNetwork,
    policy,
    gdgwAttachment,
    erAttachment,
    siteNetwork,
    globalConnectionBandwidth,
  };
}
