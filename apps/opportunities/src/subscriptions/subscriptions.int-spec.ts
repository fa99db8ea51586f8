import { uniqueClusterId } from '../opportunities/testing/membership-events';
import { startOpportunitiesTestApp, type OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';

interface Subscription {
  subscriptionId: string;
  name: string;
  version: number;
  calendarPath?: string;
  webhookSecret?: string;
}
interface Page {
  items: Subscription[];
  nextCursor: string | null;
}

describe('subscriptions through the write path (real HTTP, Kafka, FerretDB)', () => {
  let app: OpportunitiesTestApp;
  const clusterId = uniqueClusterId();
  let manager: string;

  beforeAll(async () => {
    app = await startOpportunitiesTestApp();
    manager = app.token({ sub: 'alice', role: 'cluster-manager', clusterId });
  });

  afterAll(async () => {
    await app?.close();
  });

  const subscribe = async (body: Record<string, unknown>) => {
    const response = await app.call('POST', '/subscriptions', { token: manager, body });
    expect(response.status).toBe(201);
    return response.body as Subscription;
  };

  it('shows the calendar URL once, on creation only, and versions every change', async () => {
    const created = await subscribe({ name: 'With a calendar', channels: { calendar: true } });
    expect(created).toMatchObject({ version: 1, calendarPath: expect.stringContaining('/calendar.ics?token=') as unknown });
    const read = await app.call('GET', `/subscriptions/${created.subscriptionId}`, { token: manager });
    expect(read.body).toMatchObject({ version: 1 });
    expect(read.body).not.toHaveProperty('calendarPath');
    const renamed = await app.call('PATCH', `/subscriptions/${created.subscriptionId}`, { token: manager, body: { name: 'Renamed' } });
    expect(renamed.body).toMatchObject({ name: 'Renamed', version: 2 });
    expect(renamed.body).not.toHaveProperty('calendarPath');
    // The token is kept as a hash: the stored snapshot never holds it.
    const token = new URL(created.calendarPath!, app.baseUrl).searchParams.get('token')!;
    expect(JSON.stringify(await app.db.collection('subscriptions').findOne({ _id: created.subscriptionId as never }))).not.toContain(token);
    expect(JSON.stringify(await app.db.collection('commits').find({ aggregate: `subscription:${created.subscriptionId}` }).toArray())).not.toContain(token);
  });

  it('pages in id order with the platform keyset cursor, and refuses a forged one with 400 naming cursor', async () => {
    const pagedCluster = uniqueClusterId();
    const pagedManager = app.token({ sub: 'paula', role: 'cluster-manager', clusterId: pagedCluster });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await app.call('POST', '/subscriptions', { token: pagedManager, body: { name: `Paged ${i}` } });
      ids.push((response.body as Subscription).subscriptionId);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/subscriptions?limit=1${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const page = (await app.call('GET', path, { token: pagedManager })).body as Page;
      seen.push(...page.items.map((item) => item.subscriptionId));
      cursor = page.nextCursor;
    } while (cursor !== null && seen.length < 10);
    expect(seen).toEqual([...ids].sort());

    const forged = await app.call('GET', '/subscriptions?cursor=forged', { token: pagedManager });
    expect(forged.status).toBe(400);
    expect((forged.body as { details: { field: string }[] }).details.map((detail) => detail.field)).toEqual(['cursor']);
  });

  it('keeps a deleted subscription as a tombstone: 404 afterwards, gone from the list', async () => {
    const created = await subscribe({ name: 'Short-lived' });
    const path = `/subscriptions/${created.subscriptionId}`;
    expect((await app.call('DELETE', path, { token: manager })).status).toBe(204);
    expect((await app.call('GET', path, { token: manager })).status).toBe(404);
    expect((await app.call('PATCH', path, { token: manager, body: { name: 'Back' } })).status).toBe(404);
    expect((await app.call('DELETE', path, { token: manager })).status).toBe(404);
    const list = (await app.call('GET', '/subscriptions?limit=100', { token: manager })).body as Page;
    expect(list.items.map((item) => item.subscriptionId)).not.toContain(created.subscriptionId);
    expect(await app.db.collection('subscriptions').findOne({ _id: created.subscriptionId as never })).toMatchObject({ deleted: true, version: 2 });
  });

  it("refuses another cluster's manager with 403, and a subscription without a webhook has no webhook to enable (409)", async () => {
    const created = await subscribe({ name: 'Private' });
    const stranger = app.token({ sub: 'olaf', role: 'cluster-manager', clusterId: uniqueClusterId() });
    expect((await app.call('GET', `/subscriptions/${created.subscriptionId}`, { token: stranger })).status).toBe(403);
    expect((await app.call('PATCH', `/subscriptions/${created.subscriptionId}`, { token: stranger, body: { name: 'Taken' } })).status).toBe(403);
    const enable = await app.call('POST', `/subscriptions/${created.subscriptionId}/webhook/enable`, { token: manager });
    expect(enable.status).toBe(409);
    expect((enable.body as { message: string }).message).toBe('this subscription has no webhook');
  });
});
