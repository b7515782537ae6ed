// Generated from openapi/openapi.yaml by `npm run build`. Do not edit: change the spec or generator/ instead.

export interface paths {
    "/v3/{domain_id}/ccaas/cloud-connections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * List cloud connections
         * @description Returns the account's cloud connections one page at a time, optionally narrowed by id, name,
         *     description, enterprise project, status, type or scenario. Each filter takes several values.
         */
        get: operations["ListCloudConnections"];
        put?: never;
        /**
         * Create a cloud connection
         * @description Creates an empty cloud connection. Load network instances into it and bind a bandwidth package
         *     afterwards to carry traffic between regions. Names must be unique within the account (`CC.1031`), and
         *     the account's quota caps how many cloud connections it can hold (`CC.1033`).
         */
        post: operations["CreateCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection. */
                id: components["parameters"]["CloudConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Show a cloud connection
         * @description Returns one cloud connection with its counters and tags.
         */
        get: operations["ShowCloudConnection"];
        /**
         * Update a cloud connection
         * @description Renames a cloud connection or rewrites its description. Nothing else about it changes: the network
         *     instances loaded into it and the bandwidth bound to it stay as they are. The new name must not be in use
         *     by another cloud connection of the account (`CC.1031`).
         */
        put: operations["UpdateCloudConnection"];
        post?: never;
        /**
         * Delete a cloud connection
         * @description Deletes a cloud connection. It must be empty first: a cloud connection that still has network
         *     instances loaded is refused with `CC.1032`.
         */
        delete: operations["DeleteCloudConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/{id}/tag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection. */
                id: components["parameters"]["CloudConnectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag a cloud connection
         * @description Attaches tags to a cloud connection. A key it already has gets the new value.
         */
        post: operations["TagCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/{id}/untag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection. */
                id: components["parameters"]["CloudConnectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Untag a cloud connection
         * @description Removes tags from a cloud connection by key; keys it does not have are ignored.
         */
        post: operations["UntagCloudConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/filter": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List cloud connections by tags
         * @description Returns the cloud connections whose tags match every condition in the body. A condition matches when
         *     the resource has the key with any of the listed values.
         */
        post: operations["ListCloudConnectionsByTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connections/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * List the tags used on cloud connections
         * @description Returns every tag key used on the account's cloud connections, each with all of its values.
         */
        get: operations["ListCloudConnectionTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A cloud connection as the service reports it. */
        CloudConnection: {
            /** @description Whether the cloud connection is administratively enabled. */
            admin_state_up?: boolean;
            /**
             * Format: int32
             * @description How many bandwidth packages are bound to the cloud connection.
             */
            bandwidth_package_number?: number;
            /**
             * Format: date-time
             * @description When the cloud connection was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the cloud connection. */
            description?: string;
            /** @description Account (domain) that owns the cloud connection. */
            domain_id: string;
            /** @description Enterprise project the cloud connection is filed under; `0` is the default project. */
            enterprise_project_id?: string;
            /** @description Identifier the service assigned to the cloud connection. */
            id: string;
            /**
             * Format: int32
             * @description How many inter-region bandwidths are configured on the cloud connection.
             */
            inter_region_bandwidth_number?: number;
            /** @description Display name. */
            name: string;
            /**
             * Format: int32
             * @description How many network instances are loaded into the cloud connection.
             */
            network_instance_number?: number;
            status?: components["schemas"]["CloudConnectionStatus"];
            /** @description Tags attached to the cloud connection. */
            tags?: components["schemas"]["Tag"][];
            /**
             * Format: date-time
             * @description When the cloud connection last changed (UTC).
             */
            updated_at: string;
            used_scene?: components["schemas"]["CloudConnectionUsedScene"];
        };
        /** @description Free-text note of up to 255 characters; angle brackets (`<`, `>`) are refused. */
        CloudConnectionDescription: string;
        /** @description One page of cloud connections. */
        CloudConnectionListResponseBody: {
            cloud_connections: components["schemas"]["CloudConnection"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One cloud connection, as returned by create, show and update. */
        CloudConnectionResponseBody: {
            cloud_connection: components["schemas"]["CloudConnection"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Lifecycle state of a cloud connection; `ACTIVE` means it is ready for use.
         * @enum {string}
         */
        CloudConnectionStatus: "ACTIVE";
        /**
         * @description What the cloud connection links; only VPCs (`vpc`) are supported.
         * @default vpc
         * @enum {string}
         */
        CloudConnectionUsedScene: "vpc";
        /** @description The cloud connection to create. */
        CreateCloudConnection: {
            description?: components["schemas"]["CloudConnectionDescription"];
            /**
             * @description Enterprise project to file the cloud connection under; leave out for the default project `0`.
             * @default 0
             */
            enterprise_project_id: string;
            name: components["schemas"]["ResourceName"];
        };
        /** @description Request body of CreateCloudConnection. */
        CreateCloudConnectionRequestBody: {
            cloud_connection: components["schemas"]["CreateCloudConnection"];
        };
        /** @description The body of every failed call. */
        ErrorResponse: {
            /** @description Machine-readable code such as `CC.1031`; `APIGW.` codes come from the API gateway. */
            error_code: string;
            /** @description Human-readable explanation. */
            error_msg: string;
            request_id?: components["schemas"]["RequestId"];
        };
        /** @description A tag key with every value it has (in a tag listing) or may have (in a tag filter). */
        MultivaluedTag: {
            /** @description Tag key. */
            key: string;
            /** @description Tag values; in a filter, a resource matches when its tag has any of them. */
            values: string[];
        };
        /** @description Where a page sits in a marker-paged list. */
        PageInfo: {
            /**
             * Format: int32
             * @description Number of items on this page.
             */
            current_count: number;
            /** @description Pass as `marker` to fetch the next page; absent on the last page. */
            next_marker?: string;
            /** @description Pass as `marker` to fetch the previous page; absent on the first page. */
            previous_marker?: string;
        };
        /** @description Identifier of this request on Huawei's side; quote it when contacting support. */
        RequestId: string;
        /** @description Display name, 1 to 64 characters; Huawei documents letters, digits, `_`, `-` and `.`. */
        ResourceName: string;
        /** @description A key/value label on a resource. */
        Tag: {
            /** @description Tag key, 1 to 128 characters. */
            key: string;
            /** @description Tag value, up to 255 characters. */
            value?: string;
        };
        /** @description Tag conditions a resource must meet to be listed; every key must match. */
        TagFilterRequestBody: {
            tags: components["schemas"]["MultivaluedTag"][];
        };
        /** @description Every tag key in use on the account's resources of one type, with its values. */
        TagListResponseBody: {
            request_id: components["schemas"]["RequestId"];
            tags: components["schemas"]["MultivaluedTag"][];
        };
        /** @description Tags to attach to, or remove from, one resource. */
        TagsRequestBody: {
            tags: components["schemas"]["Tag"][];
        };
        /** @description The fields of a cloud connection to change; only the name and the description can change. */
        UpdateCloudConnection: {
            description?: components["schemas"]["CloudConnectionDescription"];
            name?: components["schemas"]["ResourceName"];
        };
        /** @description Request body of UpdateCloudConnection. */
        UpdateCloudConnectionRequestBody: {
            cloud_connection: components["schemas"]["UpdateCloudConnection"];
        };
    };
    responses: {
        /** @description The request is malformed or breaks a rule of the API; Cloud Connect answers most rule violations with 400 and a CC code. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "CC.1001",
                 *       "error_msg": "The parameter is invalid."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request conflicts with the current state of the resource. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "CC.1409",
                 *       "error_msg": "The resource is being changed by another request."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The caller is authenticated but not allowed to do this. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "APIGW.0302",
                 *       "error_msg": "The IAM or ACL policy of the caller denies this request."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service failed to handle the request; retry later. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "CC.1007",
                 *       "error_msg": "Internal error while calling the API."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Done; the answer has no body. */
        NoContent: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description No resource with this id exists in the account. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "CC.1404",
                 *       "error_msg": "The resource does not exist."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The caller is being throttled; retry after the time given in Retry-After. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "APIGW.0308",
                 *       "error_msg": "The throttling threshold has been reached."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request is not authenticated: the signature or token is missing, wrong or expired. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "APIGW.0301",
                 *       "error_msg": "Incorrect IAM authentication information: verify aksk signature fail."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Id of the cloud connection. */
        CloudConnectionId: string;
        /** @description Most cloud connections to return on one page, 1 to 1000 (the range Huawei documents for this list). Huawei applies it together with `marker`. */
        CloudConnectionLimit: number;
        /** @description Only cloud connections in one of these states. Repeat the key for several values. */
        CloudConnectionStatusFilter: components["schemas"]["CloudConnectionStatus"][];
        /** @description Only cloud connections of one of these types. Repeat the key for several values. */
        CloudConnectionTypeFilter: string[];
        /** @description Only cloud connections used for one of these scenarios. Repeat the key for several values. */
        CloudConnectionUsedSceneFilter: components["schemas"]["CloudConnectionUsedScene"][];
        /** @description Only resources with one of these descriptions. Repeat the key for several values. */
        DescriptionFilter: string[];
        /** @description Account (domain) id. The client fills it in from its configuration. */
        DomainId: string;
        /** @description Only resources filed under one of these enterprise projects. Repeat the key for several values. */
        EnterpriseProjectIdFilter: string[];
        /** @description Only resources with one of these ids. Repeat the key for several values. */
        IdFilter: string[];
        /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
        Limit: number;
        /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
        Marker: string;
        /** @description Only resources with one of these names. Repeat the key for several values. */
        NameFilter: string[];
        /** @description How many items to skip before the first one returned. */
        Offset: number;
        /** @description Sort direction, `asc` or `desc`. */
        SortDir: "asc" | "desc";
        /** @description Field to sort the list by. */
        SortKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description Identifier of this request on Huawei's side; quote it when contacting support. */
        XRequestId: string;
    };
    pathItems: never;
}
export type CloudConnection = components['schemas']['CloudConnection'];
export type CloudConnectionDescription = components['schemas']['CloudConnectionDescription'];
export type CloudConnectionListResponseBody = components['schemas']['CloudConnectionListResponseBody'];
export type CloudConnectionResponseBody = components['schemas']['CloudConnectionResponseBody'];
export type CloudConnectionStatus = components['schemas']['CloudConnectionStatus'];
export type CloudConnectionUsedScene = components['schemas']['CloudConnectionUsedScene'];
export type CreateCloudConnection = components['schemas']['CreateCloudConnection'];
export type CreateCloudConnectionRequestBody = components['schemas']['CreateCloudConnectionRequestBody'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type MultivaluedTag = components['schemas']['MultivaluedTag'];
export type PageInfo = components['schemas']['PageInfo'];
export type RequestId = components['schemas']['RequestId'];
export type ResourceName = components['schemas']['ResourceName'];
export type Tag = components['schemas']['Tag'];
export type TagFilterRequestBody = components['schemas']['TagFilterRequestBody'];
export type TagListResponseBody = components['schemas']['TagListResponseBody'];
export type TagsRequestBody = components['schemas']['TagsRequestBody'];
export type UpdateCloudConnection = components['schemas']['UpdateCloudConnection'];
export type UpdateCloudConnectionRequestBody = components['schemas']['UpdateCloudConnectionRequestBody'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNoContent = components['responses']['NoContent'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterCloudConnectionId = components['parameters']['CloudConnectionId'];
export type ParameterCloudConnectionLimit = components['parameters']['CloudConnectionLimit'];
export type ParameterCloudConnectionStatusFilter = components['parameters']['CloudConnectionStatusFilter'];
export type ParameterCloudConnectionTypeFilter = components['parameters']['CloudConnectionTypeFilter'];
export type ParameterCloudConnectionUsedSceneFilter = components['parameters']['CloudConnectionUsedSceneFilter'];
export type ParameterDescriptionFilter = components['parameters']['DescriptionFilter'];
export type ParameterDomainId = components['parameters']['DomainId'];
export type ParameterEnterpriseProjectIdFilter = components['parameters']['EnterpriseProjectIdFilter'];
export type ParameterIdFilter = components['parameters']['IdFilter'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterMarker = components['parameters']['Marker'];
export type ParameterNameFilter = components['parameters']['NameFilter'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterSortDir = components['parameters']['SortDir'];
export type ParameterSortKey = components['parameters']['SortKey'];
export type HeaderXRequestId = components['headers']['XRequestId'];
export type $defs = Record<string, never>;
export interface operations {
    ListCloudConnections: {
        parameters: {
            query?: {
                /** @description Only resources with one of these descriptions. Repeat the key for several values. */
                description?: components["parameters"]["DescriptionFilter"];
                /** @description Only resources filed under one of these enterprise projects. Repeat the key for several values. */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Most cloud connections to return on one page, 1 to 1000 (the range Huawei documents for this list). Huawei applies it together with `marker`. */
                limit?: components["parameters"]["CloudConnectionLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Only cloud connections in one of these states. Repeat the key for several values. */
                status?: components["parameters"]["CloudConnectionStatusFilter"];
                /** @description Only cloud connections of one of these types. Repeat the key for several values. */
                type?: components["parameters"]["CloudConnectionTypeFilter"];
                /** @description Only cloud connections used for one of these scenarios. Repeat the key for several values. */
                used_scene?: components["parameters"]["CloudConnectionUsedSceneFilter"];
            };
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cloud connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCloudConnectionRequestBody"];
            };
        };
        responses: {
            /** @description The cloud connection was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ShowCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection. */
                id: components["parameters"]["CloudConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cloud connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection. */
                id: components["parameters"]["CloudConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCloudConnectionRequestBody"];
            };
        };
        responses: {
            /** @description The cloud connection as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection. */
                id: components["parameters"]["CloudConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    TagCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection. */
                id: components["parameters"]["CloudConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagsRequestBody"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UntagCloudConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection. */
                id: components["parameters"]["CloudConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagsRequestBody"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListCloudConnectionsByTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagFilterRequestBody"];
            };
        };
        responses: {
            /** @description The matching cloud connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListCloudConnectionTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag keys and their values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
