import { randomUUID } from 'node:crypto';
import {
  ClusterRegistered,
  OrganisationJoined,
  PartnerSuggestionsRequested,
  Topics,
  type OrganisationSnapshotV1,
  type PartnerSuggestionsProposedV1,
  type PartnerSuggestionsRequestedV1,
} from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { awaitGroupPast, readTopic, waitFor, type TopicRecord } from '@icn/testing';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { aCluster, anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';

interface ProposedEvent {
  type: string;
  subject: string;
  subjectsequence: number;
  data: PartnerSuggestionsProposedV1;
}

/**
 * Partner searches with the real app, Kafka and FerretDB: the test plays consortia, producing a
 * request on icn.consortia.partner-search.v1 and reading the answer on
 * icn.matchmaking.partner-suggestion.v1. Scores follow matching-weights.ts and GAP_WEIGHTS.
 */
describe('matchmaking partner suggestions for consortia (real app, Kafka and FerretDB)', () => {
  let mm: MatchmakingTestApp;
  let producer: MembershipEventProducer;
  const clusterId = `pc-${randomUUID().slice(0, 8)}`;
  // A technology only this run's organisations list: other runs (and benchmarks) publish organisations
  // on the same membership topic, and the call's competencies must single ours out.
  const technology = `district-heat-${randomUUID().slice(0, 8)}`;

  const member = (overrides: Partial<OrganisationSnapshotV1>): OrganisationSnapshotV1 =>
    anOrganisation({ clusterId, helixType: 'company', companySize: 'large', offers: [], needs: [], technologies: [], ...overrides });
  const lead = member({ name: 'Lead Heat ApS', country: 'DK', companySize: 'sme', sectors: ['district-heating'], technologies: [technology] });
  const storage = member({ name: 'Nordic Storage AS', country: 'NO', companySize: 'sme', sectors: ['district-heating'], technologies: [technology] });
  const university = member({ name: 'West University', country: 'BE', helixType: 'research-institution', companySize: undefined, technologies: [technology] });
  const utility = member({ name: 'Copenhagen Utility A/S', country: 'DK', technologies: [technology] });
  const unrelated = member({ name: 'Water Lab', country: 'NL', helixType: 'research-institution', companySize: undefined, sectors: ['water'] });

  const joined = (organisation: OrganisationSnapshotV1) => buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' });
  const request = (): PartnerSuggestionsRequestedV1 => ({
    requestId: randomUUID(),
    consortiumId: randomUUID(),
    callTopic: 'District heating for mid-size cities',
    competencies: { sectors: [], technologies: [technology], keywords: [] },
    memberOrganisationIds: [lead.organisationId],
    gaps: { partnersMissing: 2, countriesMissing: 2, excludedCountries: ['DK'], helixTypesMissing: ['research-institution'], smesMissing: 0 },
  });
  const send = (data: PartnerSuggestionsRequestedV1) =>
    producer.send(Topics.consortiaPartnerSearch, buildEvent(PartnerSuggestionsRequested, { subject: data.requestId, sequence: 1, data, source: '/icn/consortia' }));
  const answersTo = async (requestId: string): Promise<ProposedEvent[]> =>
    (await readTopic(mm.brokers, Topics.matchmakingPartnerSuggestion, { timeoutMs: 2_000 }))
      .filter((record: TopicRecord) => record.key === requestId)
      .map((record) => record.json as ProposedEvent);

  beforeAll(async () => {
    // A unique group; the service positions a new one at the topic's end itself.
    mm = await startMatchmakingTestApp();
    producer = await MembershipEventProducer.connect(mm.brokers);
    await producer.send(Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: clusterId, sequence: 1, data: { cluster: aCluster({ clusterId }) }, source: 'membership' }));
    await producer.send(Topics.membershipOrganisation, ...[lead, storage, university, utility, unrelated].map(joined));
    await waitFor(async () => (await mm.get(`/matches/organisations/${unrelated.organisationId}/organisations`)).status === 200, {
      timeoutMs: 30_000,
      description: 'the organisations in the matching index',
    });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await mm?.close();
  });

  it('answers a request once with relevant non-members, the gaps each closes and their explanations', async () => {
    const asked = request();
    await send(asked);

    const [answer] = await waitFor(
      async () => {
        const found = await answersTo(asked.requestId);
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 30_000, description: 'the proposal for the request' },
    );
    expect(answer).toMatchObject({ type: 'org.icn.matchmaking.partner-suggestion.partner-suggestions-proposed.v1', subject: asked.requestId, subjectsequence: 1 });
    expect(answer?.data).toMatchObject({ requestId: asked.requestId, consortiumId: asked.consortiumId, limit: 20 });
    // The lead is a member; Water Lab shares no competency; other runs' organisations lack the technology.
    expect(answer?.data.candidates.map((candidate) => [candidate.name, candidate.rank, candidate.score, candidate.closes])).toEqual([
      ['West University', 1, 10, [{ kind: 'partners' }, { kind: 'countries', value: 'BE' }, { kind: 'helix-type', value: 'research-institution' }]],
      ['Nordic Storage AS', 2, 7, [{ kind: 'partners' }, { kind: 'countries', value: 'NO' }]],
      ['Copenhagen Utility A/S', 3, 4, [{ kind: 'partners' }]],
    ]);
    expect(answer?.data.candidates[0]).toMatchObject({ organisationId: university.organisationId, clusterId, country: 'BE', helixType: 'research-institution', sme: false });
    expect(answer?.data.candidates[1]).toMatchObject({ organisationId: storage.organisationId, sme: true });
    expect(answer?.data.candidates[0]?.reasons).toEqual([
      { kind: 'technology', matched: [technology], summary: `both list the technology ${technology}`, weight: 4, contribution: 4 },
      { kind: 'country', rule: 'closes-country-gap', matched: ['BE'], summary: 'adds a country the consortium lacks (BE)', weight: 3, contribution: 3 },
      { kind: 'helix', rule: 'closes-helix-gap', matched: ['research-institution'], summary: 'the consortium needs a research institution', weight: 3, contribution: 3 },
    ]);

    // The same request again (a redelivery or a second producer, new event id): still one answer.
    const replayed = await send(asked);
    await awaitGroupPast(mm.brokers, mm.partnerSearchConsumerGroup, Topics.consortiaPartnerSearch, replayed);
    expect(await answersTo(asked.requestId)).toHaveLength(1);
  });
});
