import { trace, type Tracer } from '@opentelemetry/api';

/**
 * Attribute names of the OpenTelemetry messaging and CloudEvents semantic conventions (v1.27+,
 * still "development" there, so copied here rather than imported from the incubating entry point,
 * as the conventions package advises).
 */
export const MessagingAttribute = {
  system: 'messaging.system',
  operationType: 'messaging.operation.type',
  operationName: 'messaging.operation.name',
  destination: 'messaging.destination.name',
  partition: 'messaging.destination.partition.id',
  consumerGroup: 'messaging.consumer.group.name',
  messageId: 'messaging.message.id',
  batchCount: 'messaging.batch.message_count',
  kafkaKey: 'messaging.kafka.message.key',
  kafkaOffset: 'messaging.kafka.offset',
  eventId: 'cloudevents.event_id',
  eventType: 'cloudevents.event_type',
  eventSubject: 'cloudevents.event_subject',
  /** Ours: what the consumer did with the message (processed, duplicate, dead-lettered, aborted). */
  outcome: 'icn.messaging.outcome',
} as const;

export const KAFKA = 'kafka';

/** Looked up per use: a test (or the service's bootstrap) may register the provider after this module loaded. */
export function messagingTracer(): Tracer {
  return trace.getTracer('@icn/messaging');
}
