import type { MissionApplicationV1, MissionSnapshotV1 } from '@icn/contracts';
import type { MissionDelegate } from '../mission-participants';

/**
 * A mission as one principal sees it: the announcement in full, the applications it may read
 * (see readableApplications), whether the call takes applications right now, and — once the
 * selection is published — the delegation, which is public.
 */
export interface MissionView extends Omit<MissionSnapshotV1, 'applications'> {
  applications: MissionApplicationV1[];
  /** Applications not withdrawn, counted for everyone (the figure, not who). */
  liveApplicationCount: number;
  /** True while the call is open and its cut-off day (UTC) has not ended. */
  acceptingApplications: boolean;
  /** The selected delegates, once the selection is published; absent before. */
  selectedDelegates?: MissionDelegate[];
}

export interface MissionPageView {
  items: MissionView[];
  nextCursor: string | null;
}
