import { DocumentedResponses, PrincipalTestClient, readTopic, type TestPrincipal, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { ClusterRegistered, OrganisationJoined, Topics, type IntroductionSnapshotV1, type OrganisationSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';

interface FeedbackReason {
  kind: string;
  rule?: string;
  outcome?: string;
  factor?: number;
  organisationIds?: string[];
}
interface OrganisationMatch {
  organisationId: string;
  name: string;
  score: number;
  reasons: FeedbackReason[];
}

/**
 * Introductions against the real app, Kafka and FerretDB. Two clusters: A's side ("home": Alpha,
 * Delta, Golf) and B's side ("away": Bravo, Echo). Alpha → Bravo scores 22 (the matches spec's
 * network); Golf answers Alpha's offer too but scores less, above 11, so halving Bravo reorders them.
 * Delta and Echo work in water, apart from the others, for the track-record test.
 */
describe('introductions HTTP (real app, real Kafka and FerretDB)', () => {
  let mm: MatchmakingTestApp;
  let client: PrincipalTestClient;
  const home = `in-home-${randomUUID().slice(0, 8)}`;
  const away = `in-away-${randomUUID().slice(0, 8)}`;
  const member = (clusterId: string, overrides: Partial<OrganisationSnapshotV1>): OrganisationSnapshotV1 =>
    anOrganisation({ clusterId, helixType: 'company', companySize: 'sme', offers: [], needs: [], ...overrides });
  const alpha = member(home, {
    name: 'Alpha Heat',
    country: 'DK',
    sectors: ['district-heating', 'energy-efficiency'],
    technologies: ['heat-pumps', 'thermal-storage'],
    offers: ['Heat pump design'],
    needs: ['Pilot sites in Germany'],
  });
  const bravo = member(away, {
    name: 'Bravo Storage',
    helixType: 'research-institution',
    companySize: undefined,
    country: 'DE',
    sectors: ['district-heating'],
    technologies: ['thermal-storage'],
    needs: ['Heat pump design'],
  });
  const golf = member(home, { name: 'Golf Research', helixType: 'research-institution', companySize: undefined, country: 'DE', sectors: ['water'], needs: ['Heat pump design'] });
  const delta = member(home, { name: 'Delta Water', country: 'DK', sectors: ['water'], technologies: ['membrane-filtration'], offers: ['Membrane filtration'], needs: ['Pilot sites in Sweden'] });
  const echo = member(away, { name: 'Echo Lab', helixType: 'research-institution', companySize: undefined, country: 'SE', sectors: ['water'], needs: ['Membrane filtration'] });

  const alphaMember: TestPrincipal = { role: 'member', clusterId: home, organisationId: alpha.organisationId };
  const bravoMember: TestPrincipal = { role: 'member', clusterId: away, organisationId: bravo.organisationId };
  const homeManager: TestPrincipal = { role: 'cluster-manager', clusterId: home };
  const awayManager: TestPrincipal = { role: 'cluster-manager', clusterId: away };
  const strangerManager: TestPrincipal = { role: 'cluster-manager', clusterId: 'in-elsewhere' };
  const admin: TestPrincipal = { role: 'network-admin' };

  const ask = (as: TestPrincipal, body: object, key?: string) => client.request('POST', '/introductions', as, body, key);
  const act = (as: TestPrincipal, id: string, action: string, body: object = {}) => client.request('POST', `/introductions/${id}/${action}`, as, body);
  const introduction = (body: unknown) => body as IntroductionSnapshotV1;
  const request = (requester: OrganisationSnapshotV1, target: OrganisationSnapshotV1, purpose = 'partnership') => ({
    requesterOrganisationId: requester.organisationId,
    targetOrganisationId: target.organisationId,
    purpose,
    message: `${requester.name} would like to meet ${target.name}`,
  });
  const partnersOf = async (organisationId: string): Promise<OrganisationMatch[]> =>
    ((await mm.get(`/matches/organisations/${organisationId}/organisations`)).body as { items: OrganisationMatch[] }).items;
  const matchOf = async (organisationId: string, otherId: string): Promise<OrganisationMatch> => {
    const found = (await partnersOf(organisationId)).find((match) => match.organisationId === otherId);
    if (found === undefined) throw new Error(`${otherId} is not among ${organisationId}'s matches`);
    return found;
  };
  const eventsOf = (introductionId: string, count: number) =>
    waitFor(
      async () => {
        const records = (await readTopic(mm.brokers, Topics.matchmakingIntroduction, { timeoutMs: 3_000 })).filter((record) => record.key === introductionId);
        return records.length === count ? records.map((record) => record.json as { type: string; subjectsequence: number; data: { introduction: IntroductionSnapshotV1 } }) : null;
      },
      { timeoutMs: 40_000, description: `${count} events of introduction ${introductionId} on the topic` },
    );

  beforeAll(async () => {
    mm = await startMatchmakingTestApp();
    // Every answer is checked against the service's OpenAPI document: a response class that lies fails the flow.
    client = new PrincipalTestClient(mm.baseUrl, await DocumentedResponses.of(mm.baseUrl));
    const producer = await MembershipEventProducer.connect(mm.brokers);
    try {
      for (const clusterId of [home, away]) {
        await producer.send(Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: clusterId, sequence: 1, data: { cluster: aCluster({ clusterId, secretariat: false }) }, source: 'membership' }));
      }
      for (const organisation of [alpha, bravo, golf, delta, echo]) {
        await producer.send(
          Topics.membershipOrganisation,
          buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' }),
        );
      }
    } finally {
      await producer.disconnect();
    }
    await waitFor(async () => (await partnersOf(alpha.organisationId))?.length >= 2 && (await partnersOf(delta.organisationId))?.some((m) => m.organisationId === echo.organisationId), {
      timeoutMs: 30_000,
      description: 'the five organisations in the directory and the matching index',
    });
  });

  afterAll(async () => {
    await mm?.close();
  });

  it('runs request → duplicate refused → accept → outcome (lowering the pair in ranking) → correction, with every event on the topic', async () => {
    const before = await partnersOf(alpha.organisationId);
    expect(before.map((match) => match.name).slice(0, 2)).toEqual(['Bravo Storage', 'Golf Research']);
    expect(before[0]?.score).toBe(22);
    // Golf is second, but above half of Bravo's score: halving Bravo must reorder them.
    expect(before[1]?.score).toBeGreaterThan(11);

    const requested = await ask(alphaMember, request(alpha, bravo, 'research-cooperation'));
    expect(requested.status).toBe(201);
    const first = introduction(requested.body);
    expect(first).toMatchObject({ status: 'pending', version: 1, requesterClusterId: home, targetClusterId: away, targetOrganisationName: 'Bravo Storage' });

    // A second pending request for the same ordered pair, even from A's cluster manager, names the open one.
    const duplicate = await ask(homeManager, request(alpha, bravo));
    expect(duplicate.status).toBe(409);
    expect(JSON.stringify(duplicate.body)).toContain(first.introductionId);

    // Both sides and their cluster managers read it; nobody else does; A cannot accept its own request.
    for (const reader of [alphaMember, bravoMember, homeManager, awayManager, admin]) {
      expect((await client.request('GET', `/introductions/${first.introductionId}`, reader)).status).toBe(200);
    }
    expect((await client.request('GET', `/introductions/${first.introductionId}`, strangerManager)).status).toBe(403);
    expect((await act(alphaMember, first.introductionId, 'accept')).status).toBe(403);
    expect((await act(strangerManager, first.introductionId, 'accept')).status).toBe(403);

    const outcomeTooEarly = await act(alphaMember, first.introductionId, 'outcome', { outcome: 'joint-proposal' });
    expect(outcomeTooEarly.status).toBe(409);
    expect(JSON.stringify(outcomeTooEarly.body)).toContain('it is pending');

    const accepted = await act(bravoMember, first.introductionId, 'accept');
    expect(accepted.status).toBe(200);
    expect(introduction(accepted.body)).toMatchObject({ status: 'accepted', version: 2 });
    const again = await act(awayManager, first.introductionId, 'decline', { reason: 'Changed our mind' });
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).toContain('it is accepted, only pending introductions can be declined');

    // A's cluster manager records that nothing came of it: Bravo drops below Golf in Alpha's ranking.
    const recorded = await act(homeManager, first.introductionId, 'outcome', { outcome: 'no-further-contact', note: 'No common project' });
    expect(recorded.status).toBe(200);
    expect(introduction(recorded.body)).toMatchObject({ status: 'accepted', version: 3, outcome: { outcome: 'no-further-contact', note: 'No common project' } });
    const after = await partnersOf(alpha.organisationId);
    expect(after.map((match) => match.name).slice(0, 2)).toEqual(['Golf Research', 'Bravo Storage']);
    const penalised = await matchOf(alpha.organisationId, bravo.organisationId);
    expect(penalised.score).toBeCloseTo(11);
    expect(penalised.reasons).toContainEqual(
      expect.objectContaining({ kind: 'outcome-feedback', rule: 'previous-introduction', outcome: 'no-further-contact', factor: 0.5 }),
    );
    // Symmetric: Bravo sees Alpha lowered too.
    expect((await matchOf(bravo.organisationId, alpha.organisationId)).score).toBeCloseTo(11);

    // B's side corrects it later (latest wins): the penalty goes.
    const corrected = await act(bravoMember, first.introductionId, 'outcome', { outcome: 'follow-up-meeting' });
    expect(introduction(corrected.body)).toMatchObject({ version: 4, outcome: { outcome: 'follow-up-meeting' } });
    const restored = await matchOf(alpha.organisationId, bravo.organisationId);
    expect(restored.score).toBeGreaterThan(22);
    expect(restored.reasons.some((reason) => reason.rule === 'previous-introduction')).toBe(false);

    const events = await eventsOf(first.introductionId, 4);
    expect(events.map((event) => event.type)).toEqual([
      'org.icn.matchmaking.introduction.requested.v1',
      'org.icn.matchmaking.introduction.accepted.v1',
      'org.icn.matchmaking.introduction.outcome-recorded.v1',
      'org.icn.matchmaking.introduction.outcome-recorded.v1',
    ]);
    expect(events.map((event) => event.subjectsequence)).toEqual([1, 2, 3, 4]);
    expect(events[2]?.data.introduction.outcome?.outcome).toBe('no-further-contact');
  });

  it('frees the pair once decided: a new request may follow, be withdrawn, and another be declined with a reason', async () => {
    const second = introduction((await ask(alphaMember, request(alpha, bravo, 'supplier'))).body);
    expect(second.status).toBe('pending');
    // Only A's side withdraws.
    expect((await act(bravoMember, second.introductionId, 'withdraw')).status).toBe(403);
    const withdrawn = await act(alphaMember, second.introductionId, 'withdraw');
    expect(introduction(withdrawn.body)).toMatchObject({ status: 'withdrawn', version: 2 });

    const third = introduction((await ask(homeManager, request(alpha, bravo, 'customer'))).body);
    const declined = await act(awayManager, third.introductionId, 'decline', { reason: 'Not buying this year' });
    expect(introduction(declined.body)).toMatchObject({ status: 'declined', declineReason: 'Not buying this year' });
    expect((await act(bravoMember, third.introductionId, 'accept')).status).toBe(409);

    expect((await eventsOf(second.introductionId, 2)).map((event) => event.type)).toEqual([
      'org.icn.matchmaking.introduction.requested.v1',
      'org.icn.matchmaking.introduction.withdrawn.v1',
    ]);
    expect((await eventsOf(third.introductionId, 2)).map((event) => event.subjectsequence)).toEqual([1, 2]);
  });

  it('raises the track record of organisations whose introduction ended in a cooperation agreement', async () => {
    const before = await matchOf(delta.organisationId, echo.organisationId);
    expect(before.reasons.some((reason) => reason.kind === 'outcome-feedback')).toBe(false);

    const created = introduction((await ask(admin, request(delta, echo, 'research-cooperation'))).body);
    expect((await act(awayManager, created.introductionId, 'accept')).status).toBe(200);
    expect((await act(homeManager, created.introductionId, 'outcome', { outcome: 'cooperation-agreement' })).status).toBe(200);

    const after = await matchOf(delta.organisationId, echo.organisationId);
    expect(after.score).toBeGreaterThan(before.score);
    const trackRecord = after.reasons.find((reason) => reason.kind === 'outcome-feedback' && reason.rule === 'track-record');
    expect(trackRecord?.factor).toBeGreaterThan(1);
    expect(trackRecord?.organisationIds).toEqual(expect.arrayContaining([delta.organisationId, echo.organisationId]));
  });

  it('lists what the caller may see, by organisation and status, with cursor pagination', async () => {
    const accepted = await client.request('GET', `/introductions?organisationId=${alpha.organisationId}&status=accepted`, bravoMember);
    expect(accepted.status).toBe(200);
    const page = accepted.body as { items: IntroductionSnapshotV1[]; nextCursor: string | null };
    expect(page.items.map((item) => [item.requesterOrganisationName, item.targetOrganisationName, item.status])).toEqual([['Alpha Heat', 'Bravo Storage', 'accepted']]);

    // Alpha's member sees Alpha's three; the stranger cluster sees none; pages of one chain by cursor.
    const firstPage = (await client.request('GET', '/introductions?limit=2', alphaMember)).body as { items: IntroductionSnapshotV1[]; nextCursor: string };
    expect(firstPage.items).toHaveLength(2);
    const secondPage = (await client.request('GET', `/introductions?limit=2&cursor=${firstPage.nextCursor}`, alphaMember)).body as {
      items: IntroductionSnapshotV1[];
      nextCursor: string | null;
    };
    expect(secondPage.items).toHaveLength(1);
    expect(secondPage.nextCursor).toBeNull();
    expect(new Set([...firstPage.items, ...secondPage.items].map((item) => item.introductionId)).size).toBe(3);
    expect(((await client.request('GET', '/introductions', strangerManager)).body as { items: unknown[] }).items).toEqual([]);
    // Home's manager sees its members' four (three of Alpha, one of Delta).
    expect(((await client.request('GET', '/introductions', homeManager)).body as { items: unknown[] }).items).toHaveLength(4);
    expect((await client.request('GET', '/introductions?cursor=forged', alphaMember)).status).toBe(400);
  });

  it('answers 400 naming the field, 403 out of scope, 404 unknown, and replays an Idempotency-Key', async () => {
    const badPurpose = await ask(alphaMember, { ...request(alpha, golf), purpose: 'friendship' });
    expect(badPurpose.status).toBe(400);
    expect(JSON.stringify(badPurpose.body)).toContain('purpose');
    const noMessage = await ask(alphaMember, { ...request(alpha, golf), message: '   ' });
    expect(noMessage.status).toBe(400);
    expect(JSON.stringify(noMessage.body)).toContain('message');
    const self = await ask(alphaMember, request(alpha, alpha));
    expect(self.status).toBe(400);
    expect(JSON.stringify(self.body)).toContain('targetOrganisationId');
    const badOutcome = await act(alphaMember, randomUUID(), 'outcome', { outcome: 'married' });
    expect(badOutcome.status).toBe(400);
    expect(JSON.stringify(badOutcome.body)).toContain('outcome');

    // A member asks only for its own organisation; another cluster's manager not for ours.
    expect((await ask(alphaMember, request(delta, echo))).status).toBe(403);
    expect((await ask(awayManager, request(alpha, golf))).status).toBe(403);

    expect((await ask(alphaMember, { ...request(alpha, golf), targetOrganisationId: randomUUID() })).status).toBe(404);
    expect((await client.request('GET', `/introductions/${randomUUID()}`, alphaMember)).status).toBe(404);
    expect((await act(bravoMember, randomUUID(), 'accept')).status).toBe(404);

    // The same request retried with its key is the same introduction, not a duplicate-pair 409.
    const key = randomUUID();
    const firstTry = await ask(alphaMember, request(alpha, golf), key);
    const retry = await ask(alphaMember, request(alpha, golf), key);
    expect([firstTry.status, retry.status]).toEqual([201, 201]);
    expect(introduction(retry.body).introductionId).toBe(introduction(firstTry.body).introductionId);
  });
});
