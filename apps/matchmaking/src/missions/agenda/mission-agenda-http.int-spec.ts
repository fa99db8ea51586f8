import { DocumentedResponses, PrincipalTestClient, readTopic, type TestPrincipal, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import {
  ClusterRegistered,
  OrganisationJoined,
  Topics,
  type LocalProjectOwnerV1,
  type MissionAgendaSnapshotV1,
  type MissionApplicationV1,
  type MissionMeetingSnapshotV1,
  type OrganisationSnapshotV1,
} from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { MembershipEventProducer } from '../../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../../directory/testing/matchmaking-test-app';
import type { AgendaView } from './http/agenda.view';

/** A calendar day `offset` days from now (UTC), as YYYY-MM-DD. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Content lines of an iCalendar text with folding undone. */
function icsLines(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('Mission B2B agenda HTTP (real app)', () => {
  let mm: MatchmakingTestApp;
  let client: PrincipalTestClient;
  const organiser = `ag-org-${randomUUID().slice(0, 8)}`;
  const host = `ag-host-${randomUUID().slice(0, 8)}`;
  const alpha = anOrganisation({ clusterId: organiser, name: 'Alpha Heat ApS' });
  const beta = anOrganisation({ clusterId: organiser, name: 'Beta Water ApS' });
  const gamma = anOrganisation({ clusterId: organiser, name: 'Gamma Grid ApS' });
  const brooklyn = anOrganisation({ clusterId: host, name: 'Brooklyn Retrofit Inc' });
  const organiserManager: TestPrincipal = { role: 'cluster-manager', clusterId: organiser };
  const hostManager: TestPrincipal = { role: 'cluster-manager', clusterId: host };
  const memberOf = (organisation: OrganisationSnapshotV1): TestPrincipal => ({
    role: 'member',
    clusterId: organisation.clusterId,
    organisationId: organisation.organisationId,
  });
  const firstDay = day(60);
  const secondDay = day(61);
  let missionId = '';
  let city: LocalProjectOwnerV1;
  let brooklynOwner: LocalProjectOwnerV1;

  const meeting = (body: unknown) => body as MissionMeetingSnapshotV1;
  const post = (path: string, as: TestPrincipal, body: object = {}, key?: string) => client.request('POST', `/missions/${missionId}${path}`, as, body, key);
  const request = (as: TestPrincipal, body: object, key?: string) => post('/meetings', as, body, key);
  const accept = (meetingId: string, as: TestPrincipal, body: object = {}) => post(`/meetings/${meetingId}/accept`, as, body);

  /** Sets up the mission through the missions feature's own HTTP API: call, selection, local owners. */
  async function createMission(): Promise<void> {
    const created = await client.request('POST', '/missions', organiserManager, {
      title: 'Agenda mission to New York',
      theme: 'Building decarbonisation',
      description: 'B2B meetings with local project owners.',
      hostClusterId: host,
      destination: { city: 'New York', country: 'US' },
      from: firstDay,
      to: day(62),
      timeZone: 'America/New_York',
      capacity: 2,
      callCutOff: day(30),
    });
    expect(created.status).toBe(201);
    missionId = (created.body as { missionId: string }).missionId;
    expect((await post('/call/open', organiserManager)).status).toBe(200);
    const applicationIds: string[] = [];
    for (const organisation of [alpha, beta, gamma]) {
      const applied = await post('/applications', memberOf(organisation), { organisationId: organisation.organisationId, motivation: 'Retrofits', travellers: ['Ida Jensen'] });
      expect(applied.status).toBe(201);
      applicationIds.push((applied.body as MissionApplicationV1).applicationId);
    }
    expect((await post('/call/close', organiserManager)).status).toBe(200);
    const [a, b, g] = applicationIds;
    expect((await post('/selection', organiserManager, { selected: [a, b], reserve: [], rejected: [g] })).status).toBe(200);
    expect((await post('/selection/publish', organiserManager)).status).toBe(200);
    const owner = async (body: object) => {
      const added = await post('/local-project-owners', hostManager, {
        projectDescription: 'Retrofitting public buildings',
        needs: ['heat pumps'],
        contactPerson: { name: 'Jane Roe', email: 'jane@example.org' },
        ...body,
      });
      expect(added.status).toBe(201);
      return added.body as LocalProjectOwnerV1;
    };
    city = await owner({ name: 'NYC Department of Environmental Protection' });
    brooklynOwner = await owner({ name: 'Brooklyn Retrofit Inc', organisationId: brooklyn.organisationId });
  }

  beforeAll(async () => {
    mm = await startMatchmakingTestApp();
    // Every answer is checked against the service's OpenAPI document: a response class that lies fails the flow.
    client = new PrincipalTestClient(mm.baseUrl, await DocumentedResponses.of(mm.baseUrl));
    const producer = await MembershipEventProducer.connect(mm.brokers);
    try {
      for (const cluster of [aCluster({ clusterId: organiser, name: 'Agenda Organiser' }), aCluster({ clusterId: host, name: 'Agenda Host', country: 'US', secretariat: false })]) {
        await producer.send(Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: cluster.clusterId, sequence: 1, data: { cluster }, source: 'membership' }));
      }
      for (const organisation of [alpha, beta, gamma, brooklyn]) {
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
        const count = await mm.get(`/directory/organisations/count?clusterId=${organiser}`);
        return (
          (count.body as { total?: number } | undefined)?.total === 3 &&
          (await mm.get(`/directory/organisations/${brooklyn.organisationId}`)).status === 200 &&
          (await mm.get(`/directory/clusters/${host}`)).status === 200
        );
      },
      { timeoutMs: 30_000, description: 'both clusters and four organisations in the directory' },
    );
    await createMission();
  });

  afterAll(async () => {
    await mm?.close();
  });

  it('sets the agenda, schedules accepted meetings without double booking (409s naming who and which slot), and exports each participant’s calendar', async () => {
    const agendaBody = { slotMinutes: 30, tables: 1, days: [{ date: firstDay, startTimes: ['09:30', '09:00'] }, { date: secondDay, startTimes: ['10:00'] }] };
    expect((await client.request('PUT', `/missions/${missionId}/agenda`, hostManager, agendaBody)).status).toBe(403);
    const set = await client.request('PUT', `/missions/${missionId}/agenda`, organiserManager, agendaBody);
    expect(set.status).toBe(200);
    expect(set.body as MissionAgendaSnapshotV1).toMatchObject({
      version: 1,
      tables: 1,
      timeZone: 'America/New_York',
      days: [
        { date: firstDay, startTimes: ['09:00', '09:30'] },
        { date: secondDay, startTimes: ['10:00'] },
      ],
    });
    // Participants read the grid; a rejected applicant does not.
    expect((await client.request('GET', `/missions/${missionId}/agenda`, memberOf(alpha))).status).toBe(200);
    expect((await client.request('GET', `/missions/${missionId}/agenda`, memberOf(gamma))).status).toBe(403);

    const nine = `${firstDay}T09:00`;
    const nineThirty = `${firstDay}T09:30`;
    // Alpha asks the city for 09:00; the host manager, for Brooklyn, asks Beta for 09:00 too.
    const m1 = await request(memberOf(alpha), { delegateOrganisationId: alpha.organisationId, ownerId: city.ownerId, message: 'Heat pumps for schools', slot: nine });
    expect(m1.status).toBe(201);
    expect(meeting(m1.body)).toMatchObject({ status: 'requested', requestedBy: 'delegate', requestedSlotId: nine, version: 1 });
    const m2 = await request(hostManager, { delegateOrganisationId: beta.organisationId, ownerId: brooklynOwner.ownerId, message: 'Water reuse', slot: nine });
    expect(meeting(m2.body)).toMatchObject({ status: 'requested', requestedBy: 'owner' });
    // The requesting side cannot accept its own request.
    expect((await accept(meeting(m1.body).meetingId, memberOf(alpha))).status).toBe(403);

    const scheduled = await accept(meeting(m1.body).meetingId, hostManager);
    expect(scheduled.status).toBe(200);
    expect(meeting(scheduled.body)).toMatchObject({ status: 'scheduled', version: 3, slot: { slotId: nine, table: 1, timeZone: 'America/New_York' } });

    // One table: Beta–Brooklyn cannot have 09:00 as well.
    const noTable = await accept(meeting(m2.body).meetingId, memberOf(beta));
    expect(noTable.status).toBe(409);
    expect(noTable.text).toContain(`every table (1) is taken in slot ${nine}`);
    // Alpha is already busy at 09:00: a second meeting there names Alpha and the slot.
    const m3 = await request(memberOf(brooklyn), { delegateOrganisationId: alpha.organisationId, ownerId: brooklynOwner.ownerId, message: 'Retrofit pilots', slot: nine });
    expect(m3.status).toBe(201);
    const busy = await accept(meeting(m3.body).meetingId, memberOf(alpha));
    expect(busy.status).toBe(409);
    expect(busy.text).toContain(`Alpha Heat ApS (delegate ${alpha.organisationId}) already has a meeting in slot ${nine}`);
    // Accepting with another slot works.
    const moved = await accept(meeting(m2.body).meetingId, memberOf(beta), { slot: nineThirty });
    expect(meeting(moved.body)).toMatchObject({ status: 'scheduled', slot: { slotId: nineThirty, table: 1 } });

    const grid = (await client.request('GET', `/missions/${missionId}/agenda`, memberOf(beta))).body as AgendaView;
    expect(grid.slots.map((slot) => [slot.slotId, slot.meetings.map((entry) => entry.delegate.name)])).toEqual([
      [nine, ['Alpha Heat ApS']],
      [nineThirty, ['Beta Water ApS']],
      [`${secondDay}T10:00`, []],
    ]);

    const calendar = await client.request('GET', `/missions/${missionId}/agenda/delegates/${alpha.organisationId}.ics`, memberOf(alpha));
    expect(calendar.status).toBe(200);
    expect(calendar.contentType).toContain('text/calendar');
    const lines = icsLines(calendar.text);
    expect(lines).toContain(`UID:${meeting(m1.body).meetingId}@missions.matchmaking.icn`);
    expect(lines).toContain(`DTSTART:${meeting(scheduled.body).slot?.startsAt.replace(/[-:]/g, '').replace('.000', '')}`);
    expect(lines).toContain('SEQUENCE:3');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    // Another delegate cannot read Alpha's calendar; the city's (owner) calendar is the host manager's.
    expect((await client.request('GET', `/missions/${missionId}/agenda/delegates/${alpha.organisationId}.ics`, memberOf(beta))).status).toBe(403);
    expect((await client.request('GET', `/missions/${missionId}/agenda/owners/${city.ownerId}.ics`, hostManager)).text).toContain(meeting(m1.body).meetingId);

    // Cancelling frees Alpha and the table at 09:00: the Alpha–Brooklyn meeting now fits there.
    const cancelled = await post(`/meetings/${meeting(m1.body).meetingId}/cancel`, memberOf(alpha), { reason: 'Flight moved' });
    expect(meeting(cancelled.body)).toMatchObject({ status: 'cancelled', cancelledBy: 'delegate', version: 4 });
    expect((await accept(meeting(m3.body).meetingId, memberOf(alpha))).status).toBe(200);
    const after = icsLines((await client.request('GET', `/missions/${missionId}/agenda/delegates/${alpha.organisationId}.ics`, memberOf(alpha))).text);
    expect(after).toContain('STATUS:CANCELLED');
    expect(after).toContain('SEQUENCE:4');
    expect(after.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);

    const events = await waitFor(
      async () => {
        const records = (await readTopic(mm.brokers, Topics.matchmakingMissionMeeting, { timeoutMs: 3_000 })).filter((record) => record.key === meeting(m1.body).meetingId);
        return records.length === 4 ? records : null;
      },
      { timeoutMs: 40_000, description: 'four events of the first meeting on the topic' },
    );
    expect(events.map((record) => (record.json as { type: string }).type)).toEqual([
      'org.icn.matchmaking.mission-meeting.requested.v1',
      'org.icn.matchmaking.mission-meeting.accepted.v1',
      'org.icn.matchmaking.mission-meeting.scheduled.v1',
      'org.icn.matchmaking.mission-meeting.cancelled.v1',
    ]);
    expect(events.map((record) => (record.json as { subjectsequence: number }).subjectsequence)).toEqual([1, 2, 3, 4]);
    const agendaEvents = await waitFor(
      async () => {
        const records = (await readTopic(mm.brokers, Topics.matchmakingMissionAgenda, { timeoutMs: 3_000 })).filter((record) => record.key === missionId);
        return records.length === 1 ? records : null;
      },
      { timeoutMs: 40_000, description: 'the agenda event on its topic' },
    );
    expect((agendaEvents[0]?.json as { type: string }).type).toBe('org.icn.matchmaking.mission-agenda.set.v1');
  });

  it('gives a contested slot to one of two concurrent acceptances sharing a participant; the other is a 409 naming it', async () => {
    const ten = `${secondDay}T10:00`;
    // Two tables now, so the only contested thing is the city's time.
    const grown = await client.request('PUT', `/missions/${missionId}/agenda`, organiserManager, {
      slotMinutes: 30,
      tables: 2,
      days: [{ date: firstDay, startTimes: ['09:00', '09:30'] }, { date: secondDay, startTimes: ['10:00'] }],
    });
    expect(grown.status).toBe(200);
    const first = await request(memberOf(alpha), { delegateOrganisationId: alpha.organisationId, ownerId: city.ownerId, message: 'Second try', slot: ten });
    const second = await request(memberOf(beta), { delegateOrganisationId: beta.organisationId, ownerId: city.ownerId, message: 'Also the city', slot: ten });
    const outcomes = await Promise.all([first, second].map((requested) => accept(meeting(requested.body).meetingId, hostManager)));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([200, 409]);
    expect(outcomes.find((outcome) => outcome.status === 409)?.text).toContain(
      `NYC Department of Environmental Protection (local owner ${city.ownerId}) already has a meeting in slot ${ten}`,
    );
    // The slot length cannot change under scheduled meetings.
    const shorter = await client.request('PUT', `/missions/${missionId}/agenda`, organiserManager, { slotMinutes: 20, tables: 2, days: [{ date: secondDay, startTimes: ['10:00'] }] });
    expect(shorter.status).toBe(409);
    expect(shorter.text).toContain('cannot change the slot length');
  });

  it('answers 400 naming the field, 403 out of scope, 404 unknown, and replays an Idempotency-Key', async () => {
    const badAgenda = await client.request('PUT', `/missions/${missionId}/agenda`, organiserManager, { slotMinutes: 0, tables: 1, days: [{ date: firstDay, startTimes: ['09:00'] }] });
    expect(badAgenda.status).toBe(400);
    expect(badAgenda.text).toContain('slotMinutes');
    const outside = await client.request('PUT', `/missions/${missionId}/agenda`, organiserManager, { slotMinutes: 30, tables: 2, days: [{ date: day(90), startTimes: ['09:00'] }] });
    expect(outside.status).toBe(400);
    expect(outside.text).toContain('days[0].date');
    const noMessage = await request(memberOf(beta), { delegateOrganisationId: beta.organisationId, ownerId: city.ownerId });
    expect(noMessage.status).toBe(400);
    expect(noMessage.text).toContain('message');
    const notASlot = await request(memberOf(beta), { delegateOrganisationId: beta.organisationId, ownerId: brooklynOwner.ownerId, message: 'x', slot: `${firstDay}T08:00` });
    expect(notASlot.status).toBe(400);
    expect(notASlot.text).toContain('slot');
    // A rejected applicant is not on the mission; Beta may not act for Alpha.
    expect((await request(memberOf(gamma), { delegateOrganisationId: gamma.organisationId, ownerId: city.ownerId, message: 'x' })).status).toBe(403);
    expect((await request(memberOf(beta), { delegateOrganisationId: alpha.organisationId, ownerId: city.ownerId, message: 'x' })).status).toBe(403);
    expect((await client.request('GET', `/missions/${missionId}/meetings/${randomUUID()}`, hostManager)).status).toBe(404);
    expect((await client.request('GET', `/missions/${randomUUID()}/agenda`, hostManager)).status).toBe(404);

    const key = randomUUID();
    const body = { delegateOrganisationId: beta.organisationId, ownerId: brooklynOwner.ownerId, message: 'Idempotent' };
    // Beta–Brooklyn's first meeting is scheduled: cancel it, then request anew twice with one key.
    type MeetingPage = { items: MissionMeetingSnapshotV1[]; nextCursor: string | null };
    const visible = ((await client.request('GET', `/missions/${missionId}/meetings?limit=100`, memberOf(beta))).body as MeetingPage).items;
    const live = visible.find((candidate) => candidate.owner.ownerId === brooklynOwner.ownerId && candidate.status === 'scheduled');
    expect(live).toBeDefined();
    // Paged like every list: pages of one walk the same meetings, in the same order, each once.
    const walked: string[] = [];
    for (let cursor: string | null = '', pages = 0; cursor !== null && pages < 100; pages++) {
      const page = (await client.request('GET', `/missions/${missionId}/meetings?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, memberOf(beta))).body as MeetingPage;
      walked.push(...page.items.map((meeting) => meeting.meetingId));
      cursor = page.nextCursor;
    }
    expect(visible.length).toBeGreaterThan(1);
    expect(walked).toEqual(visible.map((meeting) => meeting.meetingId));
    const again = await request(memberOf(beta), body);
    expect(again.status).toBe(409);
    expect(again.text).toContain('already have a scheduled meeting');
    expect((await post(`/meetings/${live?.meetingId ?? ''}/cancel`, hostManager)).status).toBe(200);
    const firstTry = await request(memberOf(beta), body, key);
    const retry = await request(memberOf(beta), body, key);
    expect([firstTry.status, retry.status]).toEqual([201, 201]);
    expect(meeting(retry.body).meetingId).toBe(meeting(firstTry.body).meetingId);
    const declined = await post(`/meetings/${meeting(firstTry.body).meetingId}/decline`, memberOf(brooklyn), { reason: 'Not this time' });
    expect(meeting(declined.body)).toMatchObject({ status: 'declined', declineReason: 'Not this time' });
    expect((await post(`/meetings/${meeting(firstTry.body).meetingId}/accept`, memberOf(brooklyn))).status).toBe(409);
  });
});
