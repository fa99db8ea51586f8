import { DocumentedResponses, PrincipalTestClient, readTopic, type TestPrincipal, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { ClusterRegistered, OrganisationJoined, OrganisationSuspended, Topics, type CloudEvent, type PassportApplicationSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import type { Connection } from 'mongoose';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';
import { DeskReservationSweeper, DESK_SWEEP_GRACE_MS } from './desk-reservation-sweeper';
import type { PassportStatistics } from './domain/passport-statistics';
import type { PassportApplicationPage } from './http/passport-application-page';
import { DESK_RESERVATIONS_COLLECTION } from './persistence/desk-reservation.repository';

/** A stay starting `offset` days from now, `length` days long, as YYYY-MM-DD. */
function stay(offset: number, length: number): { from: string; to: string } {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  return { from: day(offset), to: day(offset + length - 1) };
}

describe('ICN Passport HTTP (real app)', () => {
  let mm: MatchmakingTestApp;
  let client: PrincipalTestClient;
  // Fresh cluster ids per run: the statistics are per cluster, so other runs never leak in.
  const home = `pp-home-${randomUUID().slice(0, 8)}`;
  const host = `pp-host-${randomUUID().slice(0, 8)}`;
  const applicant = anOrganisation({ clusterId: home, name: 'Passport Applicant ApS' });
  const second = anOrganisation({ clusterId: home, name: 'Second Applicant ApS' });
  const member: TestPrincipal = { role: 'member', clusterId: home, organisationId: applicant.organisationId };
  const homeManager: TestPrincipal = { role: 'cluster-manager', clusterId: home };
  const hostManager: TestPrincipal = { role: 'cluster-manager', clusterId: host };
  const year = new Date().getUTCFullYear();

  const apply = (as: TestPrincipal, body: object) => client.request('POST', '/passport/applications', as, body);
  const application = (body: unknown) => body as PassportApplicationSnapshotV1;

  beforeAll(async () => {
    mm = await startMatchmakingTestApp();
    // Every answer is checked against the service's OpenAPI document: a response class that lies fails the flow.
    client = new PrincipalTestClient(mm.baseUrl, await DocumentedResponses.of(mm.baseUrl));
    const producer = await MembershipEventProducer.connect(mm.brokers);
    try {
      for (const cluster of [aCluster({ clusterId: home, name: 'Passport Home' }), aCluster({ clusterId: host, name: 'Passport Host', secretariat: false })]) {
        await producer.send(
          Topics.membershipCluster,
          buildEvent(ClusterRegistered, { subject: cluster.clusterId, sequence: 1, data: { cluster }, source: 'membership' }),
        );
      }
      for (const organisation of [applicant, second]) {
        await producer.send(
          Topics.membershipOrganisation,
          buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' }),
        );
      }
    } finally {
      await producer.disconnect();
    }
    await waitFor(
      async () => {
        const count = await mm.get(`/directory/organisations/count?clusterId=${home}`);
        return (count.body as { total?: number } | undefined)?.total === 2 && (await mm.get(`/directory/clusters/${host}`)).status === 200;
      },
      { timeoutMs: 30_000, description: 'both clusters and both organisations in the directory' },
    );
  });

  afterAll(async () => {
    await mm?.close();
  });

  /** Plays membership: produces events to its real topics, as the directory int-specs do. */
  async function produce(...events: { topic: string; event: CloudEvent<object> }[]): Promise<void> {
    const producer = await MembershipEventProducer.connect(mm.brokers);
    try {
      for (const { topic, event } of events) await producer.send(topic, event);
    } finally {
      await producer.disconnect();
    }
  }

  it('runs a whole visit across two clusters: apply → accept with contacts → schedule → complete → statistics and events', async () => {
    const submitted = await apply(member, {
      organisationId: applicant.organisationId,
      hostClusterId: host,
      targetCountry: 'be',
      purpose: 'Meet district heating operators',
      ...stay(40, 3),
      services: ['local-key-contacts', 'desk-hosting'],
    });
    expect(submitted.status).toBe(201);
    const { applicationId } = application(submitted.body);
    expect(application(submitted.body)).toMatchObject({ status: 'submitted', homeClusterId: home, hostClusterId: host, targetCountry: 'BE' });

    const contact = { name: 'Anne Dupont', organisation: 'Passport Host', email: 'anne@host.example.be' };
    const accepted = await client.request('POST', `/passport/applications/${applicationId}/accept`, hostManager, { keyContacts: [contact] });
    expect(accepted.status).toBe(200);
    expect(application(accepted.body)).toMatchObject({ status: 'accepted', keyContacts: [contact] });
    expect(application(accepted.body)).not.toHaveProperty('deskReservationIds');

    // The applicant cannot decide on its own visit; accepting twice says why it is refused.
    expect((await client.request('POST', `/passport/applications/${applicationId}/schedule`, member)).status).toBe(403);
    const again = await client.request('POST', `/passport/applications/${applicationId}/accept`, hostManager, {});
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).toContain('it is accepted');

    expect((await client.request('POST', `/passport/applications/${applicationId}/schedule`, hostManager)).status).toBe(200);
    const report = { meetingsHeld: 6, leads: [{ organisationName: 'Liège Heat', note: 'Pilot site in 2027' }] };
    const completed = await client.request('POST', `/passport/applications/${applicationId}/complete`, hostManager, report);
    expect(completed.status).toBe(200);
    expect(application(completed.body)).toMatchObject({ status: 'completed', version: 4, report });

    const statistics = await client.request('GET', `/passport/statistics?year=${year}`, member);
    expect(statistics.status).toBe(200);
    const figures = statistics.body as PassportStatistics;
    expect(figures.byHostCluster.find((row) => row.clusterId === host)).toMatchObject({ submitted: 1, accepted: 1, completed: 1, declined: 0, cancelled: 0 });
    expect(figures.byHomeCluster.find((row) => row.clusterId === home)).toMatchObject({ submitted: 1, completed: 1 });
    expect(figures.network.completed).toBeGreaterThanOrEqual(1);

    const events = await waitFor(
      async () => {
        const records = (await readTopic(mm.brokers, Topics.matchmakingPassport, { timeoutMs: 3_000 })).filter((record) => record.key === applicationId);
        return records.length === 4 ? records : null;
      },
      { timeoutMs: 40_000, description: 'four Passport events on the topic' },
    );
    expect(events.map((record) => (record.json as { type: string }).type)).toEqual([
      'org.icn.matchmaking.passport.submitted.v1',
      'org.icn.matchmaking.passport.accepted.v1',
      'org.icn.matchmaking.passport.scheduled.v1',
      'org.icn.matchmaking.passport.completed.v1',
    ]);
    expect(events.map((record) => (record.json as { subjectsequence: number }).subjectsequence)).toEqual([1, 2, 3, 4]);
  });

  it('never overbooks: with one desk, two overlapping desk-hosting acceptances give one 200 and one 409 naming the days', async () => {
    expect((await client.request('PUT', `/passport/hosts/${host}/capacity`, hostManager, { desksPerDay: 1 })).status).toBe(200);
    const body = (organisationId: string, dates: { from: string; to: string }) => ({
      organisationId,
      hostClusterId: host,
      targetCountry: 'BE',
      purpose: 'Partner search',
      ...dates,
      services: ['desk-hosting'],
    });
    const first = await apply(homeManager, body(applicant.organisationId, stay(60, 3)));
    const overlapping = await apply(homeManager, body(second.organisationId, stay(61, 3)));
    expect([first.status, overlapping.status]).toEqual([201, 201]);

    const outcomes = await Promise.all(
      [first, overlapping].map((submitted) =>
        client.request('POST', `/passport/applications/${application(submitted.body).applicationId}/accept`, hostManager, {}),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([200, 409]);
    const refusal = outcomes.find((outcome) => outcome.status === 409);
    expect(JSON.stringify(refusal?.body)).toContain(stay(61, 1).from);

    // Cancelling the accepted one (here by the host) gives its desks back: the other now fits.
    const winner = application(outcomes.find((outcome) => outcome.status === 200)?.body);
    const loser = winner.applicationId === application(first.body).applicationId ? overlapping : first;
    const cancelled = await client.request('POST', `/passport/applications/${winner.applicationId}/cancel`, hostManager, { reason: 'Office closed' });
    expect(application(cancelled.body)).toMatchObject({ status: 'cancelled', cancelledBy: 'host' });
    expect((await client.request('POST', `/passport/applications/${application(loser.body).applicationId}/accept`, hostManager, {})).status).toBe(200);
  });

  it('answers 403 when a cluster manager acts outside its scope, and stores nothing', async () => {
    // The host's manager cannot file for another cluster's member, nor a home manager set the host's desks.
    const response = await apply(hostManager, {
      organisationId: applicant.organisationId,
      hostClusterId: host,
      targetCountry: 'BE',
      purpose: 'Not mine to file',
      ...stay(80, 2),
      services: ['partner-search'],
    });
    expect(response.status).toBe(403);
    expect((await client.request('PUT', `/passport/hosts/${host}/capacity`, homeManager, { desksPerDay: 5 })).status).toBe(403);
  });

  it('answers 400 naming the field for bad input, and 404 for an unknown application', async () => {
    const valid = { organisationId: applicant.organisationId, hostClusterId: host, targetCountry: 'BE', purpose: 'Visit', ...stay(90, 2), services: ['partner-search'] };
    const noServices = await apply(member, { ...valid, services: [] });
    expect(noServices.status).toBe(400);
    expect(JSON.stringify(noServices.body)).toContain('services');
    const ownCluster = await apply(member, { ...valid, hostClusterId: home });
    expect(ownCluster.status).toBe(400);
    expect(JSON.stringify(ownCluster.body)).toContain('hostClusterId');
    const tooLong = await apply(member, { ...valid, ...stay(90, 31) });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.body)).toContain('"to"');
    const badReport = await client.request('POST', `/passport/applications/${randomUUID()}/complete`, hostManager, { meetingsHeld: -1, leads: [] });
    expect(badReport.status).toBe(400);
    expect(JSON.stringify(badReport.body)).toContain('meetingsHeld');
    expect((await client.request('GET', `/passport/applications/${randomUUID()}`, member)).status).toBe(404);

    const statistics = (await client.request('GET', `/passport/statistics?year=${year}`, member)).body as PassportStatistics;
    // Only the three applications of the previous tests were stored: the refused ones left nothing.
    expect(statistics.byHomeCluster.find((row) => row.clusterId === home)?.submitted).toBe(3);
  });

  it('replays a submission sent twice with the same Idempotency-Key', async () => {
    const body = { organisationId: second.organisationId, hostClusterId: host, targetCountry: 'BE', purpose: 'Idempotent', ...stay(100, 1), services: ['partner-search'] };
    const key = randomUUID();
    const firstTry = await client.request('POST', '/passport/applications', homeManager, body, key);
    const retry = await client.request('POST', '/passport/applications', homeManager, body, key);
    expect(firstTry.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(application(retry.body).applicationId).toBe(application(firstTry.body).applicationId);
  });
  it('lists what each caller may see, filtered and paginated newest first', async () => {
    const admin: TestPrincipal = { role: 'network-admin' };
    const list = async (as: TestPrincipal, query: string) => {
      const response = await client.request('GET', `/passport/applications?${query}`, as);
      expect(response.status).toBe(200);
      return response.body as PassportApplicationPage;
    };
    const ids = (page: PassportApplicationPage) => page.items.map((item) => item.applicationId);

    // The earlier tests filed 4 applications from home to host (2 by `applicant`, 2 by `second`).
    const byHost = await list(hostManager, `hostClusterId=${host}&limit=100`);
    expect(byHost.items).toHaveLength(4);
    expect(byHost.nextCursor).toBeNull();
    const submittedTimes = byHost.items.map((item) => item.submittedAt);
    expect([...submittedTimes].sort().reverse()).toEqual(submittedTimes);
    // The home cluster's manager follows its members' visits; the secretariat sees them too.
    expect(ids(await list(homeManager, 'limit=100')).sort()).toEqual(ids(byHost).sort());
    expect(ids(await list(admin, `hostClusterId=${host}&limit=100`)).sort()).toEqual(ids(byHost).sort());
    // A member sees only its own organisation's, even when it asks for another's.
    const own = await list(member, 'limit=100');
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((item) => item.organisationId === applicant.organisationId)).toBe(true);
    expect((await list(member, `organisationId=${second.organisationId}`)).items).toEqual([]);
    // A manager of an unrelated cluster sees none of them.
    expect((await list({ role: 'cluster-manager', clusterId: 'pp-stranger' }, `hostClusterId=${host}`)).items).toEqual([]);

    const completed = await list(hostManager, `hostClusterId=${host}&status=completed&year=${year}`);
    expect(completed.items.map((item) => item.status)).toEqual(['completed']);
    expect((await list(hostManager, `hostClusterId=${host}&year=${year + 1}`)).items).toEqual([]);

    // Page by page with limit=1 yields every application once, in the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: PassportApplicationPage = await list(hostManager, `hostClusterId=${host}&limit=1${cursor === null ? '' : `&cursor=${cursor}`}`);
      paged.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(paged).toEqual(ids(byHost));

    const bad = await client.request('GET', '/passport/applications?cursor=nonsense&status=lost', hostManager);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('status');
  });

  it('records a cancellation by the secretariat as the network’s, not the host’s', async () => {
    const submitted = await apply(member, {
      organisationId: applicant.organisationId,
      hostClusterId: host,
      targetCountry: 'BE',
      purpose: 'Cancelled by the secretariat',
      ...stay(120, 2),
      services: ['partner-search'],
    });
    const cancelled = await client.request('POST', `/passport/applications/${application(submitted.body).applicationId}/cancel`, { role: 'network-admin' }, {});
    expect(cancelled.status).toBe(200);
    expect(application(cancelled.body)).toMatchObject({ status: 'cancelled', cancelledBy: 'network' });
  });

  it('refuses with a 409 saying why: a suspended member, or an inactive host cluster', async () => {
    const inactiveHost = aCluster({ clusterId: `pp-closed-${randomUUID().slice(0, 8)}`, name: 'Closed Host', secretariat: false, status: 'inactive' });
    const suspended = anOrganisation({ clusterId: home, name: 'Suspended Applicant ApS' });
    await produce(
      { topic: Topics.membershipCluster, event: buildEvent(ClusterRegistered, { subject: inactiveHost.clusterId, sequence: 1, data: { cluster: inactiveHost }, source: 'membership' }) },
      { topic: Topics.membershipOrganisation, event: buildEvent(OrganisationJoined, { subject: suspended.organisationId, sequence: 1, data: { organisation: suspended }, source: 'membership' }) },
      {
        topic: Topics.membershipOrganisation,
        event: buildEvent(OrganisationSuspended, {
          subject: suspended.organisationId,
          sequence: 2,
          data: { organisationId: suspended.organisationId, clusterId: home, reason: 'Unpaid fees', suspendedAt: new Date().toISOString() },
          source: 'membership',
        }),
      },
    );
    await waitFor(
      async () => {
        const organisation = await mm.get(`/directory/organisations/${suspended.organisationId}`);
        return (organisation.body as { status?: string } | undefined)?.status === 'suspended' && (await mm.get(`/directory/clusters/${inactiveHost.clusterId}`)).status === 200;
      },
      { timeoutMs: 30_000, description: 'the suspension and the inactive cluster in the directory' },
    );
    const body = { hostClusterId: host, targetCountry: 'BE', purpose: 'Refused', ...stay(130, 2), services: ['partner-search'] };

    const bySuspended = await apply(homeManager, { ...body, organisationId: suspended.organisationId });
    expect(bySuspended.status).toBe(409);
    expect(JSON.stringify(bySuspended.body)).toContain('is suspended in membership');
    const toInactive = await apply(member, { ...body, organisationId: applicant.organisationId, hostClusterId: inactiveHost.clusterId });
    expect(toInactive.status).toBe(409);
    expect(JSON.stringify(toInactive.body)).toContain(`host cluster ${inactiveHost.clusterId} is inactive`);
  });

  it('sweeps desks left behind by a crash between reservation and acceptance, and only those', async () => {
    expect((await client.request('PUT', `/passport/hosts/${host}/capacity`, hostManager, { desksPerDay: 1 })).status).toBe(200);
    const dates = stay(150, 2);
    const filed = await apply(member, {
      organisationId: applicant.organisationId,
      hostClusterId: host,
      targetCountry: 'BE',
      purpose: 'Desk after a crash',
      ...dates,
      services: ['desk-hosting'],
    });
    const { applicationId } = application(filed.body);
    // What a crash after reserveDesks and before the acceptance's write leaves: desks held in the
    // application's name, while it is still `submitted` and lists none. One is old, one is fresh.
    const reservations = mm.app
      .get<Connection>(DATABASE_CONNECTION)
      .collection<{ _id: string; applicationId: string; hostClusterId: string; day: string; reservedAt: string }>(DESK_RESERVATIONS_COLLECTION);
    const longAgo = new Date(Date.now() - 2 * DESK_SWEEP_GRACE_MS).toISOString();
    await reservations.insertOne({ _id: `${host}:${dates.from}:1`, applicationId, hostClusterId: host, day: dates.from, reservedAt: longAgo });
    await reservations.insertOne({ _id: `${host}:${dates.to}:1`, applicationId: randomUUID(), hostClusterId: host, day: dates.to, reservedAt: new Date().toISOString() });

    const sweeper = mm.app.get(DeskReservationSweeper);
    expect(await sweeper.sweep()).toBe(1);
    expect(await reservations.findOne({ _id: `${host}:${dates.from}:1` })).toBeNull();
    // The fresh one may belong to an acceptance being recorded right now: kept until it is old.
    expect(await reservations.findOne({ _id: `${host}:${dates.to}:1` })).not.toBeNull();
    // Once old, it goes too, with the three desks of the visit completed in the first test (a
    // completed visit no longer occupies its desks); the accepted visit of the capacity test keeps its.
    const later = new Date(Date.now() + 2 * DESK_SWEEP_GRACE_MS);
    expect(await sweeper.sweep(later)).toBe(4);
    expect(await reservations.findOne({ _id: `${host}:${dates.to}:1` })).toBeNull();

    // The desks are free again; once accepted, the application holds them and no sweep takes them.
    const accepted = await client.request('POST', `/passport/applications/${applicationId}/accept`, hostManager, {});
    expect(accepted.status).toBe(200);
    expect(await sweeper.sweep(later)).toBe(0);
    expect(await reservations.countDocuments({ applicationId })).toBe(2);
  });
});
