import { CLOUD_EVENTS_CONTENT_TYPE, EventHeaders, type CloudEvent } from '@icn/contracts';
import { Kafka, logLevel, type Producer, type RecordMetadata } from 'kafkajs';

/**
 * Plays membership in integration tests: produces structured-mode CloudEvents to the real topics,
 * keyed by subject like membership's relay does, so per-aggregate ordering is the real one.
 */
export class MembershipEventProducer {
  private constructor(private readonly producer: Producer) {}

  static async connect(brokers: string): Promise<MembershipEventProducer> {
    const kafka = new Kafka({ brokers: brokers.split(','), clientId: 'matchmaking-int-test', logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    return new MembershipEventProducer(producer);
  }

  /** Sends the events in order, each to its topic, in one call per event so order is certain. */
  async send(topic: string, ...events: CloudEvent<object>[]): Promise<RecordMetadata[]> {
    const written: RecordMetadata[] = [];
    for (const event of events) {
      written.push(...(await this.sendRaw(topic, event.subject, JSON.stringify(event), event.type, event.id)));
    }
    return written;
  }

  /**
   * For poison messages: an arbitrary value, still keyed and typed like a real event. Resolves with
   * where the record was written (partition, offset), e.g. to wait until a consumer group is past it.
   */
  sendRaw(topic: string, key: string, value: string, type: string, id: string): Promise<RecordMetadata[]> {
    return this.producer.send({
      topic,
      acks: -1,
      messages: [
        {
          key,
          value,
          headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: type, [EventHeaders.id]: id },
        },
      ],
    });
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}
