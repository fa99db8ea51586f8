import { isDeepStrictEqual } from 'node:util';
import { Topics, type HelixType, type PartnerCandidateV1 } from '@icn/contracts';
import {
  parseConsortiumEvent,
  type Consortium,
  type ConsortiumCounts,
  type ConsortiumStatistics,
  type EligibilityReport,
  type OutcomeRegisterEntry,
  type PartnerProposal,
  type PartnerSearch,
} from '../support/consortia-api';
import { ConsortiaReadModels } from '../support/consortia-read-models';
import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput, type OrganisationInput } from '../support/factories';
import { expectStatus, type HttpClient } from '../support/http-client';
import { awaitOwnMatchmakingAnswer } from '../support/matchmaking-partner-suggestions';
import { PhaseTimer } from '../support/phase-timer';
import { summarise } from '../support/reconcile';
import { clusterManagerToken, memberToken, networkAdminToken } from '../support/tokens';
import { TopicTail, type TailedMessage } from '../support/topic-tail';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

const DAY_MS = 86_400_000;

/** PartnerSuggestionsProposed's data (the fields checked). */
interface PartnerAnswer {
  causedByEventId: string;
  candidates: PartnerCandidateV1[];
}

interface Party {
  organisationId: string;
  clusterId: string;
  country: string;
  helixType: HelixType;
}

/**
 * A project consortium from a funding call to a granted project, with membership, opportunities,
 * matchmaking and consortia as four processes that meet only through Kafka: the organisations of
 * three clusters join over membership's HTTP API, a funding call is published over opportunities',
 * and consortia knows both only from its own read models. The lead forms a consortium on the call
 * with the COSME-like rules (five partners, three countries, a research institution and a public
 * authority, 30 % SMEs); eligibility names what is missing; a partner search goes to matchmaking as
 * an event and its answer comes back as one (candidates with reasons, a proposal covering every
 * gap); partners of the three clusters accept; the application is submitted and granted 450,000 EUR
 * split across the five; statistics and outcome register show it. A second consortium goes to the
 * reserve list, and its later promotion shows in the statistics too.
 */
describe('consortia: from a funding call in opportunities to a granted project', () => {
  let platform: E2ePlatform;
  const west = uniqueClusterId();
  const east = uniqueClusterId();
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    platform = await E2ePlatform.start('consortia', { opportunities: true, consortia: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const consortiaAsMember = (party: Party): HttpClient => platform.consortiaAs(memberToken(platform.jwtSecret, party.clusterId, party.organisationId));
  const consortiaAsManager = (clusterId: string): HttpClient => platform.consortiaAs(clusterManagerToken(platform.jwtSecret, clusterId));

  /** Joins through the organisation's own cluster manager, as membership requires. */
  const join = async (input: OrganisationInput): Promise<Party> => {
    const response = await platform.membershipAs(input.clusterId).joinOrganisation(input);
    const { organisationId } = expectStatus(response, 201, `POST /organisations ${input.name}`);
    return { organisationId, clusterId: input.clusterId, country: input.country, helixType: input.helixType };
  };

  /** A profile of our own: membership refuses a company size on anything but a company. */
  const profile = (clusterId: string, n: number, overrides: Partial<OrganisationInput>): OrganisationInput => {
    const input = organisationInput(clusterId, n, { needs: [], ...overrides });
    if (input.helixType !== 'company') delete input.companySize;
    return input;
  };
  const heat = (clusterId: string, n: number, overrides: Partial<OrganisationInput>): OrganisationInput =>
    profile(clusterId, n, { sectors: ['district-heating', 'energy-efficiency'], technologies: ['heat-pumps'], offers: ['large heat pumps for district heating'], ...overrides });

  it('forms a consortium across three clusters with a partner search through Kafka, is granted 450,000 EUR for five partners, and reports it; a second goes through the reserve list', async () => {
    const phases = new PhaseTimer();
    const north = platform.clusterId;
    await platform.api.registerCluster(clusterInput(west, { name: 'West cluster', country: 'BE', city: 'Ghent' }));
    await platform.api.registerCluster(clusterInput(east, { name: 'East cluster', country: 'NO', city: 'Bergen' }));

    // The five future partners, in three clusters and three countries.
    const lead = await join(heat(north, 1, { name: 'Nordic Heat Pumps ApS', helixType: 'company', companySize: 'sme', country: 'DK' }));
    const city = await join(heat(north, 2, { name: 'Aarhus Municipality', helixType: 'public-authority', country: 'DK', offers: ['district heating network operation'] }));
    const university = await join(heat(west, 3, { name: 'Ghent University', helixType: 'research-institution', country: 'BE', offers: ['heat pump research'] }));
    const industry = await join(heat(west, 4, { name: 'Flanders Industrial Heat NV', helixType: 'company', companySize: 'large', country: 'BE' }));
    const storage = await join(heat(east, 5, { name: 'Bergen Thermal Storage AS', helixType: 'company', companySize: 'sme', country: 'NO', offers: ['thermal storage for heat pumps'] }));
    // Relevant organisations the lead does not know of: only matchmaking should find them.
    const institute = await join(heat(east, 6, { name: 'Heat Institute Stuttgart', helixType: 'research-institution', country: 'DE' }));
    const waterBoard = await join(heat(west, 7, { name: 'Groningen Heat Authority', helixType: 'public-authority', country: 'NL' }));
    // Nothing in common with the call: never a candidate, whatever gap it could close.
    const farm = await join(
      profile(east, 8, { name: 'Biochar Farms', helixType: 'public-authority', country: 'FR', sectors: ['agri-food'], technologies: ['biochar'], offers: ['biochar soil improvement'] }),
    );
    const partners = [city, university, industry, storage];
    const everyone = [lead, ...partners, institute, waterBoard, farm];
    phases.mark('joined');

    // The funding call, published by the lead's cluster over opportunities' API.
    const published = await platform.opportunitiesManager.post<{ opportunityId: string; title: string; deadline: string }>('/opportunities', {
      type: 'funding-call',
      title: 'COSME Cluster Go International: district heating',
      description: 'Clusters of at least three countries build partnerships for district heating.',
      sectors: ['district-heating'],
      technologies: ['heat-pumps'],
      targetClusterIds: [west, east],
      value: { amount: 6_000_000, currency: 'EUR' },
      deadline: new Date(Date.now() + 60 * DAY_MS).toISOString(),
      publish: true,
    });
    const fundingCall = expectStatus(published, 201, 'POST /opportunities (funding call)');

    // Consortia learns of the call and the organisations through Kafka only; matchmaking of the organisations too.
    const leadClient = consortiaAsMember(lead);
    const storedCall = await waitFor(
      async () => {
        const response = await leadClient.get<{ opportunityId: string; type: string; status: string; value: { amount: number } }>(`/funding-calls/${fundingCall.opportunityId}`);
        return response.status === 200 ? response.body : undefined;
      },
      { timeoutMs: 60_000, description: 'the funding call in consortia’s read model' },
    );
    expect(storedCall).toMatchObject({ type: 'funding-call', status: 'published', value: { amount: 6_000_000 } });
    // Visible to the target clusters as well, as in opportunities.
    expect((await consortiaAsManager(east).get(`/funding-calls/${fundingCall.opportunityId}`)).status).toBe(200);
    const readModels = await ConsortiaReadModels.open(platform.env.mongoUri, platform.consortiaDatabase);
    try {
      await waitFor(async () => (await Promise.all(everyone.map((party) => readModels.organisation(party.organisationId)))).every((document) => document !== null), {
        timeoutMs: 60_000,
        description: 'the eight organisations in consortia’s directory',
      });
    } finally {
      await readModels.close();
    }
    await waitFor(async () => (await Promise.all(everyone.map(async (party) => (await platform.directory.getOrganisation(party.organisationId)).status === 200))).every(Boolean), {
      timeoutMs: 60_000,
      description: 'the eight organisations in matchmaking’s directory',
    });
    phases.mark('readModelsCaughtUp');

    // Every event of the consortia from here on, to check the stream at the end.
    const consortiumEvents = await TopicTail.fromNow(platform.kafka, Topics.consortiaConsortium);
    const searchRequests = await TopicTail.fromNow(platform.kafka, Topics.consortiaPartnerSearch);
    const searchAnswers = await TopicTail.fromNow(platform.kafka, Topics.matchmakingPartnerSuggestion);

    // The lead forms the consortium on the call, with the call's rules.
    const creation = {
      title: 'CLUSTER-GO HEAT',
      leadOrganisationId: lead.organisationId,
      opportunityId: fundingCall.opportunityId,
      programme: 'COSME',
      rules: { minPartners: 5, minCountries: 3, requiredHelixTypes: ['research-institution', 'public-authority'], minSmeSharePercent: 30 },
    };
    const once = { headers: { 'idempotency-key': `create-${fundingCall.opportunityId}` } };
    const consortium = expectStatus(await leadClient.post<Consortium>('/consortia', creation, once), 201, 'POST /consortia');
    // A client that repeats the request with its key gets the same consortium, not a second one.
    const repeated = await leadClient.post<Consortium>('/consortia', creation, once);
    expect(repeated.headers.get('idempotent-replayed')).toBe('true');
    expect(expectStatus(repeated, 201, 'the repeated POST /consortia').consortiumId).toBe(consortium.consortiumId);
    expect(consortium).toMatchObject({
      status: 'forming',
      coordinatorOrganisationId: lead.organisationId,
      call: { source: 'opportunity', opportunityId: fundingCall.opportunityId, programme: 'COSME', topic: fundingCall.title, deadline: fundingCall.deadline, budgetEur: 6_000_000 },
    });
    const path = `/consortia/${consortium.consortiumId}`;
    const eligibility = expectStatus(await leadClient.get<EligibilityReport>(`${path}/eligibility`), 200, 'eligibility');
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.missing.map((requirement) => requirement.message).sort()).toEqual(
      ['needs at least 4 more partners (1 of 5)', 'needs 2 more countries (1 of 3: DK)', 'needs a public authority', 'needs a research institution'].sort(),
    );
    phases.mark('formed');

    // The partner search: a request event to matchmaking, its answer back as an event.
    const accepted = expectStatus(
      await leadClient.post<{ requestId: string; status: string }>(`${path}/partner-searches`, { keywords: ['large heat pumps for district heating'] }),
      202,
      'POST partner-searches',
    );
    expect(accepted.status).toBe('pending');
    const search = await waitFor(
      async () => {
        const response = await leadClient.get<PartnerSearch>(`${path}/partner-searches/${accepted.requestId}`);
        return response.status === 200 && response.body.status === 'proposed' ? response.body : undefined;
      },
      { timeoutMs: 60_000, description: 'matchmaking’s answer stored in consortia' },
    );
    phases.mark('partnerSearchAnswered');
    expect(search.competencies).toEqual({ sectors: ['district-heating'], technologies: ['heat-pumps'], keywords: ['large heat pumps for district heating'] });
    expect(search.gaps).toEqual({ partnersMissing: 4, countriesMissing: 2, excludedCountries: ['DK'], helixTypesMissing: ['public-authority', 'research-institution'], smesMissing: 0 });
    // It went through Kafka: the request on consortia's topic, matchmaking's answer to that very event
    // on its own. Every matchmaking on the shared broker answers (ADR 10): ours is the one whose
    // candidates its database recorded, and consortia keeps whichever came first.
    const own = await awaitOwnMatchmakingAnswer(platform.env.mongoUri, platform.matchmakingDatabase, accepted.requestId);
    const forThisSearch = (messages: TailedMessage[]) => messages.filter((message) => message.key === accepted.requestId);
    const answersIn = (messages: TailedMessage[]) => forThisSearch(messages).map((message) => (JSON.parse(message.value ?? 'null') as { data: PartnerAnswer }).data);
    const isOwn = (answer: PartnerAnswer): boolean => isDeepStrictEqual(answer.candidates.map((candidate) => candidate.organisationId), own.organisationIds);
    // Read in parallel: each tail joins a consumer group of its own, which takes seconds.
    const [requestMessages, answerMessages] = await Promise.all([
      searchRequests.collect((messages) => forThisSearch(messages).length > 0),
      searchAnswers.collect((messages) => answersIn(messages).some(isOwn)),
    ]);
    const requestEvent = JSON.parse(forThisSearch(requestMessages)[0]?.value ?? 'null') as { id: string; data: { gaps: unknown; memberOrganisationIds: string[] } };
    expect(requestEvent.data).toMatchObject({ gaps: search.gaps, memberOrganisationIds: [lead.organisationId] });
    const answers = answersIn(answerMessages);
    expect(answers.map((answer) => answer.causedByEventId)).toEqual(answers.map(() => requestEvent.id));
    expect(own.causedByEventId).toBe(requestEvent.id);
    // Consortia keeps the first answer.
    expect(search.candidates).toEqual(answers[0]?.candidates);

    // Our matchmaking's candidates, as far as this run's clusters go (its directory also holds
    // organisations other runs create meanwhile): every relevant non-member, best first; neither the
    // lead nor the unrelated farm, whatever gap the farm could close.
    const clusters = new Set([north, west, east]);
    const ownCandidates = (answers.find(isOwn) as PartnerAnswer).candidates.filter((candidate) => clusters.has(candidate.clusterId));
    expect(ownCandidates.map((candidate) => candidate.organisationId).sort()).toEqual([city, university, industry, storage, institute, waterBoard].map((party) => party.organisationId).sort());
    const ranks = ownCandidates.map((candidate) => candidate.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const candidateOf = (party: Party): PartnerCandidateV1 => ownCandidates.find((candidate) => candidate.organisationId === party.organisationId) as PartnerCandidateV1;
    // The institute only matchmaking found brings a new country and the missing research institution, and says so.
    expect(candidateOf(institute).closes).toEqual([{ kind: 'partners' }, { kind: 'countries', value: 'DE' }, { kind: 'helix-type', value: 'research-institution' }]);
    expect(candidateOf(institute).reasons.map((reason) => reason.summary)).toEqual(
      expect.arrayContaining(['both work in the sector district-heating', 'adds a country the consortium lacks (DE)', 'the consortium needs a research institution']),
    );
    expect(candidateOf(city).closes).toEqual([{ kind: 'partners' }, { kind: 'helix-type', value: 'public-authority' }]);
    for (const candidate of ownCandidates) {
      // The explanation accounts for the whole score.
      expect(candidate.reasons.reduce((sum, reason) => sum + reason.contribution, 0)).toBeCloseTo(candidate.score, 6);
    }

    const proposal = expectStatus(await leadClient.get<PartnerProposal>(`${path}/partner-searches/${accepted.requestId}/proposal`), 200, 'the proposal');
    expect(proposal.optimises).toContain('fewest partners');
    if (isOwn(answers[0] as PartnerAnswer)) {
      // Four are needed anyway; the four close every gap, including the SME share they would dilute.
      expect(proposal).toMatchObject({ method: 'exhaustive', eligibleWithProposal: true, uncovered: [] });
      expect(proposal.partners).toHaveLength(4);
      const proposed = proposal.partners.map(({ candidate }) => candidate);
      expect(proposed.map((candidate) => candidate.helixType)).toEqual(expect.arrayContaining(['research-institution', 'public-authority']));
      expect(proposed.some((candidate) => candidate.sme)).toBe(true);
      expect(new Set(proposed.map((candidate) => candidate.country).filter((country) => country !== 'DK')).size).toBeGreaterThanOrEqual(2);
      expect(proposal.totalScore).toBeCloseTo(proposed.reduce((sum, candidate) => sum + candidate.score, 0), 6);
    } else {
      // Said out loud, so a run that could not check the builder on our answer is visible.
      console.warn(`[e2e] consortia: another matchmaking answered partner search ${accepted.requestId} first; the proposal was not checked`);
    }
    phases.mark('proposalChecked');

    // Invitations: the four planned partners, and the institute as an associated partner, which declines.
    let current = consortium;
    for (const [party, role] of [...partners.map((partner) => [partner, 'partner'] as const), [institute, 'associated-partner'] as const]) {
      current = expectStatus(await leadClient.post<Consortium>(`${path}/invitations`, { organisationId: party.organisationId, role }), 201, `invite ${party.organisationId}`);
    }
    // Only the coordinator side invites.
    expect((await consortiaAsMember(university).post(`${path}/invitations`, { organisationId: waterBoard.organisationId, role: 'partner' })).status).toBe(403);
    const invitationOf = (party: Party): string => current.invitations.find((invitation) => invitation.organisationId === party.organisationId)?.invitationId as string;
    expectStatus(await consortiaAsMember(institute).post(`${path}/invitations/${invitationOf(institute)}/decline`, {}), 200, 'the institute declines');
    expectStatus(await consortiaAsMember(university).post(`${path}/invitations/${invitationOf(university)}/accept`, {}), 200, 'the university accepts');
    expectStatus(await consortiaAsMember(city).post(`${path}/invitations/${invitationOf(city)}/accept`, {}), 200, 'the city accepts');
    // The west cluster's manager answers for its member.
    expectStatus(await consortiaAsManager(west).post(`${path}/invitations/${invitationOf(industry)}/accept`, {}), 200, 'industry accepted by its manager');
    const almost = expectStatus(await leadClient.get<EligibilityReport>(`${path}/eligibility`), 200, 'eligibility with four');
    expect(almost.missing.map((requirement) => requirement.message)).toEqual(['needs at least 1 more partner (4 of 5)', 'needs one more country (2 of 3: BE, DK)', 'SME share 25% < 30%']);
    const formed = expectStatus(await consortiaAsMember(storage).post<Consortium>(`${path}/invitations/${invitationOf(storage)}/accept`, {}), 200, 'storage accepts');
    expect(formed.members.map((member) => member.clusterId).sort()).toEqual([north, north, west, west, east].sort());
    expect(expectStatus(await consortiaAsManager(west).get<EligibilityReport>(`${path}/eligibility`), 200, 'eligibility with five')).toEqual({ eligible: true, missing: [] });
    phases.mark('eligible');

    // The workspace: drafting, the university writes the impact section itself, budgets per partner.
    expectStatus(await leadClient.post(`${path}/start-drafting`, {}), 200, 'start drafting');
    expectStatus(await leadClient.patch(`${path}/sections/impact`, { ownerOrganisationId: university.organisationId }), 200, 'impact to the university');
    expectStatus(await consortiaAsMember(university).patch(`${path}/sections/impact`, { status: 'done' }), 200, 'impact done');
    const refused = await leadClient.post<{ message: string }>(`${path}/submit`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('section excellence is todo');
    for (const key of ['excellence', 'implementation', 'budget']) expectStatus(await leadClient.patch(`${path}/sections/${key}`, { status: 'done' }), 200, `${key} done`);
    for (const party of [lead, ...partners]) {
      expectStatus(await leadClient.request('PUT', `${path}/budget/${party.organisationId}`, { body: { lines: [{ category: 'personnel', amountEur: 90_000 }] } }), 200, `budget ${party.organisationId}`);
    }
    expect((await consortiaAsMember(university).post(`${path}/submit`, {})).status).toBe(403);
    const submitted = expectStatus(await leadClient.post<Consortium>(`${path}/submit`, {}), 200, 'submit');
    expect(submitted.status).toBe('submitted');
    // Frozen.
    expect((await leadClient.patch(`${path}/sections/impact`, { status: 'in-progress' })).status).toBe(409);
    phases.mark('submitted');

    // Granted: 450,000 EUR split across the five partners.
    const split = new Map([
      [lead.organisationId, 120_000],
      [city.organisationId, 60_000],
      [university.organisationId, 100_000],
      [industry.organisationId, 80_000],
      [storage.organisationId, 90_000],
    ]);
    const shares = [...split].map(([organisationId, amountEur]) => ({ organisationId, amountEur }));
    const granted = expectStatus(await leadClient.post<Consortium>(`${path}/grant`, { totalEur: 450_000, shares }), 200, 'grant');
    expect(granted).toMatchObject({ status: 'granted', grant: { totalEur: 450_000 } });
    expect(granted.grant?.shares).toHaveLength(5);

    // The statistics (consortia's own database: this run's network) and the outcome register.
    const afterGrant = expectStatus(await consortiaAsMember(farm).get<ConsortiumStatistics>(`/consortia/statistics?year=${year}`), 200, 'statistics');
    expect(afterGrant.network).toEqual(counts({ submissions: 1, granted: 1, successRatePercent: 100, eurGranted: 450_000 }));
    expect(afterGrant.byCluster).toEqual(
      [
        { clusterId: north, ...counts({ submissions: 1, granted: 1, successRatePercent: 100, eurGranted: 180_000 }) },
        { clusterId: west, ...counts({ submissions: 1, granted: 1, successRatePercent: 100, eurGranted: 180_000 }) },
        { clusterId: east, ...counts({ submissions: 1, granted: 1, successRatePercent: 100, eurGranted: 90_000 }) },
      ].sort((a, b) => a.clusterId.localeCompare(b.clusterId)),
    );
    const register = expectStatus(await consortiaAsManager(east).get<{ items: OutcomeRegisterEntry[] }>(`/consortia/outcomes?year=${year}`), 200, 'outcome register');
    expect(register.items).toEqual([
      expect.objectContaining({ consortiumId: consortium.consortiumId, status: 'granted', grantedEur: 450_000, programme: 'COSME', clusterIds: [north, west, east].sort() }),
    ]);
    // An organisation outside the consortium sees none of it.
    expect(expectStatus(await consortiaAsMember(farm).get<{ items: unknown[] }>(`/consortia/outcomes?year=${year}`), 200, 'outsider register').items).toEqual([]);
    phases.mark('granted');

    // The reserve-list path: a hand-entered call, submitted, reserve list, then promoted.
    const storageClient = consortiaAsMember(storage);
    const second = expectStatus(
      await storageClient.post<Consortium>('/consortia', {
        title: 'SWITCH-HEAT',
        leadOrganisationId: storage.organisationId,
        call: { programme: 'SWITCH Africa Green', topic: 'Sustainable heat', deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(), budgetEur: 2_000_000 },
        rules: { minPartners: 2, minCountries: 2, requiredHelixTypes: ['research-institution'], minSmeSharePercent: 0 },
      }),
      201,
      'the second consortium',
    );
    const secondPath = `/consortia/${second.consortiumId}`;
    const invited = expectStatus(await storageClient.post<Consortium>(`${secondPath}/invitations`, { organisationId: institute.organisationId, role: 'partner' }), 201, 'invite the institute');
    const instituteInvitation = invited.invitations.find((invitation) => invitation.organisationId === institute.organisationId)?.invitationId as string;
    expectStatus(await consortiaAsMember(institute).post(`${secondPath}/invitations/${instituteInvitation}/accept`, {}), 200, 'the institute accepts this one');
    expectStatus(await storageClient.post(`${secondPath}/start-drafting`, {}), 200, 'drafting');
    for (const key of ['excellence', 'impact', 'implementation', 'budget']) expectStatus(await storageClient.patch(`${secondPath}/sections/${key}`, { status: 'done' }), 200, `${key} done`);
    expectStatus(await storageClient.post(`${secondPath}/submit`, {}), 200, 'submit the second');
    const reserved = expectStatus(await storageClient.post<Consortium>(`${secondPath}/reserve-list`, {}), 200, 'reserve list');
    expect(reserved.status).toBe('reserve-list');
    const withdrawal = await storageClient.post<{ message: string }>(`${secondPath}/withdraw`, {});
    expect(withdrawal.status).toBe(409);
    const waiting = expectStatus(await consortiaAsMember(lead).get<ConsortiumStatistics>(`/consortia/statistics?year=${year}`), 200, 'statistics with one waiting');
    // A consortium on the reserve list counts as submitted and not (yet) granted.
    expect(waiting.network).toEqual(counts({ submissions: 2, granted: 1, reserveList: 1, successRatePercent: 50, eurGranted: 450_000 }));
    expect(waiting.byCluster.find((row) => row.clusterId === east)).toEqual({ clusterId: east, ...counts({ submissions: 2, granted: 1, reserveList: 1, successRatePercent: 50, eurGranted: 90_000 }) });
    expect(waiting.byCluster.find((row) => row.clusterId === north)).toEqual({ clusterId: north, ...counts({ submissions: 1, granted: 1, successRatePercent: 100, eurGranted: 180_000 }) });

    const promoted = expectStatus(
      await storageClient.post<Consortium>(`${secondPath}/grant`, {
        totalEur: 120_000,
        shares: [
          { organisationId: storage.organisationId, amountEur: 70_000 },
          { organisationId: institute.organisationId, amountEur: 50_000 },
        ],
      }),
      200,
      'promoted from the reserve list',
    );
    expect(promoted.status).toBe('granted');
    // The promotion keeps the record of its time on the reserve list.
    expect(Date.parse(promoted.reserveListedAt ?? '')).not.toBeNaN();
    const final = expectStatus(await consortiaAsMember(lead).get<ConsortiumStatistics>(`/consortia/statistics?year=${year}`), 200, 'final statistics');
    expect(final.network).toEqual(counts({ submissions: 2, granted: 2, successRatePercent: 100, eurGranted: 570_000 }));
    expect(final.byCluster.find((row) => row.clusterId === east)).toEqual({ clusterId: east, ...counts({ submissions: 2, granted: 2, successRatePercent: 100, eurGranted: 210_000 }) });
    const secretariat = platform.consortiaAs(networkAdminToken(platform.jwtSecret));
    const fullRegister = expectStatus(await secretariat.get<{ items: OutcomeRegisterEntry[] }>(`/consortia/outcomes?year=${year}`), 200, 'the full register');
    expect(fullRegister.items.map((entry) => [entry.consortiumId, entry.status, entry.grantedEur]).sort()).toEqual(
      [
        [consortium.consortiumId, 'granted', 450_000],
        [second.consortiumId, 'granted', 120_000],
      ].sort(),
    );
    phases.mark('reserveListPath');

    // Every transition is one event on the consortium topic, in order, with the full state.
    const versions = new Map([
      [consortium.consortiumId, granted.version],
      [second.consortiumId, promoted.version],
    ]);
    const messages = await consortiumEvents.collect((collected) =>
      [...versions].every(([id, version]) => new Set(collected.filter((message) => message.key === id).map((message) => parseConsortiumEvent(message).id)).size >= version),
    );
    const eventsOf = (consortiumId: string) => messages.filter((message) => message.key === consortiumId).map(parseConsortiumEvent);
    expect(eventsOf(consortium.consortiumId).map((event) => event.type.replace('org.icn.consortia.consortium.', ''))).toEqual([
      'created.v1',
      ...Array<string>(5).fill('invitation-sent.v1'),
      'invitation-declined.v1',
      ...Array<string>(4).fill('invitation-accepted.v1'),
      'drafting-started.v1',
      ...Array<string>(5).fill('section-updated.v1'),
      ...Array<string>(5).fill('budget-updated.v1'),
      'submitted.v1',
      'granted.v1',
    ]);
    for (const [consortiumId, version] of versions) {
      const events = eventsOf(consortiumId);
      expect(events.map((event) => event.subjectsequence)).toEqual(Array.from({ length: version }, (_, index) => index + 1));
      expect(events.at(-1)?.data.consortium.status).toBe('granted');
    }
    expect(eventsOf(second.consortiumId).map((event) => event.type.replace('org.icn.consortia.consortium.', ''))).toContain('reserve-listed.v1');
    phases.mark('eventsChecked');
    console.log(summarise('consortia (ms per phase)', phases.figures()));
    platform.markPassed();
  }, 240_000);
});

/** A statistics row with zeros for what is not named. */
function counts(figures: Partial<ConsortiumCounts>): ConsortiumCounts {
  return { submissions: 0, granted: 0, reserveList: 0, rejected: 0, withdrawn: 0, successRatePercent: null, eurGranted: 0, ...figures };
}
