import { PrincipalTestClient, readTopic, type TestPrincipal, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import {
  ClusterRegistered,
  OrganisationJoined,
  Topics,
  type LocalProjectOwnerV1,
  type MissionApplicationV1,
  type MissionMeetingSnapshotV1,
  type OrganisationSnapshotV1,
  type PassportApplicationSnapshotV1,
} from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import type { Connection } from 'mongoose';
import { MembershipEventProducer } from './directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from './directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from './directory/testing/matchmaking-test-app';
import { slotIdOf } from './missions/agenda/domain/agenda-slot';
import { AGENDA_RESERVATIONS_COLLECTION } from './missions/agenda/persistence/agenda-reservation.repository';
import { DESK_RESERVATIONS_COLLECTION } from './passport/persistence/desk-reservation.repository';

/** A calendar day `offset` days from now (UTC), as YYYY-MM-DD. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const APPLICATIONS = 50;
const DESKS_PER_DAY = 10;

/**
 * Two replicas of matchmaking on one database, commands spread over both (ADR 12): the invariants
 * that span aggregates — a host's desks per day, a B2B slot — hold through their reservation
 * documents' unique `_id`s, and each aggregate's events leave in version order, with no lock and
 * no in-process queue shared between the replicas.
 */
describe('matchmaking write path across two replicas (real apps, real Kafka and FerretDB)', () => {
  let first: MatchmakingTestApp;
  let second: MatchmakingTestApp;
  let clients: [PrincipalTestClient, PrincipalTestClient];
  let db: Connection;
  const home = `wr-home-${randomUUID().slice(0, 8)}`;
  const host = `wr-host-${randomUUID().slice(0, 8)}`;
  const applicant = anOrganisation({ clusterId: home, name: 'Replica Applicant ApS' });
  const alpha = anOrganisation({ clusterId: home, name: 'Replica Alpha ApS' });
  const beta = anOrganisation({ clusterId: home, name: 'Replica Beta ApS' });
  const homeManager: TestPrincipal = { role: 'cluster-manager', clusterId: home };
  const hostManager: TestPrincipal = { role: 'cluster-manager', clusterId: host };
  const memberOf = (organisation: OrganisationSnapshotV1): TestPrincipal => ({
    role: 'member',
    clusterId: organisation.clusterId,
    organisationId: organisation.organisationId,
  });
  /** Alternates the replicas, so concurrent commands really race across processes' stores. */
  const clientFor = (index: number): PrincipalTestClient => clients[index % 2] as PrincipalTestClient;

  beforeAll(async () => {
    first = await startMatchmakingTestApp();
    // The same database, consumer groups and token secret: a second replica of the same service.
    second = await startMatchmakingTestApp(first);
    clients = [new PrincipalTestClient(first.baseUrl), new PrincipalTestClient(second.baseUrl)];
    db = first.app.get<Connection>(DATABASE_CONNECTION);
    const producer = await MembershipEventProducer.connect(first.brokers);
    try {
      for (const cluster of [aCluster({ clusterId: home, name: 'Replica Home' }), aCluster({ clusterId: host, name: 'Replica Host', country: 'US', secretariat: false })]) {
        await producer.send(Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: cluster.clusterId, sequence: 1, data: { cluster }, source: 'membership' }));
      }
      for (const organisation of [applicant, alpha, beta]) {
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
        const count = await first.get(`/directory/organisations/count?clusterId=${home}`);
        return (count.body as { total?: number } | undefined)?.total === 3 && (await first.get(`/directory/clusters/${host}`)).status === 200;
      },
      { timeoutMs: 30_000, description: 'both clusters and three organisations in the directory' },
    );
  });

  afterAll(async () => {
    await second?.stop();
    await first?.close();
  });

  it(`never overbooks a host: ${APPLICATIONS} concurrent desk-hosting acceptances over two replicas take exactly ${DESKS_PER_DAY} desks a day, each accepted application's events in order`, async () => {
    expect((await clientFor(0).request('PUT', `/passport/hosts/${host}/capacity`, hostManager, { desksPerDay: DESKS_PER_DAY })).status).toBe(200);
    const stay = { from: day(50), to: day(51) };
    const applicationIds: string[] = [];
    for (let index = 0; index < APPLICATIONS; index++) {
      const submitted = await clientFor(index).request('POST', '/passport/applications', homeManager, {
        organisationId: applicant.organisationId,
        hostClusterId: host,
        targetCountry: 'US',
        purpose: `Replica visit ${index}`,
        ...stay,
        services: ['desk-hosting'],
      });
      expect(submitted.status).toBe(201);
      applicationIds.push((submitted.body as PassportApplicationSnapshotV1).applicationId);
    }

    const outcomes = await Promise.all(
      applicationIds.map((applicationId, index) => clientFor(index).request('POST', `/passport/applications/${applicationId}/accept`, hostManager, {})),
    );

    const statuses = outcomes.map((outcome) => outcome.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(DESKS_PER_DAY);
    expect(statuses.filter((status) => status === 409)).toHaveLength(APPLICATIONS - DESKS_PER_DAY);
    for (const refusal of outcomes.filter((outcome) => outcome.status === 409)) expect(JSON.stringify(refusal.body)).toContain('has no free desk');
    const accepted = applicationIds.filter((_, index) => statuses[index] === 200);
    const refused = applicationIds.filter((_, index) => statuses[index] === 409);

    // Read back through the other replica: every accepted application holds its desks, the refused
    // ones are still submitted, and the desks held are exactly capacity × days, each by one of them.
    for (const [index, applicationId] of applicationIds.entries()) {
      const read = await clientFor(index + 1).request('GET', `/passport/applications/${applicationId}`, hostManager);
      expect((read.body as PassportApplicationSnapshotV1).status).toBe(statuses[index] === 200 ? 'accepted' : 'submitted');
    }
    const desks = await db
      .collection<{ _id: string; applicationId: string }>(DESK_RESERVATIONS_COLLECTION)
      .find({ hostClusterId: host })
      .toArray();
    expect(desks).toHaveLength(DESKS_PER_DAY * 2);
    expect(new Set(desks.map((desk) => desk.applicationId))).toEqual(new Set(accepted));
    for (const applicationId of accepted) expect(desks.filter((desk) => desk.applicationId === applicationId)).toHaveLength(2);

    const wanted = new Set(applicationIds);
    const records = await waitFor(
      async () => {
        const found = (await readTopic(first.brokers, Topics.matchmakingPassport, { timeoutMs: 3_000 })).filter((record) => record.key !== null && wanted.has(record.key));
        return found.length === APPLICATIONS + accepted.length ? found : null;
      },
      { timeoutMs: 60_000, description: `${APPLICATIONS + accepted.length} Passport events on the topic` },
    );
    const eventsOf = (applicationId: string) =>
      records
        .filter((record) => record.key === applicationId)
        .map((record) => record.json as { type: string; subjectsequence: number; source: string });
    for (const applicationId of accepted) {
      expect(eventsOf(applicationId).map((event) => [event.type, event.subjectsequence])).toEqual([
        ['org.icn.matchmaking.passport.submitted.v1', 1],
        ['org.icn.matchmaking.passport.accepted.v1', 2],
      ]);
    }
    for (const applicationId of refused) expect(eventsOf(applicationId).map((event) => event.subjectsequence)).toEqual([1]);
    expect(new Set(records.map((record) => (record.json as { source: string }).source))).toEqual(new Set(['/icn/matchmaking']));
  });

  it('schedules exactly one of four meetings accepted at once for the same slot and its only table; the others are 409s naming the slot', async () => {
    const client = clientFor(0);
    const created = await client.request('POST', '/missions', homeManager, {
      title: 'Replica mission to New York',
      theme: 'Building decarbonisation',
      description: 'B2B meetings on two replicas.',
      hostClusterId: host,
      destination: { city: 'New York', country: 'US' },
      from: day(60),
      to: day(61),
      timeZone: 'America/New_York',
      capacity: 2,
      callCutOff: day(30),
    });
    expect(created.status).toBe(201);
    const missionId = (created.body as { missionId: string }).missionId;
    const post = (path: string, as: TestPrincipal, body: object = {}, index = 0) => clientFor(index).request('POST', `/missions/${missionId}${path}`, as, body);
    expect((await post('/call/open', homeManager)).status).toBe(200);
    const applications: string[] = [];
    for (const organisation of [alpha, beta]) {
      const applied = await post('/applications', memberOf(organisation), { organisationId: organisation.organisationId, motivation: 'Retrofits', travellers: ['Ida Jensen'] });
      expect(applied.status).toBe(201);
      applications.push((applied.body as MissionApplicationV1).applicationId);
    }
    expect((await post('/call/close', homeManager)).status).toBe(200);
    expect((await post('/selection', homeManager, { selected: applications, reserve: [], rejected: [] })).status).toBe(200);
    expect((await post('/selection/publish', homeManager)).status).toBe(200);
    const owners: LocalProjectOwnerV1[] = [];
    for (const name of ['NYC Department of Environmental Protection', 'Port Authority']) {
      const added = await post('/local-project-owners', hostManager, { name, projectDescription: 'Retrofits', needs: [], contactPerson: { name: 'Jane Roe', email: 'jane@example.org' } });
      expect(added.status).toBe(201);
      owners.push(added.body as LocalProjectOwnerV1);
    }
    const date = day(60);
    const slot = slotIdOf(date, '09:00');
    const agenda = await client.request('PUT', `/missions/${missionId}/agenda`, homeManager, { slotMinutes: 30, tables: 1, days: [{ date, startTimes: ['09:00'] }] });
    expect(agenda.status).toBe(200);

    // Four meetings (every delegate with every owner) all asking for the one slot, which has one table.
    const meetingIds: string[] = [];
    for (const delegate of [alpha, beta]) {
      for (const owner of owners) {
        const requested = await post('/meetings', memberOf(delegate), { delegateOrganisationId: delegate.organisationId, ownerId: owner.ownerId, message: 'Meet?', slot });
        expect(requested.status).toBe(201);
        meetingIds.push((requested.body as MissionMeetingSnapshotV1).meetingId);
      }
    }

    const outcomes = await Promise.all(meetingIds.map((meetingId, index) => post(`/meetings/${meetingId}/accept`, hostManager, {}, index)));

    const statuses = outcomes.map((outcome) => outcome.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(meetingIds.length - 1);
    for (const refusal of outcomes.filter((outcome) => outcome.status === 409)) expect(JSON.stringify(refusal.body)).toContain(`slot ${slot}`);
    const winner = outcomes.find((outcome) => outcome.status === 200)?.body as MissionMeetingSnapshotV1;
    expect(winner).toMatchObject({ status: 'scheduled', version: 3, slot: { slotId: slot, table: 1 } });

    // The slot's reservations (delegate, owner, table) are all the winner's; nobody else holds any.
    const reservations = await db
      .collection<{ _id: string; meetingId: string }>(AGENDA_RESERVATIONS_COLLECTION)
      .find({ missionId })
      .toArray();
    expect(reservations).toHaveLength(3);
    expect(new Set(reservations.map((reservation) => reservation.meetingId))).toEqual(new Set([winner.meetingId]));
    for (const [index, meetingId] of meetingIds.entries()) {
      const read = await clientFor(index + 1).request('GET', `/missions/${missionId}/meetings/${meetingId}`, hostManager);
      expect((read.body as MissionMeetingSnapshotV1).status).toBe(meetingId === winner.meetingId ? 'scheduled' : 'requested');
    }

    const events = await waitFor(
      async () => {
        const found = (await readTopic(first.brokers, Topics.matchmakingMissionMeeting, { timeoutMs: 3_000 })).filter((record) => record.key === winner.meetingId);
        return found.length === 3 ? found : null;
      },
      { timeoutMs: 40_000, description: 'the scheduled meeting’s three events on the topic' },
    );
    expect(events.map((record) => [(record.json as { type: string }).type, (record.json as { subjectsequence: number }).subjectsequence])).toEqual([
      ['org.icn.matchmaking.mission-meeting.requested.v1', 1],
      ['org.icn.matchmaking.mission-meeting.accepted.v1', 2],
      ['org.icn.matchmaking.mission-meeting.scheduled.v1', 3],
    ]);
  });
});
