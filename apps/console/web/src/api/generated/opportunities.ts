// Generated from opportunities's OpenAPI document (/docs-json) by apps/console/scripts/generate-api-clients.mjs.
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
    "/feeds/clusters/{clusterId}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cluster's public opportunities as an Atom feed (no authentication) */
        get: operations["PublicFeedController_cluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's public opportunities as an Atom feed (no authentication) */
        get: operations["PublicFeedController_network"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/mail/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Asks whether to unsubscribe (a page with one button); changes nothing */
        get: operations["MailUnsubscribeController_confirm"];
        put?: never;
        /** One-click unsubscribe (RFC 8058): no further mail of the subscription to the recipient */
        post: operations["MailUnsubscribeController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List visible opportunities, newest first (filters combine with AND; cursor-paginated) */
        get: operations["OpportunitiesController_list"];
        put?: never;
        /** Create a draft, or publish right away with `publish: true` (emits OpportunityPublished) */
        post: operations["OpportunitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{opportunityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an opportunity */
        get: operations["OpportunitiesController_get"];
        put?: never;
        post?: never;
        /** Discard a draft (no event: it never left the service) */
        delete: operations["OpportunitiesController_discard"];
        options?: never;
        head?: never;
        /** Edit a draft (no event) or a published opportunity (emits OpportunityUpdated when something changed) */
        patch: operations["OpportunitiesController_update"];
        trace?: never;
    };
    "/opportunities/{opportunityId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a published opportunity, final (emits OpportunityCancelled) */
        post: operations["OpportunityLifecycleController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{opportunityId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a published opportunity, final (emits OpportunityClosed) */
        post: operations["OpportunityLifecycleController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{opportunityId}/extend-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the deadline of a published opportunity later (emits OpportunityDeadlineExtended) */
        post: operations["OpportunityLifecycleController_extendDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{opportunityId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft (emits OpportunityPublished with the full snapshot) */
        post: operations["OpportunityLifecycleController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscriptions in the caller's scope */
        get: operations["SubscriptionsController_list"];
        put?: never;
        /** Subscribe (emits SubscriptionCreated); a webhook secret / calendar URL is returned once */
        post: operations["SubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a subscription */
        get: operations["SubscriptionsController_get"];
        put?: never;
        post?: never;
        /** Unsubscribe (emits SubscriptionDeleted); open streams end */
        delete: operations["SubscriptionsController_delete"];
        options?: never;
        head?: never;
        /** Change name, filters or channels (emits SubscriptionUpdated) */
        patch: operations["SubscriptionsController_update"];
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed of the deadlines this subscription follows (token from the calendar channel) */
        get: operations["CalendarController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/mail/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail delivery log, newest first (each attempt with the relay’s answer or the error, and its duration) */
        get: operations["MailDeliveriesController_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-Sent Events: every notification of the subscription, exactly once and in order
         * @description Event `id` = feed position, `event` = notification kind, `data` = the NotificationDelivered CloudEvent. Reconnect with `Last-Event-ID` (or `?lastEventId=`) to replay everything after it from durable storage. Comment heartbeats keep idle connections open.
         */
        get: operations["StreamController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/webhook/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log, newest first (each attempt with status code / error and duration) */
        get: operations["WebhooksController_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/webhook/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with all its attempts */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/webhook/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send this notification again now, with the same webhook-id */
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/webhook/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enable a webhook disabled after persistent failure; waiting deliveries resume (emits SubscriptionUpdated) */
        post: operations["WebhooksController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/webhook/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; the new one is returned once */
        post: operations["WebhooksController_rotate"];
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
        CreateOpportunityDto: {
            /**
             * Format: date-time
             * @description Must be in the future.
             * @example 2026-09-30T12:00:00Z
             */
            deadline: string;
            description: string;
            links?: components["schemas"]["LinkDto"][];
            /**
             * @description Defaults to the caller's cluster; only the network admin may name another (and must name one).
             * @example clean
             */
            originClusterId?: string;
            /**
             * @description Publish right away instead of creating a draft.
             * @default false
             */
            publish: boolean;
            sectors?: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /** @description Registered clusters it is meant for; empty: the whole network. */
            targetClusterIds?: string[];
            /**
             * @description ISO 3166-1 alpha-2; empty means every country.
             * @example [
             *       "DK",
             *       "DE"
             *     ]
             */
            targetCountries?: string[];
            targetHelixTypes?: ("company" | "public-authority" | "research-institution" | "other")[];
            /**
             * @example [
             *       "heat-pumps"
             *     ]
             */
            technologies?: string[];
            /** @example Heat pump suppliers for a district heating pilot */
            title: string;
            /** @enum {string} */
            type: "tender" | "project-challenge" | "funding-call" | "partner-search" | "market-lead" | "event";
            value?: components["schemas"]["MoneyDto"];
            /**
             * @default network
             * @enum {string}
             */
            visibility: "network" | "target-clusters";
        };
        CreateSubscriptionDto: {
            channels?: components["schemas"]["SubscriptionChannelsDto"];
            filters?: components["schemas"]["SubscriptionFiltersDto"];
            /** @example Hydrogen tenders in the Nordics */
            name: string;
            /** @description Defaults to the caller: a member its organisation, a cluster manager its cluster. Required for a network admin. */
            subscriber?: components["schemas"]["SubscriberDto"];
        };
        DeliveryAttemptResponse: {
            /** Format: date-time */
            at: string;
            attempt: number;
            durationMs: number;
            error?: string;
            statusCode?: number;
        };
        DeliveryPageResponse: {
            items: components["schemas"]["DeliveryResponse"][];
            nextCursor: string | null;
        };
        DeliveryResponse: {
            attemptCount: number;
            attempts: components["schemas"]["DeliveryAttemptResponse"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt?: string;
            /** @description The notification id, sent as webhook-id on every attempt. */
            deliveryId: string;
            kind: string;
            /** Format: date-time */
            nextAttemptAt?: string;
            seq: number;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed" | "suspended";
        };
        EmailChannelDto: {
            /** @enum {string} */
            cadence: "instant" | "daily" | "weekly";
            /** @description Local hour at which a digest goes out. */
            hour: number;
            priority?: components["schemas"]["EmailPriorityDto"];
            /** @description Contact ids of the subscribing organisation (1-20). */
            recipients: string[];
            /**
             * @description IANA time zone of the recipients: digests go out at `hour` of it, deadlines are shown in it.
             * @example Europe/Berlin
             */
            timeZone: string;
            /** @description ISO weekday (1 = Monday) of a weekly digest; required for weekly. */
            weekday?: number;
        };
        EmailChannelResponse: {
            /** @enum {string} */
            cadence: "instant" | "daily" | "weekly";
            hour: number;
            priority?: components["schemas"]["EmailPriorityResponse"];
            recipients: string[];
            /** @example Europe/Berlin */
            timeZone: string;
            /** @description ISO weekday (1 = Monday) of a weekly digest */
            weekday?: number;
        };
        EmailPriorityDto: {
            /** @description Mail at once when the deadline is at most this many days ahead. */
            deadlineWithinDays?: number;
            /** @description Mail at once a `recommended` notification whose match score is at least this. */
            recommendedMinScore?: number;
        };
        EmailPriorityResponse: {
            deadlineWithinDays?: number;
            recommendedMinScore?: number;
        };
        EndOpportunityDto: {
            /** @example Awarded to a consortium */
            reason?: string;
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
        ExtendDeadlineDto: {
            /**
             * Format: date-time
             * @description Later than the current deadline and in the future.
             */
            deadline: string;
        };
        LinkDto: {
            label?: string;
            /** @example https://example.org/tender.pdf */
            url: string;
        };
        MailAttemptResponse: {
            /** Format: date-time */
            at: string;
            attempt: number;
            durationMs: number;
            /** @description Why the attempt failed */
            error?: string;
            /** @description The relay’s answer to a sent message, e.g. 250 OK */
            response?: string;
        };
        MailDeliveryPageResponse: {
            items: components["schemas"]["MailDeliveryResponse"][];
            nextCursor: string | null;
        };
        MailDeliveryResponse: {
            attemptCount: number;
            attempts: components["schemas"]["MailAttemptResponse"][];
            /** @description The mail it is a copy of: `<subscription>:<notification id>` or `<subscription>:<cadence>:<local date>` */
            claimId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description `<subscription>:<notification or period>|<recipient>` */
            deliveryId: string;
            /** @description Sent as Message-ID on every attempt */
            messageId: string;
            /**
             * Format: date-time
             * @description When a pending delivery is due
             */
            nextAttemptAt?: string;
            /**
             * Format: uuid
             * @description The contact it goes to
             */
            recipientId: string;
            /** Format: date-time */
            sentAt?: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed" | "suppressed";
        };
        MinimumValueDto: {
            /** @example 100000 */
            amount: number;
            /** @example EUR */
            currency: string;
        };
        MinimumValueResponse: {
            /** @example 100000 */
            amount: number;
            /** @example EUR */
            currency: string;
        };
        MoneyDto: {
            /**
             * @description In major units of the currency, at most 2 decimals.
             * @example 250000
             */
            amount: number;
            /** @example EUR */
            currency: string;
        };
        OpportunityPageResponse: {
            items: components["schemas"]["OpportunityResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        OpportunityResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deadline: string;
            description: string;
            /**
             * Format: date-time
             * @description When it was closed, cancelled or expired.
             */
            endedAt?: string;
            endReason?: string;
            links: components["schemas"]["LinkDto"][];
            /** Format: uuid */
            opportunityId: string;
            /** @example clean */
            originClusterId: string;
            /** Format: date-time */
            publishedAt?: string;
            publisher: components["schemas"]["PublisherResponse"];
            sectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "cancelled" | "expired";
            targetClusterIds: string[];
            targetCountries: string[];
            targetHelixTypes: ("company" | "public-authority" | "research-institution" | "other")[];
            technologies: string[];
            title: string;
            /** @enum {string} */
            type: "tender" | "project-challenge" | "funding-call" | "partner-search" | "market-lead" | "event";
            /** Format: date-time */
            updatedAt: string;
            value?: components["schemas"]["MoneyDto"];
            /** @description Aggregate version; the sequence of its latest event. */
            version: number;
            /** @enum {string} */
            visibility: "network" | "target-clusters";
        };
        PublisherResponse: {
            /** Format: uuid */
            organisationId?: string;
            /** @description The publishing user's subject (JWT sub). */
            subject: string;
        };
        SubscriberDto: {
            /** @example clean */
            clusterId: string;
            /** @enum {string} */
            kind: "cluster" | "organisation";
            /** @description Required when kind is organisation. */
            organisationId?: string;
        };
        SubscriberResponse: {
            /** @example clean */
            clusterId: string;
            /** @enum {string} */
            kind: "cluster" | "organisation";
            /**
             * Format: uuid
             * @description Present exactly when kind is organisation.
             */
            organisationId?: string;
        };
        SubscriptionChannelsDto: {
            /** @description Offer an iCalendar feed of the followed deadlines (a feed token is returned once). */
            calendar?: boolean;
            /** @description E-mail to contacts of the subscribing organisation (an organisation subscriber only). */
            email?: components["schemas"]["EmailChannelDto"] | null;
            webhook?: components["schemas"]["WebhookChannelDto"] | null;
        };
        SubscriptionChannelsResponse: {
            /** @description Whether the iCalendar feed is on (its URL with the token is returned only when it is turned on). */
            calendar: boolean;
            email?: components["schemas"]["EmailChannelResponse"];
            webhook?: components["schemas"]["WebhookChannelResponse"];
        };
        SubscriptionFiltersDto: {
            /**
             * @example [
             *       "DK",
             *       "NO"
             *     ]
             */
            countries?: string[];
            /** @description Only deadlines at least this many days ahead. */
            deadlineAtLeastDays?: number;
            /** @description Only deadlines at most this many days ahead. */
            deadlineWithinDays?: number;
            helixTypes?: ("company" | "public-authority" | "research-institution" | "other")[];
            /**
             * @description Words that must all occur in the title or description.
             * @example [
             *       "hydrogen"
             *     ]
             */
            keywords?: string[];
            minValue?: components["schemas"]["MinimumValueDto"];
            /**
             * @example [
             *       "clean"
             *     ]
             */
            originClusterIds?: string[];
            sectors?: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /**
             * @example [
             *       "heat-pumps"
             *     ]
             */
            technologies?: string[];
            types?: ("tender" | "project-challenge" | "funding-call" | "partner-search" | "market-lead" | "event" | "partner-programme")[];
        };
        SubscriptionFiltersResponse: {
            countries: string[];
            deadlineAtLeastDays?: number;
            deadlineWithinDays?: number;
            helixTypes: ("company" | "public-authority" | "research-institution" | "other")[];
            keywords: string[];
            minValue?: components["schemas"]["MinimumValueResponse"];
            originClusterIds: string[];
            sectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            technologies: string[];
            types: ("tender" | "project-challenge" | "funding-call" | "partner-search" | "market-lead" | "event" | "partner-programme")[];
        };
        SubscriptionPageResponse: {
            items: components["schemas"]["SubscriptionResponse"][];
            nextCursor: string | null;
        };
        SubscriptionResponse: {
            /** @description Returned once, when the calendar channel is enabled: the calendar URL with its feed token. */
            calendarPath?: string;
            channels: components["schemas"]["SubscriptionChannelsResponse"];
            /** Format: date-time */
            createdAt: string;
            filters: components["schemas"]["SubscriptionFiltersResponse"];
            name: string;
            /** @example /subscriptions/…/stream */
            streamPath: string;
            subscriber: components["schemas"]["SubscriberResponse"];
            /** Format: uuid */
            subscriptionId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** @description Returned once, when a webhook is added (or its secret rotated): whsec_<base64>. */
            webhookSecret?: string;
        };
        UpdateOpportunityDto: {
            /**
             * Format: date-time
             * @description Must be in the future.
             * @example 2026-09-30T12:00:00Z
             */
            deadline?: string;
            description?: string;
            links?: components["schemas"]["LinkDto"][];
            sectors?: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /** @description Registered clusters it is meant for; empty: the whole network. */
            targetClusterIds?: string[];
            /**
             * @description ISO 3166-1 alpha-2; empty means every country.
             * @example [
             *       "DK",
             *       "DE"
             *     ]
             */
            targetCountries?: string[];
            targetHelixTypes?: ("company" | "public-authority" | "research-institution" | "other")[];
            /**
             * @example [
             *       "heat-pumps"
             *     ]
             */
            technologies?: string[];
            /** @example Heat pump suppliers for a district heating pilot */
            title?: string;
            /** @enum {string} */
            type?: "tender" | "project-challenge" | "funding-call" | "partner-search" | "market-lead" | "event";
            value?: components["schemas"]["MoneyDto"];
            /**
             * @default network
             * @enum {string}
             */
            visibility: "network" | "target-clusters";
        };
        UpdateSubscriptionDto: {
            channels?: components["schemas"]["SubscriptionChannelsDto"];
            filters?: components["schemas"]["SubscriptionFiltersDto"];
            name?: string;
        };
        WebhookChannelDto: {
            /**
             * @description A public http(s) endpoint. Refused (400): credentials in the URL, and hosts that are or resolve to loopback, private, link-local, multicast, reserved or IPv4-mapped addresses in any spelling (e.g. 127.1, 0x7f000001); checked again before every delivery.
             * @example https://crm.example.org/hooks/icn
             */
            url: string;
        };
        WebhookChannelResponse: {
            /** Format: date-time */
            disabledAt?: string;
            disabledReason?: string;
            /**
             * @description disabled after persistent failure, until re-enabled
             * @enum {string}
             */
            status: "enabled" | "disabled";
            url: string;
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
    PublicFeedController_cluster: {
        parameters: {
            query?: {
                /** @description The cursor of a `previous` link: the entries just newer than it. */
                after?: string;
                /** @description The cursor of a `next` link: the entries just older than it. */
                before?: string;
                /** @description The `last` link: the oldest entries. */
                page?: "last";
            };
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed page (RFC 4287), newest publication first, with RFC 5005 first/last/next/previous links. Only opportunities visible to everyone (visibility `network`); ended ones stay with their status. ETag and Last-Modified for conditional GET. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not modified (If-None-Match / If-Modified-Since). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A paging parameter this feed did not issue (before, after, page), or more than one of them. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such cluster. */
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
    PublicFeedController_network: {
        parameters: {
            query?: {
                /** @description The cursor of a `previous` link: the entries just newer than it. */
                after?: string;
                /** @description The cursor of a `next` link: the entries just older than it. */
                before?: string;
                /** @description The `last` link: the oldest entries. */
                page?: "last";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed page (RFC 4287), newest publication first, with RFC 5005 first/last/next/previous links. Only opportunities visible to everyone (visibility `network`); ended ones stay with their status. ETag and Last-Modified for conditional GET. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not modified (If-None-Match / If-Modified-Since). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A paging parameter this feed did not issue (before, after, page), or more than one of them. */
            400: {
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
    MailUnsubscribeController_confirm: {
        parameters: {
            query: {
                /** @description The recipient: a contact of the subscribing organisation. */
                recipient: string;
                /** @description HMAC-SHA256 of subscription and recipient under the service’s unsubscribe key, base64url. */
                signature: string;
                subscription: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/html */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A parameter is missing or malformed, or the signature does not match */
            400: {
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
    MailUnsubscribeController_unsubscribe: {
        parameters: {
            query: {
                /** @description The recipient: a contact of the subscribing organisation. */
                recipient: string;
                /** @description HMAC-SHA256 of subscription and recipient under the service’s unsubscribe key, base64url. */
                signature: string;
                subscription: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/html: unsubscribed (also when it was before) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A parameter is missing or malformed, or the signature does not match */
            400: {
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
    OpportunitiesController_list: {
        parameters: {
            query?: {
                /** @description Opportunities that target this country. */
                country?: string;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Deadline at or after this instant. */
                deadlineFrom?: string;
                /** @description Deadline at or before this instant. */
                deadlineTo?: string;
                limit?: number;
                originClusterId?: string;
                /** @description Words that must all appear in the title or description (case, accents and simple plurals ignored). */
                q?: string;
                sector?: "renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech";
                /** @description open: published; closed: closed, cancelled or expired. */
                state?: "open" | "closed";
                /** @description Exact lifecycle status. */
                status?: "draft" | "published" | "closed" | "cancelled" | "expired";
                technology?: string;
                type?: "tender" | "project-challenge" | "funding-call" | "partner-search" | "market-lead" | "event";
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
                    "application/json": components["schemas"]["OpportunityPageResponse"];
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
    OpportunitiesController_create: {
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
                "application/json": components["schemas"]["CreateOpportunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityResponse"];
                };
            };
            /** @description Invalid or unknown fields (each named), deadline not in the future, unknown clusters. */
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
            /** @description Publishing for another cluster, or a member whose organisation is not active. */
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
    OpportunitiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opportunityId: string;
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
                    "application/json": components["schemas"]["OpportunityResponse"];
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
            /** @description Absent, or not visible to the caller (e.g. another cluster’s draft). */
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
    OpportunitiesController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opportunityId: string;
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
            /** @description Not a draft (close or cancel a published opportunity instead). */
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
    OpportunitiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opportunityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOpportunityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityResponse"];
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
            /** @description Ended (final), or a deadline change on a published opportunity (use extend-deadline). */
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
    OpportunityLifecycleController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                opportunityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndOpportunityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityResponse"];
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
            /** @description Not published. */
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
    OpportunityLifecycleController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                opportunityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndOpportunityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityResponse"];
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
            /** @description Not published. */
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
    OpportunityLifecycleController_extendDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                opportunityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendDeadlineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityResponse"];
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
            /** @description Not published, or the new deadline is not later than the current one. */
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
    OpportunityLifecycleController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                opportunityId: string;
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
                    "application/json": components["schemas"]["OpportunityResponse"];
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
            /** @description Not a draft, or its deadline has passed. */
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
    SubscriptionsController_list: {
        parameters: {
            query?: {
                /** @description Network admin only: restrict to one cluster. */
                clusterId?: string;
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["SubscriptionPageResponse"];
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
    SubscriptionsController_create: {
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
                "application/json": components["schemas"]["CreateSubscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
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
    SubscriptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
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
                    "application/json": components["schemas"]["SubscriptionResponse"];
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
    SubscriptionsController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
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
    SubscriptionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscriptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
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
    CalendarController_calendar: {
        parameters: {
            query: {
                token: unknown;
            };
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
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
    MailDeliveriesController_log: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                subscriptionId: string;
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
                    "application/json": components["schemas"]["MailDeliveryPageResponse"];
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
    StreamController_stream: {
        parameters: {
            query?: {
                lastEventId?: unknown;
            };
            header?: {
                "Last-Event-ID"?: string;
            };
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data?: string;
                        event?: string;
                        id?: string;
                        retry?: number;
                    };
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
    WebhooksController_log: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page (a feed position; pages go backwards). */
                cursor?: number;
                limit?: number;
                status?: "pending" | "delivered" | "failed" | "suspended";
            };
            header?: never;
            path: {
                subscriptionId: string;
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
                    "application/json": components["schemas"]["DeliveryPageResponse"];
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
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                subscriptionId: string;
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
                    "application/json": components["schemas"]["DeliveryResponse"];
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
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
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
    WebhooksController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
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
                    "application/json": components["schemas"]["SubscriptionResponse"];
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
    WebhooksController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
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
                    "application/json": components["schemas"]["SubscriptionResponse"];
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
