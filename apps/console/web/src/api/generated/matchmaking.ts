// Generated from matchmaking's OpenAPI document (/docs-json) by apps/console/scripts/generate-api-clients.mjs.
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
    "/directory/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clusters in name order with cursor pagination. */
        get: operations["DirectoryClustersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/clusters/{clusterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cluster. */
        get: operations["DirectoryClustersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List member organisations, filtered, in name order with cursor pagination. */
        get: operations["DirectoryOrganisationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member organisation, including suspended and departed ones. */
        get: operations["DirectoryOrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/organisations/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count member organisations matching the same filters as the list. */
        get: operations["DirectoryOrganisationsController_count"];
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
    "/introductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Introductions you may see (either side), newest first, with cursor pagination */
        get: operations["IntroductionsController_list"];
        put?: never;
        /** Ask for an introduction to another member (emits IntroductionRequested) */
        post: operations["IntroductionsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{introductionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One introduction (either side: the organisations, their cluster managers, the secretariat) */
        get: operations["IntroductionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{introductionId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** B’s side accepts (emits IntroductionAccepted) */
        post: operations["IntroductionsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{introductionId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** B’s side declines, optionally saying why (emits IntroductionDeclined) */
        post: operations["IntroductionsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{introductionId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record or correct what came of an accepted introduction (emits IntroductionOutcomeRecorded) */
        post: operations["IntroductionsController_recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introductions/{introductionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A’s side withdraws its pending request (emits IntroductionWithdrawn) */
        post: operations["IntroductionsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matches/opportunities/{opportunityId}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations ranked for an opportunity; empty once it is closed, cancelled or past its deadline. */
        get: operations["MatchesController_organisationsForOpportunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matches/organisations/{organisationId}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open opportunities ranked for an organisation — only those both the organisation and the caller may see; empty when it is not active. */
        get: operations["MatchesController_opportunitiesForOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matches/organisations/{organisationId}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner organisations ranked for an organisation; empty when it is not active. */
        get: operations["MatchesController_organisationsForOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/matches/programmes/{programmeId}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members ranked for a partner programme, with reasons; empty (saying why) while its call is not open. */
        get: operations["ProgrammeMatchesController_organisationsForProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Missions, soonest first, with cursor pagination; filter by status or host cluster */
        get: operations["MissionsController_list"];
        put?: never;
        /** Create a mission, as a draft (emits MissionCreated) */
        post: operations["MissionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mission (applications only as far as the caller may read them) */
        get: operations["MissionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agenda: every slot (local and UTC times) with the meetings scheduled in it */
        get: operations["MissionAgendaController_get"];
        /** Set the slots per day, the slot length and the tables (emits MissionAgendaSet) */
        put: operations["MissionAgendaController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/agenda/delegates/{organisationId}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delegate organisation’s meetings on this mission (iCalendar) */
        get: operations["ParticipantCalendarController_delegate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/agenda/owners/{ownerId}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A local project owner’s meetings on this mission (iCalendar) */
        get: operations["ParticipantCalendarController_owner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply to travel on the mission (emits MissionApplicationSubmitted) */
        post: operations["MissionApplicationsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw; a selected delegate’s place goes to reserve #1 in the same write (emits MissionApplicationWithdrawn, then MissionDelegatePromoted) */
        post: operations["MissionApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/call/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the call before its cut-off (emits MissionCallClosed) */
        post: operations["MissionsController_closeCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/call/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the call for participation (emits MissionCallOpened) */
        post: operations["MissionsController_openCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the mission (emits MissionCancelled) */
        post: operations["MissionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the mission completed once it has started (emits MissionCompleted) */
        post: operations["MissionsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/local-project-owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a local project owner (emits MissionLocalProjectOwnerAdded) */
        post: operations["MissionLocalProjectOwnersController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/local-project-owners/{ownerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a local project owner (emits MissionLocalProjectOwnerRemoved) */
        delete: operations["MissionLocalProjectOwnersController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetings you may see on this mission (all of them for the organiser and host sides) */
        get: operations["MissionMeetingsController_list"];
        put?: never;
        /** Request a meeting (emits MissionMeetingRequested) */
        post: operations["MissionMeetingsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting (its two sides, the organiser, the host cluster manager) */
        get: operations["MissionMeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/meetings/{meetingId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept and schedule: a slot and a table (emits MissionMeetingAccepted and MissionMeetingScheduled) */
        post: operations["MissionMeetingsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/meetings/{meetingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel, freeing the slot and table (emits MissionMeetingCancelled) */
        post: operations["MissionMeetingsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/meetings/{meetingId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline, optionally with a reason (emits MissionMeetingDeclined) */
        post: operations["MissionMeetingsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide every application: selected (≤ capacity), reserve (ordered), rejected; revisable until published (emits MissionSelectionDecided) */
        post: operations["MissionsController_decideSelection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{missionId}/selection/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the decided selection (emits MissionSelectionPublished) */
        post: operations["MissionsController_publishSelection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications the caller may see, newest first: all for the secretariat and integrators, those to or from its cluster for a cluster manager, its own for a member */
        get: operations["PassportApplicationsController_list"];
        put?: never;
        /** Apply to a host cluster (emits PassportApplicationSubmitted) */
        post: operations["PassportApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application (applicant side, host side, home cluster manager, integrators) */
        get: operations["PassportApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/applications/{applicationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept, reserving desks if desk hosting was asked (emits PassportApplicationAccepted) */
        post: operations["PassportApplicationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/applications/{applicationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel before completion, releasing desks (emits PassportApplicationCancelled) */
        post: operations["PassportApplicationsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/applications/{applicationId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File the visit report (emits PassportApplicationCompleted) */
        post: operations["PassportApplicationsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/applications/{applicationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline with a reason (emits PassportApplicationDeclined) */
        post: operations["PassportApplicationsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/applications/{applicationId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the dates of an accepted visit (emits PassportApplicationScheduled) */
        post: operations["PassportApplicationsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/hosts/{clusterId}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Desks per day the host offers (the default until configured) */
        get: operations["PassportHostsController_get"];
        /** Set the desks per day (does not evict reservations already made) */
        put: operations["PassportHostsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/passport/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications of a year by host cluster, by home cluster and network-wide */
        get: operations["PassportStatisticsController_get"];
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
        AcceptMeetingDto: {
            /**
             * @description The slot to meet in; defaults to the requested slot, else the earliest slot where both sides and a table are free.
             * @example 2027-05-11T10:00
             */
            slot?: string;
        };
        AcceptPassportApplicationDto: {
            /** @description Local key contacts assigned to the visitor. */
            keyContacts?: components["schemas"]["KeyContactDto"][];
        };
        AddLocalProjectOwnerDto: {
            contactPerson: components["schemas"]["LocalProjectContactDto"];
            /** @example NYC Department of Citywide Administrative Services */
            name: string;
            /** @description What the project looks for, one short item each. */
            needs: string[];
            /**
             * Format: uuid
             * @description The owner’s organisation in the directory, when it is a member.
             */
            organisationId?: string;
            projectDescription: string;
        };
        AgendaDayDto: {
            /**
             * Format: date
             * @description A mission day (YYYY-MM-DD), within the mission’s dates.
             * @example 2027-05-11
             */
            date: string;
            /**
             * @description Local start times (HH:MM, 24 h, in the mission’s time zone) of the day’s slots; they must not overlap.
             * @example [
             *       "09:00",
             *       "09:30",
             *       "10:00"
             *     ]
             */
            startTimes: string[];
        };
        AgendaDayResponse: {
            /**
             * @description A mission day (YYYY-MM-DD).
             * @example 2027-05-11
             */
            date: string;
            /**
             * @description Local start times (HH:MM), ascending.
             * @example [
             *       "09:00",
             *       "09:30"
             *     ]
             */
            startTimes: string[];
        };
        AgendaDelegateResponse: {
            name: string;
            /** Format: uuid */
            organisationId: string;
        };
        AgendaMeetingResponse: {
            delegate: components["schemas"]["AgendaDelegateResponse"];
            /** Format: uuid */
            meetingId: string;
            owner: components["schemas"]["AgendaOwnerResponse"];
            table: number;
        };
        AgendaOwnerResponse: {
            name: string;
            /** Format: uuid */
            ownerId: string;
        };
        AgendaResponse: {
            /** Format: uuid */
            missionId: string;
            slotMinutes: number;
            /** @description Every slot, in time order. */
            slots: components["schemas"]["AgendaSlotResponse"][];
            tables: number;
            /** @example America/New_York */
            timeZone: string;
            /** @description The mission’s title. */
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Version of the agenda set-up. */
            version: number;
        };
        AgendaSetUpResponse: {
            /** @description By date. */
            days: components["schemas"]["AgendaDayResponse"][];
            /** Format: uuid */
            missionId: string;
            /** @description The subject that last set it (the organiser cluster’s manager or the secretariat). */
            setBy: string;
            /** @description How long every slot lasts. */
            slotMinutes: number;
            /** @description How many meetings can run at once. */
            tables: number;
            /**
             * @description Slot times are local to this IANA time zone (the destination’s).
             * @example America/New_York
             */
            timeZone: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Version of the agenda; the sequence of its latest event. */
            version: number;
        };
        AgendaSlotResponse: {
            /**
             * @description Local day (YYYY-MM-DD).
             * @example 2027-05-11
             */
            date: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * @description Local end (HH:MM; 24:00 for a slot ending at midnight).
             * @example 09:30
             */
            endTime: string;
            /** @description Scheduled meetings in the slot, by table. */
            meetings: components["schemas"]["AgendaMeetingResponse"][];
            /**
             * @description The slot’s local start, YYYY-MM-DDTHH:MM (no offset).
             * @example 2027-05-11T09:00
             */
            slotId: string;
            /** Format: date-time */
            startsAt: string;
            /**
             * @description Local start (HH:MM).
             * @example 09:00
             */
            startTime: string;
        };
        ApplyToMissionDto: {
            /** @description Why this organisation should travel: what it offers and seeks there. */
            motivation: string;
            /**
             * Format: uuid
             * @description The applicant organisation (yours, or one of your cluster’s).
             */
            organisationId: string;
            /** @description Names of the people travelling. */
            travellers: string[];
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
        CancelMissionDto: {
            reason?: string;
        };
        CancelPassportApplicationDto: {
            reason?: string;
        };
        ClusterPassportCountsResponse: {
            accepted: number;
            cancelled: number;
            /** @example clean */
            clusterId: string;
            completed: number;
            declined: number;
            submitted: number;
        };
        CompletePassportApplicationDto: {
            leads: components["schemas"]["LeadDto"][];
            meetingsHeld: number;
        };
        CreateMissionDto: {
            /**
             * Format: date
             * @description Last day to apply (YYYY-MM-DD, until 24:00 UTC); before from.
             * @example 2027-03-31
             */
            callCutOff: string;
            /** @description How many delegations (organisations) can be selected. */
            capacity: number;
            description: string;
            destination: components["schemas"]["DestinationDto"];
            /**
             * Format: date
             * @description First day at the destination (YYYY-MM-DD), after today.
             * @example 2027-05-10
             */
            from: string;
            /**
             * @description The cluster at the destination; must be in the directory.
             * @example nyc-cleantech
             */
            hostClusterId: string;
            /**
             * @description The organising cluster: a cluster manager’s own (the default); the secretariat must name it.
             * @example clean
             */
            organiserClusterId?: string;
            /** @example Building decarbonisation */
            theme: string;
            /**
             * @description IANA time zone of the destination; B2B slots are local to it.
             * @example America/New_York
             */
            timeZone: string;
            /** @example Cleantech mission to New York */
            title: string;
            /**
             * Format: date
             * @description Last day (YYYY-MM-DD), at most 30 days after from.
             * @example 2027-05-14
             */
            to: string;
        };
        DecideSelectionDto: {
            rejected: string[];
            /** @description The reserve list, first promoted first. */
            reserve: string[];
            /** @description Applications selected; at most the mission’s capacity. */
            selected: string[];
        };
        DeclineIntroductionDto: {
            reason?: string;
        };
        DeclinePassportApplicationDto: {
            reason: string;
        };
        DestinationDto: {
            /** @example New York */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2.
             * @example US
             */
            country: string;
        };
        DirectoryClusterPageView: {
            items: components["schemas"]["DirectoryClusterView"][];
            nextCursor: string | null;
        };
        DirectoryClusterView: {
            city?: string;
            /** @example clean */
            clusterId: string;
            /** @example DK */
            country: string;
            focusSectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /** @description As reported by the cluster. */
            memberCounts: components["schemas"]["HelixCountsView"];
            name: string;
            region?: string;
            secretariat: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            sync: components["schemas"]["DirectorySyncView"];
            website?: string;
        };
        DirectoryContactView: {
            /** Format: uuid */
            contactId: string;
            /** Format: email */
            email: string;
            name: string;
            phone?: string;
            role?: string;
        };
        DirectoryCountView: {
            /** @description Number of entries matching the filters. */
            total: number;
        };
        DirectoryDepartureView: {
            /** Format: date-time */
            leftAt: string;
            reason?: string;
        };
        DirectoryOrganisationPageView: {
            items: components["schemas"]["DirectoryOrganisationView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        DirectoryOrganisationView: {
            city?: string;
            /** @example clean */
            clusterId: string;
            /** @enum {string} */
            companySize?: "sme" | "large";
            /** @description Sorted by name. Personal data: present only for callers who may read the organisation's cluster (its own cluster's people, the network admin, integrators); the rest of the profile is network-wide. */
            contacts?: components["schemas"]["DirectoryContactView"][];
            /** @example DK */
            country: string;
            departure?: components["schemas"]["DirectoryDepartureView"];
            description?: string;
            /** @enum {string} */
            helixType: "company" | "public-authority" | "research-institution" | "other";
            /** Format: date-time */
            joinedAt: string;
            name: string;
            needs: string[];
            offers: string[];
            /** Format: uuid */
            organisationId: string;
            /** Format: date-time */
            reinstatedAt?: string;
            sectors: ("renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech")[];
            /** @enum {string} */
            status: "active" | "suspended" | "left";
            suspension?: components["schemas"]["DirectorySuspensionView"];
            sync: components["schemas"]["DirectorySyncView"];
            /**
             * @example [
             *       "heat-pumps"
             *     ]
             */
            technologies: string[];
            trl?: number;
            website?: string;
        };
        DirectorySuspensionView: {
            reason: string;
            /** Format: date-time */
            suspendedAt: string;
        };
        DirectorySyncView: {
            /**
             * @description How many membership events changed this entry.
             * @example 3
             */
            appliedEvents: number;
            /**
             * @description Membership sequence (aggregate version) of the last applied event.
             * @example 3
             */
            lastSequence: number;
            /**
             * Format: date-time
             * @description When membership made the last applied change (event time).
             */
            updatedAt: string;
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
        HelixCountsView: {
            companies: number;
            other: number;
            publicAuthorities: number;
            researchInstitutions: number;
        };
        HostCapacityResponse: {
            /** @description False while the host uses the default capacity (it never set one). */
            configured: boolean;
            desksPerDay: number;
            /** @example tweed */
            hostClusterId: string;
        };
        IntroductionOutcomeRecordResponse: {
            note?: string;
            /**
             * @description Worst to best; matching reads it to adjust rankings.
             * @enum {string}
             */
            outcome: "no-further-contact" | "follow-up-meeting" | "joint-proposal" | "cooperation-agreement";
            /** Format: date-time */
            recordedAt: string;
            /** @description The subject that recorded it (either side, or a cluster manager of either). */
            recordedBy: string;
        };
        IntroductionPageResponse: {
            items: components["schemas"]["IntroductionResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        IntroductionResponse: {
            /** Format: date-time */
            acceptedAt?: string;
            /** Format: date-time */
            declinedAt?: string;
            declineReason?: string;
            /** Format: uuid */
            introductionId: string;
            message: string;
            outcome?: components["schemas"]["IntroductionOutcomeRecordResponse"];
            /** @enum {string} */
            purpose: "partnership" | "supplier" | "customer" | "investment" | "research-cooperation" | "market-entry";
            /** Format: date-time */
            requestedAt: string;
            /** @description The subject that asked (a member of A, A’s cluster manager, the secretariat). */
            requestedBy: string;
            /** @example clean */
            requesterClusterId: string;
            /**
             * Format: uuid
             * @description Organisation A, which asked to be introduced.
             */
            requesterOrganisationId: string;
            requesterOrganisationName: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "withdrawn";
            /** @example tweed */
            targetClusterId: string;
            /**
             * Format: uuid
             * @description Organisation B, which decides.
             */
            targetOrganisationId: string;
            targetOrganisationName: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Aggregate version; the sequence of its latest event. */
            version: number;
            /** Format: date-time */
            withdrawnAt?: string;
        };
        KeyContactDto: {
            /** Format: email */
            email: string;
            name: string;
            organisation: string;
        };
        LeadDto: {
            note: string;
            organisationName: string;
        };
        LocalProjectContactDto: {
            /** Format: email */
            email: string;
            name: string;
            /** @example +1 212 555 0100 */
            phone?: string;
        };
        LocalProjectContactResponse: {
            /** Format: email */
            email: string;
            name: string;
            phone?: string;
        };
        LocalProjectOwnerResponse: {
            /** Format: date-time */
            addedAt: string;
            /** @description The subject that added it (the host cluster’s manager or the secretariat). */
            addedBy: string;
            contactPerson: components["schemas"]["LocalProjectContactResponse"];
            name: string;
            /** @description What the project is looking for, one short item each. */
            needs: string[];
            /**
             * Format: uuid
             * @description The owner’s organisation in the directory, when it is a member.
             */
            organisationId?: string;
            /** Format: uuid */
            ownerId: string;
            projectDescription: string;
        };
        MeetingReasonDto: {
            reason?: string;
        };
        MissionApplicationResponse: {
            /** Format: uuid */
            applicationId: string;
            /**
             * @description The applicant’s cluster when it applied.
             * @example clean
             */
            clusterId: string;
            /**
             * Format: date-time
             * @description When the organiser last decided on it.
             */
            decidedAt?: string;
            motivation: string;
            /**
             * Format: uuid
             * @description The applicant organisation.
             */
            organisationId: string;
            organisationName: string;
            /**
             * Format: date-time
             * @description When it moved from the reserve list to selected.
             */
            promotedAt?: string;
            /** @description Position on the reserve list (1 = promoted first); only while the status is reserve. */
            reserveRank?: number;
            /** @enum {string} */
            status: "submitted" | "selected" | "reserve" | "rejected" | "withdrawn";
            /** Format: date-time */
            submittedAt: string;
            /** @description The subject that applied (a member or its cluster manager). */
            submittedBy: string;
            /** @description Names of the people who would travel. */
            travellers: string[];
            /** Format: date-time */
            withdrawnAt?: string;
        };
        MissionDelegateResponse: {
            /** @example clean */
            clusterId: string;
            name: string;
            /** Format: uuid */
            organisationId: string;
        };
        MissionDestinationResponse: {
            /** @example New York */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2.
             * @example US
             */
            country: string;
        };
        MissionMeetingDelegateResponse: {
            /** @example clean */
            clusterId: string;
            name: string;
            /** Format: uuid */
            organisationId: string;
        };
        MissionMeetingOwnerResponse: {
            name: string;
            /**
             * Format: uuid
             * @description The owner’s organisation, when it is a member.
             */
            organisationId?: string;
            /** Format: uuid */
            ownerId: string;
        };
        MissionMeetingPageResponse: {
            items: components["schemas"]["MissionMeetingResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        MissionMeetingResponse: {
            /** Format: date-time */
            acceptedAt?: string;
            cancellationReason?: string;
            /** Format: date-time */
            cancelledAt?: string;
            /** @enum {string} */
            cancelledBy?: "delegate" | "owner" | "organiser";
            /** Format: date-time */
            declinedAt?: string;
            declineReason?: string;
            delegate: components["schemas"]["MissionMeetingDelegateResponse"];
            /** Format: uuid */
            meetingId: string;
            message: string;
            /** Format: uuid */
            missionId: string;
            owner: components["schemas"]["MissionMeetingOwnerResponse"];
            /** Format: date-time */
            requestedAt: string;
            /**
             * @description The side that asked; the other side accepts or declines.
             * @enum {string}
             */
            requestedBy: "delegate" | "owner";
            /** @description The subject that sent the request. */
            requestedBySubject: string;
            /**
             * @description The slot the requester would like, if any.
             * @example 2027-05-11T09:00
             */
            requestedSlotId?: string;
            /** Format: date-time */
            scheduledAt?: string;
            /** @description Present once scheduled; kept after a cancellation. */
            slot?: components["schemas"]["MissionMeetingSlotResponse"];
            /** @enum {string} */
            status: "requested" | "accepted" | "declined" | "scheduled" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
            /** @description Aggregate version; the sequence of its latest event. */
            version: number;
        };
        MissionMeetingSlotResponse: {
            /**
             * @description Local day (YYYY-MM-DD).
             * @example 2027-05-11
             */
            date: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * @description Local end (HH:MM; 24:00 for a slot ending at midnight).
             * @example 09:30
             */
            endTime: string;
            /**
             * @description The slot’s local start, YYYY-MM-DDTHH:MM (no offset).
             * @example 2027-05-11T09:00
             */
            slotId: string;
            /** Format: date-time */
            startsAt: string;
            /**
             * @description Local start (HH:MM).
             * @example 09:00
             */
            startTime: string;
            table: number;
            /** @example America/New_York */
            timeZone: string;
        };
        MissionPageResponse: {
            items: components["schemas"]["MissionResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        MissionResponse: {
            /** @description True while the call is open and its cut-off day (UTC) has not ended. */
            acceptingApplications: boolean;
            /** @description Only the applications the caller may read: all for the organiser side, its own for an applicant. */
            applications: components["schemas"]["MissionApplicationResponse"][];
            /** Format: date-time */
            callClosedAt?: string;
            /**
             * @description The organiser, or the first command recorded after the cut-off.
             * @enum {string}
             */
            callClosedBy?: "organiser" | "cut-off";
            /**
             * Format: date
             * @description Last day applications are accepted (inclusive, until 24:00 UTC).
             */
            callCutOff: string;
            /** Format: date-time */
            callOpenedAt?: string;
            cancellationReason?: string;
            /** Format: date-time */
            cancelledAt?: string;
            /** @description How many delegations (organisations) can be selected. */
            capacity: number;
            /** Format: date-time */
            completedAt?: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The subject that created it (a cluster manager or the secretariat). */
            createdBy: string;
            description: string;
            destination: components["schemas"]["MissionDestinationResponse"];
            /**
             * Format: date
             * @description First day at the destination (inclusive, local to timeZone).
             */
            from: string;
            /**
             * @description The cluster at the destination (adds local project owners).
             * @example nyc-cleantech
             */
            hostClusterId: string;
            /** @description Applications not withdrawn, counted for everyone (the figure, not who). */
            liveApplicationCount: number;
            localProjectOwners: components["schemas"]["LocalProjectOwnerResponse"][];
            /** Format: uuid */
            missionId: string;
            /**
             * @description The cluster that organises it (runs the call and the selection).
             * @example clean
             */
            organiserClusterId: string;
            /** @description The selected delegates, once the selection is published; absent before. */
            selectedDelegates?: components["schemas"]["MissionDelegateResponse"][];
            /**
             * Format: date-time
             * @description When the selection was last decided (revisable until published).
             */
            selectionDecidedAt?: string;
            /** Format: date-time */
            selectionPublishedAt?: string;
            /** @enum {string} */
            status: "draft" | "call-open" | "call-closed" | "selection-published" | "completed" | "cancelled";
            theme: string;
            /**
             * @description IANA time zone of the destination.
             * @example America/New_York
             */
            timeZone: string;
            title: string;
            /**
             * Format: date
             * @description Last day at the destination (inclusive).
             */
            to: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Aggregate version; the sequence of its latest event. */
            version: number;
        };
        OpportunityMatchListView: {
            /** @description Open opportunities only, best first; ties in id order. */
            items: components["schemas"]["OpportunityMatchView"][];
        };
        OpportunityMatchView: {
            /** Format: uuid */
            opportunityId: string;
            /** @description Why the pair matched: each reason names what matched (sector, technology, offer/need pair, country, helix or cluster rule, outcome feedback), the weight applied and its contribution; contributions add up to the score. */
            reasons: ({
                contribution: number;
                /** @description Outcome feedback only: the multiplier applied. */
                factor?: number;
                /** @enum {string} */
                kind: "sector" | "technology" | "offer-need" | "country" | "helix" | "cluster" | "outcome-feedback";
                weight?: number;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Higher is better; the sum of the reasons’ contributions. */
            score: number;
            title: string;
        };
        OrganisationMatchListView: {
            /** @description Best first; ties in id order. */
            items: components["schemas"]["OrganisationMatchView"][];
        };
        OrganisationMatchView: {
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** @description Why the pair matched: each reason names what matched (sector, technology, offer/need pair, country, helix or cluster rule, outcome feedback), the weight applied and its contribution; contributions add up to the score. */
            reasons: ({
                contribution: number;
                /** @description Outcome feedback only: the multiplier applied. */
                factor?: number;
                /** @enum {string} */
                kind: "sector" | "technology" | "offer-need" | "country" | "helix" | "cluster" | "outcome-feedback";
                weight?: number;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Higher is better; the sum of the reasons’ contributions. */
            score: number;
        };
        PassportApplicationPageResponse: {
            items: components["schemas"]["PassportApplicationResponse"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        PassportApplicationResponse: {
            /** Format: date-time */
            acceptedAt?: string;
            /** Format: uuid */
            applicationId: string;
            cancellationReason?: string;
            /** Format: date-time */
            cancelledAt?: string;
            /** @enum {string} */
            cancelledBy?: "applicant" | "host" | "network";
            /** Format: date-time */
            completedAt?: string;
            /** Format: date-time */
            declinedAt?: string;
            declineReason?: string;
            /**
             * Format: date
             * @description First day of the stay (inclusive).
             */
            from: string;
            /**
             * @description The applicant’s cluster.
             * @example clean
             */
            homeClusterId: string;
            /** @example tweed */
            hostClusterId: string;
            /** @description People at the host side the visitor should meet (set on acceptance). */
            keyContacts: components["schemas"]["PassportKeyContactResponse"][];
            /**
             * Format: uuid
             * @description The applicant organisation.
             */
            organisationId: string;
            organisationName: string;
            purpose: string;
            /** @description Filed when the application is completed. */
            report?: components["schemas"]["PassportVisitReportResponse"];
            /** Format: date-time */
            scheduledAt?: string;
            services: ("local-key-contacts" | "partner-search" | "desk-hosting")[];
            /** @enum {string} */
            status: "submitted" | "accepted" | "declined" | "scheduled" | "completed" | "cancelled";
            /** Format: date-time */
            submittedAt: string;
            /** @description The subject that submitted it (a member or its cluster manager). */
            submittedBy: string;
            /**
             * @description The market the applicant wants to enter (ISO 3166-1 alpha-2).
             * @example DE
             */
            targetCountry: string;
            /**
             * Format: date
             * @description Last day of the stay (inclusive).
             */
            to: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Aggregate version; the sequence of its latest event. */
            version: number;
        };
        PassportCountsResponse: {
            accepted: number;
            cancelled: number;
            completed: number;
            declined: number;
            submitted: number;
        };
        PassportKeyContactResponse: {
            /** Format: email */
            email: string;
            name: string;
            organisation: string;
        };
        PassportLeadResponse: {
            note: string;
            organisationName: string;
        };
        PassportStatisticsResponse: {
            /** @description By the applicants’ home cluster, in cluster id order. */
            byHomeCluster: components["schemas"]["ClusterPassportCountsResponse"][];
            /** @description By host cluster, in cluster id order. */
            byHostCluster: components["schemas"]["ClusterPassportCountsResponse"][];
            network: components["schemas"]["PassportCountsResponse"];
            /** @example 2026 */
            year: number;
        };
        PassportVisitReportResponse: {
            /** @description Business or project leads that came out of the visit. */
            leads: components["schemas"]["PassportLeadResponse"][];
            meetingsHeld: number;
        };
        ProgrammeCallWindowView: {
            /**
             * Format: date-time
             * @description … until this one (exclusive).
             */
            closesAt: string;
            /**
             * Format: date-time
             * @description Applications may be drafted and submitted from this moment (inclusive).
             */
            opensAt: string;
            /**
             * @description Where the call stands now; members are ranked only while it is `open`.
             * @enum {string}
             */
            phase: "upcoming" | "open" | "closed";
        };
        ProgrammeMatchListView: {
            /** @description Members left out because they have applied (any status but withdrawn) — counting only applications the caller may know of: the secretariat every one, a cluster manager its cluster’s, a member its own. */
            applicantsLeftOut: number;
            callWindow: components["schemas"]["ProgrammeCallWindowView"];
            /** @description Active members fitting the programme’s eligibility (helix types, countries, sectors) and sharing a theme with it, best first, ties in id order; each with its reasons (shared sectors, offer/need pairs with the programme’s title and description, the targets it meets). Empty while the call is not open. */
            items: components["schemas"]["OrganisationMatchView"][];
            /** @description Why nobody is ranked: the call is not open (it opens or closed at the moment given). */
            notRankedBecause?: string;
            /** @description The partner running the programme. */
            partnerName: string;
            /** Format: uuid */
            programmeId: string;
            title: string;
        };
        RecordIntroductionOutcomeDto: {
            note?: string;
            /**
             * @description What came of it, worst to best; it feeds back into ranking.
             * @enum {string}
             */
            outcome: "no-further-contact" | "follow-up-meeting" | "joint-proposal" | "cooperation-agreement";
        };
        RequestIntroductionDto: {
            /** @description What A would like to discuss; B reads it before deciding. */
            message: string;
            /**
             * @description Why A wants to meet B (see the contract’s vocabulary).
             * @enum {string}
             */
            purpose: "partnership" | "supplier" | "customer" | "investment" | "research-cooperation" | "market-entry";
            /**
             * Format: uuid
             * @description Organisation A, which asks (yours, or one of your cluster’s members).
             */
            requesterOrganisationId: string;
            /**
             * Format: uuid
             * @description Organisation B, to be introduced to; an active member, not A itself.
             */
            targetOrganisationId: string;
        };
        RequestMeetingDto: {
            /**
             * Format: uuid
             * @description A selected delegate organisation of the mission.
             */
            delegateOrganisationId: string;
            /** @description What the meeting is about. */
            message: string;
            /**
             * Format: uuid
             * @description A local project owner of the mission.
             */
            ownerId: string;
            /**
             * @description The side you request for; needed only when you may act for both (e.g. the secretariat).
             * @enum {string}
             */
            requestedBy?: "delegate" | "owner";
            /**
             * @description An upcoming slot of the agenda (local start, YYYY-MM-DDTHH:MM).
             * @example 2027-05-11T09:30
             */
            slot?: string;
        };
        SetAgendaDto: {
            days: components["schemas"]["AgendaDayDto"][];
            /**
             * @description Length of every slot.
             * @example 30
             */
            slotMinutes: number;
            /**
             * @description Meetings that can run at once.
             * @example 8
             */
            tables: number;
        };
        SetHostCapacityDto: {
            /** @description Desks offered to visitors per day (0: no desk hosting). */
            desksPerDay: number;
        };
        SubmitPassportApplicationDto: {
            /**
             * Format: date
             * @description First day (YYYY-MM-DD), after today.
             * @example 2027-03-01
             */
            from: string;
            /**
             * @description The host cluster; must differ from the applicant’s home cluster.
             * @example tweed
             */
            hostClusterId: string;
            /**
             * Format: uuid
             * @description The applicant organisation (yours, or one of your cluster’s).
             */
            organisationId: string;
            purpose: string;
            services: ("local-key-contacts" | "partner-search" | "desk-hosting")[];
            /**
             * @description Target market, ISO 3166-1 alpha-2.
             * @example BE
             */
            targetCountry: string;
            /**
             * Format: date
             * @description Last day (YYYY-MM-DD), at most 30 days after from.
             * @example 2027-03-05
             */
            to: string;
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
    DirectoryClustersController_list: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-2 country code. */
                country?: string;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description Clusters that list this focus sector. */
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
                    "application/json": components["schemas"]["DirectoryClusterPageView"];
                };
            };
            /** @description Unknown or invalid filter, or a forged cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid bearer token / API key. */
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
    DirectoryClustersController_get: {
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
                    "application/json": components["schemas"]["DirectoryClusterView"];
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
            /** @description Missing or invalid bearer token / API key. */
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
            /** @description Not (yet) in the directory. */
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
    DirectoryOrganisationsController_list: {
        parameters: {
            query?: {
                /** @description Only members of this cluster. */
                clusterId?: string;
                /** @description ISO 3166-1 alpha-2 country code. */
                country?: string;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                helixType?: "company" | "public-authority" | "research-institution" | "other";
                limit?: number;
                /** @description Organisations active in this sector. */
                sector?: "renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech";
                /** @description Membership status; all statuses when absent. */
                status?: "active" | "suspended" | "left";
                /** @description Organisations listing this technology tag. */
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
                    "application/json": components["schemas"]["DirectoryOrganisationPageView"];
                };
            };
            /** @description Unknown or invalid filter, or a forged cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid bearer token / API key. */
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
    DirectoryOrganisationsController_get: {
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
                    "application/json": components["schemas"]["DirectoryOrganisationView"];
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
            /** @description Missing or invalid bearer token / API key. */
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
            /** @description Not (yet) in the directory. */
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
    DirectoryOrganisationsController_count: {
        parameters: {
            query?: {
                /** @description Only members of this cluster. */
                clusterId?: string;
                /** @description ISO 3166-1 alpha-2 country code. */
                country?: string;
                helixType?: "company" | "public-authority" | "research-institution" | "other";
                /** @description Organisations active in this sector. */
                sector?: "renewable-energy" | "energy-efficiency" | "district-heating" | "energy-storage" | "hydrogen" | "smart-grids" | "smart-cities" | "buildings" | "mobility" | "water" | "waste-and-recycling" | "circular-economy" | "bioeconomy" | "agri-food" | "air-quality" | "climate-adaptation" | "digital-cleantech";
                /** @description Membership status; all statuses when absent. */
                status?: "active" | "suspended" | "left";
                /** @description Organisations listing this technology tag. */
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
                    "application/json": components["schemas"]["DirectoryCountView"];
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
            /** @description Missing or invalid bearer token / API key. */
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
    IntroductionsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description Only introductions this organisation asked for or was asked for. */
                organisationId?: string;
                status?: "pending" | "accepted" | "declined" | "withdrawn";
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
                    "application/json": components["schemas"]["IntroductionPageResponse"];
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
    IntroductionsController_request: {
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
                "application/json": components["schemas"]["RequestIntroductionDto"];
            };
        };
        responses: {
            /** @description The pending introduction. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionResponse"];
                };
            };
            /** @description Invalid field, or the same organisation on both sides. */
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
            /** @description An organisation is not in the directory. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An organisation is not active, or the pair already has a pending request (named). */
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
    IntroductionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                introductionId: string;
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
                    "application/json": components["schemas"]["IntroductionResponse"];
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
            /** @description Not on either side. */
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
    IntroductionsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                introductionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The introduction after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionResponse"];
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
            /** @description Not pending. */
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
    IntroductionsController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                introductionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineIntroductionDto"];
            };
        };
        responses: {
            /** @description The introduction after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionResponse"];
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
            /** @description Not pending. */
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
    IntroductionsController_recordOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                introductionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordIntroductionOutcomeDto"];
            };
        };
        responses: {
            /** @description The introduction after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionResponse"];
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
            /** @description Not accepted. */
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
    IntroductionsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                introductionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The introduction after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionResponse"];
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
            /** @description Not pending. */
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
    MatchesController_organisationsForOpportunity: {
        parameters: {
            query?: {
                /** @description How many matches, best first. */
                limit?: number;
                /** @description Leave out matches scoring below this. */
                minScore?: number;
            };
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
                    "application/json": components["schemas"]["OrganisationMatchListView"];
                };
            };
            /** @description A malformed id, or an unknown or invalid query parameter (named in the message). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid bearer token / API key. */
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
            /** @description The opportunity is not (yet) known to matchmaking, or not visible to the caller. */
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
    MatchesController_opportunitiesForOrganisation: {
        parameters: {
            query?: {
                /** @description How many matches, best first. */
                limit?: number;
                /** @description Leave out matches scoring below this. */
                minScore?: number;
            };
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
                    "application/json": components["schemas"]["OpportunityMatchListView"];
                };
            };
            /** @description A malformed id, or an unknown or invalid query parameter (named in the message). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid bearer token / API key. */
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
            /** @description Not (yet) in the directory. */
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
    MatchesController_organisationsForOrganisation: {
        parameters: {
            query?: {
                /** @description How many matches, best first. */
                limit?: number;
                /** @description Leave out matches scoring below this. */
                minScore?: number;
            };
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
                    "application/json": components["schemas"]["OrganisationMatchListView"];
                };
            };
            /** @description A malformed id, or an unknown or invalid query parameter (named in the message). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid bearer token / API key. */
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
            /** @description Not (yet) in the directory. */
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
    ProgrammeMatchesController_organisationsForProgramme: {
        parameters: {
            query?: {
                /** @description Only the members of this cluster (e.g. a cluster manager’s own members). */
                clusterId?: string;
                /** @description How many matches, best first. */
                limit?: number;
                /** @description Leave out matches scoring below this. */
                minScore?: number;
            };
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
                    "application/json": components["schemas"]["ProgrammeMatchListView"];
                };
            };
            /** @description A malformed id, or an unknown or invalid query parameter (named in the message). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid bearer token / API key. */
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
            /** @description The programme is not (yet) known to matchmaking. */
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
    MissionsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Missions hosted by this cluster. */
                hostClusterId?: string;
                limit?: number;
                status?: "draft" | "call-open" | "call-closed" | "selection-published" | "completed" | "cancelled";
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
                    "application/json": components["schemas"]["MissionPageResponse"];
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
    MissionsController_create: {
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
                "application/json": components["schemas"]["CreateMissionDto"];
            };
        };
        responses: {
            /** @description The mission, a draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
            /** @description Organiser or host cluster not in the directory. */
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
    MissionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                missionId: string;
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
                    "application/json": components["schemas"]["MissionResponse"];
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
    MissionAgendaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agenda grid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaResponse"];
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
            /** @description No such mission, or no agenda set yet. */
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
    MissionAgendaController_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAgendaDto"];
            };
        };
        responses: {
            /** @description The agenda set-up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaSetUpResponse"];
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
            /** @description Mission closed, or the change would move or shorten a scheduled meeting (which one is named). */
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
    ParticipantCalendarController_delegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                missionId: string;
                organisationId: string;
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
    ParticipantCalendarController_owner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                missionId: string;
                ownerId: string;
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
    MissionApplicationsController_apply: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyToMissionDto"];
            };
        };
        responses: {
            /** @description The application. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionApplicationResponse"];
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
            /** @description Call not open or its cut-off passed (the date is named), or the organisation already applied. */
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
    MissionApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                applicationId: string;
                missionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mission as the caller sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
            /** @description Already withdrawn or rejected, or the mission is completed or cancelled. */
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
    MissionsController_closeCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mission after the change, as the caller sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
            /** @description The call is not open. */
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
    MissionsController_openCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mission after the change, as the caller sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
            /** @description Not a draft, or the cut-off has passed. */
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
    MissionsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelMissionDto"];
            };
        };
        responses: {
            /** @description The mission after the change, as the caller sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
            /** @description Already completed or cancelled. */
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
    MissionsController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mission after the change, as the caller sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
            /** @description Selection not published, or the mission has not started. */
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
    MissionLocalProjectOwnersController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddLocalProjectOwnerDto"];
            };
        };
        responses: {
            /** @description The owner, with its ownerId. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalProjectOwnerResponse"];
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
            /** @description The mission is completed or cancelled. */
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
    MissionLocalProjectOwnersController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
                ownerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mission as the caller sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
    MissionMeetingsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of meetings, oldest request first (limit, default 20, at most 100). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionMeetingPageResponse"];
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
    MissionMeetingsController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestMeetingDto"];
            };
        };
        responses: {
            /** @description The requested meeting. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionMeetingResponse"];
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
            /** @description Mission closed, not a selected delegate or owner, or the pair already has a live meeting. */
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
    MissionMeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meetingId: string;
                missionId: string;
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
                    "application/json": components["schemas"]["MissionMeetingResponse"];
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
    MissionMeetingsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                meetingId: string;
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptMeetingDto"];
            };
        };
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionMeetingResponse"];
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
            /** @description Not requested, no agenda, or the slot is taken: the busy participant or the full tables and the slot are named. */
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
    MissionMeetingsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                meetingId: string;
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingReasonDto"];
            };
        };
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionMeetingResponse"];
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
            /** @description Already declined or cancelled. */
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
    MissionMeetingsController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                meetingId: string;
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingReasonDto"];
            };
        };
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionMeetingResponse"];
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
            /** @description Not requested. */
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
    MissionsController_decideSelection: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideSelectionDto"];
            };
        };
        responses: {
            /** @description The mission after the change, as the caller sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
            /** @description Call still open, selection already published, or more selected than the capacity. */
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
    MissionsController_publishSelection: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                missionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mission after the change, as the caller sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionResponse"];
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
            /** @description No selection decided, or not call-closed. */
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
    PassportApplicationsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Only visits to this host cluster. */
                hostClusterId?: string;
                limit?: number;
                /** @description Only this applicant organisation’s applications. */
                organisationId?: string;
                status?: "submitted" | "accepted" | "declined" | "scheduled" | "completed" | "cancelled";
                /** @description Submitted in this calendar year (UTC), as in the statistics. */
                year?: number;
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
                    "application/json": components["schemas"]["PassportApplicationPageResponse"];
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
    PassportApplicationsController_submit: {
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
                "application/json": components["schemas"]["SubmitPassportApplicationDto"];
            };
        };
        responses: {
            /** @description The submitted application. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassportApplicationResponse"];
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
            /** @description The organisation is suspended or has left, or the host cluster is inactive (the message says which). */
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
    PassportApplicationsController_get: {
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
                    "application/json": components["schemas"]["PassportApplicationResponse"];
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
    PassportApplicationsController_accept: {
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
                "application/json": components["schemas"]["AcceptPassportApplicationDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassportApplicationResponse"];
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
            /** @description Not submitted, or no free desk on some day (the days are listed). */
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
    PassportApplicationsController_cancel: {
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
                "application/json": components["schemas"]["CancelPassportApplicationDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassportApplicationResponse"];
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
            /** @description Already declined, completed or cancelled. */
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
    PassportApplicationsController_complete: {
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
                "application/json": components["schemas"]["CompletePassportApplicationDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassportApplicationResponse"];
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
            /** @description Not scheduled. */
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
    PassportApplicationsController_decline: {
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
                "application/json": components["schemas"]["DeclinePassportApplicationDto"];
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassportApplicationResponse"];
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
    PassportApplicationsController_schedule: {
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
                    "application/json": components["schemas"]["PassportApplicationResponse"];
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
            /** @description Not accepted. */
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
    PassportHostsController_get: {
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
                    "application/json": components["schemas"]["HostCapacityResponse"];
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
            /** @description Cluster not in the directory. */
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
    PassportHostsController_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters (a UUID). Retrying with the same key replays the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the first attempt runs is 409. Keys are kept for 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetHostCapacityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostCapacityResponse"];
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
    PassportStatisticsController_get: {
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
                    "application/json": components["schemas"]["PassportStatisticsResponse"];
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
}
