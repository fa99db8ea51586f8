import type { IntroductionSnapshotV1 } from '@icn/contracts';

/**
 * An introduction as matchmaking stores it. Unlike a Passport application it has no internal
 * bookkeeping: the pending-pair guard is keyed by the ordered pair itself (see pending-pair.ts), so
 * the stored state is exactly what the events publish.
 */
export type IntroductionState = IntroductionSnapshotV1;
