import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestExample } from '../support/harness.js';
import { BOB, refusal, twoAccounts, type Scenario } from './support.js';

/*
 * Cloud connections, driven as a user's automation would: every answer is checked against the state the requests
 * built (issue 13: derived routes, computed spec codes, names, counters and flags, delete guards, accounts).
 */

let s: Scenario;
beforeAll(async () => {
  s = await twoAccounts();
});
afterAll(async () => s.close());

const vpc = (cloudConnectionId: string, name: string, region: string, cidrs: string[]) => ({
  network_instance: { ...requestExample('CreateNetworkInstance').network_instance, name, cloud_connection_id: cloudConnectionId, region_id: region, cidrs },
});

const pkg = (name: string, local: string, remote: string, billingMode: number) => {
  const { resource_id: _r, resource_type: _t, spec_code: _s, ...rest } = requestExample('CreateBandwidthPackage').bandwidth_package;
  return { bandwidth_package: { ...rest, name, local_area_id: local, remote_area_id: remote, billing_mode: billingMode } } as never;
};

describe('ccaas: a cloud connection from empty to deleted', () => {
  it('routes follow the loaded network instances, counters follow the children, guards keep the order of deletes', async () => {
    const { alice, bob } = s;
    const { cloud_connection: cc } = await alice.createCloudConnection({ body: { cloud_connection: { name: 'cc-scenario' } } });
    const { cloud_connection: other } = await alice.createCloudConnection({ body: { cloud_connection: { name: 'cc-other' } } });
    expect(cc).toMatchObject({ status: 'ACTIVE', admin_state_up: true, network_instance_number: 0, bandwidth_package_number: 0, inter_region_bandwidth_number: 0 });

    const { network_instance: beijing } = await alice.createNetworkInstance({ body: vpc(cc.id, 'vpc-bj', 'cn-north-4', ['10.1.0.0/16', '10.2.0.0/16']) });
    const { network_instance: shanghai } = await alice.createNetworkInstance({ body: vpc(cc.id, 'vpc-sh', 'cn-east-3', ['10.3.0.0/16']) });
    await alice.createNetworkInstance({ body: vpc(other.id, 'vpc-other', 'cn-north-4', ['172.16.0.0/12']) });
    expect(beijing.instance_domain_id).toBe(s.emulator.accounts[0]!.domainId);

    // One route per CIDR, next hop the instance that publishes it, only under its own cloud connection.
    const routesOf = async (id: string) =>
      (await alice.listCloudConnectionRoutes({ cloud_connection_id: [id] })).cloud_connection_routes.map((r) => [r.destination, r.instance_id, r.region_id]);
    expect(await routesOf(cc.id)).toEqual([
      ['10.1.0.0/16', beijing.instance_id, 'cn-north-4'],
      ['10.2.0.0/16', beijing.instance_id, 'cn-north-4'],
      ['10.3.0.0/16', shanghai.instance_id, 'cn-east-3'],
    ]);
    expect(await routesOf(other.id)).toEqual([['172.16.0.0/12', expect.any(String), 'cn-north-4']]);
    expect((await bob.listCloudConnectionRoutes()).cloud_connection_routes).toEqual([]);
    const [firstRoute] = (await alice.listCloudConnectionRoutes({ cloud_connection_id: [cc.id] })).cloud_connection_routes;
    expect(await refusal(() => bob.showCloudConnectionRoutes({ id: firstRoute!.id }))).toBe('404 CC.1404');

    // Changing the published CIDRs changes the routes.
    await alice.updateNetworkInstance({ id: shanghai.id, body: { network_instance: { cidrs: ['10.4.0.0/16'] } } });
    expect((await routesOf(cc.id)).map(([destination]) => destination)).toEqual(['10.1.0.0/16', '10.2.0.0/16', '10.4.0.0/16']);
    expect((await alice.showCloudConnection({ id: cc.id })).cloud_connection.network_instance_number).toBe(2);

    // A Chinese-mainland package within the mainland, and one to Asia Pacific: spec codes from the two areas.
    const { bandwidth_package: inland } = await alice.createBandwidthPackage({ body: pkg('bwp-cm', 'Chinese-Mainland', 'Chinese-Mainland', 5) });
    const { bandwidth_package: abroad } = await alice.createBandwidthPackage({ body: pkg('bwp-ap', 'Chinese-Mainland', 'Asia-Pacific', 1) });
    expect([inland.spec_code, abroad.spec_code]).toEqual(['bandwidth.cmtocm', 'bandwidth.cmtoap']);
    expect([inland.resource_id, inland.order_id, inland.product_id]).toEqual(['', undefined, undefined]);
    expect(abroad.order_id).toMatch(/^[0-9a-f]{32}$/);
    expect(abroad.product_id).toMatch(/^OFFI[0-9a-f]{28}$/);

    // An inter-region bandwidth needs its package bound to the cloud connection first.
    const irb = { inter_region_bandwidth: { cloud_connection_id: cc.id, bandwidth_package_id: inland.id, bandwidth: 5, inter_region_ids: ['cn-north-4', 'cn-east-3'] } };
    expect(await refusal(() => alice.createInterRegionBandwidth({ body: irb }))).toBe('400 CC.1001');
    await alice.associateBandwidthPackage({ id: inland.id, body: { bandwidth_package: { resource_id: cc.id, resource_type: 'cloud_connection' } } });
    expect(await refusal(() => alice.associateBandwidthPackage({ id: inland.id, body: { bandwidth_package: { resource_id: other.id, resource_type: 'cloud_connection' } } }))).toBe('400 CC.1055');
    const { inter_region_bandwidth: link } = await alice.createInterRegionBandwidth({ body: irb });
    expect(link.name).toBe('cn-north-4_cn-east-3');
    expect(link.inter_regions?.map((end) => [end.local_region_id, end.remote_region_id, end.project_id])).toEqual([
      ['cn-north-4', 'cn-east-3', beijing.project_id],
      ['cn-east-3', 'cn-north-4', shanghai.project_id],
    ]);
    expect((await alice.showCloudConnection({ id: cc.id })).cloud_connection).toMatchObject({ bandwidth_package_number: 1, inter_region_bandwidth_number: 1 });
    expect((await alice.listBandwidthPackages({ cloud_connection_id: [cc.id] } as never)).bandwidth_packages.map((p) => p.id)).toEqual([inland.id]);

    // Deletes in the wrong order are refused, each naming what is left.
    expect(
      await Promise.all([
        refusal(() => alice.deleteCloudConnection({ id: cc.id })),
        refusal(() => alice.deleteBandwidthPackage({ id: inland.id })),
        refusal(() => alice.disassociateBandwidthPackage({ id: inland.id, body: { bandwidth_package: { resource_id: cc.id, resource_type: 'cloud_connection' } } })),
        refusal(() => bob.deleteInterRegionBandwidth({ id: link.id })),
      ]),
    ).toEqual(['400 CC.1032', '400 CC.1052', '400 CC.1052', '404 CC.1404']);

    // In the right order everything goes, and the derived routes go with their network instances.
    await alice.deleteInterRegionBandwidth({ id: link.id });
    await alice.disassociateBandwidthPackage({ id: inland.id, body: { bandwidth_package: { resource_id: cc.id, resource_type: 'cloud_connection' } } });
    await alice.deleteBandwidthPackage({ id: inland.id });
    await alice.deleteNetworkInstance({ id: beijing.id });
    expect((await routesOf(cc.id)).map(([destination]) => destination)).toEqual(['10.4.0.0/16']);
    await alice.deleteNetworkInstance({ id: shanghai.id });
    expect(await routesOf(cc.id)).toEqual([]);
    await alice.deleteCloudConnection({ id: cc.id });
    expect(await refusal(() => alice.showCloudConnection({ id: cc.id }))).toBe('404 CC.1404');
  });

  it.each([
    { local: 'Chinese-Mainland', remote: 'Chinese-Mainland', billing: 5, specCode: 'bandwidth.cmtocm', ordered: false },
    { local: 'Chinese-Mainland', remote: 'Asia-Pacific', billing: 1, specCode: 'bandwidth.cmtoap', ordered: true },
    { local: 'Asia-Pacific', remote: 'Africa', billing: 2, specCode: 'bandwidth.aptoaf', ordered: true },
    { local: 'Western-Latin-America', remote: 'Eastern-Latin-America', billing: 3, specCode: 'bandwidth.wlatoela', ordered: false },
  ])('a $local → $remote package billed as $billing has spec code $specCode, ordered: $ordered', async ({ local, remote, billing, specCode, ordered }) => {
    const { bandwidth_package: created } = await s.alice.createBandwidthPackage({ body: pkg(`bwp-${specCode}-${billing}`, local, remote, billing) });
    expect([created.spec_code, created.order_id !== undefined, created.product_id !== undefined]).toEqual([specCode, ordered, ordered]);
  });

  it("an authorisation reads is_loaded_by_cloud_connection from the other account's network instances", async () => {
    const { alice, bob } = s;
    const { cloud_connection: bobs } = await bob.createCloudConnection({ body: { cloud_connection: { name: 'cc-bob' } } });
    const body = { authorisation: { ...requestExample('CreateAuthorisation').authorisation, name: 'share-with-bob', cloud_connection_id: bobs.id, cloud_connection_domain_id: BOB.domainId } };
    const { authorisation } = await alice.createAuthorisation({ body });
    expect(authorisation).toMatchObject({ status: 'ACTIVE', is_loaded_by_cloud_connection: false, domain_id: s.emulator.accounts[0]!.domainId });
    await bob.createNetworkInstance({
      body: {
        network_instance: {
          name: 'alices-vpc',
          cloud_connection_id: bobs.id,
          instance_id: authorisation.instance_id,
          instance_domain_id: s.emulator.accounts[0]!.domainId,
          project_id: authorisation.project_id,
          region_id: authorisation.region_id,
          type: 'vpc',
          cidrs: ['192.168.0.0/16'],
        },
      } as never,
    });
    expect((await alice.listAuthorisations()).authorisations.map((a) => [a.id, a.is_loaded_by_cloud_connection])).toEqual([[authorisation.id, true]]);
    expect((await bob.listAuthorisations()).authorisations).toEqual([]);
  });

  it('a resource takes at most 20 tags (TagCloudConnection, Chinese edition)', async () => {
    const { alice } = s;
    const { cloud_connection: cc } = await alice.createCloudConnection({ body: { cloud_connection: { name: 'cc-tags' } } });
    const tags = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${from + i}`, value: 'v' }));
    await alice.tagCloudConnection({ id: cc.id, body: { tags: tags(0, 15) } });
    expect(await refusal(() => alice.tagCloudConnection({ id: cc.id, body: { tags: tags(15, 6) } }))).toBe('400 CC.1001');
    await alice.tagCloudConnection({ id: cc.id, body: { tags: tags(15, 5) } });
    // Overwriting a key does not add a tag.
    await alice.tagCloudConnection({ id: cc.id, body: { tags: [{ key: 'k0', value: 'changed' }] } });
    expect(await refusal(() => alice.tagCloudConnection({ id: cc.id, body: { tags: [{ key: 'k20', value: 'v' }] } }))).toBe('400 CC.1001');
    const shown = (await alice.showCloudConnection({ id: cc.id })).cloud_connection.tags!;
    expect([shown.length, shown[0]]).toEqual([20, { key: 'k0', value: 'changed' }]);
  });
});
