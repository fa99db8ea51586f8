import { randomUUID } from 'node:crypto';
import { ClusterRegistered, OrganisationJoined, Topics, type OrganisationSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { waitFor } from '@icn/testing';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';
import { anOpportunitySnapshot } from '../opportunities/testing/opportunity-snapshot.fixtures';
import { OpportunityEventProducer } from './testing/opportunity-event.producer';

interface Reason {
  kind: string;
  contribution: number;
}
interface Match {
  score: number;
  reasons: Reason[];
}
interface OrganisationMatch extends Match {
  organisationId: string;
  name: string;
}
interface OpportunityMatch extends Match {
  opportunityId: string;
  title: string;
}

/**
 * Hand-built network whose right rankings are known (weights in matching/matching-weights.ts):
 *
 * Tender (district-heating + energy-efficiency, heat-pumps + thermal-storage) -> organisations:
 *   Alpha Heat    both sectors, both technologies   2+2+4+4 = 12
 *   Delta Heat    (joins later) energy-efficiency, both technologies   2+4+4 = 10
 *   Bravo Storage district-heating, thermal-storage 2+4     = 6
 *   Charlie Water nothing in common: not ranked
 * Alpha Heat -> organisations: Bravo Storage answers nothing of Alpha's needs but needs what
 *   Alpha offers ("Heat pump design", +10), is a research institution (company+research +3), in
 *   Germany which Alpha's need names (+3), and shares district-heating and thermal-storage (+6): 22.
 */
describe('matchmaking matches HTTP (real app, real Kafka and FerretDB)', () => {
  let mm: MatchmakingTestApp;
  let membership: MembershipEventProducer;
  let opportunities: OpportunityEventProducer;
  const clusterId = `mm-${randomUUID().slice(0, 8)}`;

  const member = (overrides: Partial<OrganisationSnapshotV1>): OrganisationSnapshotV1 =>
    anOrganisation({ clusterId, helixType: 'company', companySize: 'sme', offers: [], needs: [], ...overrides });
  const alpha = member({
    name: 'Alpha Heat',
    country: 'DK',
    sectors: ['district-heating', 'energy-efficiency'],
    technologies: ['heat-pumps', 'thermal-storage'],
    offers: ['Heat pump design'],
    needs: ['Pilot sites in Germany'],
  });
  const bravo = member({
    name: 'Bravo Storage',
    helixType: 'research-institution',
    companySize: undefined,
    country: 'DE',
    sectors: ['district-heating'],
    technologies: ['thermal-storage'],
    needs: ['Heat pump design'],
  });
  const charlie = member({ name: 'Charlie Water', country: 'SE', sectors: ['water'], technologies: ['membrane-filtration'] });
  const delta = member({ name: 'Delta Heat', country: 'FI', companySize: 'large', sectors: ['energy-efficiency'], technologies: ['heat-pumps', 'thermal-storage'] });

  const tender = anOpportunitySnapshot({
    title: 'District heating retrofit',
    sectors: ['district-heating', 'energy-efficiency'],
    technologies: ['heat-pumps', 'thermal-storage'],
  });
  const storageCall = anOpportunitySnapshot({ title: 'Seasonal storage call', sectors: ['energy-efficiency'], technologies: ['thermal-storage'] });

  const joined = (organisation: OrganisationSnapshotV1) =>
    buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' });

  const forOpportunity = async (opportunityId: string, query = ''): Promise<OrganisationMatch[]> =>
    ((await mm.get(`/matches/opportunities/${opportunityId}/organisations${query}`)).body as { items: OrganisationMatch[] }).items;
  const partnersOf = async (organisationId: string): Promise<OrganisationMatch[]> =>
    ((await mm.get(`/matches/organisations/${organisationId}/organisations`)).body as { items: OrganisationMatch[] }).items;
  const opportunitiesFor = async (organisationId: string): Promise<OpportunityMatch[]> =>
    ((await mm.get(`/matches/organisations/${organisationId}/opportunities`)).body as { items: OpportunityMatch[] }).items;
  const names = (matches: readonly OrganisationMatch[]): [string, number][] => matches.map((match) => [match.name, match.score]);

  beforeAll(async () => {
    mm = await startMatchmakingTestApp();
    membership = await MembershipEventProducer.connect(mm.brokers);
    opportunities = new OpportunityEventProducer(membership);
    await membership.send(Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: clusterId, sequence: 1, data: { cluster: aCluster({ clusterId }) }, source: 'membership' }));
    await membership.send(Topics.membershipOrganisation, joined(alpha), joined(bravo), joined(charlie));
    await opportunities.published(tender);
    await opportunities.published(storageCall);
    await waitFor(async () => (await opportunitiesFor(alpha.organisationId))?.length === 2 && (await forOpportunity(tender.opportunityId))?.length === 2, {
      timeoutMs: 30_000,
      description: 'three organisations and two opportunities in the matching index',
    });
  });

  afterAll(async () => {
    await membership?.disconnect();
    await mm?.close();
  });

  it('ranks organisations for an opportunity, with the explanation', async () => {
    const ranked = await forOpportunity(tender.opportunityId);

    expect(names(ranked)).toEqual([
      ['Alpha Heat', 12],
      ['Bravo Storage', 6],
    ]);
    expect(ranked[0]?.reasons).toEqual([
      { kind: 'sector', sector: 'district-heating', weight: 2, contribution: 2 },
      { kind: 'sector', sector: 'energy-efficiency', weight: 2, contribution: 2 },
      { kind: 'technology', technology: 'heat-pumps', weight: 4, contribution: 4 },
      { kind: 'technology', technology: 'thermal-storage', weight: 4, contribution: 4 },
    ]);
    expect(names(await forOpportunity(tender.opportunityId, '?limit=1'))).toEqual([['Alpha Heat', 12]]);
    expect(names(await forOpportunity(tender.opportunityId, '?minScore=7'))).toEqual([['Alpha Heat', 12]]);
  });

  it('ranks partner organisations, explaining the offer/need pair, country and helix', async () => {
    const [best, ...rest] = await partnersOf(alpha.organisationId);

    expect(rest).toEqual([]);
    expect(best).toMatchObject({ organisationId: bravo.organisationId, name: 'Bravo Storage', score: 22 });
    expect(best?.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'offer-need', offeredBy: alpha.organisationId, offer: 'Heat pump design', neededBy: bravo.organisationId, contribution: 10 }),
        expect.objectContaining({ kind: 'country', rule: 'country-named-in-need', country: 'DE', contribution: 3 }),
        expect.objectContaining({ kind: 'helix', rule: 'helix-complementarity', pair: 'company+research-institution', contribution: 3 }),
      ]),
    );
  });

  it('ranks open opportunities for an organisation', async () => {
    const ranked = await opportunitiesFor(alpha.organisationId);

    expect(ranked.map((match) => [match.title, match.score])).toEqual([
      ['District heating retrofit', 12],
      ['Seasonal storage call', 6],
    ]);
    expect(ranked[1]?.reasons.map((reason) => reason.kind)).toEqual(['sector', 'technology']);
  });

  it('ranks an organisation that joins later, as soon as its event is applied', async () => {
    await membership.send(Topics.membershipOrganisation, joined(delta));

    const ranked = await waitFor(async () => {
      const current = await forOpportunity(tender.opportunityId);
      return current.length === 3 ? current : undefined;
    }, { timeoutMs: 30_000, description: 'Delta Heat in the tender ranking' });
    expect(names(ranked)).toEqual([
      ['Alpha Heat', 12],
      ['Delta Heat', 10],
      ['Bravo Storage', 6],
    ]);
    expect((await partnersOf(alpha.organisationId)).map((match) => match.name)).toEqual(['Bravo Storage', 'Delta Heat']);
  });

  it('drops a closed opportunity from organisation -> opportunities', async () => {
    await opportunities.closed(storageCall);

    await waitFor(async () => (await opportunitiesFor(alpha.organisationId)).length === 1, { timeoutMs: 30_000, description: 'the storage call closed' });
    expect((await opportunitiesFor(alpha.organisationId)).map((match) => match.title)).toEqual(['District heating retrofit']);
    // Still known (not a 404), just no longer matched.
    const closed = await mm.get(`/matches/opportunities/${storageCall.opportunityId}/organisations`);
    expect(closed).toEqual({ status: 200, body: { items: [] } });
  });

  it('answers 404 for unknown ids and 400 naming the bad parameter', async () => {
    expect((await mm.get(`/matches/opportunities/${randomUUID()}/organisations`)).status).toBe(404);
    expect((await mm.get(`/matches/organisations/${randomUUID()}/organisations`)).status).toBe(404);
    expect((await mm.get(`/matches/organisations/${randomUUID()}/opportunities`)).status).toBe(404);

    const badLimit = await mm.get(`/matches/organisations/${alpha.organisationId}/opportunities?limit=0`);
    expect(badLimit.status).toBe(400);
    expect(JSON.stringify(badLimit.body)).toMatch(/limit/);
    const badScore = await mm.get(`/matches/opportunities/${tender.opportunityId}/organisations?minScore=high`);
    expect(badScore.status).toBe(400);
    expect(JSON.stringify(badScore.body)).toMatch(/minScore/);
    expect((await mm.get(`/matches/organisations/${alpha.organisationId}/organisations?colour=blue`)).status).toBe(400);
    expect((await mm.get('/matches/organisations/not-a-uuid/organisations')).status).toBe(400);
    expect((await mm.get(`/matches/organisations/${alpha.organisationId}/organisations`, null)).status).toBe(401);
  });

  it('documents the rankings in OpenAPI and reports the index in readiness', async () => {
    const paths = Object.keys(((await mm.get('/docs-json', null)).body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/matches/opportunities/{opportunityId}/organisations',
        '/matches/organisations/{organisationId}/organisations',
        '/matches/organisations/{organisationId}/opportunities',
      ]),
    );
    const ready = await mm.get('/health/ready', null);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ details: { 'matching-index': { status: 'up' } } });
  });

  it('gives the same rankings after a restart: the index is rebuilt from the read models', async () => {
    const rankings = async () => ({
      forTender: await forOpportunity(tender.opportunityId),
      partnersOfAlpha: await partnersOf(alpha.organisationId),
      opportunitiesForAlpha: await opportunitiesFor(alpha.organisationId),
    });
    const before = await rankings();

    await mm.stop();
    mm = await startMatchmakingTestApp(mm);

    // No waiting: the index is loaded before the app listens, and nothing new is on the topics.
    const after = await rankings();
    expect(after).toEqual(before);
    expect(names(after.forTender)).toEqual([
      ['Alpha Heat', 12],
      ['Delta Heat', 10],
      ['Bravo Storage', 6],
    ]);
  });
});
