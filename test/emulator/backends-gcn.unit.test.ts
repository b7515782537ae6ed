/**
 * The gcn backend's rules, called directly with a hand-built view of the account's state: each rule's
 * answer for given items and request fields (tables of given/want). Fast enough for every mutant of the backends
 * (`npm run test:mutation`, target emulator); the HTTP tests in scenarios/ drive the same rules end to end.
 */
import { describe, expect, it } from 'vitest';
import { attachmentConnectionId, gcn } from '../../src/emulator/backends/gcn.js';
import { changeSetOf } from '../../src/emulator/backends/gcn-policy.js';
import { derivedId, quotaEntry } from '../../src/emulator/backends/types.js';
import type { Item } from '../../src/emulator/store.js';
import { context, thrown } from './support/rule-context.js';

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
