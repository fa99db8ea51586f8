import { OpportunityMatchesSuggested, Topics, type CloudEvent, type NotificationDeliveredV1, type OpportunitySnapshotV1, type SuggestedOrganisationV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { awaitGroupPast, uniqueName, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { startDeliveryFixture, type DeliveryFixture } from '../notifications/testing/delivery-fixture';
import { SseTestClient } from '../notifications/testing/sse-client';
import { anOrganisation, seedMembership, uniqueClusterId } from '../opportunities/testing/membership-events';
import type { OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';

function notificationOf(data: string): NotificationDeliveredV1['notification'] {
  return (JSON.parse(data) as CloudEvent<NotificationDeliveredV1>).data.notification;
}

/**
 * Matchmaking's suggestions delivered as "recommended" (real app, Kafka, FerretDB). The test plays
 * matchmaking on icn.matchmaking.suggestion.v1; the opportunity is published through the HTTP API,
 * so the service recommends the state it holds.
 */
describe('recommended for you (real app, Kafka, FerretDB)', () => {
  let fixture: DeliveryFixture;
  let app: OpportunitiesTestApp;
  const clients: SseTestClient[] = [];
  const clusterId = uniqueClusterId('rec');
  const suggested = anOrganisation(clusterId, { name: 'Suggested Heat' });
  const notSuggested = anOrganisation(clusterId, { name: 'Other Heat' });
  const recommendationsGroup = uniqueName('opportunities.recommendations.it');

  beforeAll(async () => {
    fixture = await startDeliveryFixture(1, { RECOMMENDATIONS_CONSUMER_GROUP: recommendationsGroup });
    app = fixture.apps[0];
    await seedMembership(app, [clusterId], [suggested, notSuggested]);
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await fixture?.close();
  });

  const memberToken = (organisationId: string) => app.token({ sub: `member-${organisationId}`, role: 'member', clusterId, organisationId });
  const managerToken = () => app.token({ sub: `manager-${clusterId}`, role: 'cluster-manager', clusterId });

  /** A subscription whose filters do NOT match the tender: only a recommendation can reach it. */
  const subscribeToEventsOnly = async (token: string): Promise<SseTestClient> => {
    const created = await app.call('POST', '/subscriptions', { token, body: { name: 'events only', filters: { types: ['event'] } } });
    expect(created.status).toBe(201);
    const client = await SseTestClient.connect(`${app.baseUrl}/subscriptions/${(created.body as { subscriptionId: string }).subscriptionId}/stream`, token);
    clients.push(client);
    return client;
  };

  const publishTender = async (): Promise<OpportunitySnapshotV1> => {
    const token = managerToken();
    const draft = await app.call('POST', '/opportunities', {
      token,
      body: {
        type: 'tender',
        title: `Heat pumps for the harbour ${randomUUID().slice(0, 6)}`,
        description: 'A harbour district looks for large heat pumps.',
        sectors: ['district-heating'],
        technologies: ['heat-pumps'],
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    });
    expect(draft.status).toBe(201);
    const published = await app.call('POST', `/opportunities/${(draft.body as { opportunityId: string }).opportunityId}/publish`, { token });
    expect(published.status).toBeLessThan(300);
    return published.body as OpportunitySnapshotV1;
  };

  const suggestion = (opportunity: OpportunitySnapshotV1, suggestions: SuggestedOrganisationV1[]) =>
    buildEvent(OpportunityMatchesSuggested, {
      subject: opportunity.opportunityId,
      sequence: 1,
      data: { opportunity, suggestions, minScore: 6, limit: 10, causedByEventId: randomUUID() },
      source: '/icn/matchmaking',
    });

  it('pushes the suggestion to the suggested organisation’s stream only, with the reasons, once', async () => {
    const suggestedClient = await subscribeToEventsOnly(memberToken(suggested.organisationId));
    const otherClient = await subscribeToEventsOnly(memberToken(notSuggested.organisationId));
    const clusterClient = await subscribeToEventsOnly(managerToken());
    const tender = await publishTender();
    const reasons = [
      { kind: 'sector' as const, matched: ['district-heating'], summary: 'both work in the sector district-heating', weight: 2, contribution: 2 },
      { kind: 'technology' as const, matched: ['heat-pumps'], summary: 'both list the technology heat-pumps', weight: 4, contribution: 4 },
    ];

    await fixture.producer.send(suggestion(tender, [{ organisationId: suggested.organisationId, name: suggested.name, rank: 1, score: 6, reasons }]), Topics.matchmakingSuggestion);

    await waitFor(() => suggestedClient.events.length === 1, { timeoutMs: 20_000, description: 'the recommendation on the suggested organisation’s stream' });
    const [event] = suggestedClient.events;
    expect(event.event).toBe('recommended');
    const notification = notificationOf(event.data);
    expect(notification).toMatchObject({ kind: 'recommended', seq: 1, subscriber: { kind: 'organisation', organisationId: suggested.organisationId } });
    expect(notification.opportunity).toMatchObject({ opportunityId: tender.opportunityId, status: 'published' });
    expect(notification.recommendation).toEqual({ rank: 1, score: 6, reasons });

    // Suggested again (a second suggestion event for the same opportunity): still one recommendation.
    const again = await fixture.producer.send(
      suggestion(tender, [{ organisationId: suggested.organisationId, name: suggested.name, rank: 1, score: 6, reasons }]),
      Topics.matchmakingSuggestion,
    );
    await awaitGroupPast(app.brokers, recommendationsGroup, Topics.matchmakingSuggestion, again);
    const feed = app.db.collection('notification_feed');
    // One feed entry for the tender in the whole database: the suggested organisation's, nobody else's.
    expect(await feed.countDocuments({ opportunityId: tender.opportunityId })).toBe(1);
    expect(suggestedClient.events).toHaveLength(1);
    expect(otherClient.events).toHaveLength(0);
    expect(clusterClient.events).toHaveLength(0);
  });

  it('recommends nothing once the opportunity has ended', async () => {
    const client = await subscribeToEventsOnly(memberToken(suggested.organisationId));
    const tender = await publishTender();
    const closed = await app.call('POST', `/opportunities/${tender.opportunityId}/close`, { token: managerToken(), body: { reason: 'awarded' } });
    expect(closed.status).toBeLessThan(300);

    const written = await fixture.producer.send(
      suggestion(tender, [{ organisationId: suggested.organisationId, name: suggested.name, rank: 1, score: 6, reasons: [] }]),
      Topics.matchmakingSuggestion,
    );

    // Once the group is past the suggestion, its handler has run: nothing was appended or streamed.
    await awaitGroupPast(app.brokers, recommendationsGroup, Topics.matchmakingSuggestion, written);
    expect(await app.db.collection('notification_feed').countDocuments({ opportunityId: tender.opportunityId })).toBe(0);
    expect(client.events).toHaveLength(0);
  });
});
