import { ClusterRegistered, ClusterUpdated, Topics } from '@icn/contracts';
import { EventCollector } from '../testing/event-collector';
import { clusterBody, organisationBody, uniqueClusterId } from '../testing/membership-fixtures';
import { startMembershipTestApp, TEST_INTEGRATOR_KEY, type MembershipTestApp } from '../testing/membership-test-app';

type Page<T> = { items: T[]; nextCursor: string | null };
type Organisation = { organisationId: string; name: string };

describe('clusters and the member directory (real HTTP, Kafka, FerretDB)', () => {
  let app: MembershipTestApp;
  let events: EventCollector;
  let admin: string;
  const clusterId = uniqueClusterId();
  const integrator = { 'x-api-key': TEST_INTEGRATOR_KEY };

  beforeAll(async () => {
    app = await startMembershipTestApp();
    events = new EventCollector(process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092', [Topics.membershipCluster]);
    await events.start();
    admin = app.token({ sub: 'secretariat', role: 'network-admin' });
  });

  afterAll(async () => {
    await events?.stop();
    await app?.close();
  });

  it('registers and updates a cluster with ClusterRegistered / ClusterUpdated; only network-admin writes', async () => {
    expect((await app.call('POST', '/clusters', { token: admin, body: clusterBody(clusterId) })).status).toBe(201);
    expect((await app.call('POST', '/clusters', { token: admin, body: clusterBody(clusterId) })).status).toBe(409);
    const manager = app.token({ sub: 'm', role: 'cluster-manager', clusterId });
    expect((await app.call('PATCH', `/clusters/${clusterId}`, { token: manager, body: { city: 'Aarhus' } })).status).toBe(403);

    const updated = await app.call('PATCH', `/clusters/${clusterId}`, { token: admin, body: { focusSectors: ['hydrogen'], region: 'Hovedstaden' } });
    expect(updated.body).toMatchObject({ focusSectors: ['hydrogen'], region: 'Hovedstaden', version: 2 });

    const published = await events.waitForSubject(clusterId, 2);
    expect(published.map((event) => [event.type, event.subjectsequence])).toEqual([
      [ClusterRegistered.type, 1],
      [ClusterUpdated.type, 2],
    ]);
    expect(published[1]?.data).toMatchObject({ changedFields: ['focusSectors', 'region'], cluster: { clusterId, focusSectors: ['hydrogen'] } });
  });

  it('refuses new members in an inactive cluster (409)', async () => {
    const inactive = uniqueClusterId();
    await app.call('POST', '/clusters', { token: admin, body: { ...clusterBody(inactive), status: 'inactive' } });
    const response = await app.call('POST', '/organisations', { token: admin, body: organisationBody(inactive, `Late ${inactive}`) });
    expect(response.status).toBe(409);
    expect((response.body as { message: string }).message).toContain('inactive');
  });

  it('lists, filters and paginates organisations; integrators read but never write', async () => {
    const bodies = [
      organisationBody(clusterId, 'Fjord Hydrogen AS', { country: 'NO', sectors: ['hydrogen'], technologies: ['electrolysers'] }),
      organisationBody(clusterId, 'Aalborg University', { helixType: 'research-institution', companySize: undefined, sectors: ['district-heating'] }),
      organisationBody(clusterId, 'Hydro Pump ApS', { companySize: 'large', technologies: ['heat-pumps', 'electrolysers'] }),
    ];
    for (const body of bodies) {
      expect((await app.call('POST', '/organisations', { token: admin, body })).status).toBe(201);
    }
    const list = async (query: string) => {
      const response = await app.call('GET', `/organisations?clusterId=${clusterId}&${query}`, { headers: integrator });
      expect(response.status).toBe(200);
      return response.body as Page<Organisation>;
    };
    const names = (page: Page<Organisation>) => page.items.map((item) => item.name).sort();

    expect(names(await list(''))).toHaveLength(3);
    expect(names(await list('name=hydro'))).toEqual(['Fjord Hydrogen AS', 'Hydro Pump ApS']);
    expect(names(await list('country=no'))).toEqual(['Fjord Hydrogen AS']);
    expect(names(await list('helixType=research-institution'))).toEqual(['Aalborg University']);
    expect(names(await list('companySize=large'))).toEqual(['Hydro Pump ApS']);
    expect(names(await list('sector=hydrogen'))).toEqual(['Fjord Hydrogen AS']);
    expect(names(await list('technology=electrolysers&status=active'))).toEqual(['Fjord Hydrogen AS', 'Hydro Pump ApS']);
    expect(names(await list('name=(.*'))).toEqual([]);

    const first = await list('limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((item) => item.organisationId)).size).toBe(3);

    expect((await app.call('GET', `/organisations?clusterId=${clusterId}&colour=green`, { headers: integrator })).status).toBe(400);
    expect((await app.call('GET', '/organisations?cursor=garbage!', { headers: integrator })).status).toBe(400);
    expect((await app.call('POST', '/organisations', { headers: integrator, body: bodies[0] })).status).toBe(403);
  });

  it('lists and gets clusters with filters', async () => {
    const page = (await app.call('GET', '/clusters?sector=hydrogen&country=DK&limit=100', { token: admin })).body as Page<{ clusterId: string }>;
    expect(page.items.map((cluster) => cluster.clusterId)).toContain(clusterId);
    expect((await app.call('GET', `/clusters/${clusterId}`, { headers: integrator })).body).toMatchObject({ clusterId, version: 2 });
    expect((await app.call('GET', '/clusters/unknown-cluster', { token: admin })).status).toBe(404);
    expect((await app.call('GET', '/clusters/Not_A_Slug', { token: admin })).status).toBe(400);
  });

  it('serves the AsyncAPI document without credentials, and the OpenAPI document', async () => {
    const asyncapi = await app.call('GET', '/asyncapi.json');
    expect(asyncapi.status).toBe(200);
    expect(asyncapi.body).toMatchObject({ asyncapi: '3.0.0' });
    const openapi = await app.call('GET', '/docs-json');
    expect(openapi.status).toBe(200);
    expect(Object.keys((openapi.body as { paths: object }).paths)).toEqual(
      expect.arrayContaining(['/organisations', '/organisations/{organisationId}/suspend', '/clusters/{clusterId}', '/asyncapi.json']),
    );
  });
});
