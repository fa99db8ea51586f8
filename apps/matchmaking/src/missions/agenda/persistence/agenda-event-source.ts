/** CloudEvents `source` of everything the B2B agenda publishes (matchmaking, like the Passport). */
export const AGENDA_EVENT_SOURCE = '/icn/matchmaking';
