import { OpportunityPublished, Topics } from '@icn/contracts';
import { onEventHandlersOf, projectorAsHandler, SILENT_LOGGER, type GuardedCollection, type HandlerContext } from '@icn/messaging';
import { anEnvelope } from '../../directory/testing/membership-snapshot.fixtures';
import type { MatchmakingOpportunityRepository } from '../persistence/matchmaking-opportunity.repository';
import { anOpportunitySnapshot } from '../testing/opportunity-snapshot.fixtures';
import { OPPORTUNITY_READ_MODEL_GROUP } from './opportunity.consumer';
import { OpportunityChanges } from './opportunity-changes';
import { OpportunityEventHandlers } from './opportunity-event.handlers';

const ctx: HandlerContext = { topic: Topics.opportunitiesOpportunity, partition: 0, offset: '7', attempt: 1, heartbeat: async () => undefined };

function setUp(matches: boolean) {
  const collection = { updateOne: async () => ({ matchedCount: matches ? 1 : 0, upsertedCount: 0 }), findOne: async () => ({ _id: 'x' }) } as unknown as GuardedCollection;
  const notified: string[] = [];
  const changes = new OpportunityChanges();
  changes.subscribe(async (id) => void notified.push(id));
  const handlers = new OpportunityEventHandlers({ projectionTarget: collection } as unknown as MatchmakingOpportunityRepository, changes);
  return { notified, handlers };
}

describe('opportunity event handlers', () => {
  it('handle each of the six opportunity event types, all on the opportunity topic, in the read model group', () => {
    const declared = onEventHandlersOf(setUp(true).handlers);
    expect(new Set(declared.map((handler) => handler.type)).size).toBe(6);
    expect(new Set(declared.map((handler) => handler.group))).toEqual(new Set([OPPORTUNITY_READ_MODEL_GROUP]));
  });

  it.each([true, false])('store the snapshot (may create it) and announce the change whether applied or stale (applied: %p)', async (matches) => {
    const { notified, handlers } = setUp(matches);
    const opportunity = anOpportunitySnapshot();
    const event = anEnvelope(OpportunityPublished.type, opportunity.opportunityId, 2, { opportunity });

    const projected = handlers.published(event);
    expect(projected.write).toMatchObject({ id: opportunity.opportunityId, sequence: 2, upsert: true });
    await projectorAsHandler({ definition: OpportunityPublished, project: async () => projected }, SILENT_LOGGER).handle(event, ctx);

    expect(notified).toEqual([opportunity.opportunityId]);
  });
});
