/** What an applicant may ask a host cluster for (DESIGN.md §3 "Passport application"). */
export const PASSPORT_SERVICES = ['local-key-contacts', 'partner-search', 'desk-hosting'] as const;
export type PassportService = (typeof PASSPORT_SERVICES)[number];

/**
 * Lifecycle: submitted → accepted | declined; accepted → scheduled → completed; cancelled from any
 * state before completion. declined, completed and cancelled are final.
 */
export const PASSPORT_STATUSES = ['submitted', 'accepted', 'declined', 'scheduled', 'completed', 'cancelled'] as const;
export type PassportStatus = (typeof PASSPORT_STATUSES)[number];

/**
 * Who cancelled: the applicant's side, the host cluster, or the network secretariat acting for
 * neither. `network` was added after v1 shipped; adding an allowed value is backward compatible
 * (json-schema/backward-compatibility.ts only refuses removed values), so consumers must tolerate it.
 */
export const PASSPORT_PARTIES = ['applicant', 'host', 'network'] as const;
export type PassportParty = (typeof PASSPORT_PARTIES)[number];

/** Calendar days of a stay are plain dates; a visit happens on the host's local days. */
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
