import { DeadLetterHeaders, EventHeaders } from '@icn/contracts';
import type { IHeaders } from 'kafkajs';

/** A record as read from a topic: where it is, and its bytes. */
export interface StoredRecord {
  topic: string;
  partition: number;
  offset: string;
  /** The broker's timestamp of the record (ms since the epoch, as a decimal string). */
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

/**
 * One message parked on a `<topic>.dlq`, read back for an operator: where it sits, why it is there
 * (the `x-dlq-*` headers a consumer wrote, see buildDeadLetterMessage) and what it is (the
 * CloudEvent's id, type and subject when its value is one; a poison message may not be).
 */
export interface DeadLetterRecord {
  /** The dead-letter topic and the record's place on it: what `redrive --offsets` names. */
  deadLetterTopic: string;
  partition: number;
  offset: string;
  timestamp: Date;
  originalTopic: string;
  originalPartition: number | undefined;
  originalOffset: string | undefined;
  consumerGroup: string;
  reason: string;
  attempts: number | undefined;
  failedAt: Date | undefined;
  eventId: string | undefined;
  eventType: string | undefined;
  subject: string | undefined;
  /** The original message, as the consumer read it: redriven byte for byte. */
  key: Buffer | null;
  value: Buffer | null;
  /** The original headers, without the `x-dlq-*` ones the consumer added. */
  originalHeaders: IHeaders;
}

const DEAD_LETTER_HEADER_PREFIX = 'x-dlq-';
const DLQ_SUFFIX = '.dlq';

export function headerText(headers: IHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(String).join(',') : value.toString();
}

/** `icn.membership.organisation.v1.dlq` → `icn.membership.organisation.v1` (undefined when not a DLQ name). */
export function originalTopicOfDeadLetterTopic(deadLetterTopic: string): string | undefined {
  return deadLetterTopic.endsWith(DLQ_SUFFIX) && deadLetterTopic.length > DLQ_SUFFIX.length ? deadLetterTopic.slice(0, -DLQ_SUFFIX.length) : undefined;
}

/** Reads a dead-letter topic's record as the operator sees it; never throws on a malformed one. */
export function toDeadLetterRecord(record: StoredRecord): DeadLetterRecord {
  const header = (name: string): string | undefined => headerText(record.headers, name);
  const event = cloudEventIdentity(record.value);
  return {
    deadLetterTopic: record.topic,
    partition: record.partition,
    offset: record.offset,
    timestamp: new Date(Number(record.timestamp)),
    originalTopic: header(DeadLetterHeaders.originalTopic) ?? originalTopicOfDeadLetterTopic(record.topic) ?? record.topic,
    originalPartition: optionalInteger(header(DeadLetterHeaders.originalPartition)),
    originalOffset: header(DeadLetterHeaders.originalOffset),
    consumerGroup: header(DeadLetterHeaders.consumerGroup) ?? 'unknown',
    reason: header(DeadLetterHeaders.reason) ?? 'no reason recorded',
    attempts: optionalInteger(header(DeadLetterHeaders.attempts)),
    failedAt: optionalDate(header(DeadLetterHeaders.failedAt)),
    // The value is the truth; the headers are copies a poison message may lack or contradict.
    eventId: event.id ?? header(EventHeaders.id),
    eventType: event.type ?? header(EventHeaders.type),
    subject: event.subject ?? record.key?.toString(),
    key: record.key,
    value: record.value,
    originalHeaders: Object.fromEntries(Object.entries(record.headers).filter(([name]) => !name.startsWith(DEAD_LETTER_HEADER_PREFIX))),
  };
}

/** `partition:offset`, how the command names a record on a topic. */
export function positionOf(record: { partition: number; offset: string }): string {
  return `${record.partition}:${record.offset}`;
}

function cloudEventIdentity(value: Buffer | null): { id?: string; type?: string; subject?: string } {
  if (value === null) return {};
  try {
    const parsed: unknown = JSON.parse(value.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { id, type, subject } = parsed as Record<string, unknown>;
    return {
      ...(typeof id === 'string' ? { id } : {}),
      ...(typeof type === 'string' ? { type } : {}),
      ...(typeof subject === 'string' ? { subject } : {}),
    };
  } catch {
    return {};
  }
}

function optionalInteger(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

function optionalDate(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
