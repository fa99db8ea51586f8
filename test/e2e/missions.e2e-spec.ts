import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import { clusterManagerToken, memberToken } from '../support/tokens';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

interface MissionApplication {
  applicationId: string;
  organisationId: string;
  status: string;
  reservePosition?: number;
}

interface Mission {
  missionId: string;
  status: string;
  applications: MissionApplication[];
  selectedDelegates?: { organisationId: string }[];
}

interface Meeting {
  meetingId: string;
  status: string;
  slot?: { slotId: string; table: number };
}

/** YYYY-MM-DD, `offset` days from today (UTC). */
const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A matchmaking mission on the real processes: the delegates and both clusters exist because
 * membership said so over Kafka; every step is an HTTP call to matchmaking by the party who makes
 * it. Selection with a reserve list, a selected delegate withdrawing and the reserve promoted;
 * then the B2B agenda — two delegates ask the same local owner for the same slot, both requests
 * are accepted at the same moment: one is scheduled, the other refused with the slot and the busy
 * owner named, and it fits in the next slot. Each delegate's calendar holds its own meeting only.
 */
describe('matchmaking mission: selection with reserve promotion and a B2B agenda without double booking', () => {
  let platform: E2ePlatform;
  const hostClusterId = uniqueClusterId();

  beforeAll(async () => {
    platform = await E2ePlatform.start('missions');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const matchmakingAs = (token: string): HttpClient => new HttpClient(() => platform.matchmaking.baseUrl, token);

  it('promotes the reserve when a selected delegate withdraws, and schedules contested meetings once', async () => {
    const organiserClusterId = platform.clusterId;
    await platform.api.registerCluster(clusterInput(hostClusterId, { name: 'New York host cluster', country: 'US', city: 'New York' }));
    const delegates: string[] = [];
    for (const n of [1, 2, 3]) {
      delegates.push(expectStatus(await platform.api.joinOrganisation(organisationInput(organiserClusterId, n)), 201, `join #${n}`).organisationId);
    }
    await waitFor(
      async () =>
        (await platform.directory.hasCluster(hostClusterId)) &&
        (await Promise.all(delegates.map(async (id) => (await platform.directory.getOrganisation(id)).status === 200))).every(Boolean),
      { timeoutMs: 60_000, description: 'the host cluster and three delegates in matchmaking’s directory' },
    );
    const [first, second, third] = delegates as [string, string, string];
    const organiser = matchmakingAs(clusterManagerToken(platform.jwtSecret, organiserClusterId));
    const host = matchmakingAs(clusterManagerToken(platform.jwtSecret, hostClusterId));
    const member = (organisationId: string): HttpClient => matchmakingAs(memberToken(platform.jwtSecret, organiserClusterId, organisationId));

    // The mission and its call, by the organiser cluster; three applications by the members themselves.
    const mission = expectStatus(
      await organiser.post<Mission>('/missions', {
        title: 'Building decarbonisation mission to New York',
        theme: 'Retrofits of public buildings',
        description: 'Meet New York project owners looking for heat pump and envelope retrofits.',
        hostClusterId,
        destination: { city: 'New York', country: 'US' },
        from: day(60),
        to: day(62),
        timeZone: 'America/New_York',
        capacity: 2,
        callCutOff: day(30),
      }),
      201,
      'create the mission',
    );
    const path = `/missions/${mission.missionId}`;
    expectStatus(await organiser.post(`${path}/call/open`, {}), 200, 'open the call');
    const applicationOf = new Map<string, string>();
    for (const organisationId of delegates) {
      const applied = expectStatus(
        await member(organisationId).post<MissionApplication>(`${path}/applications`, { organisationId, motivation: 'Retrofit pilots', travellers: ['Ida Jensen'] }),
        201,
        `apply ${organisationId}`,
      );
      applicationOf.set(organisationId, applied.applicationId);
    }
    expectStatus(await organiser.post(`${path}/call/close`, {}), 200, 'close the call');

    // Two selected (the capacity), the third on the reserve list; then published.
    const application = (organisationId: string): string => applicationOf.get(organisationId) as string;
    expectStatus(await organiser.post(`${path}/selection`, { selected: [application(first), application(second)], reserve: [application(third)], rejected: [] }), 200, 'decide');
    expectStatus(await organiser.post(`${path}/selection/publish`, {}), 200, 'publish the selection');

    // The first delegate withdraws: the reserve takes the place, in the same write.
    expectStatus(await member(first).post(`${path}/applications/${application(first)}/withdraw`, {}), 200, 'withdraw');
    const afterWithdrawal = expectStatus(await organiser.get<Mission>(path), 200, 'read the mission');
    const statusOf = (organisationId: string) => afterWithdrawal.applications.find((entry) => entry.organisationId === organisationId)?.status;
    expect([statusOf(first), statusOf(second), statusOf(third)]).toEqual(['withdrawn', 'selected', 'selected']);
    expect(afterWithdrawal.selectedDelegates?.map((delegate) => delegate.organisationId).sort()).toEqual([second, third].sort());

    // A local project owner, added by the host cluster; an agenda of two slots and one table.
    const owner = expectStatus(
      await host.post<{ ownerId: string }>(`${path}/local-project-owners`, {
        name: 'NYC Department of Citywide Administrative Services',
        projectDescription: 'Deep retrofits of 40 public schools',
        needs: ['heat pumps', 'envelope insulation'],
        contactPerson: { name: 'Jane Roe', email: 'jane.roe@example.org' },
      }),
      201,
      'add a local project owner',
    );
    const morning = day(60);
    expectStatus(await organiser.request('PUT', `${path}/agenda`, { body: { slotMinutes: 30, tables: 1, days: [{ date: morning, startTimes: ['09:00', '09:30'] }] } }), 200, 'set the agenda');
    const nine = `${morning}T09:00`;
    const nineThirty = `${morning}T09:30`;

    // Both delegates ask the owner for 09:00; the host accepts both at the same moment.
    const requests = await Promise.all(
      [second, third].map(async (organisationId) =>
        expectStatus(
          await member(organisationId).post<Meeting>(`${path}/meetings`, { delegateOrganisationId: organisationId, ownerId: owner.ownerId, message: 'School retrofits', slot: nine }),
          201,
          `request a meeting for ${organisationId}`,
        ),
      ),
    );
    const acceptances = await Promise.all(requests.map((request) => host.post<Meeting>(`${path}/meetings/${request.meetingId}/accept`, {})));
    expect(acceptances.map((outcome) => outcome.status).sort()).toEqual([200, 409]);
    const refusedAt = acceptances.findIndex((outcome) => outcome.status === 409);
    const refusal = JSON.stringify(acceptances[refusedAt]?.body);
    expect(refusal).toContain(nine);
    expect(refusal).toMatch(/owner|table/);
    // The refused one fits in the next slot; nothing was booked twice.
    const loser = requests[refusedAt] as Meeting;
    const moved = expectStatus(await host.post<Meeting>(`${path}/meetings/${loser.meetingId}/accept`, { slot: nineThirty }), 200, 'accept in the next slot');
    expect(moved).toMatchObject({ status: 'scheduled', slot: { slotId: nineThirty, table: 1 } });

    // Each delegate's calendar holds its own meeting, and only that one.
    for (const [index, organisationId] of [second, third].entries()) {
      const calendar = await member(organisationId).get<string>(`${path}/agenda/delegates/${organisationId}.ics`);
      expect(calendar.status).toBe(200);
      expect(calendar.body).toContain('BEGIN:VCALENDAR');
      expect(calendar.body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(calendar.body).toContain(`UID:${(requests[index] as Meeting).meetingId}@`);
    }
    platform.markPassed();
  }, 240_000);
});
