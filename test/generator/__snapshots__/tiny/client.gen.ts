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
DeleteWidget /v3/{domain_id}/widgets/{widget_id}
UpdateWidget /v3/{domain_id}/widgets/{widget_id}?dry-run&colour
`;

/** The list operations `paginate()` can walk. */
export const paginationSpecs = {
} as const satisfies Record<string, PaginationSpec>;

/** The read operations whose answer carries a resource state the waiters watch. */
export const stateSpecs = {
} as const satisfies Record<string, StateSpec>;

export type OperationId = keyof OperationTypes;

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
