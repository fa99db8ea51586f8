import { randomUUID } from 'node:crypto';
import {
  ApplicationDrafted,
  ApplicationWithdrawn,
  ClusterRegistered,
  OrganisationJoined,
  ProgrammeRegistered,
  ProgrammeUpdated,
  Topics,
  type ApplicationSnapshotV1,
  type OrganisationSnapshotV1,
  type ProgrammeSnapshotV1,
} from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { DEFAULT_JWT_ISSUER, mintToken, type Role } from '@icn/platform';
import { awaitGroupPast, waitFor } from '@icn/testing';
import type { RecordMetadata } from 'kafkajs';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';
import { PROGRAMME_AS_PARTY } from './domain/programme-profile';
import type { ProgrammeMatchListView } from './http/programme-match.views';
import { anApplicationSnapshot } from './testing/application-snapshot.fixtures';
import { aProgrammeSnapshot } from './testing/programme-snapshot.fixtures';

/**
 * Members ranked for a partner programme, with the real app, Kafka and FerretDB: the network
 * service's programme events on the real topic (played here, keyed by programme id, sequence = version),
 * the directory from membership's events, the ranking over HTTP. Scores from matching-weights.ts:
 * a sector 2, an offer/need pair 10 x similarity, the helix type the programme targets 1.
 */
describe('members ranked for a partner programme (real app, Kafka and FerretDB)', () => {
  let mm: MatchmakingTestApp;
  let producer: MembershipEventProducer;
  const run = randomUUID().slice(0, 6);
  const north = `pgn-${run}`;
  const south = `pgs-${run}`;

  const member = (clusterId: string, overrides: Partial<OrganisationSnapshotV1>): OrganisationSnapshotV1 =>
    anOrganisation({ clusterId, helixType: 'company', companySize: 'sme', technologies: [], offers: [], needs: [], ...overrides });
  const alpha = member(north, { name: 'Alpha Heat', country: 'DK', sectors: ['district-heating'], offers: ['Heat pump design'] });
  const bravo = member(south, { name: 'Bravo Cities', country: 'ES', sectors: ['district-heating', 'energy-efficiency'], needs: ['Pilot sites in cities'] });
  // Eligible by nothing but a sector, of the wrong helix type, or in no listed sector: the last two never appear.
  const lab = member(north, { name: 'North Lab', helixType: 'research-institution', companySize: undefined, sectors: ['district-heating'], offers: ['Heat pumps'] });
  const water = member(south, { name: 'South Water', sectors: ['water'], offers: ['Heat pumps'] });
  const ours = new Set([alpha, bravo, lab, water].map((organisation) => organisation.organisationId));

  const programme = aProgrammeSnapshot({
    title: 'City solutions platform',
    description: 'Cities look for proven solutions: heat pumps, thermal storage and district heating. Pilot sites in European cities.',
    eligibility: { sectors: ['district-heating', 'energy-efficiency'], helixTypes: ['company'], countries: [] },
  });

  const tokenOf = (role: Exclude<Role, 'integrator'>, clusterId?: string) =>
    mintToken({ sub: `int-${role}`, role, ...(clusterId === undefined ? {} : { clusterId }) }, mm.jwtSecret, { issuer: DEFAULT_JWT_ISSUER, expiresIn: '1h' });
  const path = (programmeId: string, query = '') => `/matches/programmes/${programmeId}/organisations${query}`;
  /** The ranking as `token` sees it, this run's organisations only (others may share the broker). */
  const rankingFor = async (programmeId: string, token: string, query = ''): Promise<ProgrammeMatchListView> => {
    const { status, body } = await mm.get(path(programmeId, query), token);
    expect(status).toBe(200);
    const view = body as ProgrammeMatchListView;
    return { ...view, items: view.items.filter((item) => ours.has(item.organisationId)) };
  };
  const registered = (snapshot: ProgrammeSnapshotV1): Promise<RecordMetadata[]> =>
    producer.send(Topics.networkProgramme, buildEvent(ProgrammeRegistered, { subject: snapshot.programmeId, sequence: snapshot.version, data: { programme: snapshot }, source: '/icn/network' }));
  const updated = (snapshot: ProgrammeSnapshotV1): Promise<RecordMetadata[]> =>
    producer.send(Topics.networkProgramme, buildEvent(ProgrammeUpdated, { subject: snapshot.programmeId, sequence: snapshot.version, data: { programme: snapshot }, source: '/icn/network' }));
  const application = (event: typeof ApplicationDrafted | typeof ApplicationWithdrawn, snapshot: ApplicationSnapshotV1): Promise<RecordMetadata[]> =>
    producer.send(Topics.networkApplication, buildEvent(event, { subject: snapshot.applicationId, sequence: snapshot.version, data: { application: snapshot }, source: '/icn/network' }));
  const joined = (organisation: OrganisationSnapshotV1) =>
    buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' });
  const clusterRegistered = (clusterId: string) =>
    buildEvent(ClusterRegistered, { subject: clusterId, sequence: 1, data: { cluster: aCluster({ clusterId }) }, source: 'membership' });

  beforeAll(async () => {
    mm = await startMatchmakingTestApp();
    producer = await MembershipEventProducer.connect(mm.brokers);
    await producer.send(Topics.membershipCluster, clusterRegistered(north), clusterRegistered(south));
    await producer.send(Topics.membershipOrganisation, joined(alpha), joined(bravo), joined(lab), joined(water));
    await waitFor(async () => {
      for (const organisation of [alpha, bravo, lab, water]) {
        if ((await mm.get(`/matches/organisations/${organisation.organisationId}/organisations`)).status !== 200) return undefined;
      }
      return true;
    }, { timeoutMs: 30_000, description: 'the four organisations in the matching index' });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await mm?.close();
  });

  it('ranks the eligible members of every cluster for an open programme, with the reasons adding up to each score', async () => {
    await registered(programme);
    const admin = tokenOf('network-admin');
    const view = await waitFor(async () => ((await mm.get(path(programme.programmeId), admin)).status === 200 ? rankingFor(programme.programmeId, admin) : undefined), {
      timeoutMs: 30_000,
      description: 'the programme in the read model',
    });

    expect(view).toMatchObject({ programmeId: programme.programmeId, title: programme.title, partnerName: programme.partnerName, callWindow: { ...programme.callWindow, phase: 'open' } });
    expect(view).not.toHaveProperty('notRankedBecause');
    expect(view.items.map((item) => [item.name, Number(item.score.toFixed(2))])).toEqual([
      ['Bravo Cities', 13.57],
      ['Alpha Heat', 11],
    ]);
    const [first, second] = view.items;
    expect(first?.reasons).toEqual([
      { kind: 'sector', sector: 'district-heating', weight: 2, contribution: 2 },
      { kind: 'sector', sector: 'energy-efficiency', weight: 2, contribution: 2 },
      {
        kind: 'offer-need',
        offeredBy: PROGRAMME_AS_PARTY,
        offer: 'Pilot sites in European cities',
        neededBy: bravo.organisationId,
        need: 'Pilot sites in cities',
        sharedTerms: ['city', 'pilot', 'site'],
        similarity: 6 / 7,
        weight: 10,
        contribution: 60 / 7,
      },
      { kind: 'helix', rule: 'targeted-helix-type', helixType: 'company', weight: 1, contribution: 1 },
    ]);
    expect(second?.reasons).toContainEqual(expect.objectContaining({ kind: 'offer-need', offeredBy: alpha.organisationId, offer: 'Heat pump design', neededBy: PROGRAMME_AS_PARTY, need: 'heat pumps', contribution: 8 }));
    for (const item of view.items) expect(item.score).toBeCloseTo(item.reasons.reduce((sum, reason) => sum + reason.contribution, 0), 10);
  });

  it('shows every caller the same network-wide ranking (profiles are network-wide), narrowed to one cluster on request', async () => {
    const asAdmin = await rankingFor(programme.programmeId, tokenOf('network-admin'));
    // The manager of the south cluster sees the north cluster's member too, as in every ranking; and a member likewise.
    expect(await rankingFor(programme.programmeId, tokenOf('cluster-manager', south))).toEqual(asAdmin);
    expect(await rankingFor(programme.programmeId, mm.token)).toEqual(asAdmin);

    const ownMembers = await rankingFor(programme.programmeId, tokenOf('cluster-manager', south), `?clusterId=${south}`);
    expect(ownMembers.items.map((item) => item.name)).toEqual(['Bravo Cities']);
    expect((await rankingFor(programme.programmeId, tokenOf('network-admin'), '?limit=1')).items.map((item) => item.name)).toEqual(['Bravo Cities']);
    expect((await rankingFor(programme.programmeId, tokenOf('network-admin'), '?minScore=12')).items.map((item) => item.name)).toEqual(['Bravo Cities']);
  });

  it('leaves out a member that has applied for those who may know of its application only, and takes it back once withdrawn', async () => {
    const draft = anApplicationSnapshot(programme, { organisationId: bravo.organisationId, clusterId: south });
    const drafted = await application(ApplicationDrafted, draft);
    await awaitGroupPast(mm.brokers, mm.programmeConsumerGroup, Topics.networkApplication, drafted);
    const names = (view: ProgrammeMatchListView) => [view.applicantsLeftOut, view.items.map((item) => item.name)];

    // The secretariat and Bravo's cluster manager know of the application; the north manager and
    // another member may not, so their lists do not change (an absence would reveal it).
    expect(names(await rankingFor(programme.programmeId, tokenOf('network-admin')))).toEqual([1, ['Alpha Heat']]);
    expect(names(await rankingFor(programme.programmeId, tokenOf('cluster-manager', south)))).toEqual([1, ['Alpha Heat']]);
    expect(names(await rankingFor(programme.programmeId, tokenOf('cluster-manager', north)))).toEqual([0, ['Bravo Cities', 'Alpha Heat']]);
    expect(names(await rankingFor(programme.programmeId, mm.token))).toEqual([0, ['Bravo Cities', 'Alpha Heat']]);

    const withdrawn = await application(ApplicationWithdrawn, { ...draft, status: 'withdrawn', version: 2, withdrawnAt: new Date().toISOString() });
    await awaitGroupPast(mm.brokers, mm.programmeConsumerGroup, Topics.networkApplication, withdrawn);
    expect(names(await rankingFor(programme.programmeId, tokenOf('network-admin')))).toEqual([0, ['Bravo Cities', 'Alpha Heat']]);
  });

  it('answers an empty list saying why once the call has closed, and a stale redelivery does not reopen it', async () => {
    const closesAt = new Date(Date.now() - 60_000).toISOString();
    const closed: ProgrammeSnapshotV1 = { ...programme, callWindow: { opensAt: programme.callWindow.opensAt, closesAt }, version: 2, updatedAt: new Date().toISOString() };
    await updated(closed);
    const admin = tokenOf('network-admin');
    const view = await waitFor(async () => {
      const current = await rankingFor(programme.programmeId, admin);
      return current.callWindow.phase === 'closed' ? current : undefined;
    }, { timeoutMs: 30_000, description: 'the update in the read model' });
    expect(view).toMatchObject({ items: [], notRankedBecause: `the call closed at ${closesAt}`, callWindow: { closesAt, phase: 'closed' } });

    // The registration again (version 1, as a redelivery brings it): the sequence guard keeps version 2.
    const replayed = await registered(programme);
    await awaitGroupPast(mm.brokers, mm.programmeConsumerGroup, Topics.networkProgramme, replayed);
    expect((await rankingFor(programme.programmeId, admin)).callWindow.phase).toBe('closed');
  });

  it('answers 404 for a programme it does not know and 400 naming a bad query parameter', async () => {
    const admin = tokenOf('network-admin');
    expect((await mm.get(path(randomUUID()), admin)).status).toBe(404);
    for (const [query, field] of [['?limit=0', 'limit'], ['?minScore=-1', 'minScore'], ['?clusterId=Not%20A%20Cluster', 'clusterId'], ['?sort=score', 'sort']] as const) {
      const { status, body } = await mm.get(path(programme.programmeId, query), admin);
      expect([query, status]).toEqual([query, 400]);
      expect(JSON.stringify(body)).toContain(field);
    }
    const badId = await mm.get(path('not-a-uuid'), admin);
    expect(badId.status).toBe(400);
    expect(JSON.stringify(badId.body)).toContain('programmeId');
    expect((await mm.get(path(programme.programmeId), null)).status).toBe(401);
  });
});
