// Generated from openapi/openapi.yaml by `npm run build`. Do not edit: change the spec or generator/ instead.

export interface paths {
    "/v3/{domain_id}/widgets/{widget_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain_id: string;
                /** @description Id of the widget. */
                widget_id: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a widget
         * @description Changes the size of a widget; the comment terminator *\/ must not end a JSDoc block.
         */
        put: operations["UpdateWidget"];
        post?: never;
        /**
         * Delete a widget
         * @deprecated
         * @description Removes a widget | for good.
         */
        delete: operations["DeleteWidget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            error_code: string;
            error_msg: string;
        };
        Part: {
            /** @description Name of the part | unique within the widget. */
            name: string;
        };
        UpdateWidgetRequestBody: {
            widget: {
                size?: number;
            };
        };
        WidgetResponseBody: {
            /** @description The widget as stored. */
            widget: {
                id?: string;
                /** @description What the widget is made of. */
                parts?: components["schemas"]["Part"][];
                size?: number;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type Part = components['schemas']['Part'];
export type UpdateWidgetRequestBody = components['schemas']['UpdateWidgetRequestBody'];
export type WidgetResponseBody = components['schemas']['WidgetResponseBody'];
export type $defs = Record<string, never>;
export interface operations {
    UpdateWidget: {
        parameters: {
            query?: {
                colour?: ("red" | "blue")[];
                /** @description Validate only. */
                "dry-run"?: boolean;
            };
            header?: never;
            path: {
                domain_id: string;
                /** @description Id of the widget. */
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWidgetRequestBody"];
            };
        };
        responses: {
            /** @description The widget after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetResponseBody"];
                };
            };
            /** @description No such widget. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": "W.404",
                     *       "error_msg": "No such widget."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DeleteWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain_id: string;
                /** @description Id of the widget. */
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such widget. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
