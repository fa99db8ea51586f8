import { OrganisationJoined, OrganisationSuspended, Topics } from '@icn/contracts';
import { Aggregate, aggregateKeyOf, COMMITS_COLLECTION, type Change, type CommandOptions, type Decide, type Versioned } from '@icn/messaging';
import { waitFor } from '@icn/testing';
import { EventCollector } from '../testing/event-collector';
import { clusterBody, organisationBody, uniqueClusterId } from '../testing/membership-fixtures';
import { startMembershipTestApp, type MembershipTestApp } from '../testing/membership-test-app';
import { ORGANISATIONS_COLLECTION } from './persistence/organisation.schema';

/**
 * "A service never emits an event its own contract rejects": a producer bug (simulated by
 * corrupting the event data a decision returns, as a faulty domain function would) fails the
 * request at its source with a 500, and nothing of it is written or published — not the state
 * change, not a commit, not the event.
 */
describe('event contract guard (real HTTP, Kafka, FerretDB)', () => {
  let app: MembershipTestApp;
  let events: EventCollector;
  let admin: string;
  const clusterId = uniqueClusterId();
  let corruptSuspensions = false;

  /** The decision as a buggy domain function would return it: a suspension dated 'last Tuesday'. */
  const withBug = (change: Change<Versioned> | null | undefined): Change<Versioned> | null | undefined =>
    change && corruptSuspensions
      ? { ...change, events: change.events.map((event) => (event.definition === OrganisationSuspended ? { ...event, data: { ...event.data, suspendedAt: 'last Tuesday' } } : event)) }
      : change;

  beforeAll(async () => {
    const modify = Aggregate.prototype.modify;
    jest.spyOn(Aggregate.prototype, 'modify').mockImplementation(function (this: Aggregate<Versioned>, id: string, decide: Decide<Versioned>, options?: CommandOptions<Versioned>) {
      return modify.call(this, id, async (current: Versioned) => withBug(await decide(current)), options);
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

  it('refuses the invalid event before its commit: 500, state, commits and topic untouched; the next valid change is version 2', async () => {
    const joined = await app.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, `Guarded ${clusterId}`) });
    expect(joined.status).toBe(201);
    const id = (joined.body as { organisationId: string }).organisationId;
    const manager = app.token({ sub: 'manager', role: 'cluster-manager', clusterId });
    const commitsOf = () => app.db.collection(COMMITS_COLLECTION).find({ aggregate: aggregateKeyOf('organisation', id) }).toArray();
    // The relay publishes the joined event on its own: wait until it has, so that any commit below
    // can only be the refused change's.
    await events.waitForSubject(id, 1);
    await waitFor(async () => ((await commitsOf()).every((commit) => commit['published'] === true) ? true : undefined), {
      timeoutMs: 15_000,
      description: 'the joined commit published',
    });

    corruptSuspensions = true;
    const refused = await app.call('POST', `/organisations/${id}/suspend`, { token: manager, body: { reason: 'Fee unpaid' } });
    corruptSuspensions = false;
    expect(refused.status).toBe(500);

    // Nothing half-written: the snapshot is as before, and version 1 is the only commit.
    const stored = await app.db.collection(ORGANISATIONS_COLLECTION).findOne({ _id: id as never });
    expect(stored).toMatchObject({ status: 'active', version: 1 });
    expect((await commitsOf()).map((commit) => commit['version'])).toEqual([1]);
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
    // Nothing else arrives for it (the refused event was never committed, so the relay has nothing to send).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(events.bySubject(id)).toHaveLength(2);
  });
});
