import {
  CLOUD_EVENTS_CONTENT_TYPE,
  ClusterRegistered,
  EventHeaders,
  OrganisationJoined,
  OrganisationSuspended,
  Topics,
  type CloudEvent,
  type ClusterSnapshotV1,
  type OrganisationSnapshotV1,
} from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { Kafka, logLevel, type Producer } from 'kafkajs';

/**
 * Plays membership in integration tests: its events as its relay publishes them (structured
 * CloudEvents, keyed by aggregate id, `subjectsequence` = version) on the real topics, for a
 * service's directory read model to consume. (Consortia and matchmaking keep older copies of this
 * in their own testing folders.)
 */
export class MembershipEventProducer {
  private constructor(private readonly producer: Producer) {}

  static async connect(brokers: string, clientId = 'membership-int-test'): Promise<MembershipEventProducer> {
    const kafka = new Kafka({ brokers: brokers.split(','), clientId, logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    return new MembershipEventProducer(producer);
  }

  clusterRegistered(cluster: ClusterSnapshotV1): Promise<void> {
    return this.send(Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: cluster.clusterId, sequence: 1, data: { cluster }, source: '/icn/membership' }));
  }

  organisationJoined(organisation: OrganisationSnapshotV1): Promise<void> {
    const event = buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: '/icn/membership' });
    return this.send(Topics.membershipOrganisation, event);
  }

  /** The organisation's second event (after its joined one). */
  organisationSuspended(organisation: Pick<OrganisationSnapshotV1, 'organisationId' | 'clusterId'>, reason: string, sequence = 2): Promise<void> {
    const data = { organisationId: organisation.organisationId, clusterId: organisation.clusterId, reason, suspendedAt: new Date().toISOString() };
    return this.send(Topics.membershipOrganisation, buildEvent(OrganisationSuspended, { subject: organisation.organisationId, sequence, data, source: '/icn/membership' }));
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }

  private async send(topic: string, event: CloudEvent<object>): Promise<void> {
    await this.producer.send({
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
