import { OrganisationJoined, Topics, type CloudEvent } from '@icn/contracts';
import { aggregateKeyOf, claimIdOf, COMMITS_COLLECTION } from '@icn/messaging';
import { waitFor } from '@icn/testing';
import { EventCollector } from '../testing/event-collector';
import { clusterBody, organisationBody, uniqueClusterId } from '../testing/membership-fixtures';
import { startMembershipTestApp, type MembershipTestApp } from '../testing/membership-test-app';

interface ErrorResponse {
  statusCode: number;
  message: string;
  details?: { field: string; reason: string }[];
}

describe('POST /organisations (real HTTP, Kafka, FerretDB)', () => {
  let app: MembershipTestApp;
  let events: EventCollector;
  let admin: string;
  const clusterId = uniqueClusterId();
  const otherClusterId = uniqueClusterId();

  beforeAll(async () => {
    app = await startMembershipTestApp();
    events = new EventCollector(process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092', [Topics.membershipOrganisation, Topics.membershipCluster]);
    await events.start();
    admin = app.token({ sub: 'secretariat', role: 'network-admin' });
    for (const id of [clusterId, otherClusterId]) {
      expect((await app.call('POST', '/clusters', { token: admin, body: clusterBody(id) })).status).toBe(201);
    }
  });

  afterAll(async () => {
    await events?.stop();
    await app?.close();
  });

  const organisations = () => app.db.collection('organisations');
  const joinedNamed = (name: string) =>
    events.events.filter((event) => (event.data as { organisation?: { name?: string } }).organisation?.name === name);

  it('creates the organisation, stores it and publishes OrganisationJoined with sequence 1', async () => {
    const name = `Joined ${clusterId}`;
    const response = await app.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, name) });

    expect(response.status).toBe(201);
    const created = response.body as { organisationId: string; version: number; status: string; contacts: { contactId: string }[] };
    expect(created).toMatchObject({ clusterId, name, status: 'active', version: 1 });
    expect(created.contacts[0]?.contactId).toEqual(expect.any(String));

    const stored = await organisations().findOne({ _id: created.organisationId as never });
    expect(stored).toMatchObject({ clusterId, name, helixType: 'company', companySize: 'sme', version: 1 });
    // The snapshot is only state: its event lives in the commit (ADR 12).
    expect(stored).not.toHaveProperty('outbox');

    const [event] = (await events.waitForSubject(created.organisationId, 1)) as CloudEvent<{ organisation: Record<string, unknown> }>[];
    expect(event).toMatchObject({ type: OrganisationJoined.type, subject: created.organisationId, subjectsequence: 1, source: '/icn/membership' });
    expect(event?.data.organisation).toMatchObject({ organisationId: created.organisationId, clusterId, name, country: 'DK', status: 'active', sectors: ['district-heating', 'energy-efficiency'] });
    expect(event?.correlationid).toEqual(expect.any(String));

    // The commit that carried the event is marked published once Kafka acknowledged it.
    await waitFor(async () => ((await commitOf(created.organisationId, 1))?.['published'] === true ? true : undefined), {
      timeoutMs: 15_000,
      description: 'the joined commit marked published',
    });
  });

  it.each([
    ['an unknown field', { shoeSize: 42 }, 'shoeSize'],
    ['an invalid country', { country: 'XX' }, 'country'],
    ['a company without a size', { companySize: undefined }, 'companySize'],
  ])('rejects %s with 400 naming the field; nothing written, nothing emitted', async (_case, override, field) => {
    const name = `Bad ${field} ${clusterId}`;
    const response = await app.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, name, override) });

    expect(response.status).toBe(400);
    const body = response.body as ErrorResponse;
    expect(body.details?.map((detail) => detail.field)).toContain(field);
    expect(body.message).toContain(field);
    expect(await organisations().countDocuments({ name })).toBe(0);
    await events.settle();
    expect(joinedNamed(name)).toEqual([]);
  });

  it('rejects an unregistered cluster with 400 naming clusterId', async () => {
    const name = `No cluster ${clusterId}`;
    const response = await app.call('POST', '/organisations', { token: admin, body: organisationBody(uniqueClusterId('nope'), name) });
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).details?.[0]?.field).toBe('clusterId');
    expect(await organisations().countDocuments({ name })).toBe(0);
  });

  it("forbids a cluster-manager of another cluster (403) and writes nothing", async () => {
    const name = `Forbidden ${clusterId}`;
    const manager = app.token({ sub: 'other-manager', role: 'cluster-manager', clusterId: otherClusterId });
    const response = await app.call('POST', '/organisations', { token: manager, body: organisationBody(clusterId, name) });

    expect(response.status).toBe(403);
    expect(await organisations().countDocuments({ name })).toBe(0);
    await events.settle();
    expect(joinedNamed(name)).toEqual([]);
  });

  it('lets a cluster-manager add to its own cluster; members and integrators cannot join anyone', async () => {
    const manager = app.token({ sub: 'manager', role: 'cluster-manager', clusterId });
    const own = await app.call('POST', '/organisations', { token: manager, body: organisationBody(clusterId, `Own ${clusterId}`) });
    expect(own.status).toBe(201);

    const member = app.token({ sub: 'member', role: 'member', clusterId, organisationId: (own.body as { organisationId: string }).organisationId });
    expect((await app.call('POST', '/organisations', { token: member, body: organisationBody(clusterId, `By member ${clusterId}`) })).status).toBe(403);
    expect((await app.call('POST', '/organisations', { body: organisationBody(clusterId, `Anonymous ${clusterId}`) })).status).toBe(401);
  });

  it('honours Idempotency-Key: the same key twice gives one organisation and one event', async () => {
    const name = `Idempotent ${clusterId}`;
    const headers = { 'idempotency-key': `join-${clusterId}` };
    const first = await app.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, name), headers });
    const second = await app.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, name), headers });

    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const id = (first.body as { organisationId: string }).organisationId;
    expect((second.body as { organisationId: string }).organisationId).toBe(id);
    expect(await organisations().countDocuments({ name })).toBe(1);

    await events.waitForSubject(id, 1);
    await events.settle();
    expect(joinedNamed(name)).toHaveLength(1);
  });

  function commitOf(organisationId: string, version: number) {
    return app.db.collection(COMMITS_COLLECTION).findOne({ _id: claimIdOf(aggregateKeyOf('organisation', organisationId), version) as never });
  }
});
