import {
  CLOUD_EVENTS_CONTENT_TYPE,
  ClusterRegistered,
  EventHeaders,
  OpportunityPublished,
  OrganisationJoined,
  PartnerSuggestionsProposed,
  Topics,
  type CloudEvent,
  type ClusterSnapshotV1,
  type OpportunitySnapshotV1,
  type OrganisationSnapshotV1,
  type PartnerSuggestionsProposedV1,
} from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { Kafka, logLevel, type Producer } from 'kafkajs';

/**
 * Plays membership and opportunities in integration tests: their events as their relays publish
 * them (structured CloudEvents, keyed by aggregate id, sequence = version) on the real topics.
 * (Same approach as matchmaking's MembershipEventProducer/OpportunityEventProducer; apps may not
 * share code, so a test-support library would be the place to merge them.)
 */
export class PlatformEventProducer {
  private constructor(private readonly producer: Producer) {}

  static async connect(brokers: string): Promise<PlatformEventProducer> {
    const kafka = new Kafka({ brokers: brokers.split(','), clientId: 'consortia-int-test', logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    return new PlatformEventProducer(producer);
  }

  clusterRegistered(cluster: ClusterSnapshotV1): Promise<void> {
    return this.send(Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: cluster.clusterId, sequence: 1, data: { cluster }, source: 'membership' }));
  }

  organisationJoined(organisation: OrganisationSnapshotV1): Promise<void> {
    return this.send(
      Topics.membershipOrganisation,
      buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' }),
    );
  }

  opportunityPublished(opportunity: OpportunitySnapshotV1): Promise<void> {
    return this.send(
      Topics.opportunitiesOpportunity,
      buildEvent(OpportunityPublished, { subject: opportunity.opportunityId, sequence: opportunity.version, data: { opportunity }, source: '/icn/opportunities' }),
    );
  }

  /** Plays matchmaking answering a partner search (keyed by the request id, as its relay publishes it). */
  partnerSuggestionsProposed(data: PartnerSuggestionsProposedV1): Promise<void> {
    return this.send(
      Topics.matchmakingPartnerSuggestion,
      buildEvent(PartnerSuggestionsProposed, { subject: data.requestId, sequence: 1, data, source: '/icn/matchmaking' }),
    );
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
