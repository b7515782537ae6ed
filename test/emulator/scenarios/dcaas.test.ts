import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UUID } from '../support/harness.js';
import { refusal, settle, twoAccounts, type Scenario } from './support.js';

/*
 * Site networks: a point-to-point network's one connection, the bandwidth it draws on, and each 202 operation's
 * transition (issue 13: site codes and edge-pair ids instead of "", is_bind_bandwidth, scoped connections).
 */

let s: Scenario;
beforeAll(async () => {
  s = await twoAccounts();
});
afterAll(async () => s.close());

describe('dcaas: a point-to-point site network and its bandwidth', () => {
  it('moves through every asynchronous state, binding, resizing, switching and unbinding a bandwidth', async () => {
    const { alice, bob } = s;
    const network = await s.make.siteNetwork();
    expect(network.state).toBe('CREATING');
    expect(network.sites?.map((site) => [site.region_id, site.site_code])).toEqual([
      ['cn-north-4', 'cn-north-4'],
      ['cn-east-3', 'cn-east-3'],
    ]);
    const [connection] = network.connections;
    expect(connection).toMatchObject({ site_network_id: network.id, cross_region_type: 'inter-region', is_bind_bandwidth: false, state: 'AVAILABLE' });
    expect(connection!.edge_pair.map((end) => [UUID.test(end.id), end.site_code])).toEqual([
      [true, 'cn-north-4'],
      [true, 'cn-east-3'],
    ]);
    expect(UUID.test(network.apply_policy_id)).toBe(true);
    await settle();
    expect((await alice.showSiteNetwork({ site_network_id: network.id })).site_network.state).toBe('AVAILABLE');

    const ids = { site_network_id: network.id, site_connection_id: connection!.id };
    const small = await s.make.globalConnectionBandwidth('gcb-small');
    const large = await alice.createGlobalConnectionBandwidth({ body: { globalconnection_bandwidth: { name: 'gcb-large', bordercross: false, type: 'Area', charge_mode: 'bwd', size: 300 } } as never });
    const stateOf = async () => {
      const [c] = (await alice.showSiteNetwork({ site_network_id: network.id })).site_network.connections;
      return [c!.state, c!.is_bind_bandwidth, c!.global_connection_bandwidth_id, c!.bandwidth_size];
    };

    // Nothing bound yet: resizing and switching are refused; a bandwidth the account lacks too.
    expect(
      await Promise.all([
        refusal(() => alice.updateSiteNetworkBandwidthSize({ ...ids, body: { site_connection: { bandwidth_size: 5 } } })),
        refusal(() => alice.disassociateSiteNetworkBandwidth(ids)),
        refusal(() => alice.associateSiteNetworkBandwidth({ ...ids, body: { site_connection: { global_connection_bandwidth_id: '00000000-0000-4000-8000-000000000000', bandwidth_size: 5 } } })),
        refusal(() => alice.associateSiteNetworkBandwidth({ ...ids, body: { site_connection: { global_connection_bandwidth_id: small.id, bandwidth_size: small.size + 1 } } })),
      ]),
    ).toEqual(['409 CC.1409', '409 CC.1409', '400 CC.1001', '400 CC.1001']);

    const bound = await alice.associateSiteNetworkBandwidth({ ...ids, body: { site_connection: { global_connection_bandwidth_id: small.id, bandwidth_size: 10 } } });
    expect(bound.site_connection.state).toBe('UPDATING');
    expect(await stateOf()).toEqual(['UPDATING', true, small.id, 10]);
    await settle();
    expect(await stateOf()).toEqual(['AVAILABLE', true, small.id, 10]);
    expect((await alice.showGlobalConnectionBandwidth({ id: small.id })).globalconnection_bandwidth.instances).toEqual([{ id: connection!.id, type: 'GSN', region_id: 'global' }]);
    expect(await refusal(() => alice.associateSiteNetworkBandwidth({ ...ids, body: { site_connection: { global_connection_bandwidth_id: large.globalconnection_bandwidth.id, bandwidth_size: 10 } } }))).toBe('409 CC.1409');

    expect((await alice.updateSiteNetworkBandwidthSize({ ...ids, body: { site_connection: { bandwidth_size: 50 } } })).site_connection.state).toBe('UPDATING');
    await settle();
    expect(await stateOf()).toEqual(['AVAILABLE', true, small.id, 50]);

    await alice.updateSiteNetworkBandwidth({ ...ids, body: { site_connection: { global_connection_bandwidth_id: large.globalconnection_bandwidth.id, bandwidth_size: 250 } } });
    await settle();
    expect(await stateOf()).toEqual(['AVAILABLE', true, large.globalconnection_bandwidth.id, 250]);
    expect((await alice.showGlobalConnectionBandwidth({ id: small.id })).globalconnection_bandwidth.instances).toEqual([]);

    // Bob sees none of it.
    expect(await refusal(() => bob.disassociateSiteNetworkBandwidth(ids))).toBe('404 CC.1404');
    expect((await bob.listSiteNetworks()).site_networks).toEqual([]);

    expect((await alice.disassociateSiteNetworkBandwidth(ids)).site_connection.state).toBe('UPDATING');
    await settle();
    expect(await stateOf()).toEqual(['AVAILABLE', false, undefined, undefined]);

    expect((await alice.deleteSiteNetwork({ site_network_id: network.id })).site_network.state).toBe('DELETING');
    expect((await alice.showSiteNetwork({ site_network_id: network.id })).site_network.state).toBe('DELETING');
    await settle();
    expect(await refusal(() => alice.showSiteNetwork({ site_network_id: network.id }))).toBe('404 CC.1404');
  });

  it("a site network's connection is 404 under another site network", async () => {
    const { alice } = s;
    const a = await s.make.siteNetwork();
    const b = await s.make.siteNetwork();
    const bandwidth = await s.make.globalConnectionBandwidth();
    const body = { site_connection: { global_connection_bandwidth_id: bandwidth.id, bandwidth_size: 10 } };
    expect(await refusal(() => alice.associateSiteNetworkBandwidth({ site_network_id: b.id, site_connection_id: a.connections[0]!.id, body }))).toBe('404 CC.1404');
    expect(a.connections[0]!.id).not.toBe(b.connections[0]!.id);
  });
});
