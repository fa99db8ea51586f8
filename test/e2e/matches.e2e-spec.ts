import { E2ePlatform } from '../support/e2e-platform';
import { expectStatus, HttpClient } from '../support/http-client';
import { organisationInput, type OrganisationInput } from '../support/factories';
import type { MatchReason, OrganisationMatch } from '../support/matches-api';
import { PhaseTimer } from '../support/phase-timer';
import { summarise } from '../support/reconcile';
import { SseStreamClient } from '../support/sse-stream-client';
import { memberToken } from '../support/tokens';
import { waitFor } from '../support/wait-for';

const DAY_MS = 86_400_000;

interface RecommendedNotification {
  kind: string;
  opportunity: { opportunityId: string };
  recommendation: { rank: number; score: number; reasons: { kind: string; contribution: number }[] };
}

/**
 * Membership → matchmaking ← opportunities, all three as separate processes: organisations join
 * over membership's HTTP API, an opportunity is published over opportunities' HTTP API, and both
 * reach matchmaking only through Kafka. The organisations must then appear in matchmaking's
 * rankings, each with an explanation that names what matched and adds up to its score — including
 * one that joins after the opportunity was published (the index is updated per event).
 */
describe('membership + opportunities → matchmaking rankings', () => {
  let platform: E2ePlatform;

  beforeAll(async () => {
    platform = await E2ePlatform.start('matches', { opportunities: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const join = async (profile: OrganisationInput): Promise<string> => {
    const response = await platform.api.joinOrganisation(profile);
    return expectStatus(response, 201, `POST /organisations ${profile.name}`).organisationId;
  };

  it('ranks an organisation that joins in membership, for a published opportunity and for a partner, with its explanation', async () => {
    const phases = new PhaseTimer();
    const clusterId = platform.clusterId;
    const heatPumps = await join(
      organisationInput(clusterId, 1, {
        name: 'Nordic Heat Pumps ApS',
        helixType: 'company',
        companySize: 'sme',
        country: 'DK',
        sectors: ['district-heating', 'energy-efficiency'],
        technologies: ['heat-pumps'],
        offers: ['large heat pumps for district heating networks'],
        needs: ['district heating utilities operating networks in Germany'],
      }),
    );
    const farming = await join(
      organisationInput(clusterId, 2, {
        name: 'Biochar Farms',
        helixType: 'company',
        companySize: 'sme',
        country: 'NO',
        sectors: ['agri-food'],
        technologies: ['biochar'],
        offers: ['biochar soil improvement'],
        needs: ['pilot farms'],
      }),
    );

    // The heat pump maker listens to its own stream, with filters that do not match the tender:
    // only matchmaking's recommendation can reach it.
    const heatPumpsOpportunities = new HttpClient(() => platform.requireOpportunitiesUrl(), memberToken(platform.jwtSecret, clusterId, heatPumps));
    const subscription = await waitFor(
      async () => {
        // 403/404 until opportunities' own read model of membership has the new member.
        const created = await heatPumpsOpportunities.post<{ subscriptionId: string }>('/subscriptions', { name: 'events only', filters: { types: ['event'] } });
        return created.status === 201 ? created.body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, description: 'a subscription of the heat pump maker in opportunities' },
    );
    const stream = new SseStreamClient(
      () => `${platform.requireOpportunitiesUrl()}/subscriptions/${subscription.subscriptionId}/stream`,
      memberToken(platform.jwtSecret, clusterId, heatPumps),
    );
    await stream.start();

    const published = await platform.opportunitiesManager.post<{ opportunityId: string }>('/opportunities', {
      type: 'tender',
      title: 'Heat pumps for a district heating extension',
      description: 'A utility extends its network with large heat pumps.',
      sectors: ['district-heating'],
      technologies: ['heat-pumps'],
      targetClusterIds: [clusterId],
      deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
      publish: true,
    });
    const { opportunityId } = expectStatus(published, 201, 'POST /opportunities (published)');
    phases.mark('published');

    // The opportunity reaches matchmaking through Kafka; until then its ranking is a 404.
    const forOpportunity = await waitFor(
      async () => {
        const response = await platform.matches.organisationsForOpportunity(opportunityId);
        return response.status === 200 && response.body.items.some((item) => item.organisationId === heatPumps) ? response.body.items : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, description: `opportunity ${opportunityId} ranked in matchmaking with ${heatPumps}` },
    );
    phases.mark('opportunityRanked');
    const heatPumpsMatch = forOpportunity.find((item) => item.organisationId === heatPumps) as OrganisationMatch;
    expect(heatPumpsMatch.name).toBe('Nordic Heat Pumps ApS');
    expect(heatPumpsMatch.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'sector', sector: 'district-heating' }),
        expect.objectContaining({ kind: 'technology', technology: 'heat-pumps' }),
        expect.objectContaining({ kind: 'cluster', clusterId }),
      ]),
    );
    expectExplained(heatPumpsMatch);
    // Nothing in common with the opportunity's theme: not ranked at all.
    expect(forOpportunity.map((item) => item.organisationId)).not.toContain(farming);

    // Matchmaking suggested it (score 7 ≥ SUGGESTION_MIN_SCORE 6); opportunities delivered the
    // suggestion to the maker's own stream as "recommended", with the same reasons.
    const recommended = await waitFor(() => stream.frames.find((frame) => frame.event === 'recommended'), {
      timeoutMs: 60_000,
      description: 'the recommendation on the heat pump maker’s stream',
    });
    stream.close();
    const notification = (JSON.parse(recommended.data) as { data: { notification: RecommendedNotification } }).data.notification;
    expect(notification).toMatchObject({ kind: 'recommended', opportunity: { opportunityId }, recommendation: { rank: 1, score: heatPumpsMatch.score } });
    expect(notification.recommendation.reasons.map((reason) => reason.kind).sort()).toEqual(heatPumpsMatch.reasons.map((reason) => reason.kind).sort());
    expect(stream.frames.filter((frame) => frame.event === 'published')).toEqual([]);
    phases.mark('recommendationStreamed');

    // A utility joins after the publication: it must appear in both rankings.
    const utility = await join(
      organisationInput(clusterId, 3, {
        name: 'Stadtwerke Wärme',
        helixType: 'public-authority',
        country: 'DE',
        sectors: ['district-heating'],
        technologies: ['smart-meters'],
        offers: ['district heating network operation in Germany'],
        needs: ['large heat pumps for district heating'],
      }),
    );
    phases.mark('utilityJoined');
    const rankedForOpportunity = await waitFor(
      async () => {
        const items = expectStatus(await platform.matches.organisationsForOpportunity(opportunityId), 200, 'GET opportunity ranking').items;
        return items.some((item) => item.organisationId === utility) ? items : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 100, description: `${utility} in the opportunity's ranking` },
    );
    phases.mark('utilityInOpportunityRanking');
    // Sector + technology beats sector alone: the heat pump maker stays first.
    expect(rankedForOpportunity.map((item) => item.organisationId)).toEqual([heatPumps, utility]);
    const utilityForOpportunity = rankedForOpportunity[1] as OrganisationMatch;
    expect(utilityForOpportunity.reasons.map((reason) => reason.kind)).not.toContain('technology');
    expectExplained(utilityForOpportunity);

    const partners = await waitFor(
      async () => {
        const items = await platform.matches.partnersOf(heatPumps);
        return items?.some((item) => item.organisationId === utility) ? items : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100, description: `${utility} among ${heatPumps}'s partners` },
    );
    phases.mark('utilityInPartnerRanking');
    const utilityAsPartner = partners.find((item) => item.organisationId === utility) as OrganisationMatch;
    // Each offers what the other needs, in both directions, and they share the sector.
    const offerNeeds = utilityAsPartner.reasons.filter((reason) => reason.kind === 'offer-need');
    expect(offerNeeds.map((reason) => reason['offeredBy']).sort()).toEqual([heatPumps, utility].sort());
    expect(offerNeeds.every((reason) => Array.isArray(reason['sharedTerms']) && (reason['sharedTerms'] as string[]).length > 0)).toBe(true);
    expect(utilityAsPartner.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'sector', sector: 'district-heating' })]));
    expectExplained(utilityAsPartner);
    expect(partners.map((item) => item.organisationId)).not.toContain(farming);
    // The score is symmetric: the utility sees the heat pump maker with the very same score.
    const seenBack = (await platform.matches.partnersOf(utility))?.find((item) => item.organisationId === heatPumps);
    expect(seenBack?.score).toBe(utilityAsPartner.score);

    // Introductions between them (matchmaking's own aggregate, so the emitted-events contract check
    // sees its events too): one accepted with an outcome, one declined, one withdrawn.
    const asMember = (organisationId: string): HttpClient =>
      new HttpClient(() => platform.matchmaking.baseUrl, memberToken(platform.jwtSecret, clusterId, organisationId));
    const introduce = async (requester: string, target: string): Promise<string> => {
      const body = { requesterOrganisationId: requester, targetOrganisationId: target, purpose: 'partnership', message: 'Heat for your network?' };
      return expectStatus(await asMember(requester).post<{ introductionId: string }>('/introductions', body), 201, 'POST /introductions').introductionId;
    };
    const toUtility = await introduce(heatPumps, utility);
    expect(expectStatus(await asMember(utility).post(`/introductions/${toUtility}/accept`, {}), 200, 'accept')).toMatchObject({ status: 'accepted' });
    expectStatus(await asMember(heatPumps).post(`/introductions/${toUtility}/outcome`, { outcome: 'follow-up-meeting' }), 200, 'outcome');
    expect(expectStatus(await asMember(farming).post(`/introductions/${await introduce(heatPumps, farming)}/decline`, {}), 200, 'decline')).toMatchObject({ status: 'declined' });
    expect(expectStatus(await asMember(utility).post(`/introductions/${await introduce(utility, farming)}/withdraw`, {}), 200, 'withdraw')).toMatchObject({ status: 'withdrawn' });
    phases.mark('introductions');

    console.log(summarise('matches (ms per phase)', phases.figures()));
    platform.markPassed();
  }, 180_000);
});

/** The explanation accounts for the whole score: contributions add up to it. */
function expectExplained(match: OrganisationMatch): void {
  expect(match.score).toBeGreaterThan(0);
  const total = match.reasons.reduce((sum: number, reason: MatchReason) => sum + reason.contribution, 0);
  expect(total).toBeCloseTo(match.score, 6);
}
