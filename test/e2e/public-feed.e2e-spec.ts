import { parseFeed, validateWithJing, type ParsedFeed } from '@icn/testing';
import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import { awaitClusterInOpportunities } from '../support/opportunities-platform';
import { clusterManagerToken } from '../support/tokens';
import { uniqueClusterId } from '../support/unique-id';

/** What the feed's links say; the scenario's process listens on a free port, so hrefs are mapped onto it. */
const PUBLIC_API = 'https://api.feed-e2e.example';
const PAGE_SIZE = 4;

/**
 * Issue 15, point 5, through the compiled processes: clusters registered over membership's HTTP API
 * reach opportunities through Kafka; both publish public and restricted opportunities over HTTP;
 * the public Atom feeds, read over HTTP without credentials, hold exactly the public ones, page
 * through every one once, and each page is valid Atom (Jing, RFC 4287's RELAX NG schema).
 */
describe('public Atom feed through the real services', () => {
  let platform: E2ePlatform;

  afterAll(async () => {
    await platform?.stop();
  });

  it('holds exactly the public opportunities of two clusters, pages through each once, validates, answers 304/400/404', async () => {
    platform = await E2ePlatform.start('public-feed', {
      opportunities: true,
      serviceEnv: { ATOM_FEED_PAGE_SIZE: String(PAGE_SIZE), OPPORTUNITIES_PUBLIC_URL: PUBLIC_API },
    });
    const clusterA = platform.clusterId;
    const clusterB = uniqueClusterId();
    const clusterC = uniqueClusterId();
    for (const clusterId of [clusterB, clusterC]) await platform.api.registerCluster(clusterInput(clusterId));
    const base = () => platform.requireOpportunitiesUrl();
    const managers = {
      [clusterA]: platform.opportunitiesManager,
      [clusterB]: new HttpClient(base, clusterManagerToken(platform.jwtSecret, clusterB)),
    };
    await awaitClusterInOpportunities(managers[clusterB] as HttpClient, clusterB);
    await awaitClusterInOpportunities(managers[clusterA] as HttpClient, clusterC);

    const publicIds = new Set<string>();
    const publicOf: Record<string, Set<string>> = { [clusterA]: new Set(), [clusterB]: new Set() };
    const hidden = new Set<string>();
    const deadline = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const publish = async (clusterId: string, title: string, extra: Record<string, unknown> = {}) => {
      const response = await (managers[clusterId] as HttpClient).post<{ opportunityId: string }>('/opportunities', {
        type: 'partner-search', title, description: `${title}: looking for partners & <pilots>.`, sectors: ['water'], deadline, publish: true, ...extra,
      });
      return expectStatus(response, 201, `publish ${title}`).opportunityId;
    };
    for (let index = 0; index < 5; index += 1) {
      for (const clusterId of [clusterA, clusterB]) {
        const id = await publish(clusterId, `${clusterId} public ${index}`);
        publicIds.add(id);
        publicOf[clusterId]?.add(id);
        hidden.add(await publish(clusterId, `${clusterId} restricted ${index}`, { visibility: 'target-clusters', targetClusterIds: [clusterC] }));
      }
    }
    const draft = await (managers[clusterA] as HttpClient).post<{ opportunityId: string }>('/opportunities', { type: 'tender', title: 'A draft', description: 'Not public.', deadline });
    hidden.add(expectStatus(draft, 201, 'create a draft').opportunityId);

    const bodies: string[] = [];
    const get = async (hrefOrPath: string, headers: Record<string, string> = {}) => {
      const url = hrefOrPath.startsWith(PUBLIC_API) ? `${base()}${hrefOrPath.slice(PUBLIC_API.length)}` : `${base()}${hrefOrPath}`;
      const response = await fetch(url, { headers });
      const body = await response.text();
      if (response.status === 200) bodies.push(body);
      return { status: response.status, headers: response.headers, body };
    };
    const walk = async (start: string, rel: 'next' | 'previous') => {
      const pages: ParsedFeed[] = [];
      let href: string | undefined = start;
      while (href !== undefined && pages.length < 50) {
        const page = await get(href);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
        const { feed, problems } = parseFeed(page.body);
        expect(problems).toEqual([]);
        pages.push(feed);
        href = feed.links[rel];
      }
      return pages.flatMap((feed) => feed.entries.map((entry) => entry.id.replace('urn:uuid:', '')));
    };

    const startedAt = Date.now();
    const forward = await walk('/feeds/opportunities', 'next');
    const backward = await walk('/feeds/opportunities?page=last', 'previous');
    expect(forward).toHaveLength(publicIds.size);
    expect(new Set(forward)).toEqual(publicIds);
    expect(backward).toHaveLength(publicIds.size);
    expect(new Set(backward)).toEqual(publicIds);
    const perCluster: Record<string, number> = {};
    for (const clusterId of [clusterA, clusterB]) {
      const ids = await walk(`/feeds/clusters/${clusterId}/opportunities`, 'next');
      perCluster[clusterId] = ids.length;
      expect(ids).toHaveLength(5);
      expect(new Set(ids)).toEqual(publicOf[clusterId]);
    }
    expect(await walk(`/feeds/clusters/${clusterC}/opportunities`, 'next')).toEqual([]);
    const leaked = bodies.flatMap((body) => [...hidden].filter((id) => body.includes(id)));
    expect(leaked).toEqual([]);

    const first = await get('/feeds/opportunities');
    expect((await get('/feeds/opportunities', { 'if-none-match': first.headers.get('etag') ?? '' })).status).toBe(304);
    expect((await get('/feeds/opportunities', { 'if-modified-since': first.headers.get('last-modified') ?? '' })).status).toBe(304);
    expect((await get('/feeds/opportunities?before=forged')).status).toBe(400);
    expect((await get('/feeds/clusters/no-such-cluster/opportunities')).status).toBe(404);

    const complaints = validateWithJing(bodies).flat();
    expect(complaints).toEqual([]);
    console.log(
      `public-feed: public ${publicIds.size}, restricted/draft ${hidden.size}, pages read ${bodies.length}, entries walked forward ${forward.length} / backward ${backward.length}, ` +
        `per cluster ${JSON.stringify(perCluster)}, restricted leaked 0 = ${leaked.length}, Jing complaints ${complaints.length}, reads took ${Date.now() - startedAt} ms`,
    );
    platform.markPassed();
  });
});
