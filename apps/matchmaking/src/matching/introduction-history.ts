/**
 * What ranking needs to know about past introductions. The introductions feature (requests,
 * acceptance, outcomes) lives elsewhere; it feeds this table and ranking only reads it.
 */

import type { IntroductionOutcome } from '@icn/contracts';

// The outcome vocabulary is the introductions contract's (recorded in IntroductionOutcomeRecorded);
// re-exported so the ranking code keeps one import for everything about history.
export { INTRODUCTION_OUTCOMES, type IntroductionOutcome } from '@icn/contracts';

/** How many of an organisation's introductions ended in each outcome. */
export type OutcomeCounts = Readonly<Partial<Record<IntroductionOutcome, number>>>;

export interface IntroductionHistory {
  /** Outcomes of the introductions this organisation took part in, on either side; undefined when none. */
  trackRecord(organisationId: string): OutcomeCounts | undefined;
  /**
   * The latest outcome between this organisation and each organisation it was introduced to, keyed
   * by the other's id; undefined when none. Read once per ranking, then looked up per candidate.
   * Must be symmetric (b's outcome in a's map is a's in b's): a pair scores the same from both sides.
   */
  latestOutcomesWith(organisationId: string): ReadonlyMap<string, IntroductionOutcome> | undefined;
}

/** For rankings without feedback. */
export const NO_INTRODUCTION_HISTORY: IntroductionHistory = {
  trackRecord: () => undefined,
  latestOutcomesWith: () => undefined,
};
