import { DocumentedResponses, MembershipEventProducer, PrincipalTestClient, readTopic, waitFor, type TestPrincipal } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { Topics, type ApplicationSnapshotV1 } from '@icn/contracts';
import type { ErrorBody } from '@icn/platform';
import { startNetworkTestApp, type NetworkTestApp } from '../testing/network-test-app';
import { aCluster, anOrganisation } from '../testing/membership-snapshot.fixtures';
import type { ProgrammeView } from '../partners/programmes.service';

describe('partners, programmes and applications over HTTP (real app, Kafka and FerretDB)', () => {
  let app: NetworkTestApp;
  let client: PrincipalTestClient;
  const suffix = randomUUID().slice(0, 8);
  const [north, south] = [`nw-north-${suffix}`, `nw-south-${suffix}`];
  const heat = anOrganisation({ clusterId: north, name: 'Nordic Heat ApS', country: 'DK', helixType: 'company', sectors: ['energy-efficiency'] });
  const colleague = anOrganisation({ clusterId: north, name: 'North Storage ApS', country: 'DK', helixType: 'company', sectors: ['energy-storage'] });
  const city = anOrganisation({ clusterId: north, name: 'North City', country: 'DK', helixType: 'public-authority', companySize: undefined, sectors: ['energy-efficiency'] });
  const southern = anOrganisation({ clusterId: south, name: 'South Solar SA', country: 'ES', helixType: 'company', sectors: ['energy-efficiency'] });

  const admin: TestPrincipal = { role: 'network-admin' };
  const member = (organisation: { organisationId: string; clusterId: string }): TestPrincipal => ({ role: 'member', clusterId: organisation.clusterId, organisationId: organisation.organisationId });
  const manager = (clusterId: string): TestPrincipal => ({ role: 'cluster-manager', clusterId });
  const application = (body: unknown) => body as ApplicationSnapshotV1;
  const message = (body: unknown) => (body as ErrorBody).message;
  const hour = 3600_000;
  const window = (opensInMs: number, closesInMs: number) => ({ opensAt: new Date(Date.now() + opensInMs).toISOString(), closesAt: new Date(Date.now() + closesInMs).toISOString() });

  let partnerId: string;
  let programme: ProgrammeView;

  beforeAll(async () => {
    app = await startNetworkTestApp();
    // Every answer is checked against the service's OpenAPI document: a response class that lies fails the flow.
    client = new PrincipalTestClient(app.baseUrl, await DocumentedResponses.of(app.baseUrl));
    const producer = await MembershipEventProducer.connect(app.brokers);
    try {
      for (const clusterId of [north, south]) await producer.clusterRegistered(aCluster({ clusterId, name: clusterId }));
      for (const organisation of [heat, colleague, city, southern]) await producer.organisationJoined(organisation);
    } finally {
      await producer.disconnect();
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('the secretariat registers a partner and its programme; everyone reads them; nobody else registers', async () => {
    const partner = await client.request('POST', '/partners', admin, { name: 'C40 Cities', website: 'https://www.c40.org', country: 'GB' }, randomUUID());
    expect(partner.status).toBe(201);
    partnerId = (partner.body as { partnerId: string }).partnerId;
    expect((await client.request('POST', '/partners', manager(north), { name: 'Not allowed' })).status).toBe(403);

    const definition = {
      title: `C40 city solutions platform ${suffix}`,
      eligibility: { sectors: ['energy-efficiency'], helixTypes: ['company'], countries: [] },
      callWindow: window(-hour, 48 * hour),
      requirements: [
        { key: 'solution-summary', title: 'Solution summary' },
        { key: 'references', title: 'City references', description: 'Two cities where it runs.' },
      ],
    };
    const created = await client.request('POST', '/programmes', admin, { ...definition, partnerId }, randomUUID());
    expect(created.status).toBe(201);
    programme = created.body as ProgrammeView;
    expect(programme).toMatchObject({ partnerId, partnerName: 'C40 Cities', callPhase: 'open', version: 1 });
    expect((await client.request('POST', '/programmes', member(heat), { ...definition, partnerId })).status).toBe(403);
    expect((await client.request('POST', '/programmes', admin, { ...definition, partnerId: randomUUID() })).status).toBe(404);
    const backwards = await client.request('POST', '/programmes', admin, { ...definition, partnerId, callWindow: { opensAt: definition.callWindow.closesAt, closesAt: definition.callWindow.opensAt } });
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('callWindow.closesAt');

    const open = await client.request('GET', `/programmes?partnerId=${partnerId}&open=true`, member(southern));
    expect((open.body as { items: ProgrammeView[] }).items.map((item) => item.programmeId)).toEqual([programme.programmeId]);

    // An unchanged definition is no change: same version, no event.
    const same = await client.request('PUT', `/programmes/${programme.programmeId}`, admin, definition);
    expect((same.body as ProgrammeView).version).toBe(1);
    const events = await waitFor(
      async () => {
        const records = (await readTopic(app.brokers, Topics.networkProgramme, { timeoutMs: 3_000 })).filter((record) => record.key === programme.programmeId);
        return records.length === 1 ? records : null;
      },
      { timeoutMs: 30_000, description: 'the programme registered on icn.network.programme.v1' },
    );
    expect(events[0]?.json).toMatchObject({ type: 'org.icn.network.programme.registered.v1', subject: programme.programmeId, subjectsequence: 1 });
  });

  it('a member drafts for its eligible organisation only while the call is open; the others get the reason (409) or a 403', async () => {
    // The directory fills from membership's topic: wait until the last organisation is known.
    await waitFor(async () => (await client.request('POST', '/applications', member(city), { programmeId: programme.programmeId })).status === 409, {
      timeoutMs: 30_000,
      description: 'the directory knows the organisations',
    });
    const ineligible = await client.request('POST', '/applications', member(city), { programmeId: programme.programmeId });
    expect(message(ineligible.body)).toContain('helix type public-authority is not among the programme');
    const offSector = await client.request('POST', '/applications', member(colleague), { programmeId: programme.programmeId });
    expect(offSector.status).toBe(409);
    expect(message(offSector.body)).toContain('no sector in common');
    expect((await client.request('POST', '/applications', manager(north), { programmeId: programme.programmeId })).status).toBe(403);

    const unknownKey = await client.request('POST', '/applications', member(heat), { programmeId: programme.programmeId, answers: [{ requirementKey: 'pitch', text: 'x' }] });
    expect(unknownKey.status).toBe(400);
    expect(JSON.stringify(unknownKey.body)).toContain('answers.0.requirementKey');
  });

  it('draft → submit (needs every answer) → return → resubmit → endorse → forward → outcome, with 409s and 403s across clusters', async () => {
    const drafted = await client.request('POST', '/applications', member(heat), { programmeId: programme.programmeId, answers: [{ requirementKey: 'solution-summary', text: 'Large heat pumps.' }] }, randomUUID());
    expect(drafted.status).toBe(201);
    const id = application(drafted.body).applicationId;
    expect(application(drafted.body)).toMatchObject({ status: 'draft', organisationId: heat.organisationId, clusterId: north, programmeTitle: programme.title });
    // One application in play per organisation and programme.
    expect((await client.request('POST', '/applications', member(heat), { programmeId: programme.programmeId })).status).toBe(409);

    const incomplete = await client.request('POST', `/applications/${id}/submit`, member(heat));
    expect(incomplete.status).toBe(409);
    expect(message(incomplete.body)).toContain('references (City references)');
    expect((await client.request('PUT', `/applications/${id}/answers`, member(heat), { answers: [{ requirementKey: 'references', text: 'Aarhus, Oslo.' }] })).status).toBe(200);
    expect((await client.request('POST', `/applications/${id}/submit`, member(heat))).body).toMatchObject({ status: 'submitted' });

    // Another cluster's manager and another organisation's member see nothing of it and decide nothing.
    expect((await client.request('POST', `/applications/${id}/endorse`, manager(south), {})).status).toBe(403);
    expect((await client.request('GET', `/applications/${id}`, manager(south))).status).toBe(403);
    expect((await client.request('GET', `/applications/${id}`, member(southern))).status).toBe(403);
    expect((await client.request('GET', `/applications/${id}`, member(colleague))).status).toBe(403);
    expect((await client.request('GET', '/applications', member(colleague))).body).toMatchObject({ items: [] });
    expect((await client.request('GET', '/applications', manager(south))).body).toMatchObject({ items: [] });
    // The secretariat cannot forward what its cluster has not endorsed.
    const early = await client.request('POST', `/applications/${id}/forward`, admin, {});
    expect(early.status).toBe(409);
    expect(message(early.body)).toContain('is submitted');

    const returned = await client.request('POST', `/applications/${id}/return`, manager(north), { comment: 'Name the pilot city.' });
    expect(application(returned.body)).toMatchObject({ status: 'returned', comments: [{ kind: 'returned', text: 'Name the pilot city.' }] });
    await client.request('PUT', `/applications/${id}/answers`, member(heat), { answers: [{ requirementKey: 'references', text: 'Aarhus (pilot), Oslo.' }] });
    expect((await client.request('POST', `/applications/${id}/submit`, member(heat))).status).toBe(200);
    expect((await client.request('POST', `/applications/${id}/endorse`, manager(north), { comment: 'Strong fit.' })).body).toMatchObject({ status: 'endorsed' });
    expect((await client.request('POST', `/applications/${id}/forward`, manager(north), {})).status).toBe(403);
    expect((await client.request('POST', `/applications/${id}/forward`, admin, {})).body).toMatchObject({ status: 'forwarded' });
    expect((await client.request('POST', `/applications/${id}/withdraw`, member(heat))).status).toBe(409);
    const answered = await client.request('POST', `/applications/${id}/outcome`, admin, { outcome: 'labelled', note: 'Solar Impulse label' });
    expect(application(answered.body)).toMatchObject({ status: 'labelled', outcome: 'labelled' });
    expect((await client.request('POST', `/applications/${id}/outcome`, admin, { outcome: 'rejected' })).status).toBe(409);
    expect((await client.request('GET', `/applications?programmeId=${programme.programmeId}`, manager(north))).body).toMatchObject({ items: [expect.objectContaining({ applicationId: id })] });

    // Every change is an event on icn.network.application.v1, in order, each with the full state.
    const records = await waitFor(
      async () => {
        const found = (await readTopic(app.brokers, Topics.networkApplication, { timeoutMs: 3_000 })).filter((record) => record.key === id);
        return found.length >= 9 ? found : null;
      },
      { timeoutMs: 30_000, description: 'the application’s nine events' },
    );
    const events = records.map((record) => record.json as { type: string; subjectsequence: number; data: { application: ApplicationSnapshotV1 } });
    expect(events.map((event) => event.type.replace('org.icn.network.application.', ''))).toEqual([
      'drafted.v1',
      'answers-updated.v1',
      'submitted.v1',
      'returned.v1',
      'answers-updated.v1',
      'submitted.v1',
      'endorsed.v1',
      'forwarded.v1',
      'outcome-recorded.v1',
    ]);
    expect(events.map((event) => event.subjectsequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(events.at(-1)?.data.application).toMatchObject({ status: 'labelled', version: 9 });
  });

  it('the call window closes drafting and submission (409 saying when)', async () => {
    const closed = await client.request('POST', '/programmes', admin, {
      partnerId,
      title: `Closed call ${suffix}`,
      eligibility: { sectors: [], helixTypes: [], countries: [] },
      callWindow: window(-48 * hour, -hour),
      requirements: [],
    });
    expect((closed.body as ProgrammeView).callPhase).toBe('closed');
    const late = await client.request('POST', '/applications', member(southern), { programmeId: (closed.body as ProgrammeView).programmeId });
    expect(late.status).toBe(409);
    expect(message(late.body)).toContain('call closed at');
  });
});
