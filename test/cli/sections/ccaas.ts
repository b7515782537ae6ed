import { expect } from 'vitest';
import { WAIT, type Scenario, type Shell } from './shell.js';

/* Scenarios of the cloud connection (ccaas) sections. Each makes what it needs and removes it again. */

const PROJECT = '0605767f8a00d5762f2bc0197a4e6a5f';
const VPC_A = '3c9d2e1f-7a6b-4c5d-8e9f-0a1b2c3d4e5f';
const VPC_B = '4d0e3f2a-8b7c-4d6e-9f0a-1b2c3d4e5f60';

async function cloudConnection(sh: Shell, name: string): Promise<string> {
  return sh.ok<string>(['cloud-connections', 'create', '--name', name, '--query', 'cloud_connection.id']);
}

async function loadVpc(sh: Shell, cc: string, name: string, vpc: string, region: string, cidr: string): Promise<string> {
  const args = ['--name', name, '--instance-id', vpc, '--project-id', PROJECT, '--region-id', region, '--cloud-connection-id', cc, '--type', 'vpc', '--cidrs', cidr];
  return sh.ok<string>(['network-instances', 'create', ...args, '--query', 'network_instance.id']);
}

export const ccaas: Record<string, Scenario> = {
  async 'cloud-connections'(sh) {
    const created = await sh.ok(['cloud-connections', 'create', '--name', 'cli-a', ...WAIT]);
    expect(created.cloud_connection).toMatchObject({ name: 'cli-a', status: 'ACTIVE' });
    const ids = [created.cloud_connection.id as string, await cloudConnection(sh, 'cli-b'), await cloudConnection(sh, 'cli-c')];
    expect(await sh.ok(['cloud-connections', 'list', '--all', '--limit', '1', '--query', 'cloud_connections[].name'])).toEqual(['cli-a', 'cli-b', 'cli-c']);

    const updated = await sh.run(['UpdateCloudConnection', '--id', ids[0]!, '--name', 'renamed', '--description', 'from the CLI', '-o', 'yaml']);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toMatch(/^ {2}name: renamed$/m);
    expect(updated.stdout).toMatch(/^ {2}description: from the CLI$/m);

    expect(await sh.ok(['cloud-connections', 'tag', '--id', ids[0]!, '--tags', 'key=env,value=prod'])).toBeUndefined();
    expect(await sh.ok(['cloud-connections', 'show', '--id', ids[0]!, '--query', 'cloud_connection.tags'])).toEqual([{ key: 'env', value: 'prod' }]);
    expect(await sh.ok(['cloud-connections', 'list-by-tags', '--tags', '{"key":"env","values":["prod"]}', '--query', 'cloud_connections[].id'])).toEqual([ids[0]]);
    await sh.ok(['cloud-connections', 'untag', '--id', ids[0]!, '--tags', 'key=env,value=prod']);
    expect(await sh.ok(['cloud-connections', 'list-tags', '--all', '--query', 'tags'])).toEqual([]);

    const table = await sh.run(['cloud-connections', 'list', '--output', 'table']);
    expect(table.stdout.split('\n')[0]).toBe('ID                                    NAME     STATUS  CREATED_AT');
    expect(table.stdout).toContain('renamed');

    for (const id of ids) await sh.ok(['cloud-connections', 'delete', '--id', id, ...WAIT]);
    expect(await sh.ok(['cloud-connections', 'list', '--all', '--query', 'length(cloud_connections)'])).toBe(0);
  },

  async 'network-instances'(sh) {
    const cc = await cloudConnection(sh, 'ni-cc');
    const created = await sh.ok(['network-instances', 'create', '--name', 'vpc-a', '--instance-id', VPC_A, '--project-id', PROJECT, '--region-id', 'cn-north-4', '--cloud-connection-id', cc, '--type', 'vpc', '--cidrs', '192.168.0.0/16', '--cidrs', '10.1.0.0/16', ...WAIT]);
    expect(created.network_instance).toMatchObject({ name: 'vpc-a', status: 'ACTIVE', cloud_connection_id: cc, cidrs: ['192.168.0.0/16', '10.1.0.0/16'] });
    const other = await loadVpc(sh, cc, 'vpc-b', VPC_B, 'ap-southeast-3', '172.16.0.0/16');
    const query = `network_instances[?cloud_connection_id=='${cc}'].[name, region_id]`;
    expect(await sh.ok(['network-instances', 'list', '--all', '--limit', '1', '--query', query])).toEqual([['vpc-a', 'cn-north-4'], ['vpc-b', 'ap-southeast-3']]);
    expect(await sh.ok(['network-instances', 'list', '--all', '--region-id', 'ap-southeast-3', '--query', 'network_instances[].id'])).toEqual([other]);

    const updated = await sh.ok(['network-instances', 'update', '--id', created.network_instance.id, '--name', 'vpc-a2', '--cidrs', '192.168.0.0/16', '--query', 'network_instance.[name, cidrs]']);
    expect(updated).toEqual(['vpc-a2', ['192.168.0.0/16']]);

    const table = await sh.run(['network-instances', 'list', '--output', 'table']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID +NAME +STATUS +TYPE +REGION_ID +CLOUD_CONNECTION_ID$/);

    // A cloud connection with network instances loaded cannot be deleted: the API's 400 is exit code 3.
    const refused = await sh.run(['cloud-connections', 'delete', '--id', cc]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('error_code: CC.1032');
    for (const id of [created.network_instance.id, other]) await sh.ok(['network-instances', 'delete', '--id', id, ...WAIT]);
    await sh.ok(['cloud-connections', 'delete', '--id', cc]);
  },

  async 'bandwidth-packages'(sh) {
    const cc = await cloudConnection(sh, 'bwp-cc');
    const areas = ['--project-id', PROJECT, '--local-area-id', 'Chinese-Mainland', '--remote-area-id', 'Asia-Pacific', '--charge-mode', 'bandwidth', '--billing-mode', '3'];
    const created = await sh.ok(['bandwidth-packages', 'create', '--name', 'bwp-a', ...areas, '--bandwidth', '10', ...WAIT]);
    expect(created.bandwidth_package).toMatchObject({ name: 'bwp-a', status: 'ACTIVE', bandwidth: 10, spec_code: 'bandwidth.cmtoap', resource_id: '' });
    const id = created.bandwidth_package.id as string;
    await sh.ok(['bandwidth-packages', 'create', '--name', 'bwp-b', ...areas, '--bandwidth', '2']);
    expect(await sh.ok(['bandwidth-packages', 'list', '--all', '--limit', '1', '--query', 'bandwidth_packages[].[name, bandwidth]'])).toEqual([['bwp-a', 10], ['bwp-b', 2]]);

    expect(await sh.ok(['bandwidth-packages', 'update', '--id', id, '--bandwidth', '20', '--description', 'burst', '--query', 'bandwidth_package.[bandwidth, description]'])).toEqual([20, 'burst']);
    await sh.ok(['bandwidth-packages', 'tag', '--id', id, '--tags', 'key=team,value=net']);
    expect(await sh.ok(['bandwidth-packages', 'list-tags', '--all', '--query', 'tags[].key'])).toEqual(['team']);
    expect(await sh.ok(['bandwidth-packages', 'list-by-tags', '--tags', '{"key":"team","values":["net"]}', '--query', 'bandwidth_packages[].name'])).toEqual(['bwp-a']);

    expect(await sh.ok(['bandwidth-packages', 'associate', '--id', id, '--resource-id', cc, '--resource-type', 'cloud_connection', '--query', 'bandwidth_package.resource_id'])).toBe(cc);
    expect(await sh.ok(['bandwidth-packages', 'list', '--all', '--resource-id', cc, '--query', 'bandwidth_packages[].name'])).toEqual(['bwp-a']);
    await sh.ok(['bandwidth-packages', 'disassociate', '--id', id, '--resource-id', cc, '--resource-type', 'cloud_connection']);

    const table = await sh.run(['bandwidth-packages', 'list', '--output', 'table']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID +NAME +STATUS +LOCAL_AREA_ID +REMOTE_AREA_ID +BANDWIDTH$/);
    for (const name of ['bwp-a', 'bwp-b']) {
      const [pkg] = await sh.ok<string[]>(['bandwidth-packages', 'list', '--name', name, '--query', 'bandwidth_packages[].id']);
      await sh.ok(['bandwidth-packages', 'delete', '--id', pkg!, ...WAIT]);
    }
    await sh.ok(['cloud-connections', 'delete', '--id', cc]);
  },

  async 'inter-region-bandwidths'(sh) {
    const cc = await cloudConnection(sh, 'irb-cc');
    const pkg = await sh.ok<string>(['bandwidth-packages', 'create', '--name', 'irb-bwp', '--project-id', PROJECT, '--local-area-id', 'Chinese-Mainland', '--remote-area-id', 'Asia-Pacific', '--charge-mode', 'bandwidth', '--billing-mode', '3', '--bandwidth', '10', '--resource-id', cc, '--resource-type', 'cloud_connection', '--query', 'bandwidth_package.id']);
    const created = await sh.ok(['inter-region-bandwidths', 'create', '--cloud-connection-id', cc, '--bandwidth-package-id', pkg, '--bandwidth', '5', '--inter-region-ids', 'cn-north-4', '--inter-region-ids', 'ap-southeast-3']);
    const irb = created.inter_region_bandwidth;
    expect(irb).toMatchObject({ name: 'cn-north-4_ap-southeast-3', bandwidth: 5, cloud_connection_id: cc, bandwidth_package_id: pkg });
    expect(irb.inter_regions.map((r: { local_region_id: string }) => r.local_region_id)).toEqual(['cn-north-4', 'ap-southeast-3']);
    expect(await sh.ok(['inter-region-bandwidths', 'list', '--all', '--cloud-connection-id', cc, '--query', 'inter_region_bandwidths[].[id, bandwidth]'])).toEqual([[irb.id, 5]]);
    expect(await sh.ok(['inter-region-bandwidths', 'update', '--id', irb.id, '--bandwidth', '8', '--query', 'inter_region_bandwidth.bandwidth'])).toBe(8);
    // The package is in use: deleting it first is refused (exit 3), after the inter-region bandwidth it goes.
    expect((await sh.run(['bandwidth-packages', 'delete', '--id', pkg])).code).toBe(3);
    await sh.ok(['inter-region-bandwidths', 'delete', '--id', irb.id]);
    expect((await sh.run(['inter-region-bandwidths', 'show', '--id', irb.id])).code).toBe(3);
    await sh.ok(['bandwidth-packages', 'disassociate', '--id', pkg, '--resource-id', cc, '--resource-type', 'cloud_connection']);
    await sh.ok(['bandwidth-packages', 'delete', '--id', pkg]);
    await sh.ok(['cloud-connections', 'delete', '--id', cc]);
  },

  async 'cloud-connection-routes'(sh) {
    const cc = await cloudConnection(sh, 'routes-cc');
    const ni = await loadVpc(sh, cc, 'routes-vpc', VPC_A, 'cn-north-4', '192.168.0.0/16');
    const routes = await sh.ok(['cloud-connection-routes', 'list', '--all', '--cloud-connection-id', cc, '--query', 'cloud_connection_routes[].[destination, region_id, instance_id]']);
    expect(routes).toEqual([['192.168.0.0/16', 'cn-north-4', VPC_A]]);
    const [id] = await sh.ok<string[]>(['cloud-connection-routes', 'list', '--cloud-connection-id', cc, '--query', 'cloud_connection_routes[].id']);
    expect(await sh.ok(['cloud-connection-routes', 'show', '--id', id!, '--query', 'cloud_connection_route.destination'])).toBe('192.168.0.0/16');
    await sh.ok(['network-instances', 'delete', '--id', ni]);
    expect(await sh.ok(['cloud-connection-routes', 'list', '--all', '--cloud-connection-id', cc, '--query', 'cloud_connection_routes'])).toEqual([]);
    await sh.ok(['cloud-connections', 'delete', '--id', cc]);
  },

  async authorizations(sh) {
    const other = { cc: '4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f', domain: 'fedcba9876543210fedcba9876543210' };
    const created = await sh.ok(['authorizations', 'create', '--name', 'share-vpc', '--instance-id', VPC_A, '--project-id', PROJECT, '--region-id', 'cn-north-4', '--cloud-connection-id', other.cc, '--instance-type', 'vpc', '--cloud-connection-domain-id', other.domain]);
    expect(created.authorisation).toMatchObject({ name: 'share-vpc', status: 'ACTIVE', cloud_connection_domain_id: other.domain, is_loaded_by_cloud_connection: false });
    const id = created.authorisation.id as string;
    expect(await sh.ok(['authorizations', 'list', '--all', '--query', "authorisations[?name=='share-vpc'].instance_id"])).toEqual([VPC_A]);
    expect(await sh.ok(['authorizations', 'update', '--id', id, '--name', 'share-vpc-2', '--description', 'partner', '--query', 'authorisation.[name, description]'])).toEqual(['share-vpc-2', 'partner']);
    // Permissions (what other accounts authorised this one to load) are a read-only catalogue: the spec's example.
    expect(await sh.ok(['authorizations', 'list-permissions', '--all', '--query', 'permissions[].[name, instance_domain_id]'])).toEqual([['share-vpc-hq-with-us', 'fedcba9876543210fedcba9876543210']]);
    await sh.ok(['authorizations', 'delete', '--id', id]);
    expect(await sh.ok(['authorizations', 'list', '--all', '--query', 'authorisations[].id'])).toEqual([]);
  },

  async 'cloud-connection-quotas'(sh) {
    const query = ['--query', "quotas[?quota_type=='cloud_connection'] | [0].[quota_number, quota_used]"];
    const [limit, used] = await sh.ok<[number, number]>(['cloud-connection-quotas', 'list', '--all', '--quota-type', 'cloud_connection', ...query]);
    expect(limit).toBe(10);
    const cc = await cloudConnection(sh, 'quota-cc');
    expect(await sh.ok(['cloud-connection-quotas', 'list', '--all', '--quota-type', 'cloud_connection', ...query])).toEqual([10, used + 1]);
    await sh.ok(['cloud-connections', 'delete', '--id', cc]);
    expect(await sh.ok(['cloud-connection-quotas', 'list', '--all', '--quota-type', 'cloud_connection', ...query])).toEqual([10, used]);
  },

  async 'cloud-connection-capabilities'(sh) {
    const capabilities = await sh.ok<string[]>(['cloud-connection-capabilities', 'list', '--all', '--query', 'capabilities[].resource_type']);
    expect(capabilities.length).toBeGreaterThan(0);
    expect(capabilities.every((type) => typeof type === 'string' && type !== '')).toBe(true);
  },

  async specifications(sh) {
    const regions = await sh.ok<string[]>(['specifications', 'list-regions', '--all', '--limit', '1', '--query', 'regions[].id']);
    expect(regions).toContain('cn-north-4');
    expect(await sh.ok(['specifications', 'list-areas', '--all', '--query', 'areas[].id'])).toEqual(['Chinese-Mainland', 'Asia-Pacific']);
    const specs = await sh.ok(['specifications', 'list-area-bandwidth-package-specifications', '--all', '--local-area-id', 'Chinese-Mainland', '--remote-area-id', 'Asia-Pacific', '--query', 'area_specifications[].spec_codes[].spec_code']);
    expect(specs).toEqual(['bandwidth.cmtoap']);
  },

  async 'historical-apis-tag'(sh) {
    const cc = await cloudConnection(sh, 'tagged-cc');
    const target = ['--resource-type', 'cloud-connection', '--resource-id', cc];
    await sh.ok(['historical-apis-tag', 'create-tag', ...target, '--key', 'cost-centre', '--value', 'cc-4711']);
    await sh.ok(['historical-apis-tag', 'batch-create-delete-tags', ...target, '--action', 'create', '--tags', 'key=env,value=prod']);
    expect(await sh.ok(['historical-apis-tag', 'list-tags', ...target, '--all', '--query', 'tags[].[key, value]'])).toEqual([['cost-centre', 'cc-4711'], ['env', 'prod']]);
    expect(await sh.ok(['historical-apis-tag', 'list-domain-tags', '--resource-type', 'cloud-connection', '--query', 'tags[].key'])).toEqual(['cost-centre', 'env']);
    expect(await sh.ok(['historical-apis-tag', 'list-resource-by-filter-tag', '--resource-type', 'cloud-connection', '--action', 'filter', '--tags', '{"key":"env","values":["prod"]}', '--query', 'resources[].resource_id'])).toEqual([cc]);
    await sh.ok(['historical-apis-tag', 'delete-tag', ...target, '--tag-key', 'cost-centre']);
    expect(await sh.ok(['historical-apis-tag', 'list-tags', ...target, '--all', '--query', 'tags[].key'])).toEqual(['env']);
    await sh.ok(['cloud-connections', 'delete', '--id', cc]);
  },
};
