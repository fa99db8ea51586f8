import type { MissionSnapshotV1 } from '@icn/contracts';

/**
 * A mission as matchmaking stores it. It is exactly the published snapshot: the mission is one
 * aggregate (its applications, selection and local project owners inside), with nothing internal.
 */
export type MissionState = MissionSnapshotV1;
