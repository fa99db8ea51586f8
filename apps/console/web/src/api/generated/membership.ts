// Generated from membership's OpenAPI document (/docs-json) by apps/console/scripts/generate-api-clients.mjs.
// Do not edit: change the service, then regenerate.
export interface paths {
    "/asyncapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AsyncAPI 3 document of the events integrators can subscribe to */
        get: operations["AsyncApiController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clusters */
        get: operations["ClustersController_list"];
        put?: never;
        /** Register a cluster (emits ClusterRegistered) */
        post: operations["ClustersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{clusterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a cluster */
        get: operations["ClustersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a cluster (emits ClusterUpdated when something changed) */
        patch: operations["ClustersController_update"];
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations (filters combine with AND; ordered by id, cursor-paginated) */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** An organisation joins a cluster (emits OrganisationJoined) */
        post: operations["OrganisationsController_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organisation of whichever cluster; its contacts only for readers of its cluster */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the profile (emits OrganisationUpdated when something changed) */
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/organisations/{organisationId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact (emits ContactAdded) */
        post: operations["ContactsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact (emits ContactRemoved) */
        delete: operations["ContactsController_remove"];
        options?: never;
        head?: never;
        /** Change a contact: name, role, e-mail or phone (emits ContactUpdated when something changed) */
        patch: operations["ContactsController_update"];
        trace?: never;
    };
    "/organisations/{organisationId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the cluster, final (emits OrganisationLeft) */
        post: operations["OrganisationLifecycleController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended membership (emits OrganisationReinstated) */
        post: operations["OrganisationLifecycleController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an active membership (emits OrganisationSuspended) */
        post: operations["OrganisationLifecycleController_suspend"];
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
        AddContactDto: {
            /**
             * Format: email
             * @example mette@example.org
             */
            email: string;
            /** @example Mette Hansen */
            name: string;
            /** @example +45 12 34 56 78 */
            phone?: string;
            /** @example Head of International Projects */
            role?: string;
        };
        AsyncApiDocumentResponse: {
            /**
             * @description The AsyncAPI specification version the document follows.
             * @example 3.0.0
             */
            asyncapi: string;
            /** @description One channel per Kafka topic, keyed by channel id. */
            channels: {
                [key: string]: unknown;
            };
            /** @description The messages (one per event type and version) and their payload schemas. */
            components: {
                [key: string]: unknown;
            };
            /** @example application/cloudevents+json */
            defaultContentType: string;
            /** @example urn:org:icn:platform:events */
            id: string;
            info: components["schemas"]["AsyncApiInfoResponse"];
            /** @description What a subscriber may receive on each channel, keyed by operation id. */
            operations: {
                [key: string]: unknown;
            };
        };
        AsyncApiInfoResponse: {
            description?: string;
            /** @example ICN Platform events */
            title: string;
            /** @description Version of the event contract (not of the service). */
            version: string;
        };
        ClusterPageResponse: {
            items: components["schemas"]["ClusterResponse"][];
            nextCursor: string | null;
        };
        ClusterResponse: {
            city?: string;
            /** @example clean */
            clusterId: string;
            /** @example DK */
            country: string;
            focusSectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            memberCounts: components["schemas"]["HelixCountsDto"];
            name: string;
            region?: string;
            /** Format: date-time */
            registeredAt: string;
            secretariat: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            /** Format: date-time */
            updatedAt: string;
            version: number;
            website?: string;
        };
        ContactResponse: {
            /** Format: uuid */
            contactId: string;
            /** Format: email */
            email: string;
            name: string;
            phone?: string;
            role?: string;
        };
        /** @description The only shape an error response has: no stack, no internal exception names. */
        ErrorBody: {
            /** @description One entry per invalid input field (400 only). */
            details?: {
                /**
                 * @description Dotted path into the body, or the parameter name.
                 * @example contacts.0.email
                 */
                field: string;
                /** @example must be an email */
                reason: string;
            }[];
            /**
             * @description The HTTP reason phrase.
             * @example Bad Request
             */
            error: string;
            /**
             * @description What went wrong, for a person.
             * @example Validation failed: contacts.0.email: must be an email
             */
            message: string;
            /**
             * @description The HTTP status, repeated.
             * @example 400
             */
            statusCode: number;
        };
        HelixCountsDto: {
            companies: number;
            other: number;
            publicAuthorities: number;
            researchInstitutions: number;
        };
        JoinOrganisationDto: {
            /** @example Aalborg */
            city?: string;
            /** @example clean */
            clusterId: string;
            /**
             * @description Required when helixType is company, forbidden otherwise.
             * @enum {string}
             */
            companySize?: "sme" | "large";
            contacts?: components["schemas"]["AddContactDto"][];
            /**
             * @description ISO 3166-1 alpha-2
             * @example DK
             */
            country: string;
            description?: string;
            /** @enum {string} */
            helixType: "company" | "public-authority" | "research-institution" | "other";
            /** @example Aalborg Heat Solutions ApS */
            name: string;
            /** @description What the organisation is looking for. */
            needs?: string[];
            /** @description What the organisation provides to others. */
            offers?: string[];
            sectors?: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /**
             * @description kebab-case tags
             * @example [
             *       "heat-pumps"
             *     ]
             */
            technologies?: string[];
            /** @description Technology readiness level of the main offer. */
            trl?: number;
            /** @example https://example.org */
            website?: string;
        };
        LeaveOrganisationDto: {
            /** @example Company acquired */
            reason?: string;
        };
        OrganisationPageResponse: {
            items: components["schemas"]["OrganisationResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        OrganisationResponse: {
            city?: string;
            /** @example clean */
            clusterId: string;
            /** @enum {string} */
            companySize?: "sme" | "large";
            /** @description Personal data: present only for callers who may read the organisation's cluster (its own cluster's people, the network admin, integrators). */
            contacts?: components["schemas"]["ContactResponse"][];
            /** @example DK */
            country: string;
            description?: string;
            /** @enum {string} */
            helixType: "company" | "public-authority" | "research-institution" | "other";
            /** Format: date-time */
            joinedAt: string;
            /** Format: date-time */
            leftAt?: string;
            leftReason?: string;
            name: string;
            needs: string[];
            offers: string[];
            /** Format: uuid */
            organisationId: string;
            sectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /** @enum {string} */
            status: "active" | "suspended" | "left";
            /** Format: date-time */
            suspendedAt?: string;
            suspensionReason?: string;
            technologies: string[];
            trl?: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description Aggregate version; the sequence of its latest event. */
            version: number;
            website?: string;
        };
        RegisterClusterDto: {
            /** @example Stavanger */
            city?: string;
            /** @example nordic-edge */
            clusterId: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example NO
             */
            country: string;
            focusSectors?: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /** @description Defaults to zero everywhere. */
            memberCounts?: components["schemas"]["HelixCountsDto"];
            /** @example Nordic Edge */
            name: string;
            /** @example Rogaland */
            region?: string;
            /**
             * @description True for the ICN secretariat (CLEAN).
             * @default false
             */
            secretariat: boolean;
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "inactive";
            /** @example https://www.nordicedge.org */
            website?: string;
        };
        SuspendOrganisationDto: {
            /** @example Membership fee unpaid for 2026 */
            reason: string;
        };
        UpdateClusterDto: {
            city?: string | null;
            /** @description ISO 3166-1 alpha-2 */
            country?: string;
            focusSectors?: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            memberCounts?: components["schemas"]["HelixCountsDto"];
            name?: string;
            region?: string | null;
            secretariat?: boolean;
            /**
             * @description An inactive cluster accepts no new members.
             * @enum {string}
             */
            status?: "active" | "inactive";
            /** Format: uri */
            website?: string | null;
        };
        UpdateContactDto: {
            /**
             * Format: email
             * @example mette@example.org
             */
            email?: string;
            /** @example Mette Hansen */
            name?: string;
            /** @example +45 12 34 56 78 */
            phone?: string | null;
            /** @example Head of International Projects */
            role?: string | null;
        };
        UpdateOrganisationDto: {
            city?: string | null;
            /** @enum {string|null} */
            companySize?: "sme" | "large" | null;
            /** @description ISO 3166-1 alpha-2 */
            country?: string;
            description?: string | null;
            /** @enum {string} */
            helixType?: "company" | "public-authority" | "research-institution" | "other";
            name?: string;
            needs?: string[];
            offers?: string[];
            sectors?: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            technologies?: string[];
            trl?: number | null;
            /** Format: uri */
            website?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AsyncApiController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AsyncAPI 3.0.0 JSON document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncApiDocumentResponse"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ClustersController_list: {
        parameters: {
            query?: {
                country?: string;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description Clusters with this focus sector. */
                sector?: "renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech";
                status?: "active" | "inactive";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterPageResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ClustersController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterClusterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A cluster with this slug is already registered. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body’s encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ClustersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ClustersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClusterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object’s current state does not allow it (the message says why), or a retry with the same Idempotency-Key while the first attempt still runs. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body’s encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                clusterId?: string;
                companySize?: "sme" | "large";
                country?: string;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                helixType?: "company" | "public-authority" | "research-institution" | "other";
                limit?: number;
                /** @description Case-insensitive substring of the name. */
                name?: string;
                sector?: "renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech";
                status?: "active" | "suspended" | "left";
                technology?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationsController_join: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid or unknown fields; unregistered cluster. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A cluster-manager adding to another cluster. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The cluster is inactive. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body’s encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The organisation has left. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body’s encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Same email already listed, too many contacts, or the organisation has left. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body’s encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The object’s current state does not allow it (the message says why), or a retry with the same Idempotency-Key while the first attempt still runs. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Another contact's e-mail, or the organisation has left. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body’s encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationLifecycleController_leave: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaveOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Already left. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body’s encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationLifecycleController_reinstate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not suspended. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OrganisationLifecycleController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, invalid or expired credentials (bearer token or X-API-Key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller’s role or scope (cluster, organisation) does not allow this operation on this object. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An object the path or the body names does not exist (or is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not active (already suspended, or left). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body’s encoding or charset is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many requests from this client; retry later. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
