import { PrincipalTestClient, type TestPrincipal, waitFor } from '@icn/testing';
import { encodeKeysetCursor, type ErrorBody } from '@icn/platform';
import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { randomUUID } from 'node:crypto';
import { aFundingCall } from '../funding-calls/testing/funding-call.fixtures';
import { startConsortiaTestApp, type ConsortiaTestApp } from '../testing/consortia-test-app';
import { aCluster, anOrganisation } from '../testing/membership-snapshot.fixtures';
import { PlatformEventProducer } from '../testing/platform-event.producer';
import type { ConsortiumView } from './http/consortium.view';

interface Page {
  items: ConsortiumView[];
  nextCursor: string | null;
}

/** GET /consortia and GET /funding-calls are paged like every other list: `limit` + `cursor` → `{items, nextCursor}`. */
describe('consortia lists page (real app, Kafka and FerretDB)', () => {
  let app: ConsortiaTestApp;
  let client: PrincipalTestClient;
  const clusterId = `cn-page-${randomUUID().slice(0, 8)}`;
  const lead = anOrganisation({ clusterId, name: 'Paging Lead ApS', country: 'DK', helixType: 'company', companySize: 'sme' });
  const member: TestPrincipal = { role: 'member', clusterId, organisationId: lead.organisationId };
  const deadline = new Date(Date.now() + 90 * 24 * 60 * 60 * 1000).toISOString();
  const created: ConsortiumView[] = [];
  // The list's order: newest first, ties (same millisecond) by id.
  const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const newestFirst = <T>(rows: T[], at: (row: T) => string, id: (row: T) => string): string[] =>
    [...rows].sort((a, b) => byteOrder(at(b), at(a)) || byteOrder(id(a), id(b))).map(id);
  const expectedConsortia = () => newestFirst(created, (row) => row.createdAt, (row) => row.consortiumId);
  // Far-future deadlines of our own, so the calls other runs left on the shared topic sort elsewhere.
  const base = Date.UTC(2090, 0, 1) + Math.floor(Math.random() * 1e10);
  const at = (hours: number) => new Date(base + hours * 3_600_000).toISOString();
  const calls = [1, 2, 3].map((hours) => aFundingCall({ originClusterId: clusterId, deadline: at(hours) }));
  // Between the first and the second, for another cluster only: the page must skip it.
  const hidden = aFundingCall({ originClusterId: 'elsewhere', visibility: 'target-clusters', targetClusterIds: ['elsewhere'], deadline: at(1.5) });

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
      for (const call of [...calls, hidden]) await producer.opportunityPublished(call);
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
    created.push(first.body as ConsortiumView);
    for (let i = 2; i <= 5; i++) {
      const response = await create(`paging ${i}`);
      expect(response.status).toBe(201);
      created.push(response.body as ConsortiumView);
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
    expect(seen).toEqual(expectedConsortia());
    const createdAt = pages.flatMap((page) => page.items.map((item) => item.createdAt));
    expect([...createdAt].sort().reverse()).toEqual(createdAt);

    // Without limit: the default page holds all five, and says there is nothing more.
    const all = (await client.request('GET', '/consortia', member)).body as Page;
    expect(all.items.map((item) => item.consortiumId)).toEqual(expectedConsortia());
    expect(all.nextCursor).toBeNull();
  });

  it('pages a consortium’s partner searches, newest first', async () => {
    const path = `/consortia/${created[0].consortiumId}/partner-searches`;
    const requested: string[] = [];
    for (const keyword of ['heat storage', 'district heating', 'hydrogen valleys']) {
      const response = await client.request('POST', path, member, { keywords: [keyword] });
      expect(response.status).toBe(202);
      requested.push((response.body as { requestId: string }).requestId);
    }
    const first = (await client.request('GET', `${path}?limit=2`, member)).body as { items: { requestId: string; requestedAt: string }[]; nextCursor: string | null };
    expect(first.nextCursor).not.toBeNull();
    const second = (await client.request('GET', `${path}?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, member)).body as {
      items: { requestId: string; requestedAt: string }[];
      nextCursor: string | null;
    };
    expect(second.nextCursor).toBeNull();
    const walked = [...first.items, ...second.items];
    expect(walked.map((search) => search.requestId)).toEqual(newestFirst(walked, (search) => search.requestedAt, (search) => search.requestId));
    expect(walked.map((search) => search.requestId).sort()).toEqual([...requested].sort());
  });

  it('pages the funding calls a member may see, soonest deadline first, skipping those it may not see', async () => {
    const admin: TestPrincipal = { role: 'network-admin' };
    await waitFor(
      async () => {
        for (const call of [...calls, hidden]) {
          if ((await client.request('GET', `/funding-calls/${call.opportunityId}`, admin)).status !== 200) return false;
        }
        return true;
      },
      { timeoutMs: 30_000, description: 'the funding calls in the read model' },
    );
    // Resume just before our calls, one per page: the hidden one between them must not cost a page.
    let cursor: string | null = encodeKeysetCursor({ key: at(0), id: '0' });
    const seen: OpportunitySnapshotV1[] = [];
    for (let i = 0; i < 3 && cursor !== null; i++) {
      const response = await client.request('GET', `/funding-calls?limit=1&cursor=${encodeURIComponent(cursor)}`, member);
      expect(response.status).toBe(200);
      const page = response.body as { items: OpportunitySnapshotV1[]; nextCursor: string | null };
      expect(page.items).toHaveLength(1);
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen.map((call) => call.opportunityId)).toEqual(calls.map((call) => call.opportunityId));
    // The secretariat sees the hidden one in its place.
    const adminPage = await client.request('GET', `/funding-calls?limit=4&cursor=${encodeURIComponent(encodeKeysetCursor({ key: at(0), id: '0' }))}`, admin);
    expect((adminPage.body as { items: OpportunitySnapshotV1[] }).items.slice(0, 4).map((call) => call.opportunityId)).toEqual(
      [calls[0], hidden, calls[1], calls[2]].map((call) => call.opportunityId),
    );
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
