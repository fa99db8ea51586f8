import { DocumentedResponses, PrincipalTestClient, readTopic, type TestPrincipal, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import {
  ClusterRegistered,
  OrganisationJoined,
  Topics,
  type LocalProjectOwnerV1,
  type MissionApplicationV1,
  type OrganisationSnapshotV1,
} from '@icn/contracts';
import { andThen, buildEvent } from '@icn/messaging';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';
import { createMission, openCall } from './domain/mission-lifecycle';
import type { MissionPageView, MissionView } from './http/mission.view';
import { MissionParticipantsReader } from './mission-participants';
import { MissionAggregate } from './persistence/mission.aggregate';

/** A calendar day `offset` days from now (UTC), as YYYY-MM-DD. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('Matchmaking missions HTTP (real app)', () => {
  let mm: MatchmakingTestApp;
  let client: PrincipalTestClient;
  // Fresh cluster ids per run, so the list filters see only this run's missions.
  const organiser = `ms-org-${randomUUID().slice(0, 8)}`;
  const host = `ms-host-${randomUUID().slice(0, 8)}`;
  const other = `ms-other-${randomUUID().slice(0, 8)}`;
  const [a, b, c, d] = ['Alpha Heat ApS', 'Beta Water ApS', 'Gamma Grid ApS', 'Delta Solar ApS'].map((name) => anOrganisation({ clusterId: organiser, name })) as [
    OrganisationSnapshotV1,
    OrganisationSnapshotV1,
    OrganisationSnapshotV1,
    OrganisationSnapshotV1,
  ];
  const e = anOrganisation({ clusterId: other, name: 'Epsilon Wind BV' });
  const hostMember = anOrganisation({ clusterId: host, name: 'Brooklyn Retrofit Inc' });
  const organiserManager: TestPrincipal = { role: 'cluster-manager', clusterId: organiser };
  const hostManager: TestPrincipal = { role: 'cluster-manager', clusterId: host };
  const otherManager: TestPrincipal = { role: 'cluster-manager', clusterId: other };
  const admin: TestPrincipal = { role: 'network-admin' };
  const memberOf = (organisation: OrganisationSnapshotV1): TestPrincipal => ({ role: 'member', clusterId: organisation.clusterId, organisationId: organisation.organisationId });

  const missionBody = (overrides: object = {}) => ({
    title: 'Cleantech mission to New York',
    theme: 'Building decarbonisation',
    description: 'Meet the agencies and developers retrofitting New York’s buildings.',
    hostClusterId: host,
    destination: { city: 'New York', country: 'us' },
    from: day(60),
    to: day(64),
    timeZone: 'America/New_York',
    capacity: 2,
    callCutOff: day(30),
    ...overrides,
  });
  const mission = (body: unknown) => body as MissionView;
  const application = (body: unknown) => body as MissionApplicationV1;
  const statusOf = (view: MissionView, applicationId: string) => view.applications.find((candidate) => candidate.applicationId === applicationId);

  beforeAll(async () => {
    mm = await startMatchmakingTestApp();
    // Every answer is checked against the service's OpenAPI document: a response class that lies fails the flow.
    client = new PrincipalTestClient(mm.baseUrl, await DocumentedResponses.of(mm.baseUrl));
    const producer = await MembershipEventProducer.connect(mm.brokers);
    try {
      for (const cluster of [
        aCluster({ clusterId: organiser, name: 'Mission Organiser' }),
        aCluster({ clusterId: host, name: 'Mission Host', country: 'US', secretariat: false }),
        aCluster({ clusterId: other, name: 'Other Cluster', country: 'NL', secretariat: false }),
      ]) {
        await producer.send(
          Topics.membershipCluster,
          buildEvent(ClusterRegistered, { subject: cluster.clusterId, sequence: 1, data: { cluster }, source: 'membership' }),
        );
      }
      for (const organisation of [a, b, c, d, e, hostMember]) {
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
        const present = await Promise.all([e, hostMember].map((organisation) => mm.get(`/directory/organisations/${organisation.organisationId}`)));
        return (
          (count.body as { total?: number } | undefined)?.total === 4 &&
          present.every((response) => response.status === 200) &&
          (await mm.get(`/directory/clusters/${host}`)).status === 200
        );
      },
      { timeoutMs: 30_000, description: 'the three clusters and six organisations in the directory' },
    );
  });

  afterAll(async () => {
    await mm?.close();
  });

  it('runs a whole mission: create → call → applications → owners → selection → publish → withdrawal promotes the first reserve, with every event on the topic', async () => {
    const created = await client.request('POST', '/missions', organiserManager, missionBody());
    expect(created.status).toBe(201);
    const { missionId } = mission(created.body);
    expect(mission(created.body)).toMatchObject({ status: 'draft', organiserClusterId: organiser, hostClusterId: host, destination: { country: 'US' }, version: 1 });
    // Announcements to the network: a member of another cluster reads it.
    expect((await client.request('GET', `/missions/${missionId}`, memberOf(e))).status).toBe(200);

    expect((await client.request('POST', `/missions/${missionId}/call/open`, organiserManager)).status).toBe(200);

    const apply = async (as: TestPrincipal, organisation: OrganisationSnapshotV1) => {
      const response = await client.request('POST', `/missions/${missionId}/applications`, as, {
        organisationId: organisation.organisationId,
        motivation: `${organisation.name} retrofits buildings`,
        travellers: ['  Ida Jensen ', 'Ole Hansen'],
      });
      expect(response.status).toBe(201);
      return application(response.body).applicationId;
    };
    const appA = await apply(memberOf(a), a);
    const appB = await apply(organiserManager, b);
    const appC = await apply(organiserManager, c);
    const appD = await apply(memberOf(d), d);
    const appE = await apply(otherManager, e);

    const duplicate = await client.request('POST', `/missions/${missionId}/applications`, organiserManager, {
      organisationId: a.organisationId,
      motivation: 'Again',
      travellers: ['Ida Jensen'],
    });
    expect(duplicate.status).toBe(409);
    expect(JSON.stringify(duplicate.body)).toContain('already applied');

    // Applications are private: a member sees only its own, the organiser sees all.
    const seenByA = mission((await client.request('GET', `/missions/${missionId}`, memberOf(a))).body);
    expect(seenByA.applications.map((entry) => entry.applicationId)).toEqual([appA]);
    expect(seenByA.applications[0]?.travellers).toEqual(['Ida Jensen', 'Ole Hansen']);
    expect(seenByA).toMatchObject({ liveApplicationCount: 5, acceptingApplications: true });

    const owner = {
      name: 'NYC Department of Citywide Administrative Services',
      projectDescription: 'Deep retrofit of 200 public schools',
      needs: ['heat pumps', 'building envelope'],
      contactPerson: { name: 'Maria Lopez', email: 'maria.lopez@dcas.example.gov' },
    };
    const added = await client.request('POST', `/missions/${missionId}/local-project-owners`, hostManager, owner);
    expect(added.status).toBe(201);
    const member = await client.request('POST', `/missions/${missionId}/local-project-owners`, hostManager, {
      ...owner,
      name: 'Brooklyn Retrofit',
      organisationId: hostMember.organisationId,
    });
    expect(member.status).toBe(201);
    const temporary = await client.request('POST', `/missions/${missionId}/local-project-owners`, hostManager, { ...owner, name: 'Temporary' });
    const removed = await client.request('DELETE', `/missions/${missionId}/local-project-owners/${(temporary.body as LocalProjectOwnerV1).ownerId}`, hostManager);
    expect(removed.status).toBe(200);
    expect(mission(removed.body).localProjectOwners.map((entry) => entry.name)).toEqual([owner.name, 'Brooklyn Retrofit']);

    // Selection: not while the call is open; never beyond capacity.
    const early = await client.request('POST', `/missions/${missionId}/selection`, organiserManager, { selected: [appA, appB], reserve: [appC, appD], rejected: [appE] });
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toContain('close the call first');
    expect((await client.request('POST', `/missions/${missionId}/call/close`, organiserManager)).status).toBe(200);
    const tooMany = await client.request('POST', `/missions/${missionId}/selection`, organiserManager, { selected: [appA, appB, appC], reserve: [appD], rejected: [appE] });
    expect(tooMany.status).toBe(409);
    expect(JSON.stringify(tooMany.body)).toContain('has a capacity of 2');
    const decided = await client.request('POST', `/missions/${missionId}/selection`, organiserManager, { selected: [appA, appB], reserve: [appC, appD], rejected: [appE] });
    expect(decided.status).toBe(200);
    expect(statusOf(mission(decided.body), appD)).toMatchObject({ status: 'reserve', reserveRank: 2 });

    const published = await client.request('POST', `/missions/${missionId}/selection/publish`, organiserManager);
    expect(published.status).toBe(200);
    expect(mission(published.body).selectedDelegates?.map((delegate) => delegate.name)).toEqual([a.name, b.name]);

    // A selected delegate withdraws: reserve #1 (C) takes the place in the same write, D moves up.
    const withdrawn = await client.request('POST', `/missions/${missionId}/applications/${appA}/withdraw`, memberOf(a));
    expect(withdrawn.status).toBe(200);
    const afterWithdrawal = mission((await client.request('GET', `/missions/${missionId}`, organiserManager)).body);
    expect(statusOf(afterWithdrawal, appA)?.status).toBe('withdrawn');
    expect(statusOf(afterWithdrawal, appC)).toMatchObject({ status: 'selected' });
    expect(statusOf(afterWithdrawal, appD)).toMatchObject({ status: 'reserve', reserveRank: 1 });
    expect(afterWithdrawal.selectedDelegates?.map((delegate) => delegate.name)).toEqual([b.name, c.name]);
    const again = await client.request('POST', `/missions/${missionId}/applications/${appA}/withdraw`, memberOf(a));
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).toContain('it is withdrawn');

    // The agenda's port sees the same delegation and the owners.
    const participants = await mm.app.get(MissionParticipantsReader).find(missionId);
    expect(participants).toMatchObject({ missionId, organiserClusterId: organiser, hostClusterId: host, timeZone: 'America/New_York', status: 'selection-published' });
    expect(participants?.selectedDelegates.map((delegate) => delegate.organisationId)).toEqual([b.organisationId, c.organisationId]);
    expect(participants?.localProjectOwners).toEqual([
      { ownerId: (added.body as LocalProjectOwnerV1).ownerId, name: owner.name },
      { ownerId: (member.body as LocalProjectOwnerV1).ownerId, name: 'Brooklyn Retrofit', organisationId: hostMember.organisationId },
    ]);
    expect(await mm.app.get(MissionParticipantsReader).find(randomUUID())).toBeNull();

    const events = await waitFor(
      async () => {
        const records = (await readTopic(mm.brokers, Topics.matchmakingMission, { timeoutMs: 3_000 })).filter((record) => record.key === missionId);
        return records.length === 16 ? records : null;
      },
      { timeoutMs: 40_000, description: 'sixteen mission events on the topic' },
    );
    const prefix = 'org.icn.matchmaking.mission.';
    expect(events.map((record) => (record.json as { type: string }).type.replace(prefix, ''))).toEqual([
      'created.v1',
      'call-opened.v1',
      'application-submitted.v1',
      'application-submitted.v1',
      'application-submitted.v1',
      'application-submitted.v1',
      'application-submitted.v1',
      'local-project-owner-added.v1',
      'local-project-owner-added.v1',
      'local-project-owner-added.v1',
      'local-project-owner-removed.v1',
      'call-closed.v1',
      'selection-decided.v1',
      'selection-published.v1',
      'application-withdrawn.v1',
      'delegate-promoted.v1',
    ]);
    expect(events.map((record) => (record.json as { subjectsequence: number }).subjectsequence)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
    expect((events[15]?.json as { data: object }).data).toMatchObject({ applicationId: appC, replacingApplicationId: appA, mission: { version: 16 } });
  });

  it('refuses applications after the cut-off with a 409 naming the date, and records the closure when the selection is decided', async () => {
    // A call whose cut-off passed two days ago cannot be created over HTTP (it would be refused),
    // so this one is written as it would have been ten days ago: created and opened then.
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    const created = createMission(
      {
        missionId: randomUUID(),
        title: 'Mission to Nanjing',
        theme: 'Water',
        description: 'Meet Jiangsu water utilities.',
        organiserClusterId: organiser,
        hostClusterId: host,
        destination: { city: 'Nanjing', country: 'CN' },
        from: day(20),
        to: day(24),
        timeZone: 'Asia/Shanghai',
        capacity: 3,
        callCutOff: day(-2),
        createdBy: 'int-test',
      },
      tenDaysAgo,
    );
    // Created and opened ten days ago, committed through the write path as one creation.
    const opened = await mm.app.get(MissionAggregate).create(andThen(created, (state) => openCall(state, tenDaysAgo)));
    const { missionId } = opened;

    const late = await client.request('POST', `/missions/${missionId}/applications`, memberOf(a), {
      organisationId: a.organisationId,
      motivation: 'Too late',
      travellers: ['Ida Jensen'],
    });
    expect(late.status).toBe(409);
    expect(JSON.stringify(late.body)).toContain(`its cut-off, ${day(-2)} (end of day, UTC)`);
    expect(mission((await client.request('GET', `/missions/${missionId}`, memberOf(a))).body).acceptingApplications).toBe(false);

    const decided = await client.request('POST', `/missions/${missionId}/selection`, organiserManager, { selected: [], reserve: [], rejected: [] });
    expect(decided.status).toBe(200);
    expect(mission(decided.body)).toMatchObject({ status: 'call-closed', callClosedBy: 'cut-off', version: 4 });
  });

  it('answers 403 outside the caller’s scope, and stores nothing', async () => {
    const created = await client.request('POST', '/missions', organiserManager, missionBody());
    const { missionId } = mission(created.body);
    // Only cluster managers and the secretariat create; a manager only for its own cluster.
    expect((await client.request('POST', '/missions', memberOf(a), missionBody())).status).toBe(403);
    expect((await client.request('POST', '/missions', otherManager, missionBody({ organiserClusterId: organiser }))).status).toBe(403);
    // Only the organiser side runs the call and the selection; only the host side lists owners.
    expect((await client.request('POST', `/missions/${missionId}/call/open`, hostManager)).status).toBe(403);
    const owner = { name: 'Owner', projectDescription: 'Project', needs: [], contactPerson: { name: 'Contact', email: 'contact@example.org' } };
    expect((await client.request('POST', `/missions/${missionId}/local-project-owners`, organiserManager, owner)).status).toBe(403);
    expect((await client.request('POST', `/missions/${missionId}/call/open`, organiserManager)).status).toBe(200);
    // A member applies only for itself, a manager only for its cluster's members.
    const body = { organisationId: b.organisationId, motivation: 'Not mine', travellers: ['X'] };
    expect((await client.request('POST', `/missions/${missionId}/applications`, memberOf(a), body)).status).toBe(403);
    expect((await client.request('POST', `/missions/${missionId}/applications`, otherManager, body)).status).toBe(403);
    const applied = await client.request('POST', `/missions/${missionId}/applications`, memberOf(b), body);
    expect(applied.status).toBe(201);
    // Nobody else withdraws it.
    expect((await client.request('POST', `/missions/${missionId}/applications/${application(applied.body).applicationId}/withdraw`, memberOf(a))).status).toBe(403);
    expect((await client.request('POST', `/missions/${missionId}/applications/${application(applied.body).applicationId}/withdraw`, hostManager)).status).toBe(403);
    const view = mission((await client.request('GET', `/missions/${missionId}`, organiserManager)).body);
    expect(view.applications.map((entry) => entry.organisationId)).toEqual([b.organisationId]);
    expect(view.version).toBe(3);
  });

  it('answers 400 naming the field, and 404 for unknown missions, clusters and applications', async () => {
    const fieldOf = async (as: TestPrincipal, path: string, body: object) => {
      const response = await client.request('POST', path, as, body);
      expect(response.status).toBe(400);
      return (response.body as { details?: { field: string }[] }).details?.map((detail) => detail.field);
    };
    expect(await fieldOf(organiserManager, '/missions', missionBody({ timeZone: 'Mars/Olympus_Mons' }))).toEqual(['timeZone']);
    expect(await fieldOf(organiserManager, '/missions', missionBody({ callCutOff: day(61) }))).toEqual(['callCutOff']);
    expect(await fieldOf(organiserManager, '/missions', missionBody({ capacity: 0 }))).toEqual(['capacity']);
    expect(await fieldOf(organiserManager, '/missions', missionBody({ destination: { city: 'New York', country: 'XX' } }))).toEqual(['destination.country']);
    expect(await fieldOf(admin, '/missions', missionBody())).toEqual(['organiserClusterId']);
    expect((await client.request('POST', '/missions', organiserManager, missionBody({ hostClusterId: 'no-such-cluster' }))).status).toBe(404);

    const { missionId } = mission((await client.request('POST', '/missions', admin, missionBody({ organiserClusterId: organiser }))).body);
    await client.request('POST', `/missions/${missionId}/call/open`, admin);
    expect(await fieldOf(memberOf(a), `/missions/${missionId}/applications`, { organisationId: a.organisationId, motivation: 'Go', travellers: [] })).toEqual(['travellers']);
    const applied = application((await client.request('POST', `/missions/${missionId}/applications`, memberOf(a), { organisationId: a.organisationId, motivation: 'Go', travellers: ['Ida'] })).body);
    await client.request('POST', `/missions/${missionId}/call/close`, admin);
    expect(await fieldOf(admin, `/missions/${missionId}/selection`, { selected: [], reserve: [], rejected: [] })).toEqual(['rejected']);
    expect(await fieldOf(admin, `/missions/${missionId}/selection`, { selected: [applied.applicationId], reserve: [], rejected: [randomUUID()] })).toEqual(['rejected']);
    expect(await fieldOf(admin, `/missions/${missionId}/selection`, { selected: ['not-a-uuid'], reserve: [], rejected: [] })).toEqual(['selected']);

    expect((await client.request('GET', `/missions/${randomUUID()}`, memberOf(a))).status).toBe(404);
    expect((await client.request('POST', `/missions/${randomUUID()}/call/open`, organiserManager)).status).toBe(404);
    expect((await client.request('POST', `/missions/${missionId}/applications/${randomUUID()}/withdraw`, memberOf(a))).status).toBe(404);
    expect((await client.request('DELETE', `/missions/${missionId}/local-project-owners/${randomUUID()}`, hostManager)).status).toBe(404);

    const cancelled = await client.request('POST', `/missions/${missionId}/cancel`, admin, { reason: 'Travel restrictions' });
    expect(mission(cancelled.body)).toMatchObject({ status: 'cancelled', cancellationReason: 'Travel restrictions' });
    const late = await client.request('POST', `/missions/${missionId}/selection/publish`, admin);
    expect(late.status).toBe(409);
    expect(JSON.stringify(late.body)).toContain('it is cancelled');
  });

  it('replays a creation sent twice with the same Idempotency-Key, and lists missions by host with cursor pagination', async () => {
    const key = randomUUID();
    const firstTry = await client.request('POST', '/missions', organiserManager, missionBody({ title: 'Idempotent' }), key);
    const retry = await client.request('POST', '/missions', organiserManager, missionBody({ title: 'Idempotent' }), key);
    expect([firstTry.status, retry.status]).toEqual([201, 201]);
    expect(mission(retry.body).missionId).toBe(mission(firstTry.body).missionId);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: unknown } = await client.request(
        'GET',
        `/missions?hostClusterId=${host}&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`,
        memberOf(e),
      );
      expect(page.status).toBe(200);
      const body = page.body as MissionPageView;
      seen.push(...body.items.map((item) => item.missionId));
      cursor = body.nextCursor;
    } while (cursor !== null);
    // Every mission of this run is hosted by `host`: the first test's, the backdated one, the 403 and 400 tests' and this one.
    expect(seen).toHaveLength(new Set(seen).size);
    expect(seen).toContain(mission(firstTry.body).missionId);
    expect(seen.length).toBeGreaterThanOrEqual(5);

    const drafts = (await client.request('GET', `/missions?hostClusterId=${host}&status=draft`, memberOf(e))).body as MissionPageView;
    expect(drafts.items.every((item) => item.status === 'draft')).toBe(true);
    expect(drafts.items.map((item) => item.missionId)).toContain(mission(firstTry.body).missionId);
    expect((await client.request('GET', '/missions?cursor=forged', memberOf(e))).status).toBe(400);
    expect((await client.request('GET', '/missions?status=flying', memberOf(e))).status).toBe(400);
  });

  it('keeps one application per organisation and promotes in order under concurrent requests (the mission is one aggregate)', async () => {
    const { missionId } = mission((await client.request('POST', '/missions', organiserManager, missionBody({ capacity: 2 }))).body);
    await client.request('POST', `/missions/${missionId}/call/open`, organiserManager);
    const body = (organisation: OrganisationSnapshotV1) => ({ organisationId: organisation.organisationId, motivation: 'Concurrent', travellers: ['T'] });
    const same = await Promise.all([memberOf(a), organiserManager, admin].map((as) => client.request('POST', `/missions/${missionId}/applications`, as, body(a))));
    expect(same.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    const others = await Promise.all([b, c, d].map((organisation) => client.request('POST', `/missions/${missionId}/applications`, memberOf(organisation), body(organisation))));
    expect(others.map((response) => response.status)).toEqual([201, 201, 201]);
    const [appA, appB, appC, appD] = [same.find((response) => response.status === 201), ...others].map((response) => application(response?.body).applicationId) as [
      string,
      string,
      string,
      string,
    ];

    await client.request('POST', `/missions/${missionId}/call/close`, organiserManager);
    await client.request('POST', `/missions/${missionId}/selection`, organiserManager, { selected: [appA, appB], reserve: [appC, appD], rejected: [] });
    // Both selected delegates withdraw at once: each place goes to the next reserve, none twice.
    const withdrawals = await Promise.all(
      [
        [memberOf(a), appA],
        [memberOf(b), appB],
      ].map(([as, applicationId]) => client.request('POST', `/missions/${missionId}/applications/${applicationId as string}/withdraw`, as as TestPrincipal)),
    );
    expect(withdrawals.map((response) => response.status)).toEqual([200, 200]);
    const view = mission((await client.request('GET', `/missions/${missionId}`, organiserManager)).body);
    expect(view.applications.filter((entry) => entry.status === 'selected').map((entry) => entry.applicationId).sort()).toEqual([appC, appD].sort());
    expect(view.applications.filter((entry) => entry.status === 'reserve')).toEqual([]);
    // created, opened, 4 applications, closed, decided, 2 × (withdrawn + promoted).
    expect(view.version).toBe(12);
  });
});
