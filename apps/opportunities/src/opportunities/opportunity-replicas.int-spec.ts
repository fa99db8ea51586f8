import { OpportunityDeadlineExtended, OpportunityPublished, OpportunityUpdated, SubscriptionCreated, SubscriptionUpdated, Topics, type CloudEvent } from '@icn/contracts';
import { COMMITS_COLLECTION } from '@icn/messaging';
import { seedMembership, uniqueClusterId } from './testing/membership-events';
import { OpportunityEventCollector } from './testing/opportunity-events.collector';
import { startOpportunitiesTestApp, type CallResult, type OpportunitiesTestApp } from './testing/opportunities-test-app';

interface Opportunity {
  opportunityId: string;
  title: string;
  deadline: string;
  status: string;
  version: number;
}
interface Subscription {
  subscriptionId: string;
  name: string;
  version: number;
}
type OpportunityEvent = CloudEvent<{ opportunity: Opportunity }>;
type SubscriptionEvent = CloudEvent<{ subscription: Subscription }>;

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** Versions 1..n in order, each once: the event stream of one aggregate with neither gap nor duplicate. */
const oneToN = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

/**
 * ADR 12 with two real app instances (two Nest apps, one database, one Kafka): neither has a lock
 * the other respects, so only the write path's commit claims keep one aggregate's history linear.
 */
describe('two replicas writing the same aggregates (two Nest apps, one FerretDB database, Kafka)', () => {
  let a: OpportunitiesTestApp;
  let b: OpportunitiesTestApp;
  let opportunityEvents: OpportunityEventCollector;
  let subscriptionEvents: OpportunityEventCollector;
  const clusterId = uniqueClusterId();
  let manager: string;

  beforeAll(async () => {
    a = await startOpportunitiesTestApp();
    b = await startOpportunitiesTestApp({ MONGODB_DB: a.db.name });
    opportunityEvents = new OpportunityEventCollector(a.brokers);
    subscriptionEvents = new OpportunityEventCollector(a.brokers, Topics.opportunitiesSubscription);
    await Promise.all([opportunityEvents.start(), subscriptionEvents.start()]);
    // One database, so one membership read model: what A's directory learns, B's reads.
    await seedMembership(a, [clusterId], []);
    manager = a.token({ sub: 'alice', role: 'cluster-manager', clusterId });
  });

  afterAll(async () => {
    await opportunityEvents?.stop();
    await subscriptionEvents?.stop();
    await b?.app.close();
    await a?.close();
  });

  const commitsOf = (aggregate: string) => a.db.collection(COMMITS_COLLECTION).countDocuments({ aggregate });

  it('serialises concurrent edits and extensions of one published opportunity: versions 1..n, events in order, state = last event', async () => {
    const created = await a.call('POST', '/opportunities', {
      token: manager,
      body: { type: 'tender', title: 'Contended tender', description: 'Edited from two replicas at once.', deadline: inDays(30), publish: true },
    });
    expect(created.status).toBe(201);
    const { opportunityId } = created.body as Opportunity;

    // 24 commands, alternating replicas, all in flight together: edits of the title and extensions
    // of the deadline. An extension may be refused (409) when a later one committed first — a
    // domain decision on the newest state, which is the point — but nothing may fail otherwise.
    const commands: Promise<CallResult>[] = [];
    for (let i = 0; i < 24; i++) {
      const replica = i % 2 === 0 ? a : b;
      commands.push(
        i % 3 === 0
          ? replica.call('POST', `/opportunities/${opportunityId}/extend-deadline`, { token: manager, body: { deadline: inDays(31 + i) } })
          : replica.call('PATCH', `/opportunities/${opportunityId}`, { token: manager, body: { title: `Contended tender, edit ${i}` } }),
      );
    }
    const responses = await Promise.all(commands);
    const refused = responses.filter((response) => response.status !== 200);
    for (const response of refused) {
      expect(response.status).toBe(409);
      expect((response.body as { message: string }).message).toMatch(/must be later than the current deadline/);
    }
    const applied = responses.filter((response) => response.status === 200).map((response) => response.body as Opportunity);
    expect(applied.length).toBeGreaterThanOrEqual(17); // the 16 edits, plus at least the extension that committed first
    // Each applied command got its own version: 2..n, none shared.
    const finalVersion = 1 + applied.length;
    expect(applied.map((opportunity) => opportunity.version).sort((x, y) => x - y)).toEqual(oneToN(finalVersion).slice(1));

    const received = (await opportunityEvents.waitForSubject(opportunityId, finalVersion)) as OpportunityEvent[];
    await opportunityEvents.settle(1000);
    const all = opportunityEvents.bySubject(opportunityId) as OpportunityEvent[];
    expect(all).toHaveLength(finalVersion);
    expect(all.map((event) => event.subjectsequence)).toEqual(oneToN(finalVersion));
    expect(all[0]?.type).toBe(OpportunityPublished.type);
    expect(new Set(all.slice(1).map((event) => event.type))).toEqual(new Set([OpportunityUpdated.type, OpportunityDeadlineExtended.type]));
    // Each event's snapshot is the version it announces.
    expect(all.map((event) => event.data.opportunity.version)).toEqual(oneToN(finalVersion));

    // Both replicas answer with the state the last event carries.
    const last = received[received.length - 1]!.data.opportunity;
    for (const replica of [a, b]) {
      const current = await replica.call('GET', `/opportunities/${opportunityId}`, { token: manager });
      expect(current.body).toMatchObject({ version: finalVersion, title: last.title, deadline: last.deadline, status: 'published' });
    }
    // Reading through the write path repaired the snapshot document if an older writer overwrote it.
    expect(await a.db.collection('opportunities').findOne({ _id: opportunityId as never })).toMatchObject({ version: finalVersion, title: last.title, deadline: last.deadline });
    const deadlines = all.filter((event) => event.type === OpportunityDeadlineExtended.type).map((event) => Date.parse(event.data.opportunity.deadline));
    expect(deadlines).toEqual([...deadlines].sort((x, y) => x - y));
    expect(await commitsOf(`opportunity:${opportunityId}`)).toBe(finalVersion);
  });

  it('lets exactly one of a concurrent discard and publish of one draft win, on either replica', async () => {
    const created = await b.call('POST', '/opportunities', {
      token: manager,
      body: { type: 'tender', title: 'Draft raced', description: 'Discarded and published at once.', deadline: inDays(30) },
    });
    expect(created.status).toBe(201);
    const { opportunityId } = created.body as Opportunity;
    expect((await a.call('PATCH', `/opportunities/${opportunityId}`, { token: manager, body: { title: 'Draft raced, edited' } })).body).toMatchObject({ version: 2 });

    const [discarded, published] = await Promise.all([
      a.call('DELETE', `/opportunities/${opportunityId}`, { token: manager }),
      b.call('POST', `/opportunities/${opportunityId}/publish`, { token: manager }),
    ]);
    const after = await a.call('GET', `/opportunities/${opportunityId}`, { token: manager });
    if (discarded.status === 204) {
      // Discarded first: the publish was decided again on "absent".
      expect(published.status).toBe(404);
      expect(after.status).toBe(404);
      expect((await b.call('GET', `/opportunities/${opportunityId}`, { token: manager })).status).toBe(404);
      await opportunityEvents.settle(1000);
      expect(opportunityEvents.bySubject(opportunityId)).toEqual([]);
    } else {
      // Published first: the discard was decided again on a published opportunity.
      expect(discarded.status).toBe(409);
      expect(published.body).toMatchObject({ status: 'published', version: 3 });
      expect(after.body).toMatchObject({ status: 'published', version: 3 });
      // Two silent draft versions, then the publication as version 3.
      const [event] = await opportunityEvents.waitForSubject(opportunityId, 1);
      expect(event).toMatchObject({ type: OpportunityPublished.type, subjectsequence: 3 });
    }
    expect(await commitsOf(`opportunity:${opportunityId}`)).toBe(3);
  });

  it('serialises concurrent edits of one subscription: versions 1..n, SubscriptionUpdated events in order', async () => {
    const created = await a.call('POST', '/subscriptions', { token: manager, body: { name: 'Contended subscription' } });
    expect(created.status).toBe(201);
    const { subscriptionId } = created.body as Subscription;

    const edits = 16;
    const responses = await Promise.all(
      Array.from({ length: edits }, (_, i) => (i % 2 === 0 ? a : b).call('PATCH', `/subscriptions/${subscriptionId}`, { token: manager, body: { name: `Edit ${i}` } })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(edits).fill(200));
    const finalVersion = 1 + edits;
    expect(responses.map((response) => (response.body as Subscription).version).sort((x, y) => x - y)).toEqual(oneToN(finalVersion).slice(1));

    const received = (await subscriptionEvents.waitForSubject(subscriptionId, finalVersion)) as SubscriptionEvent[];
    await subscriptionEvents.settle(1000);
    expect(subscriptionEvents.bySubject(subscriptionId)).toHaveLength(finalVersion);
    expect(received.map((event) => event.subjectsequence)).toEqual(oneToN(finalVersion));
    expect(received[0]?.type).toBe(SubscriptionCreated.type);
    expect(received.slice(1).every((event) => event.type === SubscriptionUpdated.type)).toBe(true);
    const last = received[received.length - 1]!.data.subscription;
    for (const replica of [a, b]) {
      expect((await replica.call('GET', `/subscriptions/${subscriptionId}`, { token: manager })).body).toMatchObject({ version: finalVersion, name: last.name });
    }
  });
});
