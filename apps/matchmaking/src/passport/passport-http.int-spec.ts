import { randomUUID } from 'node:crypto';
import { ClusterRegistered, OrganisationJoined, Topics, type PassportApplicationSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { readTopic, waitFor } from '@icn/testing';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';
import type { PassportStatistics } from './domain/passport-statistics';
import { PassportTestClient, type TestPrincipal } from './testing/passport-test-client';

/** A stay starting `offset` days from now, `length` days long, as YYYY-MM-DD. */
function stay(offset: number, length: number): { from: string; to: string } {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  return { from: day(offset), to: day(offset + length - 1) };
}

describe('ICN Passport HTTP (real app)', () => {
  let mm: MatchmakingTestApp;
  let client: PassportTestClient;
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
    client = new PassportTestClient(mm.baseUrl);
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
    expect(events.map((record) => (record.json as { sequence: number }).sequence)).toEqual([1, 2, 3, 4]);
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
});
