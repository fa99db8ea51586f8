import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { toKeysetPage, type KeysetPage, type KeysetPosition, type Principal } from '@icn/platform';
import { canSeeFundingCall } from './funding-call-visibility';
import type { FundingCallRepository } from './persistence/funding-call.repository';
import type { FundingCallDocument } from './read-model/funding-call.document';

/** Rows read per query while collecting a page: visibility is decided per call, not in the query. */
const SCAN_BATCH = 200;

const positionOf = (document: FundingCallDocument): KeysetPosition => ({ key: document.opportunity.deadline, id: document._id });

/**
 * One page of the open calls the caller may see. Visibility (target clusters) is checked on each
 * call, so the scan continues past invisible ones until the page is full or the calls run out; the
 * cursor is the last call shown, so the next page resumes right after it.
 */
export async function visibleFundingCallPage(
  calls: FundingCallRepository,
  principal: Principal,
  limit: number,
  after: KeysetPosition | undefined,
): Promise<KeysetPage<OpportunitySnapshotV1>> {
  const visible: FundingCallDocument[] = [];
  let position = after;
  for (;;) {
    const batch = await calls.findPublished(SCAN_BATCH, position);
    for (const document of batch) {
      if (canSeeFundingCall(principal, document.opportunity)) visible.push(document);
      if (visible.length > limit) break;
    }
    const last = batch[batch.length - 1];
    if (visible.length > limit || batch.length < SCAN_BATCH || last === undefined) break;
    position = positionOf(last);
  }
  const page = toKeysetPage(visible, limit, positionOf);
  return { items: page.items.map((document) => document.opportunity), nextCursor: page.nextCursor };
}
