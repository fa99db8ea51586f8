import { positionOf, type DeadLetterRecord } from './dead-letter-record';
import type { DeadLetterListing, RedriveOutcome } from './dead-letter-tool';

const REASON_WIDTH = 90;

/** A plain-text table for people: one row per dead letter, columns padded to their widest cell. */
export function formatListing(listing: DeadLetterListing): string {
  const header = ['at', 'event type', 'subject', 'group', 'failed at', 'attempts', 'reason'];
  const rows = listing.records.map((record) => [
    positionOf(record),
    record.eventType ?? '?',
    record.subject ?? '?',
    record.consumerGroup,
    (record.failedAt ?? record.timestamp).toISOString(),
    record.attempts === undefined ? '?' : String(record.attempts),
    oneLine(record.reason, REASON_WIDTH),
  ]);
  const summary = `${listing.deadLetterTopic}: ${listing.records.length} shown of ${listing.stored} stored`;
  return [summary, ...(rows.length > 0 ? [table([header, ...rows])] : [])].join('\n');
}

export function formatRedrive(deadLetterTopic: string, outcomes: readonly RedriveOutcome[]): string {
  const header = ['at', 'event id', 'event type', 'to', 'status'];
  const rows = outcomes.map(({ record, status, copy }) => [
    positionOf(record),
    record.eventId ?? '?',
    record.eventType ?? '?',
    copy !== undefined ? `${record.originalTopic} ${positionOf(copy)}` : record.originalTopic,
    status,
  ]);
  const count = (status: RedriveOutcome['status']): number => outcomes.filter((outcome) => outcome.status === status).length;
  const summary = `${deadLetterTopic}: ${count('redriven')} redriven, ${count('already-redriven')} already redriven, ${count('would-redrive')} would be redriven (dry run)`;
  return [...(rows.length > 0 ? [table([header, ...rows])] : []), summary].join('\n');
}

/** What `--json` prints for one dead letter: every field, the value as text (a CloudEvent is JSON). */
export function deadLetterAsJson(record: DeadLetterRecord): Record<string, unknown> {
  return {
    deadLetterTopic: record.deadLetterTopic,
    partition: record.partition,
    offset: record.offset,
    timestamp: record.timestamp.toISOString(),
    originalTopic: record.originalTopic,
    originalPartition: record.originalPartition ?? null,
    originalOffset: record.originalOffset ?? null,
    consumerGroup: record.consumerGroup,
    reason: record.reason,
    attempts: record.attempts ?? null,
    failedAt: record.failedAt?.toISOString() ?? null,
    eventId: record.eventId ?? null,
    eventType: record.eventType ?? null,
    subject: record.subject ?? null,
    key: record.key?.toString('utf8') ?? null,
    value: record.value?.toString('utf8') ?? null,
  };
}

function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  // The last column is not padded: no trailing spaces.
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')).join('\n');
}
