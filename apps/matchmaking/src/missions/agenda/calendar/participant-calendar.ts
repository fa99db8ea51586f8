import { escapeText, formatUtc, joinContentLines } from '@icn/platform';
import type { MissionMeetingSnapshotV1 } from '@icn/contracts';

export interface ParticipantCalendar {
  /** Shown as the calendar's name, e.g. "New York mission 2027: Acme ApS". */
  name: string;
  missionTitle: string;
  timeZone: string;
  now: Date;
  /** The participant's meetings that have (or had) a slot: scheduled ones and cancelled ones. */
  meetings: readonly MissionMeetingSnapshotV1[];
}

/**
 * A participant's B2B schedule as iCalendar (RFC 5545): one VEVENT per meeting that got a slot.
 * UID is stable per meeting and SEQUENCE is its version, so a calendar app that imported the file
 * before updates the event instead of adding a second one, and a cancelled meeting turns into
 * STATUS:CANCELLED rather than vanishing. Times are in UTC (no VTIMEZONE to get wrong); the
 * destination's local time is in the description and X-WR-TIMEZONE hints the zone to display.
 */
export function renderParticipantCalendar(calendar: ParticipantCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//International Cleantech Network//Matchmaking missions//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
  ];
  const withSlot = calendar.meetings.filter((meeting) => meeting.slot !== undefined);
  const chronological = [...withSlot].sort((a, b) => (a.slot?.startsAt ?? '').localeCompare(b.slot?.startsAt ?? '') || a.meetingId.localeCompare(b.meetingId));
  for (const meeting of chronological) lines.push(...renderMeeting(meeting, calendar));
  lines.push('END:VCALENDAR');
  return joinContentLines(lines);
}

function renderMeeting(meeting: MissionMeetingSnapshotV1, calendar: ParticipantCalendar): string[] {
  const slot = meeting.slot;
  if (slot === undefined) return [];
  const cancelled = meeting.status === 'cancelled';
  const description = [
    `${slot.date} ${slot.startTime}–${slot.endTime} (${slot.timeZone}), table ${slot.table}`,
    `Delegate: ${meeting.delegate.name}. Local project owner: ${meeting.owner.name}.`,
    meeting.message,
    ...(cancelled && meeting.cancellationReason !== undefined ? [`Cancelled: ${meeting.cancellationReason}`] : []),
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${meeting.meetingId}@missions.matchmaking.icn`,
    `DTSTAMP:${formatUtc(calendar.now)}`,
    `DTSTART:${formatUtc(new Date(slot.startsAt))}`,
    `DTEND:${formatUtc(new Date(slot.endsAt))}`,
    `LAST-MODIFIED:${formatUtc(new Date(meeting.updatedAt))}`,
    `SEQUENCE:${meeting.version}`,
    `SUMMARY:${escapeText(`B2B meeting: ${meeting.delegate.name} – ${meeting.owner.name}`)}`,
    `LOCATION:${escapeText(`${calendar.missionTitle}, table ${slot.table}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `TRANSP:${cancelled ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  ];
}
