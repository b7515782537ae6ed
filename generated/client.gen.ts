// Generated from openapi/openapi.yaml by `npm run build`. Do not edit: change the spec or generator/ instead.
import type { operations } from './schema.js';

/** What the runtime needs to know to call one operation. */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  readonly path: string;
  /** Path parameters the caller passes; `domain_id` is filled in by the client. */
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly usesDomainId: boolean;
  readonly hasBody: boolean;
  readonly successStatus: number;
}

export const operationSpecs = {
  CreateCloudConnection: {
    operationId: "CreateCloudConnection",
    method: "POST",
    path: "/v3/{domain_id}/ccaas/cloud-connections",
    pathParams: [],
    queryParams: [],
    usesDomainId: true,
    hasBody: true,
    successStatus: 201,
  },
  DeleteCloudConnection: {
    operationId: "DeleteCloudConnection",
    method: "DELETE",
    path: "/v3/{domain_id}/ccaas/cloud-connections/{id}",
    pathParams: ["id"],
    queryParams: [],
    usesDomainId: true,
    hasBody: false,
    successStatus: 204,
  },
  ListCloudConnections: {
    operationId: "ListCloudConnections",
    method: "GET",
    path: "/v3/{domain_id}/ccaas/cloud-connections",
    pathParams: [],
    queryParams: ["limit", "marker", "id", "name", "description", "enterprise_project_id", "status", "type", "used_scene"],
    usesDomainId: true,
    hasBody: false,
    successStatus: 200,
  },
  ListCloudConnectionsByTags: {
    operationId: "ListCloudConnectionsByTags",
    method: "POST",
    path: "/v3/{domain_id}/ccaas/cloud-connections/filter",
    pathParams: [],
    queryParams: [],
    usesDomainId: true,
    hasBody: true,
    successStatus: 200,
  },
  ListCloudConnectionTags: {
    operationId: "ListCloudConnectionTags",
    method: "GET",
    path: "/v3/{domain_id}/ccaas/cloud-connections/tags",
    pathParams: [],
    queryParams: [],
    usesDomainId: true,
    hasBody: false,
    successStatus: 200,
  },
  ShowCloudConnection: {
    operationId: "ShowCloudConnection",
    method: "GET",
    path: "/v3/{domain_id}/ccaas/cloud-connections/{id}",
    pathParams: ["id"],
    queryParams: [],
    usesDomainId: true,
    hasBody: false,
    successStatus: 200,
  },
  TagCloudConnection: {
    operationId: "TagCloudConnection",
    method: "POST",
    path: "/v3/{domain_id}/ccaas/cloud-connections/{id}/tag",
    pathParams: ["id"],
    queryParams: [],
    usesDomainId: true,
    hasBody: true,
    successStatus: 204,
  },
  UntagCloudConnection: {
    operationId: "UntagCloudConnection",
    method: "POST",
    path: "/v3/{domain_id}/ccaas/cloud-connections/{id}/untag",
    pathParams: ["id"],
    queryParams: [],
    usesDomainId: true,
    hasBody: true,
    successStatus: 204,
  },
  UpdateCloudConnection: {
    operationId: "UpdateCloudConnection",
    method: "PUT",
    path: "/v3/{domain_id}/ccaas/cloud-connections/{id}",
    pathParams: ["id"],
    queryParams: [],
    usesDomainId: true,
    hasBody: true,
    successStatus: 200,
  },
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operationSpecs;

/** Per-call options of every operation method. */
export interface CallOptions {
  /** Aborts the call. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Arguments of `createCloudConnection` (CreateCloudConnection). */
export interface CreateCloudConnectionArgs {
  /** Request body (CreateCloudConnectionRequestBody). */
  body: NonNullable<operations['CreateCloudConnection']['requestBody']>['content']['application/json'];
}

/** Arguments of `deleteCloudConnection` (DeleteCloudConnection). */
export interface DeleteCloudConnectionArgs {
  /**
   * Id of the cloud connection.
   */
  id: operations['DeleteCloudConnection']['parameters']['path']['id'];
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

/** Arguments of `listCloudConnectionTags` (ListCloudConnectionTags). */
export interface ListCloudConnectionTagsArgs {
}

/** Arguments of `showCloudConnection` (ShowCloudConnection). */
export interface ShowCloudConnectionArgs {
  /**
   * Id of the cloud connection.
   */
  id: operations['ShowCloudConnection']['parameters']['path']['id'];
}

/** Arguments of `tagCloudConnection` (TagCloudConnection). */
export interface TagCloudConnectionArgs {
  /**
   * Id of the cloud connection.
   */
  id: operations['TagCloudConnection']['parameters']['path']['id'];
  /** Request body (TagsRequestBody). */
  body: NonNullable<operations['TagCloudConnection']['requestBody']>['content']['application/json'];
}

/** Arguments of `untagCloudConnection` (UntagCloudConnection). */
export interface UntagCloudConnectionArgs {
  /**
   * Id of the cloud connection.
   */
  id: operations['UntagCloudConnection']['parameters']['path']['id'];
  /** Request body (TagsRequestBody). */
  body: NonNullable<operations['UntagCloudConnection']['requestBody']>['content']['application/json'];
}

/** Arguments of `updateCloudConnection` (UpdateCloudConnection). */
export interface UpdateCloudConnectionArgs {
  /**
   * Id of the cloud connection.
   */
  id: operations['UpdateCloudConnection']['parameters']['path']['id'];
  /** Request body (UpdateCloudConnectionRequestBody). */
  body: NonNullable<operations['UpdateCloudConnection']['requestBody']>['content']['application/json'];
}

/** One method per Cloud Connect operation, named after Huawei's operationId. */
export interface CloudConnectOperations {
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
  createCloudConnection(args: CreateCloudConnectionArgs, options?: CallOptions): Promise<operations['CreateCloudConnection']['responses'][201]['content']['application/json']>;
  /**
   * Delete a cloud connection
   *
   * Deletes a cloud connection. It must be empty first: a cloud connection that still has network
   * instances loaded is refused with `CC.1032`.
   *
   * `DELETE /v3/{domain_id}/ccaas/cloud-connections/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteCloudConnection.html Huawei reference}
   */
  deleteCloudConnection(args: DeleteCloudConnectionArgs, options?: CallOptions): Promise<void>;
  /**
   * List cloud connections
   *
   * Returns the account's cloud connections one page at a time, optionally narrowed by id, name,
   * description, enterprise project, status, type or scenario. Each filter takes several values.
   *
   * `GET /v3/{domain_id}/ccaas/cloud-connections`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnections.html Huawei reference}
   */
  listCloudConnections(args?: ListCloudConnectionsArgs, options?: CallOptions): Promise<operations['ListCloudConnections']['responses'][200]['content']['application/json']>;
  /**
   * List cloud connections by tags
   *
   * Returns the cloud connections whose tags match every condition in the body. A condition matches when
   * the resource has the key with any of the listed values.
   *
   * `POST /v3/{domain_id}/ccaas/cloud-connections/filter`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnectionsByTags.html Huawei reference}
   */
  listCloudConnectionsByTags(args: ListCloudConnectionsByTagsArgs, options?: CallOptions): Promise<operations['ListCloudConnectionsByTags']['responses'][200]['content']['application/json']>;
  /**
   * List the tags used on cloud connections
   *
   * Returns every tag key used on the account's cloud connections, each with all of its values.
   *
   * `GET /v3/{domain_id}/ccaas/cloud-connections/tags`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ListCloudConnectionTags.html Huawei reference}
   */
  listCloudConnectionTags(args?: ListCloudConnectionTagsArgs, options?: CallOptions): Promise<operations['ListCloudConnectionTags']['responses'][200]['content']['application/json']>;
  /**
   * Show a cloud connection
   *
   * Returns one cloud connection with its counters and tags.
   *
   * `GET /v3/{domain_id}/ccaas/cloud-connections/{id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/ShowCloudConnection.html Huawei reference}
   */
  showCloudConnection(args: ShowCloudConnectionArgs, options?: CallOptions): Promise<operations['ShowCloudConnection']['responses'][200]['content']['application/json']>;
  /**
   * Tag a cloud connection
   *
   * Attaches tags to a cloud connection. A key it already has gets the new value.
   *
   * `POST /v3/{domain_id}/ccaas/cloud-connections/{id}/tag`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/TagCloudConnection.html Huawei reference}
   */
  tagCloudConnection(args: TagCloudConnectionArgs, options?: CallOptions): Promise<void>;
  /**
   * Untag a cloud connection
   *
   * Removes tags from a cloud connection by key; keys it does not have are ignored.
   *
   * `POST /v3/{domain_id}/ccaas/cloud-connections/{id}/untag`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UntagCloudConnection.html Huawei reference}
   */
  untagCloudConnection(args: UntagCloudConnectionArgs, options?: CallOptions): Promise<void>;
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
  updateCloudConnection(args: UpdateCloudConnectionArgs, options?: CallOptions): Promise<operations['UpdateCloudConnection']['responses'][200]['content']['application/json']>;
}

/** Sends one operation; supplied by the hand-written client in src/. */
export type Invoke = (spec: OperationSpec, args: object | undefined, options: CallOptions | undefined) => Promise<unknown>;

export function bindOperations(invoke: Invoke): CloudConnectOperations {
  return {
    createCloudConnection: (args, options) => invoke(operationSpecs.CreateCloudConnection, args, options) as Promise<operations['CreateCloudConnection']['responses'][201]['content']['application/json']>,
    deleteCloudConnection: (args, options) => invoke(operationSpecs.DeleteCloudConnection, args, options) as Promise<void>,
    listCloudConnections: (args, options) => invoke(operationSpecs.ListCloudConnections, args, options) as Promise<operations['ListCloudConnections']['responses'][200]['content']['application/json']>,
    listCloudConnectionsByTags: (args, options) => invoke(operationSpecs.ListCloudConnectionsByTags, args, options) as Promise<operations['ListCloudConnectionsByTags']['responses'][200]['content']['application/json']>,
    listCloudConnectionTags: (args, options) => invoke(operationSpecs.ListCloudConnectionTags, args, options) as Promise<operations['ListCloudConnectionTags']['responses'][200]['content']['application/json']>,
    showCloudConnection: (args, options) => invoke(operationSpecs.ShowCloudConnection, args, options) as Promise<operations['ShowCloudConnection']['responses'][200]['content']['application/json']>,
    tagCloudConnection: (args, options) => invoke(operationSpecs.TagCloudConnection, args, options) as Promise<void>,
    untagCloudConnection: (args, options) => invoke(operationSpecs.UntagCloudConnection, args, options) as Promise<void>,
    updateCloudConnection: (args, options) => invoke(operationSpecs.UpdateCloudConnection, args, options) as Promise<operations['UpdateCloudConnection']['responses'][200]['content']['application/json']>,
  };
}
