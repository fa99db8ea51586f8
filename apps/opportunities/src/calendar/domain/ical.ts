import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { escapeText, formatUtc, joinContentLines } from '@icn/platform';

export interface CalendarItem {
  opportunity: OpportunitySnapshotV1;
  open: boolean;
}

export interface CalendarOptions {
  name: string;
  now: Date;
  /** VALARMs this many days before each deadline (the reminder lead times). */
  alarmDays: readonly number[];
}

/**
 * An iCalendar (RFC 5545) feed of followed deadlines: one event per opportunity, at its deadline.
 * UID is stable per opportunity and SEQUENCE is its version, so calendar apps update an event when
 * the deadline moves instead of adding a second one; a cancelled opportunity becomes STATUS:CANCELLED.
 */
export function renderCalendar(items: readonly CalendarItem[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//International Cleantech Network//Opportunities//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const item of items) lines.push(...renderEvent(item, options));
  lines.push('END:VCALENDAR');
  return joinContentLines(lines);
}

function renderEvent({ opportunity, open }: CalendarItem, options: CalendarOptions): string[] {
  const deadline = new Date(opportunity.deadline);
  const status = opportunity.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED';
  const description = [
    `${opportunity.type} from cluster ${opportunity.originClusterId} (${opportunity.status})`,
    opportunity.description.slice(0, 1000),
    ...opportunity.links.map((link) => link.url),
  ].join('\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${opportunity.opportunityId}@opportunities.icn`,
    `DTSTAMP:${formatUtc(options.now)}`,
    `DTSTART:${formatUtc(deadline)}`,
    `DTEND:${formatUtc(deadline)}`,
    `SEQUENCE:${opportunity.version}`,
    `SUMMARY:${escapeText(`Deadline: ${opportunity.title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(opportunity.type)}`,
    `STATUS:${status}`,
    'TRANSP:TRANSPARENT',
  ];
  if (opportunity.links[0]) lines.push(`URL:${opportunity.links[0].url}`);
  if (open) {
    for (const days of options.alarmDays) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(`${days} days to the deadline: ${opportunity.title}`)}`, `TRIGGER:-P${days}D`, 'END:VALARM');
    }
  }
  lines.push('END:VEVENT');
  return lines;
}
