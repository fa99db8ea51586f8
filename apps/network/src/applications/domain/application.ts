import type { ApplicationSnapshotV1 } from '@icn/contracts';

/** An application as network stores it: exactly the published snapshot. */
export type ApplicationState = ApplicationSnapshotV1;
