import { PrincipalTestClient, type TestPrincipal, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { OrganisationJoined, Topics, type IntroductionSnapshotV1, type OrganisationSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { MembershipEventProducer } from '../directory/testing/membership-event.producer';
import { anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { startMatchmakingTestApp, type MatchmakingTestApp } from '../directory/testing/matchmaking-test-app';
import { HISTORY_REFRESH_INTERVAL_MS } from './ranking/introduction-outcome-history';

interface OrganisationMatch {
  organisationId: string;
  score: number;
  reasons: { kind: string; rule?: string; outcome?: string }[];
}

/**
 * Two replicas on one database: the second loads outcomes recorded before it started (start-up
 * load, before it listens), and catches up with an outcome recorded on the first afterwards.
 */
describe('introduction outcomes across replicas (real app, real Kafka and FerretDB)', () => {
  let first: MatchmakingTestApp;
  let second: MatchmakingTestApp | undefined;
  let client: PrincipalTestClient;
  const clusterId = `in-rep-${randomUUID().slice(0, 8)}`;
  const alpha = anOrganisation({ clusterId, name: 'Alpha Heat', helixType: 'company', country: 'DK', sectors: ['district-heating'], offers: ['Heat pump design'], needs: [] });
  const bravo = anOrganisation({ clusterId, name: 'Bravo Storage', helixType: 'research-institution', country: 'DE', sectors: ['district-heating'], offers: [], needs: ['Heat pump design'] });
  const manager: TestPrincipal = { role: 'cluster-manager', clusterId };

  const bravoFor = async (app: MatchmakingTestApp): Promise<OrganisationMatch | undefined> =>
    ((await app.get(`/matches/organisations/${alpha.organisationId}/organisations`)).body as { items: OrganisationMatch[] } | undefined)?.items.find(
      (match) => match.organisationId === bravo.organisationId,
    );
  const penalised = (match: OrganisationMatch | undefined) => match?.reasons.some((reason) => reason.rule === 'previous-introduction') ?? false;

  beforeAll(async () => {
    first = await startMatchmakingTestApp();
    client = new PrincipalTestClient(first.baseUrl);
    const producer = await MembershipEventProducer.connect(first.brokers);
    try {
      await producer.send(
        Topics.membershipOrganisation,
        ...[alpha, bravo].map((organisation: OrganisationSnapshotV1) =>
          buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' }),
        ),
      );
    } finally {
      await producer.disconnect();
    }
    await waitFor(async () => (await bravoFor(first)) !== undefined, { timeoutMs: 30_000, description: 'Alpha and Bravo matched on the first replica' });
  });

  afterAll(async () => {
    await second?.stop();
    await first?.close();
  });

  it('loads recorded outcomes at start-up and catches up with outcomes recorded on another replica', async () => {
    const created = (await client.request('POST', '/introductions', manager, {
      requesterOrganisationId: alpha.organisationId,
      targetOrganisationId: bravo.organisationId,
      purpose: 'partnership',
      message: 'Heat pumps for your storage pilots',
    })).body as IntroductionSnapshotV1;
    expect((await client.request('POST', `/introductions/${created.introductionId}/accept`, manager, {})).status).toBe(200);
    expect((await client.request('POST', `/introductions/${created.introductionId}/outcome`, manager, { outcome: 'no-further-contact' })).status).toBe(200);
    expect(penalised(await bravoFor(first))).toBe(true);

    // The second replica shares the database, the groups and the token secret.
    second = await startMatchmakingTestApp(first);
    const replica = second;
    // Loaded before it listened: the penalty is there on its very first ranking.
    await waitFor(async () => (await bravoFor(replica)) !== undefined, { timeoutMs: 30_000, description: 'the second replica ranks Bravo' });
    expect(penalised(await bravoFor(replica))).toBe(true);

    // A correction recorded on the first replica reaches the second at its next catch-up.
    expect((await client.request('POST', `/introductions/${created.introductionId}/outcome`, manager, { outcome: 'cooperation-agreement' })).status).toBe(200);
    expect(penalised(await bravoFor(first))).toBe(false);
    await waitFor(async () => !penalised(await bravoFor(replica)), {
      timeoutMs: HISTORY_REFRESH_INTERVAL_MS * 3,
      description: 'the second replica sees the corrected outcome',
    });
  });
});
