import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import type { Page } from '../support/page';
import { clusterManagerToken, memberToken } from '../support/tokens';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

interface PassportApplication {
  applicationId: string;
  status: string;
  homeClusterId: string;
  hostClusterId: string;
  keyContacts: { name: string; organisation: string; email: string }[];
  report?: { meetingsHeld: number; leads: { organisationName: string; note: string }[] };
  version: number;
}

interface PassportCounts {
  clusterId: string;
  submitted: number;
  accepted: number;
  declined: number;
  completed: number;
  cancelled: number;
}

interface PassportStatistics {
  year: number;
  byHostCluster: PassportCounts[];
  byHomeCluster: PassportCounts[];
}

/** A stay starting `offset` days from now, `length` days long, as YYYY-MM-DD. */
function stay(offset: number, length: number): { from: string; to: string } {
  const day = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  return { from: day(offset), to: day(offset + length - 1) };
}

/**
 * The ICN Passport across two clusters, on the real processes: the applicant and the host cluster
 * exist only because membership said so (HTTP → Kafka → matchmaking's directory), and every step
 * is an HTTP call to matchmaking as the party that would make it — the member applies, the host
 * cluster's manager accepts, schedules and completes — ending in the yearly statistics. Then the
 * host's single desk is contested by two overlapping visits accepted at the same moment.
 */
describe('ICN Passport across two clusters', () => {
  let platform: E2ePlatform;
  const hostClusterId = uniqueClusterId();

  beforeAll(async () => {
    platform = await E2ePlatform.start('passport');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const matchmakingAs = (token: string): HttpClient => new HttpClient(() => platform.matchmaking.baseUrl, token);

  it('applies, accepts with key contacts, schedules, completes with a report and counts it; never overbooks a desk', async () => {
    const homeClusterId = platform.clusterId;
    await platform.api.registerCluster(clusterInput(hostClusterId, { name: 'Host cluster', country: 'BE', city: 'Liège' }));
    const join = async (n: number): Promise<string> =>
      expectStatus(await platform.api.joinOrganisation(organisationInput(homeClusterId, n)), 201, `POST /organisations #${n}`).organisationId;
    const applicant = await join(1);
    const other = await join(2);
    await waitFor(
      async () =>
        (await platform.directory.hasCluster(hostClusterId)) &&
        (await platform.directory.getOrganisation(applicant)).status === 200 &&
        (await platform.directory.getOrganisation(other)).status === 200,
      { timeoutMs: 60_000, description: 'the host cluster and both applicants in matchmaking’s directory' },
    );

    const member = matchmakingAs(memberToken(platform.jwtSecret, homeClusterId, applicant));
    const homeManager = matchmakingAs(clusterManagerToken(platform.jwtSecret, homeClusterId));
    const hostManager = matchmakingAs(clusterManagerToken(platform.jwtSecret, hostClusterId));
    const year = new Date().getUTCFullYear();
    const application = (organisationId: string, dates: { from: string; to: string }, services: string[]) => ({
      organisationId,
      hostClusterId,
      targetCountry: 'BE',
      purpose: 'Meet Walloon district heating operators',
      ...dates,
      services,
    });

    // The whole lifecycle, each step by the party that makes it.
    const submitted = expectStatus(
      await member.post<PassportApplication>('/passport/applications', application(applicant, stay(30, 3), ['local-key-contacts', 'desk-hosting'])),
      201,
      'apply',
    );
    expect(submitted).toMatchObject({ status: 'submitted', homeClusterId, hostClusterId });
    const path = `/passport/applications/${submitted.applicationId}`;
    const contacts = [{ name: 'Anne Dupont', organisation: 'Host cluster', email: 'anne@host.example.be' }];
    // The applicant's side cannot decide on its own visit.
    expect((await homeManager.post(`${path}/accept`, { keyContacts: contacts })).status).toBe(403);
    const accepted = expectStatus(await hostManager.post<PassportApplication>(`${path}/accept`, { keyContacts: contacts }), 200, 'accept');
    expect(accepted).toMatchObject({ status: 'accepted', keyContacts: contacts });
    expect(expectStatus(await hostManager.post<PassportApplication>(`${path}/schedule`, {}), 200, 'schedule').status).toBe('scheduled');
    const report = { meetingsHeld: 7, leads: [{ organisationName: 'Liège Heat', note: 'Pilot site in 2027' }] };
    const completed = expectStatus(await hostManager.post<PassportApplication>(`${path}/complete`, report), 200, 'complete');
    expect(completed).toMatchObject({ status: 'completed', report, version: 4 });
    // Completed is final: cancelling now says why it is refused.
    const lateCancel = await member.post(`${path}/cancel`, {});
    expect(lateCancel.status).toBe(409);
    expect(JSON.stringify(lateCancel.body)).toContain('it is completed');

    // Capacity: one desk a day; two overlapping desk-hosting visits accepted at the same moment.
    expectStatus(await hostManager.request('PUT', `/passport/hosts/${hostClusterId}/capacity`, { body: { desksPerDay: 1 } }), 200, 'set capacity');
    const first = expectStatus(await homeManager.post<PassportApplication>('/passport/applications', application(applicant, stay(60, 3), ['desk-hosting'])), 201, 'apply 1');
    const second = expectStatus(await homeManager.post<PassportApplication>('/passport/applications', application(other, stay(62, 3), ['desk-hosting'])), 201, 'apply 2');
    const outcomes = await Promise.all(
      [first, second].map((filed) => hostManager.post<PassportApplication>(`/passport/applications/${filed.applicationId}/accept`, {})),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([200, 409]);
    // The refusal names the contested day (the one day both stays share).
    const contestedDay = stay(62, 1).from;
    expect(JSON.stringify(outcomes.find((outcome) => outcome.status === 409)?.body)).toContain(contestedDay);

    // The yearly figures count the visit by host and by home cluster.
    const statistics = expectStatus(await member.get<PassportStatistics>(`/passport/statistics?year=${year}`), 200, 'statistics');
    expect(statistics.byHostCluster.find((row) => row.clusterId === hostClusterId)).toEqual({
      clusterId: hostClusterId,
      submitted: 3,
      accepted: 2,
      declined: 0,
      completed: 1,
      cancelled: 0,
    });
    expect(statistics.byHomeCluster.find((row) => row.clusterId === homeClusterId)).toMatchObject({ submitted: 3, accepted: 2, completed: 1 });

    // The host's list shows the three visits it hosts; the member only its own two.
    const hosted = expectStatus(await hostManager.get<Page<PassportApplication>>(`/passport/applications?hostClusterId=${hostClusterId}`), 200, 'host list');
    expect(hosted.items.map((item) => item.applicationId).sort()).toEqual([submitted.applicationId, first.applicationId, second.applicationId].sort());
    const own = expectStatus(await member.get<Page<PassportApplication>>('/passport/applications'), 200, 'member list');
    expect(own.items.map((item) => item.applicationId).sort()).toEqual([submitted.applicationId, first.applicationId].sort());
    platform.markPassed();
  }, 180_000);
});
