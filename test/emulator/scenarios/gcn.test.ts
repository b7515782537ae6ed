import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestExample, UUID } from '../support/harness.js';
import { startTestEmulator } from '../support/harness.js';
import { refusal, settle, twoAccounts, type Scenario } from './support.js';

/*
 * Central networks: planes, ER instances and connections come from the applied policy and the attachments; every
 * child is reachable only under its own network (issue 13: scoped collections, derived state, 202 transitions).
 */

let s: Scenario;
beforeAll(async () => {
  s = await twoAccounts();
});
afterAll(async () => s.close());

/** The policy document the fixture's networks are created with (one plane, two routers). */
const document = () => requestExample('CreateCentralNetwork').central_network.policy_document!;
const GUANGZHOU = { enterprise_router_id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', project_id: '1b2c3d4e5f60718293a4b5c6d7e8f90a', region_id: 'cn-south-1' };

describe('gcn: central networks built from policies', () => {
  it('a network created with a policy document shows its planes, ER instances and connection, and moves CREATING → AVAILABLE', async () => {
    const { alice } = s;
    const { central_network: network } = await s.make.centralNetwork('gcn-a').then((n) => ({ central_network: n }));
    expect(network.state).toBe('CREATING');
    expect(network.planes).toEqual([{ id: network.default_plane_id, name: 'default-plane', associate_er_tables: document().planes[0]!.associate_er_tables }]);
    expect(network.default_plane_id).toMatch(UUID);
    expect(network.default_plane_id).not.toBe('0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e');
    expect(network.er_instances?.map((er) => [er.enterprise_router_id, er.region_id, er.site_code])).toEqual([
      ['4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a', 'cn-north-4', 'cn-north-4'],
      ['7a6b5c4d-3e2f-4a1b-9c0d-e1f2a3b4c5d6', 'ap-southeast-3', 'ap-southeast-3'],
    ]);
    expect(network.er_instances?.every((er) => UUID.test(er.id) && er.asn >= 64512)).toBe(true);
    expect(network.connections?.map((c) => [c.connection_type, c.plane_id, c.state])).toEqual([['ER-ER', network.default_plane_id, 'AVAILABLE']]);
    expect((await alice.listCentralNetworkPolicies({ central_network_id: network.id })).central_network_policies.map((p) => [p.version, p.is_applied])).toEqual([[1, true]]);
    await settle();
    expect((await alice.showCentralNetwork({ central_network_id: network.id })).central_network.state).toBe('AVAILABLE');
  });

  it('a network without a policy has only its default plane, and no connections of any other network', async () => {
    const { alice } = s;
    const { central_network: bare } = await alice.createCentralNetwork({ body: { central_network: { name: 'gcn-bare' } } });
    expect([bare.planes, bare.er_instances, bare.connections]).toEqual([[{ id: bare.default_plane_id, name: 'default-plane' }], [], []]);
    expect((await alice.listCentralNetworkConnections({ central_network_id: bare.id })).central_network_connections).toEqual([]);
    expect((await alice.listCentralNetworkPolicies({ central_network_id: bare.id })).central_network_policies).toEqual([]);
  });

  it('applying a policy version moves APPLYING → AVAILABLE, answers its change set, and rebuilds the connections', async () => {
    const { alice } = s;
    const network = await s.make.centralNetwork('gcn-apply');
    const wider = { ...document(), er_instances: [...document().er_instances!, GUANGZHOU] };
    const { central_network_policy: v2 } = await alice.createCentralNetworkPolicy({ central_network_id: network.id, body: { central_network_policy_document: wider } });
    const planned = (await alice.listCentralNetworkPolicyChangeSet({ central_network_id: network.id, policy_id: v2.id })).central_network_policy_change_set;
    expect(planned).toEqual([
      { operation_id: 'CreateCentralNetworkErInstance' },
      { operation_id: 'CreateCentralNetworkErConnection' },
      { operation_id: 'CreateCentralNetworkErConnection' },
    ]);
    const applying = await alice.applyCentralNetworkPolicy({ central_network_id: network.id, policy_id: v2.id });
    expect(applying.central_network_policy).toMatchObject({ id: v2.id, state: 'APPLYING', is_applied: true });
    expect(applying.central_network_policy_change_set).toEqual(planned);
    const policies = async () => (await alice.listCentralNetworkPolicies({ central_network_id: network.id })).central_network_policies.map((p) => [p.version, p.is_applied, p.state]);
    expect(await policies()).toEqual([
      [1, false, 'AVAILABLE'],
      [2, true, 'APPLYING'],
    ]);
    // A policy being applied cannot be deleted.
    expect(await refusal(() => alice.deleteCentralNetworkPolicy({ central_network_id: network.id, policy_id: v2.id }))).toBe('409 CC.1409');
    await settle();
    expect((await policies())[1]).toEqual([2, true, 'AVAILABLE']);
    const connections = (await alice.listCentralNetworkConnections({ central_network_id: network.id })).central_network_connections;
    expect(connections.map((c) => c.name)).toEqual(['er-er-cn-north-4-ap-southeast-3', 'er-er-cn-north-4-cn-south-1', 'er-er-ap-southeast-3-cn-south-1']);
    expect((await alice.showCentralNetwork({ central_network_id: network.id })).central_network.er_instances).toHaveLength(3);
    // The applied version changes nothing; the old one would take the third router away again.
    expect((await alice.listCentralNetworkPolicyChangeSet({ central_network_id: network.id, policy_id: v2.id })).central_network_policy_change_set).toEqual([]);
    const v1 = (await alice.listCentralNetworkPolicies({ central_network_id: network.id, is_applied: false })).central_network_policies[0]!;
    expect((await alice.listCentralNetworkPolicyChangeSet({ central_network_id: network.id, policy_id: v1.id })).central_network_policy_change_set.map((c) => c.operation_id)).toEqual([
      'DeleteCentralNetworkErInstance',
      'DeleteCentralNetworkErConnection',
      'DeleteCentralNetworkErConnection',
    ]);
    // A plane id of another network is refused.
    const foreignPlane = { ...requestExample('CreateCentralNetworkGdgwAttachment').central_network_gdgw_attachment, name: 'gdgw-foreign-plane', central_network_plane_id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' };
    expect(await refusal(() => alice.createCentralNetworkGdgwAttachment({ central_network_id: network.id, body: { central_network_gdgw_attachment: foreignPlane } }))).toBe('400 CC.1001');
    // One enterprise router per region.
    const twoInOneRegion = { ...document(), er_instances: [...document().er_instances!, { ...GUANGZHOU, region_id: 'cn-north-4' }] };
    expect(await refusal(() => alice.createCentralNetworkPolicy({ central_network_id: network.id, body: { central_network_policy_document: twoInOneRegion } }))).toBe('400 CC.1001');
  });

  it("an attachment gets its own connection, whose bandwidth it reports; it is CREATING → AVAILABLE, DELETING → gone", async () => {
    const { alice } = s;
    const network = await s.make.centralNetwork('gcn-attach');
    const attachment = await s.make.gdgwAttachment(network.id);
    expect(attachment).toMatchObject({ state: 'CREATING', central_network_plane_id: network.default_plane_id, bandwidth_type: 'TestBandwidth', is_frozen: false });
    expect([attachment.enterprise_router_site_code, attachment.global_dc_gateway_site_code]).toEqual([attachment.enterprise_router_region_id, attachment.global_dc_gateway_region_id]);
    const listed = (await alice.listCentralNetworkAttachments({ central_network_id: network.id })).central_network_attachments;
    expect(listed.map((a) => [a.id, a.attachment_instance_type, a.attachment_instance_id, a.attachment_instance_site_code])).toEqual([
      [attachment.id, 'GDGW', attachment.global_dc_gateway_id, attachment.global_dc_gateway_region_id],
    ]);
    await settle();
    const connections = (await alice.listCentralNetworkConnections({ central_network_id: network.id })).central_network_connections;
    expect(connections.map((c) => [c.connection_type, c.state])).toEqual([
      ['ER-ER', 'AVAILABLE'],
      ['ER-GDGW', 'AVAILABLE'],
    ]);
    const gdgwConnection = connections[1]!;
    const bandwidth = await s.make.globalConnectionBandwidth('gcb-for-gcn');
    const updating = await alice.updateCentralNetworkConnection({
      central_network_id: network.id,
      connection_id: gdgwConnection.id,
      body: { central_network_connection: { bandwidth_type: 'BandwidthPackage', global_connection_bandwidth_id: bandwidth.id, bandwidth_size: 50 } },
    });
    expect(updating.central_network_connection.state).toBe('UPDATING');
    await settle();
    const shown = (await alice.showCentralNetworkGdgwAttachment({ central_network_id: network.id, gdgw_attachment_id: attachment.id })).central_network_gdgw_attachment;
    expect([shown.state, shown.bandwidth_type, shown.bandwidth_size, shown.global_connection_bandwidth_id]).toEqual(['AVAILABLE', 'BandwidthPackage', 50, bandwidth.id]);
    expect((await alice.showGlobalConnectionBandwidth({ id: bandwidth.id })).globalconnection_bandwidth.instances).toEqual([{ id: gdgwConnection.id, type: 'GCN', region_id: 'global' }]);
    const deleting = await alice.deleteCentralNetworkAttachment({ central_network_id: network.id, attachment_id: attachment.id });
    expect(deleting.central_network_attachment?.state).toBe('DELETING');
    await settle();
    expect((await alice.listCentralNetworkAttachments({ central_network_id: network.id })).central_network_attachments).toEqual([]);
    expect((await alice.listCentralNetworkConnections({ central_network_id: network.id })).central_network_connections.map((c) => c.connection_type)).toEqual(['ER-ER']);
  });

  it("a network's children are 404 under another network and in another account", async () => {
    const { alice, bob } = s;
    const a = await s.make.centralNetwork('gcn-parent-a');
    const b = await s.make.centralNetwork('gcn-parent-b');
    const policy = await s.make.policy(a.id);
    const attachment = await s.make.erAttachment(a.id);
    const [connection] = (await alice.listCentralNetworkConnections({ central_network_id: a.id })).central_network_connections;
    const update = { central_network_connection: { bandwidth_type: 'TestBandwidth' as const } };
    const tries: [string, () => Promise<unknown>][] = [
      ['connection under b', () => alice.updateCentralNetworkConnection({ central_network_id: b.id, connection_id: connection!.id, body: update })],
      ['policy apply under b', () => alice.applyCentralNetworkPolicy({ central_network_id: b.id, policy_id: policy.id })],
      ['policy change set under b', () => alice.listCentralNetworkPolicyChangeSet({ central_network_id: b.id, policy_id: policy.id })],
      ['policy delete under b', () => alice.deleteCentralNetworkPolicy({ central_network_id: b.id, policy_id: policy.id })],
      ['attachment under b', () => alice.showCentralNetworkErRouteTableAttachment({ central_network_id: b.id, er_route_table_attachment_id: attachment.id })],
      ['attachment delete under b', () => alice.deleteCentralNetworkAttachment({ central_network_id: b.id, attachment_id: attachment.id })],
      ['connections in bob', () => bob.listCentralNetworkConnections({ central_network_id: a.id })],
      ['connection in bob', () => bob.updateCentralNetworkConnection({ central_network_id: a.id, connection_id: connection!.id, body: update })],
    ];
    const outcomes = await Promise.all(tries.map(async ([what, call]) => [what, await refusal(call)]));
    expect(outcomes).toEqual(tries.map(([what]) => [what, '404 CC.1404']));
    expect((await alice.listCentralNetworkAttachments({ central_network_id: b.id })).central_network_attachments).toEqual([]);
    expect((await alice.listCentralNetworkConnections({ central_network_id: b.id })).central_network_connections.map((c) => c.id)).not.toContain(connection!.id);
  });

  it('deleting a network is DELETING, then it and everything under it are gone', async () => {
    const { alice } = s;
    const network = await s.make.centralNetwork('gcn-delete');
    await settle();
    const deleting = await alice.deleteCentralNetwork({ central_network_id: network.id });
    expect(deleting.central_network.state).toBe('DELETING');
    await settle();
    expect(await refusal(() => alice.showCentralNetwork({ central_network_id: network.id }))).toBe('404 CC.1404');
    expect(await refusal(() => alice.listCentralNetworkConnections({ central_network_id: network.id }))).toBe('404 CC.1404');
  });
});

describe('gcn: a new network of a seeded account', () => {
  it('lists none of the seeded network connections, and cannot change them', async () => {
    const seeded = await twoAccounts({ seed: 'examples' });
    try {
      const { central_network: fresh } = await seeded.alice.createCentralNetwork({ body: { central_network: { name: 'gcn-fresh' } } });
      expect((await seeded.alice.listCentralNetworkConnections({ central_network_id: fresh.id })).central_network_connections).toEqual([]);
      const seededId = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
      expect(await refusal(() => seeded.alice.updateCentralNetworkConnection({ central_network_id: fresh.id, connection_id: seededId, body: requestExample('UpdateCentralNetworkConnection') }))).toBe('404 CC.1404');
      // Under its own network the seeded connection is there, once.
      // Under its own network the seeded connection stands in for the one its applied policy derives, next to the
      // connections of its two seeded attachments.
      const own = (await seeded.alice.listCentralNetworkConnections({ central_network_id: '6f1e2d3c-4b5a-4978-8c6d-5e4f3a2b1c0d' })).central_network_connections;
      expect(own.map((c) => c.connection_type)).toEqual(['ER-ER', 'ER-GDGW', 'ER-ER_ROUTE_TABLE']);
      expect(own[0]!.id).toBe(seededId);
    } finally {
      await seeded.close();
    }
  });
});

describe('gcn: quotas', () => {
  it('5 central networks per account by default, and the quota listing counts them live', async () => {
    const emulator = await startTestEmulator();
    try {
      const cc = emulator.client();
      for (let i = 0; i < 5; i++) await cc.createCentralNetwork({ body: { central_network: { name: `gcn-quota-${i}` } } });
      expect(await refusal(() => cc.createCentralNetwork({ body: { central_network: { name: 'gcn-quota-5' } } }))).toBe('400 CC.1033');
      expect((await cc.listCentralNetworkQuotas()).quotas.map((q) => [q.quota_key, q.quota_limit, q.used])).toEqual([
        ['central_networks_per_account', 5, 5],
        ['policy_versions_per_central_network', 100, 0],
      ]);
      expect(emulator.recorder.problems()).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
