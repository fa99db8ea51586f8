import { randomUUID } from 'node:crypto';
import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import type { ServiceProcess } from '../support/service-process';
import { memberToken, networkAdminToken } from '../support/tokens';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

interface Registration {
  registrationId: string;
  organisationId: string;
  status: 'confirmed' | 'waiting' | 'cancelled';
  waitingRank?: number;
  promotedAt?: string;
}

interface NetworkEvent {
  eventId: string;
  capacity: number;
  confirmed: number;
  waiting: number;
  version: number;
  registrations: Registration[];
}

/**
 * A full network event on two replicas of the network service (processes), with membership as
 * a process feeding their directory: eight members register at once, alternating between the
 * replicas, for three seats — the commit claims (ADR 12) admit exactly three, the others wait in
 * order; a cancelled seat goes to the first waiting, seen by both replicas; its calendar file.
 */
describe('network events: a full event with a waiting list, on two replicas', () => {
  let platform: E2ePlatform;
  let second: ServiceProcess | undefined;
  const guest = uniqueClusterId();

  beforeAll(async () => {
    platform = await E2ePlatform.start('network-events', { network: true });
  });

  afterAll(async () => {
    await second?.stop();
    await platform?.stop();
  });

  it('admits three of eight concurrent registrations, queues five in order, promotes rank 1 on a cancellation', async () => {
    const secret = platform.jwtSecret;
    const host = platform.clusterId;
    await platform.api.registerCluster(clusterInput(guest, { name: 'Guest cluster', country: 'ES', city: 'Barcelona' }));
    const members: string[] = [];
    for (let n = 0; n < 8; n++) {
      const input = organisationInput(guest, 3000 + n, { name: `Guest company ${n}`, helixType: 'company', companySize: 'sme', country: 'ES' });
      members.push(expectStatus(await platform.membershipAs(guest).joinOrganisation(input), 201, `join ${n}`).organisationId);
    }
    const network = platform.network;
    if (network === undefined) throw new Error('started without network');
    second = network.replica('second');
    await second.startAndWaitReady();
    const replicas = [network, second];
    const as = (replica: number, token: string) => new HttpClient(() => replicas[replica % 2].baseUrl, token);

    const from = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const event = expectStatus(
      await as(0, networkAdminToken(secret)).post<NetworkEvent>(
        '/network-events',
        { kind: 'workshop', title: 'Cluster workshop', description: 'Smart grids', hostClusterId: host, place: { venue: 'Urban Future Lab', city: 'New York', country: 'US' }, from, to: from, timeZone: 'America/New_York', capacity: 3 },
        { headers: { 'idempotency-key': randomUUID() } },
      ),
      201,
      'schedule',
    );
    const path = `/network-events/${event.eventId}`;

    // Membership's organisations reach network's directory through Kafka.
    await waitFor(
      async () => (await as(1, memberToken(secret, guest, members[7])).post(`/network-events/${randomUUID()}/registrations`, { organisationId: members[7], participantName: 'probe' })).status === 404,
      { timeoutMs: 60_000, description: 'the last member in network’s directory' },
    );
    const started = Date.now();
    const answers = await Promise.all(
      members.map((organisationId, n) => as(n, memberToken(secret, guest, organisationId)).post(`${path}/registrations`, { organisationId, participantName: `Participant ${n}` })),
    );
    const elapsed = Date.now() - started;
    expect(answers.map((answer) => answer.status)).toEqual(members.map(() => 201));
    const full = expectStatus(await as(1, networkAdminToken(secret)).get<NetworkEvent>(path), 200, 'the full event');
    expect(full).toMatchObject({ capacity: 3, confirmed: 3, waiting: 5, version: 9 });
    const waiting = full.registrations.filter((r) => r.status === 'waiting').sort((a, b) => (a.waitingRank ?? 0) - (b.waitingRank ?? 0));
    expect(waiting.map((r) => r.waitingRank)).toEqual([1, 2, 3, 4, 5]);

    // A seat freed on one replica goes to rank 1; the other replica shows it.
    const leaving = full.registrations.find((r) => r.status === 'confirmed') as Registration;
    const cancelled = expectStatus(await as(1, memberToken(secret, guest, leaving.organisationId)).request<NetworkEvent>('DELETE', `${path}/registrations/${leaving.registrationId}`), 200, 'cancel');
    expect(cancelled).toMatchObject({ confirmed: 3, waiting: 4, version: 10 });
    const seen = expectStatus(await as(0, networkAdminToken(secret)).get<NetworkEvent>(path), 200, 'after the cancellation');
    const promoted = seen.registrations.find((r) => r.registrationId === waiting[0].registrationId) as Registration;
    expect(promoted.status).toBe('confirmed');
    expect(promoted.promotedAt).toBeDefined();
    expect(seen.registrations.filter((r) => r.status === 'waiting').map((r) => [r.registrationId, r.waitingRank])).toEqual(waiting.slice(1).map((r, index) => [r.registrationId, index + 1]));

    // The promoted registrant's calendar file.
    const ics = await as(0, memberToken(secret, guest, promoted.organisationId)).get<string>(`${path}/registrations/${promoted.registrationId}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.body).toContain('STATUS:CONFIRMED');
    expect(ics.body).toContain(`DTSTART;VALUE=DATE:${from.replaceAll('-', '')}`);
    console.log(`[e2e] network-events: 8 concurrent registrations over 2 replicas in ${elapsed} ms: 3 confirmed, 5 waiting; rank 1 promoted on cancellation`);
    platform.markPassed();
  });
});
