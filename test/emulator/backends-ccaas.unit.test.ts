/**
 * The ccaas backend and the helpers of backends/types.ts, called directly with a hand-built view of the account's
 * state: each rule's answer for given items and request fields (tables of given/want). Fast enough for every
 * mutant of the backends (`npm run test:mutation`, target emulator); the HTTP tests in scenarios/ drive the same rules
 * end to end.
 */
import { describe, expect, it } from 'vitest';
import { ccaas, specCodeOf } from '../../src/emulator/backends/ccaas.js';
import { derivedId, itemsIn, quotaEntry } from '../../src/emulator/backends/types.js';
import type { Item } from '../../src/emulator/store.js';
import { context, thrown, UUID_V4_SHAPE } from './support/rule-context.js';

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
