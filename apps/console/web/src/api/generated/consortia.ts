// Generated from consortia's OpenAPI document (/docs-json) by apps/console/scripts/generate-api-clients.mjs.
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
    "/consortia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consortia the caller may see, newest first: all for the secretariat, its members’ for a cluster manager, its own (and invitations) for a member */
        get: operations["ConsortiaController_list"];
        put?: never;
        /** Form a consortium around a funding call or a call entered by hand (emits ConsortiumCreated) */
        post: operations["ConsortiaController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One consortium (members, invitees, their cluster managers, the secretariat) */
        get: operations["ConsortiaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/budget/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a member’s budget lines (that member’s side or the coordinator side; emits ConsortiumBudgetUpdated) */
        put: operations["ConsortiumWorkspaceController_setBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the partnership meets the call’s rules, and what is missing */
        get: operations["ConsortiaController_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the grant: total and split per beneficiary (emits ConsortiumGranted) */
        post: operations["ConsortiaController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite an organisation as partner, associated partner or subcontractor (coordinator side; emits ConsortiumInvitationSent) */
        post: operations["ConsortiumFormationController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation (the invitee’s side; emits ConsortiumInvitationAccepted) */
        post: operations["ConsortiumFormationController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation (the invitee’s side; emits ConsortiumInvitationDeclined) */
        post: operations["ConsortiumFormationController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave before submission (the member’s side, not the coordinator; emits ConsortiumMemberLeft) */
        post: operations["ConsortiumFormationController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/members/{organisationId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a member before submission (coordinator side; emits ConsortiumMemberRemoved) */
        post: operations["ConsortiumFormationController_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/partner-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consortium’s partner searches, newest first (members and the secretariat) */
        get: operations["PartnerSearchController_list"];
        put?: never;
        /** Ask matchmaking for partners that close the eligibility gaps and bring the call’s competencies (emits PartnerSuggestionsRequested) */
        post: operations["PartnerSearchController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/partner-searches/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner search: pending, or proposed with the candidates, the gaps each closes and their explanations */
        get: operations["PartnerSearchController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/partner-searches/{requestId}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A small set of the candidates that together close every missing requirement they can (fewest partners, then highest total score) */
        get: operations["PartnerSearchController_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a rejection with the funder’s feedback (emits ConsortiumRejected) */
        post: operations["ConsortiaController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/reserve-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the funder put it on the reserve list (emits ConsortiumReserveListed) */
        post: operations["ConsortiaController_reserveList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a custom section (coordinator side; emits ConsortiumSectionAdded) */
        post: operations["ConsortiumWorkspaceController_addSection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/sections/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a section: owner, due date, title (coordinator side) or status (also its owner) (emits ConsortiumSectionUpdated) */
        patch: operations["ConsortiumWorkspaceController_updateSection"];
        trace?: never;
    };
    "/consortia/{consortiumId}/start-drafting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close formation and start writing (emits ConsortiumDraftingStarted) */
        post: operations["ConsortiaController_startDrafting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit and freeze the application (emits ConsortiumSubmitted) */
        post: operations["ConsortiaController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/{consortiumId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw before an outcome is recorded (emits ConsortiumWithdrawn) */
        post: operations["ConsortiaController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outcome register: consortia whose outcome was recorded in the year, as far as the caller may see them */
        get: operations["ConsortiumReportsController_outcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consortia/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Yearly figures of the consortia submitted in the year, network-wide and per cluster (a cluster counts consortia with at least one member from it): submissions, outcomes, success rate, EUR granted */
        get: operations["ConsortiumReportsController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funding-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published funding calls the caller may see, soonest deadline first */
        get: operations["FundingCallsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funding-calls/{opportunityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One funding call, whatever its status, as consortia last heard of it */
        get: operations["FundingCallsController_get"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddSectionDto: {
            /**
             * Format: date
             * @example 2027-04-01
             */
            dueDate: string;
            /**
             * @description A kebab-case key, unique in the consortium.
             * @example dissemination
             */
            key: string;
            /**
             * Format: uuid
             * @description A member organisation.
             */
            ownerOrganisationId: string;
            /** @example Dissemination plan */
            title: string;
        };
        ApplicationSectionResponse: {
            /**
             * @description YYYY-MM-DD.
             * @example 2027-03-01
             */
            dueDate: string;
            /**
             * @description Kebab-case key, unique in the consortium.
             * @example excellence
             */
            key: string;
            /**
             * Format: uuid
             * @description The member organisation that writes it.
             */
            ownerOrganisationId: string;
            /** @enum {string} */
            status: "todo" | "in-progress" | "done";
            title: string;
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
        BudgetLineDto: {
            /**
             * @description EUR, at most two decimals.
             * @example 42000
             */
            amountEur: number;
            /** @enum {string} */
            category: "personnel" | "subcontracting" | "travel" | "equipment" | "other-direct" | "indirect";
        };
        BudgetLineResponse: {
            amountEur: number;
            /** @enum {string} */
            category: "personnel" | "subcontracting" | "travel" | "equipment" | "other-direct" | "indirect";
            /** Format: uuid */
            organisationId: string;
        };
        CallDto: {
            /**
             * @description The call’s total budget in EUR.
             * @example 6000000
             */
            budgetEur?: number;
            /**
             * @description When the call closes; in the future.
             * @example 2027-04-27T17:00:00.000Z
             */
            deadline: string;
            /**
             * @description The programme.
             * @example COSME
             */
            programme: string;
            /** @example COS-CLUSINT-2017-03-01: Cluster Go International */
            topic: string;
        };
        ClosedGapResponse: {
            /** @enum {string} */
            kind: "partners" | "countries" | "helix-type" | "sme-share";
            /** @example DE */
            value?: string;
        };
        ClusterConsortiumCountsResponse: {
            /** @example clean */
            clusterId: string;
            /** @description EUR granted (for a cluster: the part that went to its own members). */
            eurGranted: number;
            granted: number;
            rejected: number;
            /** @description Still waiting on the funder’s reserve list. */
            reserveList: number;
            /** @description Consortia submitted in the year (whatever happened to them since). */
            submissions: number;
            /** @description granted / submissions in percent, one decimal; null without submissions. */
            successRatePercent: number | null;
            withdrawn: number;
        };
        ConsortiumCallResponse: {
            /** @description The call’s total budget in EUR, when known. */
            budgetEur?: number;
            /**
             * Format: date-time
             * @description When applications close.
             */
            deadline: string;
            /**
             * Format: uuid
             * @description The funding-call opportunity it was built on (source opportunity).
             */
            opportunityId?: string;
            /** @example COSME */
            programme: string;
            /**
             * @description A funding-call opportunity, or typed in by the lead.
             * @enum {string}
             */
            source: "opportunity" | "manual";
            topic: string;
        };
        ConsortiumCountsResponse: {
            /** @description EUR granted (for a cluster: the part that went to its own members). */
            eurGranted: number;
            granted: number;
            rejected: number;
            /** @description Still waiting on the funder’s reserve list. */
            reserveList: number;
            /** @description Consortia submitted in the year (whatever happened to them since). */
            submissions: number;
            /** @description granted / submissions in percent, one decimal; null without submissions. */
            successRatePercent: number | null;
            withdrawn: number;
        };
        ConsortiumGrantResponse: {
            /** @description One per beneficiary. */
            shares: components["schemas"]["GrantShareResponse"][];
            totalEur: number;
        };
        ConsortiumInvitationResponse: {
            /** @example clean */
            clusterId: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            invitationId: string;
            /** Format: date-time */
            invitedAt: string;
            /** @description The subject that sent it. */
            invitedBy: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** Format: date-time */
            respondedAt?: string;
            /** @enum {string} */
            role: "partner" | "associated-partner" | "subcontractor";
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "expired";
        };
        ConsortiumMemberResponse: {
            /** @example clean */
            clusterId: string;
            /** @enum {string} */
            companySize?: "sme" | "large";
            /** @example DK */
            country: string;
            /** @enum {string} */
            helixType: "company" | "public-authority" | "research-institution" | "other";
            /** Format: date-time */
            joinedAt: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            role: "coordinator" | "partner" | "associated-partner" | "subcontractor";
        };
        ConsortiumPageResponse: {
            items: components["schemas"]["ConsortiumResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ConsortiumResponse: {
            budgetLines: components["schemas"]["BudgetLineResponse"][];
            call: components["schemas"]["ConsortiumCallResponse"];
            /**
             * Format: date-time
             * @description When the final outcome (granted, rejected, withdrawn) was recorded.
             */
            closedAt?: string;
            /** Format: uuid */
            consortiumId: string;
            /**
             * Format: uuid
             * @description The lead organisation; also in members with role coordinator.
             */
            coordinatorOrganisationId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The subject that created it. */
            createdBy: string;
            /** Format: date-time */
            draftingStartedAt?: string;
            /** @description The funder’s feedback on a rejection. */
            feedback?: string;
            grant?: components["schemas"]["ConsortiumGrantResponse"];
            invitations: components["schemas"]["ConsortiumInvitationResponse"][];
            members: components["schemas"]["ConsortiumMemberResponse"][];
            /** Format: date-time */
            reserveListedAt?: string;
            rules: components["schemas"]["EligibilityRulesResponse"];
            sections: components["schemas"]["ApplicationSectionResponse"][];
            /** @enum {string} */
            status: "forming" | "drafting" | "submitted" | "granted" | "reserve-list" | "rejected" | "withdrawn";
            /** Format: date-time */
            submittedAt?: string;
            /** @description Project title or acronym. */
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Aggregate version; the sequence of its latest event. */
            version: number;
            withdrawalReason?: string;
        };
        ConsortiumStatisticsResponse: {
            /** @description In cluster id order; a consortium counts once for each of its clusters. */
            byCluster: components["schemas"]["ClusterConsortiumCountsResponse"][];
            network: components["schemas"]["ConsortiumCountsResponse"];
            /** @example 2026 */
            year: number;
        };
        CreateConsortiumDto: {
            /** @description A call entered by hand, instead of opportunityId. */
            call?: components["schemas"]["CallDto"];
            /**
             * Format: uuid
             * @description The lead organisation (yours, or one of your cluster’s); it becomes the coordinator.
             */
            leadOrganisationId: string;
            /**
             * Format: uuid
             * @description A published funding-call opportunity to build on.
             */
            opportunityId?: string;
            /**
             * @description With opportunityId: the programme name (the opportunity has none); defaults to "unspecified".
             * @example COSME
             */
            programme?: string;
            rules: components["schemas"]["EligibilityRulesDto"];
            /** @example CLUSTER-GO: five cleantech clusters go international */
            title: string;
        };
        EligibilityReportResponse: {
            eligible: boolean;
            /** @description Empty when eligible. */
            missing: components["schemas"]["MissingRequirementResponse"][];
        };
        EligibilityRulesDto: {
            /** @example 8 */
            maxPartners?: number;
            /**
             * @description Distinct countries among the beneficiaries.
             * @example 3
             */
            minCountries: number;
            /**
             * @description Beneficiaries needed, the coordinator included.
             * @example 3
             */
            minPartners: number;
            /**
             * @description Minimum share of SME beneficiaries, in percent (head count).
             * @example 30
             */
            minSmeSharePercent: number;
            /**
             * @example [
             *       "research-institution"
             *     ]
             */
            requiredHelixTypes: ("company" | "public-authority" | "research-institution" | "other")[];
        };
        EligibilityRulesResponse: {
            maxPartners?: number;
            /** @description Distinct countries the beneficiaries must come from. */
            minCountries: number;
            /** @description Beneficiaries needed, the coordinator included. */
            minPartners: number;
            /** @description Minimum share of beneficiaries that are SMEs, in percent (by head count). */
            minSmeSharePercent: number;
            /** @description Each needs at least one beneficiary of that type. */
            requiredHelixTypes: ("company" | "public-authority" | "research-institution" | "other")[];
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
        FundingCallLinkResponse: {
            label?: string;
            /** Format: uri */
            url: string;
        };
        FundingCallMoneyResponse: {
            amount: number;
            /**
             * @description ISO 4217.
             * @example EUR
             */
            currency: string;
        };
        FundingCallPageResponse: {
            items: components["schemas"]["FundingCallResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        FundingCallPublisherResponse: {
            /** Format: uuid */
            organisationId?: string;
            /** @description The publishing user’s subject. */
            subject: string;
        };
        FundingCallResponse: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it closes for applications.
             */
            deadline: string;
            description: string;
            links: components["schemas"]["FundingCallLinkResponse"][];
            /** Format: uuid */
            opportunityId: string;
            /**
             * @description The cluster it is published for.
             * @example clean
             */
            originClusterId: string;
            /** Format: date-time */
            publishedAt: string;
            publisher: components["schemas"]["FundingCallPublisherResponse"];
            sectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /** @enum {string} */
            status: "published" | "closed" | "cancelled" | "expired";
            /** @description Clusters it is meant for (empty: the whole network). */
            targetClusterIds: string[];
            /** @description Countries it concerns (empty: every country). */
            targetCountries: string[];
            /** @description Kinds of organisation it is meant for (empty: all). */
            targetHelixTypes: ("company" | "public-authority" | "research-institution" | "other")[];
            technologies: string[];
            title: string;
            /**
             * @description Always funding-call here.
             * @enum {string}
             */
            type: "tender" | "project-challenge" | "funding-call" | "partner-search" | "market-lead" | "event";
            /** Format: date-time */
            updatedAt: string;
            value?: components["schemas"]["FundingCallMoneyResponse"];
            /** @description The opportunity’s version; the sequence of its latest event. */
            version: number;
            /** @enum {string} */
            visibility: "network" | "target-clusters";
        };
        GrantConsortiumDto: {
            shares: components["schemas"]["GrantShareDto"][];
            /** @example 450000 */
            totalEur: number;
        };
        GrantShareDto: {
            /** @example 90000 */
            amountEur: number;
            /**
             * Format: uuid
             * @description A beneficiary (the coordinator or a partner).
             */
            organisationId: string;
        };
        GrantShareResponse: {
            amountEur: number;
            /** Format: uuid */
            organisationId: string;
        };
        InviteOrganisationDto: {
            /**
             * Format: uuid
             * @description An active organisation of the directory.
             */
            organisationId: string;
            /** @enum {string} */
            role: "partner" | "associated-partner" | "subcontractor";
        };
        LeaveConsortiumDto: {
            /**
             * Format: uuid
             * @description The member organisation that leaves (yours, or one of your cluster’s).
             */
            organisationId: string;
        };
        MatchReasonResponse: {
            /** @description What it added to the score (negative for a factor below 1). */
            contribution: number;
            /** @description Outcome feedback: the multiplier applied instead of a weight. */
            factor?: number;
            /** @enum {string} */
            kind: "sector" | "technology" | "offer-need" | "country" | "helix" | "cluster" | "outcome-feedback";
            /** @description The matched values (sector, technology, country, helix pair, shared offer/need terms). */
            matched: string[];
            /**
             * @description Which rule of the kind applied.
             * @example targeted-country
             */
            rule?: string;
            /** @description One sentence for people. */
            summary: string;
            /** @description Additive reasons: the weight applied. */
            weight?: number;
        };
        MissingRequirementResponse: {
            /**
             * @description What is missing, in words a coordinator acts on.
             * @example needs a research institution
             */
            message: string;
            /** @enum {string} */
            rule: "min-partners" | "max-partners" | "min-countries" | "required-helix-type" | "min-sme-share";
        };
        OutcomeRegisterEntryResponse: {
            /** @description The clusters of its members, in id order. */
            clusterIds: string[];
            /** Format: uuid */
            consortiumId: string;
            coordinatorName: string;
            /** Format: uuid */
            coordinatorOrganisationId: string;
            /** @description The funder’s feedback on a rejection. */
            feedback?: string;
            /** @description The total granted, in EUR. */
            grantedEur?: number;
            /**
             * Format: date-time
             * @description When the current outcome was recorded (the register files it under this year).
             */
            outcomeAt: string;
            /** @example COSME */
            programme: string;
            /** @enum {string} */
            status: "granted" | "reserve-list" | "rejected" | "withdrawn";
            /** Format: date-time */
            submittedAt?: string;
            title: string;
            topic: string;
        };
        OutcomeRegisterPageResponse: {
            items: components["schemas"]["OutcomeRegisterEntryResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @example 2026 */
            year: number;
        };
        PartnerCandidateResponse: {
            /** @description The gaps it closes on its own. */
            closes: components["schemas"]["ClosedGapResponse"][];
            /** @example clean */
            clusterId: string;
            /** @example DE */
            country: string;
            /** @enum {string} */
            helixType: "company" | "public-authority" | "research-institution" | "other";
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** @description 1 for the best candidate. */
            rank: number;
            /** @description Why it scores what it does; the contributions add up to the score. */
            reasons: components["schemas"]["MatchReasonResponse"][];
            score: number;
            /** @description A company of SME size. */
            sme: boolean;
        };
        PartnerProposalResponse: {
            /** Format: uuid */
            consortiumId: string;
            /** @description True when the consortium would be eligible with these partners joining as partners. */
            eligibleWithProposal: boolean;
            /**
             * @description exhaustive: no set of at most as many candidates does better; greedy: too many sets to check, the greedy cover.
             * @enum {string}
             */
            method: "exhaustive" | "greedy";
            /** @description What "best" meant for this proposal. */
            optimises: string;
            partners: components["schemas"]["ProposedPartnerResponse"][];
            /** Format: uuid */
            requestId: string;
            /** @description The sum of the proposed partners’ scores. */
            totalScore: number;
            /** @description What would still be missing: the requirements no candidate can close. */
            uncovered: components["schemas"]["MissingRequirementResponse"][];
        };
        PartnerSearchAcceptedResponse: {
            /** Format: uuid */
            consortiumId: string;
            /** Format: uuid */
            requestId: string;
            /** @enum {string} */
            status: "pending";
        };
        PartnerSearchCompetenciesResponse: {
            /** @description Free words or phrases, compared with what organisations offer. */
            keywords: string[];
            sectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            technologies: string[];
        };
        PartnerSearchGapsResponse: {
            /** @description Distinct countries still needed. */
            countriesMissing: number;
            /** @description Countries the beneficiaries already come from (a partner from one adds no country). */
            excludedCountries: string[];
            /** @description Required helix types no beneficiary has yet. */
            helixTypesMissing: ("company" | "public-authority" | "research-institution" | "other")[];
            /** @description Beneficiaries still needed to reach the minimum. */
            partnersMissing: number;
            /** @description SME beneficiaries to add to reach the minimum SME share. */
            smesMissing: number;
        };
        PartnerSearchPageResponse: {
            items: components["schemas"]["PartnerSearchResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        PartnerSearchResponse: {
            callTopic: string;
            /** @description Best first; empty while pending. */
            candidates: components["schemas"]["PartnerCandidateResponse"][];
            competencies: components["schemas"]["PartnerSearchCompetenciesResponse"];
            /** Format: uuid */
            consortiumId: string;
            gaps: components["schemas"]["PartnerSearchGapsResponse"];
            /** Format: date-time */
            proposedAt?: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestId: string;
            /**
             * @description pending: matchmaking has not answered; proposed: the candidates are in.
             * @enum {string}
             */
            status: "pending" | "proposed";
        };
        ProposedPartnerResponse: {
            candidate: components["schemas"]["PartnerCandidateResponse"];
            /** @description What this partner closes in the proposal, applied in rank order. */
            closes: components["schemas"]["ClosedGapResponse"][];
        };
        RejectConsortiumDto: {
            /** @description The funder’s feedback (evaluation summary). */
            feedback: string;
        };
        RequestPartnerSearchDto: {
            /**
             * @description Phrases compared with what organisations offer.
             * @example [
             *       "district heating retrofit"
             *     ]
             */
            keywords?: string[];
            sectors?: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /**
             * @example [
             *       "heat-pumps"
             *     ]
             */
            technologies?: string[];
        };
        SetBudgetDto: {
            lines: components["schemas"]["BudgetLineDto"][];
        };
        UpdateSectionDto: {
            /**
             * Format: date
             * @example 2027-04-01
             */
            dueDate?: string;
            /** Format: uuid */
            ownerOrganisationId?: string;
            /** @enum {string} */
            status?: "todo" | "in-progress" | "done";
            title?: string;
        };
        WithdrawConsortiumDto: {
            reason?: string;
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
    ConsortiaController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
                status?: "forming" | "drafting" | "submitted" | "granted" | "reserve-list" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page (limit, default 20, at most 100). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumPageResponse"];
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
    ConsortiaController_create: {
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
                "application/json": components["schemas"]["CreateConsortiumDto"];
            };
        };
        responses: {
            /** @description The consortium, forming, with the default sections. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description The lead is not active, or the funding call is no longer open. */
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
    ConsortiaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consortiumId: string;
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
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
    ConsortiumWorkspaceController_setBudget: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetBudgetDto"];
            };
        };
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description The application is submitted. */
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
    ConsortiaController_eligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consortiumId: string;
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
                    "application/json": components["schemas"]["EligibilityReportResponse"];
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
    ConsortiaController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantConsortiumDto"];
            };
        };
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Not submitted or on the reserve list. */
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
    ConsortiumFormationController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteOrganisationDto"];
            };
        };
        responses: {
            /** @description The consortium with the invitation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Already a member, an open invitation exists, the organisation is not active, or the consortium is submitted. */
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
    ConsortiumFormationController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Expired, already answered, or the consortium is submitted. */
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
    ConsortiumFormationController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Expired or already answered. */
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
    ConsortiumFormationController_leave: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaveConsortiumDto"];
            };
        };
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description The coordinator cannot leave, or the consortium is submitted. */
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
    ConsortiumFormationController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description The coordinator itself, or the consortium is submitted. */
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
    PartnerSearchController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page (limit, default 20, at most 100). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerSearchPageResponse"];
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
    PartnerSearchController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPartnerSearchDto"];
            };
        };
        responses: {
            /** @description Asked; poll the search for the candidates. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerSearchAcceptedResponse"];
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
            /** @description The consortium is no longer forming or drafting. */
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
    PartnerSearchController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consortiumId: string;
                requestId: string;
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
                    "application/json": components["schemas"]["PartnerSearchResponse"];
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
    PartnerSearchController_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consortiumId: string;
                requestId: string;
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
                    "application/json": components["schemas"]["PartnerProposalResponse"];
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
            /** @description Matchmaking has not answered yet. */
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
    ConsortiaController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectConsortiumDto"];
            };
        };
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Not submitted or on the reserve list. */
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
    ConsortiaController_reserveList: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Not submitted. */
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
    ConsortiumWorkspaceController_addSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddSectionDto"];
            };
        };
        responses: {
            /** @description The consortium with the section. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description The key exists, or the application is submitted. */
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
    ConsortiumWorkspaceController_updateSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSectionDto"];
            };
        };
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description The application is submitted. */
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
    ConsortiaController_startDrafting: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Not forming. */
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
    ConsortiaController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Not drafting, not eligible, a section not done or the call closed: the message lists everything missing. */
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
    ConsortiaController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                consortiumId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawConsortiumDto"];
            };
        };
        responses: {
            /** @description The consortium after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumResponse"];
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
            /** @description Already decided or withdrawn. */
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
    ConsortiumReportsController_outcomes: {
        parameters: {
            query: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
                year: number;
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
                    "application/json": components["schemas"]["OutcomeRegisterPageResponse"];
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
    ConsortiumReportsController_statistics: {
        parameters: {
            query: {
                year: number;
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
                    "application/json": components["schemas"]["ConsortiumStatisticsResponse"];
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
    FundingCallsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page (limit, default 20, at most 100). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingCallPageResponse"];
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
    FundingCallsController_get: {
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
                    "application/json": components["schemas"]["FundingCallResponse"];
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
}
