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
  /** How `paginate()` walks the answer; null when it holds no list. */
  readonly pagination: { readonly style: 'marker' | 'offset' | 'single'; readonly itemsKey: string } | null;
  /** Where waiters read the resource's state; null when the answer has none. */
  readonly state: { readonly itemKey: string; readonly field: string; readonly values: readonly string[] } | null;
}

export const operationSpecs = {
  DeleteWidget: {
    operationId: "DeleteWidget",
    method: "DELETE",
    path: "/v3/{domain_id}/widgets/{widget_id}",
    pathParams: ["widget_id"],
    queryParams: [],
    usesDomainId: true,
    hasBody: false,
    successStatus: 204,
    pagination: null,
    state: null,
  },
  UpdateWidget: {
    operationId: "UpdateWidget",
    method: "PUT",
    path: "/v3/{domain_id}/widgets/{widget_id}",
    pathParams: ["widget_id"],
    queryParams: ["dry-run", "colour"],
    usesDomainId: true,
    hasBody: true,
    successStatus: 200,
    pagination: null,
    state: null,
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

/** Arguments of `deleteWidget` (DeleteWidget). */
export interface DeleteWidgetArgs {
  /**
   * Id of the widget.
   */
  widget_id: operations['DeleteWidget']['parameters']['path']['widget_id'];
}

/** Arguments of `updateWidget` (UpdateWidget). */
export interface UpdateWidgetArgs {
  /**
   * Id of the widget.
   */
  widget_id: operations['UpdateWidget']['parameters']['path']['widget_id'];
  /**
   * Validate only.
   */
  "dry-run"?: NonNullable<operations['UpdateWidget']['parameters']['query']>['dry-run'];
  colour?: NonNullable<operations['UpdateWidget']['parameters']['query']>['colour'];
  /** Request body (UpdateWidgetRequestBody). */
  body: NonNullable<operations['UpdateWidget']['requestBody']>['content']['application/json'];
}

/** The arguments and success body of every operation, by operationId. */
export interface OperationTypes {
  DeleteWidget: { args: DeleteWidgetArgs; result: void };
  UpdateWidget: { args: UpdateWidgetArgs; result: operations['UpdateWidget']['responses'][200]['content']['application/json'] };
}

/** One method per Cloud Connect operation, named after Huawei's operationId. */
export interface CloudConnectOperations {
  /**
   * Delete a widget
   *
   * Removes a widget | for good.
   *
   * `DELETE /v3/{domain_id}/widgets/{widget_id}`
   * @deprecated
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/DeleteWidget.html Huawei reference}
   */
  deleteWidget(args: DeleteWidgetArgs, options?: CallOptions): Promise<OperationTypes['DeleteWidget']['result']>;
  /**
   * Update a widget
   *
   * Changes the size of a widget; the comment terminator *\/ must not end a JSDoc block.
   *
   * `PUT /v3/{domain_id}/widgets/{widget_id}`
   * @see {@link https://support.huaweicloud.com/intl/en-us/api-cc/UpdateWidget.html Huawei reference}
   */
  updateWidget(args: UpdateWidgetArgs, options?: CallOptions): Promise<OperationTypes['UpdateWidget']['result']>;
}

/** Sends one operation; supplied by the hand-written client in src/. */
export type Invoke = (spec: OperationSpec, args: object | undefined, options: CallOptions | undefined) => Promise<unknown>;

export function bindOperations(invoke: Invoke): CloudConnectOperations {
  return {
    deleteWidget: (args, options) => invoke(operationSpecs.DeleteWidget, args, options) as Promise<OperationTypes['DeleteWidget']['result']>,
    updateWidget: (args, options) => invoke(operationSpecs.UpdateWidget, args, options) as Promise<OperationTypes['UpdateWidget']['result']>,
  };
}
