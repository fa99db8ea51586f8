/** The kinds of gathering the network holds (issue 14: annual meetings, cluster workshops, networking events). */
export const NETWORK_EVENT_KINDS = ['annual-meeting', 'workshop', 'networking-event'] as const;
export type NetworkEventKind = (typeof NETWORK_EVENT_KINDS)[number];

/**
 * Lifecycle: scheduled (registration open) → held (attendance recorded, final) | cancelled (final).
 */
export const NETWORK_EVENT_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type NetworkEventStatus = (typeof NETWORK_EVENT_STATUSES)[number];

/**
 * A registration holds a seat (`confirmed`), waits for one in order (`waiting`, ranked) or was
 * `cancelled` by the registrant's side. A cancelled confirmed seat goes to waiting rank 1.
 */
export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Event days are plain dates, local to the event's time zone. */
export const EVENT_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The most registrations (seats and waiting list together) one event holds in its aggregate. */
export const MAX_EVENT_REGISTRATIONS = 1000;
