/**
 * B2B meetings of a mission, between a selected delegate and a local project owner:
 *   requested → accepted → scheduled (accepting schedules at once: both events are written together);
 *   requested → declined; cancelled from requested, accepted or scheduled. declined and cancelled are final.
 * `accepted` is only ever seen between its two events; it is a state of its own so that a future
 * "accept now, schedule later" flow stays backward compatible.
 */
export const MISSION_MEETING_STATUSES = ['requested', 'accepted', 'declined', 'scheduled', 'cancelled'] as const;
export type MissionMeetingStatus = (typeof MISSION_MEETING_STATUSES)[number];

/** The two sides of a meeting: the travelling delegate organisation and the local project owner. */
export const MISSION_MEETING_SIDES = ['delegate', 'owner'] as const;
export type MissionMeetingSide = (typeof MISSION_MEETING_SIDES)[number];

/** Who cancelled: one of the sides, or the organiser (its cluster manager, or the secretariat). */
export const MISSION_MEETING_CANCELLERS = ['delegate', 'owner', 'organiser'] as const;
export type MissionMeetingCanceller = (typeof MISSION_MEETING_CANCELLERS)[number];

/**
 * A slot is named by its local start in the mission's time zone, `YYYY-MM-DDTHH:MM` (no offset: it
 * is a wall-clock time at the destination, which is what delegates and owners agree on).
 */
export const AGENDA_SLOT_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

/** A local time of day, `HH:MM` (24 h). */
export const AGENDA_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Bounds of an agenda, so a set-up stays a human-sized grid. */
export const AGENDA_LIMITS = {
  minSlotMinutes: 5,
  maxSlotMinutes: 240,
  maxTables: 200,
  maxDays: 31,
  maxSlotsPerDay: 96,
} as const;
