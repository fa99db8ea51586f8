/**
 * Kafka headers a consumer adds when it parks a message on `<topic>.dlq`. The message value and key
 * are the original ones, untouched, so an operator can replay it once the cause is fixed. Named here
 * (not in the messaging library) because they are part of the public contract: the AsyncAPI
 * document describes them to operators and integrators.
 */
export const DeadLetterHeaders = {
  reason: 'x-dlq-reason',
  originalTopic: 'x-dlq-original-topic',
  originalPartition: 'x-dlq-original-partition',
  originalOffset: 'x-dlq-original-offset',
  consumerGroup: 'x-dlq-consumer-group',
  attempts: 'x-dlq-attempts',
  failedAt: 'x-dlq-failed-at',
} as const;

export type DeadLetterHeaderName = (typeof DeadLetterHeaders)[keyof typeof DeadLetterHeaders];
