/**
 * The dcaas and gcb backends, called directly with a hand-built view of the account's state: each rule's
 * answer for given items and request fields (tables of given/want). Fast enough for every mutant of the backends
 * (`npm run test:mutation`, target emulator); the HTTP tests in scenarios/ drive the same rules end to end.
 */
import { describe, expect, it } from 'vitest';
import { dcaas } from '../../src/emulator/backends/dcaas.js';
import { bindingsOf, gcb } from '../../src/emulator/backends/gcb.js';
import { gcn } from '../../src/emulator/backends/gcn.js';
import { derivedId, quotaEntry } from '../../src/emulator/backends/types.js';
import type { Item } from '../../src/emulator/store.js';
import { context, thrown } from './support/rule-context.js';

describe('dcaas', () => {
  const site = (region: string, gateway: string, code?: string): Item => ({ region_id: region, project_id: `p-${region}`, gateway_type: 'GDGW', gateway_id: gateway, ...(code ? { site_code: code } : {}) });

  it.each<[string, Item[], string | undefined]>([
    ['two regions: an inter-region connection', [site('r1', 'g1'), site('r2', 'g2', 'code-2')], 'inter-region'],
    ['one region twice: intra-region', [site('r1', 'g1'), site('r1', 'g2')], 'intra-region'],
    ['one site: no connection', [site('r1', 'g1')], undefined],
  ])('a point-to-point network with %s', (_, sites, crossRegion) => {
    const item: Item = { id: 'sn', sites: [...sites, 'not a site'] };
    dcaas.resources!.site_network!.onCreate!(item, context());
    expect(item.sites).toEqual(sites.map((s) => ({ ...s, site_code: s.site_code ?? s.region_id })));
    expect(item.apply_policy_id).toBe(derivedId('site-policy', 'sn'));
    if (crossRegion === undefined) {
      expect(item).not.toHaveProperty('connections');
      return;
    }
    const connectionId = derivedId('site-connection', 'sn');
    expect(item.connections).toEqual([
      {
        id: connectionId,
        site_network_id: 'sn',
        state: 'AVAILABLE',
        created_at: '2026-01-02T03:04:05Z',
        updated_at: '2026-01-02T03:04:05Z',
        edge_pair: (item.sites as Item[]).map((s) => ({ id: derivedId('edge', connectionId, s.gateway_id), ...s })),
        cross_region_type: crossRegion,
        is_frozen: false,
        is_bind_bandwidth: false,
      },
    ]);
  });

  it('ListSiteNetworkQuotas: site networks in force and in use, the other quotas unused', () => {
    const catalogue = [{ quota_key: 'site_networks_per_account', quota_limit: 1, used: 9 }, { quota_key: 'mesh', quota_limit: 3, used: 2 }];
    const listing = dcaas.listings!.ListSiteNetworkQuotas!;
    expect(listing(context({ site_network: [{ id: 'a' }] }), catalogue)).toEqual([quotaEntry('site_networks_per_account', 10, 1), { quota_key: 'mesh', quota_limit: 3, used: 0 }]);
    expect(listing(context({}, { quota: (key) => (key === 'site_network' ? 4 : undefined) }), [])).toEqual([quotaEntry('site_networks_per_account', 4, 0)]);
  });

  describe('bandwidth actions on a site connection', () => {
    // gcb-text: a size stored as text, which no request can make (the spec types it as an integer).
    const state = { globalconnection_bandwidth: [{ id: 'gcb-1', size: 100 }, { id: 'gcb-2', size: 50 }, { id: 'gcb-any' }, { id: 'gcb-text', size: '50' }] };
    const bound = (): Item => ({ id: 'c', is_bind_bandwidth: true, global_connection_bandwidth_id: 'gcb-1', bandwidth_size: 10 });
    const free = (): Item => ({ id: 'c', is_bind_bandwidth: false });
    const examples = (id: unknown) => id === 'gcb-example';
    it.each<[string, string, () => Item, Item, 'merge' | 'done' | object, Item?]>([
      ['binds within the size', 'AssociateSiteNetworkBandwidth', free, { global_connection_bandwidth_id: 'gcb-1', bandwidth_size: 100 }, 'merge', { id: 'c', is_bind_bandwidth: true }],
      ['binds a bandwidth of no known size', 'AssociateSiteNetworkBandwidth', free, { global_connection_bandwidth_id: 'gcb-any', bandwidth_size: 1000 }, 'merge'],
      ['compares numbers only: a size asked as text', 'AssociateSiteNetworkBandwidth', free, { global_connection_bandwidth_id: 'gcb-2', bandwidth_size: '500' }, 'merge'],
      ['compares numbers only: a bandwidth size stored as text', 'AssociateSiteNetworkBandwidth', free, { global_connection_bandwidth_id: 'gcb-text', bandwidth_size: 500 }, 'merge'],
      ['binds a request example id', 'AssociateSiteNetworkBandwidth', free, { global_connection_bandwidth_id: 'gcb-example', bandwidth_size: 1000 }, 'merge'],
      ['binds the one already bound again', 'AssociateSiteNetworkBandwidth', bound, { global_connection_bandwidth_id: 'gcb-1', bandwidth_size: 20 }, 'merge'],
      ['refuses a second bandwidth', 'AssociateSiteNetworkBandwidth', bound, { global_connection_bandwidth_id: 'gcb-2' }, { status: 409, code: 'CC.1409', message: 'AssociateSiteNetworkBandwidth: connection c already uses bandwidth gcb-1; use UpdateSiteNetworkBandwidth to switch.' }],
      ['refuses more than the bandwidth', 'AssociateSiteNetworkBandwidth', free, { global_connection_bandwidth_id: 'gcb-2', bandwidth_size: 51 }, { status: 400, code: 'CC.1001', message: 'AssociateSiteNetworkBandwidth: bandwidth_size 51 exceeds the 50 Mbit/s of global connection bandwidth gcb-2; ask for less or enlarge it.' }],
      ['refuses an unknown bandwidth', 'AssociateSiteNetworkBandwidth', free, { global_connection_bandwidth_id: 'gcb-9' }, { status: 400, code: 'CC.1001', message: 'AssociateSiteNetworkBandwidth: global_connection_bandwidth_id gcb-9 does not name a global connection bandwidth of the account.' }],
      ['unbinds', 'DisassociateSiteNetworkBandwidth', bound, {}, 'done', { id: 'c', is_bind_bandwidth: false }],
      ['refuses to unbind nothing', 'DisassociateSiteNetworkBandwidth', free, {}, { status: 409, code: 'CC.1409', message: 'DisassociateSiteNetworkBandwidth: connection c has no bandwidth bound.' }],
      ['resizes within the size', 'UpdateSiteNetworkBandwidthSize', bound, { bandwidth_size: 100 }, 'merge'],
      ['refuses to resize past it', 'UpdateSiteNetworkBandwidthSize', bound, { bandwidth_size: 101 }, { status: 400, code: 'CC.1001', message: 'UpdateSiteNetworkBandwidthSize: bandwidth_size 101 exceeds the 100 Mbit/s of global connection bandwidth gcb-1; ask for less or enlarge it.' }],
      ['refuses to resize nothing', 'UpdateSiteNetworkBandwidthSize', free, { bandwidth_size: 1 }, { status: 409, code: 'CC.1409', message: 'UpdateSiteNetworkBandwidthSize: connection c has no bandwidth bound; associate one first.' }],
      ['switches to another bandwidth', 'UpdateSiteNetworkBandwidth', bound, { global_connection_bandwidth_id: 'gcb-2', bandwidth_size: 50 }, 'merge'],
      ['refuses a switch that keeps a size too large', 'UpdateSiteNetworkBandwidth', () => ({ ...bound(), bandwidth_size: 80 }), { global_connection_bandwidth_id: 'gcb-2' }, { status: 400, code: 'CC.1001', message: 'UpdateSiteNetworkBandwidth: bandwidth_size 80 exceeds the 50 Mbit/s of global connection bandwidth gcb-2; ask for less or enlarge it.' }],
      ['resizes on the bound bandwidth when none is named', 'UpdateSiteNetworkBandwidth', bound, { bandwidth_size: 101 }, { status: 400, code: 'CC.1001', message: 'UpdateSiteNetworkBandwidth: bandwidth_size 101 exceeds the 100 Mbit/s of global connection bandwidth gcb-1; ask for less or enlarge it.' }],
      ['refuses to switch nothing', 'UpdateSiteNetworkBandwidth', free, { global_connection_bandwidth_id: 'gcb-2' }, { status: 409, code: 'CC.1409', message: 'UpdateSiteNetworkBandwidth: connection c has no bandwidth bound; associate one first.' }],
    ])('%s', (_, action, make, input, want, after) => {
      const item = make();
      const ctx = context(state, { input });
      const run = () => dcaas.actions![action]!(item, { ...ctx, exists: (key, id) => ctx.exists(key, id) || examples(id) });
      if (typeof want === 'string') expect(run()).toBe(want);
      else expect(thrown(run)).toMatchObject(want);
      if (after) expect(item).toEqual(after);
    });
  });
});

describe('gcb', () => {
  const rules = gcb.resources!.globalconnection_bandwidth!;
  it.each<[string, Item, boolean]>([
    ['TrsArea crosses the border', { type: 'TrsArea' }, true],
    ['Area does not', { type: 'Area' }, false],
    ['a given bordercross is kept', { type: 'Area', bordercross: true }, true],
  ])('%s', (_, item, want) => {
    rules.onCreate!(item, context());
    expect(item.bordercross).toBe(want);
    expect(item.directional_connections).toEqual([]);
  });

  it('lists the bound instances, then the connections drawing on it, each once', () => {
    const bandwidth: Item = { id: 'gcb', instances: [{ id: 'bound', type: 'X', region_id: 'r' }, { id: 'gcn-c', type: 'GCN', region_id: 'global' }] };
    const state = {
      central_network_connection: [{ id: 'gcn-c', global_connection_bandwidth_id: 'gcb' }, { id: 'gcn-d', global_connection_bandwidth_id: 'gcb' }, { id: 'gcn-e', global_connection_bandwidth_id: 'other' }],
      site_network: [{ connections: [{ id: 'sn-c', global_connection_bandwidth_id: 'gcb' }, { id: 'sn-d' }] }, { connections: 'none' }],
    };
    const want = [
      { id: 'bound', type: 'X', region_id: 'r' },
      { id: 'gcn-c', type: 'GCN', region_id: 'global' },
      { id: 'gcn-d', type: 'GCN', region_id: 'global' },
      { id: 'sn-c', type: 'GSN', region_id: 'global' },
    ];
    expect(bindingsOf(bandwidth, context(state))).toEqual(want);
    const shown = { ...bandwidth };
    rules.view!(shown, context(state));
    expect(shown.instances).toEqual(want);
  });

  it('binds instances (replacing one bound again) and unbinds them', () => {
    const item: Item = { instances: [{ id: 'a', type: 'T', region_id: 'r' }, { id: 'b', type: 'T', region_id: 'r' }] };
    const associate = gcb.actions!.AssociateGlobalConnectionBandwidthInstance!;
    const input = { gcbandwidths: [{ resource_id: 'b', resource_type: 'U', region_id: 'r2', project_id: 'p' }, { resource_id: 'c', resource_type: 'V' }, 'junk'] };
    expect(associate(item, context({}, { input }))).toBe('done');
    expect(item.instances).toEqual([
      { id: 'a', type: 'T', region_id: 'r' },
      { id: 'b', type: 'U', region_id: 'r2', project_id: 'p' },
      { id: 'c', type: 'V', region_id: 'global' },
    ]);
    expect(gcb.actions!.DisassociateGlobalConnectionBandwidthInstance!(item, context({}, { input: { gcbandwidths: [{ resource_id: 'a' }, { resource_id: 'c' }] } }))).toBe('done');
    expect(item.instances).toEqual([{ id: 'b', type: 'U', region_id: 'r2', project_id: 'p' }]);
  });
});
