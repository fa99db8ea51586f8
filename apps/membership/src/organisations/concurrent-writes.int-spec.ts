import { Topics } from '@icn/contracts';
import { EventCollector } from '../testing/event-collector';
import { clusterBody, organisationBody, uniqueClusterId } from '../testing/membership-fixtures';
import { startMembershipTestApp, type MembershipTestApp } from '../testing/membership-test-app';

/**
 * Regression test for lost updates on FerretDB (see OutboxRelay.withAggregateLock): many concurrent writes to one
 * organisation, racing each other and the outbox relay, must all survive with consecutive versions
 * and exactly one event per version.
 */
describe('concurrent writes to one organisation (real HTTP, Kafka, FerretDB)', () => {
  let app: MembershipTestApp;
  let events: EventCollector;
  const clusterId = uniqueClusterId();

  beforeAll(async () => {
    app = await startMembershipTestApp();
    events = new EventCollector(process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092', [Topics.membershipOrganisation]);
    await events.start();
  });

  afterAll(async () => {
    await events?.stop();
    await app?.close();
  });

  it('keeps every write and numbers the events 1..n without gaps or duplicates', async () => {
    const admin = app.token({ sub: 'secretariat', role: 'network-admin' });
    await app.call('POST', '/clusters', { token: admin, body: clusterBody(clusterId) });
    const joined = await app.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, `Busy ${clusterId}`, { contacts: [] }) });
    const { organisationId: id } = joined.body as { organisationId: string };

    const writers = 12;
    const responses = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        app.call('POST', `/organisations/${id}/contacts`, { token: admin, body: { name: `Person ${i}`, email: `person${i}@example.org` } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(writers).fill(201));

    const stored = (await app.call('GET', `/organisations/${id}`, { token: admin })).body as { version: number; contacts: unknown[] };
    expect(stored.contacts).toHaveLength(writers);
    expect(stored.version).toBe(writers + 1);

    const published = await events.waitForSubject(id, writers + 1);
    await events.settle();
    expect(events.bySubject(id).map((event) => event.subjectsequence)).toEqual(Array.from({ length: writers + 1 }, (_, i) => i + 1));
    expect(published).toHaveLength(writers + 1);
  });
});
