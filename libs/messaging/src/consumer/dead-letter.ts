import { deadLetterTopicOf } from '@icn/contracts';
import type { IHeaders, Message } from 'kafkajs';

export const DeadLetterHeaders = {
  reason: 'x-dlq-reason',
  originalTopic: 'x-dlq-original-topic',
  originalPartition: 'x-dlq-original-partition',
  originalOffset: 'x-dlq-original-offset',
  consumerGroup: 'x-dlq-consumer-group',
  attempts: 'x-dlq-attempts',
  failedAt: 'x-dlq-failed-at',
} as const;

/** `unrecoverable`: the handler said retrying cannot help (see UnrecoverableEventError). */
export type DeadLetterCategory = 'invalid-message' | 'handler-failed' | 'unrecoverable';

export interface DeadLetterInfo {
  topic: string;
  partition: number;
  offset: string;
  groupId: string;
  attempts: number;
  reason: string;
  failedAt?: Date;
}

// Kafka headers are small; a huge validation dump would not help an operator more than its start.
const MAX_REASON_LENGTH = 2000;

/**
 * The message to park on `<topic>.dlq`: the original key, value and headers byte for byte (so it
 * can be replayed as is), plus headers saying where it came from and why it failed.
 */
export function buildDeadLetterMessage(
  original: { key: Buffer | string | null; value: Buffer | string | null; headers?: IHeaders },
  info: DeadLetterInfo,
): { topic: string; message: Message } {
  const reason = info.reason.length > MAX_REASON_LENGTH ? `${info.reason.slice(0, MAX_REASON_LENGTH - 1)}…` : info.reason;
  return {
    topic: deadLetterTopicOf(info.topic),
    message: {
      key: original.key,
      value: original.value,
      headers: {
        ...original.headers,
        [DeadLetterHeaders.reason]: reason,
        [DeadLetterHeaders.originalTopic]: info.topic,
        [DeadLetterHeaders.originalPartition]: String(info.partition),
        [DeadLetterHeaders.originalOffset]: info.offset,
        [DeadLetterHeaders.consumerGroup]: info.groupId,
        [DeadLetterHeaders.attempts]: String(info.attempts),
        [DeadLetterHeaders.failedAt]: (info.failedAt ?? new Date()).toISOString(),
      },
    },
  };
}
