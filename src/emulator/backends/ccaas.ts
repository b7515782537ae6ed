import { ApiError, invalidParameter } from '../errors.js';
import type { Item } from '../store.js';
import { derivedId, type Backend } from './types.js';

/*
 * Cloud connections (ccaas): cloud connections, the network instances loaded into them, bandwidth packages,
 * inter-region bandwidths, authorisations, and the routes the service learns from loaded network instances.
 */

const CC = {
  nameTaken: 'CC.1031',
  notEmpty: 'CC.1032',
  quota: 'CC.1033',
  packageInUse: 'CC.1052',
  packageNameTaken: 'CC.1053',
  packageBound: 'CC.1055',
} as const;

/**
 * Short codes of the geographic areas, as in the documented `bandwidth.cmtoap` (Chinese-Mainland → Asia-Pacific) of
 * ListAreaBandwidthPackageSpecifications (https://support.huaweicloud.com/intl/en-us/api-cc/ListAreaBandwidthPackageSpecifications.html);
 * the four areas without a documented code take their initials the same way.
 */
const AREA_CODES: Record<string, string> = {
  'Chinese-Mainland': 'cm',
  'Asia-Pacific': 'ap',
  Africa: 'af',
  'Western-Latin-America': 'wla',
  'Eastern-Latin-America': 'ela',
  'Northern-Latin-America': 'nla',
};

export const specCodeOf = (localArea: unknown, remoteArea: unknown): string =>
  `bandwidth.${AREA_CODES[String(localArea)] ?? String(localArea).toLowerCase()}to${AREA_CODES[String(remoteArea)] ?? String(remoteArea).toLowerCase()}`;

/** Yearly/monthly billing (codes 1 and 2 of the spec's `BandwidthPackageBillingMode`) is bought through an order. */
const PREPAID_MODES = new Set([1, 2]);

export const ccaas: Backend = {
  section: 'ccaas',
  resources: {
    cloud_connection: {
      uniqueName: CC.nameTaken,
      // The per-account limit ListCloudConnectionQuotas reports (the `quotas` option sets it; 10 by default).
      quota: { code: CC.quota, limit: 10 },
      // The emulator's own order of deletes (no Huawei page states it for cloud connections; it mirrors the documented
      // one for packages, whose inter-region bandwidths go first, cc_03_0303 below): a cloud connection goes last,
      // after its network instances and inter-region bandwidths.
      blockDelete: [
        { code: CC.notEmpty, itemKey: 'network_instance', via: 'cloud_connection_id', message: 'network instances are still loaded into it; remove them first' },
        { code: CC.notEmpty, itemKey: 'inter_region_bandwidth', via: 'cloud_connection_id', message: 'inter-region bandwidths are still configured on it; delete them first' },
      ],
      counters: { bandwidth_package_number: { itemKey: 'bandwidth_package', via: 'resource_id' } },
      defaults: { admin_state_up: true, used_scene: 'vpc', enterprise_project_id: '0' },
    },
    network_instance: {
      references: { cloud_connection_id: 'cloud_connection' },
      defaults: { type: 'vpc', cidrs: [] },
      onCreate(item, { domainId }) {
        // Loaded from this account unless the request names the VPC's owner (an authorised VPC of another account).
        item.instance_domain_id ??= domainId;
      },
    },
    inter_region_bandwidth: {
      references: { cloud_connection_id: 'cloud_connection', bandwidth_package_id: 'bandwidth_package' },
      // The service names the bandwidth after its two regions and reports one end per region:
      // CreateInterRegionBandwidth (https://support.huaweicloud.com/intl/en-us/api-cc/CreateInterRegionBandwidth.html).
      onCreate(item, { input, items }) {
        const regions = Array.isArray(input.inter_region_ids) ? (input.inter_region_ids as unknown[]).map(String) : [];
        if (regions.length !== 2) return;
        if (regions[0] === regions[1]) throw invalidParameter('CreateInterRegionBandwidth: inter_region_ids must name two different regions.');
        const pkg = items('bandwidth_package').find((p) => p.id === item.bandwidth_package_id);
        if (pkg && pkg.resource_id !== item.cloud_connection_id) {
          throw invalidParameter(`CreateInterRegionBandwidth: bandwidth_package_id ${String(pkg.id)} is not bound to cloud connection ${String(item.cloud_connection_id)}; associate it first.`);
        }
        const loaded = items('network_instance').filter((ni) => ni.cloud_connection_id === item.cloud_connection_id);
        const projectOf = (region: string) => loaded.find((ni) => ni.region_id === region)?.project_id ?? pkg?.project_id ?? '';
        item.name = regions.join('_');
        item.inter_regions = regions.map((region, i) => ({
          id: derivedId(item.id, region),
          project_id: projectOf(region),
          local_region_id: region,
          remote_region_id: regions[1 - i],
        }));
      },
    },
    bandwidth_package: {
      uniqueName: CC.packageNameTaken,
      // A package is bound to a cloud connection through `resource_id`; the list filter names it differently.
      filterAliases: { cloud_connection_id: 'resource_id' },
      references: { resource_id: 'cloud_connection' },
      blockDelete: [
        { code: CC.packageInUse, itemKey: 'inter_region_bandwidth', via: 'bandwidth_package_id', message: 'inter-region bandwidths still use it; delete them first' },
      ],
      defaults: { admin_state_up: true, resource_id: '', resource_type: 'cloud_connection', interflow_mode: 'Area', charge_mode: 'bandwidth', enterprise_project_id: '0' },
      // The spec code encodes the two areas; yearly/monthly packages are bought through an order, so they carry its
      // order and product ids: CreateBandwidthPackage (https://support.huaweicloud.com/intl/en-us/api-cc/CreateBandwidthPackage.html).
      onCreate(item) {
        item.spec_code ??= specCodeOf(item.local_area_id, item.remote_area_id);
        if (PREPAID_MODES.has(Number(item.billing_mode))) {
          item.order_id = derivedId('order', item.id).replace(/-/g, '');
          item.product_id = `OFFI${derivedId('product', item.spec_code).replace(/-/g, '').slice(0, 28)}`;
        }
      },
    },
    authorisation: {
      defaults: { instance_type: 'vpc' },
      onCreate(item, { domainId }) {
        item.status = 'ACTIVE';
        item.domain_id = domainId;
      },
      // True once the other account's cloud connection has loaded the VPC: ListAuthorisations
      // (https://support.huaweicloud.com/intl/en-us/api-cc/ListAuthorisations.html).
      view(item, { everywhere }) {
        item.is_loaded_by_cloud_connection = everywhere('network_instance').some(
          (ni) => ni.instance_id === item.instance_id && ni.cloud_connection_id === item.cloud_connection_id,
        );
      },
    },
  },
  actions: {
    // A package binds to one cloud connection at a time: Binding or Unbinding a Bandwidth Package
    // (https://support.huaweicloud.com/intl/en-us/usermanual-cc/cc_03_0303.html).
    AssociateBandwidthPackage(item, { input, items }) {
      if (item.resource_id) throw new ApiError(400, CC.packageBound, `AssociateBandwidthPackage: the bandwidth package is already bound to ${String(item.resource_id)}; unbind it first.`);
      if (!items('cloud_connection').some((cc) => cc.id === input.resource_id)) {
        throw invalidParameter(`AssociateBandwidthPackage: resource_id ${String(input.resource_id)} does not name a cloud connection of the account.`);
      }
      return 'merge';
    },
    // Unbinding needs every inter-region bandwidth taken from the package deleted first (same page).
    DisassociateBandwidthPackage(item, { input, items }) {
      if (!item.resource_id || (input.resource_id !== undefined && input.resource_id !== item.resource_id)) {
        throw invalidParameter(`DisassociateBandwidthPackage: the bandwidth package is not bound to ${String(input.resource_id ?? 'anything')}.`);
      }
      const using = items('inter_region_bandwidth').filter((irb) => irb.bandwidth_package_id === item.id).length;
      if (using > 0) throw new ApiError(400, CC.packageInUse, `DisassociateBandwidthPackage: ${using} inter-region bandwidth(s) still use the package; delete them first.`);
      item.resource_id = '';
      return 'done';
    },
  },
  listings: {
    // The account-wide quota says what CC.1033 will enforce: the configured limit and the number in use; the
    // per-connection quotas are the catalogue's.
    ListCloudConnectionQuotas: ({ domainId, items, quota }, catalogue) => [
      {
        domain_id: domainId,
        cloud_connection_id: '',
        region_id: '',
        quota_type: 'cloud_connection',
        quota_number: quota('cloud_connection') ?? 0,
        quota_used: items('cloud_connection').length,
      },
      ...catalogue.filter((entry) => entry.quota_type !== 'cloud_connection'),
    ],
  },
  derived: {
    // One route per CIDR a loaded network instance publishes, its next hop that instance: ShowCloudConnectionRoutes
    // (https://support.huaweicloud.com/intl/en-us/api-cc/ShowCloudConnectionRoutes.html).
    cloud_connection_route: {
      derive: ({ items, domainId }) =>
        items('network_instance')
          .filter((ni) => ni.status !== 'PENDING' && ni.status !== 'ERROR')
          .flatMap((ni) =>
            (Array.isArray(ni.cidrs) ? ni.cidrs.filter((cidr): cidr is string => typeof cidr === 'string') : []).map(
              (cidr): Item => ({
                id: derivedId('route', ni.cloud_connection_id, ni.id, cidr),
                cloud_connection_id: ni.cloud_connection_id,
                domain_id: domainId,
                instance_id: ni.instance_id,
                project_id: ni.project_id,
                region_id: ni.region_id,
                destination: cidr,
                type: ni.type ?? 'vpc',
              }),
            ),
          ),
      identity: (route) => `${String(route.cloud_connection_id)}|${String(route.instance_id)}|${String(route.destination)}`,
    },
  },
};
