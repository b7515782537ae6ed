import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudConnectClient } from '../../src/index.js';
import { fixtures } from './support/fixtures.js';
import { eventually, requestExample, responseExample, specOperations, startTestEmulator, TIMESTAMP, UUID, type TestEmulator } from './support/harness.js';

/*
 * The generated client against the emulator for every operation of generated/openapi.json. The test iterates
 * over the spec, so an operation added to the spec without a scenario here fails by name.
 */

let emulator: TestEmulator;
let cc: CloudConnectClient;
let make: ReturnType<typeof fixtures>;

beforeAll(async () => {
  emulator = await startTestEmulator({ asyncDelayMs: 60, quotas: { cloud_connection: 1000, central_network: 1000, site_network: 1000 } });
  cc = emulator.client();
  make = fixtures(cc);
});

afterAll(async () => {
  await emulator.close();
});

const ids = (list: readonly { id?: unknown }[]) => list.map((item) => item.id);

/** A read-only catalogue answers the spec's example items, under a fresh request id. */
function expectCatalogue(operationId: string, result: object, listKey: string) {
  const example = responseExample(operationId as never);
  const items = (result as Record<string, unknown[]>)[listKey];
  expect(items).toEqual(example[listKey]);
  expect((result as { request_id: string }).request_id).toMatch(/^[0-9a-f]{32}$/);
  if ('page_info' in result) expect(result.page_info).toEqual({ current_count: items?.length });
}

type Scenario = () => Promise<void>;

/** Gives a site connection a bandwidth of the account, as the bandwidth operations on it require. */
async function bindBandwidth(siteNetworkId: string, connectionId: string) {
  const bandwidth = await make.globalConnectionBandwidth();
  await cc.associateSiteNetworkBandwidth({ site_network_id: siteNetworkId, site_connection_id: connectionId, body: { site_connection: { global_connection_bandwidth_id: bandwidth.id, bandwidth_size: 10 } } });
  return bandwidth;
}

const happyPaths: Record<string, Scenario> = {
  // ---- Cloud Connections
  async CreateCloudConnection() {
    const { cloud_connection: created } = await cc.createCloudConnection({ body: { cloud_connection: { name: 'cc-create', description: 'made by the test' } } });
    expect(created).toMatchObject({ name: 'cc-create', description: 'made by the test', domain_id: emulator.domainId, enterprise_project_id: '0', status: 'ACTIVE', tags: [] });
    expect(created).toMatchObject({ network_instance_number: 0, bandwidth_package_number: 0, inter_region_bandwidth_number: 0 });
    expect(created.id).toMatch(UUID);
    expect(created.created_at).toMatch(TIMESTAMP);
  },
  async ListCloudConnections() {
    const a = await make.cloudConnection();
    const b = await make.cloudConnection();
    const page = await cc.listCloudConnections({ id: [a.id, b.id] });
    expect(ids(page.cloud_connections)).toEqual([a.id, b.id]);
    expect(page.page_info).toEqual({ current_count: 2 });
  },
  async ShowCloudConnection() {
    const created = await make.cloudConnection('cc-show');
    expect((await cc.showCloudConnection({ id: created.id })).cloud_connection).toEqual(created);
  },
  async UpdateCloudConnection() {
    const created = await make.cloudConnection();
    const { cloud_connection: updated } = await cc.updateCloudConnection({ id: created.id, body: { cloud_connection: { description: 'changed' } } });
    expect(updated).toMatchObject({ id: created.id, name: created.name, description: 'changed', created_at: created.created_at });
  },
  async DeleteCloudConnection() {
    const created = await make.cloudConnection();
    expect(await cc.deleteCloudConnection({ id: created.id })).toBeUndefined();
    await expect(cc.showCloudConnection({ id: created.id })).rejects.toMatchObject({ status: 404, errorCode: 'CC.1404' });
  },
  async TagCloudConnection() {
    const created = await make.cloudConnection();
    await cc.tagCloudConnection({ id: created.id, body: requestExample('TagCloudConnection') });
    expect((await cc.showCloudConnection({ id: created.id })).cloud_connection.tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'owner', value: 'network-team' },
    ]);
  },
  async UntagCloudConnection() {
    const created = await make.cloudConnection();
    await cc.tagCloudConnection({ id: created.id, body: requestExample('TagCloudConnection') });
    await cc.untagCloudConnection({ id: created.id, body: requestExample('UntagCloudConnection') });
    expect((await cc.showCloudConnection({ id: created.id })).cloud_connection.tags).toEqual([{ key: 'env', value: 'prod' }]);
  },
  async ListCloudConnectionTags() {
    const created = await make.cloudConnection();
    await cc.tagCloudConnection({ id: created.id, body: { tags: [{ key: 'team', value: 'blue' }] } });
    const { tags } = await cc.listCloudConnectionTags();
    expect(tags).toContainEqual({ key: 'team', values: ['blue'] });
  },
  async ListCloudConnectionsByTags() {
    const tagged = await make.cloudConnection();
    await make.cloudConnection();
    await cc.tagCloudConnection({ id: tagged.id, body: { tags: [{ key: 'filter-me', value: 'yes' }] } });
    const page = await cc.listCloudConnectionsByTags({ body: { tags: [{ key: 'filter-me', values: ['yes', 'maybe'] }] } });
    expect(ids(page.cloud_connections)).toEqual([tagged.id]);
    expect(page.page_info).toEqual({ current_count: 1 });
  },

  // ---- Network Instances
  async CreateNetworkInstance() {
    const parent = await make.cloudConnection();
    const instance = await make.networkInstance(parent.id);
    expect(instance).toMatchObject({ cloud_connection_id: parent.id, region_id: 'cn-north-4', type: 'vpc', cidrs: ['192.168.0.0/16'], status: 'ACTIVE' });
    expect((await cc.showCloudConnection({ id: parent.id })).cloud_connection.network_instance_number).toBe(1);
  },
  async ListNetworkInstances() {
    const parent = await make.cloudConnection();
    const instance = await make.networkInstance(parent.id);
    const page = await cc.listNetworkInstances({ cloud_connection_id: [parent.id] });
    expect(ids(page.network_instances)).toEqual([instance.id]);
  },
  async ShowNetworkInstance() {
    const instance = await make.networkInstance((await make.cloudConnection()).id);
    expect((await cc.showNetworkInstance({ id: instance.id })).network_instance).toEqual(instance);
  },
  async UpdateNetworkInstance() {
    const instance = await make.networkInstance((await make.cloudConnection()).id);
    const { network_instance: updated } = await cc.updateNetworkInstance({ id: instance.id, body: requestExample('UpdateNetworkInstance') });
    expect(updated.cidrs).toEqual(['192.168.0.0/16', '172.16.8.0/24']);
  },
  async DeleteNetworkInstance() {
    const parent = await make.cloudConnection();
    const instance = await make.networkInstance(parent.id);
    await cc.deleteNetworkInstance({ id: instance.id });
    expect((await cc.showCloudConnection({ id: parent.id })).cloud_connection.network_instance_number).toBe(0);
  },

  // ---- Bandwidth Packages
  async CreateBandwidthPackage() {
    const created = await make.bandwidthPackage();
    expect(created).toMatchObject({ local_area_id: 'Chinese-Mainland', remote_area_id: 'Asia-Pacific', bandwidth: 10, billing_mode: 1, resource_id: '', status: 'ACTIVE' });
  },
  async ListBandwidthPackages() {
    const created = await make.bandwidthPackage();
    expect(ids((await cc.listBandwidthPackages({ name: [created.name] })).bandwidth_packages)).toEqual([created.id]);
  },
  async ShowBandwidthPackage() {
    const created = await make.bandwidthPackage();
    expect((await cc.showBandwidthPackage({ id: created.id })).bandwidth_package).toEqual(created);
  },
  async UpdateBandwidthPackage() {
    const created = await make.bandwidthPackage();
    expect((await cc.updateBandwidthPackage({ id: created.id, body: requestExample('UpdateBandwidthPackage') })).bandwidth_package.bandwidth).toBe(20);
  },
  async DeleteBandwidthPackage() {
    const created = await make.bandwidthPackage();
    await cc.deleteBandwidthPackage({ id: created.id });
    await expect(cc.showBandwidthPackage({ id: created.id })).rejects.toMatchObject({ status: 404 });
  },
  async TagBandwidthPackage() {
    const created = await make.bandwidthPackage();
    await cc.tagBandwidthPackage({ id: created.id, body: requestExample('TagBandwidthPackage') });
    expect((await cc.showBandwidthPackage({ id: created.id })).bandwidth_package.tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'cost-center', value: 'net-042' },
    ]);
  },
  async UntagBandwidthPackage() {
    const created = await make.bandwidthPackage();
    await cc.tagBandwidthPackage({ id: created.id, body: requestExample('TagBandwidthPackage') });
    await cc.untagBandwidthPackage({ id: created.id, body: requestExample('UntagBandwidthPackage') });
    expect((await cc.showBandwidthPackage({ id: created.id })).bandwidth_package.tags).toEqual([{ key: 'env', value: 'prod' }]);
  },
  async ListBandwidthPackageTags() {
    const created = await make.bandwidthPackage();
    await cc.tagBandwidthPackage({ id: created.id, body: { tags: [{ key: 'tier', value: 'gold' }] } });
    expect((await cc.listBandwidthPackageTags()).tags).toContainEqual({ key: 'tier', values: ['gold'] });
  },
  async ListBandwidthPackagesByTags() {
    const created = await make.bandwidthPackage();
    await cc.tagBandwidthPackage({ id: created.id, body: { tags: [{ key: 'pick', value: 'me' }] } });
    expect(ids((await cc.listBandwidthPackagesByTags({ body: { tags: [{ key: 'pick', values: ['me'] }] } })).bandwidth_packages)).toEqual([created.id]);
  },
  async AssociateBandwidthPackage() {
    const target = await make.cloudConnection();
    const created = await make.bandwidthPackage();
    const { bandwidth_package: bound } = await cc.associateBandwidthPackage({ id: created.id, body: { bandwidth_package: { resource_id: target.id, resource_type: 'cloud_connection' } } });
    expect(bound).toMatchObject({ id: created.id, resource_id: target.id, resource_type: 'cloud_connection' });
    expect((await cc.showCloudConnection({ id: target.id })).cloud_connection.bandwidth_package_number).toBe(1);
    expect(ids((await cc.listBandwidthPackages({ cloud_connection_id: [target.id] })).bandwidth_packages)).toEqual([created.id]);
  },
  async DisassociateBandwidthPackage() {
    const target = await make.cloudConnection();
    const created = await make.bandwidthPackage();
    await cc.associateBandwidthPackage({ id: created.id, body: { bandwidth_package: { resource_id: target.id, resource_type: 'cloud_connection' } } });
    const { bandwidth_package: unbound } = await cc.disassociateBandwidthPackage({ id: created.id, body: { bandwidth_package: { resource_id: target.id, resource_type: 'cloud_connection' } } });
    expect(unbound.resource_id).toBe('');
    expect((await cc.showCloudConnection({ id: target.id })).cloud_connection.bandwidth_package_number).toBe(0);
  },

  // ---- Inter-Region Bandwidths
  async CreateInterRegionBandwidth() {
    const parent = await make.cloudConnection();
    const created = await make.interRegionBandwidth(parent.id, (await make.bandwidthPackage()).id);
    expect(created).toMatchObject({ cloud_connection_id: parent.id, bandwidth: 5 });
    expect((await cc.showCloudConnection({ id: parent.id })).cloud_connection.inter_region_bandwidth_number).toBe(1);
  },
  async ListInterRegionBandwidths() {
    const parent = await make.cloudConnection();
    const created = await make.interRegionBandwidth(parent.id, (await make.bandwidthPackage()).id);
    expect(ids((await cc.listInterRegionBandwidths({ cloud_connection_id: [parent.id] })).inter_region_bandwidths)).toEqual([created.id]);
  },
  async ShowInterRegionBandwidth() {
    const created = await make.interRegionBandwidth((await make.cloudConnection()).id, (await make.bandwidthPackage()).id);
    expect((await cc.showInterRegionBandwidth({ id: created.id })).inter_region_bandwidth).toEqual(created);
  },
  async UpdateInterRegionBandwidth() {
    const created = await make.interRegionBandwidth((await make.cloudConnection()).id, (await make.bandwidthPackage()).id);
    expect((await cc.updateInterRegionBandwidth({ id: created.id, body: requestExample('UpdateInterRegionBandwidth') })).inter_region_bandwidth.bandwidth).toBe(8);
  },
  async DeleteInterRegionBandwidth() {
    const parent = await make.cloudConnection();
    const created = await make.interRegionBandwidth(parent.id, (await make.bandwidthPackage()).id);
    await cc.deleteInterRegionBandwidth({ id: created.id });
    expect((await cc.showCloudConnection({ id: parent.id })).cloud_connection.inter_region_bandwidth_number).toBe(0);
  },

  // ---- Cloud Connection Routes (derived: one per CIDR of each loaded network instance)
  async ListCloudConnectionRoutes() {
    const parent = await make.cloudConnection();
    const instance = await make.networkInstance(parent.id);
    const { cloud_connection_routes: routes } = await cc.listCloudConnectionRoutes({ cloud_connection_id: [parent.id] });
    expect(routes).toEqual([
      { id: expect.stringMatching(UUID), cloud_connection_id: parent.id, domain_id: emulator.domainId, instance_id: instance.instance_id, project_id: instance.project_id, region_id: 'cn-north-4', destination: '192.168.0.0/16', type: 'vpc' },
    ]);
  },
  async ShowCloudConnectionRoutes() {
    const parent = await make.cloudConnection();
    await make.networkInstance(parent.id);
    const [route] = (await cc.listCloudConnectionRoutes({ cloud_connection_id: [parent.id] })).cloud_connection_routes;
    expect((await cc.showCloudConnectionRoutes({ id: route!.id })).cloud_connection_route).toEqual(route);
  },

  // ---- Authorisations
  async CreateAuthorisation() {
    const created = await make.authorisation();
    expect(created).toMatchObject({ instance_id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', region_id: 'cn-north-4', domain_id: emulator.domainId });
  },
  async ListAuthorisations() {
    const created = await make.authorisation();
    expect(ids((await cc.listAuthorisations({ name: [created.name] })).authorisations)).toEqual([created.id]);
  },
  async UpdateAuthorisation() {
    const created = await make.authorisation();
    expect((await cc.updateAuthorisation({ id: created.id, body: requestExample('UpdateAuthorisation') })).authorisation.name).toBe('share-vpc-prod-with-acme');
  },
  async DeleteAuthorisation() {
    const created = await make.authorisation();
    await cc.deleteAuthorisation({ id: created.id });
    expect((await cc.listAuthorisations({ id: [created.id] })).authorisations).toEqual([]);
  },
  async ListPermissions() {
    expectCatalogue('ListPermissions', await cc.listPermissions(), 'permissions');
  },

  // ---- Quotas, capabilities and specifications (read-only)
  async ListCloudConnectionQuotas() {
    expectCatalogue('ListCloudConnectionQuotas', await cc.listCloudConnectionQuotas({ quota_type: 'cloud_connection_route' }), 'quotas');
    const used = (await cc.listCloudConnections()).cloud_connections.length;
    const { quotas } = await cc.listCloudConnectionQuotas({ quota_type: 'cloud_connection' });
    expect(quotas).toEqual([{ domain_id: emulator.domainId, cloud_connection_id: '', region_id: '', quota_type: 'cloud_connection', quota_number: 1000, quota_used: used }]);
  },
  async ListCloudConnectionCapabilities() {
    expectCatalogue('ListCloudConnectionCapabilities', await cc.listCloudConnectionCapabilities(), 'capabilities');
  },
  async ListCentralNetworkQuotas() {
    // Live: the configured limits and what the account uses.
    const networks = (await cc.listCentralNetworks()).central_networks.length;
    const { quotas } = await cc.listCentralNetworkQuotas();
    expect(quotas.map((q) => [q.quota_key, q.quota_limit, q.unit])).toEqual([
      ['central_networks_per_account', 1000, 'count'],
      ['policy_versions_per_central_network', 100, 'count'],
    ]);
    expect(quotas[0]!.used).toBe(networks);
  },
  async ListCentralNetworkCapabilities() {
    expectCatalogue('ListCentralNetworkCapabilities', await cc.listCentralNetworkCapabilities(), 'capabilities');
  },
  async ListSiteNetworkQuotas() {
    const networks = (await cc.listSiteNetworks()).site_networks.length;
    const { quotas } = await cc.listSiteNetworkQuotas();
    expect(quotas.map((q) => [q.quota_key, q.quota_limit, q.used])).toEqual([
      ['site_networks_per_account', 1000, networks],
      ['sites_per_mesh_site_network', 10, 0],
      ['spoke_sites_per_star_site_network', 20, 0],
      ['sites_per_hybrid_site_network', 20, 0],
    ]);
  },
  async ListSiteNetworkCapabilities() {
    expectCatalogue('ListSiteNetworkCapabilities', await cc.listSiteNetworkCapabilities(), 'capabilities');
  },
  async ListRegions() {
    expectCatalogue('ListRegions', await cc.listRegions(), 'regions');
  },
  async ListAreas() {
    expectCatalogue('ListAreas', await cc.listAreas(), 'areas');
  },
  async ListRegionBandwidthPackageSpecifications() {
    expectCatalogue('ListRegionBandwidthPackageSpecifications', await cc.listRegionBandwidthPackageSpecifications(), 'region_specifications');
  },
  async ListAreaBandwidthPackageSpecifications() {
    expectCatalogue('ListAreaBandwidthPackageSpecifications', await cc.listAreaBandwidthPackageSpecifications({ offset: 0 }), 'area_specifications');
  },
  async ListBandwidthPackageSites() {
    expectCatalogue('ListBandwidthPackageSites', await cc.listBandwidthPackageSites(), 'bandwidth_package_sites');
  },
  async ListBandwidthPackageLevels() {
    expectCatalogue('ListBandwidthPackageLevels', await cc.listBandwidthPackageLevels(), 'bandwidth_package_levels');
  },
  async ListBandwidthPackageLines() {
    expectCatalogue('ListBandwidthPackageLines', await cc.listBandwidthPackageLines(), 'bandwidth_package_lines');
  },

  // ---- Historical tag API (resource type in the path)
  async ListDomainTags() {
    const created = await make.cloudConnection();
    await cc.tagCloudConnection({ id: created.id, body: { tags: [{ key: 'historical', value: 'v2' }] } });
    expect((await cc.listDomainTags({ resource_type: 'cloud-connection' })).tags).toContainEqual({ key: 'historical', values: ['v2'] });
  },
  async ListTags() {
    const created = await make.bandwidthPackage();
    await cc.tagBandwidthPackage({ id: created.id, body: { tags: [{ key: 'a', value: '1' }] } });
    expect((await cc.listTags({ resource_type: 'bandwidth-package', resource_id: created.id })).tags).toEqual([{ key: 'a', value: '1' }]);
  },
  async CreateTag() {
    const created = await make.cloudConnection();
    await cc.createTag({ resource_type: 'cloud-connection', resource_id: created.id, body: requestExample('CreateTag') });
    expect((await cc.showCloudConnection({ id: created.id })).cloud_connection.tags).toEqual([{ key: 'cost-centre', value: 'cc-4711' }]);
  },
  async DeleteTag() {
    const created = await make.cloudConnection();
    await cc.tagCloudConnection({ id: created.id, body: { tags: [{ key: 'gone', value: 'soon' }, { key: 'stays', value: 'here' }] } });
    await cc.deleteTag({ resource_type: 'cloud-connection', resource_id: created.id, tag_key: 'gone' });
    expect((await cc.showCloudConnection({ id: created.id })).cloud_connection.tags).toEqual([{ key: 'stays', value: 'here' }]);
  },
  async BatchCreateDeleteTags() {
    const created = await make.cloudConnection();
    await cc.batchCreateDeleteTags({ resource_type: 'cloud-connection', resource_id: created.id, body: requestExample('BatchCreateDeleteTags') });
    await cc.batchCreateDeleteTags({ resource_type: 'cloud-connection', resource_id: created.id, body: { action: 'delete', tags: [{ key: 'owner' }] } });
    expect((await cc.showCloudConnection({ id: created.id })).cloud_connection.tags).toEqual([{ key: 'env', value: 'prod' }]);
  },
  async ListResourceByFilterTag() {
    const created = await make.cloudConnection('cc-historical-filter');
    await cc.tagCloudConnection({ id: created.id, body: { tags: [{ key: 'hf', value: 'x' }] } });
    const result = await cc.listResourceByFilterTag({ resource_type: 'cloud-connection', body: { action: 'filter', tags: [{ key: 'hf', values: ['x'] }], matches: [{ key: 'resource_name', value: 'historical' }] } });
    expect(result.total_count).toBe(1);
    expect(result.resources).toMatchObject([{ resource_id: created.id, resource_name: 'cc-historical-filter', tags: [{ key: 'hf', value: 'x' }] }]);
  },

  // ---- Central Networks (asynchronous)
  async CreateCentralNetwork() {
    const created = await make.centralNetwork('gcn-create');
    expect(created).toMatchObject({ name: 'gcn-create', state: 'CREATING', tags: [{ key: 'env', value: 'prod' }] });
    expect(created.default_plane_id).toMatch(UUID);
    await eventually(async () => expect((await cc.showCentralNetwork({ central_network_id: created.id })).central_network.state).toBe('AVAILABLE'));
  },
  async ListCentralNetworks() {
    const created = await make.centralNetwork();
    expect(ids((await cc.listCentralNetworks({ id: [created.id] })).central_networks)).toEqual([created.id]);
  },
  async ShowCentralNetwork() {
    const created = await make.centralNetwork();
    expect((await cc.showCentralNetwork({ central_network_id: created.id })).central_network).toMatchObject({ id: created.id, name: created.name });
  },
  async UpdateCentralNetwork() {
    const created = await make.centralNetwork();
    expect((await cc.updateCentralNetwork({ central_network_id: created.id, body: requestExample('UpdateCentralNetwork') })).central_network).toMatchObject({
      name: 'gcn-prod-apac',
      description: 'Production backbone for the Asia-Pacific regions.',
    });
  },
  async DeleteCentralNetwork() {
    const created = await make.centralNetwork();
    expect((await cc.deleteCentralNetwork({ central_network_id: created.id })).central_network).toMatchObject({ id: created.id, state: 'DELETING' });
    await eventually(() => expect(cc.showCentralNetwork({ central_network_id: created.id })).rejects.toMatchObject({ status: 404 }));
  },
  async TagCentralNetwork() {
    const created = await make.centralNetwork();
    await cc.tagCentralNetwork({ central_network_id: created.id, body: requestExample('TagCentralNetwork') });
    expect((await cc.showCentralNetwork({ central_network_id: created.id })).central_network.tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'owner', value: 'network-team' },
      { key: 'cost-centre', value: 'cc-4711' },
    ]);
  },
  async UntagCentralNetwork() {
    const created = await make.centralNetwork();
    await cc.untagCentralNetwork({ central_network_id: created.id, body: { tags: [{ key: 'env' }] } });
    expect((await cc.showCentralNetwork({ central_network_id: created.id })).central_network.tags).toEqual([]);
  },
  async ListCentralNetworkTags() {
    await make.centralNetwork();
    expect((await cc.listCentralNetworkTags()).tags).toContainEqual({ key: 'env', values: ['prod'] });
  },
  async ListCentralNetworksByTags() {
    const created = await make.centralNetwork();
    await cc.tagCentralNetwork({ central_network_id: created.id, body: { tags: [{ key: 'only', value: 'this' }] } });
    expect(ids((await cc.listCentralNetworksByTags({ body: { tags: [{ key: 'only', values: [] }] } })).central_networks)).toEqual([created.id]);
  },

  // ---- Central Network Policies
  async CreateCentralNetworkPolicy() {
    const network = await make.centralNetwork();
    const first = await make.policy(network.id);
    const second = await make.policy(network.id);
    // Version 1 is the policy_document the network was created with.
    expect(first).toMatchObject({ central_network_id: network.id, version: 2, is_applied: false, state: 'AVAILABLE', document_template_version: '2022.08.30' });
    expect(first.document).toEqual(requestExample('CreateCentralNetworkPolicy').central_network_policy_document);
    expect(second.version).toBe(3);
  },
  async ListCentralNetworkPolicies() {
    const network = await make.centralNetwork();
    const policy = await make.policy(network.id);
    const listed = (await cc.listCentralNetworkPolicies({ central_network_id: network.id })).central_network_policies;
    expect(listed.map((p) => [p.version, p.is_applied])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(listed[1]!.id).toBe(policy.id);
  },
  async ApplyCentralNetworkPolicy() {
    const network = await make.centralNetwork();
    const old = await make.policy(network.id);
    const policy = await make.policy(network.id);
    await cc.applyCentralNetworkPolicy({ central_network_id: network.id, policy_id: old.id });
    const applied = await cc.applyCentralNetworkPolicy({ central_network_id: network.id, policy_id: policy.id });
    expect(applied.central_network_policy).toMatchObject({ id: policy.id, is_applied: true, state: 'APPLYING' });
    const listed = await cc.listCentralNetworkPolicies({ central_network_id: network.id, is_applied: true });
    expect(ids(listed.central_network_policies)).toEqual([policy.id]);
  },
  async DeleteCentralNetworkPolicy() {
    const network = await make.centralNetwork();
    const policy = await make.policy(network.id);
    await cc.deleteCentralNetworkPolicy({ central_network_id: network.id, policy_id: policy.id });
    expect((await cc.listCentralNetworkPolicies({ central_network_id: network.id })).central_network_policies.map((p) => p.version)).toEqual([1]);
  },
  async ListCentralNetworkPolicyChangeSet() {
    const network = await make.centralNetwork();
    // The same document plus a plane that excludes the only ER pair: one plane to create, no connection to change.
    const document = requestExample('CreateCentralNetworkPolicy').central_network_policy_document;
    const [a, b] = document.er_instances!;
    const body = { central_network_policy_document: { ...document, planes: [...document.planes, { name: 'isolated-plane', exclude_er_connections: [[a!, b!]] }] } };
    const { central_network_policy: policy } = await cc.createCentralNetworkPolicy({ central_network_id: network.id, body });
    const result = await cc.listCentralNetworkPolicyChangeSet({ central_network_id: network.id, policy_id: policy.id });
    expect(result.central_network_policy_change_set).toEqual([{ operation_id: 'CreateCentralNetworkPlane' }]);
  },

  // ---- Central Network Attachments
  async CreateCentralNetworkGdgwAttachment() {
    const network = await make.centralNetwork();
    const created = await make.gdgwAttachment(network.id);
    expect(created).toMatchObject({ central_network_id: network.id, state: 'CREATING', global_dc_gateway_id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e' });
  },
  async ListCentralNetworkGdgwAttachments() {
    const network = await make.centralNetwork();
    const created = await make.gdgwAttachment(network.id);
    expect(ids((await cc.listCentralNetworkGdgwAttachments({ central_network_id: network.id })).central_network_gdgw_attachments)).toEqual([created.id]);
  },
  async ShowCentralNetworkGdgwAttachment() {
    const network = await make.centralNetwork();
    const created = await make.gdgwAttachment(network.id);
    const shown = await cc.showCentralNetworkGdgwAttachment({ central_network_id: network.id, gdgw_attachment_id: created.id });
    expect(shown.central_network_gdgw_attachment).toMatchObject({ id: created.id, name: created.name });
  },
  async UpdateCentralNetworkGdgwAttachment() {
    const network = await make.centralNetwork();
    const created = await make.gdgwAttachment(network.id);
    const updated = await cc.updateCentralNetworkGdgwAttachment({ central_network_id: network.id, gdgw_attachment_id: created.id, body: requestExample('UpdateCentralNetworkGdgwAttachment') });
    expect(updated.central_network_gdgw_attachment).toMatchObject({ id: created.id, name: 'gdgw-beijing-dc-01', description: 'Primary Direct Connect entry in Beijing.' });
  },
  async CreateCentralNetworkErRouteTableAttachment() {
    const network = await make.centralNetwork();
    const created = await make.erAttachment(network.id);
    expect(created).toMatchObject({ central_network_id: network.id, state: 'CREATING', enterprise_router_region_id: 'ap-southeast-3' });
  },
  async ListCentralNetworkErRouteTableAttachments() {
    const network = await make.centralNetwork();
    const created = await make.erAttachment(network.id);
    expect(ids((await cc.listCentralNetworkErRouteTableAttachments({ central_network_id: network.id })).central_network_er_route_table_attachments)).toEqual([created.id]);
  },
  async ShowCentralNetworkErRouteTableAttachment() {
    const network = await make.centralNetwork();
    const created = await make.erAttachment(network.id);
    const shown = await cc.showCentralNetworkErRouteTableAttachment({ central_network_id: network.id, er_route_table_attachment_id: created.id });
    expect(shown.central_network_er_route_table_attachment.id).toBe(created.id);
  },
  async UpdateCentralNetworkErRouteTableAttachment() {
    const network = await make.centralNetwork();
    const created = await make.erAttachment(network.id);
    const updated = await cc.updateCentralNetworkErRouteTableAttachment({
      central_network_id: network.id,
      er_route_table_attachment_id: created.id,
      body: requestExample('UpdateCentralNetworkErRouteTableAttachment'),
    });
    expect(updated.central_network_er_route_table_attachment.description).toBe('Partner route table in Singapore, contract 2024-17.');
  },
  async ListCentralNetworkAttachments() {
    const network = await make.centralNetwork();
    const gdgw = await make.gdgwAttachment(network.id);
    const er = await make.erAttachment(network.id);
    const all = (await cc.listCentralNetworkAttachments({ central_network_id: network.id })).central_network_attachments;
    expect(all.map((a) => [a.id, a.attachment_instance_type])).toEqual([
      [gdgw.id, 'GDGW'],
      [er.id, 'ER_ROUTE_TABLE'],
    ]);
    const onlyEr = await cc.listCentralNetworkAttachments({ central_network_id: network.id, attachment_instance_type: ['ER_ROUTE_TABLE'] });
    expect(ids(onlyEr.central_network_attachments)).toEqual([er.id]);
  },
  async DeleteCentralNetworkAttachment() {
    const network = await make.centralNetwork();
    const created = await make.gdgwAttachment(network.id);
    const deleted = await cc.deleteCentralNetworkAttachment({ central_network_id: network.id, attachment_id: created.id });
    expect(deleted.central_network_attachment).toMatchObject({ id: created.id, state: 'DELETING', attachment_instance_type: 'GDGW' });
    await eventually(async () => expect((await cc.listCentralNetworkGdgwAttachments({ central_network_id: network.id })).central_network_gdgw_attachments).toEqual([]));
  },

  // ---- Central Network Connections (derived from the applied policy's ER pairs and the attachments)
  async ListCentralNetworkConnections() {
    const network = await make.centralNetwork();
    const { central_network_connections: connections } = await cc.listCentralNetworkConnections({ central_network_id: network.id });
    expect(connections.map((c) => [c.connection_type, c.name, c.central_network_plane_id, c.bandwidth_type, c.state])).toEqual([['ER-ER', 'er-er-cn-north-4-ap-southeast-3', network.default_plane_id, 'TestBandwidth', 'AVAILABLE']]);
    expect(connections[0]!.connection_point_pair.map((p) => [p.instance_id, p.site_code])).toEqual([
      ['4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a', 'cn-north-4'],
      ['7a6b5c4d-3e2f-4a1b-9c0d-e1f2a3b4c5d6', 'ap-southeast-3'],
    ]);
  },
  async UpdateCentralNetworkConnection() {
    const network = await make.centralNetwork();
    const bandwidth = await make.globalConnectionBandwidth();
    const [connection] = (await cc.listCentralNetworkConnections({ central_network_id: network.id })).central_network_connections;
    const body = { central_network_connection: { ...requestExample('UpdateCentralNetworkConnection').central_network_connection, global_connection_bandwidth_id: bandwidth.id } };
    const updated = await cc.updateCentralNetworkConnection({ central_network_id: network.id, connection_id: connection!.id, body });
    expect(updated.central_network_connection).toMatchObject({ id: connection!.id, bandwidth_size: 200, state: 'UPDATING' });
    await eventually(async () => {
      const [listed] = (await cc.listCentralNetworkConnections({ central_network_id: network.id })).central_network_connections;
      expect(listed).toMatchObject({ bandwidth_size: 200, global_connection_bandwidth_id: bandwidth.id, state: 'AVAILABLE' });
    });
  },

  // ---- Site networks (asynchronous)
  async CreateP2PSiteNetwork() {
    const created = await make.siteNetwork();
    expect(created).toMatchObject({ state: 'CREATING', topology: 'p2p', tags: [{ key: 'env', value: 'prod' }] });
    expect(created.connections).toHaveLength(1);
    expect(created.connections[0]).toMatchObject({ site_network_id: created.id, cross_region_type: 'inter-region', is_frozen: false });
  },
  async ListSiteNetworks() {
    const created = await make.siteNetwork();
    expect(ids((await cc.listSiteNetworks({ name: [created.name] })).site_networks)).toEqual([created.id]);
  },
  async ShowSiteNetwork() {
    const created = await make.siteNetwork();
    expect((await cc.showSiteNetwork({ site_network_id: created.id })).site_network).toMatchObject({ id: created.id, name: created.name });
  },
  async UpdateSiteNetwork() {
    const created = await make.siteNetwork();
    expect((await cc.updateSiteNetwork({ site_network_id: created.id, body: requestExample('UpdateSiteNetwork') })).site_network.name).toBe('sn-beijing-shanghai');
  },
  async DeleteSiteNetwork() {
    const created = await make.siteNetwork();
    expect((await cc.deleteSiteNetwork({ site_network_id: created.id })).site_network.state).toBe('DELETING');
    await eventually(() => expect(cc.showSiteNetwork({ site_network_id: created.id })).rejects.toMatchObject({ status: 404 }));
  },
  async AssociateSiteNetworkBandwidth() {
    const created = await make.siteNetwork();
    const connection = created.connections[0]!;
    const bandwidth = await make.globalConnectionBandwidth();
    const result = await cc.associateSiteNetworkBandwidth({ site_network_id: created.id, site_connection_id: connection.id, body: { site_connection: { global_connection_bandwidth_id: bandwidth.id, bandwidth_size: 10 } } });
    expect(result.site_connection).toMatchObject({ id: connection.id, global_connection_bandwidth_id: bandwidth.id, bandwidth_size: 10, is_bind_bandwidth: true, state: 'UPDATING' });
    await eventually(async () =>
      expect((await cc.showSiteNetwork({ site_network_id: created.id })).site_network.connections[0]).toMatchObject({ bandwidth_size: 10, state: 'AVAILABLE' }),
    );
  },
  async DisassociateSiteNetworkBandwidth() {
    const created = await make.siteNetwork();
    const connection = created.connections[0]!;
    await bindBandwidth(created.id, connection.id);
    const result = await cc.disassociateSiteNetworkBandwidth({ site_network_id: created.id, site_connection_id: connection.id });
    expect(result.site_connection).toMatchObject({ id: connection.id, is_bind_bandwidth: false, state: 'UPDATING' });
    expect(result.site_connection.global_connection_bandwidth_id).toBeUndefined();
  },
  async UpdateSiteNetworkBandwidthSize() {
    const created = await make.siteNetwork();
    const connection = created.connections[0]!;
    await bindBandwidth(created.id, connection.id);
    const result = await cc.updateSiteNetworkBandwidthSize({ site_network_id: created.id, site_connection_id: connection.id, body: requestExample('UpdateSiteNetworkBandwidthSize') });
    expect(result.site_connection).toMatchObject({ id: connection.id, bandwidth_size: 50 });
  },
  async UpdateSiteNetworkBandwidth() {
    const created = await make.siteNetwork();
    const connection = created.connections[0]!;
    await bindBandwidth(created.id, connection.id);
    const other = await make.globalConnectionBandwidth();
    const result = await cc.updateSiteNetworkBandwidth({ site_network_id: created.id, site_connection_id: connection.id, body: { site_connection: { global_connection_bandwidth_id: other.id, bandwidth_size: 20 } } });
    expect(result.site_connection).toMatchObject({ global_connection_bandwidth_id: other.id, bandwidth_size: 20 });
  },

  // ---- Global Connection Bandwidths
  async CreateGlobalConnectionBandwidth() {
    const created = await make.globalConnectionBandwidth('gcb-create');
    expect(created).toMatchObject({ name: 'gcb-create', size: 100, charge_mode: 'bwd', type: 'Area', bordercross: false, tags: [{ key: 'env', value: 'prod' }] });
  },
  async ListGlobalConnectionBandwidths() {
    const created = await make.globalConnectionBandwidth();
    expect(ids((await cc.listGlobalConnectionBandwidths({ name: [created.name] })).globalconnection_bandwidths)).toEqual([created.id]);
  },
  async ShowGlobalConnectionBandwidth() {
    const created = await make.globalConnectionBandwidth();
    expect((await cc.showGlobalConnectionBandwidth({ id: created.id })).globalconnection_bandwidth).toEqual(created);
  },
  async UpdateGlobalConnectionBandwidth() {
    const created = await make.globalConnectionBandwidth();
    expect((await cc.updateGlobalConnectionBandwidth({ id: created.id, body: requestExample('UpdateGlobalConnectionBandwidth') })).globalconnection_bandwidth).toMatchObject({
      name: 'gcb-bj-sh-200m',
      size: 200,
    });
  },
  async DeleteGlobalConnectionBandwidth() {
    const created = await make.globalConnectionBandwidth();
    await cc.deleteGlobalConnectionBandwidth({ id: created.id });
    await expect(cc.showGlobalConnectionBandwidth({ id: created.id })).rejects.toMatchObject({ status: 404 });
  },
  async AssociateGlobalConnectionBandwidthInstance() {
    const created = await make.globalConnectionBandwidth();
    const result = await cc.associateGlobalConnectionBandwidthInstance({ id: created.id, body: requestExample('AssociateGlobalConnectionBandwidthInstance') });
    expect(result.gcbandwidths).toEqual([{ resource_id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', resource_type: 'GCN', region_id: 'global', project_id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', result: 'success' }]);
    const shown = (await cc.showGlobalConnectionBandwidth({ id: created.id })).globalconnection_bandwidth;
    expect(shown.instances?.map((i) => [i.id, i.type])).toEqual([['b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', 'GCN']]);
  },
  async DisassociateGlobalConnectionBandwidthInstance() {
    const created = await make.globalConnectionBandwidth();
    await cc.associateGlobalConnectionBandwidthInstance({ id: created.id, body: requestExample('AssociateGlobalConnectionBandwidthInstance') });
    const result = await cc.disassociateGlobalConnectionBandwidthInstance({ id: created.id, body: requestExample('DisassociateGlobalConnectionBandwidthInstance') });
    expect(result.gcbandwidths.map((entry) => [entry.resource_id, entry.result])).toEqual([['b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', 'success']]);
    expect((await cc.showGlobalConnectionBandwidth({ id: created.id })).globalconnection_bandwidth.instances).toEqual([]);
  },
  async ListSupportBindingConnectionBandwidths() {
    const created = await make.globalConnectionBandwidth();
    expect(ids((await cc.listSupportBindingConnectionBandwidths({ binding_service: 'GCN' })).globalconnection_bandwidths)).toContain(created.id);
  },
  async ListGlobalConnectionBandwidthConfigs() {
    const result = await cc.listGlobalConnectionBandwidthConfigs();
    expect(result.configs).toEqual(responseExample('ListGlobalConnectionBandwidthConfigs').configs);
  },
  async ListGlobalConnectionBandwidthSpecCodes() {
    expectCatalogue('ListGlobalConnectionBandwidthSpecCodes', await cc.listGlobalConnectionBandwidthSpecCodes(), 'spec_codes');
  },
  async ListGlobalConnectionBandwidthSites() {
    expectCatalogue('ListGlobalConnectionBandwidthSites', await cc.listGlobalConnectionBandwidthSites(), 'site_infos');
  },
  async ListGlobalConnectionBandwidthLineLevels() {
    expectCatalogue('ListGlobalConnectionBandwidthLineLevels', await cc.listGlobalConnectionBandwidthLineLevels(), 'line_levels');
  },

  // ---- Global Connection Bandwidth tags (TMS style, no domain id in the path)
  async ListGcbResourceTags() {
    const created = await make.globalConnectionBandwidth();
    expect((await cc.listGcbResourceTags({ resource_id: created.id })).tags).toEqual([{ key: 'env', value: 'prod' }]);
  },
  async CreateGcbResourceTag() {
    const created = await make.globalConnectionBandwidth();
    await cc.createGcbResourceTag({ resource_id: created.id, body: requestExample('CreateGcbResourceTag') });
    expect((await cc.listGcbResourceTags({ resource_id: created.id })).tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'cost-centre', value: 'cc-4711' },
    ]);
  },
  async DeleteGcbResourceTag() {
    const created = await make.globalConnectionBandwidth();
    await cc.deleteGcbResourceTag({ resource_id: created.id, tag_key: 'env' });
    expect((await cc.listGcbResourceTags({ resource_id: created.id })).tags).toEqual([]);
  },
  async BatchCreateGcbResourceTags() {
    const created = await make.globalConnectionBandwidth();
    await cc.batchCreateGcbResourceTags({ resource_id: created.id, body: requestExample('BatchCreateGcbResourceTags') });
    expect((await cc.listGcbResourceTags({ resource_id: created.id })).tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'owner', value: 'network-team' },
    ]);
  },
  async BatchDeleteGcbResourceTags() {
    const created = await make.globalConnectionBandwidth();
    await cc.batchCreateGcbResourceTags({ resource_id: created.id, body: requestExample('BatchCreateGcbResourceTags') });
    await cc.batchDeleteGcbResourceTags({ resource_id: created.id, body: requestExample('BatchDeleteGcbResourceTags') });
    expect((await cc.listGcbResourceTags({ resource_id: created.id })).tags).toEqual([{ key: 'env', value: 'prod' }]);
  },
  async CountGcbResourceByTag() {
    const before = (await cc.countGcbResourceByTag({ body: { tags: [{ key: 'count-me', values: [] }] } })).total_count;
    const created = await make.globalConnectionBandwidth();
    await cc.createGcbResourceTag({ resource_id: created.id, body: { tag: { key: 'count-me', value: '1' } } });
    expect([before, (await cc.countGcbResourceByTag({ body: { tags: [{ key: 'count-me', values: [] }] } })).total_count]).toEqual([0, 1]);
  },
  async ListGcbResourceByTag() {
    const created = await make.globalConnectionBandwidth('gcb-tms-filter');
    const result = await cc.listGcbResourceByTag({ limit: 10, offset: 0, body: { tags: [{ key: 'env', values: ['prod'] }], matches: [{ key: 'resource_name', value: 'tms-filter' }] } });
    expect(result).toMatchObject({ total_count: 1, resources: [{ resource_id: created.id, resource_name: 'gcb-tms-filter', tags: [{ key: 'env', value: 'prod' }] }] });
  },
  async ListGcbTenantTags() {
    await make.globalConnectionBandwidth();
    const result = await cc.listGcbTenantTags();
    expect(result.tags).toContainEqual({ key: 'env', values: ['prod'] });
    expect(result.total_count).toBe(result.tags?.length);
  },
};

describe('every operation in the spec answers its happy path through the generated client', () => {
  for (const { operationId } of specOperations) {
    it(operationId, async () => {
      const scenario = happyPaths[operationId];
      if (!scenario) expect.fail(`${operationId} has no happy-path scenario in test/emulator/operations.test.ts`);
      await scenario();
    });
  }

  it('has no scenario for an operation the spec does not hold', () => {
    const known = new Set(specOperations.map((op) => op.operationId));
    expect(Object.keys(happyPaths).filter((id) => !known.has(id))).toEqual([]);
  });

  it('got a 2xx answer from every operation, and every answer matched the spec', () => {
    const answered = emulator.recorder.succeeded();
    expect(specOperations.map((op) => op.operationId).filter((id) => !answered.has(id))).toEqual([]);
    expect(emulator.recorder.problems()).toEqual([]);
  });
});
