import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal, twoAccounts, type Scenario } from './support.js';

/* Global connection bandwidths: computed defaults, the instances drawing on them, tags, accounts. */

let s: Scenario;
beforeAll(async () => {
  s = await twoAccounts();
});
afterAll(async () => s.close());

describe('gcb: global connection bandwidths', () => {
  it('start with the documented defaults and list what binds them, explicit or through a connection', async () => {
    const { alice, bob } = s;
    const { globalconnection_bandwidth: created } = await alice.createGlobalConnectionBandwidth({
      body: { globalconnection_bandwidth: { name: 'gcb-defaults', bordercross: false, type: 'Region', charge_mode: 'bwd', size: 20 } } as never,
    });
    expect(created).toMatchObject({ sla_level: 'Au', enable_share: false, admin_state: 'NORMAL', frozen: false, binding_service: 'ALL', enterprise_project_id: '0', instances: [], tags: [] });

    const instance = { resource_id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', resource_type: 'GCN', region_id: 'global', project_id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9' };
    const bound = await alice.associateGlobalConnectionBandwidthInstance({ id: created.id, body: { gcbandwidths: [instance] } });
    expect(bound.gcbandwidths?.map((entry) => [entry.resource_id, entry.result])).toEqual([[instance.resource_id, 'success']]);
    const network = await s.make.siteNetwork();
    await alice.associateSiteNetworkBandwidth({ site_network_id: network.id, site_connection_id: network.connections[0]!.id, body: { site_connection: { global_connection_bandwidth_id: created.id, bandwidth_size: 5 } } });
    const instances = async () => (await alice.showGlobalConnectionBandwidth({ id: created.id })).globalconnection_bandwidth.instances?.map((i) => [i.id, i.type]);
    expect(await instances()).toEqual([
      [instance.resource_id, 'GCN'],
      [network.connections[0]!.id, 'GSN'],
    ]);
    await alice.disassociateGlobalConnectionBandwidthInstance({ id: created.id, body: { gcbandwidths: [instance] } });
    expect(await instances()).toEqual([[network.connections[0]!.id, 'GSN']]);

    expect(await refusal(() => bob.showGlobalConnectionBandwidth({ id: created.id }))).toBe('404 CC.1404');
    expect(await refusal(() => bob.associateGlobalConnectionBandwidthInstance({ id: created.id, body: { gcbandwidths: [instance] } }))).toBe('404 CC.1404');
  });

  it('take at most 20 tags, however they are added', async () => {
    const { alice } = s;
    const bandwidth = await s.make.globalConnectionBandwidth('gcb-tags');
    const keys = (bandwidth.tags ?? []).length;
    for (let i = keys; i < 20; i++) await alice.createGcbResourceTag({ resource_id: bandwidth.id, body: { tag: { key: `k${i}`, value: 'v' } } });
    expect((await alice.listGcbResourceTags({ resource_id: bandwidth.id })).tags).toHaveLength(20);
    expect(await refusal(() => alice.createGcbResourceTag({ resource_id: bandwidth.id, body: { tag: { key: 'one-more', value: 'v' } } }))).toBe('400 CC.1001');
    await alice.deleteGcbResourceTag({ resource_id: bandwidth.id, tag_key: 'k19' });
    await alice.createGcbResourceTag({ resource_id: bandwidth.id, body: { tag: { key: 'one-more', value: 'v' } } });
    expect((await alice.listGcbResourceTags({ resource_id: bandwidth.id })).tags).toHaveLength(20);
  });
});
