import { OpportunityPublished, Topics } from '@icn/contracts';
import { type ApplyOutcome, type HandlerContext, type ProjectionWrite } from '@icn/messaging';
import type { Logger } from 'pino';
import { anEnvelope } from '../../directory/testing/membership-snapshot.fixtures';
import type { MatchmakingOpportunityRepository } from '../persistence/matchmaking-opportunity.repository';
import { anOpportunitySnapshot } from '../testing/opportunity-snapshot.fixtures';
import { OpportunityChanges } from './opportunity-changes';
import { OpportunityEventHandlers } from './opportunity-event.handlers';

const ctx: HandlerContext = { topic: Topics.opportunitiesOpportunity, partition: 0, offset: '7', attempt: 1, heartbeat: async () => undefined };

function setUp(outcome: ApplyOutcome) {
  const applied: ProjectionWrite[] = [];
  const notified: string[] = [];
  const repository = { apply: async (write: ProjectionWrite) => (applied.push(write), outcome) };
  const changes = new OpportunityChanges();
  changes.subscribe(async (id) => void notified.push(id));
  const logger = { info: () => undefined, debug: () => undefined };
  const handlers = new OpportunityEventHandlers(repository as unknown as MatchmakingOpportunityRepository, changes, logger as unknown as Logger).all();
  return { applied, notified, handlers };
}

describe('opportunity event handlers', () => {
  it('handles each of the six opportunity event types, all on the opportunity topic', () => {
    const { handlers } = setUp('applied');
    expect(new Set(handlers.map((handler) => handler.definition.type)).size).toBe(6);
    expect(new Set(handlers.map((handler) => handler.definition.topic))).toEqual(new Set([Topics.opportunitiesOpportunity]));
  });

  it.each<ApplyOutcome>(['applied', 'stale'])('stores the snapshot and announces the change when the write was %s', async (outcome) => {
    const { applied, notified, handlers } = setUp(outcome);
    const opportunity = anOpportunitySnapshot();
    const published = handlers.find((handler) => handler.definition.type === OpportunityPublished.type);

    await published?.handle(anEnvelope(OpportunityPublished.type, opportunity.opportunityId, 2, { opportunity }), ctx);

    expect(applied.map((write) => write.id)).toEqual([opportunity.opportunityId]);
    expect(notified).toEqual([opportunity.opportunityId]);
  });
});
