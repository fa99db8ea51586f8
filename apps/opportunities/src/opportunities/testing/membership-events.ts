import { randomUUID } from 'node:crypto';
import { CLOUD_EVENTS_CONTENT_TYPE, ClusterRegistered, EventHeaders, OrganisationJoined, Topics, type CloudEvent, type ClusterSnapshotV1, type OrganisationSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { waitFor } from '@icn/testing';
import { Kafka, logLevel } from 'kafkajs';
import { MembershipDirectory } from '../../directory/persistence/membership-directory';
import type { OpportunitiesTestApp } from './opportunities-test-app';

/** A cluster slug no other test run uses. */
export function uniqueClusterId(prefix = 'opp'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function aCluster(clusterId: string): ClusterSnapshotV1 {
  return {
    clusterId,
    name: `Cluster ${clusterId}`,
    country: 'DK',
    focusSectors: ['district-heating'],
    memberCounts: { companies: 10, publicAuthorities: 2, researchInstitutions: 1, other: 0 },
    secretariat: false,
    status: 'active',
  };
}

export function anOrganisation(clusterId: string, overrides: Partial<OrganisationSnapshotV1> = {}): OrganisationSnapshotV1 {
  return {
    organisationId: randomUUID(),
    clusterId,
    name: 'Nordic Heat Pumps ApS',
    helixType: 'company',
    companySize: 'sme',
    country: 'DK',
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    offers: [],
    needs: [],
    contacts: [],
    status: 'active',
    joinedAt: '2025-01-15T09:00:00.000Z',
    ...overrides,
  };
}

/**
 * Plays membership: publishes ClusterRegistered / OrganisationJoined on the real membership topics
 * (keyed like membership's relay) and waits until the app's read model has them.
 */
export async function seedMembership(
  app: OpportunitiesTestApp,
  clusters: readonly string[],
  organisations: readonly OrganisationSnapshotV1[] = [],
): Promise<void> {
  const kafka = new Kafka({ brokers: app.brokers.split(','), clientId: 'opportunities-it', logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  const records: { topic: string; event: CloudEvent<object> }[] = [
    ...clusters.map((clusterId) => ({
      topic: Topics.membershipCluster,
      event: buildEvent(ClusterRegistered, { subject: clusterId, sequence: 1, data: { cluster: aCluster(clusterId) }, source: '/icn/membership' }),
    })),
    ...organisations.map((organisation) => ({
      topic: Topics.membershipOrganisation,
      event: buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: '/icn/membership' }),
    })),
  ];
  const directory = app.app.get(MembershipDirectory);
  const known = async () => {
    if ((await directory.findClusters(clusters)).length < clusters.length) return false;
    for (const organisation of organisations) {
      if ((await directory.findOrganisation(organisation.organisationId)) === null) return false;
    }
    return true;
  };
  await producer.connect();
  try {
    // The read model's group starts at the end of the topics, and a new group's first assignment
    // takes a moment: re-send the same events (same ids and sequences, so applied once) until seen.
    await waitFor(
      async () => {
        for (const { topic, event } of records) {
          await producer.send({
            topic,
            acks: -1,
            messages: [{ key: event.subject, value: JSON.stringify(event), headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: event.type, [EventHeaders.id]: event.id } }],
          });
        }
        return waitFor(known, { timeoutMs: 4000, intervalMs: 100 }).catch(() => false);
      },
      { timeoutMs: 60_000, intervalMs: 0, description: 'the membership read model to know the test clusters and organisations' },
    );
  } finally {
    await producer.disconnect();
  }
}
