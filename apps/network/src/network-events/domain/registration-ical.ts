import type { NetworkEventRegistrationV1 } from '@icn/contracts';
import { escapeText, formatUtc, joinContentLines } from '@icn/platform';
import { nextDay } from './event-dates';
import type { NetworkEventState } from './network-event';

/**
 * One registrant's iCalendar (RFC 5545) file for a network event: an all-day VEVENT over the
 * event's days (DTEND exclusive, so the day after `to`), at the place. UID is stable per
 * registration and SEQUENCE is the event's version, so re-importing after a change updates the
 * entry; a cancelled event or registration becomes STATUS:CANCELLED, a waiting one TENTATIVE.
 */
export function renderRegistrationCalendar(event: NetworkEventState, registration: NetworkEventRegistrationV1, now: Date): string {
  const place = event.place;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//International Cleantech Network//Network events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${registration.registrationId}@network.icn`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART;VALUE=DATE:${compact(event.from)}`,
    `DTEND;VALUE=DATE:${compact(nextDay(event.to))}`,
    `SEQUENCE:${event.version}`,
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(`${place.venue}, ${place.city}, ${place.country}`)}`,
    `DESCRIPTION:${escapeText(describe(event, registration))}`,
    `CATEGORIES:${escapeText(event.kind)}`,
    `STATUS:${statusOf(event, registration)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return joinContentLines(lines);
}

function statusOf(event: NetworkEventState, registration: NetworkEventRegistrationV1): 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' {
  if (event.status === 'cancelled' || registration.status === 'cancelled') return 'CANCELLED';
  return registration.status === 'waiting' ? 'TENTATIVE' : 'CONFIRMED';
}

function describe(event: NetworkEventState, registration: NetworkEventRegistrationV1): string {
  const seat =
    registration.status === 'waiting' ? `waiting list, rank ${registration.waitingRank ?? '?'}` : registration.status === 'confirmed' ? 'seat confirmed' : 'registration cancelled';
  return [
    `${registration.participantName} (${registration.organisationName}): ${seat}`,
    `Hosted by cluster ${event.hostClusterId}; times are local to ${event.timeZone}.`,
    event.description.slice(0, 1000),
  ]
    .filter((line) => line.length > 0)
    .join('\n');
}

function compact(date: string): string {
  return date.replaceAll('-', '');
}
