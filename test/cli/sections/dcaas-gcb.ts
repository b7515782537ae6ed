import { expect } from 'vitest';
import { WAIT, type Scenario, type Shell } from './shell.js';

/* Scenarios of the site network (dcaas) and global connection bandwidth (gcb) sections. */

const SITES = [
  { region_id: 'cn-north-4', project_id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', gateway_type: 'GDGW', gateway_id: '3f2e1d0c-9b8a-4765-a432-10fedcba9876' },
  { region_id: 'cn-east-3', project_id: '1b2c3d4e5f60718293a4b5c6d7e8f90a', gateway_type: 'GDGW', gateway_id: '4a3b2c1d-0e9f-4876-b543-21fedcba0987' },
];
const SITE_FLAGS = SITES.flatMap((site) => ['--sites', JSON.stringify(site)]);

async function bandwidth(sh: Shell, name: string, size: number): Promise<string> {
  return sh.ok<string>(['global-connection-bandwidths', 'create', '--name', name, '--bordercross', 'false', '--type', 'Region', '--charge-mode', 'bwd', '--size', String(size), '--query', 'globalconnection_bandwidth.id']);
}

/** The one site-to-site connection of a point-to-point site network, as the site network reports it. */
async function connectionOf(sh: Shell, network: string): Promise<{ id: string; is_bind_bandwidth: boolean; global_connection_bandwidth_id?: string; bandwidth_size?: number; state: string }> {
  const [connection] = await sh.ok(['site-network', 'show', '--site-network-id', network, '--query', 'site_network.connections']);
  return connection;
}

export const dcaasGcb: Record<string, Scenario> = {
  async 'site-network'(sh) {
    const created = await sh.ok(['site-network', 'create-p2p-site-network', '--name', 'sn-bj-sh', ...SITE_FLAGS, ...WAIT]);
    const network = created.site_network;
    expect(network).toMatchObject({ name: 'sn-bj-sh', state: 'AVAILABLE', topology: 'p2p' });
    expect(network.sites.map((site: { site_code: string }) => site.site_code)).toEqual(['cn-north-4', 'cn-east-3']);
    expect(await sh.ok(['site-network', 'list', '--all', '--limit', '1', '--query', "site_networks[?name=='sn-bj-sh'].[state, length(connections)]"])).toEqual([['AVAILABLE', 1]]);
    expect(await sh.ok(['site-network', 'update', '--site-network-id', network.id, '--name', 'sn-renamed', '--description', 'branches', ...WAIT, '--query', 'site_network.[name, description]'])).toEqual(['sn-renamed', 'branches']);
    const deleted = await sh.ok(['site-network', 'delete', '--site-network-id', network.id, ...WAIT]);
    expect(deleted.site_network).toMatchObject({ id: network.id, state: 'DELETING' });
    expect((await sh.run(['site-network', 'show', '--site-network-id', network.id])).code).toBe(3);
  },

  async 'site-to-site-connection'(sh) {
    const [small, large] = [await bandwidth(sh, 'gcb-site-small', 50), await bandwidth(sh, 'gcb-site-large', 200)];
    const network = await sh.ok<string>(['site-network', 'create-p2p-site-network', '--name', 'sn-s2s', ...SITE_FLAGS, ...WAIT, '--query', 'site_network.id']);
    const { id } = await connectionOf(sh, network);
    const target = ['--site-network-id', network, '--site-connection-id', id];
    // Each of these answers 202 with the connection UPDATING; --wait polls the site network until the connection is
    // AVAILABLE again, so the next step never meets it mid-change.
    await sh.ok(['site-to-site-connection', 'associate-site-network-bandwidth', ...target, '--global-connection-bandwidth-id', small, '--bandwidth-size', '10', ...WAIT]);
    expect(await connectionOf(sh, network)).toMatchObject({ is_bind_bandwidth: true, global_connection_bandwidth_id: small, bandwidth_size: 10, state: 'AVAILABLE' });
    // More than the bandwidth holds is refused by the API (exit 3), naming both sizes.
    const tooBig = await sh.run(['site-to-site-connection', 'update-site-network-bandwidth-size', ...target, '--bandwidth-size', '80']);
    expect(tooBig.code).toBe(3);
    expect(tooBig.stderr).toContain('bandwidth_size 80 exceeds the 50 Mbit/s');
    await sh.ok(['site-to-site-connection', 'update-site-network-bandwidth-size', ...target, '--bandwidth-size', '40', ...WAIT]);
    expect(await connectionOf(sh, network)).toMatchObject({ bandwidth_size: 40, state: 'AVAILABLE' });
    await sh.ok(['site-to-site-connection', 'update-site-network-bandwidth', ...target, '--global-connection-bandwidth-id', large, '--bandwidth-size', '150', ...WAIT]);
    expect(await connectionOf(sh, network)).toMatchObject({ global_connection_bandwidth_id: large, bandwidth_size: 150, state: 'AVAILABLE' });
    await sh.ok(['site-to-site-connection', 'disassociate-site-network-bandwidth', ...target, ...WAIT]);
    expect(await connectionOf(sh, network)).toMatchObject({ is_bind_bandwidth: false, state: 'AVAILABLE' });
    await sh.ok(['site-network', 'delete', '--site-network-id', network, ...WAIT]);
    for (const gcb of [small, large]) await sh.ok(['global-connection-bandwidths', 'delete', '--id', gcb]);
  },

  async 'site-network-quotas'(sh) {
    const query = ['--query', "quotas[?quota_key=='site_networks_per_account'] | [0].[quota_limit, used]"];
    const [limit, used] = await sh.ok<[number, number]>(['site-network-quotas', 'list', '--all', ...query]);
    expect(limit).toBe(10);
    const network = await sh.ok<string>(['site-network', 'create-p2p-site-network', '--name', 'sn-quota', ...SITE_FLAGS, '--query', 'site_network.id']);
    expect(await sh.ok(['site-network-quotas', 'list', '--all', '--quota-type', 'site_networks_per_account', ...query])).toEqual([10, used + 1]);
    await sh.ok(['site-network', 'delete', '--site-network-id', network, ...WAIT]);
  },

  async 'site-network-capabilities'(sh) {
    const all = await sh.ok<string[]>(['site-network-capabilities', 'list', '--all', '--limit', '1', '--query', 'capabilities[].specification']);
    expect(all).toEqual(['site-network.is-support', 'site-network.support-topologies', 'site-connection-bandwidth.size-range']);
    expect(await sh.ok(['site-network-capabilities', 'list', '--all', '--specification', 'site-network.is-support', '--query', 'capabilities[].is_support'])).toEqual([true]);
  },

  async 'global-connection-bandwidths'(sh) {
    const created = await sh.ok(['global-connection-bandwidths', 'create', '--name', 'gcb-cli', '--bordercross', 'false', '--type', 'Region', '--charge-mode', 'bwd', '--size', '100', '--tags', 'key=env,value=prod']);
    const gcb = created.globalconnection_bandwidth;
    expect(gcb).toMatchObject({ name: 'gcb-cli', size: 100, type: 'Region', charge_mode: 'bwd', tags: [{ key: 'env', value: 'prod' }] });
    const second = await bandwidth(sh, 'gcb-cli-2', 20);
    expect(await sh.ok(['global-connection-bandwidths', 'list', '--all', '--limit', '1', '--query', "globalconnection_bandwidths[?starts_with(name, 'gcb-cli')].[name, size]"])).toEqual([['gcb-cli', 100], ['gcb-cli-2', 20]]);
    expect(await sh.ok(['global-connection-bandwidths', 'update', '--id', gcb.id, '--name', 'gcb-cli-renamed', '--size', '300', '--query', 'globalconnection_bandwidth.[name, size]'])).toEqual(['gcb-cli-renamed', 300]);
    const table = await sh.run(['global-connection-bandwidths', 'list', '--output', 'table']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID +NAME +TYPE +SIZE +CREATED_AT$/);
    for (const id of [gcb.id, second]) await sh.ok(['global-connection-bandwidths', 'delete', '--id', id]);
    expect((await sh.run(['global-connection-bandwidths', 'show', '--id', second])).code).toBe(3);
  },

  // Huawei takes these only with an IAM token: the Shell's environment has the demo token (see credentials.test.ts).
  async 'global-connection-bandwidth-tag'(sh) {
    const gcb = await bandwidth(sh, 'gcb-tagged', 10);
    await sh.ok(['global-connection-bandwidth-tag', 'create-gcb-resource-tag', '--resource-id', gcb, '--key', 'cost-centre', '--value', 'cc-4711']);
    await sh.ok(['global-connection-bandwidth-tag', 'batch-create-gcb-resource-tags', '--resource-id', gcb, '--tags', 'key=env,value=prod', '--tags', 'key=owner,value=net']);
    expect(await sh.ok(['global-connection-bandwidth-tag', 'list-gcb-resource-tags', '--resource-id', gcb, '--all', '--query', 'tags[].key'])).toEqual(['cost-centre', 'env', 'owner']);
    expect(await sh.ok(['global-connection-bandwidth-tag', 'list-gcb-resource-by-tag', '--all', '--tags', '{"key":"env","values":["prod"]}', '--query', 'resources[].resource_id'])).toEqual([gcb]);
    expect(await sh.ok(['global-connection-bandwidth-tag', 'count-gcb-resource-by-tag', '--tags', '{"key":"env","values":["prod"]}', '--query', 'total_count'])).toBe(1);
    await sh.ok(['global-connection-bandwidth-tag', 'delete-gcb-resource-tag', '--resource-id', gcb, '--tag-key', 'cost-centre']);
    await sh.ok(['global-connection-bandwidth-tag', 'batch-delete-gcb-resource-tags', '--resource-id', gcb, '--tags', 'key=owner,value=net']);
    expect(await sh.ok(['global-connection-bandwidth-tag', 'list-gcb-tenant-tags', '--all', '--query', 'tags[].key'])).toEqual(['env']);
    await sh.ok(['global-connection-bandwidths', 'delete', '--id', gcb]);
  },
};
