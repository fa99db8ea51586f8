import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { collectVisiblePage, type KeysetPage, type KeysetPosition, type Principal } from '@icn/platform';
import { canSeeFundingCall } from './domain/funding-call-visibility';
import type { FundingCallRepository } from './persistence/funding-call.repository';
import type { FundingCallDocument } from './persistence/funding-call.document';

/** One page of the open calls the caller may see; visibility (target clusters) is decided per call. */
export async function visibleFundingCallPage(
  calls: FundingCallRepository,
  principal: Principal,
  limit: number,
  after: KeysetPosition | undefined,
): Promise<KeysetPage<OpportunitySnapshotV1>> {
  const page = await collectVisiblePage({
    fetchAfter: (position, batchSize) => calls.findPublished(batchSize, position),
    isVisible: (document: FundingCallDocument) => canSeeFundingCall(principal, document.opportunity),
    positionOf: (document) => ({ key: document.opportunity.deadline, id: document._id }),
    limit,
    after,
  });
  return { items: page.items.map((document) => document.opportunity), nextCursor: page.nextCursor };
}
