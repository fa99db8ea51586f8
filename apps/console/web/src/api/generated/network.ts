// Generated from network's OpenAPI document (/docs-json) by apps/console/scripts/generate-api-clients.mjs.
// Do not edit: change the service, then regenerate.
export interface paths {
    "/annual-reports/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year’s figures: the network’s and each cluster’s (JSON) */
        get: operations["AnnualReportController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/annual-reports/{year}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same report as a printable page with charts (inline SVG, no script) */
        get: operations["AnnualReportController_html"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications the caller may see, newest first: all for the secretariat, its cluster’s for a manager, its organisation’s for a member */
        get: operations["ApplicationsController_list"];
        put?: never;
        /** Draft an application of your organisation to an open programme it is eligible for (emits ApplicationDrafted) */
        post: operations["ApplicationsController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application (its organisation’s members, its cluster’s manager, the secretariat) */
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace or add answers to the programme’s requirements, while draft or returned (emits ApplicationAnswersUpdated when anything changed) */
        put: operations["ApplicationsController_updateAnswers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/endorse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Endorse a submitted application (its cluster’s manager; emits ApplicationEndorsed) */
        post: operations["ApplicationsController_endorse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward an endorsed application to the partner (secretariat; emits ApplicationForwarded) */
        post: operations["ApplicationsController_forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the partner’s answer: accepted, labelled, rejected or no-answer (secretariat; emits ApplicationOutcomeRecorded) */
        post: operations["ApplicationsController_recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted application to its organisation with comments (its cluster’s manager; emits ApplicationReturned) */
        post: operations["ApplicationsController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit to your cluster manager for endorsement (emits ApplicationSubmitted) */
        post: operations["ApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw before it is forwarded (emits ApplicationWithdrawn) */
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/network-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Network events by first day */
        get: operations["NetworkEventsController_list"];
        put?: never;
        /** Schedule a network event (host cluster manager or secretariat; emits NetworkEventScheduled) */
        post: operations["NetworkEventsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One network event, with the registrations the caller may see */
        get: operations["NetworkEventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-events/{eventId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record who attended (from the first day on; the event is then held; emits NetworkEventAttendanceRecorded) */
        post: operations["NetworkEventsController_attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-events/{eventId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the event (final; emits NetworkEventCancelled) */
        post: operations["NetworkEventsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-events/{eventId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a participant (a seat while free, else the waiting list; emits NetworkEventRegistrationReceived) */
        post: operations["NetworkEventsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-events/{eventId}/registrations/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a registration (its seat goes to the first waiting; emits NetworkEventRegistrationCancelled) */
        delete: operations["NetworkEventsController_cancelRegistration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network-events/{eventId}/registrations/{registrationId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registrant’s iCalendar (RFC 5545) file for the event */
        get: operations["NetworkEventsController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partners, by name */
        get: operations["PartnersController_list"];
        put?: never;
        /** Register a partner organisation (secretariat; emits PartnerRegistered) */
        post: operations["PartnersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner */
        get: operations["PartnersController_get"];
        /** Replace a partner’s description (secretariat; emits PartnerUpdated when anything changed) */
        put: operations["PartnersController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programmes, the call closing soonest first; `open=true` for those open now */
        get: operations["ProgrammesController_list"];
        put?: never;
        /** Register a partner’s programme (secretariat; emits ProgrammeRegistered) */
        post: operations["ProgrammesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One programme */
        get: operations["ProgrammesController_get"];
        /** Replace a programme’s definition: eligibility, call window, requirements (secretariat; emits ProgrammeUpdated when anything changed) */
        put: operations["ProgrammesController_update"];
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
        AnnualReportResponse: {
            /** @description Every cluster for the secretariat and integrators; the caller’s own otherwise. */
            clusters: components["schemas"]["ClusterFiguresResponse"][];
            network: components["schemas"]["NetworkFiguresResponse"];
            programmes: components["schemas"]["ProgrammeFiguresResponse"][];
            year: number;
        };
        ApplicationAnswerDto: {
            /**
             * @description One of the programme’s requirement keys.
             * @example solution-summary
             */
            requirementKey: string;
            /** @example Large heat pumps that take district heating off gas. */
            text: string;
        };
        ApplicationAnswerResponse: {
            /** @example solution-summary */
            requirementKey: string;
            text: string;
        };
        ApplicationCommentResponse: {
            /** Format: date-time */
            at: string;
            /** @description The author’s subject. */
            by: string;
            /**
             * @description The step it came with.
             * @enum {string}
             */
            kind: "returned" | "endorsed" | "forwarded" | "outcome";
            text: string;
        };
        ApplicationPageResponse: {
            items: components["schemas"]["ApplicationResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ApplicationResponse: {
            answers: components["schemas"]["ApplicationAnswerResponse"][];
            /** Format: uuid */
            applicationId: string;
            /** @example clean */
            clusterId: string;
            comments: components["schemas"]["ApplicationCommentResponse"][];
            /** @example DK */
            country: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            endorsedAt?: string;
            /** Format: date-time */
            forwardedAt?: string;
            /** @enum {string} */
            helixType: "company" | "public-authority" | "research-institution" | "other";
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            outcome?: "accepted" | "labelled" | "rejected" | "no-answer";
            /** Format: date-time */
            outcomeAt?: string;
            /** Format: uuid */
            partnerId: string;
            /** Format: uuid */
            programmeId: string;
            /** @example C40 city solutions platform */
            programmeTitle: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "endorsed" | "forwarded" | "accepted" | "labelled" | "rejected" | "no-answer" | "withdrawn";
            /** Format: date-time */
            submittedAt?: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /** Format: date-time */
            withdrawnAt?: string;
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
        CallWindowDto: {
            /**
             * Format: date-time
             * @example 2027-03-31T17:00:00.000Z
             */
            closesAt: string;
            /**
             * Format: date-time
             * @example 2027-01-15T00:00:00.000Z
             */
            opensAt: string;
        };
        CallWindowResponse: {
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            opensAt: string;
        };
        CancelNetworkEventDto: {
            /** @example Venue unavailable */
            reason: string;
        };
        ClusterFiguresResponse: {
            clusterId: string;
            consortia: components["schemas"]["ConsortiumFigures"];
            /** @description EUR granted in the year, by the beneficiary cluster */
            eurGranted: number;
            events: components["schemas"]["EventFigures"];
            members: components["schemas"]["MembersFigures"];
            missions: components["schemas"]["MissionFigures"];
            /** @description Opportunities published in the year */
            opportunitiesShared: number;
            passport: components["schemas"]["PassportFigures"];
            programmeApplications: components["schemas"]["ProgrammeApplicationFigures"];
        };
        ConsortiumFigures: {
            granted: number;
            rejected: number;
            reserveListed: number;
            submitted: number;
        };
        DraftApplicationDto: {
            /** @description Answers given right away (more can follow). */
            answers?: components["schemas"]["ApplicationAnswerDto"][];
            /**
             * Format: uuid
             * @description An open programme the organisation is eligible for.
             */
            programmeId: string;
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
        EventFigures: {
            /** @description Recorded attendance */
            attended: number;
            /** @description Network events starting in the year, by the host */
            hosted: number;
            /** @description Confirmed seats, by the registrant cluster */
            registrations: number;
        };
        MembersFigures: {
            /** @description Companies */
            company: number;
            /** @description Other organisations */
            other: number;
            "public-authority": number;
            "research-institution": number;
            /** @description All members at the end of the year */
            total: number;
        };
        MissionFigures: {
            /** @description Their travellers */
            delegates: number;
            /** @description Selected delegations, by their cluster */
            delegations: number;
            /** @description Missions starting in the year, by the organiser */
            organised: number;
        };
        NetworkEventPageResponse: {
            items: components["schemas"]["NetworkEventResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        NetworkEventPlaceDto: {
            /** @example Cape Town */
            city: string;
            /** @example ZA */
            country: string;
            /** @example Cape Town International Convention Centre */
            venue: string;
        };
        NetworkEventPlaceResponse: {
            city: string;
            /** @example ZA */
            country: string;
            venue: string;
        };
        NetworkEventResponse: {
            cancellationReason?: string;
            /** Format: date-time */
            cancelledAt?: string;
            capacity: number;
            /** @description Confirmed registrations (never more than capacity). */
            confirmed: number;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string;
            /** Format: uuid */
            eventId: string;
            /** Format: date */
            from: string;
            /** Format: date-time */
            heldAt?: string;
            hostClusterId: string;
            /** @enum {string} */
            kind: "annual-meeting" | "workshop" | "networking-event";
            place: components["schemas"]["NetworkEventPlaceResponse"];
            registrations: components["schemas"]["RegistrationResponse"][];
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            timeZone: string;
            title: string;
            /** Format: date */
            to: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description One more with each change. */
            version: number;
            /** @description Registrations on the waiting list. */
            waiting: number;
        };
        NetworkFiguresResponse: {
            /** @description Clusters with a grant in the year */
            clustersFunded: number;
            consortia: components["schemas"]["ConsortiumFigures"];
            /** @description EUR granted in the year, by the beneficiary cluster */
            eurGranted: number;
            events: components["schemas"]["EventFigures"];
            members: components["schemas"]["MembersFigures"];
            missions: components["schemas"]["MissionFigures"];
            /** @description Opportunities published in the year */
            opportunitiesShared: number;
            passport: components["schemas"]["PassportFigures"];
            programmeApplications: components["schemas"]["ProgrammeApplicationFigures"];
        };
        PartnerDto: {
            /**
             * @description Where the partner is based (ISO 3166-1 alpha-2).
             * @example GB
             */
            country?: string;
            /** @example A network of mayors of nearly 100 world-leading cities collaborating to deliver urgent action on the climate crisis. */
            description?: string;
            /** @example C40 Cities */
            name: string;
            /** @example https://www.c40.org */
            website?: string;
        };
        PartnerPageResponse: {
            items: components["schemas"]["PartnerResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        PartnerResponse: {
            /** @example GB */
            country?: string;
            description?: string;
            /** @example C40 Cities */
            name: string;
            /** Format: uuid */
            partnerId: string;
            /** Format: date-time */
            registeredAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description One more with each change. */
            version: number;
            /** @example https://www.c40.org */
            website?: string;
        };
        PassportFigures: {
            /** @description Applications submitted in the year (by the home cluster) */
            applications: number;
            /** @description Completed visits starting in the year (by the visiting cluster) */
            visits: number;
            /** @description The same visits by the host cluster */
            visitsHosted: number;
        };
        ProgrammeApplicationFigures: {
            accepted: number;
            /** @description No outcome recorded yet */
            awaiting: number;
            /** @description Forwarded to the partner in the year */
            forwarded: number;
            labelled: number;
            noAnswer: number;
            rejected: number;
        };
        ProgrammeDefinitionDto: {
            callWindow: components["schemas"]["CallWindowDto"];
            /** @example Cities publish their challenges; companies propose solutions through the network. */
            description?: string;
            eligibility: components["schemas"]["ProgrammeEligibilityDto"];
            /** @description What the partner needs from an application (at most 30). */
            requirements: components["schemas"]["ProgrammeRequirementDto"][];
            /** @example C40 city solutions platform */
            title: string;
        };
        ProgrammeEligibilityDto: {
            /**
             * @description The applicant’s country must be one of these (ISO 3166-1 alpha-2); empty: any.
             * @example []
             */
            countries: string[];
            /**
             * @description The applicant’s helix type must be one of these; empty: any.
             * @example [
             *       "company"
             *     ]
             */
            helixTypes: ("company" | "public-authority" | "research-institution" | "other")[];
            /**
             * @description At least one in common with the applicant’s sectors; empty: any.
             * @example [
             *       "energy-efficiency",
             *       "smart-cities"
             *     ]
             */
            sectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
        };
        ProgrammeEligibilityResponse: {
            /** @description ISO 3166-1 alpha-2; empty: any. */
            countries: string[];
            /** @description Empty: any. */
            helixTypes: ("company" | "public-authority" | "research-institution" | "other")[];
            /** @description At least one in common with the applicant’s; empty: any. */
            sectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
        };
        ProgrammeFiguresResponse: {
            forwarded: number;
            /** @description Outcome → count (awaiting: none yet) */
            outcomes: {
                [key: string]: number;
            };
            programmeTitle: string;
        };
        ProgrammePageResponse: {
            items: components["schemas"]["ProgrammeResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ProgrammeRequirementDto: {
            /** @example What the solution does for a city, in 300 words. */
            description?: string;
            /**
             * @description A short kebab-case key the applicant answers under.
             * @example solution-summary
             */
            key: string;
            /** @example Solution summary */
            title: string;
        };
        ProgrammeRequirementResponse: {
            description?: string;
            /** @example solution-summary */
            key: string;
            /** @example Solution summary */
            title: string;
        };
        ProgrammeResponse: {
            /**
             * @description Where the call stands now: applications are drafted and submitted only while open.
             * @enum {string}
             */
            callPhase: "upcoming" | "open" | "closed";
            callWindow: components["schemas"]["CallWindowResponse"];
            description?: string;
            eligibility: components["schemas"]["ProgrammeEligibilityResponse"];
            /** Format: uuid */
            partnerId: string;
            /** @example C40 Cities */
            partnerName: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: date-time */
            registeredAt: string;
            requirements: components["schemas"]["ProgrammeRequirementResponse"][];
            /** @example C40 city solutions platform */
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RecordAttendanceDto: {
            /** @description The confirmed registrations that attended; the other confirmed ones are recorded absent. */
            attended: string[];
        };
        RecordOutcomeDto: {
            /** @example Selected for the 2027 cohort. */
            note?: string;
            /**
             * @description What the partner answered; no-answer when it never did.
             * @enum {string}
             */
            outcome: "accepted" | "labelled" | "rejected" | "no-answer";
        };
        RegisterDto: {
            /**
             * Format: uuid
             * @description The member organisation the participant represents.
             */
            organisationId: string;
            /** @example Ana Lopez */
            participantName: string;
        };
        RegisterProgrammeDto: {
            callWindow: components["schemas"]["CallWindowDto"];
            /** @example Cities publish their challenges; companies propose solutions through the network. */
            description?: string;
            eligibility: components["schemas"]["ProgrammeEligibilityDto"];
            /**
             * Format: uuid
             * @description The partner offering the programme.
             */
            partnerId: string;
            /** @description What the partner needs from an application (at most 30). */
            requirements: components["schemas"]["ProgrammeRequirementDto"][];
            /** @example C40 city solutions platform */
            title: string;
        };
        RegistrationResponse: {
            attended?: boolean;
            /** Format: date-time */
            cancelledAt?: string;
            clusterId: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            participantName: string;
            /** Format: date-time */
            promotedAt?: string;
            /** Format: date-time */
            registeredAt: string;
            registeredBy: string;
            /** Format: uuid */
            registrationId: string;
            /** @enum {string} */
            status: "confirmed" | "waiting" | "cancelled";
            /** @description Position on the waiting list (1 = next seat). */
            waitingRank?: number;
        };
        ReturnApplicationDto: {
            /** @example Name the pilot city and add the references the call asks for. */
            comment: string;
        };
        ScheduleNetworkEventDto: {
            /** @description Seats; further registrations wait in order. */
            capacity: number;
            /** @example Cluster meetings, site visits and the network assembly. */
            description: string;
            /**
             * @description First day (YYYY-MM-DD, local to timeZone).
             * @example 2027-06-12
             */
            from: string;
            /**
             * @description The hosting cluster (a cluster manager can only host for its own).
             * @example greencape
             */
            hostClusterId: string;
            /** @enum {string} */
            kind: "annual-meeting" | "workshop" | "networking-event";
            place: components["schemas"]["NetworkEventPlaceDto"];
            /** @example Africa/Johannesburg */
            timeZone: string;
            /** @example ICN annual meeting 2027 */
            title: string;
            /**
             * @description Last day (inclusive).
             * @example 2027-06-14
             */
            to: string;
        };
        StepCommentDto: {
            /** @example A strong fit: three city pilots already running. */
            comment?: string;
        };
        UpdateAnswersDto: {
            /** @description Answers to replace or add, by requirement key; the others stay. */
            answers: components["schemas"]["ApplicationAnswerDto"][];
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
    AnnualReportController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
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
                    "application/json": components["schemas"]["AnnualReportResponse"];
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
    AnnualReportController_html: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
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
    ApplicationsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
                programmeId?: string;
                status?: "draft" | "submitted" | "returned" | "endorsed" | "forwarded" | "accepted" | "labelled" | "rejected" | "no-answer" | "withdrawn";
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
                    "application/json": components["schemas"]["ApplicationPageResponse"];
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
    ApplicationsController_draft: {
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
                "application/json": components["schemas"]["DraftApplicationDto"];
            };
        };
        responses: {
            /** @description The application, a draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
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
            /** @description The call is not open, the organisation is not eligible (each reason named) or already has an application in play. */
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
    ApplicationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
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
                    "application/json": components["schemas"]["ApplicationResponse"];
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
    ApplicationsController_updateAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAnswersDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
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
            /** @description Not a draft or returned. */
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
    ApplicationsController_endorse: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepCommentDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
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
    ApplicationsController_forward: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepCommentDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
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
            /** @description Not endorsed. */
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
    ApplicationsController_recordOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOutcomeDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
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
            /** @description Not forwarded (or already answered). */
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
    ApplicationsController_return: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnApplicationDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
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
    ApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
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
            /** @description Not a draft or returned, a requirement unanswered (each named), or the call not open. */
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
    ApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
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
            /** @description Already forwarded, answered or withdrawn. */
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
    NetworkEventsController_list: {
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
                    "application/json": components["schemas"]["NetworkEventPageResponse"];
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
    NetworkEventsController_schedule: {
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
                "application/json": components["schemas"]["ScheduleNetworkEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkEventResponse"];
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
    NetworkEventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
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
                    "application/json": components["schemas"]["NetworkEventResponse"];
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
    NetworkEventsController_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAttendanceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkEventResponse"];
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
    NetworkEventsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelNetworkEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkEventResponse"];
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
    NetworkEventsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkEventResponse"];
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
    NetworkEventsController_cancelRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
                registrationId: string;
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
                    "application/json": components["schemas"]["NetworkEventResponse"];
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
    NetworkEventsController_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
                registrationId: string;
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
    PartnersController_list: {
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
                    "application/json": components["schemas"]["PartnerPageResponse"];
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
    PartnersController_register: {
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
                "application/json": components["schemas"]["PartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
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
    PartnersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
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
                    "application/json": components["schemas"]["PartnerResponse"];
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
    PartnersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
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
    ProgrammesController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description true: only programmes whose call is open now. */
                open?: "true" | "false";
                /** @description Only this partner’s programmes. */
                partnerId?: string;
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
                    "application/json": components["schemas"]["ProgrammePageResponse"];
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
    ProgrammesController_register: {
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
                "application/json": components["schemas"]["RegisterProgrammeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
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
    ProgrammesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
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
                    "application/json": components["schemas"]["ProgrammeResponse"];
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
    ProgrammesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeDefinitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
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
}
