import { PrincipalTestClient, type TestPrincipal, waitFor } from '@icn/testing';
import type { ErrorBody } from '@icn/platform';
import { randomUUID } from 'node:crypto';
import { startConsortiaTestApp, type ConsortiaTestApp } from '../testing/consortia-test-app';
import { aCluster, anOrganisation } from '../testing/membership-snapshot.fixtures';
import { PlatformEventProducer } from '../testing/platform-event.producer';
import type { ConsortiumView } from './http/consortium.view';

interface Page {
  items: ConsortiumView[];
  nextCursor: string | null;
}

/** GET /consortia is paged like every other list: `limit` + `cursor` → `{items, nextCursor}`. */
describe('GET /consortia pages (real app, Kafka and FerretDB)', () => {
  let app: ConsortiaTestApp;
  let client: PrincipalTestClient;
  const clusterId = `cn-page-${randomUUID().slice(0, 8)}`;
  const lead = anOrganisation({ clusterId, name: 'Paging Lead ApS', country: 'DK', helixType: 'company', companySize: 'sme' });
  const member: TestPrincipal = { role: 'member', clusterId, organisationId: lead.organisationId };
  const deadline = new Date(Date.now() + 90 * 24 * 60 * 60 * 1000).toISOString();
  const createdIds: string[] = [];

  const create = (title: string) =>
    client.request('POST', '/consortia', member, {
      title,
      leadOrganisationId: lead.organisationId,
      call: { programme: 'LIFE', topic: 'Paging', deadline },
      rules: { minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 },
    });

  beforeAll(async () => {
    app = await startConsortiaTestApp();
    client = new PrincipalTestClient(app.baseUrl);
    const producer = await PlatformEventProducer.connect(app.brokers);
    try {
      await producer.clusterRegistered(aCluster({ clusterId, name: clusterId }));
      await producer.organisationJoined(lead);
    } finally {
      await producer.disconnect();
    }
    const first = await waitFor(
      async () => {
        const response = await create('paging 1');
        return response.status === 201 ? response : undefined;
      },
      { timeoutMs: 30_000, description: 'the lead in the directory' },
    );
    createdIds.push((first.body as ConsortiumView).consortiumId);
    for (let i = 2; i <= 5; i++) {
      const response = await create(`paging ${i}`);
      expect(response.status).toBe(201);
      createdIds.push((response.body as ConsortiumView).consortiumId);
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('walks five consortia in pages of two, newest first, each once, and ends with nextCursor null', async () => {
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '?limit=2' : `?limit=2&cursor=${encodeURIComponent(cursor)}`;
      const response = await client.request('GET', `/consortia${query}`, member);
      expect(response.status).toBe(200);
      const page = response.body as Page;
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 10);

    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
    const seen = pages.flatMap((page) => page.items.map((item) => item.consortiumId));
    expect(seen).toEqual([...createdIds].reverse());
    const createdAt = pages.flatMap((page) => page.items.map((item) => item.createdAt));
    expect([...createdAt].sort().reverse()).toEqual(createdAt);

    // Without limit: the default page holds all five, and says there is nothing more.
    const all = (await client.request('GET', '/consortia', member)).body as Page;
    expect(all.items.map((item) => item.consortiumId)).toEqual([...createdIds].reverse());
    expect(all.nextCursor).toBeNull();
  });

  it('answers 400 naming the parameter for a forged cursor or an out-of-range limit', async () => {
    for (const [query, field] of [
      ['?cursor=not-a-cursor', 'cursor'],
      [`?cursor=${Buffer.from('{"x":1}').toString('base64url')}`, 'cursor'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
    ] as const) {
      const response = await client.request('GET', `/consortia${query}`, member);
      expect(response.status).toBe(400);
      expect((response.body as ErrorBody).details?.map((detail) => detail.field)).toEqual([field]);
    }
  });
});
