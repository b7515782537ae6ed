// Generated from openapi/openapi.yaml by `npm run build`. Do not edit: change the spec or generator/ instead.

export interface paths {
    "/v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the cloud connection or bandwidth package.
                 * @example 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                resource_id: components["parameters"]["HistoricalResourceId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
            };
            cookie?: never;
        };
        /**
         * List the tags of a resource
         * @deprecated
         * @description Deprecated: use ShowCloudConnection or ShowBandwidthPackage instead; their answers carry the resource's
         *     tags. Returns the tags of one cloud connection or bandwidth package.
         */
        get: operations["ListTags"];
        put?: never;
        /**
         * Add a tag to a resource
         * @deprecated
         * @description Deprecated: use TagCloudConnection or TagBandwidthPackage instead. Attaches one tag to a cloud connection
         *     or bandwidth package; a key the resource already has gets the new value.
         */
        post: operations["CreateTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags/{tag_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the cloud connection or bandwidth package.
                 * @example 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                resource_id: components["parameters"]["HistoricalResourceId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
                /** @description Key of the tag to remove. */
                tag_key: components["parameters"]["HistoricalTagKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a tag from a resource
         * @deprecated
         * @description Deprecated: use UntagCloudConnection or UntagBandwidthPackage instead. Removes the tag with the given key
         *     from a cloud connection or bandwidth package.
         */
        delete: operations["DeleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/{resource_type}/{resource_id}/tags/action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the cloud connection or bandwidth package.
                 * @example 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                resource_id: components["parameters"]["HistoricalResourceId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or remove several tags on a resource
         * @deprecated
         * @description Deprecated: use TagCloudConnection or TagBandwidthPackage to add tags, and UntagCloudConnection or
         *     UntagBandwidthPackage to remove them. With `action: create` the listed tags are attached (an existing key
         *     gets the new value); with `action: delete` they are removed by key and their values are ignored. At most
         *     20 tags per call.
         */
        post: operations["BatchCreateDeleteTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/{resource_type}/resource-instances/action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List resources by tags
         * @deprecated
         * @description Deprecated: use ListCloudConnectionsByTags or ListBandwidthPackagesByTags instead. Finds the cloud
         *     connections or bandwidth packages whose tags meet every condition in `tags`, optionally also matching
         *     `resource_name` through `matches`. With `action: filter` it returns a page of resources chosen by `limit`
         *     and `offset`; with `action: count` only `total_count`.
         */
        post: operations["ListResourceByFilterTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/{resource_type}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
            };
            cookie?: never;
        };
        /**
         * List the tags used on one resource type
         * @deprecated
         * @description Deprecated: use ListCloudConnectionTags or ListBandwidthPackageTags instead. Returns every tag key used on
         *     the account's cloud connections or bandwidth packages (as `resource_type` says), each with all its values.
         */
        get: operations["ListDomainTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/areas": {
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
         * List Cloud Connect geographic areas
         * @description Returns the geographic areas (Chinese mainland, Asia Pacific, Africa and the Latin America areas) between
         *     which Cloud Connect sells bandwidth, with their names in several languages. Huawei's page does not state
         *     the success code; 200 is assumed, as for every list.
         */
        get: operations["ListAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/authorisations": {
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
         * List authorisations
         * @description Returns the grants this account has made, one page at a time: which of its VPCs which cloud connections of
         *     other accounts may load. Narrow the list by id, name, description, cloud connection or network instance;
         *     each filter takes several values.
         */
        get: operations["ListAuthorisations"];
        put?: never;
        /**
         * Create an authorisation
         * @description Lets a cloud connection owned by another account load one of this account's VPCs. Name the VPC with its
         *     project and region, the other account's id and its cloud connection; that account then finds the grant
         *     through ListPermissions and can load the VPC as a network instance. Only VPCs can be shared. A restricted
         *     account is refused with `CC.1006`, a caller without the needed rights with `CC.1057`.
         */
        post: operations["CreateAuthorisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/authorisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the authorisation. */
                id: components["parameters"]["AuthorisationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update an authorisation
         * @description Renames an authorisation or rewrites its description. What it grants (the VPC and the cloud connection)
         *     cannot change: withdraw it and create a new one instead. Huawei's page does not state the success code;
         *     200, the code of every other update in the API, is assumed.
         */
        put: operations["UpdateAuthorisation"];
        post?: never;
        /**
         * Delete an authorisation
         * @description Withdraws a grant, so the other account's cloud connection may no longer load the VPC.
         */
        delete: operations["DeleteAuthorisation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages": {
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
         * List bandwidth packages
         * @description Returns the account's bandwidth packages one page at a time, optionally narrowed by id, name,
         *     enterprise project, cloud connection, state, billing mode and bound resource. Each filter takes several
         *     values.
         */
        get: operations["ListBandwidthPackages"];
        put?: never;
        /**
         * Create a bandwidth package
         * @description Buys bandwidth between two geographic areas (`local_area_id`, `remote_area_id`), optionally binding the
         *     package to a cloud connection straight away. Yearly/monthly billing (modes 1 and 2) needs
         *     `prepaid_options` and places an order; the other modes bill as used. Names
         *     are unique within the account (`CC.1053`). Packages that cross the Chinese mainland border need an approved
         *     cross-border permit (`CC.1050` when it is still pending, `CC.1051` when none was applied for).
         */
        post: operations["CreateBandwidthPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
            };
            cookie?: never;
        };
        /**
         * Show a bandwidth package
         * @description Returns one bandwidth package with its areas, size, billing, binding and tags.
         */
        get: operations["ShowBandwidthPackage"];
        /**
         * Update a bandwidth package
         * @description Renames a bandwidth package, rewrites its description, resizes it or moves it to another billing mode
         *     (1, 2, 5 or 6; the yearly/monthly modes 1 and 2 take `prepaid_options`). The new size may not be smaller
         *     than the inter-region bandwidths already taken from the package (`CC.1056`), a frozen package cannot be
         *     changed (`CC.1054`), and a new name must not be in use by another package (`CC.1053`).
         */
        put: operations["UpdateBandwidthPackage"];
        post?: never;
        /**
         * Delete a bandwidth package
         * @description Deletes a bandwidth package. Inter-region bandwidths still taken from it block the deletion (`CC.1052`);
         *     delete them first.
         */
        delete: operations["DeleteBandwidthPackage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/{id}/associate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a bandwidth package to a cloud connection
         * @description Binds a bandwidth package to a cloud connection, after which inter-region bandwidths of that cloud
         *     connection can be taken from it. A package serves one cloud connection at a time (`CC.1055` when it is
         *     already bound), and a frozen package (`CC.1054`) or cloud connection (`CC.1042`) cannot be bound. Note the
         *     success status: 201, not 200.
         */
        post: operations["AssociateBandwidthPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/{id}/disassociate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package; it must be bound to the cloud connection the body names. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 * @example c4f5ee83-a208-4708-a266-4de9e459e22e
                 */
                id: components["parameters"]["BoundBandwidthPackageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind a bandwidth package from a cloud connection
         * @description Unbinds a bandwidth package from the cloud connection named in the body. Inter-region bandwidths still
         *     taken from the package block this (`CC.1052`); delete them first. Note the success status: 201, not 200.
         */
        post: operations["DisassociateBandwidthPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/{id}/tag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag a bandwidth package
         * @description Adds tags to a bandwidth package; a key the package already carries takes the new value.
         */
        post: operations["TagBandwidthPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/{id}/untag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Untag a bandwidth package
         * @description Takes tags off a bandwidth package by key; keys the package does not carry are skipped.
         */
        post: operations["UntagBandwidthPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/area-specifications": {
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
         * List area-to-area bandwidth package specifications
         * @description Returns, for pairs of geographic areas, the bandwidth package specifications on sale: specification codes,
         *     billing modes and the bandwidth range of each. Unlike the other lists of this section it pages with
         *     `limit` and `offset` (since SDK 0.1.170), yet its answer still carries a marker-style `page_info`.
         *     Huawei's page does not state the success code; 200 is assumed, as for every list.
         */
        get: operations["ListAreaBandwidthPackageSpecifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/filter": {
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
         * List bandwidth packages by tags
         * @description Returns the bandwidth packages that satisfy every tag condition in the body; a condition is met when the
         *     package carries the key with one of the listed values. Takes no paging parameters.
         */
        post: operations["ListBandwidthPackagesByTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/levels": {
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
         * List bandwidth classes
         * @description Returns the bandwidth classes (service levels) that bandwidth lines are sold in, one page at a time,
         *     optionally narrowed by class code or a fragment of the name.
         */
        get: operations["ListBandwidthPackageLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/lines": {
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
         * List bandwidth lines
         * @description Returns the bandwidth lines between sites, one page at a time, with the classes and specifications on
         *     sale on each; narrow them by class code or a fragment of the name.
         */
        get: operations["ListBandwidthPackageLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/region-specifications": {
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
         * List region-to-region bandwidth package specifications
         * @description Returns, for pairs of regions, the bandwidth package specifications on sale: specification codes, billing
         *     modes and the bandwidth range of each. Give `local_region_id` and `remote_region_id` to see one pair.
         *     Huawei's page does not state the success code; 200 is assumed, as for every list.
         */
        get: operations["ListRegionBandwidthPackageSpecifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/sites": {
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
         * List bandwidth package sites
         * @description Returns the sites (by default, regions) that bandwidth packages can connect, one page at a time, optionally
         *     narrowed by site code, region or a fragment of the name.
         */
        get: operations["ListBandwidthPackageSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/bandwidth-packages/tags": {
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
         * List the tags used on bandwidth packages
         * @description Returns each tag key found on the account's bandwidth packages together with every value it takes.
         */
        get: operations["ListBandwidthPackageTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/capabilities": {
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
         * List cloud connection capabilities
         * @description Reports which Cloud Connect capabilities (billing options, IPv6, enterprise routers, enterprise cloud
         *     connections, …) the account may use, with the regions and sites where each one is available and the
         *     bandwidth range that goes with it. `resource_type` narrows the answer to one capability. `limit` and
         *     `marker` are accepted, but the answer carries no `page_info`.
         */
        get: operations["ListCloudConnectionCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connection-routes": {
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
         * List cloud connection routes
         * @description Returns the routes the account's cloud connections have learnt, one page at a time. Each route sends a
         *     destination CIDR block to the VPC or virtual gateway that published it. Narrow the list by cloud connection,
         *     next-hop network instance, region or route id.
         */
        get: operations["ListCloudConnectionRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/cloud-connection-routes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection route. */
                id: components["parameters"]["CloudConnectionRouteId"];
            };
            cookie?: never;
        };
        /**
         * Show a cloud connection route
         * @description Returns one route of a cloud connection: its destination and the network instance that is its next hop.
         *     Routes are created by the service from the CIDR blocks of loaded network instances; they cannot be edited.
         */
        get: operations["ShowCloudConnectionRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
                /**
                 * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
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
                /**
                 * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
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
                /**
                 * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
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
    "/v3/{domain_id}/ccaas/inter-region-bandwidths": {
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
         * List inter-region bandwidths
         * @description Returns the account's inter-region bandwidths one page at a time, optionally narrowed by id, enterprise
         *     project, cloud connection and bandwidth package. Each filter takes several values.
         */
        get: operations["ListInterRegionBandwidths"];
        put?: never;
        /**
         * Create an inter-region bandwidth
         * @description Gives the link between two regions of a cloud connection a share of a bandwidth package. The package must
         *     be bound to the same cloud connection, and its inter-region bandwidths together cannot exceed its size.
         *     `inter_region_ids` names exactly two regions. The service names the new resource itself.
         */
        post: operations["CreateInterRegionBandwidth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/inter-region-bandwidths/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the inter-region bandwidth. */
                id: components["parameters"]["InterRegionBandwidthId"];
            };
            cookie?: never;
        };
        /**
         * Show an inter-region bandwidth
         * @description Returns one inter-region bandwidth with its two regions, its size and the package it draws on.
         */
        get: operations["ShowInterRegionBandwidth"];
        /**
         * Resize an inter-region bandwidth
         * @description Changes how much bandwidth the link between the two regions gets; the regions, the cloud connection and
         *     the package stay the same. The package must have room for the new size.
         */
        put: operations["UpdateInterRegionBandwidth"];
        post?: never;
        /**
         * Delete an inter-region bandwidth
         * @description Deletes an inter-region bandwidth and hands its share back to the bandwidth package.
         */
        delete: operations["DeleteInterRegionBandwidth"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/network-instances": {
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
         * List network instances
         * @description Returns the account's network instances one page at a time, optionally narrowed by id, name,
         *     description, cloud connection, state, kind, loaded VPC or gateway id and region. Each filter takes
         *     several values.
         */
        get: operations["ListNetworkInstances"];
        put?: never;
        /**
         * Load a network instance into a cloud connection
         * @description Loads a VPC or a Direct Connect virtual gateway of one region into a cloud connection and publishes the
         *     listed CIDR blocks to the other regions of that cloud connection. A VPC of another account can be loaded
         *     (`instance_domain_id`) once that account has authorised the cloud connection. While the service sets the
         *     instance up it may report `PENDING`; poll ShowNetworkInstance until it is `ACTIVE` or `ERROR`. A frozen
         *     cloud connection refuses new
         *     instances (`CC.1042`), and quotas cap how many instances one cloud connection may load per region.
         */
        post: operations["CreateNetworkInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/network-instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the network instance. */
                id: components["parameters"]["NetworkInstanceId"];
            };
            cookie?: never;
        };
        /**
         * Show a network instance
         * @description Returns one network instance with its state and the CIDR blocks it publishes.
         */
        get: operations["ShowNetworkInstance"];
        /**
         * Update a network instance
         * @description Renames a network instance, rewrites its description or changes the CIDR blocks it publishes. A `cidrs`
         *     list replaces the whole previous list. The loaded VPC or gateway and its cloud connection cannot change;
         *     remove the instance and load another for that.
         */
        put: operations["UpdateNetworkInstance"];
        post?: never;
        /**
         * Remove a network instance from its cloud connection
         * @description Takes a VPC or virtual gateway out of its cloud connection; the VPC or gateway itself is left alone. Its
         *     CIDR blocks stop being published to the other regions of the cloud connection.
         */
        delete: operations["DeleteNetworkInstance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/permissions": {
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
         * List permissions
         * @description Returns the receiving side of authorisations, one page at a time: the network instances of other accounts
         *     that this account's cloud connections have been allowed to load. Filters and paging work as in
         *     ListAuthorisations. Huawei's page does not state the success code; 200 is assumed, as for every list.
         */
        get: operations["ListPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/quotas": {
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
         * List cloud connection quotas
         * @description Reports a cloud connection quota of the account: the limit and how much of it is in use. `quota_type` picks
         *     the quota; the per-connection quotas also need `cloud_connection_id`, and `region_network_instance` needs
         *     `region_id` as well (a missing one is refused with `CC.1001`). `limit` and `marker` are accepted, but the
         *     answer carries no `page_info`. Before SDK 0.1.62 this operation was called ListQuotas.
         */
        get: operations["ListCloudConnectionQuotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/ccaas/regions": {
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
         * List Cloud Connect regions
         * @description Returns the regions Cloud Connect can link, one page at a time, each with the geographic area it belongs to
         *     and what can be attached there (VPCs, virtual gateways, enterprise routers).
         */
        get: operations["ListRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/p2p-site-networks": {
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
         * Create a point-to-point site network
         * @description Starts building a site network that links exactly two sites, each reached through a global DC gateway
         *     given by region, project and gateway id. The call is asynchronous: it answers 202 with the new network in
         *     state `CREATING`; poll ShowSiteNetwork until the state is `AVAILABLE` (or `FAILED`). A connection between
         *     the two sites is created with it; bind a global connection bandwidth to that connection with
         *     AssociateSiteNetworkBandwidth. The account's `site_networks_per_account` quota (ListSiteNetworkQuotas)
         *     caps how many site networks it may own; invalid input is refused with `CC.1001`.
         */
        post: operations["CreateP2PSiteNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/associate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
                 * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
                 */
                site_connection_id: components["parameters"]["SiteConnectionId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a bandwidth to a site-to-site connection
         * @description Binds a global connection bandwidth to a site-to-site connection and assigns part of it to the
         *     connection. The bandwidth must be bindable to site networks (`binding_service` `GSN` or `ALL`;
         *     ListSupportBindingConnectionBandwidths with `binding_service=GSN` lists candidates) and the size must lie
         *     in the range ListSiteNetworkCapabilities reports. Asynchronous: the answer is 202 with the connection in
         *     state `UPDATING`; poll ShowSiteNetwork until it is `AVAILABLE`.
         */
        post: operations["AssociateSiteNetworkBandwidth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/disassociate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
                 * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
                 */
                site_connection_id: components["parameters"]["SiteConnectionId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind the bandwidth from a site-to-site connection
         * @description Releases the global connection bandwidth a site-to-site connection draws from; traffic between sites
         *     in different regions stops until another bandwidth is bound. The call takes no request body. It is
         *     asynchronous: it answers 202 with the connection in state `UPDATING`; poll ShowSiteNetwork until the
         *     connection's state is `AVAILABLE` again.
         */
        post: operations["DisassociateSiteNetworkBandwidth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/update-bandwidth": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
                 * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
                 */
                site_connection_id: components["parameters"]["SiteConnectionId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch a site-to-site connection to another bandwidth
         * @description Moves a site-to-site connection from its current global connection bandwidth to another one, optionally
         *     with a new size. Asynchronous: the answer is 202 with the connection in state `UPDATING`; poll
         *     ShowSiteNetwork until it is `AVAILABLE`.
         */
        post: operations["UpdateSiteNetworkBandwidth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/site-network/{site_network_id}/connections/{site_connection_id}/update-bandwidth-size": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
                 * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
                 */
                site_connection_id: components["parameters"]["SiteConnectionId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resize the bandwidth of a site-to-site connection
         * @description Changes how much of its global connection bandwidth a site-to-site connection may use. The new size must
         *     fit in what the bandwidth has left and in the range ListSiteNetworkCapabilities reports. Asynchronous:
         *     the answer is 202 with the connection in state `UPDATING`; poll ShowSiteNetwork until it is `AVAILABLE`.
         */
        post: operations["UpdateSiteNetworkBandwidthSize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/site-network/capabilities": {
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
         * List site network capabilities
         * @description Returns what the account may do with site networks: whether they are offered at all, which topologies,
         *     regions and locations are supported, the allowed connection bandwidth range and billing options. Each
         *     entry answers one `specification`; ask for some with the `specification` filter.
         */
        get: operations["ListSiteNetworkCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/site-network/quotas": {
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
         * List site network quotas
         * @description Returns the account's site network quotas with their usage: how many site networks it may own and how
         *     many sites a mesh, star or hybrid network may hold. The operation accepts `limit` and `marker`, but the
         *     answer carries no `page_info`; all quotas fit in one answer.
         */
        get: operations["ListSiteNetworkQuotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/site-networks": {
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
         * List site networks
         * @description Returns the account's site networks one page at a time, sortable with `sort_key` and `sort_dir` and
         *     narrowed by id, name, state, enterprise project, global DC gateway, global connection bandwidth or
         *     connection. Each filter takes several values.
         */
        get: operations["ListSiteNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/dcaas/site-networks/{site_network_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        /**
         * Show a site network
         * @description Returns one site network with its sites and site-to-site connections. This is the call to poll after an
         *     asynchronous change: the network's `state` and each connection's `state` tell when the change is done.
         */
        get: operations["ShowSiteNetwork"];
        /**
         * Update a site network
         * @description Renames a site network, rewrites its description or replaces its tags. Its sites, connections and
         *     bandwidths are not touched; use the site-to-site connection operations for those.
         */
        put: operations["UpdateSiteNetwork"];
        post?: never;
        /**
         * Delete a site network
         * @description Starts deleting a site network together with its site-to-site connections. Unlike most deletes in
         *     Cloud Connect this one is asynchronous: it answers 202 with a body holding the network in state
         *     `DELETING`; poll ShowSiteNetwork until it answers 404 or reports `DELETED`.
         */
        delete: operations["DeleteSiteNetwork"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/configs": {
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
         * Show the purchase options for global connection bandwidths
         * @description Returns what the account may buy: capacity ranges per billing option, billing options, bindable
         *     services, bandwidth types and line classes open to it, whether it may buy cross-border bandwidth, its
         *     quotas and how many instances one bandwidth may serve. Takes no parameters and is not paged.
         */
        get: operations["ListGlobalConnectionBandwidthConfigs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/gcbandwidths": {
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
         * List global connection bandwidths
         * @description Returns the account's global connection bandwidths one page at a time, narrowed by id, name,
         *     enterprise project, bound instance, instance kind, bindable service, type, administrative state or
         *     billing option. Each filter takes several values; note that the billing option `95` is a string.
         */
        get: operations["ListGlobalConnectionBandwidths"];
        put?: never;
        /**
         * Create a global connection bandwidth
         * @description Buys a global connection bandwidth of 2 to 300 Mbit/s for a given geographic reach (`type`), to be bound
         *     afterwards to cloud connections, central networks, site networks or global EIPs. Cross-border bandwidth
         *     (`bordercross: true`) needs an approved cross-border permit (`CC.1050`, `CC.1051`). Billing by 95th
         *     percentile and line classes other than gold are open only to whitelisted accounts;
         *     ListGlobalConnectionBandwidthConfigs tells what the account may buy, and its quotas cap how many
         *     bandwidths and how much capacity it may hold.
         */
        post: operations["CreateGlobalConnectionBandwidth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/gcbandwidths/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global connection bandwidth. */
                id: components["parameters"]["GlobalConnectionBandwidthId"];
            };
            cookie?: never;
        };
        /**
         * Show a global connection bandwidth
         * @description Returns one global connection bandwidth with the instances bound to it and its tags.
         */
        get: operations["ShowGlobalConnectionBandwidth"];
        /**
         * Update a global connection bandwidth
         * @description Changes the name, description, capacity (2 to 300 Mbit/s, effective at once), billing option, line class,
         *     bindable service or specification code of a global connection bandwidth. Fields left out keep their value;
         *     switching to 95th percentile billing needs `enable_change_95` (ListGlobalConnectionBandwidthConfigs).
         */
        put: operations["UpdateGlobalConnectionBandwidth"];
        post?: never;
        /**
         * Delete a global connection bandwidth
         * @description Deletes a global connection bandwidth. It must not be bound to any instance: unbind them first with
         *     DisassociateGlobalConnectionBandwidthInstance (or the site network and central network operations).
         */
        delete: operations["DeleteGlobalConnectionBandwidth"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/gcbandwidths/{id}/associate-instance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global connection bandwidth. */
                id: components["parameters"]["GlobalConnectionBandwidthId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a global connection bandwidth to instances
         * @description Binds a global connection bandwidth to 1 to 200 instances in one call, each given by id, kind, region and
         *     project. The bandwidth's `binding_service` must allow the instance kind and `bind_limit` (from
         *     ListGlobalConnectionBandwidthConfigs) caps how many instances it may serve. The answer reports each
         *     instance separately: check its `result` (and `message` when it is `fail`).
         */
        post: operations["AssociateGlobalConnectionBandwidthInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/gcbandwidths/{id}/disassociate-instance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global connection bandwidth. */
                id: components["parameters"]["GlobalConnectionBandwidthId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind a global connection bandwidth from instances
         * @description Unbinds a global connection bandwidth from 1 to 200 instances in one call, each given by id, kind, region
         *     and project. The answer reports each instance separately: check its `result` (and `message` when it is
         *     `fail`).
         */
        post: operations["DisassociateGlobalConnectionBandwidthInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/gcbandwidths/support-bindings": {
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
         * List global connection bandwidths that can be bound
         * @description Returns, one page at a time, the account's global connection bandwidths that can be bound to an instance
         *     of the kind given in the mandatory `binding_service`, optionally only those between two access points
         *     (`local_area`, `remote_area`) or in some enterprise projects. Use it to pick a bandwidth before binding.
         */
        get: operations["ListSupportBindingConnectionBandwidths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/line-levels": {
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
         * List line classes between access points
         * @description Returns, one page at a time, which line classes are available between pairs of access points,
         *     optionally only for one pair (`local_area`, `remote_area`) or some classes.
         */
        get: operations["ListGlobalConnectionBandwidthLineLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/sites": {
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
         * List access sites
         * @description Returns, one page at a time, the access sites whose codes `local_area` and `remote_area` take,
         *     optionally narrowed by id, name, code or level. Huawei localises the names through an `X-Language`
         *     header (English by default, `zh-cn` for Chinese); this contract does not model that header.
         */
        get: operations["ListGlobalConnectionBandwidthSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcb/spec-codes": {
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
         * List line specification codes
         * @description Returns, one page at a time, the line specification codes the account may buy bandwidth by (an account
         *     whitelist controls this), optionally only those between two access points or of some line classes.
         */
        get: operations["ListGlobalConnectionBandwidthSpecCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/capabilities": {
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
         * List central network capabilities
         * @description Returns the central network features enabled for the account (for example tag or enterprise project
         *     support, or the regions where enterprise routers and attachments can join), optionally only those asked
         *     for, one page at a time.
         */
        get: operations["ListCentralNetworkCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * List all attachments of a central network
         * @description Returns the attachments of one central network whatever their kind, one page at a time, optionally
         *     narrowed by id, name, kind, state or attached instance. Each item carries `attachment_instance_type`
         *     (`GDGW` or `ER_ROUTE_TABLE`), which tells the two shapes apart.
         */
        get: operations["ListCentralNetworkAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the attachment, of either kind. */
                attachment_id: components["parameters"]["CentralNetworkAttachmentId"];
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a central network attachment
         * @description Detaches a global DC gateway or an enterprise router route table from a central network; one operation
         *     serves both kinds. The call is asynchronous: it answers 202 with the attachment in state `DELETING`;
         *     poll the matching Show operation until it answers 404 (or reports `DELETED`).
         */
        delete: operations["DeleteCentralNetworkAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * List the connections of a central network
         * @description Returns the connections a central network has built between its enterprise routers and attachments, one
         *     page at a time, optionally narrowed by id, name, state, global connection bandwidth, bandwidth source,
         *     connection type or whether the connection crosses regions.
         */
        get: operations["ListCentralNetworkConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/connections/{connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Id of the central network connection. */
                connection_id: components["parameters"]["CentralNetworkConnectionId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change the bandwidth of a central network connection
         * @description Changes where a connection's bandwidth comes from and how large it is; nothing else about a connection
         *     can change. With `BandwidthPackage`, name the global connection bandwidth and the size in Mbit/s (all
         *     connections drawing on one global connection bandwidth together cannot exceed it); with `TestBandwidth`,
         *     give neither. The call is asynchronous: it answers 202 with the connection in state `UPDATING`; poll
         *     ListCentralNetworkConnections (filtered by `id`) until it is `AVAILABLE` or `FAILED`.
         */
        put: operations["UpdateCentralNetworkConnection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * List the route-table attachments of a central network
         * @description Returns the enterprise router route-table attachments of one central network, one page at a time,
         *     optionally narrowed by id, name, state or attached instance.
         */
        get: operations["ListCentralNetworkErRouteTableAttachments"];
        put?: never;
        /**
         * Attach an enterprise router route table to a central network
         * @description Attaches a route table of an enterprise router (which may belong to another account, or be hosted in
         *     another cloud per `hosted_cloud`) to a central network and wires it to a route table of one of the
         *     network's enterprise routers. The call is asynchronous: it answers 202 with the attachment in state
         *     `CREATING`; poll ShowCentralNetworkErRouteTableAttachment until it is `AVAILABLE` or `FAILED`. When the
         *     route table belongs to another account, the attachment waits in `APPROVING` until that account accepts
         *     (`APPROVED`) or declines (`UNAPPROVED`, with a `reason`). A restricted account is refused with `CC.1006`.
         */
        post: operations["CreateCentralNetworkErRouteTableAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/er-route-table-attachments/{er_route_table_attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the route-table attachment. */
                er_route_table_attachment_id: components["parameters"]["CentralNetworkErRouteTableAttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Show a route-table attachment
         * @description Returns one enterprise router route-table attachment of a central network. Waiters poll this operation after a create.
         */
        get: operations["ShowCentralNetworkErRouteTableAttachment"];
        /**
         * Update a route-table attachment
         * @description Renames an enterprise router route-table attachment or rewrites its description; nothing else about it changes.
         */
        put: operations["UpdateCentralNetworkErRouteTableAttachment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * List the global DC gateway attachments of a central network
         * @description Returns the global DC gateway attachments of one central network, one page at a time, optionally
         *     narrowed by id, name, state or gateway.
         */
        get: operations["ListCentralNetworkGdgwAttachments"];
        put?: never;
        /**
         * Attach a global DC gateway to a central network
         * @description Attaches a global DC gateway (the cloud side of a Direct Connect link) to a central network and wires it
         *     to one of the network's enterprise routers, so that on-premises networks reach every region the central
         *     network spans. The call is asynchronous: it answers 202 with the attachment in state `CREATING`; poll
         *     ShowCentralNetworkGdgwAttachment until it is `AVAILABLE` (or `FAILED`). Quotas cap the attachments per
         *     network and the GDGW attachments per region, and a restricted account is refused with `CC.1006`.
         */
        post: operations["CreateCentralNetworkGdgwAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/gdgw-attachments/{gdgw_attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global DC gateway attachment. */
                gdgw_attachment_id: components["parameters"]["CentralNetworkGdgwAttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Show a global DC gateway attachment
         * @description Returns one global DC gateway attachment of a central network. Waiters poll this operation after a create.
         */
        get: operations["ShowCentralNetworkGdgwAttachment"];
        /**
         * Update a global DC gateway attachment
         * @description Renames a global DC gateway attachment or rewrites its description; nothing else about it changes.
         */
        put: operations["UpdateCentralNetworkGdgwAttachment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * List the policy versions of a central network
         * @description Returns the policy versions of one central network, one page at a time, optionally narrowed by id, state,
         *     version number or whether the version is the one in force (`is_applied`).
         */
        get: operations["ListCentralNetworkPolicies"];
        put?: never;
        /**
         * Create a central network policy version
         * @description Stores a policy document as the next numbered version of a central network's policy. Versions are
         *     read-only: to change the layout, create another version from an edited copy of the document. Creating a
         *     version changes nothing on the network; ListCentralNetworkPolicyChangeSet previews what applying it
         *     would do and ApplyCentralNetworkPolicy puts it in force. The number of versions per network
         *     (`policy_versions_per_central_network`) and the size of one document
         *     (`size_of_document_per_central_network_policy_version`) are capped by quota; a document that breaks the
         *     template is refused with `CC.1001`.
         */
        post: operations["CreateCentralNetworkPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the policy version to delete; its example is a version that is not in force.
                 * @example 9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                 */
                policy_id: components["parameters"]["CentralNetworkPolicyIdNotInForce"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a central network policy version
         * @description Deletes one policy version. The version currently in force (`is_applied: true`) cannot be deleted.
         */
        delete: operations["DeleteCentralNetworkPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the policy version. */
                policy_id: components["parameters"]["CentralNetworkPolicyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a central network policy version
         * @description Puts a policy version in force, reshaping the central network to match its document. The call takes no
         *     body and is asynchronous: it answers 202 with the version in state `APPLYING` and the list of changes
         *     being made. Poll ListCentralNetworkPolicies (filtered by the version's `id`) until the version is
         *     `AVAILABLE` with `is_applied: true`, or `FAILED`; meanwhile the network may report `UPDATING`.
         */
        post: operations["ApplyCentralNetworkPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-network/{central_network_id}/policies/{policy_id}/change-set": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the policy version. */
                policy_id: components["parameters"]["CentralNetworkPolicyId"];
            };
            cookie?: never;
        };
        /**
         * List the changes a policy version would make
         * @description Compares a policy version with the version in force and lists the changes applying it would make:
         *     planes, enterprise routers, router connections and route tables added, removed or updated. Useful as a
         *     dry run before ApplyCentralNetworkPolicy.
         */
        get: operations["ListCentralNetworkPolicyChangeSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-networks": {
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
         * List central networks
         * @description Returns the account's central networks one page at a time, sorted as asked and optionally narrowed by id,
         *     name, state, enterprise project, or by the enterprise routers, attached instances, global connection
         *     bandwidths or connections they hold. Each filter takes several values.
         */
        get: operations["ListCentralNetworks"];
        put?: never;
        /**
         * Create a central network
         * @description Starts building a central network, a global backbone that links enterprise routers in different regions
         *     through one or more planes. The call is asynchronous: it answers 202 with the network in state
         *     `CREATING`; poll ShowCentralNetwork until `state` is `AVAILABLE` (or `FAILED`). A `policy_document` given
         *     here becomes the network's first policy version; later layouts are added with CreateCentralNetworkPolicy
         *     and put in force with ApplyCentralNetworkPolicy. The account's quota
         *     (`central_networks_per_account`, see ListCentralNetworkQuotas) caps how many networks it can hold, and a
         *     restricted account is refused with `CC.1006`.
         */
        post: operations["CreateCentralNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-networks/{central_network_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        /**
         * Show a central network
         * @description Returns one central network with its planes, enterprise routers, connections and tags. Waiters poll this operation after a create or delete.
         */
        get: operations["ShowCentralNetwork"];
        /**
         * Update a central network
         * @description Renames a central network, rewrites its description or replaces its tags. Its layout (planes, enterprise
         *     routers, connections) is not changed here: that is the job of policy versions (CreateCentralNetworkPolicy
         *     and ApplyCentralNetworkPolicy).
         */
        put: operations["UpdateCentralNetwork"];
        post?: never;
        /**
         * Delete a central network
         * @description Starts tearing down a central network. The call is asynchronous: it answers 202 with the network in
         *     state `DELETING`; poll ShowCentralNetwork until it reports `DELETED` or answers 404. Attachments still on
         *     the network can be removed beforehand with DeleteCentralNetworkAttachment; a network in the middle of
         *     another change may be refused.
         */
        delete: operations["DeleteCentralNetwork"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-networks/{central_network_id}/tag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag a central network
         * @description Attaches tags to a central network. A key it already has gets the new value.
         */
        post: operations["TagCentralNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-networks/{central_network_id}/untag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Untag a central network
         * @description Removes tags from a central network by key; keys it does not have are ignored.
         */
        post: operations["UntagCentralNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-networks/filter": {
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
         * List central networks by tags
         * @description Returns the central networks whose tags match every condition in the body, one page at a time. A
         *     condition matches when the network has the key with any of the listed values. Unlike the cloud
         *     connection filter, this one pages with `limit` and `marker` in the query string.
         */
        post: operations["ListCentralNetworksByTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/central-networks/tags": {
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
         * List the tags used on central networks
         * @description Returns every tag key used on the account's central networks, each with all of its values.
         */
        get: operations["ListCentralNetworkTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_id}/gcn/quotas": {
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
         * List central network quotas
         * @description Returns the account's central network limits with how much of each is used, optionally only the quota
         *     types asked for. The operation accepts `limit` and `marker`, but the answer carries no `page_info`.
         */
        get: operations["ListCentralNetworkQuotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/gcb/{resource_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
            };
            cookie?: never;
        };
        /**
         * List the tags of a global connection bandwidth
         * @description Returns every tag of one global connection bandwidth. Like every GCB tag operation, the path carries no
         *     account id; the account is the token's.
         *     Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
         *     token (security `IamToken` only) rather than an AK/SK signature.
         */
        get: operations["ListGcbResourceTags"];
        put?: never;
        /**
         * Add a tag to a global connection bandwidth
         * @description Attaches one tag to a global connection bandwidth; a key it already has gets the new value. Both key and
         *     value must be sent (the value may be empty). Use BatchCreateGcbResourceTags for several tags at once.
         *     Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
         *     token (security `IamToken` only) rather than an AK/SK signature.
         */
        post: operations["CreateGcbResourceTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/gcb/{resource_id}/tags/{tag_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
                /** @description Key of the tag to remove (percent-encode characters that are not URL-safe). */
                tag_key: components["parameters"]["GcbTagKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a tag from a global connection bandwidth
         * @description Removes the tag with the given key from a global connection bandwidth. Use BatchDeleteGcbResourceTags
         *     for several tags at once.
         *     Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
         *     token (security `IamToken` only) rather than an AK/SK signature.
         */
        delete: operations["DeleteGcbResourceTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/gcb/{resource_id}/tags/create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add tags to a global connection bandwidth
         * @description Attaches up to 20 tags to a global connection bandwidth in one call; keys it already has get the new
         *     values.
         *     Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
         *     token (security `IamToken` only) rather than an AK/SK signature.
         */
        post: operations["BatchCreateGcbResourceTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/gcb/{resource_id}/tags/delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove tags from a global connection bandwidth
         * @description Removes up to 20 tags from a global connection bandwidth in one call. Each tag is given as key and
         *     value, as in the create call.
         *     Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
         *     token (security `IamToken` only) rather than an AK/SK signature.
         */
        post: operations["BatchDeleteGcbResourceTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/gcb/resource-instances/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count global connection bandwidths by tags
         * @description Counts the account's global connection bandwidths that meet the tag and field conditions in the body
         *     (the same conditions ListGcbResourceByTag takes). With no condition every bandwidth counts.
         *     Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
         *     token (security `IamToken` only) rather than an AK/SK signature.
         */
        post: operations["CountGcbResourceByTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/gcb/resource-instances/filter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List global connection bandwidths by tags
         * @description Returns the account's global connection bandwidths that meet the tag and field conditions in the body,
         *     each with its tags. Unlike the other lists this one pages by `limit` and `offset`, and its answer
         *     carries `total_count` and `resources` instead of `page_info`.
         *     Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
         *     token (security `IamToken` only) rather than an AK/SK signature.
         */
        post: operations["ListGcbResourceByTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/gcb/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tags used on global connection bandwidths
         * @description Returns every tag key used on the account's global connection bandwidths, each with all of its values,
         *     and how many keys there are.
         *     Authentication: Huawei documents `X-Auth-Token` as mandatory for this operation, so it requires an IAM
         *     token (security `IamToken` only) rather than an AK/SK signature.
         */
        get: operations["ListGcbTenantTags"];
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
        /** @description The policy version being applied and the changes applying it makes. */
        ApplyCentralNetworkPolicyResponseBody: {
            central_network_policy: components["schemas"]["CentralNetworkPolicy"];
            central_network_policy_change_set: components["schemas"]["CentralNetworkElementChange"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description The bandwidth specifications on sale between two geographic areas. */
        AreaBandwidthPackageSpecification: {
            /** @description Identifier of the entry. */
            id: string;
            local_area_id: components["schemas"]["BandwidthPackageAreaId"];
            remote_area_id: components["schemas"]["BandwidthPackageAreaId"];
            /** @description The specifications on sale for this pair of areas. */
            spec_codes: components["schemas"]["SpecificationCodeInfo"][];
        };
        /**
         * @description One page of area-to-area bandwidth package specifications. The operation pages by `limit` and `offset`, yet
         *     the answer still carries a marker-style `page_info`.
         */
        AreaBandwidthPackageSpecificationListResponseBody: {
            area_specifications: components["schemas"]["AreaBandwidthPackageSpecification"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description An enterprise router named in a central network policy document, by region, project and id. */
        AssociateErInstanceDocument: {
            /** @description Id of the enterprise router. */
            enterprise_router_id: string;
            /** @description Project that owns the enterprise router in its region. */
            project_id: string;
            /** @description Region of the enterprise router, e.g. `cn-north-4`. */
            region_id: string;
        };
        /** @description An enterprise router route table that a plane of the central network uses. */
        AssociateErTableDocument: {
            /** @description Id of the enterprise router. */
            enterprise_router_id: string;
            /** @description Id of the route table on that enterprise router. */
            enterprise_router_table_id: string;
            /** @description Project that owns the enterprise router in its region. */
            project_id: string;
            /** @description Region of the enterprise router, e.g. `cn-north-4`. */
            region_id: string;
        };
        /** @description The global connection bandwidth to bind to a site-to-site connection, and how much of it the connection gets. */
        AssociateSiteConnectionBandwidth: {
            /**
             * Format: int64
             * @description Bandwidth to assign to the connection, in Mbit/s. The allowed range is reported by ListSiteNetworkCapabilities (`site-connection-bandwidth.size-range`).
             */
            bandwidth_size?: number;
            /** @description Id of the global connection bandwidth to bind. */
            global_connection_bandwidth_id?: string;
        };
        /** @description Request body of AssociateSiteNetworkBandwidth. */
        AssociateSiteConnectionBandwidthRequestBody: {
            site_connection: components["schemas"]["AssociateSiteConnectionBandwidth"];
        };
        /** @description A grant by which the owner of a network instance lets a cloud connection in another account load that instance. */
        Authorisation: {
            /** @description Account (domain) that owns the authorised cloud connection. */
            cloud_connection_domain_id?: string;
            /** @description Cloud connection, in the other account, that may load the network instance. */
            cloud_connection_id: string;
            /**
             * Format: date-time
             * @description When the authorisation was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the authorisation. */
            description?: string;
            /** @description Account (domain) that granted the authorisation, i.e. the owner of the network instance. */
            domain_id: string;
            /** @description Identifier of the authorisation. */
            id: string;
            /** @description Network instance (a VPC of this account) the grant covers. */
            instance_id: string;
            /** @description Kind of the authorised network instance, e.g. `vpc`. */
            instance_type?: string;
            /** @description Whether the cloud connection has already loaded the network instance. */
            is_loaded_by_cloud_connection?: boolean;
            /** @description Display name. */
            name: string;
            /** @description Project the network instance lives in. */
            project_id: string;
            /** @description Region the network instance lives in. */
            region_id: string;
            /** @description State of the authorisation as the service reports it. */
            status?: string;
            /**
             * Format: date-time
             * @description When the authorisation last changed (UTC).
             */
            updated_at: string;
        };
        /** @description Free-text note on an authorisation, up to 255 characters; angle brackets (`<`, `>`) are refused. */
        AuthorisationDescription: string;
        /**
         * @description Kind of network instance an authorisation can cover; only VPCs (`vpc`) can be shared with another account.
         * @enum {string}
         */
        AuthorisationInstanceType: "vpc";
        /** @description One page of the authorisations this account has granted. */
        AuthorisationListResponseBody: {
            authorisations: components["schemas"]["Authorisation"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One authorisation, as returned by create and update. */
        AuthorisationResponseBody: {
            authorisation: components["schemas"]["Authorisation"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A bandwidth package as the service reports it. */
        BandwidthPackage: {
            /** @description Whether the bandwidth package is administratively enabled. */
            admin_state_up?: boolean;
            /**
             * Format: int32
             * @description Bandwidth of the package in Mbit/s.
             */
            bandwidth?: number;
            billing_mode: components["schemas"]["BandwidthPackageBillingMode"];
            charge_mode?: components["schemas"]["BandwidthPackageChargeMode"];
            /**
             * Format: date-time
             * @description When the bandwidth package was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the bandwidth package. */
            description?: string;
            /** @description Account (domain) that owns the bandwidth package. */
            domain_id: string;
            /**
             * @description Enterprise project the bandwidth package is filed under; `0` is the default project.
             * @default 0
             */
            enterprise_project_id?: string;
            /** @description Identifier the service assigned to the bandwidth package. */
            id: string;
            interflow_mode?: components["schemas"]["BandwidthPackageInterflowMode"];
            local_area_id: components["schemas"]["BandwidthPackageAreaId"];
            /** @description Display name. */
            name: string;
            /** @description Order that bought a yearly/monthly package. */
            order_id?: string;
            /** @description Product the package was ordered as. */
            product_id?: string;
            /** @description Project the bandwidth package was bought in. */
            project_id: string;
            remote_area_id: components["schemas"]["BandwidthPackageAreaId"];
            /** @description Cloud connection the bandwidth package is bound to. */
            resource_id: string;
            resource_type: components["schemas"]["BandwidthPackageResourceType"];
            /** @description Specification code of the package, which encodes the pair of areas or regions it serves. */
            spec_code: string;
            status?: components["schemas"]["BandwidthPackageStatus"];
            /** @description Tags attached to the bandwidth package. */
            tags?: components["schemas"]["Tag"][];
            /**
             * Format: date-time
             * @description When the bandwidth package last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description Geographic area at one end of a bandwidth package.
         * @enum {string}
         */
        BandwidthPackageAreaId: "Chinese-Mainland" | "Asia-Pacific" | "Africa" | "Western-Latin-America" | "Eastern-Latin-America" | "Northern-Latin-America";
        /**
         * Format: int32
         * @description How the bandwidth package is billed, an integer code. Odd codes are for the Chinese mainland website and
         *     even codes for the international website: 1 and 2 yearly/monthly, 3 and 4 pay-per-use, 5 and 6 by the 95th
         *     percentile of usage, 7 and 8 by the daily 95th percentile.
         * @enum {integer}
         */
        BandwidthPackageBillingMode: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
        /** @description The cloud connection to bind a bandwidth package to, or to unbind it from. */
        BandwidthPackageBinding: {
            /** @description Id of the cloud connection. */
            resource_id: string;
            resource_type: components["schemas"]["BandwidthPackageResourceType"];
        };
        /** @description Request body of AssociateBandwidthPackage and DisassociateBandwidthPackage. */
        BandwidthPackageBindingRequestBody: {
            bandwidth_package: components["schemas"]["BandwidthPackageBinding"];
        };
        /**
         * @description What the bandwidth package charges for; only a fixed bandwidth (`bandwidth`) is offered.
         * @enum {string}
         */
        BandwidthPackageChargeMode: "bandwidth";
        /** @description Free-text note of up to 85 characters; angle brackets (`<`, `>`) are refused. */
        BandwidthPackageDescription: string;
        /**
         * @description Scope of the package; `Area` serves links between geographic areas, `Region` links between particular regions.
         * @enum {string}
         */
        BandwidthPackageInterflowMode: "Area" | "Region";
        /** @description A bandwidth class (service level) that bandwidth lines can be bought in. */
        BandwidthPackageLevel: {
            /**
             * Format: date-time
             * @description When the entry was created (UTC).
             */
            created_at?: string;
            /** @description Free-text note about the class. */
            description?: string;
            /**
             * Format: int32
             * @description Position of the class when classes are listed for display.
             */
            display_priority?: number;
            /** @description Identifier of the class entry. */
            id?: string;
            /** @description Class code, as used by the `level` filter and by bandwidth lines. */
            level?: string;
            /** @description Chinese name. */
            name_cn?: string;
            /** @description English name. */
            name_en?: string;
            /**
             * Format: date-time
             * @description When the entry last changed (UTC).
             */
            updated_at?: string;
        };
        /** @description One page of bandwidth classes. */
        BandwidthPackageLevelListResponseBody: {
            bandwidth_package_levels?: components["schemas"]["BandwidthPackageLevel"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id?: components["schemas"]["RequestId"];
        };
        /** @description A bandwidth line between two sites, with the classes and specifications on sale on it. */
        BandwidthPackageLine: {
            /** @description Region at one end of the line. */
            local_region_id?: string;
            /** @description Site code at one end of the line. */
            local_site_code?: string;
            /** @description Region at the other end of the line. */
            remote_region_id?: string;
            /** @description Site code at the other end of the line. */
            remote_site_code?: string;
            /** @description Specifications on sale on the line. */
            spec_codes?: components["schemas"]["BandwidthPackageLineSpecCode"][];
            /** @description Class codes available on the line. */
            support_levels?: string[];
        };
        /** @description One page of bandwidth lines. */
        BandwidthPackageLineListResponseBody: {
            bandwidth_package_lines?: components["schemas"]["BandwidthPackageLine"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id?: components["schemas"]["RequestId"];
        };
        /** @description One specification on sale on a bandwidth line, in one class. */
        BandwidthPackageLineSpecCode: {
            /** @description Class code of the specification. */
            level?: string;
            /**
             * Format: int32
             * @description Largest bandwidth allowed, in Mbit/s.
             */
            max_bandwidth?: number;
            /**
             * Format: int32
             * @description Smallest bandwidth allowed, in Mbit/s.
             */
            min_bandwidth?: number;
            /** @description Chinese name. */
            name_cn?: string;
            /** @description English name. */
            name_en?: string;
            /** @description Specification code to quote when buying. */
            spec_code?: string;
            /** @description Billing modes the specification can be bought with. */
            support_billing_modes?: components["schemas"]["BandwidthPackageBillingMode"][];
        };
        /** @description One page of bandwidth packages. */
        BandwidthPackageListResponseBody: {
            bandwidth_packages: components["schemas"]["BandwidthPackage"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description Subscription terms of a yearly/monthly bandwidth package (billing modes 1 and 2). */
        BandwidthPackagePrepaidOptions: {
            /** @description Pay the order from the account balance at once; leave false to pay in the Billing Center, for example with coupons. */
            is_auto_pay?: boolean;
            /** @description Renew the subscription automatically when it ends. */
            is_auto_renew?: boolean;
            /**
             * Format: int32
             * @description Number of periods; 1 to 9 months or 1 to 3 years. Huawei notes the ranges may change with its sales policy.
             */
            period_num: number;
            /**
             * @description Unit of the subscription period.
             * @enum {string}
             */
            period_type: "month" | "year";
        };
        /**
         * @description Kind of resource a bandwidth package binds to; only cloud connections (`cloud_connection`).
         * @enum {string}
         */
        BandwidthPackageResourceType: "cloud_connection";
        /** @description One bandwidth package, as returned by create, show, update, associate and disassociate. */
        BandwidthPackageResponseBody: {
            bandwidth_package: components["schemas"]["BandwidthPackage"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A site (a region or a city) where bandwidth packages can terminate. */
        BandwidthPackageSite: {
            /**
             * Format: date-time
             * @description When the entry was created (UTC).
             */
            created_at?: string;
            /** @description Free-text note about the site. */
            description?: string;
            /** @description Identifier of the site entry. */
            id?: string;
            /** @description Chinese name. */
            name_cn?: string;
            /** @description English name. */
            name_en?: string;
            /** @description Region the site belongs to. */
            region_id?: string;
            /** @description Site code used by bandwidth lines and specifications. */
            site_code?: string;
            /** @description Kind of site; `region` unless stated otherwise. */
            site_type?: string;
            /**
             * Format: date-time
             * @description When the entry last changed (UTC).
             */
            updated_at?: string;
        };
        /** @description One page of bandwidth package sites. */
        BandwidthPackageSiteListResponseBody: {
            bandwidth_package_sites?: components["schemas"]["BandwidthPackageSite"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id?: components["schemas"]["RequestId"];
        };
        /**
         * @description Lifecycle state of a bandwidth package; `ACTIVE` means it is ready for use.
         * @enum {string}
         */
        BandwidthPackageStatus: "ACTIVE";
        /** @description A central network as the service reports it, with its planes, enterprise routers and connections. */
        CentralNetwork: {
            /** @description Connections the central network has built between its members. */
            connections?: components["schemas"]["CentralNetworkConnectionInfo"][];
            /**
             * Format: date-time
             * @description When the central network was created (UTC).
             */
            created_at: string;
            /** @description Id of the default plane. */
            default_plane_id: string;
            /** @description Free-text note about the central network. */
            description?: string;
            /** @description Account (domain) that owns the central network. */
            domain_id: string;
            /** @description Enterprise project the central network is filed under; `0` is the default project. */
            enterprise_project_id?: string;
            /** @description Enterprise routers that have joined the central network. */
            er_instances?: components["schemas"]["CentralNetworkErInstance"][];
            /** @description Id the service assigned to the central network (36 characters, a UUID). */
            id: string;
            /** @description Display name. */
            name: string;
            /** @description Planes of the central network, as set by the applied policy. */
            planes?: components["schemas"]["CentralNetworkPlane"][];
            state: components["schemas"]["CentralNetworkState"];
            /** @description Tags attached to the central network. */
            tags?: components["schemas"]["Tag"][];
            /**
             * Format: date-time
             * @description When the central network last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description Where a cross-account ER route-table attachment stands in the owner's approval flow.
         * @enum {string}
         */
        CentralNetworkApprovedState: "APPROVING" | "APPROVED" | "UNAPPROVED";
        /**
         * @description Any attachment of a central network, as the generic attachment listing and DeleteCentralNetworkAttachment
         *     return it. `attachment_instance_type` tells the kind: `GDGW` for a global DC gateway, `ER_ROUTE_TABLE` for
         *     an enterprise router route table.
         */
        CentralNetworkAttachment: components["schemas"]["CentralNetworkAttachmentGdgw"] | components["schemas"]["CentralNetworkAttachmentErRouteTable"];
        /** @description An attachment of a central network, seen through the generic attachment listing, whose attached instance is an enterprise router route table. */
        CentralNetworkAttachmentErRouteTable: {
            /** @description Id of the attachment on the attached instance's side. */
            attachment_id?: string;
            /** @description Id of the attached route table. */
            attachment_instance_id: string;
            /** @description Project that owns the attached route table. */
            attachment_instance_project_id: string;
            /** @description Region of the attached route table. */
            attachment_instance_region_id: string;
            /** @description Code of the site the attached route table sits in. */
            attachment_instance_site_code: string;
            /**
             * @description Always `ER_ROUTE_TABLE` for this kind of attachment; the discriminator of CentralNetworkAttachment. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            attachment_instance_type: "ER_ROUTE_TABLE";
            /**
             * Format: int64
             * @description Bandwidth of the attachment's connection in Mbit/s.
             */
            bandwidth_size?: number;
            bandwidth_type: components["schemas"]["CentralNetworkBandwidthType"];
            /** @description Central network the instance is attached to. */
            central_network_id: string;
            /** @description Plane the attachment belongs to. */
            central_network_plane_id: string;
            /**
             * Format: date-time
             * @description When the attachment was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the attachment. */
            description?: string;
            /** @description Account (domain) that owns the attachment. */
            domain_id: string;
            /** @description Id of the attachment on that enterprise router's side. */
            enterprise_router_attachment_id?: string;
            /** @description Enterprise router of the central network the instance is wired to. */
            enterprise_router_id: string;
            /** @description Project that owns that enterprise router. */
            enterprise_router_project_id: string;
            /** @description Region of that enterprise router. */
            enterprise_router_region_id: string;
            /** @description Code of the site that enterprise router sits in. */
            enterprise_router_site_code: string;
            /** @description Global connection bandwidth the attachment's connection draws on, when it uses one. */
            global_connection_bandwidth_id?: string;
            /** @description Id of the attachment. */
            id: string;
            /** @description Whether the attachment is frozen (for example for an unpaid bill). */
            is_frozen: boolean;
            /** @description Display name. */
            name: string;
            specification_value?: components["schemas"]["CentralNetworkAttachmentSpecificationValueInfo"];
            state: components["schemas"]["CentralNetworkConnectionState"];
            /**
             * Format: date-time
             * @description When the attachment last changed (UTC).
             */
            updated_at: string;
        };
        /** @description An attachment of a central network, seen through the generic attachment listing, whose attached instance is a global DC gateway. */
        CentralNetworkAttachmentGdgw: {
            /** @description Id of the attachment on the attached instance's side. */
            attachment_id?: string;
            /** @description Id of the attached global DC gateway. */
            attachment_instance_id: string;
            /** @description Project that owns the attached global DC gateway. */
            attachment_instance_project_id: string;
            /** @description Region of the attached global DC gateway. */
            attachment_instance_region_id: string;
            /** @description Code of the site the attached global DC gateway sits in. */
            attachment_instance_site_code: string;
            /**
             * @description Always `GDGW` for this kind of attachment; the discriminator of CentralNetworkAttachment. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            attachment_instance_type: "GDGW";
            /**
             * Format: int64
             * @description Bandwidth of the attachment's connection in Mbit/s.
             */
            bandwidth_size?: number;
            bandwidth_type: components["schemas"]["CentralNetworkBandwidthType"];
            /** @description Central network the instance is attached to. */
            central_network_id: string;
            /** @description Plane the attachment belongs to. */
            central_network_plane_id: string;
            /**
             * Format: date-time
             * @description When the attachment was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the attachment. */
            description?: string;
            /** @description Account (domain) that owns the attachment. */
            domain_id: string;
            /** @description Id of the attachment on that enterprise router's side. */
            enterprise_router_attachment_id?: string;
            /** @description Enterprise router of the central network the instance is wired to. */
            enterprise_router_id: string;
            /** @description Project that owns that enterprise router. */
            enterprise_router_project_id: string;
            /** @description Region of that enterprise router. */
            enterprise_router_region_id: string;
            /** @description Code of the site that enterprise router sits in. */
            enterprise_router_site_code: string;
            /** @description Global connection bandwidth the attachment's connection draws on, when it uses one. */
            global_connection_bandwidth_id?: string;
            /** @description Id of the attachment. */
            id: string;
            /** @description Whether the attachment is frozen (for example for an unpaid bill). */
            is_frozen: boolean;
            /** @description Display name. */
            name: string;
            specification_value?: components["schemas"]["CentralNetworkAttachmentSpecificationValueInfo"];
            state: components["schemas"]["CentralNetworkConnectionState"];
            /**
             * Format: date-time
             * @description When the attachment last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description Kind of instance an attachment brings into the central network, a global DC gateway (`GDGW`) or an enterprise router route table (`ER_ROUTE_TABLE`).
         * @enum {string}
         */
        CentralNetworkAttachmentInstanceType: "GDGW" | "ER_ROUTE_TABLE";
        /** @description One page of attachments of every kind; narrow each item on `attachment_instance_type`. */
        CentralNetworkAttachmentListResponseBody: {
            central_network_attachments: components["schemas"]["CentralNetworkAttachment"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One attachment of any kind, as returned by DeleteCentralNetworkAttachment. */
        CentralNetworkAttachmentResponseBody: {
            central_network_attachment: components["schemas"]["CentralNetworkAttachment"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description Type-specific details of an attachment; filled in for route-table attachments. */
        CentralNetworkAttachmentSpecificationValueInfo: {
            approved_state?: components["schemas"]["CentralNetworkApprovedState"];
            /** @description Instance that holds the attached one, e.g. the enterprise router of an attached route table. */
            attachment_parent_instance_id?: string;
            /** @description Route table of the central network's enterprise router that the attachment uses. */
            enterprise_router_table_id: string;
            hosted_cloud?: components["schemas"]["CentralNetworkHostedCloud"];
            /** @description Why the owner of the attached instance turned the attachment down, when it did. */
            reason?: string;
        };
        /**
         * @description Where a connection's bandwidth comes from. `BandwidthPackage` draws it from a global connection bandwidth
         *     (which must then be named); `TestBandwidth` is a small free allowance for checking cross-region
         *     connectivity.
         * @enum {string}
         */
        CentralNetworkBandwidthType: "BandwidthPackage" | "TestBandwidth";
        /**
         * @description One central network feature the account has. Huawei's SDK models only the name of the capability; the
         *     service may add the values (supported regions, ranges) it grants.
         */
        CentralNetworkCapability: {
            capability: components["schemas"]["CentralNetworkCapabilityName"];
            /** @description Account (domain) the capability applies to. */
            domain_id: string;
            /** @description Id of the capability entry. */
            id: string;
        };
        /** @description One page of the account's central network capabilities. */
        CentralNetworkCapabilityListResponseBody: {
            capabilities: components["schemas"]["CentralNetworkCapability"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Name of a central network feature the account may or may not have, such as tag support or the regions where enterprise routers can join.
         * @enum {string}
         */
        CentralNetworkCapabilityName: "central-network.is-support" | "central-network.is-support-enterprise-project" | "central-network.is-support-tag" | "central-network.is-support-custom-er-table" | "connection-bandwidth.size-range" | "connection-bandwidth.charge-mode" | "connection-bandwidth.free-line" | "er-instance.support-regions" | "er-instance.support-ipv6-regions" | "er-instance.support-dscp-regions" | "er-instance.support-sts5-regions" | "er-instance.support-sites" | "custom-connections.is-support" | "custom-connections.support-regions" | "gdgw-instance.support-dscp-regions" | "gdgw-instance.support-freeze-regions" | "gdgw-attachment.is-support" | "gdgw-attachment.support-regions" | "gdgw-attachment.support-sites" | "er-route-table-attachment.is-support" | "er-route-table-attachment.support-regions" | "er-route-table-attachment.support-sites" | "cloud-alliance.support-regions";
        /** @description A connection the central network built between two of its members, with the bandwidth it carries. */
        CentralNetworkConnection: {
            /**
             * Format: int64
             * @description Bandwidth of the connection in Mbit/s.
             */
            bandwidth_size?: number;
            bandwidth_type: components["schemas"]["CentralNetworkBandwidthType"];
            /** @description Central network the connection belongs to. */
            central_network_id: string;
            /** @description Plane the connection belongs to. */
            central_network_plane_id: string;
            /** @description The two ends of the connection. */
            connection_point_pair: components["schemas"]["CentralNetworkConnectionPoint"][];
            connection_type: components["schemas"]["CentralNetworkConnectionType"];
            /**
             * Format: date-time
             * @description When the connection was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the connection. */
            description?: string;
            /** @description Account (domain) that owns the connection. */
            domain_id: string;
            /** @description Enterprise project the connection is filed under; `0` is the default project. */
            enterprise_project_id?: string;
            /** @description Global connection bandwidth the connection draws on, when `bandwidth_type` is `BandwidthPackage`. */
            global_connection_bandwidth_id?: string;
            /** @description Id of the connection. */
            id: string;
            /** @description Whether the connection is frozen (for example for an unpaid bill). */
            is_frozen: boolean;
            /** @description Display name, generated by the service. */
            name: string;
            state: components["schemas"]["CentralNetworkConnectionState"];
            /**
             * Format: date-time
             * @description When the connection last changed (UTC).
             */
            updated_at: string;
        };
        /** @description Summary of one connection, as embedded in a central network. */
        CentralNetworkConnectionInfo: {
            /**
             * Format: int64
             * @description Bandwidth of the connection in Mbit/s.
             */
            bandwidth_size?: number;
            /** @description The two ends of the connection. */
            connection_point_pair: components["schemas"]["CentralNetworkConnectionPoint"][];
            connection_type: components["schemas"]["CentralNetworkConnectionType"];
            /** @description Global connection bandwidth the connection draws on, when it uses one. */
            global_connection_bandwidth_id?: string;
            /** @description Id of the connection. */
            id: string;
            /** @description Plane the connection belongs to. */
            plane_id: string;
            state: components["schemas"]["CentralNetworkConnectionState"];
        };
        /** @description One page of central network connections. */
        CentralNetworkConnectionListResponseBody: {
            central_network_connections: components["schemas"]["CentralNetworkConnection"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One end of a central network connection. */
        CentralNetworkConnectionPoint: {
            /** @description Id of the connection point. */
            id: string;
            /** @description Id of the instance at this end (enterprise router, global DC gateway or route table). */
            instance_id: string;
            /** @description For a route table, the enterprise router that holds it. */
            parent_instance_id?: string;
            /** @description Project that owns the instance at this end. */
            project_id: string;
            /** @description Region of the instance at this end. */
            region_id: string;
            /** @description Code of the site the instance sits in. */
            site_code: string;
            type: components["schemas"]["CentralNetworkConnectionPointType"];
        };
        /**
         * @description Kind of instance at one end of a central network connection.
         * @enum {string}
         */
        CentralNetworkConnectionPointType: "ER" | "GDGW" | "ER_ROUTE_TABLE";
        /** @description One central network connection, as returned by UpdateCentralNetworkConnection. */
        CentralNetworkConnectionResponseBody: {
            central_network_connection: components["schemas"]["CentralNetworkConnection"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Lifecycle state shared by central network connections and attachments (GDGW and ER route-table).
         *     `CREATING`, `UPDATING`, `DELETING`, `FREEZING`, `UNFREEZING`, `RECOVERING` and `APPROVING` are transient;
         *     a waiter polls until the resource is `AVAILABLE`, `FAILED`, `DELETED` (or gone with a 404), or settles in
         *     `APPROVED` / `UNAPPROVED` when the peer account must accept a cross-account attachment.
         * @enum {string}
         */
        CentralNetworkConnectionState: "AVAILABLE" | "CREATING" | "UPDATING" | "DELETING" | "FREEZING" | "UNFREEZING" | "RECOVERING" | "FAILED" | "DELETED" | "APPROVING" | "APPROVED" | "UNAPPROVED";
        /**
         * @description What a central network connection links, an enterprise router to another enterprise router, to a global DC gateway, or to an enterprise router route table.
         * @enum {string}
         */
        CentralNetworkConnectionType: "ER-ER" | "ER-GDGW" | "ER-ER_ROUTE_TABLE";
        /** @description Free-text note of up to 255 characters on a central network or one of its attachments; angle brackets (`<`, `>`) are refused. */
        CentralNetworkDescription: string;
        /**
         * @description One change that applying a policy version makes (or made) to the running central network. Huawei's SDK
         *     models only the kind of change; the service may add details of the element concerned.
         */
        CentralNetworkElementChange: {
            operation_id: components["schemas"]["CentralNetworkElementChangeOperationId"];
        };
        /**
         * @description The kind of change a policy version makes to the running central network: a plane, an enterprise router,
         *     a router-to-router connection or a route table is added, removed, updated or (route tables) switched.
         * @enum {string}
         */
        CentralNetworkElementChangeOperationId: "CreateCentralNetworkPlane" | "DeleteCentralNetworkPlane" | "UpdateCentralNetworkPlane" | "CreateCentralNetworkErInstance" | "DeleteCentralNetworkErInstance" | "CreateCentralNetworkErConnection" | "DeleteCentralNetworkErConnection" | "CreateCentralNetworkErTable" | "DeleteCentralNetworkErTable" | "SwitchCentralNetworkErTable";
        /** @description An enterprise router that has joined a central network. */
        CentralNetworkErInstance: {
            /**
             * Format: int64
             * @description BGP autonomous system number of the enterprise router.
             */
            asn: number;
            /** @description Id of the enterprise router. */
            enterprise_router_id: string;
            /** @description Id of the router's membership in the central network. */
            id: string;
            /** @description Project that owns the enterprise router. */
            project_id: string;
            /** @description Region of the enterprise router. */
            region_id: string;
            /** @description Code of the site (region) the router sits in. */
            site_code: string;
        };
        /**
         * @description An enterprise router route table (possibly of another account or cloud) attached to a central network
         *     and wired to an enterprise router of the network.
         */
        CentralNetworkErRouteTableAttachment: {
            approved_state: components["schemas"]["CentralNetworkApprovedState"];
            /** @description Id of the attachment on the attached router's side. */
            attached_er_attachment_id?: string;
            /** @description Enterprise router that holds the attached route table. */
            attached_er_id: string;
            /** @description Id of the attached route table. */
            attached_er_table_id: string;
            /** @description Project that owns the attached route table. */
            attached_er_table_project_id: string;
            /** @description Region of the attached route table. */
            attached_er_table_region_id: string;
            /** @description Code of the site the attached route table sits in. */
            attached_er_table_site_code: string;
            /**
             * Format: int64
             * @description Bandwidth of the attachment's connection in Mbit/s.
             */
            bandwidth_size?: number;
            bandwidth_type: components["schemas"]["CentralNetworkBandwidthType"];
            /** @description Central network the route table is attached to. */
            central_network_id: string;
            /** @description Plane the attachment belongs to. */
            central_network_plane_id: string;
            /**
             * Format: date-time
             * @description When the attachment was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the attachment. */
            description?: string;
            /** @description Account (domain) that owns the attachment. */
            domain_id: string;
            /** @description Id of the attachment on that enterprise router's side. */
            enterprise_router_attachment_id?: string;
            /** @description Enterprise router of the central network the route table is wired to. */
            enterprise_router_id: string;
            /** @description Project that owns that enterprise router. */
            enterprise_router_project_id: string;
            /** @description Region of that enterprise router. */
            enterprise_router_region_id: string;
            /** @description Code of the site that enterprise router sits in. */
            enterprise_router_site_code: string;
            /** @description Route table of that enterprise router that the attachment uses. */
            enterprise_router_table_id: string;
            /** @description Global connection bandwidth the attachment's connection draws on, when it uses one. */
            global_connection_bandwidth_id?: string;
            hosted_cloud?: components["schemas"]["CentralNetworkHostedCloud"];
            /** @description Id of the attachment. */
            id: string;
            /** @description Whether the attachment is frozen (for example for an unpaid bill). */
            is_frozen: boolean;
            /** @description Display name. */
            name: string;
            /** @description Why the owner of the attached route table turned the attachment down, when it did. */
            reason?: string;
            state: components["schemas"]["CentralNetworkConnectionState"];
            /**
             * Format: date-time
             * @description When the attachment last changed (UTC).
             */
            updated_at: string;
        };
        /** @description One page of route-table attachments. */
        CentralNetworkErRouteTableAttachmentListResponseBody: {
            central_network_er_route_table_attachments: components["schemas"]["CentralNetworkErRouteTableAttachment"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One route-table attachment, as returned by create, show and update. */
        CentralNetworkErRouteTableAttachmentResponseBody: {
            central_network_er_route_table_attachment: components["schemas"]["CentralNetworkErRouteTableAttachment"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A global DC gateway attached to a central network, wired to an enterprise router of the network. */
        CentralNetworkGdgwAttachment: {
            /**
             * Format: int64
             * @description Bandwidth of the attachment's connection in Mbit/s.
             */
            bandwidth_size?: number;
            bandwidth_type: components["schemas"]["CentralNetworkBandwidthType"];
            /** @description Central network the gateway is attached to. */
            central_network_id: string;
            /** @description Plane the attachment belongs to. */
            central_network_plane_id: string;
            /**
             * Format: date-time
             * @description When the attachment was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the attachment. */
            description?: string;
            /** @description Account (domain) that owns the attachment. */
            domain_id: string;
            /** @description Id of the attachment on the enterprise router's side. */
            enterprise_router_attachment_id?: string;
            /** @description Enterprise router the gateway is wired to. */
            enterprise_router_id: string;
            /** @description Project that owns the enterprise router. */
            enterprise_router_project_id: string;
            /** @description Region of the enterprise router. */
            enterprise_router_region_id: string;
            /** @description Code of the site the enterprise router sits in. */
            enterprise_router_site_code: string;
            /** @description Global connection bandwidth the attachment's connection draws on, when it uses one. */
            global_connection_bandwidth_id?: string;
            /** @description Id of the global DC gateway. */
            global_dc_gateway_id: string;
            /** @description Id of the peer link the global DC gateway uses for this attachment. */
            global_dc_gateway_peer_link_id?: string;
            /** @description Project that owns the global DC gateway. */
            global_dc_gateway_project_id: string;
            /** @description Region of the global DC gateway. */
            global_dc_gateway_region_id: string;
            /** @description Code of the site the global DC gateway sits in. */
            global_dc_gateway_site_code: string;
            /** @description Id of the attachment. */
            id: string;
            /** @description Whether the attachment is frozen (for example for an unpaid bill). */
            is_frozen: boolean;
            /** @description Display name. */
            name: string;
            state: components["schemas"]["CentralNetworkConnectionState"];
            /**
             * Format: date-time
             * @description When the attachment last changed (UTC).
             */
            updated_at: string;
        };
        /** @description One page of global DC gateway attachments. */
        CentralNetworkGdgwAttachmentListResponseBody: {
            central_network_gdgw_attachments: components["schemas"]["CentralNetworkGdgwAttachment"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One global DC gateway attachment, as returned by create, show and update. */
        CentralNetworkGdgwAttachmentResponseBody: {
            central_network_gdgw_attachment: components["schemas"]["CentralNetworkGdgwAttachment"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Cloud that hosts the attached enterprise router route table, Huawei Cloud (`HWCloud`) or the Ireland cloud (`Ireland`).
         * @enum {string}
         */
        CentralNetworkHostedCloud: "HWCloud" | "Ireland";
        /** @description One page of central networks. */
        CentralNetworkListResponseBody: {
            central_networks: components["schemas"]["CentralNetwork"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A plane of a central network as the service reports it. */
        CentralNetworkPlane: {
            /** @description Enterprise router route tables the plane's connections use. */
            associate_er_tables?: components["schemas"]["AssociateErTableDocument"][];
            /** @description Router pairs the plane leaves unconnected. */
            exclude_er_connections?: components["schemas"]["ExcludeErConnectionDocument"][];
            /** @description Id the service assigned to the plane. */
            id: string;
            /** @description Name of the plane, as given in the applied policy document. */
            name: string;
        };
        /** @description One plane as a policy document declares it. */
        CentralNetworkPlaneDocument: {
            /** @description Enterprise router route tables the plane's connections use. */
            associate_er_tables?: components["schemas"]["AssociateErTableDocument"][];
            /** @description Router pairs the plane leaves unconnected. */
            exclude_er_connections?: components["schemas"]["ExcludeErConnectionDocument"][];
            name: components["schemas"]["ResourceName"];
        };
        /** @description One numbered, read-only version of a central network's policy. */
        CentralNetworkPolicy: {
            /** @description Central network the policy belongs to. */
            central_network_id: string;
            /**
             * Format: date-time
             * @description When the version was created (UTC).
             */
            created_at: string;
            document: components["schemas"]["CentralNetworkPolicyDocument"];
            document_template_version: components["schemas"]["CentralNetworkPolicyDocumentTemplateVersion"];
            /** @description Account (domain) that owns the central network. */
            domain_id: string;
            /** @description Id of the policy version. */
            id: string;
            /** @description Whether this is the version currently in force; exactly one version of a network is applied at a time. */
            is_applied: boolean;
            state: components["schemas"]["CentralNetworkPolicyState"];
            /**
             * Format: int32
             * @description Version number; each new version of a network's policy gets the next one.
             */
            version: number;
        };
        /** @description One page of the changes between a policy version and the applied one. */
        CentralNetworkPolicyChangeSetListResponseBody: {
            central_network_policy_change_set: components["schemas"]["CentralNetworkElementChange"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description The desired layout of a central network: its planes, which one is the default, and the enterprise routers
         *     that take part. A document is stored as a read-only, numbered policy version; nothing changes on the
         *     network until that version is applied. To change the layout, submit a new document.
         */
        CentralNetworkPolicyDocument: {
            /**
             * @description Name of the plane that new connections join unless told otherwise; must be one of `planes`.
             * @default default-plane
             */
            default_plane: string;
            /** @description Enterprise routers that join the central network, 1 to 200; leave out for none. */
            er_instances?: components["schemas"]["AssociateErInstanceDocument"][];
            /** @description The planes of the network, 1 to 100. */
            planes: components["schemas"]["CentralNetworkPlaneDocument"][];
        };
        /**
         * @description Template version the policy document was written against; `2022.08.30` is the only one so far.
         * @enum {string}
         */
        CentralNetworkPolicyDocumentTemplateVersion: "2022.08.30";
        /** @description One page of central network policy versions. */
        CentralNetworkPolicyListResponseBody: {
            central_network_policies: components["schemas"]["CentralNetworkPolicy"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One central network policy version. */
        CentralNetworkPolicyResponseBody: {
            central_network_policy: components["schemas"]["CentralNetworkPolicy"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Lifecycle state of one central network policy version. `APPLYING` and `CANCELING` are transient; after
         *     ApplyCentralNetworkPolicy, poll ListCentralNetworkPolicies (filter by `id`) until the version is
         *     `AVAILABLE` with `is_applied: true`, or `FAILED`.
         * @enum {string}
         */
        CentralNetworkPolicyState: "AVAILABLE" | "CANCELING" | "APPLYING" | "FAILED" | "DELETED";
        /** @description How much of one central network limit the account uses. */
        CentralNetworkQuota: {
            quota_key: components["schemas"]["CentralNetworkQuotaKey"];
            /**
             * Format: int32
             * @description The limit itself.
             */
            quota_limit: number;
            /** @description Unit of `quota_limit` and `used`, e.g. a count or a size. */
            unit: string;
            /**
             * Format: int32
             * @description How much of it is taken.
             */
            used: number;
        };
        /**
         * @description Which central network limit a quota entry counts.
         * @enum {string}
         */
        CentralNetworkQuotaKey: "central_networks_per_account" | "policy_versions_per_central_network" | "size_of_document_per_central_network_policy_version" | "planes_per_central_network" | "er_instances_per_region_per_central_network" | "connections_per_central_network" | "attachments_per_central_network" | "GDGW_attachments_per_region_per_central_network" | "ER_ROUTE_TABLE_attachments_per_region_per_central_network";
        /** @description The account's central network quotas. This list carries no `page_info`, although the operation accepts `limit` and `marker`. */
        CentralNetworkQuotaListResponseBody: {
            quotas: components["schemas"]["CentralNetworkQuota"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One central network, as returned by create, show, update and delete. */
        CentralNetworkResponseBody: {
            central_network: components["schemas"]["CentralNetwork"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Lifecycle state of a central network. `CREATING`, `UPDATING`, `DELETING` and `RESTORING` are transient:
         *     poll ShowCentralNetwork until the network reaches `AVAILABLE` (ready), `FAILED` (the last change did not
         *     go through) or, after a delete, `DELETED` (or a 404).
         * @enum {string}
         */
        CentralNetworkState: "AVAILABLE" | "UPDATING" | "FAILED" | "CREATING" | "DELETING" | "DELETED" | "RESTORING";
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
            /**
             * @description Account (domain) that owns the cloud connection. Ids are 10 to 32 characters, but Huawei's own example
             *     answers show `XXX` here, so the response schema sets no lower bound.
             */
            domain_id: string;
            /**
             * @description Enterprise project the cloud connection is filed under; `0` is the default project.
             * @default 0
             */
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
        /** @description A geographic area Cloud Connect sells bandwidth in, with its localised names. */
        CloudConnectionArea: {
            /** @description English name. */
            en_name?: string;
            /** @description Spanish name. */
            es_name?: string;
            /** @description Area id, e.g. `Asia-Pacific`. */
            id?: string;
            /** @description Display name of the area. */
            name: string;
            /** @description Portuguese name. */
            pt_name?: string;
            /** @description Site (station) the area is associated with, as the service names it. */
            station?: string;
        };
        /** @description One page of the geographic areas Cloud Connect supports. */
        CloudConnectionAreaListResponseBody: {
            areas: components["schemas"]["CloudConnectionArea"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description Whether the account can use one Cloud Connect capability, and where. */
        CloudConnectionCapability: {
            bandwidth: components["schemas"]["CloudConnectionDomainBandwidthValue"];
            /**
             * Format: date-time
             * @description When the entry was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the capability. */
            description?: string;
            /** @description Account (domain) the entry applies to. */
            domain_id: string;
            /** @description Identifier of the capability entry. */
            id: string;
            /** @description Whether the account can use the capability. */
            is_support: boolean;
            resource_type?: components["schemas"]["CloudConnectionCapabilityKey"];
            /** @description Regions where the capability is available. */
            support_regions: string[];
            /** @description Sites where the capability is available. */
            support_sites: string[];
            /**
             * Format: date-time
             * @description When the entry last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description Name of a Cloud Connect capability switch: API generations (`v2`, `v3`), billing options
         *     (`billing_mode_period_reduce`, `billing_mode_demand`, `bwp95`, `bwp95Avg`), features (`network-quality`, `er`,
         *     `domain_bandwidth`, `ipv6`, `ipv6_support_regions`) and the enterprise cloud connection family.
         * @enum {string}
         */
        CloudConnectionCapabilityKey: "v2" | "v3" | "billing_mode_period_reduce" | "billing_mode_demand" | "bwp95" | "bwp95Avg" | "network-quality" | "er" | "domain_bandwidth" | "ipv6" | "ipv6_support_regions" | "enterprise-cloud-connection.is-support" | "enterprise-cloud-connection.support-sites" | "enterprise-cloud-connection-segment.is-support" | "enterprise-cloud-connection-dc-attachment.is-support";
        /**
         * @description The account's Cloud Connect capabilities. Like the quota list, this one carries no `page_info` although the
         *     operation accepts `limit` and `marker`.
         */
        CloudConnectionCapabilityListResponseBody: {
            capabilities: components["schemas"]["CloudConnectionCapability"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description Free-text note of up to 255 characters; angle brackets (`<`, `>`) are refused. */
        CloudConnectionDescription: string;
        /** @description Bandwidth range (Mbit/s) that goes with a capability. */
        CloudConnectionDomainBandwidthValue: {
            /**
             * Format: int32
             * @description Largest bandwidth allowed, in Mbit/s.
             */
            max?: number;
            /**
             * Format: int32
             * @description Smallest bandwidth allowed, in Mbit/s.
             */
            min?: number;
        };
        /** @description One page of cloud connections. */
        CloudConnectionListResponseBody: {
            cloud_connections: components["schemas"]["CloudConnection"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description The receiving side of an authorisation: a network instance in another account that one of this account's
         *     cloud connections has been allowed to load.
         */
        CloudConnectionPermission: {
            /** @description Cloud connection of this account that may load the network instance. */
            cloud_connection_id: string;
            /**
             * Format: date-time
             * @description When the permission was granted (UTC).
             */
            created_at: string;
            /** @description Free-text note about the permission. */
            description?: string;
            /** @description Account (domain) that holds the permission, i.e. the owner of the cloud connection. */
            domain_id: string;
            /** @description Identifier of the permission (the id of the authorisation behind it). */
            id: string;
            /** @description Account (domain) that owns the network instance and granted the permission. */
            instance_domain_id?: string;
            /** @description Network instance, owned by the other account, that may be loaded. */
            instance_id: string;
            /** @description Kind of the network instance, e.g. `vpc`. */
            instance_type?: string;
            /** @description Display name. */
            name: string;
            /** @description Project the network instance lives in. */
            project_id: string;
            /** @description Region the network instance lives in. */
            region_id: string;
            /** @description State of the permission as the service reports it. */
            status?: string;
        };
        /** @description One page of the permissions other accounts have granted to this account's cloud connections. */
        CloudConnectionPermissionListResponseBody: {
            page_info?: components["schemas"]["PageInfo"];
            permissions: components["schemas"]["CloudConnectionPermission"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description How much of one cloud connection quota the account has and has used. */
        CloudConnectionQuota: {
            /** @description Cloud connection the quota applies to; empty for the account-wide `cloud_connection` quota. */
            cloud_connection_id: string;
            /** @description Account (domain) the quota applies to. */
            domain_id: string;
            /**
             * Format: int32
             * @description The quota, i.e. how many of the resource are allowed.
             */
            quota_number?: number;
            quota_type?: components["schemas"]["CloudConnectionQuotaType"];
            /**
             * Format: int32
             * @description How many of the allowed resources are already in use.
             */
            quota_used?: number;
            /** @description Region the quota applies to; only meaningful for `region_network_instance`. */
            region_id: string;
        };
        /**
         * @description The matching cloud connection quotas. Unlike most lists this one carries no `page_info`, even though the
         *     operation accepts `limit` and `marker`.
         */
        CloudConnectionQuotaListResponseBody: {
            quotas: components["schemas"]["CloudConnectionQuota"][];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Which cloud connection quota a figure is about:
         *     `cloud_connection` — cloud connections the account can hold;
         *     `cloud_connection_region` — regions one cloud connection can span;
         *     `cloud_connection_route` — routes one cloud connection can carry;
         *     `region_network_instance` — network instances one cloud connection can load in one region.
         * @enum {string}
         */
        CloudConnectionQuotaType: "cloud_connection" | "cloud_connection_region" | "cloud_connection_route" | "region_network_instance";
        /** @description A region Cloud Connect can link, with the area it belongs to. */
        CloudConnectionRegion: {
            area_id: components["schemas"]["BandwidthPackageAreaId"];
            /** @description Display name of the area. */
            area_name?: string;
            /** @description Region id, e.g. `cn-north-4`. */
            id?: string;
            /** @description Display name of the region. */
            name: string;
            /** @description What can be attached in this region (enterprise routers, VPCs, virtual gateways). */
            used_scenes?: ("er" | "vpc" | "vgw")[];
        };
        /** @description One page of the regions Cloud Connect supports. */
        CloudConnectionRegionListResponseBody: {
            page_info?: components["schemas"]["PageInfo"];
            regions: components["schemas"]["CloudConnectionRegion"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One cloud connection, as returned by create, show and update. */
        CloudConnectionResponseBody: {
            cloud_connection: components["schemas"]["CloudConnection"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One route a cloud connection has learnt, pointing a destination CIDR block at a loaded network instance. */
        CloudConnectionRoute: {
            /** @description Cloud connection the route belongs to. */
            cloud_connection_id: string;
            /** @description Destination CIDR block of the route. */
            destination: string;
            /** @description Account (domain) that owns the route. */
            domain_id: string;
            /** @description Identifier of the route. */
            id: string;
            /** @description Network instance (VPC or virtual gateway) the next hop points at. */
            instance_id: string;
            /** @description Project of the next-hop network instance. */
            project_id: string;
            /** @description Region of the next-hop network instance. */
            region_id: string;
            type?: components["schemas"]["CloudConnectionRouteType"];
        };
        /** @description One page of cloud connection routes. */
        CloudConnectionRouteListResponseBody: {
            cloud_connection_routes: components["schemas"]["CloudConnectionRoute"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One cloud connection route. */
        CloudConnectionRouteResponseBody: {
            cloud_connection_route: components["schemas"]["CloudConnectionRoute"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Kind of network instance a route's next hop points at: `vpc` (a VPC) or `vgw` (a virtual gateway).
         *     Huawei's reference pages print these in upper case (`VPC`, `VGW`), but the SDK (de)serialises the lower-case
         *     values and every other instance type in the ccaas API (network instances, authorisations) is lower case, so
         *     lower case is what this contract declares.
         * @enum {string}
         */
        CloudConnectionRouteType: "vpc" | "vgw";
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
        /** @description The grant to create. */
        CreateAuthorisation: {
            /** @description Account (domain) id of the other account, the one that owns the cloud connection. */
            cloud_connection_domain_id: string;
            /** @description Cloud connection, owned by the other account, that may load the VPC. */
            cloud_connection_id: string;
            description?: components["schemas"]["AuthorisationDescription"];
            /** @description The VPC of this account to share. */
            instance_id: string;
            instance_type: components["schemas"]["AuthorisationInstanceType"];
            name?: components["schemas"]["ResourceName"];
            /** @description Project the VPC lives in. */
            project_id: string;
            /** @description Region the VPC lives in, e.g. `cn-north-4`. */
            region_id: string;
        };
        /** @description Request body of CreateAuthorisation. */
        CreateAuthorisationRequestBody: {
            authorisation: components["schemas"]["CreateAuthorisation"];
        };
        /** @description The bandwidth package to buy. */
        CreateBandwidthPackage: {
            /**
             * Format: int32
             * @description Bandwidth of the package in Mbit/s, 2 to 999999.
             */
            bandwidth: number;
            /**
             * Format: int32
             * @description Billing mode of the new package: 1 and 2 yearly/monthly (give `prepaid_options`), 3 and 4 pay-per-use,
             *     5 and 6 by the 95th percentile; odd codes for the Chinese mainland website, even codes for the
             *     international one. The daily 95th-percentile modes 7 and 8 cannot be chosen here.
             * @enum {integer}
             */
            billing_mode: 1 | 2 | 3 | 4 | 5 | 6;
            charge_mode: components["schemas"]["BandwidthPackageChargeMode"];
            description?: components["schemas"]["BandwidthPackageDescription"];
            /**
             * @description Enterprise project to file the bandwidth package under; leave out for the default project `0`.
             * @default 0
             */
            enterprise_project_id?: string;
            interflow_mode?: components["schemas"]["BandwidthPackageInterflowMode"];
            local_area_id: components["schemas"]["BandwidthPackageAreaId"];
            name: components["schemas"]["ResourceName"];
            prepaid_options?: components["schemas"]["BandwidthPackagePrepaidOptions"];
            /** @description Project to buy the bandwidth package in. */
            project_id: string;
            remote_area_id: components["schemas"]["BandwidthPackageAreaId"];
            /** @description Cloud connection to bind the new package to straight away; leave out to bind it later. */
            resource_id?: string;
            resource_type?: components["schemas"]["BandwidthPackageResourceType"];
            /** @description Specification code to buy, as listed by the Specifications operations. */
            spec_code?: string;
        };
        /** @description Request body of CreateBandwidthPackage. */
        CreateBandwidthPackageRequestBody: {
            bandwidth_package: components["schemas"]["CreateBandwidthPackage"];
        };
        /** @description The central network to create, optionally with a first policy document. */
        CreateCentralNetwork: {
            description?: components["schemas"]["CentralNetworkDescription"];
            /** @description Enterprise project to file the central network under; leave out for the default project `0`. */
            enterprise_project_id?: string;
            name: components["schemas"]["ResourceName"];
            policy_document?: components["schemas"]["CentralNetworkPolicyDocument"];
            /** @description Tags to attach to the new central network, at most 20 (CreateCentralNetwork page, 2024-05 edition). */
            tags?: components["schemas"]["Tag"][];
        };
        /**
         * @description The enterprise router route table to attach (it may belong to another account or cloud), and the
         *     enterprise router and route table of the central network to wire it to.
         */
        CreateCentralNetworkErRouteTableAttachment: {
            /** @description Enterprise router that holds the route table to attach. */
            attached_er_id: string;
            /** @description Id of the route table to attach. */
            attached_er_table_id: string;
            /** @description Project that owns the route table to attach. */
            attached_er_table_project_id: string;
            /** @description Region of the route table to attach. */
            attached_er_table_region_id: string;
            /** @description Existing enterprise router attachment to reuse, when there is one. */
            attachment_id?: string;
            /** @description Plane to put the attachment in. */
            central_network_plane_id: string;
            description?: components["schemas"]["CentralNetworkDescription"];
            /** @description Enterprise router of the central network to wire the route table to. */
            enterprise_router_id: string;
            /** @description Project that owns that enterprise router. */
            enterprise_router_project_id: string;
            /** @description Region of that enterprise router. */
            enterprise_router_region_id: string;
            /** @description Route table of the central network's enterprise router that the attachment uses. */
            enterprise_router_table_id: string;
            hosted_cloud: components["schemas"]["CentralNetworkHostedCloud"];
            name: components["schemas"]["ResourceName"];
        };
        /** @description Request body of CreateCentralNetworkErRouteTableAttachment. */
        CreateCentralNetworkErRouteTableAttachmentRequestBody: {
            central_network_er_route_table_attachment: components["schemas"]["CreateCentralNetworkErRouteTableAttachment"];
        };
        /** @description The global DC gateway to attach, and the enterprise router of the central network to wire it to. */
        CreateCentralNetworkGdgwAttachment: {
            /** @description Plane to put the attachment in; leave out for the default plane. */
            central_network_plane_id?: string;
            description?: components["schemas"]["CentralNetworkDescription"];
            /** @description Enterprise router of the central network to wire the gateway to. */
            enterprise_router_id: string;
            /** @description Project that owns the enterprise router. */
            enterprise_router_project_id: string;
            /** @description Region of the enterprise router. */
            enterprise_router_region_id: string;
            /** @description Id of the global DC gateway to attach. */
            global_dc_gateway_id: string;
            /** @description Project that owns the global DC gateway. */
            global_dc_gateway_project_id: string;
            /** @description Region of the global DC gateway, e.g. `cn-north-4`. */
            global_dc_gateway_region_id: string;
            name: components["schemas"]["ResourceName"];
        };
        /** @description Request body of CreateCentralNetworkGdgwAttachment. */
        CreateCentralNetworkGdgwAttachmentRequestBody: {
            central_network_gdgw_attachment: components["schemas"]["CreateCentralNetworkGdgwAttachment"];
        };
        /** @description Request body of CreateCentralNetworkPolicy. */
        CreateCentralNetworkPolicyRequestBody: {
            central_network_policy_document: components["schemas"]["CentralNetworkPolicyDocument"];
        };
        /** @description Request body of CreateCentralNetwork. */
        CreateCentralNetworkRequestBody: {
            central_network: components["schemas"]["CreateCentralNetwork"];
        };
        /** @description The cloud connection to create. */
        CreateCloudConnection: {
            description?: components["schemas"]["CloudConnectionDescription"];
            /**
             * @description Enterprise project to file the cloud connection under; leave out for the default project `0`.
             * @default 0
             */
            enterprise_project_id?: string;
            name: components["schemas"]["ResourceName"];
        };
        /** @description Request body of CreateCloudConnection. */
        CreateCloudConnectionRequestBody: {
            cloud_connection: components["schemas"]["CreateCloudConnection"];
        };
        /** @description The global connection bandwidth to create. */
        CreateGlobalConnectionBandwidth: {
            /** @description Whether the bandwidth carries traffic between the Chinese mainland and elsewhere. */
            bordercross: boolean;
            charge_mode: components["schemas"]["GlobalConnectionBandwidthChargeMode"];
            description?: components["schemas"]["GlobalConnectionBandwidthDescription"];
            /** @description Enterprise project to file the bandwidth under; leave out for the default project `0`. */
            enterprise_project_id?: string;
            local_area?: components["schemas"]["GlobalConnectionBandwidthArea"];
            name: components["schemas"]["ResourceName"];
            remote_area?: components["schemas"]["GlobalConnectionBandwidthArea"];
            /**
             * Format: int32
             * @description Capacity of the bandwidth, 2 to 300 Mbit/s.
             */
            size: number;
            sla_level?: components["schemas"]["GlobalConnectionBandwidthSlaLevel"];
            /** @description Id of a line specification code (ListGlobalConnectionBandwidthSpecCodes), for accounts that buy by specification code. */
            spec_code_id?: string;
            /** @description Tags to attach to the new bandwidth, at most 20. */
            tags?: components["schemas"]["Tag"][];
            type: components["schemas"]["GlobalConnectionBandwidthType"];
        };
        /** @description Request body of CreateGlobalConnectionBandwidth. */
        CreateGlobalConnectionBandwidthRequestBody: {
            globalconnection_bandwidth: components["schemas"]["CreateGlobalConnectionBandwidth"];
        };
        /** @description The link to give bandwidth to, and where the bandwidth comes from. */
        CreateInterRegionBandwidth: {
            /**
             * Format: int32
             * @description Bandwidth to assign in Mbit/s; neither Huawei SDK nor page gives a range, so the service decides (the bandwidth package caps it).
             */
            bandwidth: number;
            /** @description Bandwidth package, bound to that cloud connection, to take the bandwidth from. */
            bandwidth_package_id: string;
            /** @description Cloud connection whose two regions the bandwidth links. */
            cloud_connection_id: string;
            /** @description The two regions to link, such as `[cn-north-4, ap-southeast-3]`. */
            inter_region_ids: string[];
        };
        /** @description Request body of CreateInterRegionBandwidth. */
        CreateInterRegionBandwidthRequestBody: {
            inter_region_bandwidth: components["schemas"]["CreateInterRegionBandwidth"];
        };
        /** @description The VPC or virtual gateway to load, and where to load it. */
        CreateNetworkInstance: {
            cidrs: components["schemas"]["NetworkInstanceCidrs"];
            /** @description Cloud connection to load the VPC or virtual gateway into. */
            cloud_connection_id: string;
            description?: components["schemas"]["NetworkInstanceDescription"];
            /** @description Account that owns the VPC or virtual gateway, when it is another account's; that account must have authorised the cloud connection first. */
            instance_domain_id?: string;
            /** @description Id of the VPC or virtual gateway to load. */
            instance_id: string;
            name?: components["schemas"]["ResourceName"];
            /** @description Project that holds the VPC or virtual gateway in its region. */
            project_id: string;
            /** @description Region of the VPC or virtual gateway, such as `cn-north-4`. */
            region_id: string;
            type: components["schemas"]["NetworkInstanceType"];
        };
        /** @description Request body of CreateNetworkInstance. */
        CreateNetworkInstanceRequestBody: {
            network_instance: components["schemas"]["CreateNetworkInstance"];
        };
        /** @description The point-to-point site network to create. */
        CreateP2PSiteNetwork: {
            description?: components["schemas"]["SiteNetworkDescription"];
            /** @description Enterprise project to file the site network under; leave out for the default project `0`. */
            enterprise_project_id?: string;
            name: components["schemas"]["ResourceName"];
            /** @description The two ends of the network; exactly two. */
            sites: components["schemas"]["CreateSiteNetworkSite"][];
            /** @description Tags to attach to the new site network. */
            tags?: components["schemas"]["Tag"][];
        };
        /** @description Request body of CreateP2PSiteNetwork. */
        CreateP2PSiteNetworkRequestBody: {
            p2p_site_network: components["schemas"]["CreateP2PSiteNetwork"];
        };
        /** @description One end of the point-to-point site network to create, identified by its global DC gateway. */
        CreateSiteNetworkSite: {
            /** @description Id of the global DC gateway. */
            gateway_id: string;
            gateway_type: components["schemas"]["SiteNetworkGatewayType"];
            /** @description Project (in that region) that owns the gateway. */
            project_id: string;
            /** @description Region of the gateway, e.g. `cn-north-4`. */
            region_id: string;
        };
        /** @description The body of every failed call. */
        ErrorResponse: {
            /** @description Machine-readable code such as `CC.1031`; `APIGW.` codes come from the API gateway. */
            error_code: string;
            /** @description Human-readable explanation. */
            error_msg: string;
            request_id?: components["schemas"]["RequestId"];
        };
        /**
         * @description One router-to-router link a plane must not build: the enterprise routers at its ends. Planes connect every
         *     enterprise router of the network to every other by default; each entry opts one pair out.
         */
        ExcludeErConnectionDocument: components["schemas"]["AssociateErInstanceDocument"][];
        /** @description A tag condition of a resource query; the resource's tag under `key` must have one of `values`, or any value when `values` is empty. */
        GcbQueryTag: {
            /** @description Tag key; keys must be unique within one list. */
            key: string;
            /** @description Tag values, up to 10 and unique; an empty list matches any value, but the field must be present. */
            values: string[];
        };
        /** @description A tag of a global connection bandwidth in the tag-management API, where the value is mandatory (it may be empty). */
        GcbRequiredTag: {
            /** @description Tag key, 1 to 128 characters. */
            key: string;
            /** @description Tag value, up to 255 characters. */
            value: string;
        };
        /** @description A global connection bandwidth found by a tag query, with its tags. */
        GcbResource: {
            /** @description Id of the global connection bandwidth. */
            resource_id: string;
            /** @description Its name. */
            resource_name: string;
            /** @description Its tags. */
            tags: components["schemas"]["Tag"][];
        };
        /**
         * @description Conditions for CountGcbResourceByTag and ListGcbResourceByTag (Huawei's `QueryResourceByTagRequestBody`).
         *     Conditions combine with AND; within `tags` keys combine with AND and values with OR, within `tags_any`
         *     both combine with OR. With no condition at all every global connection bandwidth matches. Each tag list
         *     holds at most 20 keys (the limit the doc text and SDK give; one older doc table says 50).
         */
        GcbResourceByTagRequestBody: {
            /** @description Field conditions, e.g. on `resource_name`. */
            matches?: components["schemas"]["GcbTagMatch"][];
            /** @description The resource lacks every one of these tags (up to 20). */
            not_tags?: components["schemas"]["GcbQueryTag"][];
            /** @description The resource lacks at least one of these tags (up to 20). */
            not_tags_any?: components["schemas"]["GcbQueryTag"][];
            /** @description Optional caller-chosen request id. */
            request_id?: string;
            /** @description The resource has every one of these tags (up to 20). */
            tags?: components["schemas"]["GcbQueryTag"][];
            /** @description The resource has at least one of these tags (up to 20). */
            tags_any?: components["schemas"]["GcbQueryTag"][];
            /** @description When `true`, match only resources with no tags at all; the four tag lists are then ignored. */
            without_any_tag?: boolean;
        };
        /** @description How many global connection bandwidths match. */
        GcbResourceCountResponseBody: {
            request_id?: components["schemas"]["RequestId"];
            /**
             * Format: int32
             * @description Number of matching resources.
             */
            total_count?: number;
        };
        /** @description A page of matching global connection bandwidths, paged by `limit` and `offset` (no `page_info`). */
        GcbResourceListResponseBody: {
            request_id?: components["schemas"]["RequestId"];
            resources?: components["schemas"]["GcbResource"][];
            /**
             * Format: int32
             * @description How many resources match in total, across all pages.
             */
            total_count?: number;
        };
        /** @description The tags of one global connection bandwidth. */
        GcbResourceTagListResponseBody: {
            request_id?: components["schemas"]["RequestId"];
            tags?: components["schemas"]["Tag"][];
        };
        /** @description A field condition of a resource query, e.g. `resource_name` equal to a value. */
        GcbTagMatch: {
            /** @description Field to match, e.g. `resource_name`. */
            key: string;
            /** @description Value the field must have. */
            value: string;
        };
        /** @description Request body of CreateGcbResourceTag. */
        GcbTagRequestBody: {
            tag: components["schemas"]["GcbRequiredTag"];
        };
        /** @description Request body of BatchCreateGcbResourceTags and BatchDeleteGcbResourceTags. */
        GcbTagsRequestBody: {
            /** @description The tags to add or remove, up to 20. */
            tags: components["schemas"]["GcbRequiredTag"][];
        };
        /** @description Every tag key used on the account's global connection bandwidths, with its values. */
        GcbTenantTagListResponseBody: {
            request_id?: components["schemas"]["RequestId"];
            tags?: components["schemas"]["MultivaluedTag"][];
            /**
             * Format: int32
             * @description Number of tag keys.
             */
            total_count?: number;
        };
        /** @description A global connection bandwidth as the service reports it. */
        GlobalConnectionBandwidth: {
            admin_state?: components["schemas"]["GlobalConnectionBandwidthAdminState"];
            binding_service?: components["schemas"]["GlobalConnectionBandwidthBindingService"];
            /** @description Whether the bandwidth carries traffic between the Chinese mainland and elsewhere. */
            bordercross: boolean;
            charge_mode: components["schemas"]["GlobalConnectionBandwidthChargeMode"];
            /**
             * Format: date-time
             * @description When the bandwidth was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the bandwidth. */
            description?: string;
            /** @description The directions of traffic the bandwidth carries. */
            directional_connections: components["schemas"]["GlobalConnectionBandwidthDirectionalConnection"][];
            /** @description Account (domain) that owns the bandwidth. */
            domain_id: string;
            /** @description Whether several instances may share the bandwidth. */
            enable_share?: boolean;
            /** @description Enterprise project the bandwidth is filed under; `0` is the default project. */
            enterprise_project_id?: string;
            /** @description Whether the bandwidth is frozen. */
            frozen?: boolean;
            /** @description Identifier the service assigned to the global connection bandwidth. */
            id: string;
            /** @description Instances the bandwidth is bound to. */
            instances?: components["schemas"]["GlobalConnectionBandwidthInstance"][];
            /** @description Site code of the local access point. */
            local_area?: string;
            /** @description Site code of the local end. */
            local_site_code?: string;
            /** @description Display name. */
            name: string;
            /** @description Site code of the remote access point. */
            remote_area?: string;
            /** @description Site code of the remote end. */
            remote_site_code?: string;
            /**
             * Format: int32
             * @description Capacity of the bandwidth, in Mbit/s.
             */
            size: number;
            sla_level?: components["schemas"]["GlobalConnectionBandwidthSlaLevel"];
            /** @description Id of the line specification code the bandwidth was bought with. */
            spec_code_id?: string;
            /** @description Tags attached to the bandwidth. */
            tags?: components["schemas"]["Tag"][];
            type: components["schemas"]["GlobalConnectionBandwidthType"];
            /**
             * Format: date-time
             * @description When the bandwidth last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description Administrative state of a global connection bandwidth; `FREEZED` (sic, Huawei's spelling) means it is frozen, for example for an unpaid bill.
         * @enum {string}
         */
        GlobalConnectionBandwidthAdminState: "NORMAL" | "FREEZED";
        /** @description Site code of an access point, up to 64 characters; ListGlobalConnectionBandwidthSites lists the codes. */
        GlobalConnectionBandwidthArea: string;
        /**
         * @description Which kind of instance a global connection bandwidth may be bound to: cloud connections (`CC`), global EIPs (`GEIP`), central networks (`GCN`), site networks (`GSN`) or any of them (`ALL`).
         * @enum {string}
         */
        GlobalConnectionBandwidthBindingService: "CC" | "GEIP" | "GCN" | "GSN" | "ALL";
        /**
         * @description How a global connection bandwidth is billed: by bandwidth (`bwd`, the default), by standard 95th
         *     percentile (`95`) or by daily average 95th percentile (`95avr`). Note that `95` is a string, not a number.
         *     The 95th percentile options are open only to whitelisted accounts.
         * @enum {string}
         */
        GlobalConnectionBandwidthChargeMode: "bwd" | "95" | "95avr";
        /** @description What the account may buy (Huawei's `ListGlobalConnectionBandwidthConfigs` model). */
        GlobalConnectionBandwidthConfigs: {
            /**
             * Format: int32
             * @description How many instances one bandwidth may be bound to.
             */
            bind_limit: number;
            /** @description Whether Cloud Eye monitoring is enabled for the account's bandwidths. */
            ces_enabled?: boolean;
            /** @description Billing options open to the account. */
            charge_mode: components["schemas"]["GlobalConnectionBandwidthChargeMode"][];
            /** @description Whether the account may buy cross-border bandwidth. */
            crossborder: boolean;
            /** @description Whether the account may buy `Area` and `TrsArea` bandwidths. */
            enable_area_bandwidth: boolean;
            /** @description Whether the account may switch to 95th percentile billing. */
            enable_change_95: boolean;
            /** @description Whether the account buys by line specification code. */
            enable_spec_code?: boolean;
            /** @description Bandwidth types open to the account. */
            gcb_type: components["schemas"]["GlobalConnectionBandwidthType"][];
            /** @description The account's quotas. */
            quotas: components["schemas"]["GlobalConnectionBandwidthQuota"][];
            /**
             * Format: int32
             * @description Guaranteed share, in percent, under 95th percentile billing.
             */
            ratio_95peak_guar?: number;
            /**
             * Format: int32
             * @description Percentage used for enhanced 95th percentile billing.
             */
            ratio_95peak_plus?: number;
            /** @description Kinds of instance the account may bind bandwidths to. */
            services: ("CC" | "GEIP" | "GCN" | "GSN")[];
            /** @description Capacity range per billing option. */
            size_range: components["schemas"]["GlobalConnectionBandwidthSizeRange"][];
            /** @description Line classes open to the account. */
            sla_level: components["schemas"]["GlobalConnectionBandwidthSlaLevel"][];
        };
        /** @description The account's purchase options for global connection bandwidths. Not paged. */
        GlobalConnectionBandwidthConfigsResponseBody: {
            configs?: components["schemas"]["GlobalConnectionBandwidthConfigs"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description Free-text note of up to 255 characters; angle brackets (`<`, `>`) are refused. */
        GlobalConnectionBandwidthDescription: string;
        /** @description One direction of traffic a global connection bandwidth carries, between two sites. */
        GlobalConnectionBandwidthDirectionalConnection: {
            /** @description Identifier of the directional connection. */
            id: string;
            /** @description Site code of the local end. */
            local_site_code?: string;
            /** @description Display name. */
            name?: string;
            /** @description Site code of the remote end. */
            remote_site_code?: string;
        };
        /** @description An instance a global connection bandwidth is bound to. */
        GlobalConnectionBandwidthInstance: {
            /** @description Id of the instance. */
            id: string;
            /** @description Project that owns the instance. */
            project_id?: string;
            /**
             * @description Region of the instance; `global` for instances that belong to no region.
             * @default global
             */
            region_id?: string;
            /** @description Kind of instance, e.g. `GCN` for a central network. */
            type: string;
        };
        /** @description An instance to bind a global connection bandwidth to, or to unbind it from. */
        GlobalConnectionBandwidthInstanceBinding: {
            /** @description Project, in the instance's region, that owns the instance. */
            project_id: string;
            /**
             * @description Region of the instance; leave out (or send `global`) for instances that belong to no region.
             * @default global
             */
            region_id?: string;
            /** @description Id of the instance, 1 to 36 letters, digits, `_` or `-`. */
            resource_id: string;
            /** @description Kind of instance, e.g. `GCN` for a central network. */
            resource_type: string;
        };
        /** @description What happened to one instance of a bind or unbind request. */
        GlobalConnectionBandwidthInstanceBindingResult: {
            /** @description Why it failed, when it did. */
            message?: string;
            /** @description Project that owns the instance. */
            project_id: string;
            /**
             * @description Region of the instance; `global` for instances that belong to no region.
             * @default global
             */
            region_id?: string;
            /** @description Id of the instance. */
            resource_id: string;
            /** @description Kind of instance. */
            resource_type: string;
            /**
             * @description Whether the instance was bound (or unbound).
             * @enum {string}
             */
            result?: "success" | "fail";
        };
        /** @description Request body of AssociateGlobalConnectionBandwidthInstance and DisassociateGlobalConnectionBandwidthInstance. */
        GlobalConnectionBandwidthInstancesRequestBody: {
            /** @description The instances, 1 to 200. */
            gcbandwidths: components["schemas"]["GlobalConnectionBandwidthInstanceBinding"][];
        };
        /** @description The outcome for every instance of a bind or unbind request. */
        GlobalConnectionBandwidthInstancesResponseBody: {
            gcbandwidths: components["schemas"]["GlobalConnectionBandwidthInstanceBindingResult"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description The line classes available between two access points. */
        GlobalConnectionBandwidthLineLevel: {
            /**
             * Format: date-time
             * @description When the entry was created (UTC).
             */
            created_at: string;
            /** @description Free-text note. */
            description?: string;
            /** @description Identifier of the entry. */
            id: string;
            /** @description Line classes available, e.g. `Pt` or `Ag`. */
            levels?: string[];
            /** @description Site code of the local access point. */
            local_area?: string;
            /** @description Site code of the remote access point. */
            remote_area?: string;
            /**
             * Format: date-time
             * @description When the entry last changed (UTC).
             */
            updated_at: string;
        };
        /** @description One page of line class entries. */
        GlobalConnectionBandwidthLineLevelListResponseBody: {
            line_levels: components["schemas"]["GlobalConnectionBandwidthLineLevel"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One page of global connection bandwidths. */
        GlobalConnectionBandwidthListResponseBody: {
            globalconnection_bandwidths: components["schemas"]["GlobalConnectionBandwidth"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One global connection bandwidth quota of the account. */
        GlobalConnectionBandwidthQuota: {
            /**
             * Format: int32
             * @description The ceiling.
             */
            quota?: number;
            /**
             * @description Whether the quota caps total capacity (`gcb.size`) or the number of bandwidths (`gcb.count`).
             * @enum {string}
             */
            type?: "gcb.size" | "gcb.count";
            /**
             * Format: int32
             * @description How much of the quota is in use.
             */
            used?: number;
        };
        /** @description One global connection bandwidth, as returned by create, show and update. */
        GlobalConnectionBandwidthResponseBody: {
            globalconnection_bandwidth: components["schemas"]["GlobalConnectionBandwidth"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description An access site (Huawei's `GlobalConnectionBandwidthSites`); its `site_code` is what `local_area` and `remote_area` take. */
        GlobalConnectionBandwidthSite: {
            /**
             * Format: date-time
             * @description When the site was added (UTC).
             */
            created_at: string;
            /** @description Free-text note about the site. */
            description?: string;
            /** @description Groups the site belongs to. */
            group_list?: components["schemas"]["GlobalConnectionBandwidthSiteGroup"][];
            /** @description Identifier of the site. */
            id: string;
            /** @description Chinese name. */
            name_cn?: string;
            /** @description English name. */
            name_en?: string;
            /** @description Public border group of the site (e.g. `center` or an edge group). */
            public_border_group?: string;
            /** @description Region the site is in. */
            region_id: string;
            /** @description Services offered at the site. */
            service_list?: string;
            /** @description Site code. */
            site_code?: string;
            site_type?: components["schemas"]["GlobalConnectionBandwidthSiteType"];
            /**
             * Format: date-time
             * @description When the site last changed (UTC).
             */
            updated_at: string;
        };
        /** @description A group an access site belongs to (Huawei's `SiteGroupReferenceInfo`). */
        GlobalConnectionBandwidthSiteGroup: {
            /** @description Free-text note about the group. */
            description?: string;
            /** @description Identifier of the group. */
            id: string;
            /** @description Chinese name. */
            name_cn?: string;
            /** @description English name. */
            name_en?: string;
        };
        /** @description One page of access sites. */
        GlobalConnectionBandwidthSiteListResponseBody: {
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
            site_infos: components["schemas"]["GlobalConnectionBandwidthSite"][];
        };
        /**
         * @description Level of an access site (`Area`, `SubArea` or `Region`).
         * @enum {string}
         */
        GlobalConnectionBandwidthSiteType: "Area" | "SubArea" | "Region";
        /** @description Capacity range allowed for one billing option, in Mbit/s. */
        GlobalConnectionBandwidthSizeRange: {
            /**
             * Format: int32
             * @description Largest capacity, in Mbit/s.
             */
            max?: number;
            /**
             * Format: int32
             * @description Smallest capacity, in Mbit/s.
             */
            min?: number;
            type?: components["schemas"]["GlobalConnectionBandwidthChargeMode"];
        };
        /**
         * @description Line class of a global connection bandwidth, best first: platinum (`Pt`), gold (`Au`, the default) or silver (`Ag`). Classes other than gold are open only to whitelisted accounts.
         * @enum {string}
         */
        GlobalConnectionBandwidthSlaLevel: "Pt" | "Au" | "Ag";
        /** @description A line specification code, a pre-priced product for a pair of access points. */
        GlobalConnectionBandwidthSpecCode: {
            /**
             * Format: date-time
             * @description When the code was created (UTC).
             */
            created_at: string;
            /** @description Identifier of the specification code. */
            id: string;
            level?: components["schemas"]["GlobalConnectionBandwidthSlaLevel"];
            /** @description Site code of the local access point. */
            local_area?: string;
            /** @description English name. */
            name_en?: string;
            /** @description Chinese name. */
            name_zh?: string;
            /** @description Site code of the remote access point. */
            remote_area?: string;
            /**
             * Format: int32
             * @description Capacity, in Mbit/s.
             */
            size?: number;
            /** @description Product SKU. */
            sku?: string;
            /**
             * Format: date-time
             * @description When the code last changed (UTC).
             */
            updated_at: string;
        };
        /** @description One page of line specification codes. */
        GlobalConnectionBandwidthSpecCodeListResponseBody: {
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
            spec_codes: components["schemas"]["GlobalConnectionBandwidthSpecCode"][];
        };
        /**
         * @description Geographic reach of a global connection bandwidth, narrowest first: within a metro area (`Region`), within a region (`SubArea`), within a geographic area (`Area`), or across geographic areas (`TrsArea`).
         * @enum {string}
         */
        GlobalConnectionBandwidthType: "Region" | "SubArea" | "Area" | "TrsArea";
        /** @description A tag condition of the historical resource filter; a resource matches when its tag `key` has any of `values`. */
        HistoricalAggTag: {
            /** @description Tag key. */
            key?: string;
            /** @description Accepted values for the key, at most 10 of them. */
            values?: string[];
        };
        /** @description Request body of the historical CreateTag; Huawei's `cc/v2` SDKs and pages mark `tag` optional. */
        HistoricalCreateTagRequestBody: {
            tag?: components["schemas"]["HistoricalTag"];
        };
        /** @description A resource found by the historical tag filter, with its tags. */
        HistoricalFilterTagResource: {
            /** @description Reserved by Huawei for extra details; normally empty. */
            resource_detail?: string;
            /** @description Id of the cloud connection or bandwidth package. */
            resource_id?: string;
            /** @description Name of the resource. */
            resource_name: string;
            /** @description Tags attached to the resource. */
            tags?: components["schemas"]["HistoricalTag"][];
        };
        /**
         * @description Request body of the historical ListResourceByFilterTag. Conditions in `tags` are combined with AND, the values
         *     inside one condition with OR.
         */
        HistoricalResourceFilterRequestBody: {
            /**
             * @description `filter` returns the matching resources one page at a time; `count` returns only how many match.
             * @enum {string}
             */
            action?: "filter" | "count";
            /**
             * Format: int32
             * @description Most resources to return; only used with `filter`.
             */
            limit?: number;
            /**
             * @description Field conditions. The only key accepted is `resource_name`; a non-empty value matches names
             *     containing it, an empty value asks for an exact match.
             */
            matches?: components["schemas"]["HistoricalTag"][];
            /**
             * Format: int32
             * @description How many matching resources to skip; only used with `filter`.
             */
            offset?: number;
            /** @description Tag conditions a resource must all meet. */
            tags?: components["schemas"]["HistoricalAggTag"][];
        };
        /**
         * @description Answer of the historical ListResourceByFilterTag: the matching resources and their total (for `count`, only the
         *     total). It pages by offset, so it carries `total_count` rather than `page_info`.
         */
        HistoricalResourceFilterResponseBody: {
            request_id?: components["schemas"]["RequestId"];
            resources?: components["schemas"]["HistoricalFilterTagResource"][];
            /**
             * Format: int32
             * @description How many resources match the conditions in all.
             */
            total_count?: number;
        };
        /** @description The tags attached to one resource, as the historical ListTags returns them. */
        HistoricalResourceTagListResponseBody: {
            request_id?: components["schemas"]["RequestId"];
            tags?: components["schemas"]["HistoricalTag"][];
        };
        /**
         * @description A key/value label as the historical tag operations carry it. Huawei's `cc/v2` SDKs and pages mark every member
         *     optional, so this schema does too; the service still needs a key to store or remove a tag.
         */
        HistoricalTag: {
            /** @description Tag key, 1 to 128 characters. */
            key?: string;
            /** @description Tag value, up to 255 characters. */
            value?: string;
        };
        /**
         * @description Request body of the historical BatchCreateDeleteTags. Huawei documents both members as optional, but a call
         *     only does something with `action` set and at least one tag listed.
         */
        HistoricalTagActionRequestBody: {
            /**
             * @description `create` adds the tags (a key the resource already has gets the new value); `delete` removes them by key.
             * @enum {string}
             */
            action?: "create" | "delete";
            /** @description The tags to add or remove, at most 20. */
            tags?: components["schemas"]["HistoricalTag"][];
        };
        /**
         * @description Every tag key in use on the account's resources of one type, with its values, as the historical ListDomainTags
         *     returns them; Huawei's `cc/v2` SDKs mark every member optional.
         */
        HistoricalTagListResponseBody: {
            request_id?: components["schemas"]["RequestId"];
            tags?: components["schemas"]["HistoricalAggTag"][];
        };
        /**
         * @description Kind of resource a historical tag call works on, written in the singular: `cloud-connection` or
         *     `bandwidth-package`.
         * @enum {string}
         */
        HistoricalTagResourceType: "cloud-connection" | "bandwidth-package";
        /** @description One end of an inter-region bandwidth, seen from one of its two regions. */
        InterRegion: {
            /** @description Identifier of this end of the inter-region bandwidth. */
            id: string;
            /** @description Region this end sits in, such as `cn-north-4`. */
            local_region_id?: string;
            /** @description Project of the local region. */
            project_id: string;
            /** @description Region at the other end. */
            remote_region_id?: string;
        };
        /** @description An inter-region bandwidth as the service reports it. */
        InterRegionBandwidth: {
            /**
             * Format: int64
             * @description Bandwidth between the two regions in Mbit/s.
             */
            bandwidth?: number;
            /** @description Bandwidth package the bandwidth is taken from. */
            bandwidth_package_id: string;
            /** @description Cloud connection whose two regions the bandwidth links. */
            cloud_connection_id: string;
            /**
             * Format: date-time
             * @description When the inter-region bandwidth was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the inter-region bandwidth. */
            description?: string;
            /** @description Account (domain) that owns the inter-region bandwidth. */
            domain_id: string;
            /** @description Identifier the service assigned to the inter-region bandwidth. */
            id: string;
            /** @description The two ends of the link, one entry per region. */
            inter_regions?: components["schemas"]["InterRegion"][];
            /** @description Display name, chosen by the service. */
            name: string;
            /**
             * Format: date-time
             * @description When the inter-region bandwidth last changed (UTC).
             */
            updated_at: string;
        };
        /** @description One page of inter-region bandwidths. */
        InterRegionBandwidthListResponseBody: {
            inter_region_bandwidths: components["schemas"]["InterRegionBandwidth"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One inter-region bandwidth, as returned by create, show and update. */
        InterRegionBandwidthResponseBody: {
            inter_region_bandwidth: components["schemas"]["InterRegionBandwidth"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A tag key with every value it has (in a tag listing) or may have (in a tag filter). */
        MultivaluedTag: {
            /** @description Tag key. */
            key: string;
            /** @description Tag values; in a filter, a resource matches when its tag has any of them. */
            values: string[];
        };
        /** @description A VPC or virtual gateway loaded into a cloud connection, as the service reports it. */
        NetworkInstance: {
            /** @description CIDR blocks the network instance publishes into the cloud connection. */
            cidrs?: string[];
            /** @description Cloud connection the VPC or virtual gateway is loaded into. */
            cloud_connection_id: string;
            /**
             * Format: date-time
             * @description When the network instance was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the network instance. */
            description?: string;
            /** @description Account (domain) that owns the network instance. */
            domain_id: string;
            /** @description Identifier the service assigned to the network instance. */
            id: string;
            /** @description Account that owns the VPC or virtual gateway; differs from `domain_id` when another account's VPC was loaded. */
            instance_domain_id?: string;
            /** @description Id of the loaded VPC or virtual gateway itself. */
            instance_id: string;
            /** @description Display name. */
            name: string;
            /** @description Project of that region that holds the VPC or virtual gateway. */
            project_id: string;
            /** @description Region of the VPC or virtual gateway, such as `cn-north-4`. */
            region_id: string;
            status?: components["schemas"]["NetworkInstanceStatus"];
            type?: components["schemas"]["NetworkInstanceType"];
            /**
             * Format: date-time
             * @description When the network instance last changed (UTC).
             */
            updated_at: string;
        };
        /** @description CIDR blocks the network instance publishes into the cloud connection. */
        NetworkInstanceCidrs: string[];
        /** @description Free-text note of up to 85 characters; angle brackets (`<`, `>`) are refused. */
        NetworkInstanceDescription: string;
        /** @description One page of network instances. */
        NetworkInstanceListResponseBody: {
            network_instances: components["schemas"]["NetworkInstance"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One network instance, as returned by create, show and update. */
        NetworkInstanceResponseBody: {
            network_instance: components["schemas"]["NetworkInstance"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Lifecycle state of a network instance: `PENDING` while the service is loading or changing it, `ACTIVE`
         *     once it is in service, `ERROR` when loading or changing it failed. Huawei's SDK lists only `ACTIVE`; the
         *     reference pages list all three, and a waiter has to see `PENDING` and `ERROR` to stop polling correctly.
         * @enum {string}
         */
        NetworkInstanceStatus: "ACTIVE" | "PENDING" | "ERROR";
        /**
         * @description What kind of network is loaded; `vpc` for a VPC, `vgw` for a Direct Connect virtual gateway.
         * @enum {string}
         */
        NetworkInstanceType: "vpc" | "vgw";
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
        /** @description The bandwidth specifications on sale between two regions. */
        RegionBandwidthPackageSpecification: {
            /** @description English name. */
            en_name?: string;
            /** @description Spanish name. */
            es_name?: string;
            /** @description Identifier of the entry. */
            id?: string;
            /** @description One end of the pair, a region id. */
            local_region_id: string;
            /** @description Display name of the region pair. */
            name?: string;
            /** @description Portuguese name. */
            pt_name?: string;
            /** @description The other end of the pair, a region id. */
            remote_region_id: string;
            /** @description The specifications on sale for this pair. */
            spec_codes?: components["schemas"]["SpecificationCodeInfo"][];
        };
        /** @description One page of region-to-region bandwidth package specifications. */
        RegionBandwidthPackageSpecificationListResponseBody: {
            page_info?: components["schemas"]["PageInfo"];
            region_specifications: components["schemas"]["RegionBandwidthPackageSpecification"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description Identifier of this request on Huawei's side; quote it when contacting support. */
        RequestId: string;
        /**
         * @description Display name, 1 to 64 characters: Chinese characters, English letters, digits, `_`, `-` and `.` (Chinese edition
         *     of CreateNetworkInstance, 2026-06), and spaces, which Huawei's own examples use ("new cloud-connection name").
         *     Control and format characters (NUL, U+202E) and unpaired surrogates are refused.
         */
        ResourceName: string;
        /** @description A connection between two sites of a site network, with the bandwidth that carries it. */
        SiteConnection: {
            /**
             * Format: int64
             * @description Bandwidth assigned to the connection, in Mbit/s.
             */
            bandwidth_size?: number;
            /**
             * Format: date-time
             * @description When the connection was created (UTC).
             */
            created_at: string;
            /**
             * @description Whether both ends are in the same region (`intra-region`) or in different ones (`inter-region`).
             * @enum {string}
             */
            cross_region_type: "intra-region" | "inter-region";
            /** @description The two ends of the connection; always exactly two. */
            edge_pair: components["schemas"]["SiteConnectionEdge"][];
            /**
             * @description What freezing means for the connection; `RELEASABLE` ones may be deleted while frozen, `UNRELEASABLE` ones may not.
             * @enum {string}
             */
            frozen_effect?: "RELEASABLE" | "UNRELEASABLE";
            /** @description Global connection bandwidth the connection draws from, when one is bound. */
            global_connection_bandwidth_id?: string;
            /** @description Identifier of the site-to-site connection. */
            id: string;
            /** @description Whether a global connection bandwidth is bound to the connection. */
            is_bind_bandwidth?: boolean;
            /** @description Whether the connection is frozen. */
            is_frozen: boolean;
            /** @description Site network the connection belongs to. */
            site_network_id: string;
            state: components["schemas"]["SiteConnectionState"];
            /**
             * Format: date-time
             * @description When the connection last changed (UTC).
             */
            updated_at: string;
        };
        /** @description Smallest and largest bandwidth a site-to-site connection may be given, in Mbit/s. */
        SiteConnectionBandwidthSizeRange: {
            /**
             * Format: int64
             * @description Largest bandwidth, in Mbit/s.
             */
            max: number;
            /**
             * Format: int64
             * @description Smallest bandwidth, in Mbit/s.
             */
            min: number;
        };
        /** @description One end of a site-to-site connection. */
        SiteConnectionEdge: {
            /** @description Id of the global DC gateway at this end. */
            gateway_id: string;
            gateway_type: components["schemas"]["SiteNetworkGatewayType"];
            /** @description Id of this end of the connection. */
            id: string;
            /** @description Project that owns the gateway at this end. */
            project_id: string;
            /** @description Region of the gateway at this end. */
            region_id: string;
            /** @description Code of the access site at this end. */
            site_code: string;
        };
        /** @description One site-to-site connection, as returned by the bandwidth operations while the change is carried out. */
        SiteConnectionResponseBody: {
            request_id: components["schemas"]["RequestId"];
            site_connection: components["schemas"]["SiteConnection"];
        };
        /**
         * @description Lifecycle state of a site-to-site connection. `CREATING`, `UPDATING`, `DELETING`, `FREEZING`, `UNFREEZING`
         *     and `RECOVERING` are transitional: poll ShowSiteNetwork (the connection is listed in its `connections`)
         *     until the state settles. `FREEZED` (sic, Huawei's spelling) means the connection is frozen, for example
         *     for an unpaid bill.
         * @enum {string}
         */
        SiteConnectionState: "AVAILABLE" | "CREATING" | "UPDATING" | "DELETING" | "FREEZING" | "UNFREEZING" | "RECOVERING" | "FAILED" | "FREEZED" | "DELETED";
        /** @description A site network (Huawei's `SiteNetworkEntry`) as the service reports it. */
        SiteNetwork: {
            /** @description Id of the policy currently applied to the site network. */
            apply_policy_id: string;
            /** @description The site-to-site connections of the network. */
            connections: components["schemas"]["SiteConnection"][];
            /**
             * Format: date-time
             * @description When the site network was created (UTC).
             */
            created_at: string;
            /** @description Free-text note about the site network. */
            description?: string;
            /** @description Account (domain) that owns the site network. */
            domain_id: string;
            /** @description Enterprise project the site network is filed under; `0` is the default project. */
            enterprise_project_id?: string;
            /** @description The hub of a `star` network. */
            hub_site?: components["schemas"]["SiteNetworkSite"];
            /** @description Identifier the service assigned to the site network. */
            id: string;
            /** @description Display name. */
            name: string;
            /** @description The sites of a `p2p` or `mesh` network. */
            sites?: components["schemas"]["SiteNetworkSite"][];
            /** @description The spokes of a `star` network. */
            spoke_sites?: components["schemas"]["SiteNetworkSite"][];
            state: components["schemas"]["SiteNetworkState"];
            /** @description Tags attached to the site network. */
            tags?: components["schemas"]["Tag"][];
            topology: components["schemas"]["SiteNetworkTopology"];
            /**
             * Format: date-time
             * @description When the site network last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description One site network capability of the account (Huawei's `SiteNetworkCapabilityEntry`). Only the field that
         *     matches `specification` is filled, e.g. `support_regions` for `site-network.support-regions`.
         */
        SiteNetworkCapability: {
            /** @description Billing options for connection bandwidth; `bwd` by bandwidth, `trf` by traffic, `95` and `95avr` by 95th percentile. */
            charge_mode?: ("bwd" | "trf" | "95" | "95avr")[];
            /** @description Account (domain) the capability applies to. */
            domain_id: string;
            /** @description Identifier of the capability entry. */
            id: string;
            /** @description Whether the account may use site networks at all. */
            is_support?: boolean;
            /** @description Whether site networks can be filed under enterprise projects. */
            is_support_enterprise_project?: boolean;
            /** @description Whether both ends of a connection may be in the same region. */
            is_support_intra_region?: boolean;
            /** @description Whether site networks can be tagged. */
            is_support_tag?: boolean;
            size_range?: components["schemas"]["SiteConnectionBandwidthSizeRange"];
            specification: components["schemas"]["SiteNetworkSpecification"];
            /** @description Regions where DSCP marking is supported. */
            support_dscp_regions?: string[];
            /** @description Regions where site networks can be frozen. */
            support_freeze_regions?: string[];
            /** @description Access locations where sites can be placed. */
            support_locations?: string[];
            /** @description Regions where site networks are offered. */
            support_regions?: string[];
            /** @description Topologies the account may create. */
            support_topologies?: components["schemas"]["SiteNetworkTopology"][];
        };
        /** @description One page of the account's site network capabilities. */
        SiteNetworkCapabilityListResponseBody: {
            capabilities: components["schemas"]["SiteNetworkCapability"][];
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description Free-text note about the site network; angle brackets (`<`, `>`) are refused. Huawei documents no length limit. */
        SiteNetworkDescription: string;
        /**
         * @description Kind of gateway a site is reached through; only global DC gateways (`GDGW`) are supported.
         * @enum {string}
         */
        SiteNetworkGatewayType: "GDGW";
        /** @description One page of site networks. */
        SiteNetworkListResponseBody: {
            page_info?: components["schemas"]["PageInfo"];
            request_id: components["schemas"]["RequestId"];
            site_networks: components["schemas"]["SiteNetwork"][];
        };
        /** @description One site network quota of the account and how much of it is used. */
        SiteNetworkQuota: {
            quota_key: components["schemas"]["SiteNetworkQuotaKey"];
            /**
             * Format: int32
             * @description The ceiling.
             */
            quota_limit: number;
            /** @description What the quota counts, e.g. `count`. */
            unit: string;
            /**
             * Format: int32
             * @description How much of the quota is in use.
             */
            used: number;
        };
        /**
         * @description Which site network quota: site networks an account may own, sites in one `mesh` network, spokes of one
         *     `star` network, or sites in one `hybrid` network.
         * @enum {string}
         */
        SiteNetworkQuotaKey: "site_networks_per_account" | "sites_per_mesh_site_network" | "spoke_sites_per_star_site_network" | "sites_per_hybrid_site_network";
        /** @description The account's site network quotas. Huawei returns no `page_info` here even though the operation takes `limit` and `marker`. */
        SiteNetworkQuotaListResponseBody: {
            quotas: components["schemas"]["SiteNetworkQuota"][];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description One site network, as returned by create, show, update and delete. After create and delete it is in a transitional state. */
        SiteNetworkResponseBody: {
            request_id: components["schemas"]["RequestId"];
            site_network: components["schemas"]["SiteNetwork"];
        };
        /** @description A site of a site network as the service reports it. */
        SiteNetworkSite: {
            /**
             * Format: int64
             * @description BGP autonomous system number of the site.
             */
            asn: number;
            /** @description Id of the site's global DC gateway. */
            gateway_id: string;
            gateway_type: components["schemas"]["SiteNetworkGatewayType"];
            /** @description Project that owns the site's gateway. */
            project_id: string;
            /** @description Region of the site's gateway. */
            region_id: string;
            /** @description Code of the access site the gateway is in. */
            site_code: string;
        };
        /**
         * @description Name of a site network capability; the capability entry fills the field that matches the name.
         * @enum {string}
         */
        SiteNetworkSpecification: "site-network.is-support" | "site-network.is-support-enterprise-project" | "site-network.is-support-tag" | "site-network.is-support-intra-region" | "site-network.support-topologies" | "site-network.support-regions" | "site-network.support-dscp-regions" | "site-network.support-freeze-regions" | "site-network.support-locations" | "site-connection-bandwidth.size-range" | "site-connection-bandwidth.charge-mode" | "site-connection-bandwidth.free-line";
        /**
         * @description Lifecycle state of a site network. `CREATING`, `UPDATING`, `DELETING` and `RESTORING` are transitional:
         *     poll ShowSiteNetwork until the state leaves them. `AVAILABLE` means ready, `FAILED` that the last change
         *     did not complete, `NON-COMPLETE` that some of its connections are not fully set up, and `DELETED` that it
         *     is gone.
         * @enum {string}
         */
        SiteNetworkState: "AVAILABLE" | "UPDATING" | "FAILED" | "CREATING" | "DELETING" | "DELETED" | "NON-COMPLETE" | "RESTORING";
        /**
         * @description Shape of a site network: point-to-point (`p2p`), full `mesh`, hub-and-spoke (`star`) or a `hybrid` of these.
         * @enum {string}
         */
        SiteNetworkTopology: "p2p" | "mesh" | "star" | "hybrid";
        /** @description One orderable bandwidth specification and the bandwidth range it allows. */
        SpecificationCodeInfo: {
            billing_mode: components["schemas"]["BandwidthPackageBillingMode"];
            /**
             * Format: int64
             * @description Largest bandwidth allowed, in Mbit/s.
             */
            max_bandwidth?: number;
            /**
             * Format: int64
             * @description Smallest bandwidth allowed, in Mbit/s. The field name really is `mim_bandwidth` (a misspelling of "min" in
             *     Huawei's API); it is kept as the service sends it.
             */
            mim_bandwidth?: number;
            /** @description Specification code to quote when buying a bandwidth package. */
            spec_code: string;
        };
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
            /**
             * @description The tags, at most 20: Huawei's TagCloudConnection page (Chinese edition, 2026-06) allows 20 tags per
             *     resource, so no single call can carry more.
             */
            tags: components["schemas"]["Tag"][];
        };
        /** @description The fields of an authorisation to change; only the name and the description can change. */
        UpdateAuthorisation: {
            description?: components["schemas"]["AuthorisationDescription"];
            name?: components["schemas"]["ResourceName"];
        };
        /** @description Request body of UpdateAuthorisation. */
        UpdateAuthorisationRequestBody: {
            authorisation: components["schemas"]["UpdateAuthorisation"];
        };
        /** @description The fields of a bandwidth package to change; leave a field out to keep it as it is. */
        UpdateBandwidthPackage: {
            /**
             * Format: int32
             * @description New bandwidth of the package in Mbit/s. No Huawei source gives a range for an update (the 2 to 999999 of a new package is not repeated), so the service decides.
             */
            bandwidth?: number;
            /**
             * Format: int32
             * @description Billing mode to switch to: 1 or 2 for yearly/monthly (give `prepaid_options`), 5 or 6 for the 95th
             *     percentile; odd codes for the Chinese mainland website, even codes for the international one.
             * @enum {integer}
             */
            billing_mode?: 1 | 2 | 5 | 6;
            description?: components["schemas"]["BandwidthPackageDescription"];
            name?: components["schemas"]["ResourceName"];
            prepaid_options?: components["schemas"]["UpdateBandwidthPackagePrepaidOptions"];
        };
        /** @description Subscription terms to apply when a bandwidth package moves to yearly/monthly billing. */
        UpdateBandwidthPackagePrepaidOptions: {
            /** @description Pay the order from the account balance at once; leave false to pay in the Billing Center. */
            is_auto_pay?: boolean;
            /** @description Renew the subscription automatically when it ends. */
            is_auto_renew?: boolean;
            /**
             * Format: int32
             * @description Number of periods; 1 to 9 months or 1 to 3 years. Huawei notes the ranges may change with its sales policy.
             */
            period_num?: number;
            /**
             * @description Unit of the subscription period.
             * @enum {string}
             */
            period_type?: "month" | "year";
        };
        /** @description Request body of UpdateBandwidthPackage. */
        UpdateBandwidthPackageRequestBody: {
            bandwidth_package: components["schemas"]["UpdateBandwidthPackage"];
        };
        /** @description The fields of a central network to change; the name, the description and the tags can change. */
        UpdateCentralNetwork: {
            description?: components["schemas"]["CentralNetworkDescription"];
            name?: components["schemas"]["ResourceName"];
            /** @description The tags the central network should carry. */
            tags?: components["schemas"]["Tag"][];
        };
        /**
         * @description The new bandwidth of a connection. With `BandwidthPackage`, name the global connection bandwidth to draw
         *     from and the size; the sizes of all connections drawing on one global connection bandwidth cannot add up
         *     to more than its capacity. With `TestBandwidth`, give neither.
         */
        UpdateCentralNetworkConnection: {
            /**
             * Format: int64
             * @description Bandwidth in Mbit/s; needed with `BandwidthPackage`, left out with `TestBandwidth`.
             */
            bandwidth_size?: number;
            bandwidth_type: components["schemas"]["CentralNetworkBandwidthType"];
            /** @description Global connection bandwidth to draw from; needed with `BandwidthPackage`. */
            global_connection_bandwidth_id?: string;
        };
        /** @description Request body of UpdateCentralNetworkConnection. */
        UpdateCentralNetworkConnectionRequestBody: {
            central_network_connection: components["schemas"]["UpdateCentralNetworkConnection"];
        };
        /** @description The fields of a route-table attachment to change; only the name and the description can change. */
        UpdateCentralNetworkErRouteTableAttachment: {
            description?: components["schemas"]["CentralNetworkDescription"];
            name?: components["schemas"]["ResourceName"];
        };
        /** @description Request body of UpdateCentralNetworkErRouteTableAttachment. */
        UpdateCentralNetworkErRouteTableAttachmentRequestBody: {
            central_network_er_route_table_attachment: components["schemas"]["UpdateCentralNetworkErRouteTableAttachment"];
        };
        /** @description The fields of a global DC gateway attachment to change; only the name and the description can change. */
        UpdateCentralNetworkGdgwAttachment: {
            description?: components["schemas"]["CentralNetworkDescription"];
            name?: components["schemas"]["ResourceName"];
        };
        /** @description Request body of UpdateCentralNetworkGdgwAttachment. */
        UpdateCentralNetworkGdgwAttachmentRequestBody: {
            central_network_gdgw_attachment: components["schemas"]["UpdateCentralNetworkGdgwAttachment"];
        };
        /** @description Request body of UpdateCentralNetwork. */
        UpdateCentralNetworkRequestBody: {
            central_network: components["schemas"]["UpdateCentralNetwork"];
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
        /** @description The fields of a global connection bandwidth to change; fields left out keep their value. */
        UpdateGlobalConnectionBandwidth: {
            binding_service?: components["schemas"]["GlobalConnectionBandwidthBindingService"];
            charge_mode?: components["schemas"]["GlobalConnectionBandwidthChargeMode"];
            description?: components["schemas"]["GlobalConnectionBandwidthDescription"];
            name?: components["schemas"]["ResourceName"];
            /**
             * Format: int32
             * @description New capacity, 2 to 300 Mbit/s; it takes effect at once.
             */
            size?: number;
            sla_level?: components["schemas"]["GlobalConnectionBandwidthSlaLevel"];
            /** @description Id of the line specification code to switch to. */
            spec_code_id?: string;
        };
        /** @description Request body of UpdateGlobalConnectionBandwidth. */
        UpdateGlobalConnectionBandwidthRequestBody: {
            globalconnection_bandwidth: components["schemas"]["UpdateGlobalConnectionBandwidth"];
        };
        /** @description The new size of an inter-region bandwidth; nothing else about it can change. */
        UpdateInterRegionBandwidth: {
            /**
             * Format: int32
             * @description New bandwidth in Mbit/s; no Huawei source gives a range, so the service decides.
             */
            bandwidth: number;
        };
        /** @description Request body of UpdateInterRegionBandwidth. */
        UpdateInterRegionBandwidthRequestBody: {
            inter_region_bandwidth: components["schemas"]["UpdateInterRegionBandwidth"];
        };
        /** @description The fields of a network instance to change; leave a field out to keep it as it is. */
        UpdateNetworkInstance: {
            cidrs?: components["schemas"]["NetworkInstanceCidrs"];
            description?: components["schemas"]["NetworkInstanceDescription"];
            name?: components["schemas"]["ResourceName"];
        };
        /** @description Request body of UpdateNetworkInstance. */
        UpdateNetworkInstanceRequestBody: {
            network_instance: components["schemas"]["UpdateNetworkInstance"];
        };
        /** @description The global connection bandwidth a site-to-site connection should draw from instead of its current one. */
        UpdateSiteConnectionBandwidth: {
            /**
             * Format: int64
             * @description Bandwidth to assign to the connection from the new global connection bandwidth, in Mbit/s.
             */
            bandwidth_size?: number;
            /** @description Id of the global connection bandwidth to switch to. */
            global_connection_bandwidth_id?: string;
        };
        /** @description Request body of UpdateSiteNetworkBandwidth. */
        UpdateSiteConnectionBandwidthRequestBody: {
            site_connection: components["schemas"]["UpdateSiteConnectionBandwidth"];
        };
        /** @description The new amount of bandwidth for a site-to-site connection. */
        UpdateSiteConnectionBandwidthSize: {
            /**
             * Format: int64
             * @description Bandwidth to assign to the connection, in Mbit/s. The allowed range is reported by ListSiteNetworkCapabilities (`site-connection-bandwidth.size-range`).
             */
            bandwidth_size?: number;
        };
        /** @description Request body of UpdateSiteNetworkBandwidthSize. */
        UpdateSiteConnectionBandwidthSizeRequestBody: {
            site_connection: components["schemas"]["UpdateSiteConnectionBandwidthSize"];
        };
        /** @description The fields of a site network to change; fields left out keep their value. */
        UpdateSiteNetwork: {
            description?: components["schemas"]["SiteNetworkDescription"];
            name?: components["schemas"]["ResourceName"];
            /** @description The site network's tags. */
            tags?: components["schemas"]["Tag"][];
        };
        /** @description Request body of UpdateSiteNetwork. */
        UpdateSiteNetworkRequestBody: {
            site_network: components["schemas"]["UpdateSiteNetwork"];
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
        /** @description The request conflicts with the current state of the resource. Huawei lists 409 among its status codes but documents no error code for it; the example's CC.1409 is this project's stand-in. */
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
        /** @description No resource with this id exists in the account. Huawei documents no error code for this case; the example's CC.1404 is this project's stand-in, also used by the emulator. */
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
        /**
         * @description Most specifications to return, 1 to 2000 (Huawei's page and the SDK agree here). This list pages with `limit`
         *     and `offset` rather than `marker`.
         */
        AreaBandwidthPackageSpecificationLimit: number;
        /** @description Only entries for one of these cloud connections. Repeat the key for several values. */
        AuthorisationCloudConnectionIdFilter: string[];
        /** @description Id of the authorisation. */
        AuthorisationId: string;
        /** @description Only entries covering one of these network instances. Repeat the key for several values. */
        AuthorisationInstanceIdFilter: string[];
        /**
         * @description Most entries to return on one page, 1 to 2000 (the SDK's range, which the newer pages share; the 2024 pages
         *     of ListAuthorisations and ListPermissions printed 1–1000). Without it Huawei's pages give a default of 1000.
         *     Huawei applies it together with `marker`.
         */
        AuthorisationLimit: number;
        /**
         * @description Only bandwidth packages billed in one of these modes, given as the integer codes of `billing_mode`
         *     (Huawei's SDK types this filter as strings; the query string is the same, `?billing_mode=5`). Repeat the
         *     key for several values.
         */
        BandwidthPackageBillingModeFilter: components["schemas"]["BandwidthPackageBillingMode"][];
        /** @description Only bandwidth packages of one of these cloud connections. Repeat the key for several values. */
        BandwidthPackageCloudConnectionIdFilter: string[];
        /**
         * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
         *     digits and hyphens.
         */
        BandwidthPackageId: string;
        /**
         * @description Most bandwidth packages to return on one page, 1 to 2000 (the SDK's range; the 2024 page printed 1–1000,
         *     which a call within 2000 also satisfies). Huawei applies it together with `marker`.
         */
        BandwidthPackageLimit: number;
        /** @description Only bandwidth packages bound to one of these resources (cloud connection ids). Repeat the key for several values. */
        BandwidthPackageResourceIdFilter: string[];
        /** @description Only bandwidth packages in one of these states. Repeat the key for several values. */
        BandwidthPackageStatusFilter: components["schemas"]["BandwidthPackageStatus"][];
        /**
         * @description Id of the bandwidth package; it must be bound to the cloud connection the body names. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
         *     digits and hyphens.
         * @example c4f5ee83-a208-4708-a266-4de9e459e22e
         */
        BoundBandwidthPackageId: string;
        /** @description Id of the attachment, of either kind. */
        CentralNetworkAttachmentId: string;
        /** @description Only items involving one of these attached instances (global DC gateway or route table ids). Repeat the key for several values. */
        CentralNetworkAttachmentInstanceIdFilter: string[];
        /** @description Only attachments of one of these kinds. Repeat the key for several values. */
        CentralNetworkAttachmentInstanceTypeFilter: components["schemas"]["CentralNetworkAttachmentInstanceType"][];
        /** @description Only connections whose bandwidth comes from this source. */
        CentralNetworkBandwidthTypeFilter: components["schemas"]["CentralNetworkBandwidthType"];
        /** @description Only these capabilities. Repeat the key for several values. */
        CentralNetworkCapabilityFilter: components["schemas"]["CentralNetworkCapabilityName"][];
        /** @description Id of the central network connection. */
        CentralNetworkConnectionId: string;
        /** @description Only central networks holding one of these connections. Repeat the key for several values. */
        CentralNetworkConnectionIdFilter: string[];
        /** @description Only connections or attachments in one of these states. Repeat the key for several values. */
        CentralNetworkConnectionStateFilter: components["schemas"]["CentralNetworkConnectionState"][];
        /** @description Only connections of this type. */
        CentralNetworkConnectionTypeFilter: components["schemas"]["CentralNetworkConnectionType"];
        /** @description Only central networks that one of these enterprise routers has joined. Repeat the key for several values. */
        CentralNetworkEnterpriseRouterIdFilter: string[];
        /** @description Id of the route-table attachment. */
        CentralNetworkErRouteTableAttachmentId: string;
        /** @description Id of the global DC gateway attachment. */
        CentralNetworkGdgwAttachmentId: string;
        /** @description Only items drawing on one of these global connection bandwidths. Repeat the key for several values. */
        CentralNetworkGlobalConnectionBandwidthIdFilter: string[];
        /** @description Only attachments of one of these global DC gateways. Repeat the key for several values. */
        CentralNetworkGlobalDcGatewayIdFilter: string[];
        /** @description Id of the central network. */
        CentralNetworkId: string;
        /** @description With `true`, only connections between different regions; with `false`, only connections within one region. */
        CentralNetworkIsCrossRegionFilter: boolean;
        /** @description Id of the policy version. */
        CentralNetworkPolicyId: string;
        /**
         * @description Id of the policy version to delete; its example is a version that is not in force.
         * @example 9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
         */
        CentralNetworkPolicyIdNotInForce: string;
        /** @description With `true`, only the version in force; with `false`, only the others. */
        CentralNetworkPolicyIsAppliedFilter: boolean;
        /** @description Only policy versions in one of these states. Repeat the key for several values. */
        CentralNetworkPolicyStateFilter: components["schemas"]["CentralNetworkPolicyState"][];
        /** @description Only these version numbers. Repeat the key for several values. (Huawei's SDK wraps each value in an object; on the wire it is a plain integer.) */
        CentralNetworkPolicyVersionFilter: number[];
        /** @description Only these quotas. Repeat the key for several values. */
        CentralNetworkQuotaTypeFilter: components["schemas"]["CentralNetworkQuotaKey"][];
        /** @description Only central networks in one of these states. Repeat the key for several values. */
        CentralNetworkStateFilter: components["schemas"]["CentralNetworkState"][];
        /**
         * @description Most capabilities to return, 1 to 2000 (the SDK's range). Accepted, but the answer carries no `page_info`,
         *     so there is no marker to continue from.
         */
        CloudConnectionCapabilityLimit: number;
        /** @description Only the capability with this name, e.g. `bwp95` or `ipv6` (see `CloudConnectionCapabilityKey`). */
        CloudConnectionCapabilityResourceTypeFilter: string;
        /**
         * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
         *     digits and hyphens.
         */
        CloudConnectionId: string;
        /** @description Most cloud connections to return on one page, 1 to 1000 (the range Huawei documents for this list). Huawei applies it together with `marker`. */
        CloudConnectionLimit: number;
        /**
         * @description Cloud connection whose quota to report; needed for `cloud_connection_region`, `cloud_connection_route` and
         *     `region_network_instance`.
         */
        CloudConnectionQuotaCloudConnectionIdFilter: string;
        /**
         * @description Most quotas to return, 1 to 2000 (the SDK's range; the 2024 page printed 1–1000). Without it Huawei's page
         *     gives a default of 1000. Accepted, but the answer carries no `page_info`, so there is no marker to continue from.
         */
        CloudConnectionQuotaLimit: number;
        /** @description Region whose quota to report; needed for `region_network_instance`. */
        CloudConnectionQuotaRegionIdFilter: string;
        /**
         * @description Which quota to report. Huawei's reference pages mark it mandatory while the SDK leaves it optional; it is
         *     required here because a call that names the quota is accepted either way.
         */
        CloudConnectionQuotaTypeFilter: components["schemas"]["CloudConnectionQuotaType"];
        /** @description Only routes of one of these cloud connections. Repeat the key for several values. */
        CloudConnectionRouteCloudConnectionIdFilter: string[];
        /** @description Id of the cloud connection route. */
        CloudConnectionRouteId: string;
        /** @description Only the route with this id. Unlike most ccaas id filters, this one takes a single value. */
        CloudConnectionRouteIdFilter: string;
        /** @description Only routes whose next hop is one of these network instances. Repeat the key for several values. */
        CloudConnectionRouteInstanceIdFilter: string[];
        /** @description Most routes to return on one page, 1 to 2000 (the SDK's range). Huawei applies it together with `marker`. */
        CloudConnectionRouteLimit: number;
        /** @description Only routes whose next hop lives in this region. */
        CloudConnectionRouteRegionIdFilter: string;
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
        /**
         * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
         * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
         */
        GcbResourceId: string;
        /** @description Most resources to return, 1 to 1000 (the range an older Huawei doc edition prints; the SDK states none). Used together with `offset`; this query is not marker-paged. */
        GcbResourceLimit: number;
        /** @description Key of the tag to remove (percent-encode characters that are not URL-safe). */
        GcbTagKey: string;
        /** @description Only bandwidths in one of these administrative states. Repeat the key for several values. */
        GlobalConnectionBandwidthAdminStateFilter: components["schemas"]["GlobalConnectionBandwidthAdminState"][];
        /** @description Only bandwidths that may be bound to instances of one of these kinds. Repeat the key for several values. */
        GlobalConnectionBandwidthBindingServiceFilter: ("CC" | "GEIP" | "GCN" | "GSN")[];
        /** @description Only bandwidths billed in one of these ways (`95` is a string value). Repeat the key for several values. */
        GlobalConnectionBandwidthChargeModeFilter: components["schemas"]["GlobalConnectionBandwidthChargeMode"][];
        /** @description Id of the global connection bandwidth. */
        GlobalConnectionBandwidthId: string;
        /** @description Only bandwidths bound to one of these instances. Repeat the key for several values. */
        GlobalConnectionBandwidthInstanceIdFilter: string[];
        /** @description Only bandwidths bound to instances of one of these kinds (`CC`, `GEIP`, `GCN`, `GSN`). Repeat the key for several values. */
        GlobalConnectionBandwidthInstanceTypeFilter: ("CC" | "GEIP" | "GCN" | "GSN")[];
        /** @description Only entries offering one of these line classes (`Pt` or `Ag`). Repeat the key for several values. */
        GlobalConnectionBandwidthLineLevelsFilter: ("Pt" | "Ag")[];
        /** @description Only entries whose local access point has this site code. */
        GlobalConnectionBandwidthLocalAreaFilter: string;
        /** @description Only entries whose remote access point has this site code. */
        GlobalConnectionBandwidthRemoteAreaFilter: string;
        /** @description Kind of instance the bandwidth is to be bound to; only bandwidths usable for it are listed. */
        GlobalConnectionBandwidthRequiredBindingService: "CC" | "GEIP" | "GCN" | "GSN";
        /** @description Only the site with this site code. */
        GlobalConnectionBandwidthSiteCodeFilter: string;
        /** @description Only the site with this Chinese name. */
        GlobalConnectionBandwidthSiteNameCnFilter: string;
        /** @description Only the site with this English name. */
        GlobalConnectionBandwidthSiteNameEnFilter: string;
        /** @description Only sites of this level. */
        GlobalConnectionBandwidthSiteTypeFilter: components["schemas"]["GlobalConnectionBandwidthSiteType"];
        /** @description Only specification codes of one of these line classes. Repeat the key for several values. */
        GlobalConnectionBandwidthSpecCodeLevelFilter: components["schemas"]["GlobalConnectionBandwidthSlaLevel"][];
        /** @description Only bandwidths of one of these types. Repeat the key for several values. */
        GlobalConnectionBandwidthTypeFilter: components["schemas"]["GlobalConnectionBandwidthType"][];
        /**
         * @description Id of the cloud connection or bandwidth package.
         * @example 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6
         */
        HistoricalResourceId: string;
        /** @description Kind of resource, in the singular form these historical paths use. */
        HistoricalResourceType: components["schemas"]["HistoricalTagResourceType"];
        /** @description Key of the tag to remove. */
        HistoricalTagKey: string;
        /** @description Only resources with one of these ids. Repeat the key for several values. */
        IdFilter: string[];
        /** @description Only inter-region bandwidths taken from one of these bandwidth packages. Repeat the key for several values. */
        InterRegionBandwidthBandwidthPackageIdFilter: string[];
        /** @description Only inter-region bandwidths of one of these cloud connections. Repeat the key for several values. */
        InterRegionBandwidthCloudConnectionIdFilter: string[];
        /** @description Id of the inter-region bandwidth. */
        InterRegionBandwidthId: string;
        /**
         * @description Most inter-region bandwidths to return on one page, 1 to 2000, 2000 when absent (the Chinese edition of
         *     ListInterRegionBandwidths, 2026-06; the 2024 pages printed 1–1000, default 1000). Huawei applies it together with
         *     `marker`.
         */
        InterRegionBandwidthLimit: number;
        /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
        Limit: number;
        /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
        Marker: string;
        /** @description Only resources with one of these names. Repeat the key for several values. */
        NameFilter: string[];
        /** @description Only network instances of one of these cloud connections. Repeat the key for several values. */
        NetworkInstanceCloudConnectionIdFilter: string[];
        /** @description Id of the network instance. */
        NetworkInstanceId: string;
        /** @description Only network instances that load one of these VPCs or virtual gateways. Repeat the key for several values. */
        NetworkInstanceInstanceIdFilter: string[];
        /**
         * @description Most network instances to return on one page, 1 to 2000, 2000 when absent (the SDK and the
         *     ListNetworkInstances page agree). Huawei applies it together with `marker`.
         */
        NetworkInstanceLimit: number;
        /** @description Only network instances in one of these regions. Repeat the key for several values. */
        NetworkInstanceRegionIdFilter: string[];
        /** @description Only network instances in one of these states; Huawei documents `ACTIVE` as the default. Repeat the key for several values. */
        NetworkInstanceStatusFilter: components["schemas"]["NetworkInstanceStatus"][];
        /** @description Only network instances of one of these kinds. Repeat the key for several values. */
        NetworkInstanceTypeFilter: components["schemas"]["NetworkInstanceType"][];
        /** @description How many items to skip before the first one returned. */
        Offset: number;
        /**
         * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
         * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
         */
        SiteConnectionId: string;
        /** @description Only site networks holding one of these site-to-site connections. Repeat the key for several values. */
        SiteNetworkConnectionIdFilter: string[];
        /** @description Only site networks with a connection drawing from one of these global connection bandwidths. Repeat the key for several values. */
        SiteNetworkGlobalConnectionBandwidthIdFilter: string[];
        /** @description Only site networks with a site on one of these global DC gateways. Repeat the key for several values. */
        SiteNetworkGlobalDcGatewayIdFilter: string[];
        /** @description Id of the site network. */
        SiteNetworkId: string;
        /** @description Only these quotas. Repeat the key for several values. */
        SiteNetworkQuotaTypeFilter: components["schemas"]["SiteNetworkQuotaKey"][];
        /** @description Only these capabilities. Repeat the key for several values. */
        SiteNetworkSpecificationFilter: components["schemas"]["SiteNetworkSpecification"][];
        /** @description Only site networks in one of these states. Repeat the key for several values. */
        SiteNetworkStateFilter: components["schemas"]["SiteNetworkState"][];
        /** @description Sort direction, `asc` or `desc`. */
        SortDir: "asc" | "desc";
        /** @description Field to sort the list by. */
        SortKey: string;
        /** @description Only entries of this bandwidth class (a `level` code from ListBandwidthPackageLevels). */
        SpecificationLevelFilter: string;
        /**
         * @description Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
         *     it together with `marker`.
         */
        SpecificationLimit: number;
        /** @description Only specifications with one of these areas at one end, e.g. `Chinese-Mainland`. Repeat the key for several values. */
        SpecificationLocalAreaIdFilter: string[];
        /** @description Only specifications with this region at one end. */
        SpecificationLocalRegionIdFilter: string;
        /** @description Only entries whose name contains this text (a fuzzy match, one value). */
        SpecificationNameFilter: string;
        /** @description Only sites in this region. */
        SpecificationRegionIdFilter: string;
        /** @description Only specifications with one of these areas at the other end, e.g. `Asia-Pacific`. Repeat the key for several values. */
        SpecificationRemoteAreaIdFilter: string[];
        /** @description Only specifications with this region at the other end. */
        SpecificationRemoteRegionIdFilter: string;
        /** @description Only the site with this code. */
        SpecificationSiteCodeFilter: string;
    };
    requestBodies: never;
    headers: {
        /** @description Identifier of this request on Huawei's side; quote it when contacting support. */
        XRequestId: string;
    };
    pathItems: never;
}
export type ApplyCentralNetworkPolicyResponseBody = components['schemas']['ApplyCentralNetworkPolicyResponseBody'];
export type AreaBandwidthPackageSpecification = components['schemas']['AreaBandwidthPackageSpecification'];
export type AreaBandwidthPackageSpecificationListResponseBody = components['schemas']['AreaBandwidthPackageSpecificationListResponseBody'];
export type AssociateErInstanceDocument = components['schemas']['AssociateErInstanceDocument'];
export type AssociateErTableDocument = components['schemas']['AssociateErTableDocument'];
export type AssociateSiteConnectionBandwidth = components['schemas']['AssociateSiteConnectionBandwidth'];
export type AssociateSiteConnectionBandwidthRequestBody = components['schemas']['AssociateSiteConnectionBandwidthRequestBody'];
export type Authorisation = components['schemas']['Authorisation'];
export type AuthorisationDescription = components['schemas']['AuthorisationDescription'];
export type AuthorisationInstanceType = components['schemas']['AuthorisationInstanceType'];
export type AuthorisationListResponseBody = components['schemas']['AuthorisationListResponseBody'];
export type AuthorisationResponseBody = components['schemas']['AuthorisationResponseBody'];
export type BandwidthPackage = components['schemas']['BandwidthPackage'];
export type BandwidthPackageAreaId = components['schemas']['BandwidthPackageAreaId'];
export type BandwidthPackageBillingMode = components['schemas']['BandwidthPackageBillingMode'];
export type BandwidthPackageBinding = components['schemas']['BandwidthPackageBinding'];
export type BandwidthPackageBindingRequestBody = components['schemas']['BandwidthPackageBindingRequestBody'];
export type BandwidthPackageChargeMode = components['schemas']['BandwidthPackageChargeMode'];
export type BandwidthPackageDescription = components['schemas']['BandwidthPackageDescription'];
export type BandwidthPackageInterflowMode = components['schemas']['BandwidthPackageInterflowMode'];
export type BandwidthPackageLevel = components['schemas']['BandwidthPackageLevel'];
export type BandwidthPackageLevelListResponseBody = components['schemas']['BandwidthPackageLevelListResponseBody'];
export type BandwidthPackageLine = components['schemas']['BandwidthPackageLine'];
export type BandwidthPackageLineListResponseBody = components['schemas']['BandwidthPackageLineListResponseBody'];
export type BandwidthPackageLineSpecCode = components['schemas']['BandwidthPackageLineSpecCode'];
export type BandwidthPackageListResponseBody = components['schemas']['BandwidthPackageListResponseBody'];
export type BandwidthPackagePrepaidOptions = components['schemas']['BandwidthPackagePrepaidOptions'];
export type BandwidthPackageResourceType = components['schemas']['BandwidthPackageResourceType'];
export type BandwidthPackageResponseBody = components['schemas']['BandwidthPackageResponseBody'];
export type BandwidthPackageSite = components['schemas']['BandwidthPackageSite'];
export type BandwidthPackageSiteListResponseBody = components['schemas']['BandwidthPackageSiteListResponseBody'];
export type BandwidthPackageStatus = components['schemas']['BandwidthPackageStatus'];
export type CentralNetwork = components['schemas']['CentralNetwork'];
export type CentralNetworkApprovedState = components['schemas']['CentralNetworkApprovedState'];
export type CentralNetworkAttachment = components['schemas']['CentralNetworkAttachment'];
export type CentralNetworkAttachmentErRouteTable = components['schemas']['CentralNetworkAttachmentErRouteTable'];
export type CentralNetworkAttachmentGdgw = components['schemas']['CentralNetworkAttachmentGdgw'];
export type CentralNetworkAttachmentInstanceType = components['schemas']['CentralNetworkAttachmentInstanceType'];
export type CentralNetworkAttachmentListResponseBody = components['schemas']['CentralNetworkAttachmentListResponseBody'];
export type CentralNetworkAttachmentResponseBody = components['schemas']['CentralNetworkAttachmentResponseBody'];
export type CentralNetworkAttachmentSpecificationValueInfo = components['schemas']['CentralNetworkAttachmentSpecificationValueInfo'];
export type CentralNetworkBandwidthType = components['schemas']['CentralNetworkBandwidthType'];
export type CentralNetworkCapability = components['schemas']['CentralNetworkCapability'];
export type CentralNetworkCapabilityListResponseBody = components['schemas']['CentralNetworkCapabilityListResponseBody'];
export type CentralNetworkCapabilityName = components['schemas']['CentralNetworkCapabilityName'];
export type CentralNetworkConnection = components['schemas']['CentralNetworkConnection'];
export type CentralNetworkConnectionInfo = components['schemas']['CentralNetworkConnectionInfo'];
export type CentralNetworkConnectionListResponseBody = components['schemas']['CentralNetworkConnectionListResponseBody'];
export type CentralNetworkConnectionPoint = components['schemas']['CentralNetworkConnectionPoint'];
export type CentralNetworkConnectionPointType = components['schemas']['CentralNetworkConnectionPointType'];
export type CentralNetworkConnectionResponseBody = components['schemas']['CentralNetworkConnectionResponseBody'];
export type CentralNetworkConnectionState = components['schemas']['CentralNetworkConnectionState'];
export type CentralNetworkConnectionType = components['schemas']['CentralNetworkConnectionType'];
export type CentralNetworkDescription = components['schemas']['CentralNetworkDescription'];
export type CentralNetworkElementChange = components['schemas']['CentralNetworkElementChange'];
export type CentralNetworkElementChangeOperationId = components['schemas']['CentralNetworkElementChangeOperationId'];
export type CentralNetworkErInstance = components['schemas']['CentralNetworkErInstance'];
export type CentralNetworkErRouteTableAttachment = components['schemas']['CentralNetworkErRouteTableAttachment'];
export type CentralNetworkErRouteTableAttachmentListResponseBody = components['schemas']['CentralNetworkErRouteTableAttachmentListResponseBody'];
export type CentralNetworkErRouteTableAttachmentResponseBody = components['schemas']['CentralNetworkErRouteTableAttachmentResponseBody'];
export type CentralNetworkGdgwAttachment = components['schemas']['CentralNetworkGdgwAttachment'];
export type CentralNetworkGdgwAttachmentListResponseBody = components['schemas']['CentralNetworkGdgwAttachmentListResponseBody'];
export type CentralNetworkGdgwAttachmentResponseBody = components['schemas']['CentralNetworkGdgwAttachmentResponseBody'];
export type CentralNetworkHostedCloud = components['schemas']['CentralNetworkHostedCloud'];
export type CentralNetworkListResponseBody = components['schemas']['CentralNetworkListResponseBody'];
export type CentralNetworkPlane = components['schemas']['CentralNetworkPlane'];
export type CentralNetworkPlaneDocument = components['schemas']['CentralNetworkPlaneDocument'];
export type CentralNetworkPolicy = components['schemas']['CentralNetworkPolicy'];
export type CentralNetworkPolicyChangeSetListResponseBody = components['schemas']['CentralNetworkPolicyChangeSetListResponseBody'];
export type CentralNetworkPolicyDocument = components['schemas']['CentralNetworkPolicyDocument'];
export type CentralNetworkPolicyDocumentTemplateVersion = components['schemas']['CentralNetworkPolicyDocumentTemplateVersion'];
export type CentralNetworkPolicyListResponseBody = components['schemas']['CentralNetworkPolicyListResponseBody'];
export type CentralNetworkPolicyResponseBody = components['schemas']['CentralNetworkPolicyResponseBody'];
export type CentralNetworkPolicyState = components['schemas']['CentralNetworkPolicyState'];
export type CentralNetworkQuota = components['schemas']['CentralNetworkQuota'];
export type CentralNetworkQuotaKey = components['schemas']['CentralNetworkQuotaKey'];
export type CentralNetworkQuotaListResponseBody = components['schemas']['CentralNetworkQuotaListResponseBody'];
export type CentralNetworkResponseBody = components['schemas']['CentralNetworkResponseBody'];
export type CentralNetworkState = components['schemas']['CentralNetworkState'];
export type CloudConnection = components['schemas']['CloudConnection'];
export type CloudConnectionArea = components['schemas']['CloudConnectionArea'];
export type CloudConnectionAreaListResponseBody = components['schemas']['CloudConnectionAreaListResponseBody'];
export type CloudConnectionCapability = components['schemas']['CloudConnectionCapability'];
export type CloudConnectionCapabilityKey = components['schemas']['CloudConnectionCapabilityKey'];
export type CloudConnectionCapabilityListResponseBody = components['schemas']['CloudConnectionCapabilityListResponseBody'];
export type CloudConnectionDescription = components['schemas']['CloudConnectionDescription'];
export type CloudConnectionDomainBandwidthValue = components['schemas']['CloudConnectionDomainBandwidthValue'];
export type CloudConnectionListResponseBody = components['schemas']['CloudConnectionListResponseBody'];
export type CloudConnectionPermission = components['schemas']['CloudConnectionPermission'];
export type CloudConnectionPermissionListResponseBody = components['schemas']['CloudConnectionPermissionListResponseBody'];
export type CloudConnectionQuota = components['schemas']['CloudConnectionQuota'];
export type CloudConnectionQuotaListResponseBody = components['schemas']['CloudConnectionQuotaListResponseBody'];
export type CloudConnectionQuotaType = components['schemas']['CloudConnectionQuotaType'];
export type CloudConnectionRegion = components['schemas']['CloudConnectionRegion'];
export type CloudConnectionRegionListResponseBody = components['schemas']['CloudConnectionRegionListResponseBody'];
export type CloudConnectionResponseBody = components['schemas']['CloudConnectionResponseBody'];
export type CloudConnectionRoute = components['schemas']['CloudConnectionRoute'];
export type CloudConnectionRouteListResponseBody = components['schemas']['CloudConnectionRouteListResponseBody'];
export type CloudConnectionRouteResponseBody = components['schemas']['CloudConnectionRouteResponseBody'];
export type CloudConnectionRouteType = components['schemas']['CloudConnectionRouteType'];
export type CloudConnectionStatus = components['schemas']['CloudConnectionStatus'];
export type CloudConnectionUsedScene = components['schemas']['CloudConnectionUsedScene'];
export type CreateAuthorisation = components['schemas']['CreateAuthorisation'];
export type CreateAuthorisationRequestBody = components['schemas']['CreateAuthorisationRequestBody'];
export type CreateBandwidthPackage = components['schemas']['CreateBandwidthPackage'];
export type CreateBandwidthPackageRequestBody = components['schemas']['CreateBandwidthPackageRequestBody'];
export type CreateCentralNetwork = components['schemas']['CreateCentralNetwork'];
export type CreateCentralNetworkErRouteTableAttachment = components['schemas']['CreateCentralNetworkErRouteTableAttachment'];
export type CreateCentralNetworkErRouteTableAttachmentRequestBody = components['schemas']['CreateCentralNetworkErRouteTableAttachmentRequestBody'];
export type CreateCentralNetworkGdgwAttachment = components['schemas']['CreateCentralNetworkGdgwAttachment'];
export type CreateCentralNetworkGdgwAttachmentRequestBody = components['schemas']['CreateCentralNetworkGdgwAttachmentRequestBody'];
export type CreateCentralNetworkPolicyRequestBody = components['schemas']['CreateCentralNetworkPolicyRequestBody'];
export type CreateCentralNetworkRequestBody = components['schemas']['CreateCentralNetworkRequestBody'];
export type CreateCloudConnection = components['schemas']['CreateCloudConnection'];
export type CreateCloudConnectionRequestBody = components['schemas']['CreateCloudConnectionRequestBody'];
export type CreateGlobalConnectionBandwidth = components['schemas']['CreateGlobalConnectionBandwidth'];
export type CreateGlobalConnectionBandwidthRequestBody = components['schemas']['CreateGlobalConnectionBandwidthRequestBody'];
export type CreateInterRegionBandwidth = components['schemas']['CreateInterRegionBandwidth'];
export type CreateInterRegionBandwidthRequestBody = components['schemas']['CreateInterRegionBandwidthRequestBody'];
export type CreateNetworkInstance = components['schemas']['CreateNetworkInstance'];
export type CreateNetworkInstanceRequestBody = components['schemas']['CreateNetworkInstanceRequestBody'];
export type CreateP2PSiteNetwork = components['schemas']['CreateP2PSiteNetwork'];
export type CreateP2PSiteNetworkRequestBody = components['schemas']['CreateP2PSiteNetworkRequestBody'];
export type CreateSiteNetworkSite = components['schemas']['CreateSiteNetworkSite'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ExcludeErConnectionDocument = components['schemas']['ExcludeErConnectionDocument'];
export type GcbQueryTag = components['schemas']['GcbQueryTag'];
export type GcbRequiredTag = components['schemas']['GcbRequiredTag'];
export type GcbResource = components['schemas']['GcbResource'];
export type GcbResourceByTagRequestBody = components['schemas']['GcbResourceByTagRequestBody'];
export type GcbResourceCountResponseBody = components['schemas']['GcbResourceCountResponseBody'];
export type GcbResourceListResponseBody = components['schemas']['GcbResourceListResponseBody'];
export type GcbResourceTagListResponseBody = components['schemas']['GcbResourceTagListResponseBody'];
export type GcbTagMatch = components['schemas']['GcbTagMatch'];
export type GcbTagRequestBody = components['schemas']['GcbTagRequestBody'];
export type GcbTagsRequestBody = components['schemas']['GcbTagsRequestBody'];
export type GcbTenantTagListResponseBody = components['schemas']['GcbTenantTagListResponseBody'];
export type GlobalConnectionBandwidth = components['schemas']['GlobalConnectionBandwidth'];
export type GlobalConnectionBandwidthAdminState = components['schemas']['GlobalConnectionBandwidthAdminState'];
export type GlobalConnectionBandwidthArea = components['schemas']['GlobalConnectionBandwidthArea'];
export type GlobalConnectionBandwidthBindingService = components['schemas']['GlobalConnectionBandwidthBindingService'];
export type GlobalConnectionBandwidthChargeMode = components['schemas']['GlobalConnectionBandwidthChargeMode'];
export type GlobalConnectionBandwidthConfigs = components['schemas']['GlobalConnectionBandwidthConfigs'];
export type GlobalConnectionBandwidthConfigsResponseBody = components['schemas']['GlobalConnectionBandwidthConfigsResponseBody'];
export type GlobalConnectionBandwidthDescription = components['schemas']['GlobalConnectionBandwidthDescription'];
export type GlobalConnectionBandwidthDirectionalConnection = components['schemas']['GlobalConnectionBandwidthDirectionalConnection'];
export type GlobalConnectionBandwidthInstance = components['schemas']['GlobalConnectionBandwidthInstance'];
export type GlobalConnectionBandwidthInstanceBinding = components['schemas']['GlobalConnectionBandwidthInstanceBinding'];
export type GlobalConnectionBandwidthInstanceBindingResult = components['schemas']['GlobalConnectionBandwidthInstanceBindingResult'];
export type GlobalConnectionBandwidthInstancesRequestBody = components['schemas']['GlobalConnectionBandwidthInstancesRequestBody'];
export type GlobalConnectionBandwidthInstancesResponseBody = components['schemas']['GlobalConnectionBandwidthInstancesResponseBody'];
export type GlobalConnectionBandwidthLineLevel = components['schemas']['GlobalConnectionBandwidthLineLevel'];
export type GlobalConnectionBandwidthLineLevelListResponseBody = components['schemas']['GlobalConnectionBandwidthLineLevelListResponseBody'];
export type GlobalConnectionBandwidthListResponseBody = components['schemas']['GlobalConnectionBandwidthListResponseBody'];
export type GlobalConnectionBandwidthQuota = components['schemas']['GlobalConnectionBandwidthQuota'];
export type GlobalConnectionBandwidthResponseBody = components['schemas']['GlobalConnectionBandwidthResponseBody'];
export type GlobalConnectionBandwidthSite = components['schemas']['GlobalConnectionBandwidthSite'];
export type GlobalConnectionBandwidthSiteGroup = components['schemas']['GlobalConnectionBandwidthSiteGroup'];
export type GlobalConnectionBandwidthSiteListResponseBody = components['schemas']['GlobalConnectionBandwidthSiteListResponseBody'];
export type GlobalConnectionBandwidthSiteType = components['schemas']['GlobalConnectionBandwidthSiteType'];
export type GlobalConnectionBandwidthSizeRange = components['schemas']['GlobalConnectionBandwidthSizeRange'];
export type GlobalConnectionBandwidthSlaLevel = components['schemas']['GlobalConnectionBandwidthSlaLevel'];
export type GlobalConnectionBandwidthSpecCode = components['schemas']['GlobalConnectionBandwidthSpecCode'];
export type GlobalConnectionBandwidthSpecCodeListResponseBody = components['schemas']['GlobalConnectionBandwidthSpecCodeListResponseBody'];
export type GlobalConnectionBandwidthType = components['schemas']['GlobalConnectionBandwidthType'];
export type HistoricalAggTag = components['schemas']['HistoricalAggTag'];
export type HistoricalCreateTagRequestBody = components['schemas']['HistoricalCreateTagRequestBody'];
export type HistoricalFilterTagResource = components['schemas']['HistoricalFilterTagResource'];
export type HistoricalResourceFilterRequestBody = components['schemas']['HistoricalResourceFilterRequestBody'];
export type HistoricalResourceFilterResponseBody = components['schemas']['HistoricalResourceFilterResponseBody'];
export type HistoricalResourceTagListResponseBody = components['schemas']['HistoricalResourceTagListResponseBody'];
export type HistoricalTag = components['schemas']['HistoricalTag'];
export type HistoricalTagActionRequestBody = components['schemas']['HistoricalTagActionRequestBody'];
export type HistoricalTagListResponseBody = components['schemas']['HistoricalTagListResponseBody'];
export type HistoricalTagResourceType = components['schemas']['HistoricalTagResourceType'];
export type InterRegion = components['schemas']['InterRegion'];
export type InterRegionBandwidth = components['schemas']['InterRegionBandwidth'];
export type InterRegionBandwidthListResponseBody = components['schemas']['InterRegionBandwidthListResponseBody'];
export type InterRegionBandwidthResponseBody = components['schemas']['InterRegionBandwidthResponseBody'];
export type MultivaluedTag = components['schemas']['MultivaluedTag'];
export type NetworkInstance = components['schemas']['NetworkInstance'];
export type NetworkInstanceCidrs = components['schemas']['NetworkInstanceCidrs'];
export type NetworkInstanceDescription = components['schemas']['NetworkInstanceDescription'];
export type NetworkInstanceListResponseBody = components['schemas']['NetworkInstanceListResponseBody'];
export type NetworkInstanceResponseBody = components['schemas']['NetworkInstanceResponseBody'];
export type NetworkInstanceStatus = components['schemas']['NetworkInstanceStatus'];
export type NetworkInstanceType = components['schemas']['NetworkInstanceType'];
export type PageInfo = components['schemas']['PageInfo'];
export type RegionBandwidthPackageSpecification = components['schemas']['RegionBandwidthPackageSpecification'];
export type RegionBandwidthPackageSpecificationListResponseBody = components['schemas']['RegionBandwidthPackageSpecificationListResponseBody'];
export type RequestId = components['schemas']['RequestId'];
export type ResourceName = components['schemas']['ResourceName'];
export type SiteConnection = components['schemas']['SiteConnection'];
export type SiteConnectionBandwidthSizeRange = components['schemas']['SiteConnectionBandwidthSizeRange'];
export type SiteConnectionEdge = components['schemas']['SiteConnectionEdge'];
export type SiteConnectionResponseBody = components['schemas']['SiteConnectionResponseBody'];
export type SiteConnectionState = components['schemas']['SiteConnectionState'];
export type SiteNetwork = components['schemas']['SiteNetwork'];
export type SiteNetworkCapability = components['schemas']['SiteNetworkCapability'];
export type SiteNetworkCapabilityListResponseBody = components['schemas']['SiteNetworkCapabilityListResponseBody'];
export type SiteNetworkDescription = components['schemas']['SiteNetworkDescription'];
export type SiteNetworkGatewayType = components['schemas']['SiteNetworkGatewayType'];
export type SiteNetworkListResponseBody = components['schemas']['SiteNetworkListResponseBody'];
export type SiteNetworkQuota = components['schemas']['SiteNetworkQuota'];
export type SiteNetworkQuotaKey = components['schemas']['SiteNetworkQuotaKey'];
export type SiteNetworkQuotaListResponseBody = components['schemas']['SiteNetworkQuotaListResponseBody'];
export type SiteNetworkResponseBody = components['schemas']['SiteNetworkResponseBody'];
export type SiteNetworkSite = components['schemas']['SiteNetworkSite'];
export type SiteNetworkSpecification = components['schemas']['SiteNetworkSpecification'];
export type SiteNetworkState = components['schemas']['SiteNetworkState'];
export type SiteNetworkTopology = components['schemas']['SiteNetworkTopology'];
export type SpecificationCodeInfo = components['schemas']['SpecificationCodeInfo'];
export type Tag = components['schemas']['Tag'];
export type TagFilterRequestBody = components['schemas']['TagFilterRequestBody'];
export type TagListResponseBody = components['schemas']['TagListResponseBody'];
export type TagsRequestBody = components['schemas']['TagsRequestBody'];
export type UpdateAuthorisation = components['schemas']['UpdateAuthorisation'];
export type UpdateAuthorisationRequestBody = components['schemas']['UpdateAuthorisationRequestBody'];
export type UpdateBandwidthPackage = components['schemas']['UpdateBandwidthPackage'];
export type UpdateBandwidthPackagePrepaidOptions = components['schemas']['UpdateBandwidthPackagePrepaidOptions'];
export type UpdateBandwidthPackageRequestBody = components['schemas']['UpdateBandwidthPackageRequestBody'];
export type UpdateCentralNetwork = components['schemas']['UpdateCentralNetwork'];
export type UpdateCentralNetworkConnection = components['schemas']['UpdateCentralNetworkConnection'];
export type UpdateCentralNetworkConnectionRequestBody = components['schemas']['UpdateCentralNetworkConnectionRequestBody'];
export type UpdateCentralNetworkErRouteTableAttachment = components['schemas']['UpdateCentralNetworkErRouteTableAttachment'];
export type UpdateCentralNetworkErRouteTableAttachmentRequestBody = components['schemas']['UpdateCentralNetworkErRouteTableAttachmentRequestBody'];
export type UpdateCentralNetworkGdgwAttachment = components['schemas']['UpdateCentralNetworkGdgwAttachment'];
export type UpdateCentralNetworkGdgwAttachmentRequestBody = components['schemas']['UpdateCentralNetworkGdgwAttachmentRequestBody'];
export type UpdateCentralNetworkRequestBody = components['schemas']['UpdateCentralNetworkRequestBody'];
export type UpdateCloudConnection = components['schemas']['UpdateCloudConnection'];
export type UpdateCloudConnectionRequestBody = components['schemas']['UpdateCloudConnectionRequestBody'];
export type UpdateGlobalConnectionBandwidth = components['schemas']['UpdateGlobalConnectionBandwidth'];
export type UpdateGlobalConnectionBandwidthRequestBody = components['schemas']['UpdateGlobalConnectionBandwidthRequestBody'];
export type UpdateInterRegionBandwidth = components['schemas']['UpdateInterRegionBandwidth'];
export type UpdateInterRegionBandwidthRequestBody = components['schemas']['UpdateInterRegionBandwidthRequestBody'];
export type UpdateNetworkInstance = components['schemas']['UpdateNetworkInstance'];
export type UpdateNetworkInstanceRequestBody = components['schemas']['UpdateNetworkInstanceRequestBody'];
export type UpdateSiteConnectionBandwidth = components['schemas']['UpdateSiteConnectionBandwidth'];
export type UpdateSiteConnectionBandwidthRequestBody = components['schemas']['UpdateSiteConnectionBandwidthRequestBody'];
export type UpdateSiteConnectionBandwidthSize = components['schemas']['UpdateSiteConnectionBandwidthSize'];
export type UpdateSiteConnectionBandwidthSizeRequestBody = components['schemas']['UpdateSiteConnectionBandwidthSizeRequestBody'];
export type UpdateSiteNetwork = components['schemas']['UpdateSiteNetwork'];
export type UpdateSiteNetworkRequestBody = components['schemas']['UpdateSiteNetworkRequestBody'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNoContent = components['responses']['NoContent'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterAreaBandwidthPackageSpecificationLimit = components['parameters']['AreaBandwidthPackageSpecificationLimit'];
export type ParameterAuthorisationCloudConnectionIdFilter = components['parameters']['AuthorisationCloudConnectionIdFilter'];
export type ParameterAuthorisationId = components['parameters']['AuthorisationId'];
export type ParameterAuthorisationInstanceIdFilter = components['parameters']['AuthorisationInstanceIdFilter'];
export type ParameterAuthorisationLimit = components['parameters']['AuthorisationLimit'];
export type ParameterBandwidthPackageBillingModeFilter = components['parameters']['BandwidthPackageBillingModeFilter'];
export type ParameterBandwidthPackageCloudConnectionIdFilter = components['parameters']['BandwidthPackageCloudConnectionIdFilter'];
export type ParameterBandwidthPackageId = components['parameters']['BandwidthPackageId'];
export type ParameterBandwidthPackageLimit = components['parameters']['BandwidthPackageLimit'];
export type ParameterBandwidthPackageResourceIdFilter = components['parameters']['BandwidthPackageResourceIdFilter'];
export type ParameterBandwidthPackageStatusFilter = components['parameters']['BandwidthPackageStatusFilter'];
export type ParameterBoundBandwidthPackageId = components['parameters']['BoundBandwidthPackageId'];
export type ParameterCentralNetworkAttachmentId = components['parameters']['CentralNetworkAttachmentId'];
export type ParameterCentralNetworkAttachmentInstanceIdFilter = components['parameters']['CentralNetworkAttachmentInstanceIdFilter'];
export type ParameterCentralNetworkAttachmentInstanceTypeFilter = components['parameters']['CentralNetworkAttachmentInstanceTypeFilter'];
export type ParameterCentralNetworkBandwidthTypeFilter = components['parameters']['CentralNetworkBandwidthTypeFilter'];
export type ParameterCentralNetworkCapabilityFilter = components['parameters']['CentralNetworkCapabilityFilter'];
export type ParameterCentralNetworkConnectionId = components['parameters']['CentralNetworkConnectionId'];
export type ParameterCentralNetworkConnectionIdFilter = components['parameters']['CentralNetworkConnectionIdFilter'];
export type ParameterCentralNetworkConnectionStateFilter = components['parameters']['CentralNetworkConnectionStateFilter'];
export type ParameterCentralNetworkConnectionTypeFilter = components['parameters']['CentralNetworkConnectionTypeFilter'];
export type ParameterCentralNetworkEnterpriseRouterIdFilter = components['parameters']['CentralNetworkEnterpriseRouterIdFilter'];
export type ParameterCentralNetworkErRouteTableAttachmentId = components['parameters']['CentralNetworkErRouteTableAttachmentId'];
export type ParameterCentralNetworkGdgwAttachmentId = components['parameters']['CentralNetworkGdgwAttachmentId'];
export type ParameterCentralNetworkGlobalConnectionBandwidthIdFilter = components['parameters']['CentralNetworkGlobalConnectionBandwidthIdFilter'];
export type ParameterCentralNetworkGlobalDcGatewayIdFilter = components['parameters']['CentralNetworkGlobalDcGatewayIdFilter'];
export type ParameterCentralNetworkId = components['parameters']['CentralNetworkId'];
export type ParameterCentralNetworkIsCrossRegionFilter = components['parameters']['CentralNetworkIsCrossRegionFilter'];
export type ParameterCentralNetworkPolicyId = components['parameters']['CentralNetworkPolicyId'];
export type ParameterCentralNetworkPolicyIdNotInForce = components['parameters']['CentralNetworkPolicyIdNotInForce'];
export type ParameterCentralNetworkPolicyIsAppliedFilter = components['parameters']['CentralNetworkPolicyIsAppliedFilter'];
export type ParameterCentralNetworkPolicyStateFilter = components['parameters']['CentralNetworkPolicyStateFilter'];
export type ParameterCentralNetworkPolicyVersionFilter = components['parameters']['CentralNetworkPolicyVersionFilter'];
export type ParameterCentralNetworkQuotaTypeFilter = components['parameters']['CentralNetworkQuotaTypeFilter'];
export type ParameterCentralNetworkStateFilter = components['parameters']['CentralNetworkStateFilter'];
export type ParameterCloudConnectionCapabilityLimit = components['parameters']['CloudConnectionCapabilityLimit'];
export type ParameterCloudConnectionCapabilityResourceTypeFilter = components['parameters']['CloudConnectionCapabilityResourceTypeFilter'];
export type ParameterCloudConnectionId = components['parameters']['CloudConnectionId'];
export type ParameterCloudConnectionLimit = components['parameters']['CloudConnectionLimit'];
export type ParameterCloudConnectionQuotaCloudConnectionIdFilter = components['parameters']['CloudConnectionQuotaCloudConnectionIdFilter'];
export type ParameterCloudConnectionQuotaLimit = components['parameters']['CloudConnectionQuotaLimit'];
export type ParameterCloudConnectionQuotaRegionIdFilter = components['parameters']['CloudConnectionQuotaRegionIdFilter'];
export type ParameterCloudConnectionQuotaTypeFilter = components['parameters']['CloudConnectionQuotaTypeFilter'];
export type ParameterCloudConnectionRouteCloudConnectionIdFilter = components['parameters']['CloudConnectionRouteCloudConnectionIdFilter'];
export type ParameterCloudConnectionRouteId = components['parameters']['CloudConnectionRouteId'];
export type ParameterCloudConnectionRouteIdFilter = components['parameters']['CloudConnectionRouteIdFilter'];
export type ParameterCloudConnectionRouteInstanceIdFilter = components['parameters']['CloudConnectionRouteInstanceIdFilter'];
export type ParameterCloudConnectionRouteLimit = components['parameters']['CloudConnectionRouteLimit'];
export type ParameterCloudConnectionRouteRegionIdFilter = components['parameters']['CloudConnectionRouteRegionIdFilter'];
export type ParameterCloudConnectionStatusFilter = components['parameters']['CloudConnectionStatusFilter'];
export type ParameterCloudConnectionTypeFilter = components['parameters']['CloudConnectionTypeFilter'];
export type ParameterCloudConnectionUsedSceneFilter = components['parameters']['CloudConnectionUsedSceneFilter'];
export type ParameterDescriptionFilter = components['parameters']['DescriptionFilter'];
export type ParameterDomainId = components['parameters']['DomainId'];
export type ParameterEnterpriseProjectIdFilter = components['parameters']['EnterpriseProjectIdFilter'];
export type ParameterGcbResourceId = components['parameters']['GcbResourceId'];
export type ParameterGcbResourceLimit = components['parameters']['GcbResourceLimit'];
export type ParameterGcbTagKey = components['parameters']['GcbTagKey'];
export type ParameterGlobalConnectionBandwidthAdminStateFilter = components['parameters']['GlobalConnectionBandwidthAdminStateFilter'];
export type ParameterGlobalConnectionBandwidthBindingServiceFilter = components['parameters']['GlobalConnectionBandwidthBindingServiceFilter'];
export type ParameterGlobalConnectionBandwidthChargeModeFilter = components['parameters']['GlobalConnectionBandwidthChargeModeFilter'];
export type ParameterGlobalConnectionBandwidthId = components['parameters']['GlobalConnectionBandwidthId'];
export type ParameterGlobalConnectionBandwidthInstanceIdFilter = components['parameters']['GlobalConnectionBandwidthInstanceIdFilter'];
export type ParameterGlobalConnectionBandwidthInstanceTypeFilter = components['parameters']['GlobalConnectionBandwidthInstanceTypeFilter'];
export type ParameterGlobalConnectionBandwidthLineLevelsFilter = components['parameters']['GlobalConnectionBandwidthLineLevelsFilter'];
export type ParameterGlobalConnectionBandwidthLocalAreaFilter = components['parameters']['GlobalConnectionBandwidthLocalAreaFilter'];
export type ParameterGlobalConnectionBandwidthRemoteAreaFilter = components['parameters']['GlobalConnectionBandwidthRemoteAreaFilter'];
export type ParameterGlobalConnectionBandwidthRequiredBindingService = components['parameters']['GlobalConnectionBandwidthRequiredBindingService'];
export type ParameterGlobalConnectionBandwidthSiteCodeFilter = components['parameters']['GlobalConnectionBandwidthSiteCodeFilter'];
export type ParameterGlobalConnectionBandwidthSiteNameCnFilter = components['parameters']['GlobalConnectionBandwidthSiteNameCnFilter'];
export type ParameterGlobalConnectionBandwidthSiteNameEnFilter = components['parameters']['GlobalConnectionBandwidthSiteNameEnFilter'];
export type ParameterGlobalConnectionBandwidthSiteTypeFilter = components['parameters']['GlobalConnectionBandwidthSiteTypeFilter'];
export type ParameterGlobalConnectionBandwidthSpecCodeLevelFilter = components['parameters']['GlobalConnectionBandwidthSpecCodeLevelFilter'];
export type ParameterGlobalConnectionBandwidthTypeFilter = components['parameters']['GlobalConnectionBandwidthTypeFilter'];
export type ParameterHistoricalResourceId = components['parameters']['HistoricalResourceId'];
export type ParameterHistoricalResourceType = components['parameters']['HistoricalResourceType'];
export type ParameterHistoricalTagKey = components['parameters']['HistoricalTagKey'];
export type ParameterIdFilter = components['parameters']['IdFilter'];
export type ParameterInterRegionBandwidthBandwidthPackageIdFilter = components['parameters']['InterRegionBandwidthBandwidthPackageIdFilter'];
export type ParameterInterRegionBandwidthCloudConnectionIdFilter = components['parameters']['InterRegionBandwidthCloudConnectionIdFilter'];
export type ParameterInterRegionBandwidthId = components['parameters']['InterRegionBandwidthId'];
export type ParameterInterRegionBandwidthLimit = components['parameters']['InterRegionBandwidthLimit'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterMarker = components['parameters']['Marker'];
export type ParameterNameFilter = components['parameters']['NameFilter'];
export type ParameterNetworkInstanceCloudConnectionIdFilter = components['parameters']['NetworkInstanceCloudConnectionIdFilter'];
export type ParameterNetworkInstanceId = components['parameters']['NetworkInstanceId'];
export type ParameterNetworkInstanceInstanceIdFilter = components['parameters']['NetworkInstanceInstanceIdFilter'];
export type ParameterNetworkInstanceLimit = components['parameters']['NetworkInstanceLimit'];
export type ParameterNetworkInstanceRegionIdFilter = components['parameters']['NetworkInstanceRegionIdFilter'];
export type ParameterNetworkInstanceStatusFilter = components['parameters']['NetworkInstanceStatusFilter'];
export type ParameterNetworkInstanceTypeFilter = components['parameters']['NetworkInstanceTypeFilter'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterSiteConnectionId = components['parameters']['SiteConnectionId'];
export type ParameterSiteNetworkConnectionIdFilter = components['parameters']['SiteNetworkConnectionIdFilter'];
export type ParameterSiteNetworkGlobalConnectionBandwidthIdFilter = components['parameters']['SiteNetworkGlobalConnectionBandwidthIdFilter'];
export type ParameterSiteNetworkGlobalDcGatewayIdFilter = components['parameters']['SiteNetworkGlobalDcGatewayIdFilter'];
export type ParameterSiteNetworkId = components['parameters']['SiteNetworkId'];
export type ParameterSiteNetworkQuotaTypeFilter = components['parameters']['SiteNetworkQuotaTypeFilter'];
export type ParameterSiteNetworkSpecificationFilter = components['parameters']['SiteNetworkSpecificationFilter'];
export type ParameterSiteNetworkStateFilter = components['parameters']['SiteNetworkStateFilter'];
export type ParameterSortDir = components['parameters']['SortDir'];
export type ParameterSortKey = components['parameters']['SortKey'];
export type ParameterSpecificationLevelFilter = components['parameters']['SpecificationLevelFilter'];
export type ParameterSpecificationLimit = components['parameters']['SpecificationLimit'];
export type ParameterSpecificationLocalAreaIdFilter = components['parameters']['SpecificationLocalAreaIdFilter'];
export type ParameterSpecificationLocalRegionIdFilter = components['parameters']['SpecificationLocalRegionIdFilter'];
export type ParameterSpecificationNameFilter = components['parameters']['SpecificationNameFilter'];
export type ParameterSpecificationRegionIdFilter = components['parameters']['SpecificationRegionIdFilter'];
export type ParameterSpecificationRemoteAreaIdFilter = components['parameters']['SpecificationRemoteAreaIdFilter'];
export type ParameterSpecificationRemoteRegionIdFilter = components['parameters']['SpecificationRemoteRegionIdFilter'];
export type ParameterSpecificationSiteCodeFilter = components['parameters']['SpecificationSiteCodeFilter'];
export type HeaderXRequestId = components['headers']['XRequestId'];
export type $defs = Record<string, never>;
export interface operations {
    ListTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the cloud connection or bandwidth package.
                 * @example 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                resource_id: components["parameters"]["HistoricalResourceId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags of the resource. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoricalResourceTagListResponseBody"];
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
    CreateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the cloud connection or bandwidth package.
                 * @example 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                resource_id: components["parameters"]["HistoricalResourceId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HistoricalCreateTagRequestBody"];
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
    DeleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the cloud connection or bandwidth package.
                 * @example 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                resource_id: components["parameters"]["HistoricalResourceId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
                /** @description Key of the tag to remove. */
                tag_key: components["parameters"]["HistoricalTagKey"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    BatchCreateDeleteTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the cloud connection or bandwidth package.
                 * @example 2d3f4e5a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                resource_id: components["parameters"]["HistoricalResourceId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HistoricalTagActionRequestBody"];
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
    ListResourceByFilterTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HistoricalResourceFilterRequestBody"];
            };
        };
        responses: {
            /** @description The matching resources, or only their number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoricalResourceFilterResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListDomainTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Kind of resource, in the singular form these historical paths use. */
                resource_type: components["parameters"]["HistoricalResourceType"];
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
                    "application/json": components["schemas"]["HistoricalTagListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListAreas: {
        parameters: {
            query?: {
                /**
                 * @description Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
                 *     it together with `marker`.
                 */
                limit?: components["parameters"]["SpecificationLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
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
            /** @description A page of areas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionAreaListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListAuthorisations: {
        parameters: {
            query?: {
                /** @description Only entries for one of these cloud connections. Repeat the key for several values. */
                cloud_connection_id?: components["parameters"]["AuthorisationCloudConnectionIdFilter"];
                /** @description Only resources with one of these descriptions. Repeat the key for several values. */
                description?: components["parameters"]["DescriptionFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Only entries covering one of these network instances. Repeat the key for several values. */
                instance_id?: components["parameters"]["AuthorisationInstanceIdFilter"];
                /**
                 * @description Most entries to return on one page, 1 to 2000 (the SDK's range, which the newer pages share; the 2024 pages
                 *     of ListAuthorisations and ListPermissions printed 1–1000). Without it Huawei's pages give a default of 1000.
                 *     Huawei applies it together with `marker`.
                 */
                limit?: components["parameters"]["AuthorisationLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
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
            /** @description A page of authorisations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorisationListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateAuthorisation: {
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
                "application/json": components["schemas"]["CreateAuthorisationRequestBody"];
            };
        };
        responses: {
            /** @description The authorisation was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorisationResponseBody"];
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
    UpdateAuthorisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the authorisation. */
                id: components["parameters"]["AuthorisationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAuthorisationRequestBody"];
            };
        };
        responses: {
            /** @description The authorisation as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorisationResponseBody"];
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
    DeleteAuthorisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the authorisation. */
                id: components["parameters"]["AuthorisationId"];
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
    ListBandwidthPackages: {
        parameters: {
            query?: {
                /**
                 * @description Only bandwidth packages billed in one of these modes, given as the integer codes of `billing_mode`
                 *     (Huawei's SDK types this filter as strings; the query string is the same, `?billing_mode=5`). Repeat the
                 *     key for several values.
                 */
                billing_mode?: components["parameters"]["BandwidthPackageBillingModeFilter"];
                /** @description Only bandwidth packages of one of these cloud connections. Repeat the key for several values. */
                cloud_connection_id?: components["parameters"]["BandwidthPackageCloudConnectionIdFilter"];
                /** @description Only resources filed under one of these enterprise projects. Repeat the key for several values. */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /**
                 * @description Most bandwidth packages to return on one page, 1 to 2000 (the SDK's range; the 2024 page printed 1–1000,
                 *     which a call within 2000 also satisfies). Huawei applies it together with `marker`.
                 */
                limit?: components["parameters"]["BandwidthPackageLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Only bandwidth packages bound to one of these resources (cloud connection ids). Repeat the key for several values. */
                resource_id?: components["parameters"]["BandwidthPackageResourceIdFilter"];
                /** @description Only bandwidth packages in one of these states. Repeat the key for several values. */
                status?: components["parameters"]["BandwidthPackageStatusFilter"];
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
            /** @description A page of bandwidth packages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateBandwidthPackage: {
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
                "application/json": components["schemas"]["CreateBandwidthPackageRequestBody"];
            };
        };
        responses: {
            /** @description The bandwidth package was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageResponseBody"];
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
    ShowBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bandwidth package. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageResponseBody"];
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
    UpdateBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBandwidthPackageRequestBody"];
            };
        };
        responses: {
            /** @description The bandwidth package as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageResponseBody"];
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
    DeleteBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
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
    AssociateBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BandwidthPackageBindingRequestBody"];
            };
        };
        responses: {
            /** @description The bandwidth package is bound; the body shows it with its new binding. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageResponseBody"];
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
    DisassociateBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package; it must be bound to the cloud connection the body names. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 * @example c4f5ee83-a208-4708-a266-4de9e459e22e
                 */
                id: components["parameters"]["BoundBandwidthPackageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BandwidthPackageBindingRequestBody"];
            };
        };
        responses: {
            /** @description The bandwidth package is unbound; the body shows the package. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageResponseBody"];
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
    TagBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
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
    UntagBandwidthPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the bandwidth package. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
                id: components["parameters"]["BandwidthPackageId"];
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
    ListAreaBandwidthPackageSpecifications: {
        parameters: {
            query?: {
                /**
                 * @description Most specifications to return, 1 to 2000 (Huawei's page and the SDK agree here). This list pages with `limit`
                 *     and `offset` rather than `marker`.
                 */
                limit?: components["parameters"]["AreaBandwidthPackageSpecificationLimit"];
                /** @description Only specifications with one of these areas at one end, e.g. `Chinese-Mainland`. Repeat the key for several values. */
                local_area_id?: components["parameters"]["SpecificationLocalAreaIdFilter"];
                /** @description How many items to skip before the first one returned. */
                offset?: components["parameters"]["Offset"];
                /** @description Only specifications with one of these areas at the other end, e.g. `Asia-Pacific`. Repeat the key for several values. */
                remote_area_id?: components["parameters"]["SpecificationRemoteAreaIdFilter"];
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
            /** @description A page of area-to-area specifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaBandwidthPackageSpecificationListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListBandwidthPackagesByTags: {
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
            /** @description The matching bandwidth packages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListBandwidthPackageLevels: {
        parameters: {
            query?: {
                /** @description Only entries of this bandwidth class (a `level` code from ListBandwidthPackageLevels). */
                level?: components["parameters"]["SpecificationLevelFilter"];
                /**
                 * @description Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
                 *     it together with `marker`.
                 */
                limit?: components["parameters"]["SpecificationLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only entries whose name contains this text (a fuzzy match, one value). */
                name?: components["parameters"]["SpecificationNameFilter"];
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
            /** @description A page of bandwidth classes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageLevelListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListBandwidthPackageLines: {
        parameters: {
            query?: {
                /** @description Only entries of this bandwidth class (a `level` code from ListBandwidthPackageLevels). */
                level?: components["parameters"]["SpecificationLevelFilter"];
                /**
                 * @description Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
                 *     it together with `marker`.
                 */
                limit?: components["parameters"]["SpecificationLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only entries whose name contains this text (a fuzzy match, one value). */
                name?: components["parameters"]["SpecificationNameFilter"];
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
            /** @description A page of bandwidth lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageLineListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListRegionBandwidthPackageSpecifications: {
        parameters: {
            query?: {
                /**
                 * @description Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
                 *     it together with `marker`.
                 */
                limit?: components["parameters"]["SpecificationLimit"];
                /** @description Only specifications with this region at one end. */
                local_region_id?: components["parameters"]["SpecificationLocalRegionIdFilter"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only specifications with this region at the other end. */
                remote_region_id?: components["parameters"]["SpecificationRemoteRegionIdFilter"];
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
            /** @description A page of region-to-region specifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionBandwidthPackageSpecificationListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListBandwidthPackageSites: {
        parameters: {
            query?: {
                /**
                 * @description Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
                 *     it together with `marker`.
                 */
                limit?: components["parameters"]["SpecificationLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only entries whose name contains this text (a fuzzy match, one value). */
                name?: components["parameters"]["SpecificationNameFilter"];
                /** @description Only sites in this region. */
                region_id?: components["parameters"]["SpecificationRegionIdFilter"];
                /** @description Only the site with this code. */
                site_code?: components["parameters"]["SpecificationSiteCodeFilter"];
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
            /** @description A page of sites. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BandwidthPackageSiteListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListBandwidthPackageTags: {
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
    ListCloudConnectionCapabilities: {
        parameters: {
            query?: {
                /**
                 * @description Most capabilities to return, 1 to 2000 (the SDK's range). Accepted, but the answer carries no `page_info`,
                 *     so there is no marker to continue from.
                 */
                limit?: components["parameters"]["CloudConnectionCapabilityLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only the capability with this name, e.g. `bwp95` or `ipv6` (see `CloudConnectionCapabilityKey`). */
                resource_type?: components["parameters"]["CloudConnectionCapabilityResourceTypeFilter"];
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
            /** @description The capabilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionCapabilityListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListCloudConnectionRoutes: {
        parameters: {
            query?: {
                /** @description Only routes of one of these cloud connections. Repeat the key for several values. */
                cloud_connection_id?: components["parameters"]["CloudConnectionRouteCloudConnectionIdFilter"];
                /** @description Only the route with this id. Unlike most ccaas id filters, this one takes a single value. */
                id?: components["parameters"]["CloudConnectionRouteIdFilter"];
                /** @description Only routes whose next hop is one of these network instances. Repeat the key for several values. */
                instance_id?: components["parameters"]["CloudConnectionRouteInstanceIdFilter"];
                /** @description Most routes to return on one page, 1 to 2000 (the SDK's range). Huawei applies it together with `marker`. */
                limit?: components["parameters"]["CloudConnectionRouteLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only routes whose next hop lives in this region. */
                region_id?: components["parameters"]["CloudConnectionRouteRegionIdFilter"];
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
            /** @description A page of cloud connection routes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionRouteListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ShowCloudConnectionRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the cloud connection route. */
                id: components["parameters"]["CloudConnectionRouteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The route. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionRouteResponseBody"];
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
                /**
                 * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
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
                /**
                 * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
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
                /**
                 * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
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
                /**
                 * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
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
                /**
                 * @description Id of the cloud connection. Huawei's current pages (Chinese edition, 2026-06) state it as a UUID: 32 to 36 hexadecimal
                 *     digits and hyphens.
                 */
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
    ListInterRegionBandwidths: {
        parameters: {
            query?: {
                /** @description Only inter-region bandwidths taken from one of these bandwidth packages. Repeat the key for several values. */
                bandwidth_package_id?: components["parameters"]["InterRegionBandwidthBandwidthPackageIdFilter"];
                /** @description Only inter-region bandwidths of one of these cloud connections. Repeat the key for several values. */
                cloud_connection_id?: components["parameters"]["InterRegionBandwidthCloudConnectionIdFilter"];
                /** @description Only resources filed under one of these enterprise projects. Repeat the key for several values. */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /**
                 * @description Most inter-region bandwidths to return on one page, 1 to 2000, 2000 when absent (the Chinese edition of
                 *     ListInterRegionBandwidths, 2026-06; the 2024 pages printed 1–1000, default 1000). Huawei applies it together with
                 *     `marker`.
                 */
                limit?: components["parameters"]["InterRegionBandwidthLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
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
            /** @description A page of inter-region bandwidths. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterRegionBandwidthListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateInterRegionBandwidth: {
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
                "application/json": components["schemas"]["CreateInterRegionBandwidthRequestBody"];
            };
        };
        responses: {
            /** @description The inter-region bandwidth was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterRegionBandwidthResponseBody"];
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
    ShowInterRegionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the inter-region bandwidth. */
                id: components["parameters"]["InterRegionBandwidthId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inter-region bandwidth. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterRegionBandwidthResponseBody"];
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
    UpdateInterRegionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the inter-region bandwidth. */
                id: components["parameters"]["InterRegionBandwidthId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInterRegionBandwidthRequestBody"];
            };
        };
        responses: {
            /** @description The inter-region bandwidth as it is after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterRegionBandwidthResponseBody"];
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
    DeleteInterRegionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the inter-region bandwidth. */
                id: components["parameters"]["InterRegionBandwidthId"];
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
    ListNetworkInstances: {
        parameters: {
            query?: {
                /** @description Only network instances of one of these cloud connections. Repeat the key for several values. */
                cloud_connection_id?: components["parameters"]["NetworkInstanceCloudConnectionIdFilter"];
                /** @description Only resources with one of these descriptions. Repeat the key for several values. */
                description?: components["parameters"]["DescriptionFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Only network instances that load one of these VPCs or virtual gateways. Repeat the key for several values. */
                instance_id?: components["parameters"]["NetworkInstanceInstanceIdFilter"];
                /**
                 * @description Most network instances to return on one page, 1 to 2000, 2000 when absent (the SDK and the
                 *     ListNetworkInstances page agree). Huawei applies it together with `marker`.
                 */
                limit?: components["parameters"]["NetworkInstanceLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Only network instances in one of these regions. Repeat the key for several values. */
                region_id?: components["parameters"]["NetworkInstanceRegionIdFilter"];
                /** @description Only network instances in one of these states; Huawei documents `ACTIVE` as the default. Repeat the key for several values. */
                status?: components["parameters"]["NetworkInstanceStatusFilter"];
                /** @description Only network instances of one of these kinds. Repeat the key for several values. */
                type?: components["parameters"]["NetworkInstanceTypeFilter"];
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
            /** @description A page of network instances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkInstanceListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateNetworkInstance: {
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
                "application/json": components["schemas"]["CreateNetworkInstanceRequestBody"];
            };
        };
        responses: {
            /** @description The network instance was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkInstanceResponseBody"];
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
    ShowNetworkInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the network instance. */
                id: components["parameters"]["NetworkInstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network instance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkInstanceResponseBody"];
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
    UpdateNetworkInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the network instance. */
                id: components["parameters"]["NetworkInstanceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNetworkInstanceRequestBody"];
            };
        };
        responses: {
            /** @description The network instance as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkInstanceResponseBody"];
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
    DeleteNetworkInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the network instance. */
                id: components["parameters"]["NetworkInstanceId"];
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
    ListPermissions: {
        parameters: {
            query?: {
                /** @description Only entries for one of these cloud connections. Repeat the key for several values. */
                cloud_connection_id?: components["parameters"]["AuthorisationCloudConnectionIdFilter"];
                /** @description Only resources with one of these descriptions. Repeat the key for several values. */
                description?: components["parameters"]["DescriptionFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Only entries covering one of these network instances. Repeat the key for several values. */
                instance_id?: components["parameters"]["AuthorisationInstanceIdFilter"];
                /**
                 * @description Most entries to return on one page, 1 to 2000 (the SDK's range, which the newer pages share; the 2024 pages
                 *     of ListAuthorisations and ListPermissions printed 1–1000). Without it Huawei's pages give a default of 1000.
                 *     Huawei applies it together with `marker`.
                 */
                limit?: components["parameters"]["AuthorisationLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
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
            /** @description A page of permissions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionPermissionListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListCloudConnectionQuotas: {
        parameters: {
            query: {
                /**
                 * @description Cloud connection whose quota to report; needed for `cloud_connection_region`, `cloud_connection_route` and
                 *     `region_network_instance`.
                 */
                cloud_connection_id?: components["parameters"]["CloudConnectionQuotaCloudConnectionIdFilter"];
                /**
                 * @description Most quotas to return, 1 to 2000 (the SDK's range; the 2024 page printed 1–1000). Without it Huawei's page
                 *     gives a default of 1000. Accepted, but the answer carries no `page_info`, so there is no marker to continue from.
                 */
                limit?: components["parameters"]["CloudConnectionQuotaLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /**
                 * @description Which quota to report. Huawei's reference pages mark it mandatory while the SDK leaves it optional; it is
                 *     required here because a call that names the quota is accepted either way.
                 */
                quota_type: components["parameters"]["CloudConnectionQuotaTypeFilter"];
                /** @description Region whose quota to report; needed for `region_network_instance`. */
                region_id?: components["parameters"]["CloudConnectionQuotaRegionIdFilter"];
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
            /** @description The matching quotas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionQuotaListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListRegions: {
        parameters: {
            query?: {
                /**
                 * @description Most entries to return on one page, 1 to 2000 (the SDK's range for these specification lists). Huawei applies
                 *     it together with `marker`.
                 */
                limit?: components["parameters"]["SpecificationLimit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
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
            /** @description A page of regions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudConnectionRegionListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateP2PSiteNetwork: {
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
                "application/json": components["schemas"]["CreateP2PSiteNetworkRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the site network is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteNetworkResponseBody"];
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
    AssociateSiteNetworkBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
                 * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
                 */
                site_connection_id: components["parameters"]["SiteConnectionId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssociateSiteConnectionBandwidthRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the bandwidth is being bound. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConnectionResponseBody"];
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
    DisassociateSiteNetworkBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
                 * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
                 */
                site_connection_id: components["parameters"]["SiteConnectionId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the bandwidth is being unbound. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConnectionResponseBody"];
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
    UpdateSiteNetworkBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
                 * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
                 */
                site_connection_id: components["parameters"]["SiteConnectionId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSiteConnectionBandwidthRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the connection is being moved to the new bandwidth. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConnectionResponseBody"];
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
    UpdateSiteNetworkBandwidthSize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the site-to-site connection, as listed in the site network's `connections`. (One edition of Huawei's table types it as an object; it is a plain string id.)
                 * @example 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9
                 */
                site_connection_id: components["parameters"]["SiteConnectionId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSiteConnectionBandwidthSizeRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the new size is being applied. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConnectionResponseBody"];
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
    ListSiteNetworkCapabilities: {
        parameters: {
            query?: {
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only these capabilities. Repeat the key for several values. */
                specification?: components["parameters"]["SiteNetworkSpecificationFilter"];
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
            /** @description A page of capabilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteNetworkCapabilityListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListSiteNetworkQuotas: {
        parameters: {
            query?: {
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only these quotas. Repeat the key for several values. */
                quota_type?: components["parameters"]["SiteNetworkQuotaTypeFilter"];
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
            /** @description The quotas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteNetworkQuotaListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListSiteNetworks: {
        parameters: {
            query?: {
                /** @description Only site networks holding one of these site-to-site connections. Repeat the key for several values. */
                connection_id?: components["parameters"]["SiteNetworkConnectionIdFilter"];
                /** @description Only resources filed under one of these enterprise projects. Repeat the key for several values. */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectIdFilter"];
                /** @description Only site networks with a connection drawing from one of these global connection bandwidths. Repeat the key for several values. */
                global_connection_bandwidth_id?: components["parameters"]["SiteNetworkGlobalConnectionBandwidthIdFilter"];
                /** @description Only site networks with a site on one of these global DC gateways. Repeat the key for several values. */
                global_dc_gateway_id?: components["parameters"]["SiteNetworkGlobalDcGatewayIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Sort direction, `asc` or `desc`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Field to sort the list by. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Only site networks in one of these states. Repeat the key for several values. */
                state?: components["parameters"]["SiteNetworkStateFilter"];
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
            /** @description A page of site networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteNetworkListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ShowSiteNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteNetworkResponseBody"];
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
    UpdateSiteNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSiteNetworkRequestBody"];
            };
        };
        responses: {
            /** @description The site network as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteNetworkResponseBody"];
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
    DeleteSiteNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the site network. */
                site_network_id: components["parameters"]["SiteNetworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the site network is being deleted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteNetworkResponseBody"];
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
    ListGlobalConnectionBandwidthConfigs: {
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
            /** @description The account's purchase options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthConfigsResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListGlobalConnectionBandwidths: {
        parameters: {
            query?: {
                /** @description Only bandwidths in one of these administrative states. Repeat the key for several values. */
                admin_state?: components["parameters"]["GlobalConnectionBandwidthAdminStateFilter"];
                /** @description Only bandwidths that may be bound to instances of one of these kinds. Repeat the key for several values. */
                binding_service?: components["parameters"]["GlobalConnectionBandwidthBindingServiceFilter"];
                /** @description Only bandwidths billed in one of these ways (`95` is a string value). Repeat the key for several values. */
                charge_mode?: components["parameters"]["GlobalConnectionBandwidthChargeModeFilter"];
                /** @description Only resources filed under one of these enterprise projects. Repeat the key for several values. */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Only bandwidths bound to one of these instances. Repeat the key for several values. */
                instance_id?: components["parameters"]["GlobalConnectionBandwidthInstanceIdFilter"];
                /** @description Only bandwidths bound to instances of one of these kinds (`CC`, `GEIP`, `GCN`, `GSN`). Repeat the key for several values. */
                instance_type?: components["parameters"]["GlobalConnectionBandwidthInstanceTypeFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Only bandwidths of one of these types. Repeat the key for several values. */
                type?: components["parameters"]["GlobalConnectionBandwidthTypeFilter"];
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
            /** @description A page of global connection bandwidths. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateGlobalConnectionBandwidth: {
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
                "application/json": components["schemas"]["CreateGlobalConnectionBandwidthRequestBody"];
            };
        };
        responses: {
            /** @description The global connection bandwidth was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthResponseBody"];
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
    ShowGlobalConnectionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global connection bandwidth. */
                id: components["parameters"]["GlobalConnectionBandwidthId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The global connection bandwidth. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthResponseBody"];
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
    UpdateGlobalConnectionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global connection bandwidth. */
                id: components["parameters"]["GlobalConnectionBandwidthId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGlobalConnectionBandwidthRequestBody"];
            };
        };
        responses: {
            /** @description The global connection bandwidth as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthResponseBody"];
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
    DeleteGlobalConnectionBandwidth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global connection bandwidth. */
                id: components["parameters"]["GlobalConnectionBandwidthId"];
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
    AssociateGlobalConnectionBandwidthInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global connection bandwidth. */
                id: components["parameters"]["GlobalConnectionBandwidthId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GlobalConnectionBandwidthInstancesRequestBody"];
            };
        };
        responses: {
            /** @description Bound; the outcome per instance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthInstancesResponseBody"];
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
    DisassociateGlobalConnectionBandwidthInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global connection bandwidth. */
                id: components["parameters"]["GlobalConnectionBandwidthId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GlobalConnectionBandwidthInstancesRequestBody"];
            };
        };
        responses: {
            /** @description Unbound; the outcome per instance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthInstancesResponseBody"];
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
    ListSupportBindingConnectionBandwidths: {
        parameters: {
            query: {
                /** @description Kind of instance the bandwidth is to be bound to; only bandwidths usable for it are listed. */
                binding_service: components["parameters"]["GlobalConnectionBandwidthRequiredBindingService"];
                /** @description Only resources filed under one of these enterprise projects. Repeat the key for several values. */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectIdFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Only entries whose local access point has this site code. */
                local_area?: components["parameters"]["GlobalConnectionBandwidthLocalAreaFilter"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only entries whose remote access point has this site code. */
                remote_area?: components["parameters"]["GlobalConnectionBandwidthRemoteAreaFilter"];
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
            /** @description A page of bindable global connection bandwidths. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListGlobalConnectionBandwidthLineLevels: {
        parameters: {
            query?: {
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Only entries offering one of these line classes (`Pt` or `Ag`). Repeat the key for several values. */
                levels?: components["parameters"]["GlobalConnectionBandwidthLineLevelsFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Only entries whose local access point has this site code. */
                local_area?: components["parameters"]["GlobalConnectionBandwidthLocalAreaFilter"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only entries whose remote access point has this site code. */
                remote_area?: components["parameters"]["GlobalConnectionBandwidthRemoteAreaFilter"];
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
            /** @description A page of line class entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthLineLevelListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListGlobalConnectionBandwidthSites: {
        parameters: {
            query?: {
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only the site with this Chinese name. */
                name_cn?: components["parameters"]["GlobalConnectionBandwidthSiteNameCnFilter"];
                /** @description Only the site with this English name. */
                name_en?: components["parameters"]["GlobalConnectionBandwidthSiteNameEnFilter"];
                /** @description Only the site with this site code. */
                site_code?: components["parameters"]["GlobalConnectionBandwidthSiteCodeFilter"];
                /** @description Only sites of this level. */
                site_type?: components["parameters"]["GlobalConnectionBandwidthSiteTypeFilter"];
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
            /** @description A page of access sites. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthSiteListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListGlobalConnectionBandwidthSpecCodes: {
        parameters: {
            query?: {
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Only specification codes of one of these line classes. Repeat the key for several values. */
                level?: components["parameters"]["GlobalConnectionBandwidthSpecCodeLevelFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Only entries whose local access point has this site code. */
                local_area?: components["parameters"]["GlobalConnectionBandwidthLocalAreaFilter"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only entries whose remote access point has this site code. */
                remote_area?: components["parameters"]["GlobalConnectionBandwidthRemoteAreaFilter"];
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
            /** @description A page of line specification codes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GlobalConnectionBandwidthSpecCodeListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListCentralNetworkCapabilities: {
        parameters: {
            query?: {
                /** @description Only these capabilities. Repeat the key for several values. */
                capability?: components["parameters"]["CentralNetworkCapabilityFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
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
            /** @description A page of capabilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkCapabilityListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListCentralNetworkAttachments: {
        parameters: {
            query?: {
                /** @description Only items involving one of these attached instances (global DC gateway or route table ids). Repeat the key for several values. */
                attachment_instance_id?: components["parameters"]["CentralNetworkAttachmentInstanceIdFilter"];
                /** @description Only attachments of one of these kinds. Repeat the key for several values. */
                attachment_instance_type?: components["parameters"]["CentralNetworkAttachmentInstanceTypeFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Sort direction, `asc` or `desc`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Field to sort the list by. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Only connections or attachments in one of these states. Repeat the key for several values. */
                state?: components["parameters"]["CentralNetworkConnectionStateFilter"];
            };
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attachments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkAttachmentListResponseBody"];
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
    DeleteCentralNetworkAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the attachment, of either kind. */
                attachment_id: components["parameters"]["CentralNetworkAttachmentId"];
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the attachment is being deleted and is returned in state `DELETING`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkAttachmentResponseBody"];
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
    ListCentralNetworkConnections: {
        parameters: {
            query?: {
                /** @description Only connections whose bandwidth comes from this source. */
                bandwidth_type?: components["parameters"]["CentralNetworkBandwidthTypeFilter"];
                /** @description Only connections of this type. */
                connection_type?: components["parameters"]["CentralNetworkConnectionTypeFilter"];
                /** @description Only items drawing on one of these global connection bandwidths. Repeat the key for several values. */
                global_connection_bandwidth_id?: components["parameters"]["CentralNetworkGlobalConnectionBandwidthIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description With `true`, only connections between different regions; with `false`, only connections within one region. */
                is_cross_region?: components["parameters"]["CentralNetworkIsCrossRegionFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Sort direction, `asc` or `desc`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Field to sort the list by. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Only connections or attachments in one of these states. Repeat the key for several values. */
                state?: components["parameters"]["CentralNetworkConnectionStateFilter"];
            };
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkConnectionListResponseBody"];
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
    UpdateCentralNetworkConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Id of the central network connection. */
                connection_id: components["parameters"]["CentralNetworkConnectionId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCentralNetworkConnectionRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the connection is being updated and is returned in state `UPDATING`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkConnectionResponseBody"];
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
    ListCentralNetworkErRouteTableAttachments: {
        parameters: {
            query?: {
                /** @description Only items involving one of these attached instances (global DC gateway or route table ids). Repeat the key for several values. */
                attachment_instance_id?: components["parameters"]["CentralNetworkAttachmentInstanceIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Sort direction, `asc` or `desc`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Field to sort the list by. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Only connections or attachments in one of these states. Repeat the key for several values. */
                state?: components["parameters"]["CentralNetworkConnectionStateFilter"];
            };
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of route-table attachments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkErRouteTableAttachmentListResponseBody"];
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
    CreateCentralNetworkErRouteTableAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCentralNetworkErRouteTableAttachmentRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the attachment is being created and is returned in state `CREATING`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkErRouteTableAttachmentResponseBody"];
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
    ShowCentralNetworkErRouteTableAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the route-table attachment. */
                er_route_table_attachment_id: components["parameters"]["CentralNetworkErRouteTableAttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkErRouteTableAttachmentResponseBody"];
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
    UpdateCentralNetworkErRouteTableAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the route-table attachment. */
                er_route_table_attachment_id: components["parameters"]["CentralNetworkErRouteTableAttachmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCentralNetworkErRouteTableAttachmentRequestBody"];
            };
        };
        responses: {
            /** @description The attachment as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkErRouteTableAttachmentResponseBody"];
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
    ListCentralNetworkGdgwAttachments: {
        parameters: {
            query?: {
                /** @description Only attachments of one of these global DC gateways. Repeat the key for several values. */
                global_dc_gateway_id?: components["parameters"]["CentralNetworkGlobalDcGatewayIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Sort direction, `asc` or `desc`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Field to sort the list by. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Only connections or attachments in one of these states. Repeat the key for several values. */
                state?: components["parameters"]["CentralNetworkConnectionStateFilter"];
            };
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of global DC gateway attachments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkGdgwAttachmentListResponseBody"];
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
    CreateCentralNetworkGdgwAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCentralNetworkGdgwAttachmentRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the attachment is being created and is returned in state `CREATING`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkGdgwAttachmentResponseBody"];
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
    ShowCentralNetworkGdgwAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global DC gateway attachment. */
                gdgw_attachment_id: components["parameters"]["CentralNetworkGdgwAttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkGdgwAttachmentResponseBody"];
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
    UpdateCentralNetworkGdgwAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the global DC gateway attachment. */
                gdgw_attachment_id: components["parameters"]["CentralNetworkGdgwAttachmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCentralNetworkGdgwAttachmentRequestBody"];
            };
        };
        responses: {
            /** @description The attachment as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkGdgwAttachmentResponseBody"];
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
    ListCentralNetworkPolicies: {
        parameters: {
            query?: {
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description With `true`, only the version in force; with `false`, only the others. */
                is_applied?: components["parameters"]["CentralNetworkPolicyIsAppliedFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Sort direction, `asc` or `desc`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Field to sort the list by. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Only policy versions in one of these states. Repeat the key for several values. */
                state?: components["parameters"]["CentralNetworkPolicyStateFilter"];
                /** @description Only these version numbers. Repeat the key for several values. (Huawei's SDK wraps each value in an object; on the wire it is a plain integer.) */
                version?: components["parameters"]["CentralNetworkPolicyVersionFilter"];
            };
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of policy versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkPolicyListResponseBody"];
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
    CreateCentralNetworkPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCentralNetworkPolicyRequestBody"];
            };
        };
        responses: {
            /** @description The new policy version, not yet applied. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkPolicyResponseBody"];
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
    DeleteCentralNetworkPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /**
                 * @description Id of the policy version to delete; its example is a version that is not in force.
                 * @example 9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                 */
                policy_id: components["parameters"]["CentralNetworkPolicyIdNotInForce"];
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
    ApplyCentralNetworkPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the policy version. */
                policy_id: components["parameters"]["CentralNetworkPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the version is being applied. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyCentralNetworkPolicyResponseBody"];
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
    ListCentralNetworkPolicyChangeSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
                /** @description Id of the policy version. */
                policy_id: components["parameters"]["CentralNetworkPolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes, with paging information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkPolicyChangeSetListResponseBody"];
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
    ListCentralNetworks: {
        parameters: {
            query?: {
                /** @description Only items involving one of these attached instances (global DC gateway or route table ids). Repeat the key for several values. */
                attachment_instance_id?: components["parameters"]["CentralNetworkAttachmentInstanceIdFilter"];
                /** @description Only central networks holding one of these connections. Repeat the key for several values. */
                connection_id?: components["parameters"]["CentralNetworkConnectionIdFilter"];
                /** @description Only resources filed under one of these enterprise projects. Repeat the key for several values. */
                enterprise_project_id?: components["parameters"]["EnterpriseProjectIdFilter"];
                /** @description Only central networks that one of these enterprise routers has joined. Repeat the key for several values. */
                enterprise_router_id?: components["parameters"]["CentralNetworkEnterpriseRouterIdFilter"];
                /** @description Only items drawing on one of these global connection bandwidths. Repeat the key for several values. */
                global_connection_bandwidth_id?: components["parameters"]["CentralNetworkGlobalConnectionBandwidthIdFilter"];
                /** @description Only resources with one of these ids. Repeat the key for several values. */
                id?: components["parameters"]["IdFilter"];
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only resources with one of these names. Repeat the key for several values. */
                name?: components["parameters"]["NameFilter"];
                /** @description Sort direction, `asc` or `desc`. */
                sort_dir?: components["parameters"]["SortDir"];
                /** @description Field to sort the list by. */
                sort_key?: components["parameters"]["SortKey"];
                /** @description Only central networks in one of these states. Repeat the key for several values. */
                state?: components["parameters"]["CentralNetworkStateFilter"];
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
            /** @description A page of central networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateCentralNetwork: {
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
                "application/json": components["schemas"]["CreateCentralNetworkRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the central network is being created and is returned in state `CREATING`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkResponseBody"];
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
    ShowCentralNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The central network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkResponseBody"];
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
    UpdateCentralNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCentralNetworkRequestBody"];
            };
        };
        responses: {
            /** @description The central network as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkResponseBody"];
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
    DeleteCentralNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the central network is being deleted and is returned in state `DELETING`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkResponseBody"];
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
    TagCentralNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
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
    UntagCentralNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the central network. */
                central_network_id: components["parameters"]["CentralNetworkId"];
                /** @description Account (domain) id. The client fills it in from its configuration. */
                domain_id: components["parameters"]["DomainId"];
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
    ListCentralNetworksByTags: {
        parameters: {
            query?: {
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
            };
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
            /** @description A page of the matching central networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListCentralNetworkTags: {
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
    ListCentralNetworkQuotas: {
        parameters: {
            query?: {
                /** @description Most items to return on one page, 1 to 2000. Huawei applies it together with `marker`. */
                limit?: components["parameters"]["Limit"];
                /** @description Where to resume: the `next_marker` (or `previous_marker`) of the page before. Keep every other parameter unchanged while paging. */
                marker?: components["parameters"]["Marker"];
                /** @description Only these quotas. Repeat the key for several values. */
                quota_type?: components["parameters"]["CentralNetworkQuotaTypeFilter"];
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
            /** @description The quotas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralNetworkQuotaListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListGcbResourceTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bandwidth's tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GcbResourceTagListResponseBody"];
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
    CreateGcbResourceTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GcbTagRequestBody"];
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
    DeleteGcbResourceTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
                /** @description Key of the tag to remove (percent-encode characters that are not URL-safe). */
                tag_key: components["parameters"]["GcbTagKey"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    BatchCreateGcbResourceTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GcbTagsRequestBody"];
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
    BatchDeleteGcbResourceTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the global connection bandwidth whose tags are read or changed. An older doc edition allows up to 64 characters; GCB ids are 32 to 36.
                 * @example 8f7e6d5c-4b3a-4291-8071-6f5e4d3c2b1a
                 */
                resource_id: components["parameters"]["GcbResourceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GcbTagsRequestBody"];
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
    CountGcbResourceByTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GcbResourceByTagRequestBody"];
            };
        };
        responses: {
            /** @description The number of matching bandwidths. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GcbResourceCountResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListGcbResourceByTag: {
        parameters: {
            query?: {
                /** @description Most resources to return, 1 to 1000 (the range an older Huawei doc edition prints; the SDK states none). Used together with `offset`; this query is not marker-paged. */
                limit?: components["parameters"]["GcbResourceLimit"];
                /** @description How many items to skip before the first one returned. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GcbResourceByTagRequestBody"];
            };
        };
        responses: {
            /** @description The matching bandwidths. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GcbResourceListResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListGcbTenantTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
                    "application/json": components["schemas"]["GcbTenantTagListResponseBody"];
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
