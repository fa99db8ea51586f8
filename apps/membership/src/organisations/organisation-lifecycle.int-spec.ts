import { ContactAdded, ContactRemoved, ContactUpdated, OrganisationLeft, OrganisationReinstated, OrganisationSuspended, OrganisationUpdated, Topics } from '@icn/contracts';
import { DocumentedResponses } from '@icn/testing';
import { EventCollector } from '../testing/event-collector';
import { clusterBody, organisationBody, uniqueClusterId } from '../testing/membership-fixtures';
import { startMembershipTestApp, type MembershipTestApp } from '../testing/membership-test-app';

type Organisation = { organisationId: string; version: number; status: string; contacts: { contactId: string }[] };

describe('organisation lifecycle, profile and contacts (real HTTP, Kafka, FerretDB)', () => {
  let app: MembershipTestApp;
  let events: EventCollector;
  let admin: string;
  const clusterId = uniqueClusterId();
  const otherClusterId = uniqueClusterId();

  beforeAll(async () => {
    app = await startMembershipTestApp();
    events = new EventCollector(process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092', [Topics.membershipOrganisation]);
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

  async function join(name: string): Promise<Organisation> {
    const response = await app.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, name) });
    expect(response.status).toBe(201);
    return response.body as Organisation;
  }

  it('suspend -> reinstate -> leave, each with its event at the next sequence; invalid transitions are 409', async () => {
    const { organisationId: id } = await join(`Lifecycle ${clusterId}`);
    const manager = app.token({ sub: 'manager', role: 'cluster-manager', clusterId });

    const suspended = await app.call('POST', `/organisations/${id}/suspend`, { token: manager, body: { reason: 'Fee unpaid' } });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', version: 2, suspensionReason: 'Fee unpaid' });

    const again = await app.call('POST', `/organisations/${id}/suspend`, { token: manager, body: { reason: 'Twice' } });
    expect(again.status).toBe(409);
    expect((again.body as { message: string }).message).toContain('it is suspended, only an active membership can be suspended');

    expect((await app.call('POST', `/organisations/${id}/reinstate`, { token: manager })).body).toMatchObject({ status: 'active', version: 3 });
    expect((await app.call('POST', `/organisations/${id}/leave`, { token: admin, body: { reason: 'Acquired' } })).body).toMatchObject({ status: 'left', version: 4 });

    const suspendLeft = await app.call('POST', `/organisations/${id}/suspend`, { token: admin, body: { reason: 'Too late' } });
    expect(suspendLeft.status).toBe(409);
    expect((suspendLeft.body as { message: string }).message).toContain('it is left');
    expect((await app.call('PATCH', `/organisations/${id}`, { token: admin, body: { city: 'Odense' } })).status).toBe(409);

    const published = await events.waitForSubject(id, 4);
    expect(published.map((event) => [event.type, event.subjectsequence])).toEqual([
      ['org.icn.membership.organisation.joined.v1', 1],
      [OrganisationSuspended.type, 2],
      [OrganisationReinstated.type, 3],
      [OrganisationLeft.type, 4],
    ]);
    expect(published[1]?.data).toMatchObject({ organisationId: id, clusterId, reason: 'Fee unpaid' });
    expect(published[3]?.data).toMatchObject({ reason: 'Acquired' });
    await events.settle();
    expect(events.bySubject(id)).toHaveLength(4);
  });

  it('scopes writes: another cluster-manager gets 403, a member may edit only its own profile', async () => {
    const { organisationId: id } = await join(`Scoped ${clusterId}`);
    const otherManager = app.token({ sub: 'other', role: 'cluster-manager', clusterId: otherClusterId });
    const ownMember = app.token({ sub: 'me', role: 'member', clusterId, organisationId: id });
    const otherMember = app.token({ sub: 'them', role: 'member', clusterId, organisationId: '00000000-0000-4000-8000-000000000000' });

    expect((await app.call('POST', `/organisations/${id}/suspend`, { token: otherManager, body: { reason: 'x' } })).status).toBe(403);
    expect((await app.call('PATCH', `/organisations/${id}`, { token: otherManager, body: { city: 'Oslo' } })).status).toBe(403);
    expect((await app.call('POST', `/organisations/${id}/suspend`, { token: ownMember, body: { reason: 'x' } })).status).toBe(403);
    expect((await app.call('PATCH', `/organisations/${id}`, { token: otherMember, body: { city: 'Oslo' } })).status).toBe(403);
    // Reading another cluster's organisation is allowed: the directory is network-wide.
    expect((await app.call('GET', `/organisations/${id}`, { token: otherManager })).status).toBe(200);

    const updated = await app.call('PATCH', `/organisations/${id}`, { token: ownMember, body: { city: 'Aarhus', website: 'https://example.org' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ city: 'Aarhus', version: 2 });
    const noop = await app.call('PATCH', `/organisations/${id}`, { token: ownMember, body: { city: 'Aarhus' } });
    expect(noop.body).toMatchObject({ version: 2 });

    const published = await events.waitForSubject(id, 2);
    expect(published[1]).toMatchObject({ type: OrganisationUpdated.type, subjectsequence: 2, data: { changedFields: ['city', 'website'] } });
    await events.settle();
    expect(events.bySubject(id)).toHaveLength(2);
  });

  it('rejects a profile update that breaks the company rule with 400 naming companySize', async () => {
    const { organisationId: id } = await join(`Helix ${clusterId}`);
    const response = await app.call('PATCH', `/organisations/${id}`, { token: admin, body: { helixType: 'research-institution' } });
    expect(response.status).toBe(400);
    expect((response.body as { details: { field: string }[] }).details[0]?.field).toBe('companySize');
    const fixed = await app.call('PATCH', `/organisations/${id}`, { token: admin, body: { helixType: 'research-institution', companySize: null } });
    expect(fixed.status).toBe(200);
    expect(fixed.body).not.toHaveProperty('companySize');
  });

  it('changes a contact in place with ContactUpdated; bad input is a 400 naming the field, another cluster a 403, nothing changed no event', async () => {
    const { organisationId: id } = await join(`Contact edits ${clusterId}`);
    const member = app.token({ sub: 'me', role: 'member', clusterId, organisationId: id });
    const outsider = app.token({ sub: 'them', role: 'cluster-manager', clusterId: otherClusterId });
    const contactsOf = `/organisations/${id}/contacts`;
    const anna = await app.call('POST', contactsOf, { token: member, body: { name: 'Anna Holm', role: 'CEO', email: 'anna@example.org' } });
    expect(anna.body).toMatchObject({ name: 'Anna Holm', role: 'CEO' });
    expect((await app.call('POST', contactsOf, { token: member, body: { name: 'Bo Lund', email: 'bo@example.org' } })).status).toBe(201);
    const { contactId } = anna.body as { contactId: string };

    const changed = await app.call('PATCH', `${contactsOf}/${contactId}`, { token: member, body: { role: null, phone: '+45 12 34 56 78', email: 'anna.holm@example.org' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ contactId, name: 'Anna Holm', email: 'anna.holm@example.org', phone: '+45 12 34 56 78' });

    const badEmail = await app.call('PATCH', `${contactsOf}/${contactId}`, { token: member, body: { email: 'not-an-email' } });
    expect(badEmail.status).toBe(400);
    expect(JSON.stringify(badEmail.body)).toContain('email');
    expect((await app.call('PATCH', `${contactsOf}/${contactId}`, { token: member, body: { email: 'BO@example.org' } })).status).toBe(409);
    expect((await app.call('PATCH', `${contactsOf}/${contactId}`, { token: outsider, body: { name: 'Taken over' } })).status).toBe(403);
    expect((await app.call('PATCH', `${contactsOf}/${crypto.randomUUID()}`, { token: member, body: { name: 'Nobody' } })).status).toBe(404);
    const unchanged = await app.call('PATCH', `${contactsOf}/${contactId}`, { token: member, body: { name: 'Anna Holm' } });
    expect(unchanged.status).toBe(200);

    const stored = (await app.call('GET', `/organisations/${id}`, { token: admin })).body as Organisation & { version: number };
    expect(stored.version).toBe(4);
    const published = await events.waitForSubject(id, 4);
    expect(published.map((event) => [event.type, event.subjectsequence])).toEqual([
      ['org.icn.membership.organisation.joined.v1', 1],
      [ContactAdded.type, 2],
      [ContactAdded.type, 3],
      [ContactUpdated.type, 4],
    ]);
    expect(published[3]?.data).toEqual({ organisationId: id, clusterId, contact: changed.body });
  });

  it('adds and removes contacts with ContactAdded / ContactRemoved', async () => {
    const { organisationId: id } = await join(`Contacts ${clusterId}`);
    const member = app.token({ sub: 'me', role: 'member', clusterId, organisationId: id });

    const added = await app.call('POST', `/organisations/${id}/contacts`, { token: member, body: { name: 'Lars Berg', email: 'lars@example.org' } });
    expect(added.status).toBe(201);
    const { contactId } = added.body as { contactId: string };
    const duplicate = await app.call('POST', `/organisations/${id}/contacts`, { token: member, body: { name: 'Lars B', email: 'LARS@example.org' } });
    expect(duplicate.status).toBe(409);

    expect((await app.call('DELETE', `/organisations/${id}/contacts/${contactId}`, { token: member })).status).toBe(204);
    expect((await app.call('DELETE', `/organisations/${id}/contacts/${contactId}`, { token: member })).status).toBe(404);

    const stored = await app.call('GET', `/organisations/${id}`, { token: admin });
    expect((stored.body as Organisation).contacts).toHaveLength(1);

    const published = await events.waitForSubject(id, 3);
    expect(published.slice(1).map((event) => [event.type, event.subjectsequence])).toEqual([
      [ContactAdded.type, 2],
      [ContactRemoved.type, 3],
    ]);
    expect(published[2]?.data).toEqual({ organisationId: id, clusterId, contactId });
  });

  it('answers as its OpenAPI document says: organisations and clusters, one and a page of each, and the AsyncAPI document', async () => {
    const documented = await DocumentedResponses.of(app.baseUrl);
    const { organisationId: id } = await join(`Documented ${clusterId}`);
    const suspended = await app.call('POST', `/organisations/${id}/suspend`, { token: admin, body: { reason: 'Fee unpaid' } });
    const answers: [string, string, Awaited<ReturnType<typeof app.call>>][] = [
      ['POST', `/organisations/${id}/suspend`, suspended],
      ['GET', `/organisations/${id}`, await app.call('GET', `/organisations/${id}`, { token: admin })],
      ['GET', `/organisations?clusterId=${clusterId}&limit=2`, await app.call('GET', `/organisations?clusterId=${clusterId}&limit=2`, { token: admin })],
      ['GET', `/clusters/${clusterId}`, await app.call('GET', `/clusters/${clusterId}`, { token: admin })],
      ['GET', '/clusters?limit=2', await app.call('GET', '/clusters?limit=2', { token: admin })],
      ['GET', '/asyncapi.json', await app.call('GET', '/asyncapi.json')],
    ];
    expect(answers.map(([, , answer]) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(answers.flatMap(([method, path, answer]) => documented.problems(method, path, answer))).toEqual([]);
  });

  it('answers 404 for an unknown organisation and 400 for a malformed id', async () => {
    expect((await app.call('POST', '/organisations/00000000-0000-4000-8000-000000000000/suspend', { token: admin, body: { reason: 'x' } })).status).toBe(404);
    expect((await app.call('GET', '/organisations/not-a-uuid', { token: admin })).status).toBe(400);
  });
});
