/**
 * The sections' backends called directly, with a hand-built view of the account's state: each rule's answer for
 * given items and request fields (tables of given/want). Fast enough for every mutant of the backends
 * (`npm run test:mutation`, target emulator); the HTTP tests in scenarios/ drive the same rules end to end.
 */
import { describe, expect, it } from 'vitest';
import { ccaas, specCodeOf } from '../../src/emulator/backends/ccaas.js';
import { dcaas } from '../../src/emulator/backends/dcaas.js';
import { bindingsOf, gcb } from '../../src/emulator/backends/gcb.js';
import { attachmentConnectionId, gcn } from '../../src/emulator/backends/gcn.js';
import { changeSetOf, documentOf, erInstancesOf, erPairsOf, planeId, planesOf, routersOf } from '../../src/emulator/backends/gcn-policy.js';
import { derivedId, itemsIn, quotaEntry, type RuleContext } from '../../src/emulator/backends/types.js';
import type { Item } from '../../src/emulator/store.js';

/** A rule's view of an account holding `state` (item key → items); `everywhere` sees `others` too. */
function context(state: Record<string, Item[]> = {}, extra: Partial<RuleContext> & { others?: Record<string, Item[]> } = {}): RuleContext {
  const { others = {}, ...rest } = extra;
  const created: Item[] = [];
  return {
    domainId: 'domain-1',
    now: '2026-01-02T03:04:05Z',
    input: {},
    siblings: [],
    parents: {},
    reply: {},
    items: (key) => state[key] ?? [],
    exists: (key, id) => (state[key] ?? []).some((item) => item.id === id),
    everywhere: (key) => [...(state[key] ?? []), ...(others[key] ?? [])],
    quota: () => undefined,
    create: (itemKey, parents, fields) => {
      const item = { itemKey, parents, ...fields };
      created.push(item);
      return item;
    },
    ...rest,
  };
}

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

const UUID_V4_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('types: derived ids and helpers', () => {
  it('derivedId is stable, UUID-shaped, and differs by every part', () => {
    expect(derivedId('a', 1)).toBe(derivedId('a', 1));
    expect(derivedId('a', 1)).toMatch(UUID_V4_SHAPE);
    expect(new Set([derivedId('a', 1), derivedId('a', 2), derivedId('b', 1), derivedId('a1'), derivedId('a', '1', '')]).size).toBe(5);
    // The parts joined with NUL and hashed with SHA-256 (e39591def9a94863…), cut to a v4 shape.
    expect(derivedId('route', 'x')).toBe('e39591de-f9a9-4863-8e1d-64af538d8e92');
  });

  it.each<[string, unknown, Item[]]>([
    ['an array of items', [{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 2 }]],
    ['non-items dropped', [{ a: 1 }, null, 3, 'x', [1]], [{ a: 1 }]],
    ['not an array', { a: 1 }, []],
    ['undefined', undefined, []],
  ])('itemsIn: %s', (_, given, want) => expect(itemsIn(given)).toEqual(want));

  it('quotaEntry counts in units', () => expect(quotaEntry('k', 5, 2)).toEqual({ quota_key: 'k', quota_limit: 5, used: 2, unit: 'count' }));
});

describe('ccaas', () => {
  it.each<[unknown, unknown, string]>([
    ['Chinese-Mainland', 'Asia-Pacific', 'bandwidth.cmtoap'],
    ['Africa', 'Western-Latin-America', 'bandwidth.aftowla'],
    ['Eastern-Latin-America', 'Northern-Latin-America', 'bandwidth.elatonla'],
    ['Mars', 'Asia-Pacific', 'bandwidth.marstoap'],
    ['Asia-Pacific', 'Moon', 'bandwidth.aptomoon'],
  ])('specCodeOf(%s, %s) = %s', (local, remote, want) => expect(specCodeOf(local, remote)).toBe(want));

  const rules = ccaas.resources!;

  it('a network instance is loaded from the account unless the request names the owner', () => {
    const own: Item = {};
    rules.network_instance!.onCreate!(own, context());
    expect(own.instance_domain_id).toBe('domain-1');
    const other: Item = { instance_domain_id: 'domain-2' };
    rules.network_instance!.onCreate!(other, context());
    expect(other.instance_domain_id).toBe('domain-2');
  });

  describe('inter-region bandwidths', () => {
    const pkg = { id: 'pkg', resource_id: 'cc-1', project_id: 'pkg-project' };
    const state = {
      bandwidth_package: [pkg, { id: 'pkg-free', resource_id: '' }],
      network_instance: [
        { id: 'ni-1', cloud_connection_id: 'cc-1', region_id: 'r1', project_id: 'p1' },
        { id: 'ni-2', cloud_connection_id: 'cc-2', region_id: 'r2', project_id: 'other' },
      ],
    };
    it('are named after their regions, with one end per region and its project', () => {
      const item: Item = { id: 'irb', cloud_connection_id: 'cc-1', bandwidth_package_id: 'pkg' };
      rules.inter_region_bandwidth!.onCreate!(item, context(state, { input: { inter_region_ids: ['r1', 'r2'] } }));
      expect(item.name).toBe('r1_r2');
      expect(item.inter_regions).toEqual([
        { id: derivedId('irb', 'r1'), project_id: 'p1', local_region_id: 'r1', remote_region_id: 'r2' },
        { id: derivedId('irb', 'r2'), project_id: 'pkg-project', local_region_id: 'r2', remote_region_id: 'r1' },
      ]);
    });
    it('without a package or a loaded instance in a region, the project is ""', () => {
      const item: Item = { id: 'irb', cloud_connection_id: 'cc-9' };
      rules.inter_region_bandwidth!.onCreate!(item, context(state, { input: { inter_region_ids: ['r1', 'r2'] } }));
      expect(itemsIn(item.inter_regions).map((end) => end.project_id)).toEqual(['', '']);
    });
    it.each<[string, unknown]>([
      ['one region', ['r1']],
      ['three regions', ['r1', 'r2', 'r3']],
      ['no list', 'r1,r2'],
    ])('leave the item alone with %s', (_, regions) => {
      const item: Item = { id: 'irb', cloud_connection_id: 'cc-1' };
      rules.inter_region_bandwidth!.onCreate!(item, context(state, { input: { inter_region_ids: regions } }));
      expect(item).toEqual({ id: 'irb', cloud_connection_id: 'cc-1' });
    });
    it.each<[string, Item, unknown, string]>([
      ['the same region twice', { id: 'irb', cloud_connection_id: 'cc-1' }, ['r1', 'r1'], 'CreateInterRegionBandwidth: inter_region_ids must name two different regions.'],
      [
        'a package bound to another connection',
        { id: 'irb', cloud_connection_id: 'cc-1', bandwidth_package_id: 'pkg-free' },
        ['r1', 'r2'],
        'CreateInterRegionBandwidth: bandwidth_package_id pkg-free is not bound to cloud connection cc-1; associate it first.',
      ],
    ])('refuse %s', (_, item, regions, message) => {
      expect(thrown(() => rules.inter_region_bandwidth!.onCreate!(item, context(state, { input: { inter_region_ids: regions } })))).toMatchObject({ status: 400, code: 'CC.1001', message });
    });
  });

  describe('bandwidth packages', () => {
    it.each<[string, Item, Item]>([
      ['pay per use: a spec code from the areas, no order', { id: 'p', local_area_id: 'Chinese-Mainland', remote_area_id: 'Asia-Pacific', billing_mode: 3 }, { spec_code: 'bandwidth.cmtoap' }],
      ['a spec code given is kept', { id: 'p', spec_code: 'given', billing_mode: 5 }, { spec_code: 'given' }],
      [
        'yearly/monthly (1): an order and a product',
        { id: 'p', spec_code: 's', billing_mode: 1 },
        { spec_code: 's', order_id: derivedId('order', 'p').replace(/-/g, ''), product_id: `OFFI${derivedId('product', 's').replace(/-/g, '').slice(0, 28)}` },
      ],
      ['billing mode 2 as a string', { id: 'p', spec_code: 's', billing_mode: '2' }, { spec_code: 's', order_id: derivedId('order', 'p').replace(/-/g, '') }],
    ])('%s', (_, item, want) => {
      rules.bandwidth_package!.onCreate!(item, context());
      expect(item).toMatchObject(want);
      if (!('order_id' in want)) expect(item).not.toHaveProperty('order_id');
      if (typeof item.order_id === 'string') expect(item.order_id).toMatch(/^[0-9a-f]{32}$/);
      if (typeof item.product_id === 'string') expect(item.product_id).toHaveLength(32);
    });

    const actions = ccaas.actions!;
    const state = { cloud_connection: [{ id: 'cc-1' }], inter_region_bandwidth: [{ id: 'irb', bandwidth_package_id: 'used' }] };
    it.each<[string, string, Item, Item, object | 'merge' | 'done', Item?]>([
      ['binds a free package to a connection', 'AssociateBandwidthPackage', { id: 'p', resource_id: '' }, { resource_id: 'cc-1' }, 'merge'],
      ['refuses a bound package', 'AssociateBandwidthPackage', { id: 'p', resource_id: 'cc-0' }, { resource_id: 'cc-1' }, { status: 400, code: 'CC.1055', message: 'AssociateBandwidthPackage: the bandwidth package is already bound to cc-0; unbind it first.' }],
      ['refuses an unknown connection', 'AssociateBandwidthPackage', { id: 'p', resource_id: '' }, { resource_id: 'cc-9' }, { status: 400, code: 'CC.1001', message: 'AssociateBandwidthPackage: resource_id cc-9 does not name a cloud connection of the account.' }],
      ['unbinds', 'DisassociateBandwidthPackage', { id: 'p', resource_id: 'cc-1' }, { resource_id: 'cc-1' }, 'done', { id: 'p', resource_id: '' }],
      ['unbinds without naming the connection', 'DisassociateBandwidthPackage', { id: 'p', resource_id: 'cc-1' }, {}, 'done', { id: 'p', resource_id: '' }],
      ['refuses to unbind a free package', 'DisassociateBandwidthPackage', { id: 'p', resource_id: '' }, {}, { status: 400, code: 'CC.1001', message: 'DisassociateBandwidthPackage: the bandwidth package is not bound to anything.' }],
      ['refuses another connection', 'DisassociateBandwidthPackage', { id: 'p', resource_id: 'cc-1' }, { resource_id: 'cc-2' }, { status: 400, code: 'CC.1001', message: 'DisassociateBandwidthPackage: the bandwidth package is not bound to cc-2.' }],
      ['refuses while inter-region bandwidths use it', 'DisassociateBandwidthPackage', { id: 'used', resource_id: 'cc-1' }, {}, { status: 400, code: 'CC.1052', message: 'DisassociateBandwidthPackage: 1 inter-region bandwidth(s) still use the package; delete them first.' }],
    ])('%s', (_, action, item, input, want, after) => {
      const run = () => actions[action]!(item, context(state, { input }));
      if (typeof want === 'string') expect(run()).toBe(want);
      else expect(thrown(run)).toMatchObject(want);
      if (after) expect(item).toEqual(after);
    });
  });

  it('authorisations are ACTIVE in the account, and loaded once the other account loads the VPC', () => {
    const item: Item = { instance_id: 'vpc-1', cloud_connection_id: 'cc-x' };
    ccaas.resources!.authorisation!.onCreate!(item, context());
    expect(item).toMatchObject({ status: 'ACTIVE', domain_id: 'domain-1' });
    const view = (others: Item[]) => {
      const shown = { ...item };
      ccaas.resources!.authorisation!.view!(shown, context({}, { others: { network_instance: others } }));
      return shown.is_loaded_by_cloud_connection;
    };
    expect(view([])).toBe(false);
    expect(view([{ instance_id: 'vpc-1', cloud_connection_id: 'cc-x' }])).toBe(true);
    expect(view([{ instance_id: 'vpc-1', cloud_connection_id: 'cc-y' }])).toBe(false);
    expect(view([{ instance_id: 'vpc-2', cloud_connection_id: 'cc-x' }])).toBe(false);
  });

  it('ListCloudConnectionQuotas: the account quota in force and in use, then the catalogue without it', () => {
    const catalogue = [{ quota_type: 'cloud_connection', quota_number: 99 }, { quota_type: 'region', quota_number: 3 }];
    const listed = ccaas.listings!.ListCloudConnectionQuotas!(context({ cloud_connection: [{ id: 'a' }, { id: 'b' }] }, { quota: (key) => (key === 'cloud_connection' ? 7 : undefined) }), catalogue);
    expect(listed).toEqual([
      { domain_id: 'domain-1', cloud_connection_id: '', region_id: '', quota_type: 'cloud_connection', quota_number: 7, quota_used: 2 },
      { quota_type: 'region', quota_number: 3 },
    ]);
    expect(ccaas.listings!.ListCloudConnectionQuotas!(context(), [])[0]).toMatchObject({ quota_number: 0, quota_used: 0 });
  });

  it('routes: one per CIDR of each network instance that is not PENDING or in ERROR', () => {
    const instances: Item[] = [
      { id: 'ni-1', cloud_connection_id: 'cc', instance_id: 'vpc-1', project_id: 'p', region_id: 'r', cidrs: ['10.0.0.0/16', 7, '10.1.0.0/16'], status: 'ACTIVE' },
      { id: 'ni-2', cloud_connection_id: 'cc', instance_id: 'vpc-2', cidrs: ['10.2.0.0/16'], status: 'PENDING', type: 'vgw' },
      { id: 'ni-3', cloud_connection_id: 'cc', instance_id: 'vpc-3', cidrs: ['10.3.0.0/16'], status: 'ERROR' },
      { id: 'ni-4', cloud_connection_id: 'cc', instance_id: 'vpc-4', cidrs: '10.4.0.0/16', type: 'vgw' },
      { id: 'ni-5', cloud_connection_id: 'cc', instance_id: 'vpc-5', cidrs: ['10.5.0.0/16'], type: 'vgw' },
    ];
    const routes = ccaas.derived!.cloud_connection_route!.derive(context({ network_instance: instances }), {});
    expect(routes).toEqual([
      { id: derivedId('route', 'cc', 'ni-1', '10.0.0.0/16'), cloud_connection_id: 'cc', domain_id: 'domain-1', instance_id: 'vpc-1', project_id: 'p', region_id: 'r', destination: '10.0.0.0/16', type: 'vpc' },
      { id: derivedId('route', 'cc', 'ni-1', '10.1.0.0/16'), cloud_connection_id: 'cc', domain_id: 'domain-1', instance_id: 'vpc-1', project_id: 'p', region_id: 'r', destination: '10.1.0.0/16', type: 'vpc' },
      { id: derivedId('route', 'cc', 'ni-5', '10.5.0.0/16'), cloud_connection_id: 'cc', domain_id: 'domain-1', instance_id: 'vpc-5', project_id: undefined, region_id: undefined, destination: '10.5.0.0/16', type: 'vgw' },
    ]);
    expect(ccaas.derived!.cloud_connection_route!.identity!(routes[0]!)).toBe('cc|vpc-1|10.0.0.0/16');
  });
});

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

describe('gcn policy documents', () => {
  const er = (id: string, region: string, project = `p-${id}`) => ({ enterprise_router_id: id, project_id: project, region_id: region });
  const table = (id: string, region: string, tableId = `t-${id}`) => ({ ...er(id, region), enterprise_router_table_id: tableId });
  const doc = (planes: Item[], instances?: Item[], defaultPlane = 'main'): Item => ({ default_plane: defaultPlane, planes, ...(instances ? { er_instances: instances } : {}) });
  const network: Item = { id: 'net', default_plane_id: 'plane-default' };

  it.each<[string, Item | undefined, string[]]>([
    ['no document', undefined, []],
    ['er_instances first, then the tables’ routers, each once', doc([{ name: 'main', associate_er_tables: [table('b', 'r2'), table('c', 'r3')] }], [er('a', 'r1'), er('b', 'r2')]), ['a:r1', 'b:r2', 'c:r3']],
    ['no er_instances: the tables’ routers', doc([{ name: 'main', associate_er_tables: [table('x', 'r1')] }, { name: 'other', associate_er_tables: [table('x', 'r1'), table('y', 'r2')] }]), ['x:r1', 'y:r2']],
    ['missing fields are ""', doc([], [{}]), [':']],
  ])('routersOf: %s', (_, document, want) => {
    expect(routersOf(document).map((r) => `${r.enterprise_router_id}:${r.region_id}`)).toEqual(want);
  });

  it('routersOf keeps the project of the first mention', () => {
    expect(routersOf(doc([{ name: 'main', associate_er_tables: [table('a', 'r1', 'q')] }], [er('a', 'r1', 'p')]))).toEqual([er('a', 'r1', 'p')]);
  });

  it.each<[string, Item, unknown, string]>([
    ['the default plane keeps the network’s id', network, 'main', 'plane-default'],
    ['another plane gets a derived id', network, 'side', derivedId('plane', 'net', 'side')],
    ['a network without a default plane id derives it', { id: 'net' }, 'main', derivedId('plane', 'net', 'main')],
  ])('planeId: %s', (_, net, name, want) => expect(planeId(net, doc([]), name)).toBe(want));

  it('planesOf: each plane with its id and name; none without a document', () => {
    const document = doc([{ name: 'main', associate_er_tables: [] }, { name: 'side' }]);
    expect(planesOf(network, document)).toEqual([
      { name: 'main', associate_er_tables: [], id: 'plane-default' },
      { name: 'side', id: derivedId('plane', 'net', 'side') },
    ]);
    expect(planesOf(network, undefined)).toEqual([]);
  });

  it('erInstancesOf: one per router, with a stable private ASN and the region as site code', () => {
    const instances = erInstancesOf(network, doc([], [er('a', 'r1')]));
    expect(instances).toEqual([{ id: derivedId('er-instance', 'net', 'a'), ...er('a', 'r1'), asn: 64512 + (parseInt(derivedId('asn', 'a').slice(0, 4), 16) % 1000), site_code: 'r1' }]);
    expect(instances[0]!.asn).toBeGreaterThanOrEqual(64512);
    expect(instances[0]!.asn).toBeLessThan(65512);
    expect(erInstancesOf(network, undefined)).toEqual([]);
  });

  it.each<[string, Item | undefined, string[]]>([
    ['no document', undefined, []],
    ['three routers, one plane: every pair', doc([{ name: 'main' }], [er('a', 'r1'), er('b', 'r2'), er('c', 'r3')]), ['plane-default:a-b', 'plane-default:a-c', 'plane-default:b-c']],
    [
      'a plane excluding a pair (either order)',
      doc([{ name: 'main', exclude_er_connections: [[er('c', 'r3'), er('a', 'r1')]] }], [er('a', 'r1'), er('b', 'r2'), er('c', 'r3')]),
      ['plane-default:a-b', 'plane-default:b-c'],
    ],
    [
      'exclusions that are not pairs are ignored',
      doc([{ name: 'main', exclude_er_connections: [[er('a', 'r1')], [er('a', 'r1'), er('b', 'r2'), er('c', 'r3')], 'x'] }], [er('a', 'r1'), er('b', 'r2')]),
      ['plane-default:a-b'],
    ],
    ['exclusions not in a list are ignored', doc([{ name: 'main', exclude_er_connections: 'a|b' }], [er('a', 'r1'), er('b', 'r2')]), ['plane-default:a-b']],
    ['two planes: the pairs of each', doc([{ name: 'main' }, { name: 'side' }], [er('a', 'r1'), er('b', 'r2')]), ['plane-default:a-b', `${derivedId('plane', 'net', 'side')}:a-b`]],
  ])('erPairsOf: %s', (_, document, want) => {
    expect(erPairsOf(network, document).map((p) => `${p.planeId}:${p.a.enterprise_router_id}-${p.b.enterprise_router_id}`)).toEqual(want);
  });

  const count = (changes: Item[]) => {
    const counts: Record<string, number> = {};
    for (const change of changes) counts[String(change.operation_id)] = (counts[String(change.operation_id)] ?? 0) + 1;
    return counts;
  };

  it.each<[string, Item | undefined, Item | undefined, Record<string, number>]>([
    ['nothing to nothing', undefined, undefined, {}],
    ['the same document', doc([{ name: 'main', associate_er_tables: [table('a', 'r1')] }]), doc([{ name: 'main', associate_er_tables: [table('a', 'r1')] }]), {}],
    [
      'from nothing: planes, routers, tables and connections created',
      undefined,
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1'), table('b', 'r2')] }]),
      { CreateCentralNetworkPlane: 1, CreateCentralNetworkErInstance: 2, CreateCentralNetworkErTable: 2, CreateCentralNetworkErConnection: 1 },
    ],
    [
      'to nothing: all deleted',
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1'), table('b', 'r2')] }]),
      undefined,
      { DeleteCentralNetworkPlane: 1, DeleteCentralNetworkErInstance: 2, DeleteCentralNetworkErTable: 2, DeleteCentralNetworkErConnection: 1 },
    ],
    [
      'a route table switched on a router: the plane changes too',
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1', 't1')] }]),
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1', 't2')] }]),
      { UpdateCentralNetworkPlane: 1, SwitchCentralNetworkErTable: 1 },
    ],
    [
      'a plane renamed, a router swapped',
      doc([{ name: 'main', associate_er_tables: [table('a', 'r1'), table('b', 'r2')] }]),
      doc([{ name: 'second', associate_er_tables: [table('a', 'r1'), table('c', 'r3')] }]),
      {
        CreateCentralNetworkPlane: 1,
        DeleteCentralNetworkPlane: 1,
        CreateCentralNetworkErInstance: 1,
        DeleteCentralNetworkErInstance: 1,
        CreateCentralNetworkErTable: 2,
        DeleteCentralNetworkErTable: 2,
        CreateCentralNetworkErConnection: 1,
        DeleteCentralNetworkErConnection: 1,
      },
    ],
  ])('changeSetOf: %s', (_, current, next, want) => {
    expect(count(changeSetOf(current, next, network))).toEqual(want);
  });

  it('changeSetOf lists each change as its own entry, in a fixed order', () => {
    expect(changeSetOf(undefined, doc([{ name: 'main', associate_er_tables: [table('a', 'r1')] }]), network)).toEqual([
      { operation_id: 'CreateCentralNetworkPlane' },
      { operation_id: 'CreateCentralNetworkErInstance' },
      { operation_id: 'CreateCentralNetworkErTable' },
    ]);
  });

  it.each<[string, Item | undefined, Item | undefined]>([
    ['a policy with a document', { document: { a: 1 } }, { a: 1 }],
    ['a document that is not an object', { document: [1] }, undefined],
    ['no policy', undefined, undefined],
  ])('documentOf: %s', (_, policy, want) => expect(documentOf(policy)).toEqual(want));
});

describe('gcn rules', () => {
  const doc = (...routers: [string, string][]): Item => ({
    default_plane: 'main',
    planes: [{ name: 'main', associate_er_tables: routers.map(([id, region]) => ({ enterprise_router_id: id, project_id: 'p', region_id: region, enterprise_router_table_id: `t-${id}` })) }],
  });

  it('a central network created with a document gets it as its applied version 1', () => {
    const item: Item = { id: 'net' };
    const created: Item[] = [];
    const document = doc(['a', 'r1']);
    gcn.resources!.central_network!.onCreate!(item, context({}, { input: { policy_document: document }, create: (itemKey, parents, fields) => (created.push({ itemKey, parents, fields }), {}) }));
    expect(item.default_plane_id).toBe(derivedId('plane', 'net', 'main'));
    expect(created).toEqual([{ itemKey: 'central_network_policy', parents: { central_network_id: 'net' }, fields: { document, version: 1, is_applied: true, state: 'AVAILABLE' } }]);
    expect((created[0]!.fields as Item).document).not.toBe(document);
  });

  it('a central network created without a document has a default plane and no policy', () => {
    const item: Item = { id: 'net' };
    const created: Item[] = [];
    gcn.resources!.central_network!.onCreate!(item, context({}, { input: { policy_document: 'x' }, create: (k) => (created.push({ k }), {}) }));
    expect(item.default_plane_id).toBe(derivedId('plane', 'net', 'default'));
    expect(created).toEqual([]);
  });

  it('a network shows the planes, routers and connections of its applied policy', () => {
    const network: Item = { id: 'net', default_plane_id: 'dp' };
    const policy = { id: 'pol', central_network_id: 'net', is_applied: true, document: doc(['a', 'r1'], ['b', 'r2']) };
    const state = {
      central_network_policy: [{ id: 'old', central_network_id: 'net', is_applied: false, document: doc(['z', 'r9']) }, policy],
      central_network_connection: [
        { id: 'c1', central_network_id: 'net', central_network_plane_id: 'dp', global_connection_bandwidth_id: 'g', bandwidth_size: 5, connection_type: 'ER-ER', connection_point_pair: [], state: 'AVAILABLE', extra: 1 },
        { id: 'c2', central_network_id: 'other' },
      ],
    };
    const shown = { ...network };
    gcn.resources!.central_network!.view!(shown, context(state));
    expect(shown.planes).toEqual([{ name: 'main', associate_er_tables: (policy.document.planes as Item[])[0]!.associate_er_tables, id: 'dp' }]);
    expect((shown.er_instances as Item[]).map((e) => e.enterprise_router_id)).toEqual(['a', 'b']);
    expect(shown.connections).toEqual([{ id: 'c1', plane_id: 'dp', global_connection_bandwidth_id: 'g', bandwidth_size: 5, connection_type: 'ER-ER', connection_point_pair: [], state: 'AVAILABLE' }]);
    const bare = { ...network };
    gcn.resources!.central_network!.view!(bare, context({}));
    expect(bare.planes).toEqual([{ id: 'dp', name: 'default-plane' }]);
    expect(bare.er_instances).toEqual([]);
  });

  describe('policies', () => {
    const onCreate = gcn.resources!.central_network_policy!.onCreate!;
    it('count versions per network and keep the document', () => {
      const item: Item = {};
      const input = doc(['a', 'r1'], ['b', 'r2']);
      onCreate(item, context({}, { input, siblings: [{ version: 2 }, { version: 'x' }, { version: 5 }] }));
      expect(item.version).toBe(6);
      expect(item.document).toEqual(input);
      expect(item.document).not.toBe(input);
      const first: Item = {};
      onCreate(first, context({}, { input }));
      expect(first.version).toBe(1);
    });
    it.each<[string, Item, string]>([
      ['two routers in a region', doc(['a', 'r1'], ['b', 'r1']), 'CreateCentralNetworkPolicy: two enterprise routers in region r1; a policy takes one enterprise router per region.'],
      ['a default plane that is not a plane', { ...doc(['a', 'r1']), default_plane: 'nope' }, 'CreateCentralNetworkPolicy: default_plane "nope" is not one of the planes (main).'],
    ])('refuse %s', (_, input, message) => {
      expect(thrown(() => onCreate({}, context({}, { input })))).toMatchObject({ status: 400, code: 'CC.1001', message });
    });
    it.each<[string, boolean]>([
      ['APPLYING', true],
      ['CANCELING', true],
      ['AVAILABLE', false],
    ])('a %s policy cannot be deleted: %s', (state, refused) => {
      const error = thrown(() => gcn.resources!.central_network_policy!.beforeDelete!({ version: 3, state }, context()));
      if (refused) expect(error).toMatchObject({ status: 409, code: 'CC.1409', message: `DeleteCentralNetworkPolicy: policy version 3 is ${state}; wait until it is AVAILABLE.` });
      else expect(error).toBeUndefined();
    });

    it('applying one makes it the only one in force and answers its change set', () => {
      const applied = { id: 'p1', central_network_id: 'net', is_applied: true, document: doc(['a', 'r1']) };
      const next = { id: 'p2', central_network_id: 'net', is_applied: false, document: doc(['a', 'r1'], ['b', 'r2']) };
      const reply: Item = {};
      expect(gcn.actions!.ApplyCentralNetworkPolicy!(next, context({ central_network: [{ id: 'net' }] }, { siblings: [applied, next], reply }))).toBe('done');
      expect([applied.is_applied, next.is_applied]).toEqual([false, true]);
      expect(reply.central_network_policy_change_set).toEqual(changeSetOf(applied.document, next.document, { id: 'net' }));
      expect(reply.central_network_policy_change_set).not.toEqual([]);
      const again: Item = {};
      gcn.actions!.ApplyCentralNetworkPolicy!(next, context({}, { siblings: [applied, next], reply: again }));
      expect(again.central_network_policy_change_set).toEqual([]);
    });

    it('the change set of a policy not in force, against the one in force; none for the applied one', () => {
      const state = {
        central_network: [{ id: 'net' }],
        central_network_policy: [
          { id: 'p1', central_network_id: 'net', is_applied: true, document: doc(['a', 'r1']) },
          { id: 'p2', central_network_id: 'net', is_applied: false, document: doc(['a', 'r1'], ['b', 'r2']) },
        ],
      };
      const derive = gcn.derived!.central_network_policy_change_set!.derive;
      expect(derive(context(state), { central_network_id: 'net', policy_id: 'p2' })).toEqual(changeSetOf(doc(['a', 'r1']), doc(['a', 'r1'], ['b', 'r2']), { id: 'net' }));
      expect(derive(context(state), { central_network_id: 'net', policy_id: 'p1' })).toEqual([]);
      expect(derive(context(state), { central_network_id: 'other', policy_id: 'p2' })).toEqual([]);
      expect(derive(context({ central_network_policy: state.central_network_policy }), { central_network_id: 'net', policy_id: 'p2' })).toEqual([]);
    });
  });

  describe('connections', () => {
    const network: Item = { id: 'net', domain_id: 'd', created_at: 'n-created', updated_at: 'n-updated', default_plane_id: 'dp' };
    const gdgw = (id: string, state: string, net = 'net'): Item => ({
      id,
      name: id,
      state,
      central_network_id: net,
      central_network_plane_id: 'dp',
      enterprise_router_id: 'er',
      enterprise_router_project_id: 'erp',
      enterprise_router_region_id: 'err',
      global_dc_gateway_id: 'gw',
      global_dc_gateway_project_id: 'gwp',
      global_dc_gateway_region_id: 'gwr',
      created_at: `${id}-created`,
    });
    const derive = (state: Record<string, Item[]>, parents: Record<string, string> = {}) => gcn.derived!.central_network_connection!.derive(context(state), parents);

    it('one ER-ER connection per pair of the applied policy, stamped with the policy', () => {
      const state = { central_network: [network], central_network_policy: [{ id: 'p', central_network_id: 'net', is_applied: true, created_at: 'p-created', document: doc(['b', 'r2'], ['a', 'r1']) }] };
      const [connection, ...rest] = derive(state);
      expect(rest).toEqual([]);
      expect(connection).toEqual({
        id: derivedId('er-connection', 'net', 'dp', 'a|b'),
        name: 'er-er-r2-r1',
        domain_id: 'd',
        enterprise_project_id: '0',
        central_network_id: 'net',
        bandwidth_type: 'TestBandwidth',
        is_frozen: false,
        central_network_plane_id: 'dp',
        state: 'AVAILABLE',
        connection_type: 'ER-ER',
        connection_point_pair: [
          { id: derivedId('point', 'net', 'b'), project_id: 'p', region_id: 'r2', site_code: 'r2', instance_id: 'b', type: 'ER' },
          { id: derivedId('point', 'net', 'a'), project_id: 'p', region_id: 'r1', site_code: 'r1', instance_id: 'a', type: 'ER' },
        ],
        created_at: 'p-created',
        updated_at: 'p-created',
      });
      expect(gcn.derived!.central_network_connection!.identity!(connection!)).toBe('net|dp|a|b');
    });

    it('one per attachment that is not being deleted, CREATING while it is', () => {
      const state = {
        central_network: [network, { id: 'other' }],
        central_network_gdgw_attachment: [gdgw('g1', 'AVAILABLE'), gdgw('g2', 'CREATING'), gdgw('g3', 'DELETING'), gdgw('g4', 'AVAILABLE', 'other')],
        central_network_er_route_table_attachment: [
          { id: 'rt', name: 'rt', state: 'UPDATING', central_network_id: 'net', central_network_plane_id: 'dp', enterprise_router_id: 'er', attached_er_table_id: 'tab', attached_er_table_project_id: 'tp', attached_er_table_region_id: 'tr', created_at: 'rt-created' },
        ],
      };
      const connections = derive(state, { central_network_id: 'net' });
      expect(connections.map((c) => [c.id, c.name, c.state, c.connection_type, c.created_at, c.updated_at, c.enterprise_project_id])).toEqual([
        [attachmentConnectionId({ id: 'g1' }), 'er-gdgw-g1', 'AVAILABLE', 'ER-GDGW', 'g1-created', 'g1-created', '0'],
        [attachmentConnectionId({ id: 'g2' }), 'er-gdgw-g2', 'CREATING', 'ER-GDGW', 'g2-created', 'g2-created', '0'],
        [attachmentConnectionId({ id: 'rt' }), 'er-er-route-table-rt', 'AVAILABLE', 'ER-ER_ROUTE_TABLE', 'rt-created', 'rt-created', '0'],
      ]);
      expect(connections[0]!.connection_point_pair).toEqual([
        { id: derivedId('point', 'g1', 'er'), project_id: 'erp', region_id: 'err', site_code: 'err', instance_id: 'er', type: 'ER' },
        { id: derivedId('point', 'g1', 'gw'), project_id: 'gwp', region_id: 'gwr', site_code: 'gwr', instance_id: 'gw', type: 'GDGW' },
      ]);
      expect((connections[2]!.connection_point_pair as Item[])[1]).toMatchObject({ instance_id: 'tab', project_id: 'tp', region_id: 'tr', type: 'ER_ROUTE_TABLE' });
      expect(derive(state).map((c) => c.central_network_id)).toEqual(['net', 'net', 'net', 'other']);
    });

    it('a network without an applied policy shows its own dates on ER-ER stamps', () => {
      const state = { central_network: [{ ...network, enterprise_project_id: 'ep' }], central_network_gdgw_attachment: [gdgw('g1', 'AVAILABLE')] };
      expect(derive(state).map((c) => c.enterprise_project_id)).toEqual(['ep']);
    });

    it.each<[string, Item, 'merge' | object, Item?]>([
      ['BandwidthPackage with a bandwidth: merged', { bandwidth_type: 'BandwidthPackage', global_connection_bandwidth_id: 'g' }, 'merge'],
      ['BandwidthPackage without one: refused', { bandwidth_type: 'BandwidthPackage' }, { status: 400, code: 'CC.1001', message: 'UpdateCentralNetworkConnection: bandwidth_type BandwidthPackage needs global_connection_bandwidth_id, the global connection bandwidth to draw on.' }],
      ['TestBandwidth: the bandwidth is dropped', { bandwidth_type: 'TestBandwidth' }, 'merge', { id: 'c' }],
      ['no type: left as is', {}, 'merge', { id: 'c', global_connection_bandwidth_id: 'g', bandwidth_size: 5 }],
    ])('UpdateCentralNetworkConnection, %s', (_, input, want, after) => {
      const item: Item = { id: 'c', global_connection_bandwidth_id: 'g', bandwidth_size: 5 };
      const run = () => gcn.actions!.UpdateCentralNetworkConnection!(item, context({}, { input }));
      if (typeof want === 'string') expect(run()).toBe(want);
      else expect(thrown(run)).toMatchObject(want);
      if (after) expect(item).toEqual(after);
    });
  });

  describe('attachments', () => {
    const network: Item = { id: 'net', default_plane_id: 'dp' };
    const policy = { id: 'p', central_network_id: 'net', is_applied: true, document: { default_plane: 'main', planes: [{ name: 'main' }, { name: 'side' }] } };
    const state = { central_network: [network], central_network_policy: [policy] };
    const gdgw = gcn.resources!.central_network_gdgw_attachment!;
    const table = gcn.resources!.central_network_er_route_table_attachment!;

    it.each<[string, Item, unknown]>([
      ['joins the default plane', {}, 'dp'],
      ['or a plane of the applied policy', { central_network_plane_id: derivedId('plane', 'net', 'side') }, derivedId('plane', 'net', 'side')],
    ])('a GDGW attachment %s, with site codes from the regions', (_, fields, plane) => {
      const item: Item = { ...fields, enterprise_router_region_id: 'r1', global_dc_gateway_region_id: 'r2' };
      gdgw.onCreate!(item, context(state, { parents: { central_network_id: 'net' } }));
      expect(item).toEqual({ central_network_plane_id: plane, enterprise_router_region_id: 'r1', global_dc_gateway_region_id: 'r2', is_frozen: false, bandwidth_type: 'TestBandwidth', enterprise_router_site_code: 'r1', global_dc_gateway_site_code: 'r2' });
    });

    it('refuses a plane of another network', () => {
      const error = thrown(() => gdgw.onCreate!({ central_network_plane_id: 'elsewhere' }, context(state, { parents: { central_network_id: 'net' } })));
      expect(error).toMatchObject({ status: 400, code: 'CC.1001', message: 'CreateCentralNetworkGdgwAttachment: central_network_plane_id elsewhere is not a plane of central network net; omit it for the default plane.' });
    });

    it('a route-table attachment takes its site codes from its router and table', () => {
      const item: Item = { enterprise_router_region_id: 'r1', attached_er_table_region_id: 'r3' };
      table.onCreate!(item, context(state, { parents: { central_network_id: 'net' } }));
      expect(item).toEqual({ central_network_plane_id: 'dp', enterprise_router_region_id: 'r1', attached_er_table_region_id: 'r3', is_frozen: false, bandwidth_type: 'TestBandwidth', enterprise_router_site_code: 'r1', attached_er_table_site_code: 'r3' });
      expect(thrown(() => table.onCreate!({ central_network_plane_id: 'x' }, context(state, { parents: { central_network_id: 'net' } })))).toMatchObject({
        message: 'CreateCentralNetworkErRouteTableAttachment: central_network_plane_id x is not a plane of central network net; omit it for the default plane.',
      });
    });

    it('an attachment shows the bandwidth of its connection', () => {
      const attachment: Item = { id: 'a', bandwidth_size: 1, global_connection_bandwidth_id: 'old' };
      const connections = (fields: Item) => ({ central_network_connection: [{ id: attachmentConnectionId(attachment), bandwidth_type: 'BandwidthPackage', ...fields }] });
      const withBandwidth = { ...attachment };
      gdgw.view!(withBandwidth, context(connections({ bandwidth_size: 20, global_connection_bandwidth_id: 'g' })));
      expect(withBandwidth).toEqual({ id: 'a', bandwidth_type: 'BandwidthPackage', bandwidth_size: 20, global_connection_bandwidth_id: 'g' });
      const without = { ...attachment };
      table.view!(without, context(connections({})));
      expect(without).toEqual({ id: 'a', bandwidth_type: 'BandwidthPackage' });
      const alone = { ...attachment };
      gdgw.view!(alone, context({}));
      expect(alone).toEqual(attachment);
    });
  });

  it('ListCentralNetworkQuotas: networks per account, and the most versions any network has', () => {
    const state = { central_network: [{ id: 'a' }, { id: 'b' }], central_network_policy: [{ central_network_id: 'a' }, { central_network_id: 'b' }, { central_network_id: 'b' }] };
    expect(gcn.listings!.ListCentralNetworkQuotas!(context(state), [])).toEqual([quotaEntry('central_networks_per_account', 5, 2), quotaEntry('policy_versions_per_central_network', 100, 2)]);
    const quota = (key: string) => ({ central_network: 3, central_network_policy: 7 })[key];
    expect(gcn.listings!.ListCentralNetworkQuotas!(context({}, { quota }), [])).toEqual([quotaEntry('central_networks_per_account', 3, 0), quotaEntry('policy_versions_per_central_network', 7, 0)]);
  });
});
