import { aCluster, seedMembership, uniqueClusterId } from '../opportunities/testing/membership-events';
import { startOpportunitiesTestApp, type OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';
import { parseFeed, validateWithJing, type ParsedFeed } from '@icn/testing';

/** What the links say; the test app answers on its own port, so hrefs are mapped onto it. */
const PUBLIC_API = 'https://api.icn.example';
const CONSOLE = 'https://console.icn.example';
const PAGE_SIZE = 3;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface FetchedPage {
  status: number;
  headers: Headers;
  body: string;
}

describe('public Atom feed (real HTTP, real Kafka for the directory, FerretDB)', () => {
  let app: OpportunitiesTestApp;
  const clusterA = uniqueClusterId('feed-a');
  const clusterB = uniqueClusterId('feed-b');
  const clusterC = uniqueClusterId('feed-c');
  const publicIds = { [clusterA]: new Set<string>(), [clusterB]: new Set<string>() };
  const restrictedIds = new Set<string>();
  const restrictedTitles: string[] = [];
  let draftId = '';
  let closedId = '';
  let hostileId = '';
  const hostileTitle = `<script>alert("x")</script> & ]]> 'quotes' \u202Eright-to-left 😀`;
  const pages: string[] = [];

  const get = async (pathOrHref: string, headers: Record<string, string> = {}): Promise<FetchedPage> => {
    const url = pathOrHref.startsWith(PUBLIC_API) ? `${app.baseUrl}${pathOrHref.slice(PUBLIC_API.length)}` : `${app.baseUrl}${pathOrHref}`;
    const response = await fetch(url, { headers });
    const body = await response.text();
    if (response.status === 200) pages.push(body);
    return { status: response.status, headers: response.headers, body };
  };

  const publish = async (clusterId: string, body: Record<string, unknown>): Promise<string> => {
    const token = app.token({ sub: `manager-${clusterId}`, role: 'cluster-manager', clusterId });
    const response = await app.call('POST', '/opportunities', {
      token,
      body: { type: 'tender', description: 'A public tender.', sectors: ['water'], deadline: inDays(30), publish: true, ...body },
    });
    expect(response.status).toBe(201);
    return (response.body as { opportunityId: string }).opportunityId;
  };

  /** Follows a link relation from the given page to the end; every page is checked as it comes. */
  const walk = async (start: string, rel: 'next' | 'previous'): Promise<{ ids: string[]; pages: ParsedFeed[] }> => {
    const walked: ParsedFeed[] = [];
    let href: string | undefined = start;
    while (href !== undefined) {
      const page = await get(href);
      expect(page.status).toBe(200);
      const { feed, problems } = parseFeed(page.body);
      expect(problems).toEqual([]);
      walked.push(feed);
      expect(walked.length).toBeLessThan(50);
      href = feed.links[rel];
    }
    return { ids: walked.flatMap((feed) => feed.entries.map((entry) => entry.id.replace('urn:uuid:', ''))), pages: walked };
  };

  beforeAll(async () => {
    app = await startOpportunitiesTestApp({ ATOM_FEED_PAGE_SIZE: String(PAGE_SIZE), OPPORTUNITIES_PUBLIC_URL: PUBLIC_API, CONSOLE_PUBLIC_URL: CONSOLE });
    await seedMembership(app, [clusterA, clusterB, clusterC]);
    // Publications interleaved between the two clusters, some restricted to C, one draft, one closed.
    for (let index = 0; index < 4; index += 1) {
      publicIds[clusterA].add(await publish(clusterA, { title: `A public ${index}` }));
      const title = `A restricted to C ${index}`;
      restrictedTitles.push(title);
      restrictedIds.add(await publish(clusterA, { title, visibility: 'target-clusters', targetClusterIds: [clusterC] }));
      publicIds[clusterB].add(await publish(clusterB, { title: `B public ${index}`, type: 'funding-call', sectors: ['hydrogen', 'water'], value: { amount: 250000, currency: 'EUR' } }));
    }
    restrictedTitles.push('B restricted to A');
    restrictedIds.add(await publish(clusterB, { title: 'B restricted to A', visibility: 'target-clusters', targetClusterIds: [clusterA] }));
    hostileId = await publish(clusterB, { title: hostileTitle, description: `</content></entry></feed> &amp; <![CDATA[ x ]]> "\r\n"` });
    publicIds[clusterB].add(hostileId);
    draftId = await publish(clusterA, { title: 'A draft', publish: false });
    closedId = [...publicIds[clusterA]][0] ?? '';
    const managerA = app.token({ sub: `manager-${clusterA}`, role: 'cluster-manager', clusterId: clusterA });
    expect((await app.call('POST', `/opportunities/${closedId}/close`, { token: managerA, body: {} })).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('the network feed holds exactly the public opportunities of both clusters; following next from the first page visits each once, previous from the last page too', async () => {
    const everyPublic = [...publicIds[clusterA], ...publicIds[clusterB]];
    const forward = await walk('/feeds/opportunities', 'next');
    expect(forward.ids).toHaveLength(everyPublic.length);
    expect(new Set(forward.ids)).toEqual(new Set(everyPublic));
    expect(forward.pages.length).toBe(Math.ceil(everyPublic.length / PAGE_SIZE));
    expect(forward.pages.every((feed) => feed.entries.length <= PAGE_SIZE)).toBe(true);
    const backward = await walk('/feeds/opportunities?page=last', 'previous');
    expect(backward.ids).toHaveLength(everyPublic.length);
    expect(new Set(backward.ids)).toEqual(new Set(everyPublic));
    // Newest publication first, and the same order both ways.
    const updatedOrder = forward.pages.flatMap((feed) => feed.entries.map((entry) => entry.id));
    expect(backward.pages.reverse().flatMap((feed) => feed.entries.map((entry) => entry.id))).toEqual(updatedOrder);
    // One feed id on every page; RFC 5005 first/last on every page.
    expect(new Set(forward.pages.map((feed) => feed.id)).size).toBe(1);
    for (const feed of forward.pages) expect([feed.links['first'], feed.links['last']]).toEqual([`${PUBLIC_API}/feeds/opportunities`, `${PUBLIC_API}/feeds/opportunities?page=last`]);
  });

  it('each cluster feed holds exactly that cluster’s public opportunities; never a restricted one, nor a draft', async () => {
    for (const clusterId of [clusterA, clusterB]) {
      const { ids, pages: walked } = await walk(`/feeds/clusters/${clusterId}/opportunities`, 'next');
      expect(ids.sort()).toEqual([...publicIds[clusterId]].sort());
      expect(walked[0]?.id).not.toBe((await walk('/feeds/opportunities', 'next')).pages[0]?.id);
    }
    const { ids: ofC } = await walk(`/feeds/clusters/${clusterC}/opportunities`, 'next');
    expect(ofC).toEqual([]);
    for (const body of pages) {
      for (const id of [...restrictedIds, draftId]) expect(body).not.toContain(id);
      for (const title of [...restrictedTitles, 'A draft']) expect(body).not.toContain(title);
    }
  });

  it('every page served validates against RFC 4287’s RELAX NG schema (Jing)', () => {
    expect(pages.length).toBeGreaterThan(5);
    const complaints = validateWithJing(pages);
    expect(complaints.flat()).toEqual([]);
  }, 120_000);

  it('entries carry the essentials, categories, a console link, and hostile text as text; a closed one stays with its status', async () => {
    const { pages: walked } = await walk(`/feeds/clusters/${clusterB}/opportunities`, 'next');
    const entries = walked.flatMap((feed) => feed.entries);
    const hostile = entries.find((entry) => entry.id === `urn:uuid:${hostileId}`);
    expect(hostile?.title).toBe(hostileTitle);
    expect(hostile?.content).toBe(`</content></entry></feed> &amp; <![CDATA[ x ]]> "\r\n"`);
    expect(hostile?.alternate).toBe(`${CONSOLE}/opportunities/${hostileId}`);
    const funding = entries.find((entry) => entry.title === 'B public 0');
    expect(funding?.summary).toContain('Funding call');
    expect(funding?.summary).toContain('Budget: 250,000 EUR');
    expect(funding?.summary).toContain(`Published by: ${aCluster(clusterB).name}`);
    expect(funding?.summary).toMatch(/Deadline: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(funding?.categories).toEqual(
      expect.arrayContaining([
        { scheme: 'urn:icn-platform:opportunity-type', term: 'funding-call' },
        { scheme: 'urn:icn-platform:sector', term: 'hydrogen' },
        { scheme: 'urn:icn-platform:opportunity-status', term: 'open' },
      ]),
    );
    const ofA = (await walk(`/feeds/clusters/${clusterA}/opportunities`, 'next')).pages.flatMap((feed) => feed.entries);
    const closed = ofA.find((entry) => entry.id === `urn:uuid:${closedId}`);
    expect(closed?.categories).toContainEqual({ scheme: 'urn:icn-platform:opportunity-status', term: 'closed' });
    expect(closed?.summary).toContain('Status: closed');
  });

  it('answers application/atom+xml with validators; 304 on If-None-Match and If-Modified-Since; a new publication changes the first page', async () => {
    const first = await get('/feeds/opportunities');
    expect(first.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);
    expect((await get('/feeds/opportunities', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/feeds/opportunities', { 'if-modified-since': lastModified })).status).toBe(304);
    const newer = await publish(clusterA, { title: 'A public, later' });
    publicIds[clusterA].add(newer);
    const after = await get('/feeds/opportunities', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(parseFeed(after.body).feed.entries[0]?.id).toBe(`urn:uuid:${newer}`);
  });

  it('400 naming the parameter for paging it did not issue; 404 for an unknown cluster; no credentials needed anywhere', async () => {
    for (const [query, field] of [
      ['before=not-a-cursor', 'before'],
      ['after=eyJ4IjoxfQ', 'after'],
      ['page=first', 'page'],
      ['before=a&after=b', 'before'],
      ['limit=5', 'limit'],
    ] as const) {
      const response = await get(`/feeds/opportunities?${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toContain(field);
    }
    expect((await get('/feeds/clusters/no-such-cluster/opportunities')).status).toBe(404);
    expect((await get(`/feeds/clusters/${encodeURIComponent('<x>&"')}/opportunities`)).status).toBe(404);
  });
});
