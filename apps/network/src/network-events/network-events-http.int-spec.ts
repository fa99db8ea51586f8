import { DocumentedResponses, MembershipEventProducer, PrincipalTestClient, readTopic, waitFor, type TestPrincipal } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { Topics } from '@icn/contracts';
import { startNetworkTestApp, type NetworkTestApp } from '../testing/network-test-app';
import { aCluster, anOrganisation } from '../testing/membership-snapshot.fixtures';
import type { NetworkEventResponse } from './http/network-event.response';

describe('a full network event over HTTP: waiting list promoted on cancellation (real app, Kafka and FerretDB)', () => {
  let app: NetworkTestApp;
  let client: PrincipalTestClient;
  const suffix = randomUUID().slice(0, 8);
  const [host, guest] = [`ev-host-${suffix}`, `ev-guest-${suffix}`];
  const members = Array.from({ length: 6 }, (_, index) => anOrganisation({ clusterId: index < 4 ? guest : host, name: `Member ${index} ${suffix}`, country: 'ES' }));
  const manager = (clusterId: string): TestPrincipal => ({ role: 'cluster-manager', clusterId });
  const member = (organisation: { organisationId: string; clusterId: string }): TestPrincipal => ({ role: 'member', clusterId: organisation.clusterId, organisationId: organisation.organisationId });
  const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const event = (body: unknown) => body as NetworkEventResponse;
  const definition = {
    kind: 'networking-event',
    title: `Networking evening Barcelona ${suffix}`,
    description: 'Cluster workshop and networking event',
    hostClusterId: host,
    place: { venue: 'Barcelona Activa', city: 'Barcelona', country: 'es' },
    from: day(40),
    to: day(41),
    timeZone: 'Europe/Madrid',
    capacity: 3,
  };

  beforeAll(async () => {
    app = await startNetworkTestApp();
    client = new PrincipalTestClient(app.baseUrl, await DocumentedResponses.of(app.baseUrl));
    const producer = await MembershipEventProducer.connect(app.brokers);
    try {
      for (const clusterId of [host, guest]) await producer.clusterRegistered(aCluster({ clusterId, name: clusterId }));
      for (const organisation of members) await producer.organisationJoined(organisation);
    } finally {
      await producer.disconnect();
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('schedules, fills three seats from six concurrent registrations, queues three in order, promotes rank 1 when a seat is cancelled', async () => {
    // Only the host's manager (or the secretariat) schedules for the host; bad days are a 400 naming the field.
    expect((await client.request('POST', '/network-events', manager(guest), definition)).status).toBe(403);
    const impossible = await client.request('POST', '/network-events', manager(host), { ...definition, from: '2027-02-30' });
    expect(impossible.status).toBe(400);
    expect(JSON.stringify(impossible.body)).toContain('from');
    const scheduled = await waitFor(
      async () => {
        const response = await client.request('POST', '/network-events', manager(host), definition, randomUUID());
        return response.status === 201 ? event(response.body) : null;
      },
      { timeoutMs: 30_000, description: 'the host cluster in the directory' },
    );
    expect(scheduled).toMatchObject({ status: 'scheduled', capacity: 3, confirmed: 0, waiting: 0, version: 1, place: { country: 'ES' } });
    const eventId = scheduled.eventId;

    // The directory fills from membership's topic: wait for the last organisation.
    const last = members[members.length - 1];
    await waitFor(async () => (await client.request('GET', `/network-events/${eventId}`, member(last))).status === 200, { timeoutMs: 10_000, description: 'event readable' });
    await waitFor(
      async () => {
        const probe = await client.request('POST', `/network-events/${randomUUID()}/registrations`, member(last), { organisationId: last.organisationId, participantName: 'probe' });
        return probe.status === 404;
      },
      { timeoutMs: 30_000, description: 'the last organisation in the directory (404 for the unknown event, not 400 for the organisation)' },
    );

    // Six registrations at once: the write path's claims admit exactly three to seats.
    const responses = await Promise.all(
      members.map((organisation, index) =>
        client.request('POST', `/network-events/${eventId}/registrations`, member(organisation), { organisationId: organisation.organisationId, participantName: `Participant ${index}` }, randomUUID()),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const full = event((await client.request('GET', `/network-events/${eventId}`, manager(host))).body);
    expect(full).toMatchObject({ confirmed: 3, waiting: 3, version: 7 });
    const confirmed = full.registrations.filter((registration) => registration.status === 'confirmed');
    const waiting = full.registrations.filter((registration) => registration.status === 'waiting').sort((a, b) => (a.waitingRank ?? 0) - (b.waitingRank ?? 0));
    expect(waiting.map((registration) => registration.waitingRank)).toEqual([1, 2, 3]);

    // A member of another cluster may not cancel someone else's registration; the registrant may.
    const leaving = confirmed[0];
    const leavingOrganisation = members.find((organisation) => organisation.organisationId === leaving.organisationId);
    const outsider = members.find((organisation) => organisation.clusterId !== leaving.clusterId) ?? members[5];
    expect((await client.request('DELETE', `/network-events/${eventId}/registrations/${leaving.registrationId}`, member(outsider))).status).toBe(403);
    const afterCancel = await client.request('DELETE', `/network-events/${eventId}/registrations/${leaving.registrationId}`, member(leavingOrganisation ?? members[0]));
    expect(afterCancel.status).toBe(200);
    const promotedId = waiting[0].registrationId;
    const promoted = event(afterCancel.body);
    expect(promoted).toMatchObject({ confirmed: 3, waiting: 2 });
    // Cancelling again is a conflict with the reason.
    const again = await client.request('DELETE', `/network-events/${eventId}/registrations/${leaving.registrationId}`, manager(host));
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).toContain('already cancelled');

    const hostView = event((await client.request('GET', `/network-events/${eventId}`, manager(host))).body);
    const promotedRegistration = hostView.registrations.find((registration) => registration.registrationId === promotedId);
    expect(promotedRegistration).toMatchObject({ status: 'confirmed' });
    expect(promotedRegistration?.promotedAt).toBeDefined();
    expect(hostView.registrations.filter((registration) => registration.status === 'waiting').map((registration) => [registration.registrationId, registration.waitingRank])).toEqual([
      [waiting[1].registrationId, 1],
      [waiting[2].registrationId, 2],
    ]);

    // A member of the guest cluster sees only its own cluster's registrations (and the counts).
    const guestView = event((await client.request('GET', `/network-events/${eventId}`, member(members[0]))).body);
    expect(guestView.registrations.every((registration) => registration.clusterId === guest)).toBe(true);
    expect(guestView).toMatchObject({ confirmed: 3, waiting: 2 });

    // The promoted registrant's calendar file says confirmed, over the event's days.
    const promotedOrganisation = members.find((organisation) => organisation.organisationId === promotedRegistration?.organisationId) ?? members[0];
    const ics = await client.request('GET', `/network-events/${eventId}/registrations/${promotedId}/calendar.ics`, member(promotedOrganisation));
    expect(ics.status).toBe(200);
    expect(ics.contentType).toContain('text/calendar');
    const text = ics.text;
    expect(text).toContain(`UID:${promotedId}@network.icn`);
    expect(text).toContain(`DTSTART;VALUE=DATE:${definition.from.replaceAll('-', '')}`);
    expect(text).toContain('STATUS:CONFIRMED');

    // Every change is an event on icn.network.network-event.v1, in order, the cancellation naming whom it promoted.
    const records = await waitFor(
      async () => {
        const found = (await readTopic(app.brokers, Topics.networkEvent, { timeoutMs: 3_000 })).filter((record) => record.key === eventId);
        return found.length === 8 ? found : null;
      },
      { timeoutMs: 30_000, description: 'eight events of the network event' },
    );
    const envelopes = records.map((record) => record.json as { type: string; subjectsequence: number; data: { promotedRegistrationId?: string } });
    expect(envelopes.map((envelope) => envelope.subjectsequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(envelopes[0].type).toBe('org.icn.network.network-event.scheduled.v1');
    expect(envelopes.slice(1, 7).every((envelope) => envelope.type === 'org.icn.network.network-event.registration-received.v1')).toBe(true);
    expect(envelopes[7]).toMatchObject({ type: 'org.icn.network.network-event.registration-cancelled.v1', data: { promotedRegistrationId: promotedId } });
  });
});
