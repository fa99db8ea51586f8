/**
 * Mission lifecycle (the domain's lifecycle file draws the transitions): draft → call-open →
 * call-closed → selection-published → completed; cancelled from any state before those two final
 * ones. Extending a list is a backward-compatible change.
 */
export const MISSION_STATUSES = ['draft', 'call-open', 'call-closed', 'selection-published', 'completed', 'cancelled'] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];

/**
 * An application to a mission: submitted, then decided into selected / reserve / rejected by the
 * organiser; withdrawn by the applicant from any of submitted, selected or reserve.
 */
export const MISSION_APPLICATION_STATUSES = ['submitted', 'selected', 'reserve', 'rejected', 'withdrawn'] as const;
export type MissionApplicationStatus = (typeof MISSION_APPLICATION_STATUSES)[number];

/** Who closed the call: the organiser explicitly, or the first command recorded after the cut-off. */
export const MISSION_CALL_CLOSERS = ['organiser', 'cut-off'] as const;
export type MissionCallCloser = (typeof MISSION_CALL_CLOSERS)[number];

/** How many people an organisation may send on one mission. */
export const MAX_TRAVELLERS_PER_APPLICATION = 10;
