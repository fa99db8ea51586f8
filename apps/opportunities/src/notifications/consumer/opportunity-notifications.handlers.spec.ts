import { OpportunityClosed, OpportunityPublished } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { emptyFilters } from '../../subscriptions/domain/subscription';
import { OpportunityNotificationHandlers } from './opportunity-notifications.handlers';
import { anOpportunity } from '../testing/opportunity-event.producer';

function setup() {
  const subscription = {
    subscriptionId: 'sub-1',
    subscriber: { kind: 'cluster' as const, clusterId: 'clean' },
    filters: emptyFilters(),
    channels: {},
  };
  const subscriptions = { allLive: jest.fn(async () => [subscription]) };
  const follows = { followerIds: jest.fn(async () => new Set<string>(['sub-1'])), record: jest.fn(async () => undefined) };
  const dispatcher = { notifyAll: jest.fn(async () => []) };
  const handlers = new OpportunityNotificationHandlers(subscriptions as never, follows as never, dispatcher as never);
  return { handlers, follows, dispatcher };
}

describe('OpportunityNotificationHandlers', () => {
  it('does not look followers up for a publication (it has none yet; the query reads every follow)', async () => {
    const { handlers, follows, dispatcher } = setup();
    const opportunity = anOpportunity('heat', { status: 'published' });
    const event = buildEvent(OpportunityPublished, { subject: opportunity.opportunityId, sequence: 2, data: { opportunity }, source: '/test' });
    await handlers.handle(event, 'published');
    expect(follows.followerIds).not.toHaveBeenCalled();
    expect(dispatcher.notifyAll).toHaveBeenCalledTimes(1);
    expect(follows.record).toHaveBeenCalledWith(opportunity, ['sub-1']);
  });

  it('looks followers up for later changes', async () => {
    const { handlers, follows, dispatcher } = setup();
    const opportunity = anOpportunity('heat', { status: 'closed' });
    const event = buildEvent(OpportunityClosed, { subject: opportunity.opportunityId, sequence: 3, data: { opportunity, closedAt: new Date().toISOString() }, source: '/test' });
    await handlers.handle(event, 'closed');
    expect(follows.followerIds).toHaveBeenCalledWith(opportunity.opportunityId);
    expect(dispatcher.notifyAll).toHaveBeenCalledTimes(1);
    expect(follows.record).toHaveBeenCalledWith(opportunity, ['sub-1']);
  });
});
