import type { IntroductionSnapshotV1 } from '@icn/contracts';

/** One page of GET /introductions: newest first; `nextCursor` is null on the last page. */
export interface IntroductionPage {
  items: IntroductionSnapshotV1[];
  nextCursor: string | null;
}
