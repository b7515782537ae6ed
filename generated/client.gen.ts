// Generated from openapi/openapi.yaml by `npm run build`. Do not edit: change the spec or generator/ instead.
import type { operations } from './schema.js';

/** How `paginate()` walks a list operation's answer. */
export interface PaginationSpec {
  readonly style: 'marker' | 'offset' | 'single';
  readonly itemsKey: string;
}

/** Where waiters read a resource's state in a read operation's answer. */
export interface StateSpec {
  readonly itemKey: string;
  readonly field: string;
  readonly values: readonly string[];
}

// Three tables rather than one, so that an application that never pages or waits does not ship the last two.
/**
 * Every operation, one line each: `OperationId [METHOD] [+body|-body] /path[?query&names]`. The method is written
 * only where the operationId's first word does not imply it, `±body` only where the method does not imply it
 * (POST and PUT send a JSON body); `parseOperationTable` in src/operation-table.ts reads it.
 */
export const operationTable = `
ApplyCentralNetworkPolicy -body /v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}/apply
AssociateBandwidthPackage /v3/{domain_id}/ccaas/bandwidth-packages/{id}/associate
AssociateGlobalConnectionBandwidthInstance /v3/{domain_id}/gcb/gcbandwidths/{id}/associate-instance
AssociateSiteNetworkBandwidth /v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/associate
BatchCreateDeleteTags /v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags/action
BatchCreateGcbResourceTags /v3/gcb/{resource_id}/tags/create
BatchDeleteGcbResourceTags /v3/gcb/{resource_id}/tags/delete
CountGcbResourceByTag /v3/gcb/resource-instances/count
CreateAuthorisation /v3/{domain_id}/ccaas/authorisations
CreateBandwidthPackage /v3/{domain_id}/ccaas/bandwidth-packages
CreateCentralNetwork /v3/{domain_id}/gcn/central-networks
CreateCentralNetworkErRouteTableAttachment /v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments
CreateCentralNetworkGdgwAttachment /v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments
CreateCentralNetworkPolicy /v3/{domain_id}/gcn/central-network/{central_network_id}/policies
CreateCloudConnection /v3/{domain_id}/ccaas/cloud-connections
CreateGcbResourceTag /v3/gcb/{resource_id}/tags
CreateGlobalConnectionBandwidth /v3/{domain_id}/gcb/gcbandwidths
CreateInterRegionBandwidth /v3/{domain_id}/ccaas/inter-region-bandwidths
CreateNetworkInstance /v3/{domain_id}/ccaas/network-instances
CreateP2PSiteNetwork /v3/{domain_id}/dcaas/p2p-site-networks
CreateTag /v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags
DeleteAuthorisation /v3/{domain_id}/ccaas/authorisations/{id}
DeleteBandwidthPackage /v3/{domain_id}/ccaas/bandwidth-packages/{id}
DeleteCentralNetwork /v3/{domain_id}/gcn/central-networks/{central_network_id}
DeleteCentralNetworkAttachment /v3/{domain_id}/gcn/central-network/{central_network_id}/attachments/{attachment_id}
DeleteCentralNetworkPolicy /v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}
DeleteCloudConnection /v3/{domain_id}/ccaas/cloud-connections/{id}
DeleteGcbResourceTag /v3/gcb/{resource_id}/tags/{tag_key}
DeleteGlobalConnectionBandwidth /v3/{domain_id}/gcb/gcbandwidths/{id}
DeleteInterRegionBandwidth /v3/{domain_id}/ccaas/inter-region-bandwidths/{id}
DeleteNetworkInstance /v3/{domain_id}/ccaas/network-instances/{id}
DeleteSiteNetwork /v3/{domain_id}/dcaas/site-networks/{site_network_id}
DeleteTag /v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags/{tag_key}
DisassociateBandwidthPackage /v3/{domain_id}/ccaas/bandwidth-packages/{id}/disassociate
DisassociateGlobalConnectionBandwidthInstance /v3/{domain_id}/gcb/gcbandwidths/{id}/disassociate-instance
DisassociateSiteNetworkBandwidth -body /v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/disassociate
ListAreaBandwidthPackageSpecifications /v3/{domain_id}/ccaas/bandwidth-packages/area-specifications?limit&offset&local_area_id&remote_area_id
ListAreas /v3/{domain_id}/ccaas/areas?limit&marker
ListAuthorisations /v3/{domain_id}/ccaas/authorisations?limit&marker&id&name&description&cloud_connection_id&instance_id
ListBandwidthPackageLevels /v3/{domain_id}/ccaas/bandwidth-packages/levels?limit&marker&level&name
ListBandwidthPackageLines /v3/{domain_id}/ccaas/bandwidth-packages/lines?limit&marker&level&name
ListBandwidthPackageSites /v3/{domain_id}/ccaas/bandwidth-packages/sites?limit&marker&site_code&region_id&name
ListBandwidthPackageTags /v3/{domain_id}/ccaas/bandwidth-packages/tags
ListBandwidthPackages /v3/{domain_id}/ccaas/bandwidth-packages?limit&marker&id&name&enterprise_project_id&cloud_connection_id&status&billing_mode&resource_id
ListBandwidthPackagesByTags POST /v3/{domain_id}/ccaas/bandwidth-packages/filter
ListCentralNetworkAttachments /v3/{domain_id}/gcn/central-network/{central_network_id}/attachments?limit&marker&sort_key&sort_dir&id&name&attachment_instance_type&state&attachment_instance_id
ListCentralNetworkCapabilities /v3/{domain_id}/gcn/capabilities?capability&limit&marker
ListCentralNetworkConnections /v3/{domain_id}/gcn/central-network/{central_network_id}/connections?limit&marker&sort_key&sort_dir&id&name&state&global_connection_bandwidth_id&bandwidth_type&connection_type&is_cross_region
ListCentralNetworkErRouteTableAttachments /v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments?limit&marker&sort_key&sort_dir&id&name&state&attachment_instance_id
ListCentralNetworkGdgwAttachments /v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments?limit&marker&sort_key&sort_dir&id&name&state&global_dc_gateway_id
ListCentralNetworkPolicies /v3/{domain_id}/gcn/central-network/{central_network_id}/policies?limit&marker&sort_key&sort_dir&id&state&version&is_applied
ListCentralNetworkPolicyChangeSet /v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}/change-set
ListCentralNetworkQuotas /v3/{domain_id}/gcn/quotas?quota_type&limit&marker
ListCentralNetworkTags /v3/{domain_id}/gcn/central-networks/tags
ListCentralNetworks /v3/{domain_id}/gcn/central-networks?limit&marker&sort_key&sort_dir&id&name&state&enterprise_project_id&enterprise_router_id&attachment_instance_id&global_connection_bandwidth_id&connection_id
ListCentralNetworksByTags POST /v3/{domain_id}/gcn/central-networks/filter?limit&marker
ListCloudConnectionCapabilities /v3/{domain_id}/ccaas/capabilities?limit&marker&resource_type
ListCloudConnectionQuotas /v3/{domain_id}/ccaas/quotas?limit&marker&quota_type&cloud_connection_id&region_id
ListCloudConnectionRoutes /v3/{domain_id}/ccaas/cloud-connection-routes?limit&marker&id&cloud_connection_id&instance_id&region_id
ListCloudConnectionTags /v3/{domain_id}/ccaas/cloud-connections/tags
ListCloudConnections /v3/{domain_id}/ccaas/cloud-connections?limit&marker&id&name&description&enterprise_project_id&status&type&used_scene
ListCloudConnectionsByTags POST /v3/{domain_id}/ccaas/cloud-connections/filter
ListDomainTags /v3/{domain_id}/ccaas/{resource_type}/tags
ListGcbResourceByTag POST /v3/gcb/resource-instances/filter?limit&offset
ListGcbResourceTags /v3/gcb/{resource_id}/tags
ListGcbTenantTags /v3/gcb/tags
ListGlobalConnectionBandwidthConfigs /v3/{domain_id}/gcb/configs
ListGlobalConnectionBandwidthLineLevels /v3/{domain_id}/gcb/line-levels?limit&marker&id&local_area&remote_area&levels
ListGlobalConnectionBandwidthSites /v3/{domain_id}/gcb/sites?limit&marker&id&name_en&name_cn&site_code&site_type
ListGlobalConnectionBandwidthSpecCodes /v3/{domain_id}/gcb/spec-codes?limit&marker&id&local_area&remote_area&level
ListGlobalConnectionBandwidths /v3/{domain_id}/gcb/gcbandwidths?limit&marker&id&name&enterprise_project_id&instance_id&instance_type&binding_service&type&admin_state&charge_mode
ListInterRegionBandwidths /v3/{domain_id}/ccaas/inter-region-bandwidths?limit&marker&id&enterprise_project_id&cloud_connection_id&bandwidth_package_id
ListNetworkInstances /v3/{domain_id}/ccaas/network-instances?limit&marker&id&name&description&cloud_connection_id&status&type&instance_id&region_id
ListPermissions /v3/{domain_id}/ccaas/permissions?limit&marker&id&name&description&cloud_connection_id&instance_id
ListRegionBandwidthPackageSpecifications /v3/{domain_id}/ccaas/bandwidth-packages/region-specifications?limit&marker&local_region_id&remote_region_id
ListRegions /v3/{domain_id}/ccaas/regions?limit&marker
ListResourceByFilterTag POST /v3/{domain_id}/ccaas/{resource_type}/resource-instances/action
ListSiteNetworkCapabilities /v3/{domain_id}/dcaas/site-network/capabilities?specification&limit&marker
ListSiteNetworkQuotas /v3/{domain_id}/dcaas/site-network/quotas?quota_type&limit&marker
ListSiteNetworks /v3/{domain_id}/dcaas/site-networks?limit&marker&sort_key&sort_dir&id&name&state&enterprise_project_id&global_dc_gateway_id&global_connection_bandwidth_id&connection_id
ListSupportBindingConnectionBandwidths /v3/{domain_id}/gcb/gcbandwidths/support-bindings?limit&marker&enterprise_project_id&local_area&remote_area&binding_service
ListTags /v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags
ShowBandwidthPackage /v3/{domain_id}/ccaas/bandwidth-packages/{id}
ShowCentralNetwork /v3/{domain_id}/gcn/central-networks/{central_network_id}
ShowCentralNetworkErRouteTableAttachment /v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments/{er_route_table_attachment_id}
ShowCentralNetworkGdgwAttachment /v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments/{gdgw_attachment_id}
ShowCloudConnection /v3/{domain_id}/ccaas/cloud-connections/{id}
ShowCloudConnectionRoutes /v3/{domain_id}/ccaas/cloud-connection-routes/{id}
ShowGlobalConnectionBandwidth /v3/{domain_id}/gcb/gcbandwidths/{id}
ShowInterRegionBandwidth /v3/{domain_id}/ccaas/inter-region-bandwidths/{id}
ShowNetworkInstance /v3/{domain_id}/ccaas/network-instances/{id}
ShowSiteNetwork /v3/{domain_id}/dcaas/site-networks/{site_network_id}
TagBandwidthPackage /v3/{domain_id}/ccaas/bandwidth-packages/{id}/tag
TagCentralNetwork /v3/{domain_id}/gcn/central-networks/{central_network_id}/tag
TagCloudConnection /v3/{domain_id}/ccaas/cloud-connections/{id}/tag
UntagBandwidthPackage /v3/{domain_id}/ccaas/bandwidth-packages/{id}/untag
UntagCentralNetwork /v3/{domain_id}/gcn/central-networks/{central_network_id}/untag
UntagCloudConnection /v3/{domain_id}/ccaas/cloud-connections/{id}/untag
UpdateAuthorisation /v3/{domain_id}/ccaas/authorisations/{id}
UpdateBandwidthPackage /v3/{domain_id}/ccaas/bandwidth-packages/{id}
UpdateCentralNetwork /v3/{domain_id}/gcn/central-networks/{central_network_id}
UpdateCentralNetworkConnection /v3/{domain_id}/gcn/central-network/{central_network_id}/connections/{connection_id}
UpdateCentralNetworkErRouteTableAttachment /v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments/{er_route_table_attachment_id}
UpdateCentralNetworkGdgwAttachment /v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments/{gdgw_attachment_id}
UpdateCloudConnection /v3/{domain_id}/ccaas/cloud-connections/{id}
UpdateGlobalConnectionBandwidth /v3/{domain_id}/gcb/gcbandwidths/{id}
UpdateInterRegionBandwidth /v3/{domain_id}/ccaas/inter-region-bandwidths/{id}
UpdateNetworkInstance /v3/{domain_id}/ccaas/network-instances/{id}
UpdateSiteNetwork /v3/{domain_id}/dcaas/site-networks/{site_network_id}
UpdateSiteNetworkBandwidth POST /v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/update-bandwidth
UpdateSiteNetworkBandwidthSize POST /v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/update-bandwidth-size
`;

/** The list operations `paginate()` can walk. */
export const paginationSpecs = {
  ListAreaBandwidthPackageSpecifications: { style: "offset", itemsKey: "area_specifications" },
  ListAreas: { style: "marker", itemsKey: "areas" },
  ListAuthorisations: { style: "marker", itemsKey: "authorisations" },
  ListBandwidthPackageLevels: { style: "marker", itemsKey: "bandwidth_package_levels" },
  ListBandwidthPackageLines: { style: "marker", itemsKey: "bandwidth_package_lines" },
  ListBandwidthPackageSites: { style: "marker", itemsKey: "bandwidth_package_sites" },
  ListBandwidthPackageTags: { style: "single", itemsKey: "tags" },
  ListBandwidthPackages: { style: "marker", itemsKey: "bandwidth_packages" },
  ListBandwidthPackagesByTags: { style: "single", itemsKey: "bandwidth_packages" },
  ListCentralNetworkAttachments: { style: "marker", itemsKey: "central_network_attachments" },
  ListCentralNetworkCapabilities: { style: "marker", itemsKey: "capabilities" },
  ListCentralNetworkConnections: { style: "marker", itemsKey: "central_network_connections" },
  ListCentralNetworkErRouteTableAttachments: { style: "marker", itemsKey: "central_network_er_route_table_attachments" },
  ListCentralNetworkGdgwAttachments: { style: "marker", itemsKey: "central_network_gdgw_attachments" },
  ListCentralNetworkPolicies: { style: "marker", itemsKey: "central_network_policies" },
  ListCentralNetworkPolicyChangeSet: { style: "single", itemsKey: "central_network_policy_change_set" },
  ListCentralNetworkQuotas: { style: "single", itemsKey: "quotas" },
  ListCentralNetworkTags: { style: "single", itemsKey: "tags" },
  ListCentralNetworks: { style: "marker", itemsKey: "central_networks" },
  ListCentralNetworksByTags: { style: "marker", itemsKey: "central_networks" },
  ListCloudConnectionCapabilities: { style: "single", itemsKey: "capabilities" },
  ListCloudConnectionQuotas: { style: "single", itemsKey: "quotas" },
  ListCloudConnectionRoutes: { style: "marker", itemsKey: "cloud_connection_routes" },
  ListCloudConnectionTags: { style: "single", itemsKey: "tags" },
  ListCloudConnections: { style: "marker", itemsKey: "cloud_connections" },
  ListCloudConnectionsByTags: { style: "single", itemsKey: "cloud_connections" },
  ListDomainTags: { style: "single", itemsKey: "tags" },
  ListGcbResourceByTag: { style: "offset", itemsKey: "resources" },
  ListGcbResourceTags: { style: "single", itemsKey: "tags" },
  ListGcbTenantTags: { style: "single", itemsKey: "tags" },
  ListGlobalConnectionBandwidthLineLevels: { style: "marker", itemsKey: "line_levels" },
  ListGlobalConnectionBandwidthSites: { style: "marker", itemsKey: "site_infos" },
  ListGlobalConnectionBandwidthSpecCodes: { style: "marker", itemsKey: "spec_codes" },
  ListGlobalConnectionBandwidths: { style: "marker", itemsKey: "globalconnection_bandwidths" },
  ListInterRegionBandwidths: { style: "marker", itemsKey: "inter_region_bandwidths" },
  ListNetworkInstances: { style: "marker", itemsKey: "network_instances" },
  ListPermissions: { style: "marker", itemsKey: "permissions" },
  ListRegionBandwidthPackageSpecifications: { style: "marker", itemsKey: "region_specifications" },
  ListRegions: { style: "marker", itemsKey: "regions" },
  ListResourceByFilterTag: { style: "single", itemsKey: "resources" },
  ListSiteNetworkCapabilities: { style: "marker", itemsKey: "capabilities" },
  ListSiteNetworkQuotas: { style: "single", itemsKey: "quotas" },
  ListSiteNetworks: { style: "marker", itemsKey: "site_networks" },
  ListSupportBindingConnectionBandwidths: { style: "marker", itemsKey: "globalconnection_bandwidths" },
  ListTags: { style: "single", itemsKey: "tags" },
} as const satisfies Record<string, PaginationSpec>;

/** The read operations whose answer carries a resource state the waiters watch. */
export const stateSpecs = {
  ShowBandwidthPackage: { itemKey: "bandwidth_package", field: "status", values: ["ACTIVE"] },
  ShowCentralNetwork: { itemKey: "central_network", field: "state", values: ["AVAILABLE", "UPDATING", "FAILED", "CREATING", "DELETING", "DELETED", "RESTORING"] },
  ShowCentralNetworkErRouteTableAttachment: { itemKey: "central_network_er_route_table_attachment", field: "state", values: ["AVAILABLE", "CREATING", "UPDATING", "DELETING", "FREEZING", "UNFREEZING", "RECOVERING", "FAILED", "DELETED", "APPROVING", "APPROVED", "UNAPPROVED"] },
  ShowCentralNetworkGdgwAttachment: { itemKey: "central_network_gdgw_attachment", field: "state", values: ["AVAILABLE", "CREATING", "UPDATING", "DELETING", "FREEZING", "UNFREEZING", "RECOVERING", "FAILED", "DELETED", "APPROVING", "APPROVED", "UNAPPROVED"] },
  ShowCloudConnection: { itemKey: "cloud_connection", field: "status", values: ["ACTIVE"] },
  ShowNetworkInstance: { itemKey: "network_instance", field: "status", values: ["ACTIVE", "PENDING", "ERROR"] },
  ShowSiteNetwork: { itemKey: "site_network", field: "state", values: ["AVAILABLE", "UPDATING", "FAILED", "CREATING", "DELETING", "DELETED", "NON-COMPLETE", "RESTORING"] },
} as const satisfies Record<string, StateSpec>;

export type OperationId = keyof OperationTypes;

/** Per-call options of every operation method. */
export interface CallOptions {
  /** Aborts the call. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Arguments of `applyCentralNetworkPolicy` (ApplyCentralNetworkPolicy). */
export interface ApplyCentralNetworkPolicyArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ApplyCentralNetworkPolicy']['parameters']['path']['central_network_id'];
  /**
   * Id of the policy version.
   */
  policy_id: operations['ApplyCentralNetworkPolicy']['parameters']['path']['policy_id'];
}

/** Arguments of `associateBandwidthPackage` (AssociateBandwidthPackage). */
export interface AssociateBandwidthPackageArgs {
  /**
   * Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['AssociateBandwidthPackage']['parameters']['path']['id'];
  /** Request body (BandwidthPackageBindingRequestBody). */
  body: NonNullable<operations['AssociateBandwidthPackage']['requestBody']>['content']['application/json'];
}

/** Arguments of `associateGlobalConnectionBandwidthInstance` (AssociateGlobalConnectionBandwidthInstance). */
export interface AssociateGlobalConnectionBandwidthInstanceArgs {
  /**
   * Id of the global connection bandwidth.
   */
  id: operations['AssociateGlobalConnectionBandwidthInstance']['parameters']['path']['id'];
  /** Request body (GlobalConnectionBandwidthInstancesRequestBody). */
  body: NonNullable<operations['AssociateGlobalConnectionBandwidthInstance']['requestBody']>['content']['application/json'];
}

/** Arguments of `associateSiteNetworkBandwidth` (AssociateSiteNetworkBandwidth). */
export interface AssociateSiteNetworkBandwidthArgs {
  /**
   * Id of the site network.
   */
  site_network_id: operations['AssociateSiteNetworkBandwidth']['parameters']['path']['site_network_id'];
  /**
   * Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
   */
  site_connection_id: operations['AssociateSiteNetworkBandwidth']['parameters']['path']['site_connection_id'];
  /** Request body (AssociateSiteConnectionBandwidthRequestBody). */
  body: NonNullable<operations['AssociateSiteNetworkBandwidth']['requestBody']>['content']['application/json'];
}

/** Arguments of `batchCreateDeleteTags` (BatchCreateDeleteTags). */
export interface BatchCreateDeleteTagsArgs {
  /**
   * Kind of resource, in the singular form these historical paths use.
   */
  resource_type: operations['BatchCreateDeleteTags']['parameters']['path']['resource_type'];
  /**
   * Id of the cloud connection or bandwidth package.
   */
  resource_id: operations['BatchCreateDeleteTags']['parameters']['path']['resource_id'];
  /** Request body (HistoricalTagActionRequestBody). */
  body: NonNullable<operations['BatchCreateDeleteTags']['requestBody']>['content']['application/json'];
}

/** Arguments of `batchCreateGcbResourceTags` (BatchCreateGcbResourceTags). */
export interface BatchCreateGcbResourceTagsArgs {
  /**
   * Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
   */
  resource_id: operations['BatchCreateGcbResourceTags']['parameters']['path']['resource_id'];
  /** Request body (GcbTagsRequestBody). */
  body: NonNullable<operations['BatchCreateGcbResourceTags']['requestBody']>['content']['application/json'];
}

/** Arguments of `batchDeleteGcbResourceTags` (BatchDeleteGcbResourceTags). */
export interface BatchDeleteGcbResourceTagsArgs {
  /**
   * Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
   */
  resource_id: operations['BatchDeleteGcbResourceTags']['parameters']['path']['resource_id'];
  /** Request body (GcbTagsRequestBody). */
  body: NonNullable<operations['BatchDeleteGcbResourceTags']['requestBody']>['content']['application/json'];
}

/** Arguments of `countGcbResourceByTag` (CountGcbResourceByTag). */
export interface CountGcbResourceByTagArgs {
  /** Request body (GcbResourceByTagRequestBody). */
  body: NonNullable<operations['CountGcbResourceByTag']['requestBody']>['content']['application/json'];
}

/** Arguments of `createAuthorisation` (CreateAuthorisation). */
export interface CreateAuthorisationArgs {
  /** Request body (CreateAuthorisationRequestBody). */
  body: NonNullable<operations['CreateAuthorisation']['requestBody']>['content']['application/json'];
}

/** Arguments of `createBandwidthPackage` (CreateBandwidthPackage). */
export interface CreateBandwidthPackageArgs {
  /** Request body (CreateBandwidthPackageRequestBody). */
  body: NonNullable<operations['CreateBandwidthPackage']['requestBody']>['content']['application/json'];
}

/** Arguments of `createCentralNetwork` (CreateCentralNetwork). */
export interface CreateCentralNetworkArgs {
  /** Request body (CreateCentralNetworkRequestBody). */
  body: NonNullable<operations['CreateCentralNetwork']['requestBody']>['content']['application/json'];
}

/** Arguments of `createCentralNetworkErRouteTableAttachment` (CreateCentralNetworkErRouteTableAttachment). */
export interface CreateCentralNetworkErRouteTableAttachmentArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['CreateCentralNetworkErRouteTableAttachment']['parameters']['path']['central_network_id'];
  /** Request body (CreateCentralNetworkErRouteTableAttachmentRequestBody). */
  body: NonNullable<operations['CreateCentralNetworkErRouteTableAttachment']['requestBody']>['content']['application/json'];
}

/** Arguments of `createCentralNetworkGdgwAttachment` (CreateCentralNetworkGdgwAttachment). */
export interface CreateCentralNetworkGdgwAttachmentArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['CreateCentralNetworkGdgwAttachment']['parameters']['path']['central_network_id'];
  /** Request body (CreateCentralNetworkGdgwAttachmentRequestBody). */
  body: NonNullable<operations['CreateCentralNetworkGdgwAttachment']['requestBody']>['content']['application/json'];
}

/** Arguments of `createCentralNetworkPolicy` (CreateCentralNetworkPolicy). */
export interface CreateCentralNetworkPolicyArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['CreateCentralNetworkPolicy']['parameters']['path']['central_network_id'];
  /** Request body (CreateCentralNetworkPolicyRequestBody). */
  body: NonNullable<operations['CreateCentralNetworkPolicy']['requestBody']>['content']['application/json'];
}

/** Arguments of `createCloudConnection` (CreateCloudConnection). */
export interface CreateCloudConnectionArgs {
  /** Request body (CreateCloudConnectionRequestBody). */
  body: NonNullable<operations['CreateCloudConnection']['requestBody']>['content']['application/json'];
}

/** Arguments of `createGcbResourceTag` (CreateGcbResourceTag). */
export interface CreateGcbResourceTagArgs {
  /**
   * Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
   */
  resource_id: operations['CreateGcbResourceTag']['parameters']['path']['resource_id'];
  /** Request body (GcbTagRequestBody). */
  body: NonNullable<operations['CreateGcbResourceTag']['requestBody']>['content']['application/json'];
}

/** Arguments of `createGlobalConnectionBandwidth` (CreateGlobalConnectionBandwidth). */
export interface CreateGlobalConnectionBandwidthArgs {
  /** Request body (CreateGlobalConnectionBandwidthRequestBody). */
  body: NonNullable<operations['CreateGlobalConnectionBandwidth']['requestBody']>['content']['application/json'];
}

/** Arguments of `createInterRegionBandwidth` (CreateInterRegionBandwidth). */
export interface CreateInterRegionBandwidthArgs {
  /** Request body (CreateInterRegionBandwidthRequestBody). */
  body: NonNullable<operations['CreateInterRegionBandwidth']['requestBody']>['content']['application/json'];
}

/** Arguments of `createNetworkInstance` (CreateNetworkInstance). */
export interface CreateNetworkInstanceArgs {
  /** Request body (CreateNetworkInstanceRequestBody). */
  body: NonNullable<operations['CreateNetworkInstance']['requestBody']>['content']['application/json'];
}

/** Arguments of `createP2PSiteNetwork` (CreateP2PSiteNetwork). */
export interface CreateP2PSiteNetworkArgs {
  /** Request body (CreateP2PSiteNetworkRequestBody). */
  body: NonNullable<operations['CreateP2PSiteNetwork']['requestBody']>['content']['application/json'];
}

/** Arguments of `createTag` (CreateTag). */
export interface CreateTagArgs {
  /**
   * Kind of resource, in the singular form these historical paths use.
   */
  resource_type: operations['CreateTag']['parameters']['path']['resource_type'];
  /**
   * Id of the cloud connection or bandwidth package.
   */
  resource_id: operations['CreateTag']['parameters']['path']['resource_id'];
  /** Request body (HistoricalCreateTagRequestBody). */
  body: NonNullable<operations['CreateTag']['requestBody']>['content']['application/json'];
}

/** Arguments of `deleteAuthorisation` (DeleteAuthorisation). */
export interface DeleteAuthorisationArgs {
  /**
   * Id of the authorisation.
   */
  id: operations['DeleteAuthorisation']['parameters']['path']['id'];
}

/** Arguments of `deleteBandwidthPackage` (DeleteBandwidthPackage). */
export interface DeleteBandwidthPackageArgs {
  /**
   * Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['DeleteBandwidthPackage']['parameters']['path']['id'];
}

/** Arguments of `deleteCentralNetwork` (DeleteCentralNetwork). */
export interface DeleteCentralNetworkArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['DeleteCentralNetwork']['parameters']['path']['central_network_id'];
}

/** Arguments of `deleteCentralNetworkAttachment` (DeleteCentralNetworkAttachment). */
export interface DeleteCentralNetworkAttachmentArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['DeleteCentralNetworkAttachment']['parameters']['path']['central_network_id'];
  /**
   * Id of the attachment, of either kind.
   */
  attachment_id: operations['DeleteCentralNetworkAttachment']['parameters']['path']['attachment_id'];
}

/** Arguments of `deleteCentralNetworkPolicy` (DeleteCentralNetworkPolicy). */
export interface DeleteCentralNetworkPolicyArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['DeleteCentralNetworkPolicy']['parameters']['path']['central_network_id'];
  /**
   * Id of the policy version to delete; its example is a version that is not in force.
   */
  policy_id: operations['DeleteCentralNetworkPolicy']['parameters']['path']['policy_id'];
}

/** Arguments of `deleteCloudConnection` (DeleteCloudConnection). */
export interface DeleteCloudConnectionArgs {
  /**
   * Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['DeleteCloudConnection']['parameters']['path']['id'];
}

/** Arguments of `deleteGcbResourceTag` (DeleteGcbResourceTag). */
export interface DeleteGcbResourceTagArgs {
  /**
   * Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
   */
  resource_id: operations['DeleteGcbResourceTag']['parameters']['path']['resource_id'];
  /**
   * Key of the tag to remove (percent-encode characters that are not URL-safe).
   */
  tag_key: operations['DeleteGcbResourceTag']['parameters']['path']['tag_key'];
}

/** Arguments of `deleteGlobalConnectionBandwidth` (DeleteGlobalConnectionBandwidth). */
export interface DeleteGlobalConnectionBandwidthArgs {
  /**
   * Id of the global connection bandwidth.
   */
  id: operations['DeleteGlobalConnectionBandwidth']['parameters']['path']['id'];
}

/** Arguments of `deleteInterRegionBandwidth` (DeleteInterRegionBandwidth). */
export interface DeleteInterRegionBandwidthArgs {
  /**
   * Id of the inter-region bandwidth.
   */
  id: operations['DeleteInterRegionBandwidth']['parameters']['path']['id'];
}

/** Arguments of `deleteNetworkInstance` (DeleteNetworkInstance). */
export interface DeleteNetworkInstanceArgs {
  /**
   * Id of the network instance.
   */
  id: operations['DeleteNetworkInstance']['parameters']['path']['id'];
}

/** Arguments of `deleteSiteNetwork` (DeleteSiteNetwork). */
export interface DeleteSiteNetworkArgs {
  /**
   * Id of the site network.
   */
  site_network_id: operations['DeleteSiteNetwork']['parameters']['path']['site_network_id'];
}

/** Arguments of `deleteTag` (DeleteTag). */
export interface DeleteTagArgs {
  /**
   * Kind of resource, in the singular form these historical paths use.
   */
  resource_type: operations['DeleteTag']['parameters']['path']['resource_type'];
  /**
   * Id of the cloud connection or bandwidth package.
   */
  resource_id: operations['DeleteTag']['parameters']['path']['resource_id'];
  /**
   * Key of the tag to remove.
   */
  tag_key: operations['DeleteTag']['parameters']['path']['tag_key'];
}

/** Arguments of `disassociateBandwidthPackage` (DisassociateBandwidthPackage). */
export interface DisassociateBandwidthPackageArgs {
  /**
   * Id of the bandwidth package; it must be bound to the cloud connection the body names. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['DisassociateBandwidthPackage']['parameters']['path']['id'];
  /** Request body (BandwidthPackageBindingRequestBody). */
  body: NonNullable<operations['DisassociateBandwidthPackage']['requestBody']>['content']['application/json'];
}

/** Arguments of `disassociateGlobalConnectionBandwidthInstance` (DisassociateGlobalConnectionBandwidthInstance). */
export interface DisassociateGlobalConnectionBandwidthInstanceArgs {
  /**
   * Id of the global connection bandwidth.
   */
  id: operations['DisassociateGlobalConnectionBandwidthInstance']['parameters']['path']['id'];
  /** Request body (GlobalConnectionBandwidthInstancesRequestBody). */
  body: NonNullable<operations['DisassociateGlobalConnectionBandwidthInstance']['requestBody']>['content']['application/json'];
}

/** Arguments of `disassociateSiteNetworkBandwidth` (DisassociateSiteNetworkBandwidth). */
export interface DisassociateSiteNetworkBandwidthArgs {
  /**
   * Id of the site network.
   */
  site_network_id: operations['DisassociateSiteNetworkBandwidth']['parameters']['path']['site_network_id'];
  /**
   * Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
   */
  site_connection_id: operations['DisassociateSiteNetworkBandwidth']['parameters']['path']['site_connection_id'];
}

/** Arguments of `listAreaBandwidthPackageSpecifications` (ListAreaBandwidthPackageSpecifications). */
export interface ListAreaBandwidthPackageSpecificationsArgs {
  /**
   * Most specifications to return, 1 to 2000 (Huawei's page and the SDK agree here). This list pages with `limit`
   * and `offset` rather than `marker`.
   */
  limit?: NonNullable<operations['ListAreaBandwidthPackageSpecifications']['parameters']['query']>['limit'];
  /**
   * How many items to skip before the first one returned.
   */
  offset?: NonNullable<operations['ListAreaBandwidthPackageSpecifications']['parameters']['query']>['offset'];
  /**
   * Only specifications with one of these areas at one end, e.g. `Chinese-Mainland`. Repeat the key for several values.
   */
  local_area_id?: NonNullable<operations['ListAreaBandwidthPackageSpecifications']['parameters']['query']>['local_area_id'];
  /**
   * Only specifications with one of these areas at the other end, e.g. `Asia-Pacific`. Repeat the key for several values.
   */
  remote_area_id?: NonNullable<operations['ListAreaBandwidthPackageSpecifications']['parameters']['query']>['remote_area_id'];
}

/** Arguments of `listAreas` (ListAreas). */
export interface ListAreasArgs {
  /**
   * Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
   * it together with `marker`.
   */
  limit?: NonNullable<operations['ListAreas']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListAreas']['parameters']['query']>['marker'];
}

/** Arguments of `listAuthorisations` (ListAuthorisations). */
export interface ListAuthorisationsArgs {
  /**
   * Most entries to return on one page, 1 to 2000 (the SDK's range, which the newer pages share; the 2024 pages
   * of ListAuthorisations and ListPermissions printed 1–1000). Without it Huawei's pages give a default of 1000.
   * Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListAuthorisations']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListAuthorisations']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListAuthorisations']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListAuthorisations']['parameters']['query']>['name'];
  /**
   * Only resources with one of these descriptions. Repeat the key for several values.
   */
  description?: NonNullable<operations['ListAuthorisations']['parameters']['query']>['description'];
  /**
   * Only entries for one of these cloud connections. Repeat the key for several values.
   */
  cloud_connection_id?: NonNullable<operations['ListAuthorisations']['parameters']['query']>['cloud_connection_id'];
  /**
   * Only entries covering one of these network instances. Repeat the key for several values.
   */
  instance_id?: NonNullable<operations['ListAuthorisations']['parameters']['query']>['instance_id'];
}

/** Arguments of `listBandwidthPackageLevels` (ListBandwidthPackageLevels). */
export interface ListBandwidthPackageLevelsArgs {
  /**
   * Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
   * it together with `marker`.
   */
  limit?: NonNullable<operations['ListBandwidthPackageLevels']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListBandwidthPackageLevels']['parameters']['query']>['marker'];
  /**
   * Only entries of this bandwidth class (a `level` code from ListBandwidthPackageLevels).
   */
  level?: NonNullable<operations['ListBandwidthPackageLevels']['parameters']['query']>['level'];
  /**
   * Only entries whose name contains this text (a fuzzy match, one value).
   */
  name?: NonNullable<operations['ListBandwidthPackageLevels']['parameters']['query']>['name'];
}

/** Arguments of `listBandwidthPackageLines` (ListBandwidthPackageLines). */
export interface ListBandwidthPackageLinesArgs {
  /**
   * Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
   * it together with `marker`.
   */
  limit?: NonNullable<operations['ListBandwidthPackageLines']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListBandwidthPackageLines']['parameters']['query']>['marker'];
  /**
   * Only entries of this bandwidth class (a `level` code from ListBandwidthPackageLevels).
   */
  level?: NonNullable<operations['ListBandwidthPackageLines']['parameters']['query']>['level'];
  /**
   * Only entries whose name contains this text (a fuzzy match, one value).
   */
  name?: NonNullable<operations['ListBandwidthPackageLines']['parameters']['query']>['name'];
}

/** Arguments of `listBandwidthPackageSites` (ListBandwidthPackageSites). */
export interface ListBandwidthPackageSitesArgs {
  /**
   * Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
   * it together with `marker`.
   */
  limit?: NonNullable<operations['ListBandwidthPackageSites']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListBandwidthPackageSites']['parameters']['query']>['marker'];
  /**
   * Only the site with this code.
   */
  site_code?: NonNullable<operations['ListBandwidthPackageSites']['parameters']['query']>['site_code'];
  /**
   * Only sites in this region.
   */
  region_id?: NonNullable<operations['ListBandwidthPackageSites']['parameters']['query']>['region_id'];
  /**
   * Only entries whose name contains this text (a fuzzy match, one value).
   */
  name?: NonNullable<operations['ListBandwidthPackageSites']['parameters']['query']>['name'];
}

/** Arguments of `listBandwidthPackageTags` (ListBandwidthPackageTags). */
export interface ListBandwidthPackageTagsArgs {
}

/** Arguments of `listBandwidthPackages` (ListBandwidthPackages). */
export interface ListBandwidthPackagesArgs {
  /**
   * Most bandwidth packages to return on one page, 1 to 2000 (the SDK's range; the 2024 page printed 1–1000,
   * which a call within 2000 also satisfies). Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['name'];
  /**
   * Only resources filed under one of these enterprise projects. Repeat the key for several values.
   */
  enterprise_project_id?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['enterprise_project_id'];
  /**
   * Only bandwidth packages of one of these cloud connections. Repeat the key for several values.
   */
  cloud_connection_id?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['cloud_connection_id'];
  /**
   * Only bandwidth packages in one of these states. Repeat the key for several values.
   */
  status?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['status'];
  /**
   * Only bandwidth packages billed in one of these modes, given as the integer codes of `billing_mode`
   * (Huawei's SDK types this filter as strings; the query string is the same, `?billing_mode=5`). Repeat the
   * key for several values.
   */
  billing_mode?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['billing_mode'];
  /**
   * Only bandwidth packages bound to one of these resources (cloud connection ids). Repeat the key for several values.
   */
  resource_id?: NonNullable<operations['ListBandwidthPackages']['parameters']['query']>['resource_id'];
}

/** Arguments of `listBandwidthPackagesByTags` (ListBandwidthPackagesByTags). */
export interface ListBandwidthPackagesByTagsArgs {
  /** Request body (TagFilterRequestBody). */
  body: NonNullable<operations['ListBandwidthPackagesByTags']['requestBody']>['content']['application/json'];
}

/** Arguments of `listCentralNetworkAttachments` (ListCentralNetworkAttachments). */
export interface ListCentralNetworkAttachmentsArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ListCentralNetworkAttachments']['parameters']['path']['central_network_id'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['marker'];
  /**
   * Field to sort the list by.
   */
  sort_key?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['sort_key'];
  /**
   * Sort direction, `asc` or `desc`.
   */
  sort_dir?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['sort_dir'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['name'];
  /**
   * Only attachments of one of these kinds. Repeat the key for several values.
   */
  attachment_instance_type?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['attachment_instance_type'];
  /**
   * Only connections or attachments in one of these states. Repeat the key for several values.
   */
  state?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['state'];
  /**
   * Only items involving one of these attached instances (global DC gateway or route table ids). Repeat the key for several values.
   */
  attachment_instance_id?: NonNullable<operations['ListCentralNetworkAttachments']['parameters']['query']>['attachment_instance_id'];
}

/** Arguments of `listCentralNetworkCapabilities` (ListCentralNetworkCapabilities). */
export interface ListCentralNetworkCapabilitiesArgs {
  /**
   * Only these capabilities. Repeat the key for several values.
   */
  capability?: NonNullable<operations['ListCentralNetworkCapabilities']['parameters']['query']>['capability'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworkCapabilities']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworkCapabilities']['parameters']['query']>['marker'];
}

/** Arguments of `listCentralNetworkConnections` (ListCentralNetworkConnections). */
export interface ListCentralNetworkConnectionsArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ListCentralNetworkConnections']['parameters']['path']['central_network_id'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['marker'];
  /**
   * Field to sort the list by.
   */
  sort_key?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['sort_key'];
  /**
   * Sort direction, `asc` or `desc`.
   */
  sort_dir?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['sort_dir'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['name'];
  /**
   * Only connections or attachments in one of these states. Repeat the key for several values.
   */
  state?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['state'];
  /**
   * Only items drawing on one of these global connection bandwidths. Repeat the key for several values.
   */
  global_connection_bandwidth_id?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['global_connection_bandwidth_id'];
  /**
   * Only connections whose bandwidth comes from this source.
   */
  bandwidth_type?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['bandwidth_type'];
  /**
   * Only connections of this type.
   */
  connection_type?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['connection_type'];
  /**
   * With `true`, only connections between different regions; with `false`, only connections within one region.
   */
  is_cross_region?: NonNullable<operations['ListCentralNetworkConnections']['parameters']['query']>['is_cross_region'];
}

/** Arguments of `listCentralNetworkErRouteTableAttachments` (ListCentralNetworkErRouteTableAttachments). */
export interface ListCentralNetworkErRouteTableAttachmentsArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ListCentralNetworkErRouteTableAttachments']['parameters']['path']['central_network_id'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworkErRouteTableAttachments']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworkErRouteTableAttachments']['parameters']['query']>['marker'];
  /**
   * Field to sort the list by.
   */
  sort_key?: NonNullable<operations['ListCentralNetworkErRouteTableAttachments']['parameters']['query']>['sort_key'];
  /**
   * Sort direction, `asc` or `desc`.
   */
  sort_dir?: NonNullable<operations['ListCentralNetworkErRouteTableAttachments']['parameters']['query']>['sort_dir'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListCentralNetworkErRouteTableAttachments']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListCentralNetworkErRouteTableAttachments']['parameters']['query']>['name'];
  /**
   * Only connections or attachments in one of these states. Repeat the key for several values.
   */
  state?: NonNullable<operations['ListCentralNetworkErRouteTableAttachments']['parameters']['query']>['state'];
  /**
   * Only items involving one of these attached instances (global DC gateway or route table ids). Repeat the key for several values.
   */
  attachment_instance_id?: NonNullable<operations['ListCentralNetworkErRouteTableAttachments']['parameters']['query']>['attachment_instance_id'];
}

/** Arguments of `listCentralNetworkGdgwAttachments` (ListCentralNetworkGdgwAttachments). */
export interface ListCentralNetworkGdgwAttachmentsArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ListCentralNetworkGdgwAttachments']['parameters']['path']['central_network_id'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworkGdgwAttachments']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworkGdgwAttachments']['parameters']['query']>['marker'];
  /**
   * Field to sort the list by.
   */
  sort_key?: NonNullable<operations['ListCentralNetworkGdgwAttachments']['parameters']['query']>['sort_key'];
  /**
   * Sort direction, `asc` or `desc`.
   */
  sort_dir?: NonNullable<operations['ListCentralNetworkGdgwAttachments']['parameters']['query']>['sort_dir'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListCentralNetworkGdgwAttachments']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListCentralNetworkGdgwAttachments']['parameters']['query']>['name'];
  /**
   * Only connections or attachments in one of these states. Repeat the key for several values.
   */
  state?: NonNullable<operations['ListCentralNetworkGdgwAttachments']['parameters']['query']>['state'];
  /**
   * Only attachments of one of these global DC gateways. Repeat the key for several values.
   */
  global_dc_gateway_id?: NonNullable<operations['ListCentralNetworkGdgwAttachments']['parameters']['query']>['global_dc_gateway_id'];
}

/** Arguments of `listCentralNetworkPolicies` (ListCentralNetworkPolicies). */
export interface ListCentralNetworkPoliciesArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ListCentralNetworkPolicies']['parameters']['path']['central_network_id'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworkPolicies']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworkPolicies']['parameters']['query']>['marker'];
  /**
   * Field to sort the list by.
   */
  sort_key?: NonNullable<operations['ListCentralNetworkPolicies']['parameters']['query']>['sort_key'];
  /**
   * Sort direction, `asc` or `desc`.
   */
  sort_dir?: NonNullable<operations['ListCentralNetworkPolicies']['parameters']['query']>['sort_dir'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListCentralNetworkPolicies']['parameters']['query']>['id'];
  /**
   * Only policy versions in one of these states. Repeat the key for several values.
   */
  state?: NonNullable<operations['ListCentralNetworkPolicies']['parameters']['query']>['state'];
  /**
   * Only these version numbers. Repeat the key for several values. (Huawei's SDK wraps each value in an object; on the wire it is a plain integer.)
   */
  version?: NonNullable<operations['ListCentralNetworkPolicies']['parameters']['query']>['version'];
  /**
   * With `true`, only the version in force; with `false`, only the others.
   */
  is_applied?: NonNullable<operations['ListCentralNetworkPolicies']['parameters']['query']>['is_applied'];
}

/** Arguments of `listCentralNetworkPolicyChangeSet` (ListCentralNetworkPolicyChangeSet). */
export interface ListCentralNetworkPolicyChangeSetArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ListCentralNetworkPolicyChangeSet']['parameters']['path']['central_network_id'];
  /**
   * Id of the policy version.
   */
  policy_id: operations['ListCentralNetworkPolicyChangeSet']['parameters']['path']['policy_id'];
}

/** Arguments of `listCentralNetworkQuotas` (ListCentralNetworkQuotas). */
export interface ListCentralNetworkQuotasArgs {
  /**
   * Only these quotas. Repeat the key for several values.
   */
  quota_type?: NonNullable<operations['ListCentralNetworkQuotas']['parameters']['query']>['quota_type'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworkQuotas']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworkQuotas']['parameters']['query']>['marker'];
}

/** Arguments of `listCentralNetworkTags` (ListCentralNetworkTags). */
export interface ListCentralNetworkTagsArgs {
}

/** Arguments of `listCentralNetworks` (ListCentralNetworks). */
export interface ListCentralNetworksArgs {
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['marker'];
  /**
   * Field to sort the list by.
   */
  sort_key?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['sort_key'];
  /**
   * Sort direction, `asc` or `desc`.
   */
  sort_dir?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['sort_dir'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['name'];
  /**
   * Only central networks in one of these states. Repeat the key for several values.
   */
  state?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['state'];
  /**
   * Only resources filed under one of these enterprise projects. Repeat the key for several values.
   */
  enterprise_project_id?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['enterprise_project_id'];
  /**
   * Only central networks that one of these enterprise routers has joined. Repeat the key for several values.
   */
  enterprise_router_id?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['enterprise_router_id'];
  /**
   * Only items involving one of these attached instances (global DC gateway or route table ids). Repeat the key for several values.
   */
  attachment_instance_id?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['attachment_instance_id'];
  /**
   * Only items drawing on one of these global connection bandwidths. Repeat the key for several values.
   */
  global_connection_bandwidth_id?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['global_connection_bandwidth_id'];
  /**
   * Only central networks holding one of these connections. Repeat the key for several values.
   */
  connection_id?: NonNullable<operations['ListCentralNetworks']['parameters']['query']>['connection_id'];
}

/** Arguments of `listCentralNetworksByTags` (ListCentralNetworksByTags). */
export interface ListCentralNetworksByTagsArgs {
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCentralNetworksByTags']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCentralNetworksByTags']['parameters']['query']>['marker'];
  /** Request body (TagFilterRequestBody). */
  body: NonNullable<operations['ListCentralNetworksByTags']['requestBody']>['content']['application/json'];
}

/** Arguments of `listCloudConnectionCapabilities` (ListCloudConnectionCapabilities). */
export interface ListCloudConnectionCapabilitiesArgs {
  /**
   * Most capabilities to return, 1 to 2000 (the SDK's range). Accepted, but the answer carries no `page_info`,
   * so there is no marker to continue from.
   */
  limit?: NonNullable<operations['ListCloudConnectionCapabilities']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCloudConnectionCapabilities']['parameters']['query']>['marker'];
  /**
   * Only the capability with this name, e.g. `bwp95` or `ipv6` (see `CloudConnectionCapabilityKey`).
   */
  resource_type?: NonNullable<operations['ListCloudConnectionCapabilities']['parameters']['query']>['resource_type'];
}

/** Arguments of `listCloudConnectionQuotas` (ListCloudConnectionQuotas). */
export interface ListCloudConnectionQuotasArgs {
  /**
   * Most quotas to return, 1 to 2000 (the SDK's range; the 2024 page printed 1–1000). Without it Huawei's page
   * gives a default of 1000. Accepted, but the answer carries no `page_info`, so there is no marker to continue from.
   */
  limit?: NonNullable<operations['ListCloudConnectionQuotas']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCloudConnectionQuotas']['parameters']['query']>['marker'];
  /**
   * Which quota to report. Huawei's reference pages mark it mandatory while the SDK leaves it optional; it is
   * required here because a call that names the quota is accepted either way.
   */
  quota_type: NonNullable<operations['ListCloudConnectionQuotas']['parameters']['query']>['quota_type'];
  /**
   * Cloud connection whose quota to report; needed for `cloud_connection_region`, `cloud_connection_route` and
   * `region_network_instance`.
   */
  cloud_connection_id?: NonNullable<operations['ListCloudConnectionQuotas']['parameters']['query']>['cloud_connection_id'];
  /**
   * Region whose quota to report; needed for `region_network_instance`.
   */
  region_id?: NonNullable<operations['ListCloudConnectionQuotas']['parameters']['query']>['region_id'];
}

/** Arguments of `listCloudConnectionRoutes` (ListCloudConnectionRoutes). */
export interface ListCloudConnectionRoutesArgs {
  /**
   * Most routes to return on one page, 1 to 2000 (the SDK's range). Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCloudConnectionRoutes']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCloudConnectionRoutes']['parameters']['query']>['marker'];
  /**
   * Only the route with this id. Unlike most ccaas id filters, this one takes a single value.
   */
  id?: NonNullable<operations['ListCloudConnectionRoutes']['parameters']['query']>['id'];
  /**
   * Only routes of one of these cloud connections. Repeat the key for several values.
   */
  cloud_connection_id?: NonNullable<operations['ListCloudConnectionRoutes']['parameters']['query']>['cloud_connection_id'];
  /**
   * Only routes whose next hop is one of these network instances. Repeat the key for several values.
   */
  instance_id?: NonNullable<operations['ListCloudConnectionRoutes']['parameters']['query']>['instance_id'];
  /**
   * Only routes whose next hop lives in this region.
   */
  region_id?: NonNullable<operations['ListCloudConnectionRoutes']['parameters']['query']>['region_id'];
}

/** Arguments of `listCloudConnectionTags` (ListCloudConnectionTags). */
export interface ListCloudConnectionTagsArgs {
}

/** Arguments of `listCloudConnections` (ListCloudConnections). */
export interface ListCloudConnectionsArgs {
  /**
   * Most cloud connections to return on one page, 1 to 1000 (the range Huawei documents for this list). Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['name'];
  /**
   * Only resources with one of these descriptions. Repeat the key for several values.
   */
  description?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['description'];
  /**
   * Only resources filed under one of these enterprise projects. Repeat the key for several values.
   */
  enterprise_project_id?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['enterprise_project_id'];
  /**
   * Only cloud connections in one of these states. Repeat the key for several values.
   */
  status?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['status'];
  /**
   * Only cloud connections of one of these types. Repeat the key for several values.
   */
  type?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['type'];
  /**
   * Only cloud connections used for one of these scenarios. Repeat the key for several values.
   */
  used_scene?: NonNullable<operations['ListCloudConnections']['parameters']['query']>['used_scene'];
}

/** Arguments of `listCloudConnectionsByTags` (ListCloudConnectionsByTags). */
export interface ListCloudConnectionsByTagsArgs {
  /** Request body (TagFilterRequestBody). */
  body: NonNullable<operations['ListCloudConnectionsByTags']['requestBody']>['content']['application/json'];
}

/** Arguments of `listDomainTags` (ListDomainTags). */
export interface ListDomainTagsArgs {
  /**
   * Kind of resource, in the singular form these historical paths use.
   */
  resource_type: operations['ListDomainTags']['parameters']['path']['resource_type'];
}

/** Arguments of `listGcbResourceByTag` (ListGcbResourceByTag). */
export interface ListGcbResourceByTagArgs {
  /**
   * Most resources to return, 1 to 1000 (the range an older Huawei doc edition prints; the SDK states none). Used together with `offset`; this query is not marker-paged.
   */
  limit?: NonNullable<operations['ListGcbResourceByTag']['parameters']['query']>['limit'];
  /**
   * How many items to skip before the first one returned.
   */
  offset?: NonNullable<operations['ListGcbResourceByTag']['parameters']['query']>['offset'];
  /** Request body (GcbResourceByTagRequestBody). */
  body: NonNullable<operations['ListGcbResourceByTag']['requestBody']>['content']['application/json'];
}

/** Arguments of `listGcbResourceTags` (ListGcbResourceTags). */
export interface ListGcbResourceTagsArgs {
  /**
   * Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
   */
  resource_id: operations['ListGcbResourceTags']['parameters']['path']['resource_id'];
}

/** Arguments of `listGcbTenantTags` (ListGcbTenantTags). */
export interface ListGcbTenantTagsArgs {
}

/** Arguments of `listGlobalConnectionBandwidthConfigs` (ListGlobalConnectionBandwidthConfigs). */
export interface ListGlobalConnectionBandwidthConfigsArgs {
}

/** Arguments of `listGlobalConnectionBandwidthLineLevels` (ListGlobalConnectionBandwidthLineLevels). */
export interface ListGlobalConnectionBandwidthLineLevelsArgs {
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListGlobalConnectionBandwidthLineLevels']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListGlobalConnectionBandwidthLineLevels']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListGlobalConnectionBandwidthLineLevels']['parameters']['query']>['id'];
  /**
   * Only entries whose local access point has this site code.
   */
  local_area?: NonNullable<operations['ListGlobalConnectionBandwidthLineLevels']['parameters']['query']>['local_area'];
  /**
   * Only entries whose remote access point has this site code.
   */
  remote_area?: NonNullable<operations['ListGlobalConnectionBandwidthLineLevels']['parameters']['query']>['remote_area'];
  /**
   * Only entries offering one of these line classes (`Pt` or `Ag`). Repeat the key for several values.
   */
  levels?: NonNullable<operations['ListGlobalConnectionBandwidthLineLevels']['parameters']['query']>['levels'];
}

/** Arguments of `listGlobalConnectionBandwidthSites` (ListGlobalConnectionBandwidthSites). */
export interface ListGlobalConnectionBandwidthSitesArgs {
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListGlobalConnectionBandwidthSites']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListGlobalConnectionBandwidthSites']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListGlobalConnectionBandwidthSites']['parameters']['query']>['id'];
  /**
   * Only the site with this English name.
   */
  name_en?: NonNullable<operations['ListGlobalConnectionBandwidthSites']['parameters']['query']>['name_en'];
  /**
   * Only the site with this Chinese name.
   */
  name_cn?: NonNullable<operations['ListGlobalConnectionBandwidthSites']['parameters']['query']>['name_cn'];
  /**
   * Only the site with this site code.
   */
  site_code?: NonNullable<operations['ListGlobalConnectionBandwidthSites']['parameters']['query']>['site_code'];
  /**
   * Only sites of this level.
   */
  site_type?: NonNullable<operations['ListGlobalConnectionBandwidthSites']['parameters']['query']>['site_type'];
}

/** Arguments of `listGlobalConnectionBandwidthSpecCodes` (ListGlobalConnectionBandwidthSpecCodes). */
export interface ListGlobalConnectionBandwidthSpecCodesArgs {
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListGlobalConnectionBandwidthSpecCodes']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListGlobalConnectionBandwidthSpecCodes']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListGlobalConnectionBandwidthSpecCodes']['parameters']['query']>['id'];
  /**
   * Only entries whose local access point has this site code.
   */
  local_area?: NonNullable<operations['ListGlobalConnectionBandwidthSpecCodes']['parameters']['query']>['local_area'];
  /**
   * Only entries whose remote access point has this site code.
   */
  remote_area?: NonNullable<operations['ListGlobalConnectionBandwidthSpecCodes']['parameters']['query']>['remote_area'];
  /**
   * Only specification codes of one of these line classes. Repeat the key for several values.
   */
  level?: NonNullable<operations['ListGlobalConnectionBandwidthSpecCodes']['parameters']['query']>['level'];
}

/** Arguments of `listGlobalConnectionBandwidths` (ListGlobalConnectionBandwidths). */
export interface ListGlobalConnectionBandwidthsArgs {
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['name'];
  /**
   * Only resources filed under one of these enterprise projects. Repeat the key for several values.
   */
  enterprise_project_id?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['enterprise_project_id'];
  /**
   * Only bandwidths bound to one of these instances. Repeat the key for several values.
   */
  instance_id?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['instance_id'];
  /**
   * Only bandwidths bound to instances of one of these kinds (`CC`, `GEIP`, `GCN`, `GSN`). Repeat the key for several values.
   */
  instance_type?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['instance_type'];
  /**
   * Only bandwidths that may be bound to instances of one of these kinds. Repeat the key for several values.
   */
  binding_service?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['binding_service'];
  /**
   * Only bandwidths of one of these types. Repeat the key for several values.
   */
  type?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['type'];
  /**
   * Only bandwidths in one of these administrative states. Repeat the key for several values.
   */
  admin_state?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['admin_state'];
  /**
   * Only bandwidths billed in one of these ways (`95` is a string value). Repeat the key for several values.
   */
  charge_mode?: NonNullable<operations['ListGlobalConnectionBandwidths']['parameters']['query']>['charge_mode'];
}

/** Arguments of `listInterRegionBandwidths` (ListInterRegionBandwidths). */
export interface ListInterRegionBandwidthsArgs {
  /**
   * Most inter-region bandwidths to return on one page, 1 to 2000, 2000 when absent (the Chinese edition of
   * ListInterRegionBandwidths, 2026-06; the 2024 pages printed 1–1000, default 1000). Huawei applies it together with
   * `marker`.
   */
  limit?: NonNullable<operations['ListInterRegionBandwidths']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListInterRegionBandwidths']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListInterRegionBandwidths']['parameters']['query']>['id'];
  /**
   * Only resources filed under one of these enterprise projects. Repeat the key for several values.
   */
  enterprise_project_id?: NonNullable<operations['ListInterRegionBandwidths']['parameters']['query']>['enterprise_project_id'];
  /**
   * Only inter-region bandwidths of one of these cloud connections. Repeat the key for several values.
   */
  cloud_connection_id?: NonNullable<operations['ListInterRegionBandwidths']['parameters']['query']>['cloud_connection_id'];
  /**
   * Only inter-region bandwidths taken from one of these bandwidth packages. Repeat the key for several values.
   */
  bandwidth_package_id?: NonNullable<operations['ListInterRegionBandwidths']['parameters']['query']>['bandwidth_package_id'];
}

/** Arguments of `listNetworkInstances` (ListNetworkInstances). */
export interface ListNetworkInstancesArgs {
  /**
   * Most network instances to return on one page, 1 to 2000, 2000 when absent (the SDK and the
   * ListNetworkInstances page agree). Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['name'];
  /**
   * Only resources with one of these descriptions. Repeat the key for several values.
   */
  description?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['description'];
  /**
   * Only network instances of one of these cloud connections. Repeat the key for several values.
   */
  cloud_connection_id?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['cloud_connection_id'];
  /**
   * Only network instances in one of these states; Huawei documents `ACTIVE` as the default. Repeat the key for several values.
   */
  status?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['status'];
  /**
   * Only network instances of one of these kinds. Repeat the key for several values.
   */
  type?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['type'];
  /**
   * Only network instances that load one of these VPCs or virtual gateways. Repeat the key for several values.
   */
  instance_id?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['instance_id'];
  /**
   * Only network instances in one of these regions. Repeat the key for several values.
   */
  region_id?: NonNullable<operations['ListNetworkInstances']['parameters']['query']>['region_id'];
}

/** Arguments of `listPermissions` (ListPermissions). */
export interface ListPermissionsArgs {
  /**
   * Most entries to return on one page, 1 to 2000 (the SDK's range, which the newer pages share; the 2024 pages
   * of ListAuthorisations and ListPermissions printed 1–1000). Without it Huawei's pages give a default of 1000.
   * Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListPermissions']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListPermissions']['parameters']['query']>['marker'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListPermissions']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListPermissions']['parameters']['query']>['name'];
  /**
   * Only resources with one of these descriptions. Repeat the key for several values.
   */
  description?: NonNullable<operations['ListPermissions']['parameters']['query']>['description'];
  /**
   * Only entries for one of these cloud connections. Repeat the key for several values.
   */
  cloud_connection_id?: NonNullable<operations['ListPermissions']['parameters']['query']>['cloud_connection_id'];
  /**
   * Only entries covering one of these network instances. Repeat the key for several values.
   */
  instance_id?: NonNullable<operations['ListPermissions']['parameters']['query']>['instance_id'];
}

/** Arguments of `listRegionBandwidthPackageSpecifications` (ListRegionBandwidthPackageSpecifications). */
export interface ListRegionBandwidthPackageSpecificationsArgs {
  /**
   * Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
   * it together with `marker`.
   */
  limit?: NonNullable<operations['ListRegionBandwidthPackageSpecifications']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListRegionBandwidthPackageSpecifications']['parameters']['query']>['marker'];
  /**
   * Only specifications with this region at one end.
   */
  local_region_id?: NonNullable<operations['ListRegionBandwidthPackageSpecifications']['parameters']['query']>['local_region_id'];
  /**
   * Only specifications with this region at the other end.
   */
  remote_region_id?: NonNullable<operations['ListRegionBandwidthPackageSpecifications']['parameters']['query']>['remote_region_id'];
}

/** Arguments of `listRegions` (ListRegions). */
export interface ListRegionsArgs {
  /**
   * Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
   * it together with `marker`.
   */
  limit?: NonNullable<operations['ListRegions']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListRegions']['parameters']['query']>['marker'];
}

/** Arguments of `listResourceByFilterTag` (ListResourceByFilterTag). */
export interface ListResourceByFilterTagArgs {
  /**
   * Kind of resource, in the singular form these historical paths use.
   */
  resource_type: operations['ListResourceByFilterTag']['parameters']['path']['resource_type'];
  /** Request body (HistoricalResourceFilterRequestBody). */
  body: NonNullable<operations['ListResourceByFilterTag']['requestBody']>['content']['application/json'];
}

/** Arguments of `listSiteNetworkCapabilities` (ListSiteNetworkCapabilities). */
export interface ListSiteNetworkCapabilitiesArgs {
  /**
   * Only these capabilities. Repeat the key for several values.
   */
  specification?: NonNullable<operations['ListSiteNetworkCapabilities']['parameters']['query']>['specification'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListSiteNetworkCapabilities']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListSiteNetworkCapabilities']['parameters']['query']>['marker'];
}

/** Arguments of `listSiteNetworkQuotas` (ListSiteNetworkQuotas). */
export interface ListSiteNetworkQuotasArgs {
  /**
   * Only these quotas. Repeat the key for several values.
   */
  quota_type?: NonNullable<operations['ListSiteNetworkQuotas']['parameters']['query']>['quota_type'];
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListSiteNetworkQuotas']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListSiteNetworkQuotas']['parameters']['query']>['marker'];
}

/** Arguments of `listSiteNetworks` (ListSiteNetworks). */
export interface ListSiteNetworksArgs {
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['marker'];
  /**
   * Field to sort the list by.
   */
  sort_key?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['sort_key'];
  /**
   * Sort direction, `asc` or `desc`.
   */
  sort_dir?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['sort_dir'];
  /**
   * Only resources with one of these ids. Repeat the key for several values.
   */
  id?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['id'];
  /**
   * Only resources with one of these names. Repeat the key for several values.
   */
  name?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['name'];
  /**
   * Only site networks in one of these states. Repeat the key for several values.
   */
  state?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['state'];
  /**
   * Only resources filed under one of these enterprise projects. Repeat the key for several values.
   */
  enterprise_project_id?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['enterprise_project_id'];
  /**
   * Only site networks with a site on one of these global DC gateways. Repeat the key for several values.
   */
  global_dc_gateway_id?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['global_dc_gateway_id'];
  /**
   * Only site networks with a connection drawing from one of these global connection bandwidths. Repeat the key for several values.
   */
  global_connection_bandwidth_id?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['global_connection_bandwidth_id'];
  /**
   * Only site networks holding one of these site-to-site connections. Repeat the key for several values.
   */
  connection_id?: NonNullable<operations['ListSiteNetworks']['parameters']['query']>['connection_id'];
}

/** Arguments of `listSupportBindingConnectionBandwidths` (ListSupportBindingConnectionBandwidths). */
export interface ListSupportBindingConnectionBandwidthsArgs {
  /**
   * Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`.
   */
  limit?: NonNullable<operations['ListSupportBindingConnectionBandwidths']['parameters']['query']>['limit'];
  /**
   * Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging.
   */
  marker?: NonNullable<operations['ListSupportBindingConnectionBandwidths']['parameters']['query']>['marker'];
  /**
   * Only resources filed under one of these enterprise projects. Repeat the key for several values.
   */
  enterprise_project_id?: NonNullable<operations['ListSupportBindingConnectionBandwidths']['parameters']['query']>['enterprise_project_id'];
  /**
   * Only entries whose local access point has this site code.
   */
  local_area?: NonNullable<operations['ListSupportBindingConnectionBandwidths']['parameters']['query']>['local_area'];
  /**
   * Only entries whose remote access point has this site code.
   */
  remote_area?: NonNullable<operations['ListSupportBindingConnectionBandwidths']['parameters']['query']>['remote_area'];
  /**
   * Kind of instance the bandwidth is to be bound to; only bandwidths usable for it are listed.
   */
  binding_service: NonNullable<operations['ListSupportBindingConnectionBandwidths']['parameters']['query']>['binding_service'];
}

/** Arguments of `listTags` (ListTags). */
export interface ListTagsArgs {
  /**
   * Kind of resource, in the singular form these historical paths use.
   */
  resource_type: operations['ListTags']['parameters']['path']['resource_type'];
  /**
   * Id of the cloud connection or bandwidth package.
   */
  resource_id: operations['ListTags']['parameters']['path']['resource_id'];
}

/** Arguments of `showBandwidthPackage` (ShowBandwidthPackage). */
export interface ShowBandwidthPackageArgs {
  /**
   * Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['ShowBandwidthPackage']['parameters']['path']['id'];
}

/** Arguments of `showCentralNetwork` (ShowCentralNetwork). */
export interface ShowCentralNetworkArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ShowCentralNetwork']['parameters']['path']['central_network_id'];
}

/** Arguments of `showCentralNetworkErRouteTableAttachment` (ShowCentralNetworkErRouteTableAttachment). */
export interface ShowCentralNetworkErRouteTableAttachmentArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ShowCentralNetworkErRouteTableAttachment']['parameters']['path']['central_network_id'];
  /**
   * Id of the route-table attachment.
   */
  er_route_table_attachment_id: operations['ShowCentralNetworkErRouteTableAttachment']['parameters']['path']['er_route_table_attachment_id'];
}

/** Arguments of `showCentralNetworkGdgwAttachment` (ShowCentralNetworkGdgwAttachment). */
export interface ShowCentralNetworkGdgwAttachmentArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['ShowCentralNetworkGdgwAttachment']['parameters']['path']['central_network_id'];
  /**
   * Id of the global DC gateway attachment.
   */
  gdgw_attachment_id: operations['ShowCentralNetworkGdgwAttachment']['parameters']['path']['gdgw_attachment_id'];
}

/** Arguments of `showCloudConnection` (ShowCloudConnection). */
export interface ShowCloudConnectionArgs {
  /**
   * Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['ShowCloudConnection']['parameters']['path']['id'];
}

/** Arguments of `showCloudConnectionRoutes` (ShowCloudConnectionRoutes). */
export interface ShowCloudConnectionRoutesArgs {
  /**
   * Id of the cloud connection route.
   */
  id: operations['ShowCloudConnectionRoutes']['parameters']['path']['id'];
}

/** Arguments of `showGlobalConnectionBandwidth` (ShowGlobalConnectionBandwidth). */
export interface ShowGlobalConnectionBandwidthArgs {
  /**
   * Id of the global connection bandwidth.
   */
  id: operations['ShowGlobalConnectionBandwidth']['parameters']['path']['id'];
}

/** Arguments of `showInterRegionBandwidth` (ShowInterRegionBandwidth). */
export interface ShowInterRegionBandwidthArgs {
  /**
   * Id of the inter-region bandwidth.
   */
  id: operations['ShowInterRegionBandwidth']['parameters']['path']['id'];
}

/** Arguments of `showNetworkInstance` (ShowNetworkInstance). */
export interface ShowNetworkInstanceArgs {
  /**
   * Id of the network instance.
   */
  id: operations['ShowNetworkInstance']['parameters']['path']['id'];
}

/** Arguments of `showSiteNetwork` (ShowSiteNetwork). */
export interface ShowSiteNetworkArgs {
  /**
   * Id of the site network.
   */
  site_network_id: operations['ShowSiteNetwork']['parameters']['path']['site_network_id'];
}

/** Arguments of `tagBandwidthPackage` (TagBandwidthPackage). */
export interface TagBandwidthPackageArgs {
  /**
   * Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['TagBandwidthPackage']['parameters']['path']['id'];
  /** Request body (TagsRequestBody). */
  body: NonNullable<operations['TagBandwidthPackage']['requestBody']>['content']['application/json'];
}

/** Arguments of `tagCentralNetwork` (TagCentralNetwork). */
export interface TagCentralNetworkArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['TagCentralNetwork']['parameters']['path']['central_network_id'];
  /** Request body (TagsRequestBody). */
  body: NonNullable<operations['TagCentralNetwork']['requestBody']>['content']['application/json'];
}

/** Arguments of `tagCloudConnection` (TagCloudConnection). */
export interface TagCloudConnectionArgs {
  /**
   * Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['TagCloudConnection']['parameters']['path']['id'];
  /** Request body (TagsRequestBody). */
  body: NonNullable<operations['TagCloudConnection']['requestBody']>['content']['application/json'];
}

/** Arguments of `untagBandwidthPackage` (UntagBandwidthPackage). */
export interface UntagBandwidthPackageArgs {
  /**
   * Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['UntagBandwidthPackage']['parameters']['path']['id'];
  /** Request body (TagsRequestBody). */
  body: NonNullable<operations['UntagBandwidthPackage']['requestBody']>['content']['application/json'];
}

/** Arguments of `untagCentralNetwork` (UntagCentralNetwork). */
export interface UntagCentralNetworkArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['UntagCentralNetwork']['parameters']['path']['central_network_id'];
  /** Request body (TagsRequestBody). */
  body: NonNullable<operations['UntagCentralNetwork']['requestBody']>['content']['application/json'];
}

/** Arguments of `untagCloudConnection` (UntagCloudConnection). */
export interface UntagCloudConnectionArgs {
  /**
   * Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['UntagCloudConnection']['parameters']['path']['id'];
  /** Request body (TagsRequestBody). */
  body: NonNullable<operations['UntagCloudConnection']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateAuthorisation` (UpdateAuthorisation). */
export interface UpdateAuthorisationArgs {
  /**
   * Id of the authorisation.
   */
  id: operations['UpdateAuthorisation']['parameters']['path']['id'];
  /** Request body (UpdateAuthorisationRequestBody). */
  body: NonNullable<operations['UpdateAuthorisation']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateBandwidthPackage` (UpdateBandwidthPackage). */
export interface UpdateBandwidthPackageArgs {
  /**
   * Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['UpdateBandwidthPackage']['parameters']['path']['id'];
  /** Request body (UpdateBandwidthPackageRequestBody). */
  body: NonNullable<operations['UpdateBandwidthPackage']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateCentralNetwork` (UpdateCentralNetwork). */
export interface UpdateCentralNetworkArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['UpdateCentralNetwork']['parameters']['path']['central_network_id'];
  /** Request body (UpdateCentralNetworkRequestBody). */
  body: NonNullable<operations['UpdateCentralNetwork']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateCentralNetworkConnection` (UpdateCentralNetworkConnection). */
export interface UpdateCentralNetworkConnectionArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['UpdateCentralNetworkConnection']['parameters']['path']['central_network_id'];
  /**
   * Id of the central network connection.
   */
  connection_id: operations['UpdateCentralNetworkConnection']['parameters']['path']['connection_id'];
  /** Request body (UpdateCentralNetworkConnectionRequestBody). */
  body: NonNullable<operations['UpdateCentralNetworkConnection']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateCentralNetworkErRouteTableAttachment` (UpdateCentralNetworkErRouteTableAttachment). */
export interface UpdateCentralNetworkErRouteTableAttachmentArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['UpdateCentralNetworkErRouteTableAttachment']['parameters']['path']['central_network_id'];
  /**
   * Id of the route-table attachment.
   */
  er_route_table_attachment_id: operations['UpdateCentralNetworkErRouteTableAttachment']['parameters']['path']['er_route_table_attachment_id'];
  /** Request body (UpdateCentralNetworkErRouteTableAttachmentRequestBody). */
  body: NonNullable<operations['UpdateCentralNetworkErRouteTableAttachment']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateCentralNetworkGdgwAttachment` (UpdateCentralNetworkGdgwAttachment). */
export interface UpdateCentralNetworkGdgwAttachmentArgs {
  /**
   * Id of the central network.
   */
  central_network_id: operations['UpdateCentralNetworkGdgwAttachment']['parameters']['path']['central_network_id'];
  /**
   * Id of the global DC gateway attachment.
   */
  gdgw_attachment_id: operations['UpdateCentralNetworkGdgwAttachment']['parameters']['path']['gdgw_attachment_id'];
  /** Request body (UpdateCentralNetworkGdgwAttachmentRequestBody). */
  body: NonNullable<operations['UpdateCentralNetworkGdgwAttachment']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateCloudConnection` (UpdateCloudConnection). */
export interface UpdateCloudConnectionArgs {
  /**
   * Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
   * digits and hyphens.
   */
  id: operations['UpdateCloudConnection']['parameters']['path']['id'];
  /** Request body (UpdateCloudConnectionRequestBody). */
  body: NonNullable<operations['UpdateCloudConnection']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateGlobalConnectionBandwidth` (UpdateGlobalConnectionBandwidth). */
export interface UpdateGlobalConnectionBandwidthArgs {
  /**
   * Id of the global connection bandwidth.
   */
  id: operations['UpdateGlobalConnectionBandwidth']['parameters']['path']['id'];
  /** Request body (UpdateGlobalConnectionBandwidthRequestBody). */
  body: NonNullable<operations['UpdateGlobalConnectionBandwidth']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateInterRegionBandwidth` (UpdateInterRegionBandwidth). */
export interface UpdateInterRegionBandwidthArgs {
  /**
   * Id of the inter-region bandwidth.
   */
  id: operations['UpdateInterRegionBandwidth']['parameters']['path']['id'];
  /** Request body (UpdateInterRegionBandwidthRequestBody). */
  body: NonNullable<operations['UpdateInterRegionBandwidth']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateNetworkInstance` (UpdateNetworkInstance). */
export interface UpdateNetworkInstanceArgs {
  /**
   * Id of the network instance.
   */
  id: operations['UpdateNetworkInstance']['parameters']['path']['id'];
  /** Request body (UpdateNetworkInstanceRequestBody). */
  body: NonNullable<operations['UpdateNetworkInstance']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateSiteNetwork` (UpdateSiteNetwork). */
export interface UpdateSiteNetworkArgs {
  /**
   * Id of the site network.
   */
  site_network_id: operations['UpdateSiteNetwork']['parameters']['path']['site_network_id'];
  /** Request body (UpdateSiteNetworkRequestBody). */
  body: NonNullable<operations['UpdateSiteNetwork']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateSiteNetworkBandwidth` (UpdateSiteNetworkBandwidth). */
export interface UpdateSiteNetworkBandwidthArgs {
  /**
   * Id of the site network.
   */
  site_network_id: operations['UpdateSiteNetworkBandwidth']['parameters']['path']['site_network_id'];
  /**
   * Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
   */
  site_connection_id: operations['UpdateSiteNetworkBandwidth']['parameters']['path']['site_connection_id'];
  /** Request body (UpdateSiteConnectionBandwidthRequestBody). */
  body: NonNullable<operations['UpdateSiteNetworkBandwidth']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateSiteNetworkBandwidthSize` (UpdateSiteNetworkBandwidthSize). */
export interface UpdateSiteNetworkBandwidthSizeArgs {
  /**
   * Id of the site network.
   */
  site_network_id: operations['UpdateSiteNetworkBandwidthSize']['parameters']['path']['site_network_id'];
  /**
   * Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
   */
  site_connection_id: operations['UpdateSiteNetworkBandwidthSize']['parameters']['path']['site_connection_id'];
  /** Request body (UpdateSiteConnectionBandwidthSizeRequestBody). */
  body: NonNullable<operations['UpdateSiteNetworkBandwidthSize']['requestBody']>['content']['application/json'];
}

/** The arguments and success body of every operation, by operationId. */
export interface OperationTypes {
  ApplyCentralNetworkPolicy: { args: ApplyCentralNetworkPolicyArgs; result: operations['ApplyCentralNetworkPolicy']['responses'][202]['content']['application/json'] };
  AssociateBandwidthPackage: { args: AssociateBandwidthPackageArgs; result: operations['AssociateBandwidthPackage']['responses'][201]['content']['application/json'] };
  AssociateGlobalConnectionBandwidthInstance: { args: AssociateGlobalConnectionBandwidthInstanceArgs; result: operations['AssociateGlobalConnectionBandwidthInstance']['responses'][200]['content']['application/json'] };
  AssociateSiteNetworkBandwidth: { args: AssociateSiteNetworkBandwidthArgs; result: operations['AssociateSiteNetworkBandwidth']['responses'][202]['content']['application/json'] };
  BatchCreateDeleteTags: { args: BatchCreateDeleteTagsArgs; result: void };
  BatchCreateGcbResourceTags: { args: BatchCreateGcbResourceTagsArgs; result: void };
  BatchDeleteGcbResourceTags: { args: BatchDeleteGcbResourceTagsArgs; result: void };
  CountGcbResourceByTag: { args: CountGcbResourceByTagArgs; result: operations['CountGcbResourceByTag']['responses'][200]['content']['application/json'] };
  CreateAuthorisation: { args: CreateAuthorisationArgs; result: operations['CreateAuthorisation']['responses'][201]['content']['application/json'] };
  CreateBandwidthPackage: { args: CreateBandwidthPackageArgs; result: operations['CreateBandwidthPackage']['responses'][201]['content']['application/json'] };
  CreateCentralNetwork: { args: CreateCentralNetworkArgs; result: operations['CreateCentralNetwork']['responses'][202]['content']['application/json'] };
  CreateCentralNetworkErRouteTableAttachment: { args: CreateCentralNetworkErRouteTableAttachmentArgs; result: operations['CreateCentralNetworkErRouteTableAttachment']['responses'][202]['content']['application/json'] };
  CreateCentralNetworkGdgwAttachment: { args: CreateCentralNetworkGdgwAttachmentArgs; result: operations['CreateCentralNetworkGdgwAttachment']['responses'][202]['content']['application/json'] };
  CreateCentralNetworkPolicy: { args: CreateCentralNetworkPolicyArgs; result: operations['CreateCentralNetworkPolicy']['responses'][201]['content']['application/json'] };
  CreateCloudConnection: { args: CreateCloudConnectionArgs; result: operations['CreateCloudConnection']['responses'][201]['content']['application/json'] };
  CreateGcbResourceTag: { args: CreateGcbResourceTagArgs; result: void };
  CreateGlobalConnectionBandwidth: { args: CreateGlobalConnectionBandwidthArgs; result: operations['CreateGlobalConnectionBandwidth']['responses'][201]['content']['application/json'] };
  CreateInterRegionBandwidth: { args: CreateInterRegionBandwidthArgs; result: operations['CreateInterRegionBandwidth']['responses'][201]['content']['application/json'] };
  CreateNetworkInstance: { args: CreateNetworkInstanceArgs; result: operations['CreateNetworkInstance']['responses'][201]['content']['application/json'] };
  CreateP2PSiteNetwork: { args: CreateP2PSiteNetworkArgs; result: operations['CreateP2PSiteNetwork']['responses'][202]['content']['application/json'] };
  CreateTag: { args: CreateTagArgs; result: void };
  DeleteAuthorisation: { args: DeleteAuthorisationArgs; result: void };
  DeleteBandwidthPackage: { args: DeleteBandwidthPackageArgs; result: void };
  DeleteCentralNetwork: { args: DeleteCentralNetworkArgs; result: operations['DeleteCentralNetwork']['responses'][202]['content']['application/json'] };
  DeleteCentralNetworkAttachment: { args: DeleteCentralNetworkAttachmentArgs; result: operations['DeleteCentralNetworkAttachment']['responses'][202]['content']['application/json'] };
  DeleteCentralNetworkPolicy: { args: DeleteCentralNetworkPolicyArgs; result: void };
  DeleteCloudConnection: { args: DeleteCloudConnectionArgs; result: void };
  DeleteGcbResourceTag: { args: DeleteGcbResourceTagArgs; result: void };
  DeleteGlobalConnectionBandwidth: { args: DeleteGlobalConnectionBandwidthArgs; result: void };
  DeleteInterRegionBandwidth: { args: DeleteInterRegionBandwidthArgs; result: void };
  DeleteNetworkInstance: { args: DeleteNetworkInstanceArgs; result: void };
  DeleteSiteNetwork: { args: DeleteSiteNetworkArgs; result: operations['DeleteSiteNetwork']['responses'][202]['content']['application/json'] };
  DeleteTag: { args: DeleteTagArgs; result: void };
  DisassociateBandwidthPackage: { args: DisassociateBandwidthPackageArgs; result: operations['DisassociateBandwidthPackage']['responses'][201]['content']['application/json'] };
  DisassociateGlobalConnectionBandwidthInstance: { args: DisassociateGlobalConnectionBandwidthInstanceArgs; result: operations['DisassociateGlobalConnectionBandwidthInstance']['responses'][200]['content']['application/json'] };
  DisassociateSiteNetworkBandwidth: { args: DisassociateSiteNetworkBandwidthArgs; result: operations['DisassociateSiteNetworkBandwidth']['responses'][202]['content']['application/json'] };
  ListAreaBandwidthPackageSpecifications: { args: ListAreaBandwidthPackageSpecificationsArgs; result: operations['ListAreaBandwidthPackageSpecifications']['responses'][200]['content']['application/json'] };
  ListAreas: { args: ListAreasArgs; result: operations['ListAreas']['responses'][200]['content']['application/json'] };
  ListAuthorisations: { args: ListAuthorisationsArgs; result: operations['ListAuthorisations']['responses'][200]['content']['application/json'] };
  ListBandwidthPackageLevels: { args: ListBandwidthPackageLevelsArgs; result: operations['ListBandwidthPackageLevels']['responses'][200]['content']['application/json'] };
  ListBandwidthPackageLines: { args: ListBandwidthPackageLinesArgs; result: operations['ListBandwidthPackageLines']['responses'][200]['content']['application/json'] };
  ListBandwidthPackageSites: { args: ListBandwidthPackageSitesArgs; result: operations['ListBandwidthPackageSites']['responses'][200]['content']['application/json'] };
  ListBandwidthPackageTags: { args: ListBandwidthPackageTagsArgs; result: operations['ListBandwidthPackageTags']['responses'][200]['content']['application/json'] };
  ListBandwidthPackages: { args: ListBandwidthPackagesArgs; result: operations['ListBandwidthPackages']['responses'][200]['content']['application/json'] };
  ListBandwidthPackagesByTags: { args: ListBandwidthPackagesByTagsArgs; result: operations['ListBandwidthPackagesByTags']['responses'][200]['content']['application/json'] };
  ListCentralNetworkAttachments: { args: ListCentralNetworkAttachmentsArgs; result: operations['ListCentralNetworkAttachments']['responses'][200]['content']['application/json'] };
  ListCentralNetworkCapabilities: { args: ListCentralNetworkCapabilitiesArgs; result: operations['ListCentralNetworkCapabilities']['responses'][200]['content']['application/json'] };
  ListCentralNetworkConnections: { args: ListCentralNetworkConnectionsArgs; result: operations['ListCentralNetworkConnections']['responses'][200]['content']['application/json'] };
  ListCentralNetworkErRouteTableAttachments: { args: ListCentralNetworkErRouteTableAttachmentsArgs; result: operations['ListCentralNetworkErRouteTableAttachments']['responses'][200]['content']['application/json'] };
  ListCentralNetworkGdgwAttachments: { args: ListCentralNetworkGdgwAttachmentsArgs; result: operations['ListCentralNetworkGdgwAttachments']['responses'][200]['content']['application/json'] };
  ListCentralNetworkPolicies: { args: ListCentralNetworkPoliciesArgs; result: operations['ListCentralNetworkPolicies']['responses'][200]['content']['application/json'] };
  ListCentralNetworkPolicyChangeSet: { args: ListCentralNetworkPolicyChangeSetArgs; result: operations['ListCentralNetworkPolicyChangeSet']['responses'][200]['content']['application/json'] };
  ListCentralNetworkQuotas: { args: ListCentralNetworkQuotasArgs; result: operations['ListCentralNetworkQuotas']['responses'][200]['content']['application/json'] };
  ListCentralNetworkTags: { args: ListCentralNetworkTagsArgs; result: operations['ListCentralNetworkTags']['responses'][200]['content']['application/json'] };
  ListCentralNetworks: { args: ListCentralNetworksArgs; result: operations['ListCentralNetworks']['responses'][200]['content']['application/json'] };
  ListCentralNetworksByTags: { args: ListCentralNetworksByTagsArgs; result: operations['ListCentralNetworksByTags']['responses'][200]['content']['application/json'] };
  ListCloudConnectionCapabilities: { args: ListCloudConnectionCapabilitiesArgs; result: operations['ListCloudConnectionCapabilities']['responses'][200]['content']['application/json'] };
  ListCloudConnectionQuotas: { args: ListCloudConnectionQuotasArgs; result: operations['ListCloudConnectionQuotas']['responses'][200]['content']['application/json'] };
  ListCloudConnectionRoutes: { args: ListCloudConnectionRoutesArgs; result: operations['ListCloudConnectionRoutes']['responses'][200]['content']['application/json'] };
  ListCloudConnectionTags: { args: ListCloudConnectionTagsArgs; result: operations['ListCloudConnectionTags']['responses'][200]['content']['application/json'] };
  ListCloudConnections: { args: ListCloudConnectionsArgs; result: operations['ListCloudConnections']['responses'][200]['content']['application/json'] };
  ListCloudConnectionsByTags: { args: ListCloudConnectionsByTagsArgs; result: operations['ListCloudConnectionsByTags']['responses'][200]['content']['application/json'] };
  ListDomainTags: { args: ListDomainTagsArgs; result: operations['ListDomainTags']['responses'][200]['content']['application/json'] };
  ListGcbResourceByTag: { args: ListGcbResourceByTagArgs; result: operations['ListGcbResourceByTag']['responses'][200]['content']['application/json'] };
  ListGcbResourceTags: { args: ListGcbResourceTagsArgs; result: operations['ListGcbResourceTags']['responses'][200]['content']['application/json'] };
  ListGcbTenantTags: { args: ListGcbTenantTagsArgs; result: operations['ListGcbTenantTags']['responses'][200]['content']['application/json'] };
  ListGlobalConnectionBandwidthConfigs: { args: ListGlobalConnectionBandwidthConfigsArgs; result: operations['ListGlobalConnectionBandwidthConfigs']['responses'][200]['content']['application/json'] };
  ListGlobalConnectionBandwidthLineLevels: { args: ListGlobalConnectionBandwidthLineLevelsArgs; result: operations['ListGlobalConnectionBandwidthLineLevels']['responses'][200]['content']['application/json'] };
  ListGlobalConnectionBandwidthSites: { args: ListGlobalConnectionBandwidthSitesArgs; result: operations['ListGlobalConnectionBandwidthSites']['responses'][200]['content']['application/json'] };
  ListGlobalConnectionBandwidthSpecCodes: { args: ListGlobalConnectionBandwidthSpecCodesArgs; result: operations['ListGlobalConnectionBandwidthSpecCodes']['responses'][200]['content']['application/json'] };
  ListGlobalConnectionBandwidths: { args: ListGlobalConnectionBandwidthsArgs; result: operations['ListGlobalConnectionBandwidths']['responses'][200]['content']['application/json'] };
  ListInterRegionBandwidths: { args: ListInterRegionBandwidthsArgs; result: operations['ListInterRegionBandwidths']['responses'][200]['content']['application/json'] };
  ListNetworkInstances: { args: ListNetworkInstancesArgs; result: operations['ListNetworkInstances']['responses'][200]['content']['application/json'] };
  ListPermissions: { args: ListPermissionsArgs; result: operations['ListPermissions']['responses'][200]['content']['application/json'] };
  ListRegionBandwidthPackageSpecifications: { args: ListRegionBandwidthPackageSpecificationsArgs; result: operations['ListRegionBandwidthPackageSpecifications']['responses'][200]['content']['application/json'] };
  ListRegions: { args: ListRegionsArgs; result: operations['ListRegions']['responses'][200]['content']['application/json'] };
  ListResourceByFilterTag: { args: ListResourceByFilterTagArgs; result: operations['ListResourceByFilterTag']['responses'][200]['content']['application/json'] };
  ListSiteNetworkCapabilities: { args: ListSiteNetworkCapabilitiesArgs; result: operations['ListSiteNetworkCapabilities']['responses'][200]['content']['application/json'] };
  ListSiteNetworkQuotas: { args: ListSiteNetworkQuotasArgs; result: operations['ListSiteNetworkQuotas']['responses'][200]['content']['application/json'] };
  ListSiteNetworks: { args: ListSiteNetworksArgs; result: operations['ListSiteNetworks']['responses'][200]['content']['application/json'] };
  ListSupportBindingConnectionBandwidths: { args: ListSupportBindingConnectionBandwidthsArgs; result: operations['ListSupportBindingConnectionBandwidths']['responses'][200]['content']['application/json'] };
  ListTags: { args: ListTagsArgs; result: operations['ListTags']['responses'][200]['content']['application/json'] };
  ShowBandwidthPackage: { args: ShowBandwidthPackageArgs; result: operations['ShowBandwidthPackage']['responses'][200]['content']['application/json'] };
  ShowCentralNetwork: { args: ShowCentralNetworkArgs; result: operations['ShowCentralNetwork']['responses'][200]['content']['application/json'] };
  ShowCentralNetworkErRouteTableAttachment: { args: ShowCentralNetworkErRouteTableAttachmentArgs; result: operations['ShowCentralNetworkErRouteTableAttachment']['responses'][200]['content']['application/json'] };
  ShowCentralNetworkGdgwAttachment: { args: ShowCentralNetworkGdgwAttachmentArgs; result: operations['ShowCentralNetworkGdgwAttachment']['responses'][200]['content']['application/json'] };
  ShowCloudConnection: { args: ShowCloudConnectionArgs; result: operations['ShowCloudConnection']['responses'][200]['content']['application/json'] };
  ShowCloudConnectionRoutes: { args: ShowCloudConnectionRoutesArgs; result: operations['ShowCloudConnectionRoutes']['responses'][200]['content']['application/json'] };
  ShowGlobalConnectionBandwidth: { args: ShowGlobalConnectionBandwidthArgs; result: operations['ShowGlobalConnectionBandwidth']['responses'][200]['content']['application/json'] };
  ShowInterRegionBandwidth: { args: ShowInterRegionBandwidthArgs; result: operations['ShowInterRegionBandwidth']['responses'][200]['content']['application/json'] };
  ShowNetworkInstance: { args: ShowNetworkInstanceArgs; result: operations['ShowNetworkInstance']['responses'][200]['content']['application/json'] };
  ShowSiteNetwork: { args: ShowSiteNetworkArgs; result: operations['ShowSiteNetwork']['responses'][200]['content']['application/json'] };
  TagBandwidthPackage: { args: TagBandwidthPackageArgs; result: void };
  TagCentralNetwork: { args: TagCentralNetworkArgs; result: void };
  TagCloudConnection: { args: TagCloudConnectionArgs; result: void };
  UntagBandwidthPackage: { args: UntagBandwidthPackageArgs; result: void };
  UntagCentralNetwork: { args: UntagCentralNetworkArgs; result: void };
  UntagCloudConnection: { args: UntagCloudConnectionArgs; result: void };
  UpdateAuthorisation: { args: UpdateAuthorisationArgs; result: operations['UpdateAuthorisation']['responses'][200]['content']['application/json'] };
  UpdateBandwidthPackage: { args: UpdateBandwidthPackageArgs; result: operations['UpdateBandwidthPackage']['responses'][200]['content']['application/json'] };
  UpdateCentralNetwork: { args: UpdateCentralNetworkArgs; result: operations['UpdateCentralNetwork']['responses'][200]['content']['application/json'] };
  UpdateCentralNetworkConnection: { args: UpdateCentralNetworkConnectionArgs; result: operations['UpdateCentralNetworkConnection']['responses'][202]['content']['application/json'] };
  UpdateCentralNetworkErRouteTableAttachment: { args: UpdateCentralNetworkErRouteTableAttachmentArgs; result: operations['UpdateCentralNetworkErRouteTableAttachment']['responses'][200]['content']['application/json'] };
  UpdateCentralNetworkGdgwAttachment: { args: UpdateCentralNetworkGdgwAttachmentArgs; result: operations['UpdateCentralNetworkGdgwAttachment']['responses'][200]['content']['application/json'] };
  UpdateCloudConnection: { args: UpdateCloudConnectionArgs; result: operations['UpdateCloudConnection']['responses'][200]['content']['application/json'] };
  UpdateGlobalConnectionBandwidth: { args: UpdateGlobalConnectionBandwidthArgs; result: operations['UpdateGlobalConnectionBandwidth']['responses'][200]['content']['application/json'] };
  UpdateInterRegionBandwidth: { args: UpdateInterRegionBandwidthArgs; result: operations['UpdateInterRegionBandwidth']['responses'][200]['content']['application/json'] };
  UpdateNetworkInstance: { args: UpdateNetworkInstanceArgs; result: operations['UpdateNetworkInstance']['responses'][200]['content']['application/json'] };
  UpdateSiteNetwork: { args: UpdateSiteNetworkArgs; result: operations['UpdateSiteNetwork']['responses'][200]['content']['application/json'] };
  UpdateSiteNetworkBandwidth: { args: UpdateSiteNetworkBandwidthArgs; result: operations['UpdateSiteNetworkBandwidth']['responses'][202]['content']['application/json'] };
  UpdateSiteNetworkBandwidthSize: { args: UpdateSiteNetworkBandwidthSizeArgs; result: operations['UpdateSiteNetworkBandwidthSize']['responses'][202]['content']['application/json'] };
}

/** One method per Cloud Connect operation, named after Huawei's operationId. */
export interface CloudConnectOperations {
  /**
   * Apply a central network policy version
   *
   * Puts a policy version in force, reshaping the central network to match its document. The call takes no
   * body and is asynchronous: it answers 202 with the version in state `APPLYING` and the list of changes
   * being made. Poll ListCentralNetworkPolicies (filtered by the version's `id`) until the version is
   * `AVAILABLE` with `is_applied: true`, or `FAILED`; meanwhile the network may report `UPDATING`.
   *
   * `POST /v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}/apply`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ApplyCentralNetworkPolicy.html Huawei reference}
   */
  applyCentralNetworkPolicy(args: ApplyCentralNetworkPolicyArgs, options?: CallOptions): Promise<OperationTypes['ApplyCentralNetworkPolicy']['result']>;
  /**
   * Bind a bandwidth package to a cloud connection
   *
   * Binds a bandwidth package to a cloud connection, after which inter-region bandwidths of that cloud
   * connection can be taken from it. A package serves one cloud connection at a time (`CC.1055` when it is
   * already bound), and a frozen package (`CC.1054`) or cloud connection (`CC.1042`) cannot be bound. Note the
   * success status: 201, not 200.
   *
   * `POST /v3/{domain_id}/ccaas/bandwidth-packages/{id}/associate`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/AssociateBandwidthPackage.html Huawei reference}
   */
  associateBandwidthPackage(args: AssociateBandwidthPackageArgs, options?: CallOptions): Promise<OperationTypes['AssociateBandwidthPackage']['result']>;
  /**
   * Bind a global connection bandwidth to instances
   *
   * Binds a global connection bandwidth to 1 to 200 instances in one call, each given by id, kind, region and
   * project. The bandwidth's `binding_service` must allow the instance kind and `bind_limit` (from
   * ListGlobalConnectionBandwidthConfigs) caps how many instances it may serve. The answer reports each
   * instance separately: check its `result` (and `message` when it is `fail`).
   *
   * `POST /v3/{domain_id}/gcb/gcbandwidths/{id}/associate-instance`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/AssociateGlobalConnectionBandwidthInstance.html Huawei reference}
   */
  associateGlobalConnectionBandwidthInstance(args: AssociateGlobalConnectionBandwidthInstanceArgs, options?: CallOptions): Promise<OperationTypes['AssociateGlobalConnectionBandwidthInstance']['result']>;
  /**
   * Bind a bandwidth to a site-to-site connection
   *
   * Binds a global connection bandwidth to a site-to-site connection and assigns part of it to the
   * connection. The bandwidth must be bindable to site networks (`binding_service` `GSN` or `ALL`;
   * ListSupportBindingConnectionBandwidths with `binding_service=GSN` lists candidates) and the size must lie
   * in the range ListSiteNetworkCapabilities reports. Asynchronous: the answer is 202 with the connection in
   * state `UPDATING`; poll ShowSiteNetwork until it is `AVAILABLE`.
   *
   * `POST /v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/associate`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/AssociateSiteNetworkBandwidth.html Huawei reference}
   */
  associateSiteNetworkBandwidth(args: AssociateSiteNetworkBandwidthArgs, options?: CallOptions): Promise<OperationTypes['AssociateSiteNetworkBandwidth']['result']>;
  /**
   * Add or remove several tags on a resource
   *
   * Deprecated: use TagCloudConnection or TagBandwidthPackage to add tags, and UntagCloudConnection or
   * UntagBandwidthPackage to remove them. With `action: create` the listed tags are attached (an existing key
   * gets the new value); with `action: delete` they are removed by key and their values are ignored. At most
   * 20 tags per call.
   *
   * `POST /v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags/action`
   * @deprecated
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/BatchCreateDeleteTags.html Huawei reference}
   */
  batchCreateDeleteTags(args: BatchCreateDeleteTagsArgs, options?: CallOptions): Promise<OperationTypes['BatchCreateDeleteTags']['result']>;
  /**
   * Add tags to a global connection bandwidth
   *
   * Attaches up to 20 tags to a global connection bandwidth in one call; keys it already has get the new
   * values.
   * Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
   * token (security `IamToken` only) rather than an AK/SK signature.
   *
   * `POST /v3/gcb/{resource_id}/tags/create`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/BatchCreateGcbResourceTags.html Huawei reference}
   */
  batchCreateGcbResourceTags(args: BatchCreateGcbResourceTagsArgs, options?: CallOptions): Promise<OperationTypes['BatchCreateGcbResourceTags']['result']>;
  /**
   * Remove tags from a global connection bandwidth
   *
   * Removes up to 20 tags from a global connection bandwidth in one call. Each tag is given as key and
   * value, as in the create call.
   * Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
   * token (security `IamToken` only) rather than an AK/SK signature.
   *
   * `POST /v3/gcb/{resource_id}/tags/delete`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/BatchDeleteGcbResourceTags.html Huawei reference}
   */
  batchDeleteGcbResourceTags(args: BatchDeleteGcbResourceTagsArgs, options?: CallOptions): Promise<OperationTypes['BatchDeleteGcbResourceTags']['result']>;
  /**
   * Count global connection bandwidths by tags
   *
   * Counts the account's global connection bandwidths that meet the tag and field conditions in the body
   * (the same conditions ListGcbResourceByTag takes). With no condition every bandwidth counts.
   * Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
   * token (security `IamToken` only) rather than an AK/SK signature.
   *
   * `POST /v3/gcb/resource-instances/count`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CountGcbResourceByTag.html Huawei reference}
   */
  countGcbResourceByTag(args: CountGcbResourceByTagArgs, options?: CallOptions): Promise<OperationTypes['CountGcbResourceByTag']['result']>;
  /**
   * Create an authorisation
   *
   * Lets a cloud connection owned by another account load one of this account's VPCs. Name the VPC with its
   * project and region, the other account's id and its cloud connection; that account then finds the grant
   * through ListPermissions and can load the VPC as a network instance. Only VPCs can be shared. A restricted
   * account is refused with `CC.1006`, a caller without the needed rights with `CC.1057`.
   *
   * `POST /v3/{domain_id}/ccaas/authorisations`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateAuthorisation.html Huawei reference}
   */
  createAuthorisation(args: CreateAuthorisationArgs, options?: CallOptions): Promise<OperationTypes['CreateAuthorisation']['result']>;
  /**
   * Create a bandwidth package
   *
   * Buys bandwidth between two geographic areas (`local_area_id`, `remote_area_id`), optionally binding the
   * package to a cloud connection straight away. Yearly/monthly billing (modes 1 and 2) needs
   * `prepaid_options` and places an order; the other modes bill as used. Names
   * are unique within the account (`CC.1053`). Packages that cross the Chinese mainland border need an approved
   * cross-border permit (`CC.1050` when it is still pending, `CC.1051` when none was applied for).
   *
   * `POST /v3/{domain_id}/ccaas/bandwidth-packages`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateBandwidthPackage.html Huawei reference}
   */
  createBandwidthPackage(args: CreateBandwidthPackageArgs, options?: CallOptions): Promise<OperationTypes['CreateBandwidthPackage']['result']>;
  /**
   * Create a central network
   *
   * Starts building a central network, a global backbone that links enterprise routers in different regions
   * through one or more planes. The call is asynchronous: it answers 202 with the network in state
   * `CREATING`; poll ShowCentralNetwork until `state` is `AVAILABLE` (or `FAILED`). A `policy_document` given
   * here becomes the network's first policy version; later layouts are added with CreateCentralNetworkPolicy
   * and put in force with ApplyCentralNetworkPolicy. The account's quota
   * (`central_networks_per_account`, see ListCentralNetworkQuotas) caps how many networks it can hold, and a
   * restricted account is refused with `CC.1006`.
   *
   * `POST /v3/{domain_id}/gcn/central-networks`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetwork.html Huawei reference}
   */
  createCentralNetwork(args: CreateCentralNetworkArgs, options?: CallOptions): Promise<OperationTypes['CreateCentralNetwork']['result']>;
  /**
   * Attach an enterprise router route table to a central network
   *
   * Attaches a route table of an enterprise router (which may belong to another account, or be hosted in
   * another cloud per `hosted_cloud`) to a central network and wires it to a route table of one of the
   * network's enterprise routers. The call is asynchronous: it answers 202 with the attachment in state
   * `CREATING`; poll ShowCentralNetworkErRouteTableAttachment until it is `AVAILABLE` or `FAILED`. When the
   * route table belongs to another account, the attachment waits in `APPROVING` until that account accepts
   * (`APPROVED`) or declines (`UNAPPROVED`, with a `reason`). A restricted account is refused with `CC.1006`.
   *
   * `POST /v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetworkErRouteTableAttachment.html Huawei reference}
   */
  createCentralNetworkErRouteTableAttachment(args: CreateCentralNetworkErRouteTableAttachmentArgs, options?: CallOptions): Promise<OperationTypes['CreateCentralNetworkErRouteTableAttachment']['result']>;
  /**
   * Attach a global DC gateway to a central network
   *
   * Attaches a global DC gateway (the cloud side of a Direct Connect link) to a central network and wires it
   * to one of the network's enterprise routers, so that on-premises networks reach every region the central
   * network spans. The call is asynchronous: it answers 202 with the attachment in state `CREATING`; poll
   * ShowCentralNetworkGdgwAttachment until it is `AVAILABLE` (or `FAILED`). Quotas cap the attachments per
   * network and the GDGW attachments per region, and a restricted account is refused with `CC.1006`.
   *
   * `POST /v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetworkGdgwAttachment.html Huawei reference}
   */
  createCentralNetworkGdgwAttachment(args: CreateCentralNetworkGdgwAttachmentArgs, options?: CallOptions): Promise<OperationTypes['CreateCentralNetworkGdgwAttachment']['result']>;
  /**
   * Create a central network policy version
   *
   * Stores a policy document as the next numbered version of a central network's policy. Versions are
   * read-only: to change the layout, create another version from an edited copy of the document. Creating a
   * version changes nothing on the network; ListCentralNetworkPolicyChangeSet previews what applying it
   * would do and ApplyCentralNetworkPolicy puts it in force. The number of versions per network
   * (`policy_versions_per_central_network`) and the size of one document
   * (`size_of_document_per_central_network_policy_version`) are capped by quota; a document that breaks the
   * template is refused with `CC.1001`.
   *
   * `POST /v3/{domain_id}/gcn/central-network/{central_network_id}/policies`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateCentralNetworkPolicy.html Huawei reference}
   */
  createCentralNetworkPolicy(args: CreateCentralNetworkPolicyArgs, options?: CallOptions): Promise<OperationTypes['CreateCentralNetworkPolicy']['result']>;
  /**
   * Create a cloud connection
   *
   * Creates an empty cloud connection. Load network instances into it and bind a bandwidth package
   * afterwards to carry traffic between regions. Names must be unique within the account (`CC.1031`), and
   * the account's quota caps how many cloud connections it can hold (`CC.1033`).
   *
   * `POST /v3/{domain_id}/ccaas/cloud-connections`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateCloudConnection.html Huawei reference}
   */
  createCloudConnection(args: CreateCloudConnectionArgs, options?: CallOptions): Promise<OperationTypes['CreateCloudConnection']['result']>;
  /**
   * Add a tag to a global connection bandwidth
   *
   * Attaches one tag to a global connection bandwidth; a key it already has gets the new value. Both key and
   * value must be sent (the value may be empty). Use BatchCreateGcbResourceTags for several tags at once.
   * Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
   * token (security `IamToken` only) rather than an AK/SK signature.
   *
   * `POST /v3/gcb/{resource_id}/tags`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateGcbResourceTag.html Huawei reference}
   */
  createGcbResourceTag(args: CreateGcbResourceTagArgs, options?: CallOptions): Promise<OperationTypes['CreateGcbResourceTag']['result']>;
  /**
   * Create a global connection bandwidth
   *
   * Buys a global connection bandwidth of 2 to 300 Mbit/s for a given geographic reach (`type`), to be bound
   * afterwards to cloud connections, central networks, site networks or global EIPs. Cross-border bandwidth
   * (`bordercross: true`) needs an approved cross-border permit (`CC.1050`, `CC.1051`). Billing by 95th
   * percentile and line classes other than gold are open only to whitelisted accounts;
   * ListGlobalConnectionBandwidthConfigs tells what the account may buy, and its quotas cap how many
   * bandwidths and how much capacity it may hold.
   *
   * `POST /v3/{domain_id}/gcb/gcbandwidths`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateGlobalConnectionBandwidth.html Huawei reference}
   */
  createGlobalConnectionBandwidth(args: CreateGlobalConnectionBandwidthArgs, options?: CallOptions): Promise<OperationTypes['CreateGlobalConnectionBandwidth']['result']>;
  /**
   * Create an inter-region bandwidth
   *
   * Gives the link between two regions of a cloud connection a share of a bandwidth package. The package must
   * be bound to the same cloud connection, and its inter-region bandwidths together cannot exceed its size.
   * `inter_region_ids` names exactly two regions. The service names the new resource itself.
   *
   * `POST /v3/{domain_id}/ccaas/inter-region-bandwidths`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateInterRegionBandwidth.html Huawei reference}
   */
  createInterRegionBandwidth(args: CreateInterRegionBandwidthArgs, options?: CallOptions): Promise<OperationTypes['CreateInterRegionBandwidth']['result']>;
  /**
   * Load a network instance into a cloud connection
   *
   * Loads a VPC or a Direct Connect virtual gateway of one region into a cloud connection and publishes the
   * listed CIDR blocks to the other regions of that cloud connection. A VPC of another account can be loaded
   * (`instance_domain_id`) once that account has authorised the cloud connection. While the service sets the
   * instance up it may report `PENDING`; poll ShowNetworkInstance until it is `ACTIVE` or `ERROR`. A frozen
   * cloud connection refuses new
   * instances (`CC.1042`), and quotas cap how many instances one cloud connection may load per region.
   *
   * `POST /v3/{domain_id}/ccaas/network-instances`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateNetworkInstance.html Huawei reference}
   */
  createNetworkInstance(args: CreateNetworkInstanceArgs, options?: CallOptions): Promise<OperationTypes['CreateNetworkInstance']['result']>;
  /**
   * Create a point-to-point site network
   *
   * Starts building a site network that links exactly two sites, each reached through a global DC gateway
   * given by region, project and gateway id. The call is asynchronous: it answers 202 with the new network in
   * state `CREATING`; poll ShowSiteNetwork until the state is `AVAILABLE` (or `FAILED`). A connection between
   * the two sites is created with it; bind a global connection bandwidth to that connection with
   * AssociateSiteNetworkBandwidth. The account's `site_networks_per_account` quota (ListSiteNetworkQuotas)
   * caps how many site networks it may own; invalid input is refused with `CC.1001`.
   *
   * `POST /v3/{domain_id}/dcaas/p2p-site-networks`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateP2PSiteNetwork.html Huawei reference}
   */
  createP2PSiteNetwork(args: CreateP2PSiteNetworkArgs, options?: CallOptions): Promise<OperationTypes['CreateP2PSiteNetwork']['result']>;
  /**
   * Add a tag to a resource
   *
   * Deprecated: use TagCloudConnection or TagBandwidthPackage instead. Attaches one tag to a cloud connection
   * or bandwidth package; a key the resource already has gets the new value.
   *
   * `POST /v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags`
   * @deprecated
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/CreateTag.html Huawei reference}
   */
  createTag(args: CreateTagArgs, options?: CallOptions): Promise<OperationTypes['CreateTag']['result']>;
  /**
   * Delete an authorisation
   *
   * Withdraws a grant, so the other account's cloud connection may no longer load the VPC.
   *
   * `DELETE /v3/{domain_id}/ccaas/authorisations/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteAuthorisation.html Huawei reference}
   */
  deleteAuthorisation(args: DeleteAuthorisationArgs, options?: CallOptions): Promise<OperationTypes['DeleteAuthorisation']['result']>;
  /**
   * Delete a bandwidth package
   *
   * Deletes a bandwidth package. Inter-region bandwidths still taken from it block the deletion (`CC.1052`);
   * delete them first.
   *
   * `DELETE /v3/{domain_id}/ccaas/bandwidth-packages/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteBandwidthPackage.html Huawei reference}
   */
  deleteBandwidthPackage(args: DeleteBandwidthPackageArgs, options?: CallOptions): Promise<OperationTypes['DeleteBandwidthPackage']['result']>;
  /**
   * Delete a central network
   *
   * Starts tearing down a central network. The call is asynchronous: it answers 202 with the network in
   * state `DELETING`; poll ShowCentralNetwork until it reports `DELETED` or answers 404. Attachments still on
   * the network can be removed beforehand with DeleteCentralNetworkAttachment; a network in the middle of
   * another change may be refused.
   *
   * `DELETE /v3/{domain_id}/gcn/central-networks/{central_network_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteCentralNetwork.html Huawei reference}
   */
  deleteCentralNetwork(args: DeleteCentralNetworkArgs, options?: CallOptions): Promise<OperationTypes['DeleteCentralNetwork']['result']>;
  /**
   * Delete a central network attachment
   *
   * Detaches a global DC gateway or an enterprise router route table from a central network; one operation
   * serves both kinds. The call is asynchronous: it answers 202 with the attachment in state `DELETING`;
   * poll the matching Show operation until it answers 404 (or reports `DELETED`).
   *
   * `DELETE /v3/{domain_id}/gcn/central-network/{central_network_id}/attachments/{attachment_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteCentralNetworkAttachment.html Huawei reference}
   */
  deleteCentralNetworkAttachment(args: DeleteCentralNetworkAttachmentArgs, options?: CallOptions): Promise<OperationTypes['DeleteCentralNetworkAttachment']['result']>;
  /**
   * Delete a central network policy version
   *
   * Deletes one policy version. The version currently in force (`is_applied: true`) cannot be deleted.
   *
   * `DELETE /v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteCentralNetworkPolicy.html Huawei reference}
   */
  deleteCentralNetworkPolicy(args: DeleteCentralNetworkPolicyArgs, options?: CallOptions): Promise<OperationTypes['DeleteCentralNetworkPolicy']['result']>;
  /**
   * Delete a cloud connection
   *
   * Deletes a cloud connection. It must be empty first: a cloud connection that still has network
   * instances loaded is refused with `CC.1032`.
   *
   * `DELETE /v3/{domain_id}/ccaas/cloud-connections/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteCloudConnection.html Huawei reference}
   */
  deleteCloudConnection(args: DeleteCloudConnectionArgs, options?: CallOptions): Promise<OperationTypes['DeleteCloudConnection']['result']>;
  /**
   * Remove a tag from a global connection bandwidth
   *
   * Removes the tag with the given key from a global connection bandwidth. Use BatchDeleteGcbResourceTags
   * for several tags at once.
   * Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
   * token (security `IamToken` only) rather than an AK/SK signature.
   *
   * `DELETE /v3/gcb/{resource_id}/tags/{tag_key}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteGcbResourceTag.html Huawei reference}
   */
  deleteGcbResourceTag(args: DeleteGcbResourceTagArgs, options?: CallOptions): Promise<OperationTypes['DeleteGcbResourceTag']['result']>;
  /**
   * Delete a global connection bandwidth
   *
   * Deletes a global connection bandwidth. It must not be bound to any instance: unbind them first with
   * DisassociateGlobalConnectionBandwidthInstance (or the site network and central network operations).
   *
   * `DELETE /v3/{domain_id}/gcb/gcbandwidths/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteGlobalConnectionBandwidth.html Huawei reference}
   */
  deleteGlobalConnectionBandwidth(args: DeleteGlobalConnectionBandwidthArgs, options?: CallOptions): Promise<OperationTypes['DeleteGlobalConnectionBandwidth']['result']>;
  /**
   * Delete an inter-region bandwidth
   *
   * Deletes an inter-region bandwidth and hands its share back to the bandwidth package.
   *
   * `DELETE /v3/{domain_id}/ccaas/inter-region-bandwidths/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteInterRegionBandwidth.html Huawei reference}
   */
  deleteInterRegionBandwidth(args: DeleteInterRegionBandwidthArgs, options?: CallOptions): Promise<OperationTypes['DeleteInterRegionBandwidth']['result']>;
  /**
   * Remove a network instance from its cloud connection
   *
   * Takes a VPC or virtual gateway out of its cloud connection; the VPC or gateway itself is left alone. Its
   * CIDR blocks stop being published to the other regions of the cloud connection.
   *
   * `DELETE /v3/{domain_id}/ccaas/network-instances/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteNetworkInstance.html Huawei reference}
   */
  deleteNetworkInstance(args: DeleteNetworkInstanceArgs, options?: CallOptions): Promise<OperationTypes['DeleteNetworkInstance']['result']>;
  /**
   * Delete a site network
   *
   * Starts deleting a site network together with its site-to-site connections. Unlike most deletes in
   * Cloud Connect this one is asynchronous: it answers 202 with a body holding the network in state
   * `DELETING`; poll ShowSiteNetwork until it answers 404 or reports `DELETED`.
   *
   * `DELETE /v3/{domain_id}/dcaas/site-networks/{site_network_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteSiteNetwork.html Huawei reference}
   */
  deleteSiteNetwork(args: DeleteSiteNetworkArgs, options?: CallOptions): Promise<OperationTypes['DeleteSiteNetwork']['result']>;
  /**
   * Remove a tag from a resource
   *
   * Deprecated: use UntagCloudConnection or UntagBandwidthPackage instead. Removes the tag with the given key
   * from a cloud connection or bandwidth package.
   *
   * `DELETE /v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags/{tag_key}`
   * @deprecated
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteTag.html Huawei reference}
   */
  deleteTag(args: DeleteTagArgs, options?: CallOptions): Promise<OperationTypes['DeleteTag']['result']>;
  /**
   * Unbind a bandwidth package from a cloud connection
   *
   * Unbinds a bandwidth package from the cloud connection named in the body. Inter-region bandwidths still
   * taken from the package block this (`CC.1052`); delete them first. Note the success status: 201, not 200.
   *
   * `POST /v3/{domain_id}/ccaas/bandwidth-packages/{id}/disassociate`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DisassociateBandwidthPackage.html Huawei reference}
   */
  disassociateBandwidthPackage(args: DisassociateBandwidthPackageArgs, options?: CallOptions): Promise<OperationTypes['DisassociateBandwidthPackage']['result']>;
  /**
   * Unbind a global connection bandwidth from instances
   *
   * Unbinds a global connection bandwidth from 1 to 200 instances in one call, each given by id, kind, region
   * and project. The answer reports each instance separately: check its `result` (and `message` when it is
   * `fail`).
   *
   * `POST /v3/{domain_id}/gcb/gcbandwidths/{id}/disassociate-instance`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DisassociateGlobalConnectionBandwidthInstance.html Huawei reference}
   */
  disassociateGlobalConnectionBandwidthInstance(args: DisassociateGlobalConnectionBandwidthInstanceArgs, options?: CallOptions): Promise<OperationTypes['DisassociateGlobalConnectionBandwidthInstance']['result']>;
  /**
   * Unbind the bandwidth from a site-to-site connection
   *
   * Releases the global connection bandwidth a site-to-site connection draws from; traffic between sites
   * in different regions stops until another bandwidth is bound. The call takes no request body. It is
   * asynchronous: it answers 202 with the connection in state `UPDATING`; poll ShowSiteNetwork until the
   * connection's state is `AVAILABLE` again.
   *
   * `POST /v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/disassociate`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DisassociateSiteNetworkBandwidth.html Huawei reference}
   */
  disassociateSiteNetworkBandwidth(args: DisassociateSiteNetworkBandwidthArgs, options?: CallOptions): Promise<OperationTypes['DisassociateSiteNetworkBandwidth']['result']>;
  /**
   * List area-to-area bandwidth package specifications
   *
   * Returns, for pairs of geographic areas, the bandwidth package specifications on sale: specification codes,
   * billing modes and the bandwidth range of each. Unlike the other lists of this section it pages with
   * `limit` and `offset` (since SDK 0.1.170), yet its answer still carries a marker-style `page_info`.
   * Huawei's page does not state the success code; 200 is assumed, as for every list.
   *
   * `GET /v3/{domain_id}/ccaas/bandwidth-packages/area-specifications`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListAreaBandwidthPackageSpecifications.html Huawei reference}
   */
  listAreaBandwidthPackageSpecifications(args?: ListAreaBandwidthPackageSpecificationsArgs, options?: CallOptions): Promise<OperationTypes['ListAreaBandwidthPackageSpecifications']['result']>;
  /**
   * List Cloud Connect geographic areas
   *
   * Returns the geographic areas (Chinese mainland, Asia Pacific, Africa and the Latin America areas) between
   * which Cloud Connect sells bandwidth, with their names in several languages. Huawei's page does not state
   * the success code; 200 is assumed, as for every list.
   *
   * `GET /v3/{domain_id}/ccaas/areas`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListAreas.html Huawei reference}
   */
  listAreas(args?: ListAreasArgs, options?: CallOptions): Promise<OperationTypes['ListAreas']['result']>;
  /**
   * List authorisations
   *
   * Returns the grants this account has made, one page at a time: which of its VPCs which cloud connections of
   * other accounts may load. Narrow the list by id, name, description, cloud connection or network instance;
   * each filter takes several values.
   *
   * `GET /v3/{domain_id}/ccaas/authorisations`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListAuthorisations.html Huawei reference}
   */
  listAuthorisations(args?: ListAuthorisationsArgs, options?: CallOptions): Promise<OperationTypes['ListAuthorisations']['result']>;
  /**
   * List bandwidth classes
   *
   * Returns the bandwidth classes (service levels) that bandwidth lines are sold in, one page at a time,
   * optionally narrowed by class code or a fragment of the name.
   *
   * `GET /v3/{domain_id}/ccaas/bandwidth-packages/levels`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListBandwidthPackageLevels.html Huawei reference}
   */
  listBandwidthPackageLevels(args?: ListBandwidthPackageLevelsArgs, options?: CallOptions): Promise<OperationTypes['ListBandwidthPackageLevels']['result']>;
  /**
   * List bandwidth lines
   *
   * Returns the bandwidth lines between sites, one page at a time, with the classes and specifications on
   * sale on each; narrow them by class code or a fragment of the name.
   *
   * `GET /v3/{domain_id}/ccaas/bandwidth-packages/lines`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListBandwidthPackageLines.html Huawei reference}
   */
  listBandwidthPackageLines(args?: ListBandwidthPackageLinesArgs, options?: CallOptions): Promise<OperationTypes['ListBandwidthPackageLines']['result']>;
  /**
   * List bandwidth package sites
   *
   * Returns the sites (by default, regions) that bandwidth packages can connect, one page at a time, optionally
   * narrowed by site code, region or a fragment of the name.
   *
   * `GET /v3/{domain_id}/ccaas/bandwidth-packages/sites`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListBandwidthPackageSites.html Huawei reference}
   */
  listBandwidthPackageSites(args?: ListBandwidthPackageSitesArgs, options?: CallOptions): Promise<OperationTypes['ListBandwidthPackageSites']['result']>;
  /**
   * List the tags used on bandwidth packages
   *
   * Returns each tag key found on the account's bandwidth packages together with every value it takes.
   *
   * `GET /v3/{domain_id}/ccaas/bandwidth-packages/tags`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListBandwidthPackageTags.html Huawei reference}
   */
  listBandwidthPackageTags(args?: ListBandwidthPackageTagsArgs, options?: CallOptions): Promise<OperationTypes['ListBandwidthPackageTags']['result']>;
  /**
   * List bandwidth packages
   *
   * Returns the account's bandwidth packages one page at a time, optionally narrowed by id, name,
   * enterprise project, cloud connection, state, billing mode and bound resource. Each filter takes several
   * values.
   *
   * `GET /v3/{domain_id}/ccaas/bandwidth-packages`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListBandwidthPackages.html Huawei reference}
   */
  listBandwidthPackages(args?: ListBandwidthPackagesArgs, options?: CallOptions): Promise<OperationTypes['ListBandwidthPackages']['result']>;
  /**
   * List bandwidth packages by tags
   *
   * Returns the bandwidth packages that satisfy every tag condition in the body; a condition is met when the
   * package carries the key with one of the listed values. Takes no paging parameters.
   *
   * `POST /v3/{domain_id}/ccaas/bandwidth-packages/filter`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListBandwidthPackagesByTags.html Huawei reference}
   */
  listBandwidthPackagesByTags(args: ListBandwidthPackagesByTagsArgs, options?: CallOptions): Promise<OperationTypes['ListBandwidthPackagesByTags']['result']>;
  /**
   * List all attachments of a central network
   *
   * Returns the attachments of one central network whatever their kind, one page at a time, optionally
   * narrowed by id, name, kind, state or attached instance. Each item carries `attachment_instance_type`
   * (`GDGW` or `ER_ROUTE_TABLE`), which tells the two shapes apart.
   *
   * `GET /v3/{domain_id}/gcn/central-network/{central_network_id}/attachments`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkAttachments.html Huawei reference}
   */
  listCentralNetworkAttachments(args: ListCentralNetworkAttachmentsArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkAttachments']['result']>;
  /**
   * List central network capabilities
   *
   * Returns the central network features enabled for the account (for example tag or enterprise project
   * support, or the regions where enterprise routers and attachments can join), optionally only those asked
   * for, one page at a time.
   *
   * `GET /v3/{domain_id}/gcn/capabilities`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkCapabilities.html Huawei reference}
   */
  listCentralNetworkCapabilities(args?: ListCentralNetworkCapabilitiesArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkCapabilities']['result']>;
  /**
   * List the connections of a central network
   *
   * Returns the connections a central network has built between its enterprise routers and attachments, one
   * page at a time, optionally narrowed by id, name, state, global connection bandwidth, bandwidth source,
   * connection type or whether the connection crosses regions.
   *
   * `GET /v3/{domain_id}/gcn/central-network/{central_network_id}/connections`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkConnections.html Huawei reference}
   */
  listCentralNetworkConnections(args: ListCentralNetworkConnectionsArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkConnections']['result']>;
  /**
   * List the route-table attachments of a central network
   *
   * Returns the enterprise router route-table attachments of one central network, one page at a time,
   * optionally narrowed by id, name, state or attached instance.
   *
   * `GET /v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkErRouteTableAttachments.html Huawei reference}
   */
  listCentralNetworkErRouteTableAttachments(args: ListCentralNetworkErRouteTableAttachmentsArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkErRouteTableAttachments']['result']>;
  /**
   * List the global DC gateway attachments of a central network
   *
   * Returns the global DC gateway attachments of one central network, one page at a time, optionally
   * narrowed by id, name, state or gateway.
   *
   * `GET /v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkGdgwAttachments.html Huawei reference}
   */
  listCentralNetworkGdgwAttachments(args: ListCentralNetworkGdgwAttachmentsArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkGdgwAttachments']['result']>;
  /**
   * List the policy versions of a central network
   *
   * Returns the policy versions of one central network, one page at a time, optionally narrowed by id, state,
   * version number or whether the version is the one in force (`is_applied`).
   *
   * `GET /v3/{domain_id}/gcn/central-network/{central_network_id}/policies`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkPolicies.html Huawei reference}
   */
  listCentralNetworkPolicies(args: ListCentralNetworkPoliciesArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkPolicies']['result']>;
  /**
   * List the changes a policy version would make
   *
   * Compares a policy version with the version in force and lists the changes applying it would make:
   * planes, enterprise routers, router connections and route tables added, removed or updated. Useful as a
   * dry run before ApplyCentralNetworkPolicy.
   *
   * `GET /v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}/change-set`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkPolicyChangeSet.html Huawei reference}
   */
  listCentralNetworkPolicyChangeSet(args: ListCentralNetworkPolicyChangeSetArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkPolicyChangeSet']['result']>;
  /**
   * List central network quotas
   *
   * Returns the account's central network limits with how much of each is used, optionally only the quota
   * types asked for. The operation accepts `limit` and `marker`, but the answer carries no `page_info`.
   *
   * `GET /v3/{domain_id}/gcn/quotas`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkQuotas.html Huawei reference}
   */
  listCentralNetworkQuotas(args?: ListCentralNetworkQuotasArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkQuotas']['result']>;
  /**
   * List the tags used on central networks
   *
   * Returns every tag key used on the account's central networks, each with all of its values.
   *
   * `GET /v3/{domain_id}/gcn/central-networks/tags`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworkTags.html Huawei reference}
   */
  listCentralNetworkTags(args?: ListCentralNetworkTagsArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworkTags']['result']>;
  /**
   * List central networks
   *
   * Returns the account's central networks one page at a time, sorted as asked and optionally narrowed by id,
   * name, state, enterprise project, or by the enterprise routers, attached instances, global connection
   * bandwidths or connections they hold. Each filter takes several values.
   *
   * `GET /v3/{domain_id}/gcn/central-networks`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworks.html Huawei reference}
   */
  listCentralNetworks(args?: ListCentralNetworksArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworks']['result']>;
  /**
   * List central networks by tags
   *
   * Returns the central networks whose tags match every condition in the body, one page at a time. A
   * condition matches when the network has the key with any of the listed values. Unlike the cloud
   * connection filter, this one pages with `limit` and `marker` in the query string.
   *
   * `POST /v3/{domain_id}/gcn/central-networks/filter`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCentralNetworksByTags.html Huawei reference}
   */
  listCentralNetworksByTags(args: ListCentralNetworksByTagsArgs, options?: CallOptions): Promise<OperationTypes['ListCentralNetworksByTags']['result']>;
  /**
   * List cloud connection capabilities
   *
   * Reports which Cloud Connect capabilities (billing options, IPv6, enterprise routers, enterprise cloud
   * connections, …) the account may use, with the regions and sites where each one is available and the
   * bandwidth range that goes with it. `resource_type` narrows the answer to one capability. `limit` and
   * `marker` are accepted, but the answer carries no `page_info`.
   *
   * `GET /v3/{domain_id}/ccaas/capabilities`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnectionCapabilities.html Huawei reference}
   */
  listCloudConnectionCapabilities(args?: ListCloudConnectionCapabilitiesArgs, options?: CallOptions): Promise<OperationTypes['ListCloudConnectionCapabilities']['result']>;
  /**
   * List cloud connection quotas
   *
   * Reports a cloud connection quota of the account: the limit and how much of it is in use. `quota_type` picks
   * the quota; the per-connection quotas also need `cloud_connection_id`, and `region_network_instance` needs
   * `region_id` as well (a missing one is refused with `CC.1001`). `limit` and `marker` are accepted, but the
   * answer carries no `page_info`. Before SDK 0.1.62 this operation was called ListQuotas.
   *
   * `GET /v3/{domain_id}/ccaas/quotas`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnectionQuotas.html Huawei reference}
   */
  listCloudConnectionQuotas(args: ListCloudConnectionQuotasArgs, options?: CallOptions): Promise<OperationTypes['ListCloudConnectionQuotas']['result']>;
  /**
   * List cloud connection routes
   *
   * Returns the routes the account's cloud connections have learnt, one page at a time. Each route sends a
   * destination CIDR block to the VPC or virtual gateway that published it. Narrow the list by cloud connection,
   * next-hop network instance, region or route id.
   *
   * `GET /v3/{domain_id}/ccaas/cloud-connection-routes`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnectionRoutes.html Huawei reference}
   */
  listCloudConnectionRoutes(args?: ListCloudConnectionRoutesArgs, options?: CallOptions): Promise<OperationTypes['ListCloudConnectionRoutes']['result']>;
  /**
   * List the tags used on cloud connections
   *
   * Returns every tag key used on the account's cloud connections, each with all of its values.
   *
   * `GET /v3/{domain_id}/ccaas/cloud-connections/tags`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnectionTags.html Huawei reference}
   */
  listCloudConnectionTags(args?: ListCloudConnectionTagsArgs, options?: CallOptions): Promise<OperationTypes['ListCloudConnectionTags']['result']>;
  /**
   * List cloud connections
   *
   * Returns the account's cloud connections one page at a time, optionally narrowed by id, name,
   * description, enterprise project, status, type or scenario. Each filter takes several values.
   *
   * `GET /v3/{domain_id}/ccaas/cloud-connections`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnections.html Huawei reference}
   */
  listCloudConnections(args?: ListCloudConnectionsArgs, options?: CallOptions): Promise<OperationTypes['ListCloudConnections']['result']>;
  /**
   * List cloud connections by tags
   *
   * Returns the cloud connections whose tags match every condition in the body. A condition matches when
   * the resource has the key with any of the listed values.
   *
   * `POST /v3/{domain_id}/ccaas/cloud-connections/filter`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnectionsByTags.html Huawei reference}
   */
  listCloudConnectionsByTags(args: ListCloudConnectionsByTagsArgs, options?: CallOptions): Promise<OperationTypes['ListCloudConnectionsByTags']['result']>;
  /**
   * List the tags used on one resource type
   *
   * Deprecated: use ListCloudConnectionTags or ListBandwidthPackageTags instead. Returns every tag key used on
   * the account's cloud connections or bandwidth packages (as `resource_type` says), each with all its values.
   *
   * `GET /v3/{domain_id}/ccaas/{resource_type}/tags`
   * @deprecated
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListDomainTags.html Huawei reference}
   */
  listDomainTags(args: ListDomainTagsArgs, options?: CallOptions): Promise<OperationTypes['ListDomainTags']['result']>;
  /**
   * List global connection bandwidths by tags
   *
   * Returns the account's global connection bandwidths that meet the tag and field conditions in the body,
   * each with its tags. Unlike the other lists this one pages by `limit` and `offset`, and its answer
   * carries `total_count` and `resources` instead of `page_info`.
   * Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
   * token (security `IamToken` only) rather than an AK/SK signature.
   *
   * `POST /v3/gcb/resource-instances/filter`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListGcbResourceByTag.html Huawei reference}
   */
  listGcbResourceByTag(args: ListGcbResourceByTagArgs, options?: CallOptions): Promise<OperationTypes['ListGcbResourceByTag']['result']>;
  /**
   * List the tags of a global connection bandwidth
   *
   * Returns every tag of one global connection bandwidth. Like every GCB tag operation, the path carries no
   * account id; the account is the token's.
   * Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
   * token (security `IamToken` only) rather than an AK/SK signature.
   *
   * `GET /v3/gcb/{resource_id}/tags`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListGcbResourceTags.html Huawei reference}
   */
  listGcbResourceTags(args: ListGcbResourceTagsArgs, options?: CallOptions): Promise<OperationTypes['ListGcbResourceTags']['result']>;
  /**
   * List the tags used on global connection bandwidths
   *
   * Returns every tag key used on the account's global connection bandwidths, each with all of its values,
   * and how many keys there are.
   * Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
   * token (security `IamToken` only) rather than an AK/SK signature.
   *
   * `GET /v3/gcb/tags`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListGcbTenantTags.html Huawei reference}
   */
  listGcbTenantTags(args?: ListGcbTenantTagsArgs, options?: CallOptions): Promise<OperationTypes['ListGcbTenantTags']['result']>;
  /**
   * Show the purchase options for global connection bandwidths
   *
   * Returns what the account may buy: capacity ranges per billing option, billing options, bindable
   * services, bandwidth types and line classes open to it, whether it may buy cross-border bandwidth, its
   * quotas and how many instances one bandwidth may serve. Takes no parameters and is not paged.
   *
   * `GET /v3/{domain_id}/gcb/configs`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListGlobalConnectionBandwidthConfigs.html Huawei reference}
   */
  listGlobalConnectionBandwidthConfigs(args?: ListGlobalConnectionBandwidthConfigsArgs, options?: CallOptions): Promise<OperationTypes['ListGlobalConnectionBandwidthConfigs']['result']>;
  /**
   * List line classes between access points
   *
   * Returns, one page at a time, which line classes are available between pairs of access points,
   * optionally only for one pair (`local_area`, `remote_area`) or some classes.
   *
   * `GET /v3/{domain_id}/gcb/line-levels`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListGlobalConnectionBandwidthLineLevels.html Huawei reference}
   */
  listGlobalConnectionBandwidthLineLevels(args?: ListGlobalConnectionBandwidthLineLevelsArgs, options?: CallOptions): Promise<OperationTypes['ListGlobalConnectionBandwidthLineLevels']['result']>;
  /**
   * List access sites
   *
   * Returns, one page at a time, the access sites whose codes `local_area` and `remote_area` take,
   * optionally narrowed by id, name, code or level. Huawei localises the names through an `X-Language`
   * header (English by default, `zh-cn` for Chinese); this contract does not model that header.
   *
   * `GET /v3/{domain_id}/gcb/sites`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListGlobalConnectionBandwidthSites.html Huawei reference}
   */
  listGlobalConnectionBandwidthSites(args?: ListGlobalConnectionBandwidthSitesArgs, options?: CallOptions): Promise<OperationTypes['ListGlobalConnectionBandwidthSites']['result']>;
  /**
   * List line specification codes
   *
   * Returns, one page at a time, the line specification codes the account may buy bandwidth by (an account
   * whitelist controls this), optionally only those between two access points or of some line classes.
   *
   * `GET /v3/{domain_id}/gcb/spec-codes`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListGlobalConnectionBandwidthSpecCodes.html Huawei reference}
   */
  listGlobalConnectionBandwidthSpecCodes(args?: ListGlobalConnectionBandwidthSpecCodesArgs, options?: CallOptions): Promise<OperationTypes['ListGlobalConnectionBandwidthSpecCodes']['result']>;
  /**
   * List global connection bandwidths
   *
   * Returns the account's global connection bandwidths one page at a time, narrowed by id, name,
   * enterprise project, bound instance, instance kind, bindable service, type, administrative state or
   * billing option. Each filter takes several values; note that the billing option `95` is a string.
   *
   * `GET /v3/{domain_id}/gcb/gcbandwidths`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListGlobalConnectionBandwidths.html Huawei reference}
   */
  listGlobalConnectionBandwidths(args?: ListGlobalConnectionBandwidthsArgs, options?: CallOptions): Promise<OperationTypes['ListGlobalConnectionBandwidths']['result']>;
  /**
   * List inter-region bandwidths
   *
   * Returns the account's inter-region bandwidths one page at a time, optionally narrowed by id, enterprise
   * project, cloud connection and bandwidth package. Each filter takes several values.
   *
   * `GET /v3/{domain_id}/ccaas/inter-region-bandwidths`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListInterRegionBandwidths.html Huawei reference}
   */
  listInterRegionBandwidths(args?: ListInterRegionBandwidthsArgs, options?: CallOptions): Promise<OperationTypes['ListInterRegionBandwidths']['result']>;
  /**
   * List network instances
   *
   * Returns the account's network instances one page at a time, optionally narrowed by id, name,
   * description, cloud connection, state, kind, loaded VPC or gateway id and region. Each filter takes
   * several values.
   *
   * `GET /v3/{domain_id}/ccaas/network-instances`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListNetworkInstances.html Huawei reference}
   */
  listNetworkInstances(args?: ListNetworkInstancesArgs, options?: CallOptions): Promise<OperationTypes['ListNetworkInstances']['result']>;
  /**
   * List permissions
   *
   * Returns the receiving side of authorisations, one page at a time: the network instances of other accounts
   * that this account's cloud connections have been allowed to load. Filters and paging work as in
   * ListAuthorisations. Huawei's page does not state the success code; 200 is assumed, as for every list.
   *
   * `GET /v3/{domain_id}/ccaas/permissions`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListPermissions.html Huawei reference}
   */
  listPermissions(args?: ListPermissionsArgs, options?: CallOptions): Promise<OperationTypes['ListPermissions']['result']>;
  /**
   * List region-to-region bandwidth package specifications
   *
   * Returns, for pairs of regions, the bandwidth package specifications on sale: specification codes, billing
   * modes and the bandwidth range of each. Give `local_region_id` and `remote_region_id` to see one pair.
   * Huawei's page does not state the success code; 200 is assumed, as for every list.
   *
   * `GET /v3/{domain_id}/ccaas/bandwidth-packages/region-specifications`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListRegionBandwidthPackageSpecifications.html Huawei reference}
   */
  listRegionBandwidthPackageSpecifications(args?: ListRegionBandwidthPackageSpecificationsArgs, options?: CallOptions): Promise<OperationTypes['ListRegionBandwidthPackageSpecifications']['result']>;
  /**
   * List Cloud Connect regions
   *
   * Returns the regions Cloud Connect can link, one page at a time, each with the geographic area it belongs to
   * and what can be attached there (VPCs, virtual gateways, enterprise routers).
   *
   * `GET /v3/{domain_id}/ccaas/regions`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListRegions.html Huawei reference}
   */
  listRegions(args?: ListRegionsArgs, options?: CallOptions): Promise<OperationTypes['ListRegions']['result']>;
  /**
   * List resources by tags
   *
   * Deprecated: use ListCloudConnectionsByTags or ListBandwidthPackagesByTags instead. Finds the cloud
   * connections or bandwidth packages whose tags meet every condition in `tags`, optionally also matching
   * `resource_name` through `matches`. With `action: filter` it returns a page of resources chosen by `limit`
   * and `offset`; with `action: count` only `total_count`.
   *
   * `POST /v3/{domain_id}/ccaas/{resource_type}/resource-instances/action`
   * @deprecated
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListResourceByFilterTag.html Huawei reference}
   */
  listResourceByFilterTag(args: ListResourceByFilterTagArgs, options?: CallOptions): Promise<OperationTypes['ListResourceByFilterTag']['result']>;
  /**
   * List site network capabilities
   *
   * Returns what the account may do with site networks: whether they are offered at all, which topologies,
   * regions and locations are supported, the allowed connection bandwidth range and billing options. Each
   * entry answers one `specification`; ask for some with the `specification` filter.
   *
   * `GET /v3/{domain_id}/dcaas/site-network/capabilities`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListSiteNetworkCapabilities.html Huawei reference}
   */
  listSiteNetworkCapabilities(args?: ListSiteNetworkCapabilitiesArgs, options?: CallOptions): Promise<OperationTypes['ListSiteNetworkCapabilities']['result']>;
  /**
   * List site network quotas
   *
   * Returns the account's site network quotas with their usage: how many site networks it may own and how
   * many sites a mesh, star or hybrid network may hold. The operation accepts `limit` and `marker`, but the
   * answer carries no `page_info`; all quotas fit in one answer.
   *
   * `GET /v3/{domain_id}/dcaas/site-network/quotas`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListSiteNetworkQuotas.html Huawei reference}
   */
  listSiteNetworkQuotas(args?: ListSiteNetworkQuotasArgs, options?: CallOptions): Promise<OperationTypes['ListSiteNetworkQuotas']['result']>;
  /**
   * List site networks
   *
   * Returns the account's site networks one page at a time, sortable with `sort_key` and `sort_dir` and
   * narrowed by id, name, state, enterprise project, global DC gateway, global connection bandwidth or
   * connection. Each filter takes several values.
   *
   * `GET /v3/{domain_id}/dcaas/site-networks`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListSiteNetworks.html Huawei reference}
   */
  listSiteNetworks(args?: ListSiteNetworksArgs, options?: CallOptions): Promise<OperationTypes['ListSiteNetworks']['result']>;
  /**
   * List global connection bandwidths that can be bound
   *
   * Returns, one page at a time, the account's global connection bandwidths that can be bound to an instance
   * of the kind given in the mandatory `binding_service`, optionally only those between two access points
   * (`local_area`, `remote_area`) or in some enterprise projects. Use it to pick a bandwidth before binding.
   *
   * `GET /v3/{domain_id}/gcb/gcbandwidths/support-bindings`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListSupportBindingConnectionBandwidths.html Huawei reference}
   */
  listSupportBindingConnectionBandwidths(args: ListSupportBindingConnectionBandwidthsArgs, options?: CallOptions): Promise<OperationTypes['ListSupportBindingConnectionBandwidths']['result']>;
  /**
   * List the tags of a resource
   *
   * Deprecated: use ShowCloudConnection or ShowBandwidthPackage instead; their answers carry the resource's
   * tags. Returns the tags of one cloud connection or bandwidth package.
   *
   * `GET /v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags`
   * @deprecated
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListTags.html Huawei reference}
   */
  listTags(args: ListTagsArgs, options?: CallOptions): Promise<OperationTypes['ListTags']['result']>;
  /**
   * Show a bandwidth package
   *
   * Returns one bandwidth package with its areas, size, billing, binding and tags.
   *
   * `GET /v3/{domain_id}/ccaas/bandwidth-packages/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowBandwidthPackage.html Huawei reference}
   */
  showBandwidthPackage(args: ShowBandwidthPackageArgs, options?: CallOptions): Promise<OperationTypes['ShowBandwidthPackage']['result']>;
  /**
   * Show a central network
   *
   * Returns one central network with its planes, enterprise routers, connections and tags. Waiters poll this operation after a create or delete.
   *
   * `GET /v3/{domain_id}/gcn/central-networks/{central_network_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowCentralNetwork.html Huawei reference}
   */
  showCentralNetwork(args: ShowCentralNetworkArgs, options?: CallOptions): Promise<OperationTypes['ShowCentralNetwork']['result']>;
  /**
   * Show a route-table attachment
   *
   * Returns one enterprise router route-table attachment of a central network. Waiters poll this operation after a create.
   *
   * `GET /v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments/{er_route_table_attachment_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowCentralNetworkErRouteTableAttachment.html Huawei reference}
   */
  showCentralNetworkErRouteTableAttachment(args: ShowCentralNetworkErRouteTableAttachmentArgs, options?: CallOptions): Promise<OperationTypes['ShowCentralNetworkErRouteTableAttachment']['result']>;
  /**
   * Show a global DC gateway attachment
   *
   * Returns one global DC gateway attachment of a central network. Waiters poll this operation after a create.
   *
   * `GET /v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments/{gdgw_attachment_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowCentralNetworkGdgwAttachment.html Huawei reference}
   */
  showCentralNetworkGdgwAttachment(args: ShowCentralNetworkGdgwAttachmentArgs, options?: CallOptions): Promise<OperationTypes['ShowCentralNetworkGdgwAttachment']['result']>;
  /**
   * Show a cloud connection
   *
   * Returns one cloud connection with its counters and tags.
   *
   * `GET /v3/{domain_id}/ccaas/cloud-connections/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowCloudConnection.html Huawei reference}
   */
  showCloudConnection(args: ShowCloudConnectionArgs, options?: CallOptions): Promise<OperationTypes['ShowCloudConnection']['result']>;
  /**
   * Show a cloud connection route
   *
   * Returns one route of a cloud connection: its destination and the network instance that is its next hop.
   * Routes are created by the service from the CIDR blocks of loaded network instances; they cannot be edited.
   *
   * `GET /v3/{domain_id}/ccaas/cloud-connection-routes/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowCloudConnectionRoutes.html Huawei reference}
   */
  showCloudConnectionRoutes(args: ShowCloudConnectionRoutesArgs, options?: CallOptions): Promise<OperationTypes['ShowCloudConnectionRoutes']['result']>;
  /**
   * Show a global connection bandwidth
   *
   * Returns one global connection bandwidth with the instances bound to it and its tags.
   *
   * `GET /v3/{domain_id}/gcb/gcbandwidths/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowGlobalConnectionBandwidth.html Huawei reference}
   */
  showGlobalConnectionBandwidth(args: ShowGlobalConnectionBandwidthArgs, options?: CallOptions): Promise<OperationTypes['ShowGlobalConnectionBandwidth']['result']>;
  /**
   * Show an inter-region bandwidth
   *
   * Returns one inter-region bandwidth with its two regions, its size and the package it draws on.
   *
   * `GET /v3/{domain_id}/ccaas/inter-region-bandwidths/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowInterRegionBandwidth.html Huawei reference}
   */
  showInterRegionBandwidth(args: ShowInterRegionBandwidthArgs, options?: CallOptions): Promise<OperationTypes['ShowInterRegionBandwidth']['result']>;
  /**
   * Show a network instance
   *
   * Returns one network instance with its state and the CIDR blocks it publishes.
   *
   * `GET /v3/{domain_id}/ccaas/network-instances/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowNetworkInstance.html Huawei reference}
   */
  showNetworkInstance(args: ShowNetworkInstanceArgs, options?: CallOptions): Promise<OperationTypes['ShowNetworkInstance']['result']>;
  /**
   * Show a site network
   *
   * Returns one site network with its sites and site-to-site connections. This is the call to poll after an
   * asynchronous change: the network's `state` and each connection's `state` tell when the change is done.
   *
   * `GET /v3/{domain_id}/dcaas/site-networks/{site_network_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowSiteNetwork.html Huawei reference}
   */
  showSiteNetwork(args: ShowSiteNetworkArgs, options?: CallOptions): Promise<OperationTypes['ShowSiteNetwork']['result']>;
  /**
   * Tag a bandwidth package
   *
   * Adds tags to a bandwidth package; a key the package already carries takes the new value.
   *
   * `POST /v3/{domain_id}/ccaas/bandwidth-packages/{id}/tag`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/TagBandwidthPackage.html Huawei reference}
   */
  tagBandwidthPackage(args: TagBandwidthPackageArgs, options?: CallOptions): Promise<OperationTypes['TagBandwidthPackage']['result']>;
  /**
   * Tag a central network
   *
   * Attaches tags to a central network. A key it already has gets the new value.
   *
   * `POST /v3/{domain_id}/gcn/central-networks/{central_network_id}/tag`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/TagCentralNetwork.html Huawei reference}
   */
  tagCentralNetwork(args: TagCentralNetworkArgs, options?: CallOptions): Promise<OperationTypes['TagCentralNetwork']['result']>;
  /**
   * Tag a cloud connection
   *
   * Attaches tags to a cloud connection. A key it already has gets the new value.
   *
   * `POST /v3/{domain_id}/ccaas/cloud-connections/{id}/tag`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/TagCloudConnection.html Huawei reference}
   */
  tagCloudConnection(args: TagCloudConnectionArgs, options?: CallOptions): Promise<OperationTypes['TagCloudConnection']['result']>;
  /**
   * Untag a bandwidth package
   *
   * Takes tags off a bandwidth package by key; keys the package does not carry are skipped.
   *
   * `POST /v3/{domain_id}/ccaas/bandwidth-packages/{id}/untag`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UntagBandwidthPackage.html Huawei reference}
   */
  untagBandwidthPackage(args: UntagBandwidthPackageArgs, options?: CallOptions): Promise<OperationTypes['UntagBandwidthPackage']['result']>;
  /**
   * Untag a central network
   *
   * Removes tags from a central network by key; keys it does not have are ignored.
   *
   * `POST /v3/{domain_id}/gcn/central-networks/{central_network_id}/untag`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UntagCentralNetwork.html Huawei reference}
   */
  untagCentralNetwork(args: UntagCentralNetworkArgs, options?: CallOptions): Promise<OperationTypes['UntagCentralNetwork']['result']>;
  /**
   * Untag a cloud connection
   *
   * Removes tags from a cloud connection by key; keys it does not have are ignored.
   *
   * `POST /v3/{domain_id}/ccaas/cloud-connections/{id}/untag`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UntagCloudConnection.html Huawei reference}
   */
  untagCloudConnection(args: UntagCloudConnectionArgs, options?: CallOptions): Promise<OperationTypes['UntagCloudConnection']['result']>;
  /**
   * Update an authorisation
   *
   * Renames an authorisation or rewrites its description. What it grants (the VPC and the cloud connection)
   * cannot change: withdraw it and create a new one instead. Huawei's page does not state the success code;
   * 200, the code of every other update in the API, is assumed.
   *
   * `PUT /v3/{domain_id}/ccaas/authorisations/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateAuthorisation.html Huawei reference}
   */
  updateAuthorisation(args: UpdateAuthorisationArgs, options?: CallOptions): Promise<OperationTypes['UpdateAuthorisation']['result']>;
  /**
   * Update a bandwidth package
   *
   * Renames a bandwidth package, rewrites its description, resizes it or moves it to another billing mode
   * (1, 2, 5 or 6; the yearly/monthly modes 1 and 2 take `prepaid_options`). The new size may not be smaller
   * than the inter-region bandwidths already taken from the package (`CC.1056`), a frozen package cannot be
   * changed (`CC.1054`), and a new name must not be in use by another package (`CC.1053`).
   *
   * `PUT /v3/{domain_id}/ccaas/bandwidth-packages/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateBandwidthPackage.html Huawei reference}
   */
  updateBandwidthPackage(args: UpdateBandwidthPackageArgs, options?: CallOptions): Promise<OperationTypes['UpdateBandwidthPackage']['result']>;
  /**
   * Update a central network
   *
   * Renames a central network, rewrites its description or replaces its tags. Its layout (planes, enterprise
   * routers, connections) is not changed here: that is the job of policy versions (CreateCentralNetworkPolicy
   * and ApplyCentralNetworkPolicy).
   *
   * `PUT /v3/{domain_id}/gcn/central-networks/{central_network_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateCentralNetwork.html Huawei reference}
   */
  updateCentralNetwork(args: UpdateCentralNetworkArgs, options?: CallOptions): Promise<OperationTypes['UpdateCentralNetwork']['result']>;
  /**
   * Change the bandwidth of a central network connection
   *
   * Changes where a connection's bandwidth comes from and how large it is; nothing else about a connection
   * can change. With `BandwidthPackage`, name the global connection bandwidth and the size in Mbit/s (all
   * connections drawing on one global connection bandwidth together cannot exceed it); with `TestBandwidth`,
   * give neither. The call is asynchronous: it answers 202 with the connection in state `UPDATING`; poll
   * ListCentralNetworkConnections (filtered by `id`) until it is `AVAILABLE` or `FAILED`.
   *
   * `PUT /v3/{domain_id}/gcn/central-network/{central_network_id}/connections/{connection_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateCentralNetworkConnection.html Huawei reference}
   */
  updateCentralNetworkConnection(args: UpdateCentralNetworkConnectionArgs, options?: CallOptions): Promise<OperationTypes['UpdateCentralNetworkConnection']['result']>;
  /**
   * Update a route-table attachment
   *
   * Renames an enterprise router route-table attachment or rewrites its description; nothing else about it changes.
   *
   * `PUT /v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments/{er_route_table_attachment_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateCentralNetworkErRouteTableAttachment.html Huawei reference}
   */
  updateCentralNetworkErRouteTableAttachment(args: UpdateCentralNetworkErRouteTableAttachmentArgs, options?: CallOptions): Promise<OperationTypes['UpdateCentralNetworkErRouteTableAttachment']['result']>;
  /**
   * Update a global DC gateway attachment
   *
   * Renames a global DC gateway attachment or rewrites its description; nothing else about it changes.
   *
   * `PUT /v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments/{gdgw_attachment_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateCentralNetworkGdgwAttachment.html Huawei reference}
   */
  updateCentralNetworkGdgwAttachment(args: UpdateCentralNetworkGdgwAttachmentArgs, options?: CallOptions): Promise<OperationTypes['UpdateCentralNetworkGdgwAttachment']['result']>;
  /**
   * Update a cloud connection
   *
   * Renames a cloud connection or rewrites its description. Nothing else about it changes: the network
   * instances loaded into it and the bandwidth bound to it stay as they are. The new name must not be in use
   * by another cloud connection of the account (`CC.1031`).
   *
   * `PUT /v3/{domain_id}/ccaas/cloud-connections/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateCloudConnection.html Huawei reference}
   */
  updateCloudConnection(args: UpdateCloudConnectionArgs, options?: CallOptions): Promise<OperationTypes['UpdateCloudConnection']['result']>;
  /**
   * Update a global connection bandwidth
   *
   * Changes the name, description, capacity (2 to 300 Mbit/s, effective at once), billing option, line class,
   * bindable service or specification code of a global connection bandwidth. Fields left out keep their value;
   * switching to 95th percentile billing needs `enable_change_95` (ListGlobalConnectionBandwidthConfigs).
   *
   * `PUT /v3/{domain_id}/gcb/gcbandwidths/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateGlobalConnectionBandwidth.html Huawei reference}
   */
  updateGlobalConnectionBandwidth(args: UpdateGlobalConnectionBandwidthArgs, options?: CallOptions): Promise<OperationTypes['UpdateGlobalConnectionBandwidth']['result']>;
  /**
   * Resize an inter-region bandwidth
   *
   * Changes how much bandwidth the link between the two regions gets; the regions, the cloud connection and
   * the package stay the same. The package must have room for the new size.
   *
   * `PUT /v3/{domain_id}/ccaas/inter-region-bandwidths/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateInterRegionBandwidth.html Huawei reference}
   */
  updateInterRegionBandwidth(args: UpdateInterRegionBandwidthArgs, options?: CallOptions): Promise<OperationTypes['UpdateInterRegionBandwidth']['result']>;
  /**
   * Update a network instance
   *
   * Renames a network instance, rewrites its description or changes the CIDR blocks it publishes. A `cidrs`
   * list replaces the whole previous list. The loaded VPC or gateway and its cloud connection cannot change;
   * remove the instance and load another for that.
   *
   * `PUT /v3/{domain_id}/ccaas/network-instances/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateNetworkInstance.html Huawei reference}
   */
  updateNetworkInstance(args: UpdateNetworkInstanceArgs, options?: CallOptions): Promise<OperationTypes['UpdateNetworkInstance']['result']>;
  /**
   * Update a site network
   *
   * Renames a site network, rewrites its description or replaces its tags. Its sites, connections and
   * bandwidths are not touched; use the site-to-site connection operations for those.
   *
   * `PUT /v3/{domain_id}/dcaas/site-networks/{site_network_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateSiteNetwork.html Huawei reference}
   */
  updateSiteNetwork(args: UpdateSiteNetworkArgs, options?: CallOptions): Promise<OperationTypes['UpdateSiteNetwork']['result']>;
  /**
   * Switch a site-to-site connection to another bandwidth
   *
   * Moves a site-to-site connection from its current global connection bandwidth to another one, optionally
   * with a new size. Asynchronous: the answer is 202 with the connection in state `UPDATING`; poll
   * ShowSiteNetwork until it is `AVAILABLE`.
   *
   * `POST /v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/update-bandwidth`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateSiteNetworkBandwidth.html Huawei reference}
   */
  updateSiteNetworkBandwidth(args: UpdateSiteNetworkBandwidthArgs, options?: CallOptions): Promise<OperationTypes['UpdateSiteNetworkBandwidth']['result']>;
  /**
   * Resize the bandwidth of a site-to-site connection
   *
   * Changes how much of its global connection bandwidth a site-to-site connection may use. The new size must
   * fit in what the bandwidth has left and in the range ListSiteNetworkCapabilities reports. Asynchronous:
   * the answer is 202 with the connection in state `UPDATING`; poll ShowSiteNetwork until it is `AVAILABLE`.
   *
   * `POST /v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/update-bandwidth-size`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateSiteNetworkBandwidthSize.html Huawei reference}
   */
  updateSiteNetworkBandwidthSize(args: UpdateSiteNetworkBandwidthSizeArgs, options?: CallOptions): Promise<OperationTypes['UpdateSiteNetworkBandwidthSize']['result']>;
}
