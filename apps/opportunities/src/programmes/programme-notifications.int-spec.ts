import { ProgrammeRegistered, ProgrammeUpdated, Topics, type CloudEvent, type NotificationDeliveredV1, type ProgrammeSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { awaitGroupPast, uniqueName, waitFor } from '@icn/testing';
import { startDeliveryFixture, type DeliveryFixture } from '../notifications/testing/delivery-fixture';
import { SseTestClient } from '../notifications/testing/sse-client';
import { WebhookTestReceiver } from '../notifications/testing/webhook-receiver';
import { seedMembership, uniqueClusterId } from '../opportunities/testing/membership-events';
import type { OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';
import { aProgramme } from './testing/programme-fixtures';

type Notification = NotificationDeliveredV1['notification'];

function notificationOf(data: string): Notification {
  return (JSON.parse(data) as CloudEvent<NotificationDeliveredV1>).data.notification;
}

/**
 * The network's programmes through the notification pipeline (real app, Kafka, FerretDB; ADR 23).
 * The test plays the network service on icn.network.programme.v1; subscribers are the clusters'
 * managers, on their SSE streams and (one) a webhook.
 */
describe('partner programmes notified like opportunities (real app, Kafka, FerretDB)', () => {
  let fixture: DeliveryFixture;
  let app: OpportunitiesTestApp;
  let receiver: WebhookTestReceiver;
  const clients: SseTestClient[] = [];
  const clusterA = uniqueClusterId('pga');
  const clusterB = uniqueClusterId('pgb');
  const programmesGroup = uniqueName('opportunities.network-programmes.it');

  beforeAll(async () => {
    receiver = await WebhookTestReceiver.start();
    fixture = await startDeliveryFixture(1, { NETWORK_PROGRAMMES_CONSUMER_GROUP: programmesGroup, PROGRAMME_WINDOW_POLL_MS: '200' });
    app = fixture.apps[0];
    await seedMembership(app, [clusterA, clusterB], []);
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await fixture?.close();
    await receiver?.stop();
  });

  const managerToken = (clusterId: string) => app.token({ sub: `manager-${clusterId}`, role: 'cluster-manager', clusterId });

  const subscribe = async (clusterId: string, name: string, filters: Record<string, unknown>, webhook?: string): Promise<{ subscriptionId: string; stream: SseTestClient }> => {
    const token = managerToken(clusterId);
    const created = await app.call('POST', '/subscriptions', { token, body: { name, filters, ...(webhook ? { channels: { webhook: { url: webhook } } } : {}) } });
    expect(created.status).toBe(201);
    const subscriptionId = (created.body as { subscriptionId: string }).subscriptionId;
    const stream = await SseTestClient.connect(`${app.baseUrl}/subscriptions/${subscriptionId}/stream`, token);
    clients.push(stream);
    return { subscriptionId, stream };
  };

  const send = (programme: ProgrammeSnapshotV1, kind: 'registered' | 'updated') =>
    fixture.producer.send(
      kind === 'registered'
        ? buildEvent(ProgrammeRegistered, { subject: programme.programmeId, sequence: programme.version, data: { programme }, source: '/icn/network' })
        : buildEvent(ProgrammeUpdated, { subject: programme.programmeId, sequence: programme.version, data: { programme }, source: '/icn/network' }),
      Topics.networkProgramme,
    );

  const feedCount = (programmeId: string) => app.db.collection('notification_feed').countDocuments({ opportunityId: programmeId });

  it('a programme registered with an open window reaches the matching subscriptions of every cluster (SSE and webhook), once; a change reaches them as an update', async () => {
    const programme = aProgramme({ eligibility: { sectors: ['buildings'], helixTypes: ['company'], countries: [] } });
    const matchingA = await subscribe(clusterA, 'buildings', { sectors: ['buildings'] }, receiver.url);
    const matchingB = await subscribe(clusterB, 'programmes only', { types: ['partner-programme'] });
    const tendersOnly = await subscribe(clusterA, 'tenders only', { types: ['tender'] });
    const otherSector = await subscribe(clusterB, 'hydrogen', { sectors: ['hydrogen'] });
    const startedAt = Date.now();

    await send(programme, 'registered');

    await waitFor(() => matchingA.stream.events.length === 1 && matchingB.stream.events.length === 1 && receiver.requests.length === 1, {
      timeoutMs: 20_000,
      description: 'the programme on both matching streams and the webhook',
    });
    console.warn(`programme registered -> SSE of both matching subscriptions and the webhook: ${Date.now() - startedAt} ms`);
    const announced = notificationOf(matchingA.stream.events[0].data);
    expect(matchingA.stream.events[0].event).toBe('published');
    expect(announced).toMatchObject({
      kind: 'published',
      subscriptionId: matchingA.subscriptionId,
      opportunity: { opportunityId: programme.programmeId, type: 'partner-programme', deadline: programme.callWindow.closesAt, sectors: ['buildings'], visibility: 'network' },
      programme: { programmeId: programme.programmeId, partnerName: 'C40 Cities', requirements: programme.requirements },
    });
    expect((JSON.parse(receiver.requests[0].body) as CloudEvent<NotificationDeliveredV1>).data.notification.notificationId).toBe(announced.notificationId);

    // The same registration again (a redelivery) and an update nobody would notice: nothing new.
    await send(programme, 'registered');
    const unnoticed = await send({ ...programme, version: 2, updatedAt: new Date().toISOString() }, 'updated');
    await awaitGroupPast(app.brokers, programmesGroup, Topics.networkProgramme, unnoticed);
    expect(await feedCount(programme.programmeId)).toBe(2);

    // A material change (the window closes later): both hear of it as an update, the others still nothing.
    const extended = { ...programme, version: 3, updatedAt: new Date().toISOString(), callWindow: { ...programme.callWindow, closesAt: new Date(Date.now() + 90 * 86_400_000).toISOString() } };
    await send(extended, 'updated');
    await waitFor(() => matchingA.stream.events.length === 2 && matchingB.stream.events.length === 2, { timeoutMs: 20_000, description: 'the update on both matching streams' });
    expect(notificationOf(matchingB.stream.events[1].data)).toMatchObject({ kind: 'updated', opportunity: { deadline: extended.callWindow.closesAt, version: 3 }, programme: { version: 3 } });
    await waitFor(() => receiver.requests.length === 2, { timeoutMs: 20_000, description: 'the update on the webhook' });

    expect(tendersOnly.stream.events).toHaveLength(0);
    expect(otherSector.stream.events).toHaveLength(0);
    expect(await feedCount(programme.programmeId)).toBe(4);
  });

  it('a programme registered before its window opens is announced when it opens, not before; one whose window has closed never', async () => {
    const opensAt = new Date(Date.now() + 3_000);
    const upcoming = aProgramme({ title: `Solution label ${uniqueName('x')}`, callWindow: { opensAt: opensAt.toISOString(), closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } });
    const closed = aProgramme({ callWindow: { opensAt: new Date(Date.now() - 20 * 86_400_000).toISOString(), closesAt: new Date(Date.now() - 86_400_000).toISOString() } });
    const subscriber = await subscribe(clusterA, 'every programme', { types: ['partner-programme'] });

    await send(closed, 'registered');
    const written = await send(upcoming, 'registered');
    await awaitGroupPast(app.brokers, programmesGroup, Topics.networkProgramme, written);
    expect(subscriber.stream.events).toHaveLength(0);

    await waitFor(() => subscriber.stream.events.length === 1, { timeoutMs: 20_000, description: 'the announcement once the window opened' });
    const announced = notificationOf(subscriber.stream.events[0].data);
    expect(Date.parse(announced.createdAt)).toBeGreaterThanOrEqual(opensAt.getTime());
    console.warn(`window opened -> announcement: ${Date.parse(announced.createdAt) - opensAt.getTime()} ms (scan every 200 ms)`);
    expect(announced).toMatchObject({ kind: 'published', opportunity: { opportunityId: upcoming.programmeId } });
    expect(announced.causedByEventId).toBeUndefined();

    // Further scans find it announced: still one notification, and none for the closed one.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(subscriber.stream.events).toHaveLength(1);
    expect(await feedCount(closed.programmeId)).toBe(0);
  });
  it('publishes no opportunity of type partner-programme through the API: 400 naming type', async () => {
    const response = await app.call('POST', '/opportunities', {
      token: managerToken(clusterA),
      body: { type: 'partner-programme', title: 'Not a programme', description: 'A cluster cannot publish one.', deadline: new Date(Date.now() + 86_400_000).toISOString() },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('type');
  });
});
