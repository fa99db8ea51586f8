import { randomUUID } from 'node:crypto';
import { ClusterRegistered, OrganisationJoined, Topics, type OpportunityMatchesSuggestedV1, type OrganisationSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { awaitGroupPast, readTopic, waitFor, type TopicRecord } from '@icn/testing';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';
import { OpportunityEventProducer } from '../matches/testing/opportunity-event.producer';
import { anOpportunitySnapshot } from '../opportunities/testing/opportunity-snapshot.fixtures';

interface SuggestionEvent {
  type: string;
  subject: string;
  subjectsequence: number;
  data: OpportunityMatchesSuggestedV1;
}

/**
 * Suggestions for new opportunities, with the real app, Kafka and FerretDB. The network is the
 * one of matches-http.int-spec (scores from matching-weights.ts): for the tender, Alpha Heat
 * scores 12 and Bravo Storage 6; the threshold is set to 7 here, so only Alpha is suggested.
 */
describe('matchmaking suggestions for new opportunities (real app, real Kafka and FerretDB)', () => {
  let mm: MatchmakingTestApp;
  let membership: MembershipEventProducer;
  let opportunities: OpportunityEventProducer;
  const clusterId = `sg-${randomUUID().slice(0, 8)}`;

  const member = (overrides: Partial<OrganisationSnapshotV1>): OrganisationSnapshotV1 =>
    anOrganisation({ clusterId, helixType: 'company', companySize: 'sme', offers: [], needs: [], ...overrides });
  const alpha = member({ name: 'Alpha Heat', country: 'DK', sectors: ['district-heating', 'energy-efficiency'], technologies: ['heat-pumps', 'thermal-storage'] });
  const bravo = member({ name: 'Bravo Storage', country: 'DE', sectors: ['district-heating'], technologies: ['thermal-storage'] });
  const tender = () =>
    anOpportunitySnapshot({ title: 'District heating retrofit', sectors: ['district-heating', 'energy-efficiency'], technologies: ['heat-pumps', 'thermal-storage'] });

  const joined = (organisation: OrganisationSnapshotV1) =>
    buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' });

  const ours = new Set([alpha.organisationId, bravo.organisationId]);
  /**
   * This instance's suggestions for the opportunity. The topics are shared, so every other matchmaking
   * running against the same broker (another test run, a local platform) suggests for the same
   * publication, but only this instance knows this run's organisations.
   */
  const suggestionsFor = async (opportunityId: string): Promise<SuggestionEvent[]> =>
    (await readTopic(mm.brokers, Topics.matchmakingSuggestion, { timeoutMs: 3_000 }))
      .filter((record: TopicRecord) => record.key === opportunityId)
      .map((record) => record.json as SuggestionEvent)
      .filter((event) => event.data.suggestions.some((suggestion) => ours.has(suggestion.organisationId)));

  beforeAll(async () => {
    process.env['SUGGESTION_MIN_SCORE'] = '7';
    mm = await startMatchmakingTestApp();
    membership = await MembershipEventProducer.connect(mm.brokers);
    opportunities = new OpportunityEventProducer(membership);
    await membership.send(Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: clusterId, sequence: 1, data: { cluster: aCluster({ clusterId }) }, source: 'membership' }));
    await membership.send(Topics.membershipOrganisation, joined(alpha), joined(bravo));
    await waitFor(async () => (await mm.get(`/matches/organisations/${alpha.organisationId}/organisations`)).status === 200 && (await mm.get(`/matches/organisations/${bravo.organisationId}/organisations`)).status === 200, {
      timeoutMs: 30_000,
      description: 'both organisations in the matching index',
    });
  });

  afterAll(async () => {
    delete process.env['SUGGESTION_MIN_SCORE'];
    await membership?.disconnect();
    await mm?.close();
  });

  it('publishes the top matches above the threshold once, with their explanations', async () => {
    const opportunity = tender();
    await opportunities.published(opportunity);

    const [suggested] = await waitFor(async () => {
      const found = await suggestionsFor(opportunity.opportunityId);
      return found.length > 0 ? found : undefined;
    }, { timeoutMs: 30_000, description: 'the suggestion event for the tender' });

    expect(suggested).toMatchObject({ type: 'org.icn.matchmaking.suggestion.opportunity-matches-suggested.v1', subject: opportunity.opportunityId, subjectsequence: 1 });
    expect(suggested?.data).toMatchObject({ minScore: 7, limit: 10, opportunity: { opportunityId: opportunity.opportunityId } });
    expect(suggested?.data.suggestions.map((entry) => [entry.name, entry.rank, entry.score])).toEqual([['Alpha Heat', 1, 12]]);
    expect(suggested?.data.suggestions[0]?.reasons).toEqual([
      { kind: 'sector', matched: ['district-heating'], summary: 'both work in the sector district-heating', weight: 2, contribution: 2 },
      { kind: 'sector', matched: ['energy-efficiency'], summary: 'both work in the sector energy-efficiency', weight: 2, contribution: 2 },
      { kind: 'technology', matched: ['heat-pumps'], summary: 'both list the technology heat-pumps', weight: 4, contribution: 4 },
      { kind: 'technology', matched: ['thermal-storage'], summary: 'both list the technology thermal-storage', weight: 4, contribution: 4 },
    ]);

    // The same publication again (as a replay or a second producer would deliver it, new event id):
    // the record of the first suggestions keeps it to one event.
    const replayed = await opportunities.published(opportunity);
    await awaitGroupPast(mm.brokers, mm.suggestionsConsumerGroup, Topics.opportunitiesOpportunity, replayed);
    expect(await suggestionsFor(opportunity.opportunityId)).toHaveLength(1);
  });

  it('publishes nothing when no match reaches the threshold', async () => {
    // Bravo alone would score 2 (a sector): below 7.
    const quiet = anOpportunitySnapshot({ title: 'Only a sector in common', sectors: ['district-heating'], technologies: ['lidar'] });
    const written = await opportunities.published(quiet);

    await awaitGroupPast(mm.brokers, mm.suggestionsConsumerGroup, Topics.opportunitiesOpportunity, written);
    expect(await suggestionsFor(quiet.opportunityId)).toEqual([]);
  });

  it('suggests nothing for a publication whose deadline has passed by the time it is processed', async () => {
    const late = anOpportunitySnapshot({ ...tender(), deadline: new Date(Date.now() - 60_000).toISOString() });
    const written = await opportunities.published(late);

    await awaitGroupPast(mm.brokers, mm.suggestionsConsumerGroup, Topics.opportunitiesOpportunity, written);
    expect(await suggestionsFor(late.opportunityId)).toEqual([]);
  });
});
