import { COMMITS_COLLECTION } from '@icn/messaging';
import { deeplyNestedJson, expectNoServerErrorFromAnyInput, expectRefusedWritingNothing, fetchOpenApiDocument, sendRaw, undocumentedSuccessBodies, untypedSchemaProperties, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { CLUSTERS_COLLECTION } from './clusters/persistence/cluster.schema';
import { ORGANISATIONS_COLLECTION } from './organisations/persistence/organisation.schema';
import { startMembershipTestApp, type MembershipTestApp } from './testing/membership-test-app';
import { clusterBody, organisationBody, uniqueClusterId } from './testing/membership-fixtures';

// Bad input is a 400 naming the field, before anything is stored or emitted (events are published
// only from commits, so an unchanged commits collection means no event either); no input is ever a 5xx.
describe('membership refuses malformed input at the HTTP edge (real app, Kafka and FerretDB)', () => {
  let app: MembershipTestApp;
  let admin: string;
  const clusterId = uniqueClusterId('bad-input');
  const written = [CLUSTERS_COLLECTION, ORGANISATIONS_COLLECTION, COMMITS_COLLECTION];

  beforeAll(async () => {
    process.env['RATE_LIMIT_PER_MINUTE'] = '1000000';
    app = await startMembershipTestApp();
    admin = app.token({ sub: 'secretariat', role: 'network-admin' });
    expect((await app.call('POST', '/clusters', { token: admin, body: clusterBody(clusterId) })).status).toBe(201);
    // The relay marks the registration's commit published on its own schedule; wait, so that the
    // probes below compare collections nothing else is changing.
    await waitFor(async () => ((await app.db.collection(COMMITS_COLLECTION).countDocuments({ published: false })) === 0 ? true : undefined), {
      timeoutMs: 15_000,
      description: 'the cluster registration published',
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  const send = (method: string, path: string, body: unknown) => sendRaw(app.baseUrl, method, path, { token: admin, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it.each<[string, string, string, unknown, string]>([
    ['memberCounts as an array', 'PATCH', 'cluster', { memberCounts: [] }, 'memberCounts'],
    ['memberCounts as null', 'PATCH', 'cluster', { memberCounts: null }, 'memberCounts'],
    ['memberCounts as a number', 'PATCH', 'cluster', { memberCounts: 3 }, 'memberCounts'],
    ['an unknown key in memberCounts', 'PATCH', 'cluster', { memberCounts: { companies: 1, publicAuthorities: 0, researchInstitutions: 0, other: 0, extra: 1 } }, 'memberCounts.extra'],
    ['memberCounts as an array on registration', 'POST', 'clusters', { ...clusterBody(uniqueClusterId('bad')), memberCounts: [] }, 'memberCounts'],
    ['a NUL byte in a cluster name', 'PATCH', 'cluster', { name: 'North\u0000Heat' }, 'name'],
    ['a lone surrogate in a cluster name', 'PATCH', 'cluster', { name: 'North \ud800 Heat' }, 'name'],
    ['a line break in a cluster name', 'PATCH', 'cluster', { name: 'North\nHeat' }, 'name'],
    ['a NUL byte in a contact name', 'POST', 'organisations', { ...organisationBody('', 'Nul Contact ApS'), contacts: [{ name: 'Ann\u0000', email: 'ann@example.org' }] }, 'contacts.0.name'],
    ['a contact as an array', 'POST', 'organisations', { ...organisationBody('', 'Array Contact ApS'), contacts: [[]] }, 'contacts'],
    ['a body nested 4,000 levels deep', 'PATCH', 'cluster', deeplyNestedJson(4_000, 'memberCounts'), 'memberCounts.memberCounts'],
  ])('answers %s with a 400 naming it, writing nothing', async (_label, method, target, body, field) => {
    const path = target === 'cluster' ? `/clusters/${clusterId}` : `/${target}`;
    const withCluster = target === 'organisations' && typeof body === 'object' && body !== null ? { ...body, clusterId } : body;
    await expectRefusedWritingNothing(() => send(method, path, withCluster), field, app.db, written);
  });

  // Before the test below that writes: its commit is marked published on the relay's schedule.
  it.each([
    ['an organisation id', 'GET', '/organisations/north-heat', 'organisationId'],
    ['a contact id', 'DELETE', `/organisations/${randomUUID()}/contacts/1`, 'contactId'],
  ])('answers %s that is no UUID with a 400 naming it, writing nothing', async (_label, method, path, field) => {
    await expectRefusedWritingNothing(() => send(method, path, undefined), field, app.db, written);
  });

  it('keeps line breaks in an organisation description', async () => {
    const answer = await send('POST', '/organisations', organisationBody(clusterId, 'Multi Line ApS', { description: 'We build heat pumps.\n\nAnd storage.' }));
    expect(answer.status).toBe(201);
  });

  it('answers a repeated query parameter with a 400 naming it', async () => {
    const answer = await send('GET', '/clusters?status=active&status=inactive', undefined);
    expect(answer).toMatchObject({ status: 400, fields: ['status'] });
  });

  it('documents the body of every success response and the type of every field (generated API clients are typed from them)', async () => {
    const document = await fetchOpenApiDocument(app.baseUrl);
    expect(undocumentedSuccessBodies(document)).toEqual([]);
    expect(untypedSchemaProperties(document)).toEqual([]);
  });

  it('answers no probe of any operation with a 5xx', async () => {
    await expectNoServerErrorFromAnyInput('membership', app.baseUrl, admin);
  });
});
