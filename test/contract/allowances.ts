import type { Allowance } from './constraints.js';

/**
 * Constraints the spec states although `test/reference/` does not (or states otherwise), each with the Huawei page
 * that is their source. The reference was read from the SDKs and some doc editions; these come from other editions
 * of the pages (`support.huaweicloud.com/<locale>/api-cc/<OperationId>.html`). Every entry must still be needed:
 * the coverage test fails on an allowance that excuses nothing.
 */
const PAGES = 'https://support.huaweicloud.com';
const UUID = '^[0-9A-Fa-f-]{32,36}$';

export const ALLOWANCES: Allowance[] = [
  // Multi-value filters: the 2024 editions of ListCloudConnections print "Array Length" 1–20 for id, name,
  // description, enterprise_project_id and 1–10 for status and type (the reference keeps them for that list only);
  // the spec reads the same lengths into the filters of the other lists.
  { where: /^query \w+$/, keyword: 'minItems', spec: 1, page: `${PAGES}/intl/en-us/api-cc/ListCloudConnections.html` },
  { where: /^query \w+$/, keyword: 'maxItems', spec: 20, page: `${PAGES}/intl/en-us/api-cc/ListCloudConnections.html` },
  { where: /^query \w+$/, keyword: 'maxItems', spec: 10, page: `${PAGES}/intl/en-us/api-cc/ListCloudConnections.html` },
  // The marker is page_info's opaque value on every list; ListCloudConnections documents it as 1–4096 characters.
  // The 36 of the reference's ListNetworkInstances belongs to an older paging scheme (the last record's id).
  { operations: /^ListNetworkInstances$/, where: /^query marker$/, keyword: 'maxLength', spec: 4096, page: `${PAGES}/intl/en-us/api-cc/ListCloudConnections.html` },
  // Default page sizes the pages print for these lists (the reference carries only the SDK's 1–2000): 1000 on the
  // 2024 pages of permissions and quotas, 2000 on the Chinese edition (2026-06) of the inter-region list.
  { operations: /^(ListAuthorisations|ListPermissions)$/, where: /^query limit$/, keyword: 'default', spec: 1000, page: `${PAGES}/intl/en-us/api-cc/ListPermissions.html` },
  { operations: /^ListCloudConnectionQuotas$/, where: /^query limit$/, keyword: 'default', spec: 1000, page: `${PAGES}/intl/en-us/api-cc/ListCloudConnectionQuotas.html` },
  { operations: /^ListInterRegionBandwidths$/, where: /^query limit$/, keyword: 'default', spec: 2000, page: `${PAGES}/api-cc/ListInterRegionBandwidths.html` },
  // The docs mark quota_type mandatory; both SDKs make it optional. The spec follows the docs (issue 12).
  { operations: /^ListCloudConnectionQuotas$/, where: /^query quota_type$/, keyword: 'required', spec: true, page: `${PAGES}/intl/en-us/api-cc/ListCloudConnectionQuotas.html` },
  // The pages list ACTIVE, PENDING and ERROR for a network instance (2024-11 edition); the SDK enum has ACTIVE only.
  { where: /(^query status\[\]|\.status)$/, operations: /NetworkInstance/, keyword: 'enum', spec: ['ACTIVE', 'ERROR', 'PENDING'], page: `${PAGES}/intl/ar-mena/api-cc/ShowNetworkInstance.html` },
  // Huawei's own example answers (UpdateCloudConnection page, the seed of this spec) show `"domain_id": "XXX"`, so the
  // response schema drops the reference's lower bound of 10 to keep accepting the documented example.
  { where: /^response cloud_connections?(\[\])?\.domain_id$/, keyword: 'minLength', spec: undefined, page: `${PAGES}/intl/en-us/api-cc/UpdateCloudConnection.html` },
  // Instance ids are UUIDs, 32 to 36 hexadecimal digits and hyphens (Chinese edition, 2026-06-02; seen on the
  // cloud-connection and bandwidth-package pages).
  { operations: /CloudConnection|BandwidthPackage/, where: /^path id$/, keyword: 'pattern', spec: UUID, page: `${PAGES}/api-cc/UpdateCloudConnection.html, ${PAGES}/api-cc/ShowBandwidthPackage.html` },
  // Central network ids are 36 characters (2024-05 editions print 36–36 for central_network_id, and for policy_id
  // and connection_id); the attachment ids are ids of the same kind, and the same ids appear in bodies.
  ...(['minLength', 'maxLength'] as const).map(
    (keyword): Allowance => ({
      where: /^(path (policy_id|connection_id|gdgw_attachment_id|er_route_table_attachment_id)|response .*central_network_id|response central_networks?(\[\])?\.id)$/,
      keyword,
      spec: 36,
      page: `${PAGES}/intl/th-th/api-cc/CreateCentralNetworkGdgwAttachment.html`,
    }),
  ),
  // The GCB tag paths take resource ids of up to 64 characters (2024-03 edition of the GCB tag pages).
  { operations: /GcbResource/, where: /^path resource_id$/, keyword: 'maxLength', spec: 64, page: `${PAGES}/intl/en-us/api-cc/ListGcbResourceTags.html` },
  // Tag rules: a key of at most 128 and a value of at most 255 characters (TagCloudConnection, 2024-11 edition);
  // the reference states key 1–128 for the tag model itself, and these are the same keys in other shapes.
  { where: /(^path tag_key|key)$/, keyword: 'maxLength', spec: 128, page: `${PAGES}/intl/ar-mena/api-cc/TagCloudConnection.html` },
  { where: /key$/, keyword: 'minLength', spec: 1, page: `${PAGES}/intl/ar-mena/api-cc/TagCloudConnection.html` },
  { where: /(value|values\[\])$/, keyword: 'maxLength', spec: 255, page: `${PAGES}/intl/ar-mena/api-cc/TagCloudConnection.html` },
  // At most 10 values per tag condition: cc-models.json QueryResourceByTagRequestBody (itemValuesMaxItems 10).
  { where: /values$/, keyword: 'maxItems', spec: 10, page: `${PAGES}/intl/en-us/api-cc/ListCloudConnectionsByTags.html` },
  // At most 20 tags per resource (Chinese edition of TagCloudConnection, 2026-06-02), so at most 20 in one call
  // and in one filter list (the reference's QueryResourceByTagRequestBody agrees for the filters).
  { where: /^request (\w+\.)?(tags|tags_any|not_tags|not_tags_any)$/, keyword: 'maxItems', spec: 20, page: `${PAGES}/api-cc/TagCloudConnection.html` },
  // Descriptions of at most 255 characters: CreateCloudConnection (pt-br, 2024-03) and CreateCentralNetwork
  // (ja-jp, 2024-05) print 0–255; the other resources share the rule.
  { where: /description$/, keyword: 'maxLength', spec: 255, page: `${PAGES}/intl/ja-jp/api-cc/CreateCentralNetwork.html` },
  // Enterprise project ids of 1 to 36 characters (pt-br CreateCloudConnection, 2024-03; ja-jp CreateCentralNetwork).
  { where: /enterprise_project_id$/, keyword: 'maxLength', spec: 36, page: `${PAGES}/intl/pt-br/api-cc/CreateCloudConnection.html` },
  { where: /enterprise_project_id$/, keyword: 'minLength', spec: 1, page: `${PAGES}/intl/pt-br/api-cc/CreateCloudConnection.html` },
  // Central network policy documents (ja-jp CreateCentralNetwork, 2024-05-13): default_plane 1–64 characters,
  // default "default-plane"; planes 1–100; er_instances 1–200 (zh ShowCentralNetwork, 2024-05-13).
  { where: /default_plane$/, keyword: 'minLength', spec: 1, page: `${PAGES}/intl/ja-jp/api-cc/CreateCentralNetwork.html` },
  { where: /default_plane$/, keyword: 'maxLength', spec: 64, page: `${PAGES}/intl/ja-jp/api-cc/CreateCentralNetwork.html` },
  { where: /default_plane$/, keyword: 'default', spec: 'default-plane', page: `${PAGES}/intl/ja-jp/api-cc/CreateCentralNetwork.html` },
  { where: /\.planes$|^request central_network_policy_document\.planes$/, keyword: 'minItems', spec: 1, page: `${PAGES}/intl/ja-jp/api-cc/CreateCentralNetwork.html` },
  { where: /\.planes$/, keyword: 'maxItems', spec: 100, page: `${PAGES}/intl/ja-jp/api-cc/CreateCentralNetwork.html` },
  { where: /\.er_instances$/, keyword: 'minItems', spec: 1, page: `${PAGES}/api-cc/ShowCentralNetwork.html` },
  { where: /\.er_instances$/, keyword: 'maxItems', spec: 200, page: `${PAGES}/api-cc/ShowCentralNetwork.html` },
  // Prepaid periods: the reference's note on period_num ("month: 1-9, year: 1-3"); 1–9 admits both units.
  { where: /prepaid_options\.period_num$/, keyword: 'minimum', spec: 1, page: `${PAGES}/intl/en-us/api-cc/CreateBandwidthPackage.html` },
  { where: /prepaid_options\.period_num$/, keyword: 'maximum', spec: 9, page: `${PAGES}/intl/en-us/api-cc/CreateBandwidthPackage.html` },
  // An inter-region bandwidth joins exactly two regions (cc-api-catalogue: "the two region IDs to interconnect").
  ...(['minItems', 'maxItems'] as const).map(
    (keyword): Allowance => ({ where: /inter_region_ids$/, keyword, spec: 2, page: `${PAGES}/intl/en-us/api-cc/CreateInterRegionBandwidth.html` }),
  ),
  // CIDR entries of at most 64 characters: cc-models.json NetworkInstance.cidrs (itemsMaxLength 64), the same list.
  { where: /cidrs\[\]$/, keyword: 'maxLength', spec: 64, page: `${PAGES}/intl/en-us/api-cc/CreateNetworkInstance.html` },
  // GCB: the associate/disassociate lists hold 1–200 items (cc-api-catalogue, from the 2024 pages); the resource
  // filter pages by limit 1–1000 and offset from 0 (2024-03 edition).
  { where: /^request gcbandwidths$/, keyword: 'minItems', spec: 1, page: `${PAGES}/intl/en-us/api-cc/AssociateGlobalConnectionBandwidthInstance.html` },
  { where: /^request gcbandwidths$/, keyword: 'maxItems', spec: 200, page: `${PAGES}/intl/en-us/api-cc/AssociateGlobalConnectionBandwidthInstance.html` },
  { operations: /^ListGcbResourceByTag$/, where: /^query limit$/, keyword: 'minimum', spec: 1, page: `${PAGES}/intl/en-us/api-cc/ListGcbResourceByTag.html` },
  { operations: /^ListGcbResourceByTag$/, where: /^query limit$/, keyword: 'maximum', spec: 1000, page: `${PAGES}/intl/en-us/api-cc/ListGcbResourceByTag.html` },
  { where: /^query offset$/, keyword: 'minimum', spec: 0, page: `${PAGES}/intl/en-us/api-cc/ListGcbResourceByTag.html` },
];
