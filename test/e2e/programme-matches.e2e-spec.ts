import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput, type OrganisationInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import type { OrganisationMatch } from '../support/matches-api';
import { clusterManagerToken, memberToken, networkAdminToken } from '../support/tokens';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

const DAY_MS = 86_400_000;

interface ProgrammeMatches {
  programmeId: string;
  callWindow: { opensAt: string; closesAt: string; phase: 'upcoming' | 'open' | 'closed' };
  notRankedBecause?: string;
  applicantsLeftOut: number;
  items: OrganisationMatch[];
}

/**
 * Issue 14, point 2, across processes: membership, matchmaking and network as the compiled services.
 * Members of two clusters join over membership; the secretariat registers a partner and two
 * programmes over network (one open, one whose call has closed); matchmaking learns them only from
 * network's events on icn.network.programme.v1 and ranks the eligible members of both clusters for
 * the open one, with reasons, while the closed one answers empty saying why; a member that applies
 * over network leaves the lists of those who may know of its application.
 */
describe('members ranked for a partner programme: network’s events → matchmaking', () => {
  let platform: E2ePlatform;
  const guest = uniqueClusterId();

  beforeAll(async () => {
    platform = await E2ePlatform.start('programme-matches', { network: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('ranks eligible members of every cluster with reasons while the call is open, leaves out an applicant for those who may know, nobody once the call has closed', async () => {
    const secret = platform.jwtSecret;
    const home = platform.clusterId;
    await platform.api.registerCluster(clusterInput(guest, { name: 'Guest cluster', country: 'ES', city: 'Barcelona' }));
    const join = async (clusterId: string, n: number, overrides: Partial<OrganisationInput>) =>
      expectStatus(await platform.membershipAs(clusterId).joinOrganisation(organisationInput(clusterId, n, { technologies: [], offers: [], needs: [], ...overrides })), 201, `join ${n}`).organisationId;
    const heat = await join(home, 4100, { name: 'Heat Pump Works', helixType: 'company', companySize: 'sme', country: 'DK', sectors: ['district-heating'], offers: ['Heat pump design'] });
    const cities = await join(guest, 4101, { name: 'Cities Energy', helixType: 'company', companySize: 'large', country: 'ES', sectors: ['district-heating', 'energy-efficiency'], needs: ['Pilot sites in cities'] });
    // Not eligible: a research institution (the programme takes companies), a company of another sector.
    const lab = await join(home, 4102, { name: 'Heat Lab', helixType: 'research-institution', companySize: undefined, country: 'DK', sectors: ['district-heating'], offers: ['Heat pumps'] });
    const water = await join(guest, 4103, { name: 'Water Co', helixType: 'company', companySize: 'sme', country: 'ES', sectors: ['water'], offers: ['Heat pumps'] });
    const ours = new Set([heat, cities, lab, water]);

    const network = platform.networkAs(networkAdminToken(secret));
    const partner = expectStatus(await network.post<{ partnerId: string }>('/partners', { name: 'C40 Cities', website: 'https://www.c40.org', country: 'GB' }), 201, 'partner');
    const definition = {
      partnerId: partner.partnerId,
      title: 'City solutions platform',
      description: 'Cities look for proven solutions: heat pumps, thermal storage and district heating. Pilot sites in European cities.',
      eligibility: { sectors: ['district-heating', 'energy-efficiency'], helixTypes: ['company'], countries: [] },
      requirements: [{ key: 'solution-summary', title: 'Solution summary' }],
    };
    const registeredAt = Date.now();
    const open = expectStatus(
      await network.post<{ programmeId: string }>('/programmes', { ...definition, callWindow: { opensAt: new Date(Date.now() - DAY_MS).toISOString(), closesAt: new Date(Date.now() + 30 * DAY_MS).toISOString() } }),
      201,
      'the open programme',
    );
    const closesAt = new Date(Date.now() - DAY_MS).toISOString();
    const closed = expectStatus(
      await network.post<{ programmeId: string }>('/programmes', { ...definition, title: 'Last year’s call', callWindow: { opensAt: new Date(Date.now() - 60 * DAY_MS).toISOString(), closesAt } }),
      201,
      'the closed programme',
    );

    const matchmakingAs = (token: string) => new HttpClient(() => platform.matchmaking.baseUrl, token);
    const admin = matchmakingAs(networkAdminToken(secret));
    const rankingFor = async (client: HttpClient, programmeId: string, query = ''): Promise<ProgrammeMatches | undefined> => {
      const response = await client.get<ProgrammeMatches>(`/matches/programmes/${programmeId}/organisations${query}`);
      if (response.status === 404) return undefined;
      const view = expectStatus(response, 200, `ranking for ${programmeId}`);
      return { ...view, items: view.items.filter((item) => ours.has(item.organisationId)) };
    };
    // The programme reaches matchmaking through Kafka; the organisations reach its directory likewise.
    const ranked = await waitFor(
      async () => {
        const view = await rankingFor(admin, open.programmeId);
        return view !== undefined && view.items.length === 2 ? view : undefined;
      },
      { timeoutMs: 60_000, description: 'the open programme ranked in matchmaking with both eligible members' },
    );
    const visibleAfterMs = Date.now() - registeredAt;

    expect(ranked.callWindow.phase).toBe('open');
    expect(ranked.items.map((item) => [item.organisationId, Number(item.score.toFixed(2))])).toEqual([
      [cities, 13.57],
      [heat, 11],
    ]);
    expect(ranked.items[0]?.reasons.map((reason) => [reason.kind, reason['need'] ?? reason['sector'] ?? reason['rule']])).toEqual([
      ['sector', 'district-heating'],
      ['sector', 'energy-efficiency'],
      ['offer-need', 'Pilot sites in cities'],
      ['helix', 'targeted-helix-type'],
    ]);
    expect(ranked.items[1]?.reasons).toContainEqual(expect.objectContaining({ kind: 'offer-need', offeredBy: heat, offer: 'Heat pump design', need: 'heat pumps', contribution: 8 }));
    for (const item of ranked.items) expect(item.score).toBeCloseTo(item.reasons.reduce((sum, reason) => sum + reason.contribution, 0), 10);

    // The guest cluster's manager sees the same network-wide ranking, and its own members on request.
    const guestManager = matchmakingAs(clusterManagerToken(secret, guest));
    expect(await rankingFor(guestManager, open.programmeId)).toEqual(ranked);
    expect((await rankingFor(guestManager, open.programmeId, `?clusterId=${guest}`))?.items.map((item) => item.organisationId)).toEqual([cities]);

    // Cities Energy applies over network: the secretariat and the guest cluster's manager know, so it
    // leaves their lists; the home cluster's manager may not know, so its list is unchanged.
    const applicant = platform.networkAs(memberToken(secret, guest, cities));
    await waitFor(
      async () => {
        const response = await applicant.post<{ applicationId: string }>('/applications', { programmeId: open.programmeId, answers: [{ requirementKey: 'solution-summary', text: 'District heating pilots.' }] });
        return response.status === 201 ? response.body : undefined;
      },
      { timeoutMs: 60_000, description: 'the application drafted (network’s directory filled from Kafka)' },
    );
    const afterApplication = await waitFor(
      async () => {
        const view = await rankingFor(admin, open.programmeId);
        return view?.applicantsLeftOut === 1 ? view : undefined;
      },
      { timeoutMs: 60_000, description: 'the application in matchmaking' },
    );
    expect(afterApplication.items.map((item) => item.organisationId)).toEqual([heat]);
    expect((await rankingFor(guestManager, open.programmeId))?.items.map((item) => item.organisationId)).toEqual([heat]);
    expect(await rankingFor(matchmakingAs(clusterManagerToken(secret, home)), open.programmeId)).toEqual(ranked);

    const closedView = await waitFor(async () => rankingFor(admin, closed.programmeId), { timeoutMs: 60_000, description: 'the closed programme in matchmaking' });
    expect(closedView).toMatchObject({ items: [], notRankedBecause: `the call closed at ${closesAt}`, callWindow: { phase: 'closed' } });

    console.log(`programme-matches: ranked ${ranked.items.length} of 4 members for the open programme, visible in matchmaking ${visibleAfterMs} ms after its registration`);
    platform.markPassed();
  });
});
