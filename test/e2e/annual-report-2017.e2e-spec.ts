import { randomUUID } from 'node:crypto';
import { ALL_TOPICS, type ConsortiumSnapshotV1 } from '@icn/contracts';
import { positionGroupAtEnd } from '@icn/messaging';
import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput, type OrganisationInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import { deleteGroups } from '../support/kafka-client';
import { PhaseTimer } from '../support/phase-timer';
import { clusterManagerToken, memberToken, networkAdminToken } from '../support/tokens';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

const DAY_MS = 86_400_000;

interface Party {
  organisationId: string;
  clusterId: string;
}

interface ClusterFigures {
  clusterId: string;
  passport: { applications: number };
  programmeApplications: { forwarded: number };
  consortia: { submitted: number; granted: number; reserveListed: number };
  eurGranted: number;
}

interface AnnualReport {
  year: number;
  clusters: ClusterFigures[];
  programmes: { programmeTitle: string; forwarded: number }[];
}

/**
 * The year the network published (issue 14): 15 Passport applications, 37 applications to the C40
 * city solutions platform, 3 project submissions, 450,000 EUR granted to five clusters, one reserve
 * list — replayed through the services' APIs (membership, matchmaking's Passport, consortia, the
 * network's programmes and applications) as processes, and read back from the network service's
 * annual report, which only learns of them through Kafka. The replay happens now, so its figures
 * are those of the current year; the shared broker carries other runs' events, so the figures
 * compared are the sums over this run's five clusters.
 */
describe('annual report: the 2017 figures replayed through the APIs', () => {
  let platform: E2ePlatform;
  const clusters = [0, 1, 2, 3, 4].map((index) => (index === 0 ? '' : uniqueClusterId()));
  const countries = ['DK', 'BE', 'NO', 'ES', 'US'];
  const year = new Date().getUTCFullYear();
  const rebuildGroup = `e2e-${randomUUID().slice(0, 8)}-network.annual-report.r2`;

  beforeAll(async () => {
    platform = await E2ePlatform.start('annual-report-2017', { consortia: true, network: true });
    clusters[0] = platform.clusterId;
    // The rebuilder's group starts where the live report's did (before the scenario's first event).
    await positionGroupAtEnd(platform.kafka, rebuildGroup, ALL_TOPICS);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const matchmakingAs = (token: string): HttpClient => new HttpClient(() => platform.matchmaking.baseUrl, token);

  it('15 Passport applications, 37 C40 applications, 3 submissions, 450,000 EUR to five clusters and one reserve list come out of the report', async () => {
    const phases = new PhaseTimer();
    const secret = platform.jwtSecret;
    const admin = networkAdminToken(secret);
    for (const [index, clusterId] of clusters.entries()) {
      if (index > 0) await platform.api.registerCluster(clusterInput(clusterId, { name: `Cluster ${index}`, country: countries[index] }));
    }
    const join = async (input: OrganisationInput): Promise<Party> => {
      const { organisationId } = expectStatus(await platform.membershipAs(input.clusterId).joinOrganisation(input), 201, `POST /organisations ${input.name}`);
      return { organisationId, clusterId: input.clusterId };
    };
    // 37 companies across the five clusters (the C40 applicants; the first 15 also go on a Passport visit), one research institution per cluster.
    const companies: Party[] = [];
    for (let n = 0; n < 37; n++) {
      const index = n % 5;
      companies.push(
        await join(organisationInput(clusters[index], 1000 + n, { name: `Cleantech company ${n}`, helixType: 'company', companySize: 'sme', country: countries[index], sectors: ['energy-efficiency'] })),
      );
    }
    const research: Party[] = [];
    for (const [index, clusterId] of clusters.entries()) {
      const input = organisationInput(clusterId, 2000 + index, { name: `Research institute ${index}`, helixType: 'research-institution', country: countries[index], sectors: ['energy-efficiency'] });
      delete input.companySize;
      research.push(await join(input));
    }
    phases.mark('joined');

    // 15 Passport applications (matchmaking), each to the next cluster.
    for (let k = 0; k < 15; k++) {
      const applicant = companies[k];
      const hostIndex = (clusters.indexOf(applicant.clusterId) + 1) % 5;
      const from = new Date(Date.now() + (30 + k) * DAY_MS).toISOString().slice(0, 10);
      const to = new Date(Date.now() + (31 + k) * DAY_MS).toISOString().slice(0, 10);
      const member = matchmakingAs(memberToken(secret, applicant.clusterId, applicant.organisationId));
      await waitFor(
        async () =>
          (
            await member.post('/passport/applications', {
              organisationId: applicant.organisationId,
              hostClusterId: clusters[hostIndex],
              targetCountry: countries[hostIndex],
              purpose: 'Meet the host cluster’s cleantech companies',
              from,
              to,
              services: ['local-key-contacts'],
            })
          ).status === 201,
        { timeoutMs: 90_000, description: `Passport application ${k} accepted by matchmaking (its directory filled from Kafka)` },
      );
    }
    phases.mark('passport');

    // The C40 city solutions platform, and 37 applications drafted, submitted, endorsed and forwarded.
    const network = platform.networkAs(admin);
    const partner = expectStatus(await network.post<{ partnerId: string }>('/partners', { name: 'C40 Cities', website: 'https://www.c40.org', country: 'GB' }), 201, 'C40');
    const programmeTitle = `C40 city solutions platform ${randomUUID().slice(0, 8)}`;
    const programme = expectStatus(
      await network.post<{ programmeId: string }>('/programmes', {
        partnerId: partner.partnerId,
        title: programmeTitle,
        eligibility: { sectors: ['energy-efficiency'], helixTypes: ['company'], countries: [] },
        callWindow: { opensAt: new Date(Date.now() - DAY_MS).toISOString(), closesAt: new Date(Date.now() + 30 * DAY_MS).toISOString() },
        requirements: [{ key: 'solution-summary', title: 'Solution summary' }],
      }),
      201,
      'the C40 programme',
    );
    for (const [n, company] of companies.entries()) {
      const member = platform.networkAs(memberToken(secret, company.clusterId, company.organisationId));
      const draft = await waitFor(
        async () => {
          const response = await member.post<{ applicationId: string }>('/applications', {
            programmeId: programme.programmeId,
            answers: [{ requirementKey: 'solution-summary', text: `Solution of company ${n}` }],
          });
          return response.status === 201 ? response.body : undefined;
        },
        { timeoutMs: 90_000, description: `application ${n} drafted (network's directory filled from Kafka)` },
      );
      const path = `/applications/${draft.applicationId}`;
      expectStatus(await member.post(`${path}/submit`, {}), 200, `submit ${n}`);
      expectStatus(await platform.networkAs(clusterManagerToken(secret, company.clusterId)).post(`${path}/endorse`, {}), 200, `endorse ${n}`);
      expectStatus(await network.post(`${path}/forward`, {}), 200, `forward ${n}`);
    }
    phases.mark('c40');

    // Three project submissions: two granted (450,000 EUR over the five clusters), one reserve-listed.
    const consortium = async (coordinator: Party, partners: Party[], title: string): Promise<string> => {
      const lead = platform.consortiaAs(memberToken(secret, coordinator.clusterId, coordinator.organisationId));
      const created = await waitFor(
        async () => {
          const response = await lead.post<ConsortiumSnapshotV1>('/consortia', {
            title,
            leadOrganisationId: coordinator.organisationId,
            call: { programme: 'COSME', topic: 'Cluster internationalisation', deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(), budgetEur: 2_000_000 },
            rules: { minPartners: 2, minCountries: 2, requiredHelixTypes: ['research-institution'], minSmeSharePercent: 0 },
          });
          return response.status === 201 ? response.body : undefined;
        },
        { timeoutMs: 90_000, description: `consortium ${title} created (consortia's directory filled from Kafka)` },
      );
      const path = `/consortia/${created.consortiumId}`;
      for (const party of partners) {
        const invited = expectStatus(await lead.post<ConsortiumSnapshotV1>(`${path}/invitations`, { organisationId: party.organisationId, role: 'partner' }), 201, `invite to ${title}`);
        const invitation = invited.invitations.find((candidate) => candidate.organisationId === party.organisationId)?.invitationId as string;
        expectStatus(await platform.consortiaAs(memberToken(secret, party.clusterId, party.organisationId)).post(`${path}/invitations/${invitation}/accept`, {}), 200, `accept ${title}`);
      }
      expectStatus(await lead.post(`${path}/start-drafting`, {}), 200, `drafting ${title}`);
      for (const key of ['excellence', 'impact', 'implementation', 'budget']) expectStatus(await lead.patch(`${path}/sections/${key}`, { status: 'done' }), 200, `${key} done`);
      for (const party of [coordinator, ...partners]) {
        expectStatus(await lead.request('PUT', `${path}/budget/${party.organisationId}`, { body: { lines: [{ category: 'personnel', amountEur: 100_000 }] } }), 200, `budget ${title}`);
      }
      expectStatus(await lead.post(`${path}/submit`, {}), 200, `submit ${title}`);
      return path;
    };
    const grant = async (coordinator: Party, path: string, shares: [Party, number][]): Promise<void> => {
      const lead = platform.consortiaAs(memberToken(secret, coordinator.clusterId, coordinator.organisationId));
      const totalEur = shares.reduce((sum, [, amount]) => sum + amount, 0);
      expectStatus(await lead.post(`${path}/grant`, { totalEur, shares: shares.map(([party, amountEur]) => ({ organisationId: party.organisationId, amountEur })) }), 200, `grant ${path}`);
    };
    const [c0, c1, , c3] = [companies[0], companies[1], companies[2], companies[3]];
    const first = await consortium(c0, [research[1], research[2]], 'HEAT-NORTH');
    await grant(c0, first, [
      [c0, 100_000],
      [research[1], 90_000],
      [research[2], 80_000],
    ]);
    const second = await consortium(c3, [research[4]], 'SOLAR-SOUTH');
    await grant(c3, second, [
      [c3, 100_000],
      [research[4], 80_000],
    ]);
    const third = await consortium(c1, [research[0]], 'STORAGE-WEST');
    expectStatus(await platform.consortiaAs(memberToken(secret, c1.clusterId, c1.organisationId)).post(`${third}/reserve-list`, {}), 200, 'reserve list');
    phases.mark('consortia');

    // The network's annual report, from its own read model of every service's topics.
    const ours = (report: AnnualReport): ClusterFigures[] => report.clusters.filter((cluster) => clusters.includes(cluster.clusterId));
    const sum = (report: AnnualReport, pick: (figures: ClusterFigures) => number): number => ours(report).reduce((total, figures) => total + pick(figures), 0);
    const figures = (report: AnnualReport) => ({
      passportApplications: sum(report, (f) => f.passport.applications),
      c40Applications: report.programmes.find((p) => p.programmeTitle === programmeTitle)?.forwarded ?? 0,
      programmeApplicationsForwarded: sum(report, (f) => f.programmeApplications.forwarded),
      projectSubmissions: sum(report, (f) => f.consortia.submitted),
      granted: sum(report, (f) => f.consortia.granted),
      eurGranted: sum(report, (f) => f.eurGranted),
      clustersFunded: ours(report).filter((f) => f.eurGranted > 0).length,
      reserveLists: sum(report, (f) => f.consortia.reserveListed),
    });
    const published = { passportApplications: 15, c40Applications: 37, programmeApplicationsForwarded: 37, projectSubmissions: 3, granted: 2, eurGranted: 450_000, clustersFunded: 5, reserveLists: 1 };
    const report = await waitFor(
      async () => {
        const response = await network.get<AnnualReport>(`/annual-reports/${year}`);
        if (response.status !== 200) return undefined;
        return JSON.stringify(figures(response.body)) === JSON.stringify(published) ? response.body : undefined;
      },
      { timeoutMs: 120_000, description: 'the report’s figures for this run’s clusters to reach the published ones' },
    );
    expect(figures(report)).toEqual(published);
    phases.mark('report');

    // Rebuilt from the topics (deploy/RUNBOOK.md): a second network process on a new group and collection
    // suffix, running only the annual-report group, equals the live report for this run's clusters.
    const network0 = platform.network;
    if (network0 === undefined) throw new Error('started without network');
    const rebuilder = network0.replica('rebuild', { REPORT_CONSUMER_GROUP: rebuildGroup, REPORT_COLLECTION_SUFFIX: '_r2', ONLY_CONSUMER_GROUPS: 'annual-report' });
    await rebuilder.startAndWaitReady();
    try {
      const rebuiltClient = new HttpClient(() => rebuilder.baseUrl, admin);
      const rebuilt = await waitFor(
        async () => {
          const response = await rebuiltClient.get<AnnualReport>(`/annual-reports/${year}`);
          return response.status === 200 && JSON.stringify(ours(response.body)) === JSON.stringify(ours(report)) ? response.body : undefined;
        },
        { timeoutMs: 120_000, description: 'the rebuilt report equal to the live one for this run’s clusters' },
      );
      expect(ours(rebuilt)).toEqual(ours(report));
    } finally {
      await rebuilder.stop();
      await deleteGroups(platform.kafka, [rebuildGroup]);
    }
    phases.mark('rebuilt');
    console.log(`[e2e] annual-report-2017: ${JSON.stringify(figures(report))}; phases ${JSON.stringify(phases.figures())}`);
    platform.markPassed();
  });
});
