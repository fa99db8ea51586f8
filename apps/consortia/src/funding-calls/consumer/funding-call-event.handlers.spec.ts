import { OpportunityPublished } from '@icn/contracts';
import { buildEvent, onEventHandlersOf, type GuardedCollection } from '@icn/messaging';
import type { FundingCallRepository } from '../persistence/funding-call.repository';
import { aFundingCall } from '../testing/funding-call.fixtures';
import { FUNDING_CALL_GROUP } from './funding-call.consumer';
import { FundingCallEventHandlers } from './funding-call-event.handlers';

const handlers = new FundingCallEventHandlers({ projectionTarget: {} as GuardedCollection } as FundingCallRepository);

function published(opportunity: ReturnType<typeof aFundingCall>) {
  return buildEvent(OpportunityPublished, { subject: opportunity.opportunityId, sequence: opportunity.version, data: { opportunity }, source: '/icn/opportunities' });
}

describe('funding-call event handlers', () => {
  it('handle the six opportunity lifecycle events once each, all in the funding-call group', () => {
    const declared = onEventHandlersOf(handlers);
    expect(declared).toHaveLength(6);
    expect(new Set(declared.map((handler) => handler.type)).size).toBe(6);
    expect(new Set(declared.map((handler) => handler.group))).toEqual(new Set([FUNDING_CALL_GROUP]));
  });

  it('write a funding call under the guard, as an upsert sequenced by its version', () => {
    const call = aFundingCall({ version: 3 });
    expect(handlers.published(published(call))?.write).toMatchObject({ id: call.opportunityId, sequence: 3, upsert: true });
  });

  it('write nothing for another opportunity type', () => {
    expect(handlers.published(published(aFundingCall({ type: 'tender' })))).toBeNull();
  });
});
