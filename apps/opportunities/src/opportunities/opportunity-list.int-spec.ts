import { seedMembership, uniqueClusterId } from './testing/membership-events';
import { startOpportunitiesTestApp, type OpportunitiesTestApp } from './testing/opportunities-test-app';

interface Page {
  items: { opportunityId: string; title: string; status: string }[];
  nextCursor: string | null;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('GET /opportunities filters, keywords and cursor pagination (real HTTP, FerretDB)', () => {
  let app: OpportunitiesTestApp;
  let manager: string;
  let admin: string;
  const clusterId = uniqueClusterId('list');
  const titles: Record<string, string> = {};

  beforeAll(async () => {
    app = await startOpportunitiesTestApp();
    await seedMembership(app, [clusterId]);
    manager = app.token({ sub: 'alice', role: 'cluster-manager', clusterId });
    admin = app.token({ sub: 'secretariat', role: 'network-admin' });
    const fixtures = [
      { key: 'heat', type: 'tender', title: 'Large heat pumps for Aarhus', description: 'District heating pilot.', sectors: ['district-heating'], technologies: ['heat-pumps'], targetCountries: ['DK'], deadline: inDays(10) },
      { key: 'water', type: 'funding-call', title: 'Water reuse funding', description: 'Grants for water reuse in Bavaria (München).', sectors: ['water'], technologies: ['membranes'], targetCountries: ['DE'], deadline: inDays(40) },
      { key: 'partner', type: 'partner-search', title: 'Partner for hydrogen storage', description: 'Looking for a heat recovery partner.', sectors: ['hydrogen'], technologies: ['electrolysers'], targetCountries: ['DE', 'NL'], deadline: inDays(70) },
      { key: 'draft', type: 'tender', title: 'Draft heat tender', description: 'Not yet public.', sectors: ['district-heating'], technologies: ['heat-pumps'], targetCountries: ['DK'], deadline: inDays(20), draft: true },
    ];
    for (const { key, draft, ...fixture } of fixtures) {
      const response = await app.call('POST', '/opportunities', { token: manager, body: { ...fixture, publish: !draft } });
      expect(response.status).toBe(201);
      titles[key] = fixture.title;
    }
    const water = await app.call('GET', `/opportunities?originClusterId=${clusterId}&sector=water`, { token: admin });
    const waterId = (water.body as Page).items[0]?.opportunityId;
    expect((await app.call('POST', `/opportunities/${waterId}/close`, { token: manager, body: {} })).status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
  });

  const titlesOf = async (query: string, token = manager): Promise<string[]> => {
    const response = await app.call('GET', `/opportunities?originClusterId=${clusterId}&${query}`, { token });
    expect(response.status).toBe(200);
    return (response.body as Page).items.map((item) => item.title).sort();
  };

  it('filters by type, sector, technology and country', async () => {
    expect(await titlesOf('type=funding-call')).toEqual([titles['water']]);
    expect(await titlesOf('sector=hydrogen')).toEqual([titles['partner']]);
    expect(await titlesOf('technology=heat-pumps&status=published')).toEqual([titles['heat']]);
    expect(await titlesOf('country=de')).toEqual([titles['partner'], titles['water']].sort());
  });

  it('filters open / closed and by deadline range', async () => {
    expect(await titlesOf('state=open')).toEqual([titles['heat'], titles['partner']].sort());
    expect(await titlesOf('state=closed')).toEqual([titles['water']]);
    expect(await titlesOf(`deadlineFrom=${encodeURIComponent(inDays(30))}&deadlineTo=${encodeURIComponent(inDays(50))}`)).toEqual([titles['water']]);
  });

  it('finds words in the title and description, ignoring case, accents and plurals', async () => {
    expect(await titlesOf('q=HEAT')).toEqual([titles['draft'], titles['heat'], titles['partner']].sort());
    expect(await titlesOf('q=Heat%20PUMP%20aarhus')).toEqual([titles['heat']]);
    expect(await titlesOf('q=bavaria%20grant')).toEqual([titles['water']]);
    expect(await titlesOf('q=munchen')).toEqual([titles['water']]);
    expect(await titlesOf('q=nothing-like-this')).toEqual([]);
  });

  it('includes drafts only for those who may see them', async () => {
    const member = app.token({ sub: 'carl', role: 'member', clusterId, organisationId: '00000000-0000-4000-8000-000000000001' });
    expect(await titlesOf('status=draft')).toEqual([titles['draft']]);
    expect(await titlesOf('status=draft', member)).toEqual([]);
    expect(await titlesOf('q=heat', member)).toEqual([titles['heat'], titles['partner']].sort());
  });

  it('pages newest first with an opaque cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/opportunities?originClusterId=${clusterId}&limit=1${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const response = await app.call('GET', path, { token: manager });
      expect(response.status).toBe(200);
      const page = response.body as Page;
      seen.push(...page.items.map((item) => item.title));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(seen).toEqual([titles['draft'], titles['partner'], titles['water'], titles['heat']]);
  });

  it('rejects bad filters and forged cursors with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['type=gossip', 'type'],
      ['limit=1000', 'limit'],
      ['cursor=forged', 'cursor'],
      ['q=%20the%20', 'q'],
      ['deadlineFrom=tomorrow', 'deadlineFrom'],
      ['colour=green', 'colour'],
    ]) {
      const response = await app.call('GET', `/opportunities?${query}`, { token: manager });
      expect(response.status).toBe(400);
      expect((response.body as { details?: { field: string }[] }).details?.map((detail) => detail.field)).toContain(field);
    }
  });
});
