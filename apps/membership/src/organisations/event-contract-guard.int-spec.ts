import { OrganisationJoined, OrganisationSuspended, Topics } from '@icn/contracts';
import type { DomainEvent, OutboxEntry } from '@icn/messaging';
import { waitFor } from '@icn/testing';
import { EventOutbox } from '../common/event-outbox';
import { EventCollector } from '../testing/event-collector';
import { clusterBody, organisationBody, uniqueClusterId } from '../testing/membership-fixtures';
import { startMembershipTestApp, type MembershipTestApp } from '../testing/membership-test-app';
import { ORGANISATIONS_COLLECTION } from './organisation.schema';

/**
 * "A service never emits an event its own contract rejects": a producer bug (simulated by
 * corrupting the domain's event data on its way to the outbox, as a faulty domain function would)
 * fails the request at its source with a 500, and nothing of it is written or published — not the
 * state change, not the outbox entry, not the event.
 */
describe('event contract guard (real HTTP, Kafka, FerretDB)', () => {
  let app: MembershipTestApp;
  let events: EventCollector;
  let admin: string;
  const clusterId = uniqueClusterId();
  let corruptSuspensions = false;

  beforeAll(async () => {
    const entryFor = EventOutbox.prototype.entryFor;
    jest.spyOn(EventOutbox.prototype, 'entryFor').mockImplementation(function (this: EventOutbox, event: DomainEvent, subject: string, sequence: number): OutboxEntry {
      const bug = corruptSuspensions && event.definition === OrganisationSuspended ? { ...event, data: { ...event.data, suspendedAt: 'last Tuesday' } } : event;
      return entryFor.call(this, bug, subject, sequence);
    });
    app = await startMembershipTestApp();
    events = new EventCollector(process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092', [Topics.membershipOrganisation]);
    await events.start();
    admin = app.token({ sub: 'secretariat', role: 'network-admin' });
    expect((await app.call('POST', '/clusters', { token: admin, body: clusterBody(clusterId) })).status).toBe(201);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await events?.stop();
    await app?.close();
  });

  it('refuses the invalid event before the outbox: 500, state, outbox and topic untouched; the next valid change is version 2', async () => {
    const joined = await app.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, `Guarded ${clusterId}`) });
    expect(joined.status).toBe(201);
    const id = (joined.body as { organisationId: string }).organisationId;
    const manager = app.token({ sub: 'manager', role: 'cluster-manager', clusterId });
    // The relay publishes the joined event on its own schedule: wait until it has, so an entry left
    // in the outbox below can only be the refused one.
    await events.waitForSubject(id, 1);
    await waitFor(async () => {
      const pending = await app.db.collection(ORGANISATIONS_COLLECTION).findOne({ _id: id as never });
      return (pending?.['outbox'] ?? []).length === 0 ? true : undefined;
    }, { timeoutMs: 15_000, description: 'the joined event published and removed from the outbox' });

    corruptSuspensions = true;
    const refused = await app.call('POST', `/organisations/${id}/suspend`, { token: manager, body: { reason: 'Fee unpaid' } });
    corruptSuspensions = false;
    expect(refused.status).toBe(500);

    // Nothing half-written: the aggregate is as before, with no pending outbox entry.
    const stored = await app.db.collection(ORGANISATIONS_COLLECTION).findOne({ _id: id as never });
    expect(stored).toMatchObject({ status: 'active', version: 1 });
    expect(stored?.['outbox'] ?? []).toEqual([]);
    expect((await app.call('GET', `/organisations/${id}`, { token: manager })).body).toMatchObject({ status: 'active', version: 1 });

    // The same command without the bug: the next version, and on the topic only valid events in order.
    const suspended = await app.call('POST', `/organisations/${id}/suspend`, { token: manager, body: { reason: 'Fee unpaid' } });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', version: 2 });
    const published = await events.waitForSubject(id, 2);
    expect(published.map((event) => [event.type, event.subjectsequence])).toEqual([
      [OrganisationJoined.type, 1],
      [OrganisationSuspended.type, 2],
    ]);
    expect(Number.isNaN(Date.parse((published[1].data as { suspendedAt: string }).suspendedAt))).toBe(false);
    // Nothing else arrives for it (the refused event was never written, so the relay has nothing to send).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(events.bySubject(id)).toHaveLength(2);
  });
});
