import { randomUUID } from 'node:crypto';
import { OrganisationJoined, Topics } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { waitFor } from '@icn/testing';
import { anOrganisation } from './testing/membership-snapshot.fixtures';
import { MembershipEventProducer } from './testing/membership-event.producer';
import { startMatchmakingTestApp, type MatchmakingTestApp } from './testing/matchmaking-test-app';

interface Page {
  items: { organisationId: string; name: string }[];
  nextCursor: string | null;
}

describe('matchmaking directory HTTP (real app)', () => {
  let mm: MatchmakingTestApp;
  const clusterId = `mm-${randomUUID().slice(0, 8)}`;
  const names = ['Charlie Labs', 'Alpha Energy', 'Bravo Water'];

  beforeAll(async () => {
    mm = await startMatchmakingTestApp();
    const producer = await MembershipEventProducer.connect(mm.brokers);
    try {
      for (const name of names) {
        const organisation = anOrganisation({ clusterId, name });
        await producer.send(
          Topics.membershipOrganisation,
          buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: 'membership' }),
        );
      }
    } finally {
      await producer.disconnect();
    }
    await waitFor(async () => ((await mm.get(`/directory/organisations/count?clusterId=${clusterId}`)).body as { total: number }).total === 3, {
      timeoutMs: 30_000,
      description: 'three organisations in the directory',
    });
  });

  afterAll(async () => {
    await mm?.close();
  });

  it('pages through a cluster in name order with an opaque cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/directory/organisations?clusterId=${clusterId}&limit=2${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const { status, body } = await mm.get(query);
      expect(status).toBe(200);
      const page = body as Page;
      seen.push(...page.items.map((item) => item.name));
      cursor = page.nextCursor;
    } while (cursor !== null);

    expect(seen).toEqual(['Alpha Energy', 'Bravo Water', 'Charlie Labs']);
  });

  it('requires authentication', async () => {
    expect((await mm.get('/directory/organisations', null)).status).toBe(401);
    expect((await mm.get('/directory/clusters', 'not-a-token')).status).toBe(401);
  });

  it('rejects unknown filters, bad values and forged cursors with 400', async () => {
    expect((await mm.get('/directory/organisations?colour=blue')).status).toBe(400);
    expect((await mm.get('/directory/organisations?sector=crypto')).status).toBe(400);
    expect((await mm.get('/directory/organisations?limit=1000')).status).toBe(400);
    expect((await mm.get('/directory/organisations?cursor=forged')).status).toBe(400);
    expect((await mm.get('/directory/organisations/not-a-uuid')).status).toBe(400);
  });

  it('answers 404 for an unknown organisation or cluster', async () => {
    expect((await mm.get(`/directory/organisations/${randomUUID()}`)).status).toBe(404);
    expect((await mm.get('/directory/clusters/no-such-cluster')).status).toBe(404);
  });

  it('is ready only with its database and Kafka', async () => {
    const { status, body } = await mm.get('/health/ready', null);
    expect(status).toBe(200);
    expect(body).toMatchObject({ details: { mongo: { status: 'up' }, kafka: { status: 'up' } } });
  });

  it('documents the directory in OpenAPI', async () => {
    const { status, body } = await mm.get('/docs-json', null);
    expect(status).toBe(200);
    const paths = Object.keys((body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/directory/organisations',
        '/directory/organisations/count',
        '/directory/organisations/{organisationId}',
        '/directory/clusters',
        '/directory/clusters/{clusterId}',
      ]),
    );
  });
});
