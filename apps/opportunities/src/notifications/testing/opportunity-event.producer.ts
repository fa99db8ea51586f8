import {
  CLOUD_EVENTS_CONTENT_TYPE,
  EventHeaders,
  OpportunityDeadlineExtended,
  OpportunityPublished,
  Topics,
  type OpportunitySnapshotV1,
} from '@icn/contracts';
import { buildEvent, positionGroupAtEnd, TopicAdmin } from '@icn/messaging';
import { Kafka, logLevel, type Producer, type RecordMetadata } from 'kafkajs';
import { randomUUID } from 'node:crypto';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A published opportunity snapshot; `keyword` goes into the title so a test's subscriptions match only its own. */
export function anOpportunity(keyword: string, overrides: Partial<OpportunitySnapshotV1> = {}): OpportunitySnapshotV1 {
  const now = new Date().toISOString();
  return {
    opportunityId: randomUUID(),
    type: 'tender',
    title: `Heat pump retrofit ${keyword}`,
    description: 'District heating tender for a municipal utility.',
    originClusterId: 'clean',
    publisher: { subject: 'manager-clean' },
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    targetCountries: [],
    targetClusterIds: [],
    targetHelixTypes: [],
    value: { amount: 250000, currency: 'EUR' },
    deadline: new Date(Date.now() + 40 * DAY_MS).toISOString(),
    links: [],
    visibility: 'network',
    status: 'published',
    version: 2,
    createdAt: now,
    publishedAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/**
 * Plays the opportunities core's role on the topic: the events exactly as its relay publishes
 * them (structured CloudEvents keyed by opportunity id), so the delivery pipeline is tested on
 * its real input without depending on the core's HTTP API.
 */
export class OpportunityEventProducer {
  private constructor(
    private readonly kafka: Kafka,
    private readonly producer: Producer,
  ) {}

  static async connect(brokers: string): Promise<OpportunityEventProducer> {
    const kafka = new Kafka({ brokers: brokers.split(','), clientId: 'delivery-it', logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    return new OpportunityEventProducer(kafka, producer);
  }

  async published(opportunity: OpportunitySnapshotV1): Promise<void> {
    await this.send(buildEvent(OpportunityPublished, { subject: opportunity.opportunityId, sequence: opportunity.version, data: { opportunity }, source: '/icn/opportunities' }));
  }

  async deadlineExtended(opportunity: OpportunitySnapshotV1, previousDeadline: string): Promise<void> {
    await this.send(
      buildEvent(OpportunityDeadlineExtended, { subject: opportunity.opportunityId, sequence: opportunity.version, data: { opportunity, previousDeadline }, source: '/icn/opportunities' }),
    );
  }

  /** Commits "latest" for a new consumer group, so it consumes everything produced from now on. */
  async positionGroupAtEnd(groupId: string, topics: readonly string[] = [Topics.opportunitiesOpportunity]): Promise<void> {
    // On a fresh broker (CI) nothing has created the topics yet, and offsets of a missing topic
    // cannot be reset: create them the way the service does at start-up.
    await new TopicAdmin(this.kafka).ensureTopics([...topics], Number(process.env['KAFKA_TOPIC_PARTITIONS'] ?? 3));
    await positionGroupAtEnd(this.kafka, groupId, topics);
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  /** Any event on any topic, as the owning service's relay would publish it (plays matchmaking too). */
  send(event: { id: string; type: string; subject: string }, topic: string = Topics.opportunitiesOpportunity): Promise<RecordMetadata[]> {
    return this.producer.send({
      topic,
      acks: -1,
      messages: [
        {
          key: event.subject,
          value: JSON.stringify(event),
          headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: event.type, [EventHeaders.id]: event.id },
        },
      ],
    });
  }
}
