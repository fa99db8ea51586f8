import type { PassportApplicationSnapshotV1 } from '@icn/contracts';

/** A page of GET /passport/applications, shaped like every list of the platform. */
export interface PassportApplicationPage {
  items: PassportApplicationSnapshotV1[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}
