import type { IHeaders, Message } from 'kafkajs';
import { headerText, positionOf, type DeadLetterRecord, type StoredRecord } from './dead-letter-record';

/**
 * Headers a redriven message carries on its original topic, next to all of its original headers.
 * `x-dlq-redriven-from` names the dead letter it was re-published from
 * (`<dlq topic>:<partition>:<offset>`): it is how a second redrive knows the first one happened, and
 * how anyone reading the topic can tell a redriven copy from the original (same CloudEvent id).
 */
export const RedriveHeaders = {
  redrivenFrom: 'x-dlq-redriven-from',
  redrivenAt: 'x-dlq-redriven-at',
} as const;

/** The value of `x-dlq-redriven-from` for a dead letter. */
export function redriveMarkerOf(record: Pick<DeadLetterRecord, 'deadLetterTopic' | 'partition' | 'offset'>): string {
  return `${record.deadLetterTopic}:${positionOf(record)}`;
}

/**
 * The message that re-publishes a dead letter: the original key, value and headers byte for byte
 * (so the CloudEvent keeps its id and every consumer group that already applied it skips it), to the
 * partition it was consumed from (so it keeps its place in its key's order), without the `x-dlq-*`
 * headers describing the failure, plus the redrive headers.
 */
export function redriveMessage(record: DeadLetterRecord, redrivenAt: Date): { topic: string; message: Message } {
  const headers: IHeaders = {
    ...record.originalHeaders,
    [RedriveHeaders.redrivenFrom]: redriveMarkerOf(record),
    [RedriveHeaders.redrivenAt]: redrivenAt.toISOString(),
  };
  return {
    topic: record.originalTopic,
    message: {
      key: record.key,
      value: record.value,
      headers,
      ...(record.originalPartition !== undefined ? { partition: record.originalPartition } : {}),
    },
  };
}

/** Where each dead letter was already redriven to, read from the redrive headers of the original topic's records. */
export function redrivenMarkers(records: readonly StoredRecord[]): Map<string, { partition: number; offset: string }> {
  const markers = new Map<string, { partition: number; offset: string }>();
  for (const record of records) {
    const marker = headerText(record.headers, RedriveHeaders.redrivenFrom);
    if (marker !== undefined && !markers.has(marker)) markers.set(marker, { partition: record.partition, offset: record.offset });
  }
  return markers;
}
