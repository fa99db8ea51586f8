import { OpportunityExpired, type CloudEvent } from '@icn/contracts';
import { waitFor } from '@icn/testing';
import { seedMembership, uniqueClusterId } from '../opportunities/testing/membership-events';
import { OpportunityEventCollector } from '../opportunities/testing/opportunity-events.collector';
import { startOpportunitiesTestApp, type OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';
import { LeaseStore } from './persistence/lease.store';

describe('automatic expiry (real HTTP, Kafka, FerretDB)', () => {
  let app: OpportunitiesTestApp;
  let events: OpportunityEventCollector;
  let manager: string;
  const clusterId = uniqueClusterId('exp');

  beforeAll(async () => {
    app = await startOpportunitiesTestApp({ EXPIRY_POLL_MS: '200', EXPIRY_LEASE_MS: '2000' });
    events = new OpportunityEventCollector(app.brokers);
    await events.start();
    await seedMembership(app, [clusterId]);
    manager = app.token({ sub: 'alice', role: 'cluster-manager', clusterId });
  });

  afterAll(async () => {
    await events?.stop();
    await app?.close();
  });

  it('expires a published opportunity when its deadline passes and emits OpportunityExpired', async () => {
    const deadline = new Date(Date.now() + 2500).toISOString();
    const created = await app.call('POST', '/opportunities', {
      token: manager,
      body: { type: 'event', title: 'Matchmaking breakfast', description: 'Short notice.', deadline, publish: true },
    });
    expect(created.status).toBe(201);
    const { opportunityId } = created.body as { opportunityId: string };

    const [published, expired] = (await events.waitForSubject(opportunityId, 2, 30_000)) as CloudEvent<{ opportunity: { status: string; deadline: string }; expiredAt: string }>[];
    expect(published?.subjectsequence).toBe(1);
    expect(expired).toMatchObject({ type: OpportunityExpired.type, subjectsequence: 2, data: { opportunity: { status: 'expired', deadline } } });
    expect(Date.parse(expired!.data.expiredAt)).toBeGreaterThanOrEqual(Date.parse(deadline));

    const stored = await app.call('GET', `/opportunities/${opportunityId}`, { token: manager });
    expect(stored.body).toMatchObject({ status: 'expired', version: 2 });
    // Expired is final: nothing more is emitted for it, and it cannot be closed.
    expect((await app.call('POST', `/opportunities/${opportunityId}/close`, { token: manager, body: {} })).status).toBe(409);
    await events.settle(800);
    expect(events.bySubject(opportunityId)).toHaveLength(2);
  });

  it('lets only one holder own the lease until it expires or is released', async () => {
    const leases = app.app.get(LeaseStore);
    const name = `it-lease-${clusterId}`;
    const start = Date.now();
    // Contenders at once: exactly one wins the first generation.
    const results = await Promise.all(['a', 'b', 'c'].map((holder) => leases.tryAcquire(name, holder, 1000, start)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = ['a', 'b', 'c'][results.indexOf(true)]!;
    const loser = ['a', 'b', 'c'].find((holder) => holder !== winner)!;

    expect(await leases.tryAcquire(name, winner, 1000, start + 500)).toBe(true); // renewal
    expect(await leases.tryAcquire(name, loser, 1000, start + 1200)).toBe(false); // renewed until start+1500
    expect(await leases.tryAcquire(name, loser, 1000, start + 1600)).toBe(true); // expired: taken over
    expect(await leases.tryAcquire(name, winner, 1000, start + 1700)).toBe(false);

    await leases.release(name, loser);
    await waitFor(() => leases.tryAcquire(name, winner, 1000, start + 1800), { timeoutMs: 2000 });
  });
});
