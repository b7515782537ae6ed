import { expect } from 'vitest';
import { WAIT, type Scenario, type Shell } from './shell.js';

/* Scenarios of the central network (gcn) sections. Each makes what it needs and removes it again. */

const ER_BEIJING = { enterprise_router_id: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a', project_id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', region_id: 'cn-north-4' };
const ER_SINGAPORE = { enterprise_router_id: '7a6b5c4d-3e2f-4a1b-9c0d-e1f2a3b4c5d6', project_id: '9f8e7d6c5b4a39281706f5e4d3c2b1a0', region_id: 'ap-southeast-3' };
const ROUTER_ARGS = ['--enterprise-router-id', ER_BEIJING.enterprise_router_id, '--enterprise-router-project-id', ER_BEIJING.project_id, '--enterprise-router-region-id', ER_BEIJING.region_id];

/** A policy document with one plane joining the given enterprise routers. */
const document = (routers: (typeof ER_BEIJING)[], plane = 'default-plane') => ({ default_plane: plane, planes: [{ name: plane }], er_instances: routers });

/** A central network, waited for until AVAILABLE; with routers, its first policy joins them. */
async function network(sh: Shell, name: string, routers: (typeof ER_BEIJING)[] = []): Promise<string> {
  const policy = routers.length === 0 ? [] : ['--body-json', sh.body(name, { central_network: { name, policy_document: document(routers) } })];
  return sh.ok<string>(['central-networks', 'create', '--name', name, ...policy, ...WAIT, '--query', 'central_network.id']);
}

async function removeNetwork(sh: Shell, id: string): Promise<void> {
  await sh.ok(['central-networks', 'delete', '--central-network-id', id, ...WAIT]);
  expect((await sh.run(['central-networks', 'show', '--central-network-id', id])).code).toBe(3);
}

export const gcn: Record<string, Scenario> = {
  async 'central-networks'(sh) {
    const created = await sh.ok(['central-networks', 'create', '--name', 'gcn-cli', ...WAIT]);
    const net = created.central_network;
    expect(net).toMatchObject({ name: 'gcn-cli', state: 'AVAILABLE' });
    expect(await sh.ok(['central-networks', 'list', '--all', '--query', "central_networks[?name=='gcn-cli'].state"])).toEqual(['AVAILABLE']);
    expect(await sh.ok(['central-networks', 'update', '--central-network-id', net.id, '--description', 'edited', '--query', 'central_network.description'])).toBe('edited');
    await sh.ok(['central-networks', 'tag', '--central-network-id', net.id, '--tags', 'key=team,value=net', '--tags', '{"key":"tier","value":"1"}']);
    expect(await sh.ok(['central-networks', 'show', '--central-network-id', net.id, '--query', 'central_network.tags[].key'])).toEqual(['team', 'tier']);
    expect(await sh.ok(['central-networks', 'list-by-tags', '--all', '--tags', '{"key":"tier","values":["1"]}', '--query', 'central_networks[].name'])).toEqual(['gcn-cli']);
    await sh.ok(['central-networks', 'untag', '--central-network-id', net.id, '--tags', 'key=team,value=net']);
    expect(await sh.ok(['central-networks', 'list-tags', '--all', '--query', 'tags[].key'])).toEqual(['tier']);
    const deleted = await sh.run(['central-networks', 'delete', '--central-network-id', net.id, ...WAIT]);
    // stdout holds the delete's own answer (202, the network as it started DELETING); the progress is on stderr.
    expect(JSON.parse(deleted.stdout).central_network).toMatchObject({ id: net.id, state: 'DELETING' });
    expect(deleted.stderr).toMatch(/^waiting for ShowCentralNetwork \(deleted\) …\ndone after \d+\.\d s: the resource is gone\.\n$/);
    expect((await sh.run(['central-networks', 'show', '--central-network-id', net.id])).code).toBe(3);
  },

  async 'central-network-policies'(sh) {
    const id = await network(sh, 'gcn-policies', [ER_BEIJING]);
    const next = document([ER_BEIJING, ER_SINGAPORE]);
    const created = await sh.ok(['central-network-policies', 'create', '--central-network-id', id, '--default-plane', next.default_plane, '--planes', JSON.stringify(next.planes[0]), '--er-instances', JSON.stringify(ER_BEIJING), '--er-instances', JSON.stringify(ER_SINGAPORE)]);
    const policy = created.central_network_policy;
    expect(policy).toMatchObject({ version: 2, is_applied: false });
    expect(await sh.ok(['central-network-policies', 'list', '--all', '--limit', '1', '--central-network-id', id, '--query', 'central_network_policies[].[version, is_applied]'])).toEqual([[1, true], [2, false]]);
    const changes = await sh.ok(['central-network-policies', 'list-change-set', '--central-network-id', id, '--policy-id', policy.id, '--query', 'central_network_policy_change_set[].operation_id']);
    expect(changes.length).toBeGreaterThan(0);
    // Applying answers 202 with the policy APPLYING; --wait polls the list of policies until it is AVAILABLE.
    const applied = await sh.run(['central-network-policies', 'apply', '--central-network-id', id, '--policy-id', policy.id, ...WAIT]);
    expect(applied.stderr).toMatch(new RegExp(`^waiting for ListCentralNetworkPolicies central_network_policies ${policy.id} \\(AVAILABLE\\) …\n`));
    expect(await sh.ok(['central-network-policies', 'list', '--all', '--central-network-id', id, '--is-applied', 'true', '--query', 'central_network_policies[].[version, state]'])).toEqual([[2, 'AVAILABLE']]);
    expect(await sh.ok(['central-networks', 'show', '--central-network-id', id, '--query', 'central_network.er_instances[].region_id'])).toEqual(['cn-north-4', 'ap-southeast-3']);
    const [first] = await sh.ok<string[]>(['central-network-policies', 'list', '--central-network-id', id, '--version', '1', '--query', 'central_network_policies[].id']);
    await sh.ok(['central-network-policies', 'delete', '--central-network-id', id, '--policy-id', first!]);
    expect(await sh.ok(['central-network-policies', 'list', '--all', '--central-network-id', id, '--query', 'central_network_policies[].version'])).toEqual([2]);
    await removeNetwork(sh, id);
  },

  async 'central-network-attachments'(sh) {
    const id = await network(sh, 'gcn-attachments', [ER_BEIJING]);
    const gdgw = await sh.ok(['central-network-attachments', 'create-gdgw-attachment', '--central-network-id', id, '--name', 'gdgw-bj', ...ROUTER_ARGS, '--global-dc-gateway-id', 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', '--global-dc-gateway-project-id', ER_BEIJING.project_id, '--global-dc-gateway-region-id', 'cn-north-4', ...WAIT]);
    expect(gdgw.central_network_gdgw_attachment).toMatchObject({ name: 'gdgw-bj', state: 'AVAILABLE' });
    const plane = gdgw.central_network_gdgw_attachment.central_network_plane_id as string;
    const ert = await sh.ok(['central-network-attachments', 'create-er-route-table-attachment', '--central-network-id', id, '--name', 'ert-sg', ...ROUTER_ARGS, '--central-network-plane-id', plane, '--enterprise-router-table-id', '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', '--attached-er-table-project-id', ER_SINGAPORE.project_id, '--attached-er-table-region-id', 'ap-southeast-3', '--attached-er-id', 'd4e5f6a7-b8c9-4d0e-9f1a-3b4c5d6e7f8a', '--attached-er-table-id', 'e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8a9b', '--hosted-cloud', 'HWCloud', ...WAIT]);
    expect(ert.central_network_er_route_table_attachment).toMatchObject({ name: 'ert-sg', state: 'AVAILABLE', attached_er_table_site_code: 'ap-southeast-3' });
    expect(await sh.ok(['central-network-attachments', 'list', '--all', '--limit', '1', '--central-network-id', id, '--query', 'central_network_attachments[].[name, attachment_instance_type]'])).toEqual([['gdgw-bj', 'GDGW'], ['ert-sg', 'ER_ROUTE_TABLE']]);
    const gdgwId = gdgw.central_network_gdgw_attachment.id as string;
    expect(await sh.ok(['central-network-attachments', 'update-gdgw-attachment', '--central-network-id', id, '--gdgw-attachment-id', gdgwId, '--name', 'gdgw-bj-2', ...WAIT, '--query', 'central_network_gdgw_attachment.name'])).toBe('gdgw-bj-2');
    expect(await sh.ok(['central-network-attachments', 'list-gdgw-attachments', '--all', '--central-network-id', id, '--query', 'central_network_gdgw_attachments[].name'])).toEqual(['gdgw-bj-2']);
    // Deleting an attachment answers 202 (DELETING); --wait polls the attachments until it is no longer listed.
    await sh.ok(['central-network-attachments', 'delete', '--central-network-id', id, '--attachment-id', gdgwId, ...WAIT]);
    expect(await sh.ok(['central-network-attachments', 'list', '--all', '--central-network-id', id, '--query', 'central_network_attachments[].name'])).toEqual(['ert-sg']);
    await sh.ok(['central-network-attachments', 'delete', '--central-network-id', id, '--attachment-id', ert.central_network_er_route_table_attachment.id, ...WAIT]);
    expect(await sh.ok(['central-network-attachments', 'list', '--all', '--central-network-id', id, '--query', 'central_network_attachments'])).toEqual([]);
    await removeNetwork(sh, id);
  },

  async 'central-network-connections'(sh) {
    const gcb = await sh.ok<string>(['global-connection-bandwidths', 'create', '--name', 'gcb-for-gcn', '--bordercross', 'false', '--type', 'Region', '--charge-mode', 'bwd', '--size', '50', '--query', 'globalconnection_bandwidth.id']);
    const id = await network(sh, 'gcn-connections', [ER_BEIJING, ER_SINGAPORE]);
    const connections = await sh.ok(['central-network-connections', 'list', '--all', '--central-network-id', id, '--query', 'central_network_connections[].[connection_type, state, bandwidth_type]']);
    expect(connections).toEqual([['ER-ER', 'AVAILABLE', 'TestBandwidth']]);
    const [connection] = await sh.ok<string[]>(['central-network-connections', 'list', '--central-network-id', id, '--query', 'central_network_connections[].id']);
    // The update answers 202 (UPDATING); --wait polls the network's connections until this one is AVAILABLE again.
    await sh.ok(['central-network-connections', 'update', '--central-network-id', id, '--connection-id', connection!, '--bandwidth-type', 'BandwidthPackage', '--global-connection-bandwidth-id', gcb, '--bandwidth-size', '20', ...WAIT]);
    expect(await sh.ok(['central-network-connections', 'list', '--all', '--central-network-id', id, '--global-connection-bandwidth-id', gcb, '--query', 'central_network_connections[].[bandwidth_type, bandwidth_size, state]'])).toEqual([['BandwidthPackage', 20, 'AVAILABLE']]);
    await removeNetwork(sh, id);
    await sh.ok(['global-connection-bandwidths', 'delete', '--id', gcb]);
  },

  async 'central-network-quotas'(sh) {
    const query = ['--query', "quotas[?quota_key=='central_networks_per_account'] | [0].[quota_limit, used]"];
    const [limit, used] = await sh.ok<[number, number]>(['central-network-quotas', 'list', '--all', ...query]);
    expect(limit).toBe(5);
    const id = await network(sh, 'gcn-quota');
    expect(await sh.ok(['central-network-quotas', 'list', '--all', '--quota-type', 'central_networks_per_account', ...query])).toEqual([5, used + 1]);
    await removeNetwork(sh, id);
  },

  async 'central-network-capabilities'(sh) {
    expect(await sh.ok(['central-network-capabilities', 'list', '--all', '--query', 'capabilities[].capability'])).toEqual(['central-network.is-support', 'central-network.is-support-tag']);
    expect(await sh.ok(['central-network-capabilities', 'list', '--all', '--capability', 'central-network.is-support-tag', '--query', 'capabilities[].capability'])).toEqual(['central-network.is-support-tag']);
  },
};
