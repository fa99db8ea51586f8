import { randomUUID } from 'node:crypto';
import {
  ClusterRegistered,
  ContactAdded,
  ContactUpdated,
  OrganisationJoined,
  OrganisationLeft,
  OrganisationReinstated,
  OrganisationSuspended,
  OrganisationUpdated,
  Topics,
  deadLetterTopicOf,
  type CloudEvent,
  type EventDefinition,
  type OrganisationJoinedV1,
  type OrganisationSnapshotV1,
} from '@icn/contracts';
import { buildEvent, DeadLetterHeaders } from '@icn/messaging';
import { DEFAULT_JWT_ISSUER, mintToken } from '@icn/platform';
import { waitFor } from '@icn/testing';
import { aCluster, aContact, anOrganisation } from './testing/membership-snapshot.fixtures';
import { MembershipEventProducer } from './testing/membership-event.producer';
import { startMatchmakingTestApp, type MatchmakingTestApp } from './testing/matchmaking-test-app';
import { findRecord } from './testing/topic-record.finder';

interface OrganisationBody {
  organisationId: string;
  name: string;
  website?: string;
  status: string;
  contacts: { contactId: string }[];
  suspension?: { reason: string };
  departure?: { leftAt: string };
  sync: { lastSequence: number; appliedEvents: number };
}

const ORGANISATIONS = Topics.membershipOrganisation;

function event<T extends object>(definition: EventDefinition<T>, subject: string, sequence: number, data: T): CloudEvent<T> {
  return buildEvent(definition, { subject, sequence, data, source: 'membership' });
}

describe('matchmaking directory (real Kafka + database)', () => {
  let mm: MatchmakingTestApp;
  let producer: MembershipEventProducer;
  // A cluster of our own, so list/count assertions only ever see this run's organisations.
  const clusterId = `mm-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    mm = await startMatchmakingTestApp();
    producer = await MembershipEventProducer.connect(mm.brokers);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await mm?.close();
  });

  /**
   * Waits until the organisation reflects at least `sequence`; the directory is eventually consistent.
   * Read as a member of another cluster unless a token is given: only readers of the organisation's
   * cluster see its contacts.
   */
  async function organisationAt(organisationId: string, sequence: number, bearer: string = mm.token): Promise<OrganisationBody> {
    return waitFor(
      async () => {
        const { status, body } = await mm.get(`/directory/organisations/${organisationId}`, bearer);
        const organisation = body as OrganisationBody;
        return status === 200 && organisation.sync.lastSequence >= sequence ? organisation : undefined;
      },
      { timeoutMs: 30_000, description: `organisation ${organisationId} at sequence ${sequence}` },
    );
  }

  function joined(organisation: OrganisationSnapshotV1): CloudEvent<object> {
    return event(OrganisationJoined, organisation.organisationId, 1, { organisation });
  }

  it('lists a registered cluster and a joined organisation with its full content', async () => {
    const cluster = aCluster({ clusterId, name: `Test cluster ${clusterId}` });
    await producer.send(Topics.membershipCluster, event(ClusterRegistered, clusterId, 1, { cluster }));
    const organisation = anOrganisation({ clusterId });
    await producer.send(ORGANISATIONS, joined(organisation));

    const stored = await organisationAt(organisation.organisationId, 1);
    expect(stored).toMatchObject({
      organisationId: organisation.organisationId,
      clusterId,
      name: organisation.name,
      country: 'DK',
      sectors: organisation.sectors,
      technologies: organisation.technologies,
      status: 'active',
      sync: { lastSequence: 1, appliedEvents: 1 },
    });
    // The profile is network-wide; its contacts (personal data) only for readers of its cluster.
    expect(stored).not.toHaveProperty('contacts');
    const managerOfItsCluster = mintToken({ sub: 'int-test-manager', role: 'cluster-manager', clusterId }, mm.jwtSecret, {
      issuer: DEFAULT_JWT_ISSUER,
      expiresIn: '5m',
    });
    const asManager = await mm.get(`/directory/organisations/${organisation.organisationId}`, managerOfItsCluster);
    expect(asManager.body).toMatchObject({ organisationId: organisation.organisationId, contacts: organisation.contacts });

    const clusterView = await waitFor(async () => {
      const { status, body } = await mm.get(`/directory/clusters/${clusterId}`);
      return status === 200 ? body : undefined;
    });
    expect(clusterView).toMatchObject({ clusterId, name: cluster.name, memberCounts: cluster.memberCounts, sync: { appliedEvents: 1 } });

    const list = await mm.get(`/directory/organisations?clusterId=${clusterId}&technology=heat-pumps`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ items: [{ organisationId: organisation.organisationId }], nextCursor: null });
    expect((await mm.get(`/directory/organisations/count?clusterId=${clusterId}&country=SE`)).body).toEqual({ total: 0 });
  });

  it('replaces on update, ignores redeliveries, and follows suspension, reinstatement and departure', async () => {
    const original = anOrganisation({ clusterId });
    const id = original.organisationId;
    const renamed = { ...original, name: 'Renamed Heat ApS', website: undefined };
    const updated = event(OrganisationUpdated, id, 2, { organisation: renamed, changedFields: ['name', 'website'] });
    await producer.send(ORGANISATIONS, joined(original), updated);

    const afterUpdate = await organisationAt(id, 2);
    expect(afterUpdate).toMatchObject({ name: 'Renamed Heat ApS', sync: { lastSequence: 2, appliedEvents: 2 } });
    expect(afterUpdate).not.toHaveProperty('website');

    // The same event again (deduped by id) and a re-built copy with a new id (stopped by the
    // sequence guard); the contact-added behind them proves both were consumed before we look.
    const copyWithNewId = { ...updated, id: randomUUID(), data: { ...updated.data, organisation: { ...renamed, name: 'Must not win' } } };
    const contact = aContact({ name: 'Aaron Added' });
    await producer.send(ORGANISATIONS, updated, copyWithNewId, event(ContactAdded, id, 3, { organisationId: id, clusterId, contact }));
    const readerOfItsCluster = mintToken({ sub: 'int-test-reader', role: 'cluster-manager', clusterId }, mm.jwtSecret, { issuer: DEFAULT_JWT_ISSUER, expiresIn: '1h' });
    const afterDuplicates = await organisationAt(id, 3, readerOfItsCluster);
    expect(afterDuplicates.name).toBe('Renamed Heat ApS');
    expect(afterDuplicates.contacts.map((c) => c.contactId)).toEqual([contact.contactId, original.contacts[0].contactId]);
    expect(afterDuplicates.sync.appliedEvents).toBe(3);

    const renamedContact = { contactId: contact.contactId, name: 'Aaron Renamed', email: 'aaron.renamed@example.org' };
    await producer.send(ORGANISATIONS, event(ContactUpdated, id, 4, { organisationId: id, clusterId, contact: renamedContact }));
    const afterContactUpdate = await organisationAt(id, 4, readerOfItsCluster);
    expect(afterContactUpdate.contacts.find((c) => c.contactId === contact.contactId)).toEqual(renamedContact);

    const at = new Date().toISOString();
    await producer.send(ORGANISATIONS, event(OrganisationSuspended, id, 5, { organisationId: id, clusterId, reason: 'unpaid fees', suspendedAt: at }));
    expect(await organisationAt(id, 5)).toMatchObject({ status: 'suspended', suspension: { reason: 'unpaid fees' } });
    expect((await mm.get(`/directory/organisations/count?clusterId=${clusterId}&status=suspended`)).body).toEqual({ total: 1 });

    await producer.send(ORGANISATIONS, event(OrganisationReinstated, id, 6, { organisationId: id, clusterId, reinstatedAt: at }));
    const reinstated = await organisationAt(id, 6);
    expect(reinstated.status).toBe('active');
    expect(reinstated).not.toHaveProperty('suspension');

    await producer.send(ORGANISATIONS, event(OrganisationLeft, id, 7, { organisationId: id, clusterId, leftAt: at }));
    expect(await organisationAt(id, 7)).toMatchObject({ status: 'left', departure: { leftAt: at }, sync: { appliedEvents: 7 } });
  });

  it('applies a newer snapshot over a gap and skips the late predecessor', async () => {
    const organisation = anOrganisation({ clusterId });
    const id = organisation.organisationId;
    const newer = event(OrganisationUpdated, id, 3, { organisation: { ...organisation, name: 'Version Three' }, changedFields: ['name'] });
    const late = event(OrganisationUpdated, id, 2, { organisation: { ...organisation, name: 'Version Two' }, changedFields: ['name'] });
    const marker = event(OrganisationSuspended, id, 4, { organisationId: id, clusterId, reason: 'marker', suspendedAt: new Date().toISOString() });
    await producer.send(ORGANISATIONS, joined(organisation), newer, late, marker);

    expect(await organisationAt(id, 4)).toMatchObject({ name: 'Version Three', sync: { lastSequence: 4, appliedEvents: 3 } });
  });

  it('dead-letters a poison event with its reason and keeps processing the partition', async () => {
    const organisation = anOrganisation({ clusterId });
    const id = organisation.organisationId;
    // Made by hand, as a faulty producer would: buildEvent refuses to make an event its contract rejects.
    const poison: CloudEvent<OrganisationJoinedV1> = { ...event(OrganisationJoined, id, 1, { organisation }), data: { organisation: { ...organisation, country: 'not-a-country' } } };
    await producer.send(ORGANISATIONS, poison, joined(organisation));

    expect(await organisationAt(id, 1)).toMatchObject({ country: 'DK', sync: { appliedEvents: 1 } });
    const dead = await findRecord(
      mm.brokers,
      deadLetterTopicOf(ORGANISATIONS),
      (record) => record.key === id && record.headers[DeadLetterHeaders.consumerGroup] === mm.consumerGroup,
    );
    expect(dead.headers[DeadLetterHeaders.reason]).toMatch(/invalid payload: .*country/);
    expect(JSON.parse(dead.value ?? '{}')).toMatchObject({ id: poison.id });
  });

  it('dead-letters a delta for an organisation it never saw, instead of inventing one', async () => {
    const id = randomUUID();
    await producer.send(ORGANISATIONS, event(OrganisationSuspended, id, 2, { organisationId: id, clusterId, reason: 'x', suspendedAt: new Date().toISOString() }));

    const dead = await findRecord(
      mm.brokers,
      deadLetterTopicOf(ORGANISATIONS),
      (record) => record.key === id && record.headers[DeadLetterHeaders.consumerGroup] === mm.consumerGroup,
    );
    expect(dead.headers[DeadLetterHeaders.reason]).toMatch(/not in the directory/);
    expect((await mm.get(`/directory/organisations/${id}`)).status).toBe(404);
  });
});
